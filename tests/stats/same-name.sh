# A jurisdiction is what the catalog ids say, not its display name: two
# townships both called 城关镇, one in 甲县 (jiaxian/chengguan) and one in
# 乙县 (yixian/chengguan), are two jurisdictions, each under its county,
# as gkml-render groups them.
gkml-stats --expect-areas expect-townships.txt same-name
echo "rc=$?"
gkml-stats -T json same-name | python3 -c '
import json, sys
for j in json.load(sys.stdin)["jurisdictions"]:
    print(j["key"], j["name"], j["level"], "parent:", j["parent_key"],
        "second_level:", j["second_level"])'
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-stats.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
gkml-render -T xml -o "$tmp/xml" same-name
grep '<jurisdiction ' "$tmp/xml/index.xml" | sed 's/ href=.*//'
