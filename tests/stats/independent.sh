# The counts, checked by counting the same catalogs independently: each
# catalog as published (gkml-merge -T json), its top-level categories
# and all items counted in Python, summed per jurisdiction, and compared
# with what gkml-stats reports.
python3 - <<'PY'
import json, subprocess, glob, os, collections
files = sorted(glob.glob("../../catalogs/example-county/**/*.yaml",
    recursive=True))
per = collections.defaultdict(lambda: [0, 0])
newest = {}
for f in files:
    d = json.loads(subprocess.run(["gkml-merge", "-T", "json", f],
        capture_output=True, check=True).stdout)
    c = d["catalog"]
    key = (c["jurisdiction"], c["area"])
    def items(cats):
        n = 0
        for k in cats:
            n += len(k.get("items", [])) + items(k.get("categories", []))
        return n
    cats = d.get("categories", [])
    if key in newest and newest[key][0] >= str(c.get("updated", "")):
        continue
    newest[key] = (str(c.get("updated", "")), len(cats), items(cats))
for (jur, area), (_, ncat, nitem) in newest.items():
    per[jur][0] += ncat
    per[jur][1] += nitem
s = json.loads(subprocess.run(["gkml-stats", "-T", "json",
    "../../catalogs/example-county"], capture_output=True).stdout)
bad = 0
for j in s["jurisdictions"]:
    want = per[j["name"]]
    if [j["first_level"], j["second_level"]] != want:
        print("differs:", j["name"], j["first_level"], j["second_level"],
            want)
        bad += 1
print("jurisdictions checked:", len(s["jurisdictions"]), "differing:", bad)
PY
