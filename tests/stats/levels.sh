# Totals by level (county, township, village), as city reports give
# them, and the tallies' JSON keys: the levels add up to the whole, and
# each jurisdiction's tallies are by_mode, by_audience, by_channel,
# by_deadline and by_stage (五公开).
gkml-stats -T json tree | python3 -c '
import json, sys
d = json.load(sys.stdin)
j = d["jurisdictions"]
print("keys:", " ".join(k for k in j[0] if k.startswith("by_")))
for lv, t in d["levels"].items():
    mine = [x for x in j if x["level"] == lv]
    print(lv, t, "jurisdictions match:", t["jurisdictions"] == len(mine),
          "items match:", t["second_level"] == sum(x["second_level"] for x in mine))
print("levels add up:", sum(t["second_level"] for t in d["levels"].values())
      == sum(x["second_level"] for x in j))
'
gkml-stats tree | grep level:
