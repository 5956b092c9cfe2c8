# The rows of an area page's table are made in one place, in C
# (lib/out_html.c), and area.xsl makes the page around them.  Here every
# shape of the table (rows.inc.yaml: CommonMark of every kind, link
# targets to escape, categories four deep, notes, items with their own
# levels), shown row by row; Markdown 50,000 levels deep, of which 32
# are kept; and the installed area.xsl edited so that it no longer marks
# where the rows go: an error, status 2, nothing written.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-rows.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
gkml-render -T html -o "$tmp/c" rows.inc.yaml
echo "rc=$?"
p=$tmp/c/rows/test/social-assistance.html
echo "rows: $(grep -c '^<tr' "$p")"
sed -n '/<\/thead>$/,/^<\/table>/p' "$p"

sed -n '1,/^categories:/p' rows.inc.yaml >"$tmp/deep.yaml"
python3 -c 'print("  - id: d\n    name: 深\n    items:\n      - id: d.1\n"
    "        name: 深\n        content: \"" + "> " * 50000 + "深\"")' \
    >>"$tmp/deep.yaml" || exit 2
gkml-render -T html -o "$tmp/d" "$tmp/deep.yaml"
echo "deep: rc=$? quotes=$(grep -o '<blockquote>' \
    "$tmp/d/rows/test/social-assistance.html" | wc -l)"

mkdir "$tmp/data"
ln -s "$GKML_DATADIR/schemas" "$tmp/data/schemas"
cp -R "$GKML_DATADIR/templates" "$tmp/data/templates"
grep -v 'gkml-rows' "$GKML_DATADIR/templates/html/area.xsl" \
    >"$tmp/data/templates/html/area.xsl"
GKML_DATADIR=$tmp/data gkml-render -T html -o "$tmp/e" rows.inc.yaml
echo "no mark: rc=$?"
[ -e "$tmp/e" ] && echo "a site was written" || echo "no site written"
