# Each level measured against what is assigned to it, counted by hand
# (per-level/, every file says what it holds):
#
#   甲县 (county): budget (2 first-level, 3 second-level; item one also at
#     township), social-assistance (1, 2; items at township, one also at
#     village), compulsory-education (1, 1; county only).  Expected: the
#     26 standard areas; covered 3, missing 23, 3/26 = 11.5%.
#   Townships expect what 甲县 sends to township level: budget and
#     social-assistance.
#     甲县东镇: budget (1, 1).  2 expected, 1 covered.
#     甲县西镇: budget (1, 2), social-assistance (2, 3),
#       compulsory-education (1, 1; published, not expected).  2, 2.
#     乙县南镇: budget (1, 1); 乙县 is not in the tree, so the templates
#       (per-level-std/: budget to township, health county only,
#       work-safety to township and village) say budget and work-safety.
#       2 expected, 1 covered.
#     Township level: 3 jurisdictions, 5 catalogs, 6 expected, 4 covered,
#     2 missing, 4/6 = 66.7%, 1+1+2+1+1 = 6 first-level,
#     1+2+3+1+1 = 8 second-level items.
#   Villages expect what 甲县 sends to village level (social-assistance)
#     and their own 村务公开 catalog (x-village-affairs or
#     village-affairs).
#     甲县东镇北村: village-affairs (1, 3), social-assistance (1, 1).  2, 2.
#     甲县西镇南村: x-village-affairs (1, 2).  2 expected, 1 covered.
#     乙县南镇西村: x-village-affairs (1, 1); by the templates work-safety
#       and its own.  2 expected, 1 covered.
#     Village level: 3 jurisdictions, 4 catalogs, 6 expected, 4 covered,
#     2 missing, 66.7%, 4 first-level, 3+1+2+1 = 7 second-level items.
#   Tree: 7 jurisdictions, 12 catalogs, 14 first-level, 21 second-level.
#
# The templates are those of a data directory made for the test, so that
# the counts do not move when catalogs/standard/ does.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-stats.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' INT TERM HUP
mkdir "$tmp/data" "$tmp/data/catalogs" || exit 2
ln -s "$GKML_DATADIR/schemas" "$tmp/data/schemas" || exit 2
ln -s "$(pwd)/per-level-std" "$tmp/data/catalogs/standard" || exit 2
GKML_DATADIR=$tmp/data
gkml-stats per-level >"$tmp/out"
echo "rc=$?"
grep -E '\(|level:|total:' "$tmp/out" | sed 's/; missing: [^;]*urban.*health)//'
gkml-stats -T json per-level | python3 -c '
import json, sys
d = json.load(sys.stdin)
for j in d["jurisdictions"]:
    print(j["key"], j["level"], j["expected_from"], len(j["expected"]),
        "missing:", " ".join(j["missing"]) if len(j["missing"]) < 5 else
        len(j["missing"]))
for lv, t in d["levels"].items():
    print(lv, " ".join("%s=%s" % kv for kv in t.items()))'
gkml-stats -T csv per-level | tr -d '\r' | sed -n '/^level,/,$p'
# On the page, the rows measured by the templates are marked and the
# mark is said under the grid.
gkml-stats -T html --date 2024-12-31 per-level |
    grep -o -E '<th scope="row"[^>]*>[^<]*<sup>\*</sup>|^<p>\* .*'
# Without the templates, a township with no county cannot be measured:
# trouble, no report.
GKML_DATADIR=$tmp/nosuch
mkdir "$tmp/nosuch" && ln -s "$tmp/data/schemas" "$tmp/nosuch/schemas"
gkml-stats per-level/yi >"$tmp/out" 2>"$tmp/err"
echo "no templates: rc=$? $(wc -c <"$tmp/out") bytes of report"
sed "s|$tmp|TMP|g" "$tmp/err"
gkml-stats per-level/jia >/dev/null
echo "county in the tree, no templates needed: rc=$?"
# A template that does not load: its findings, then trouble.  A
# directory with no templates expects nothing of such a township but
# its county's areas, which it has none of: only counted.
mkdir -p "$tmp/broken/catalogs/standard" "$tmp/empty/catalogs/standard"
ln -s "$tmp/data/schemas" "$tmp/broken/schemas"
ln -s "$tmp/data/schemas" "$tmp/empty/schemas"
printf 'gkml: 1\ncatalog: [\n' >"$tmp/broken/catalogs/standard/budget.yaml"
GKML_DATADIR=$tmp/broken gkml-stats per-level/yi >"$tmp/out" 2>"$tmp/err"
echo "broken template: rc=$? $(wc -c <"$tmp/out") bytes of report"
sed "s|$tmp|TMP|g" "$tmp/err"
GKML_DATADIR=$tmp/empty gkml-stats per-level/yi | grep '(township)'
