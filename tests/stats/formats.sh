# The same audit as JSON (checked to parse, and its counts read back),
# CSV and HTML.
gkml-stats -T json tree | python3 -c 'import json, sys
d = json.load(sys.stdin)
for j in d["jurisdictions"]:
    print(j["name"], j["level"], j["parent"], j["first_level"],
        j["second_level"], len(j["missing"]))
print("without villages:", d["townships_without_villages"])'
gkml-stats -T csv tree
gkml-stats -T html tree | grep -c '<tr>'
gkml-stats -T html tree | grep -o 'width:[0-9]*%' | sort | uniq -c
