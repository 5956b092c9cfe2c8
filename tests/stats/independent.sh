# The counts, checked by counting the same catalogs independently, as
# the issue asks: the example county rendered to XML (overlays resolved,
# of two versions the newer), each document's top-level categories and
# all its items counted in Python with no YAML parser, summed per
# jurisdiction, and compared with what gkml-stats reports.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-stats.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
gkml-render -T xml -o "$tmp/xml" ../../catalogs/example-county 2>/dev/null ||
    { echo "gkml-render failed"; exit 1; }
gkml-stats -T json ../../catalogs/example-county >"$tmp/stats.json"
python3 - "$tmp" <<'PY'
import collections, glob, json, os, sys
import xml.etree.ElementTree as ET
tmp = sys.argv[1]
per = collections.defaultdict(lambda: [0, 0])
docs = 0
for f in sorted(glob.glob(tmp + "/xml/**/*.xml", recursive=True)):
    if os.path.basename(f) == "index.xml":
        continue
    root = ET.parse(f).getroot()
    jur = root.findtext("catalog/jurisdiction")
    per[jur][0] += len(root.findall("categories/category"))
    per[jur][1] += len(root.findall(".//item"))
    docs += 1
s = json.load(open(tmp + "/stats.json"))
bad = 0
for j in s["jurisdictions"]:
    want = per[j["name"]]
    if [j["first_level"], j["second_level"]] != want:
        print("differs:", j["name"], j["first_level"], j["second_level"],
            want)
        bad += 1
print("XML documents counted:", docs)
print("jurisdictions checked:", len(s["jurisdictions"]), "differing:", bad)
PY
