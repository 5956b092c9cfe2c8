# The website of a county, a township overlay on it and a village
# (site/): the files made, then each page checked (html-check.py:
# doctype, lang, balanced tags, captions, header scopes, row groups,
# every link inside the site leading to a file and an id that exist)
# with a few facts about it; the search index, which must be a script
# defining GKML_INDEX.  Then the example county's site, checked the same
# way.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-site.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
gkml-render -T html -o "$tmp/site" site
echo "rc=$?"
(cd "$tmp/site" && find . -type f | sort)
python3 html-check.py "$tmp/site"
echo "check: rc=$?"
python3 - "$tmp/site/search-index.js" <<'PY'
import json, sys
text = open(sys.argv[1], encoding="utf-8").read()
head, body = text.split("var GKML_INDEX = ", 1)
entries = json.loads(body.split(";\nvar GKML_SYN = ", 1)[0])
print("search index: %d entries" % len(entries))
for e in entries:
    print("  " + " | ".join(e[:5]))
PY
# The catalog's level stands for items that name none; a sub-category
# is a heading row; the township's omitted item has its reason.
grep -o '<td class="levels"[^>]*>[^<]*</td>' "$tmp/site/demo/elderly-care.html"
grep -o '<td class="sub-name"[^>]*>.*' "$tmp/site/demo/elderly-care.html"
grep -A3 '<tr id="na-' "$tmp/site/demo/town/elderly-care.html"
gkml-render -T html -o "$tmp/example" ../../catalogs/example-county \
    2>/dev/null
echo "example county: rc=$?"
python3 html-check.py -q "$tmp/example"
