# -T columns: the example county's column tree as CSV, XML and its XSD.
# The XML is valid against the XSD, which is schemas/columns.xsd; its
# rows are the columns the catalogs bind, counted apart from gkml-render
# (columns.py); the township's tree has five levels; one file is the
# form its name says; an area page links the website channel to the
# column; a URL that is no URL, rendered with -O force, is no link.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-columns.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' INT TERM HUP
c=../../catalogs/example-county
gkml-render -T columns -o "$tmp/tree" $c 2>/dev/null || exit 1
ls "$tmp/tree"
cmp "$tmp/tree/columns.xsd" ../../schemas/columns.xsd && echo "columns.xsd: the installed one"
xmllint --noout --schema "$tmp/tree/columns.xsd" "$tmp/tree/columns.xml" 2>&1 |
    sed "s|$tmp/||"
rows=$(($(wc -l <"$tmp/tree/columns.csv") - 1))
count=$(sed -n 's/.* count="\([0-9]*\)".*/\1/p' "$tmp/tree/columns.xml")
gkml-render -T xml -o "$tmp/xml" $c 2>/dev/null || exit 1
bound=$(python3 columns.py $(find "$tmp/xml" -name '*.xml' ! -name index.xml))
echo "rows $rows, count $count, columns bound $bound"
echo "== the township's social assistance, five levels"
tr -d '\r' <"$tmp/tree/columns.csv" | grep '^基层政务公开/河西街道/社会救助' | head -6
tr -d '\r' <"$tmp/tree/columns.csv" | grep '^基层政务公开/河西街道/社会救助' |
    awk -F, '$3 > d { d = $3 } END { print "deepest:", d }'
echo "== one file"
gkml-render -T columns -o "$tmp/one.xml" $c/hexi/social-assistance.yaml &&
    head -3 "$tmp/one.xml"
gkml-render -T columns -o - $c/hexi/social-assistance.yaml | head -2 | tr -d '\r'
gkml-render -T columns -o "$tmp/one.xsd" $c/hexi/social-assistance.yaml &&
    cmp "$tmp/one.xsd" ../../schemas/columns.xsd && echo "one.xsd: the schema"
echo "== area page"
gkml-render -T html -o "$tmp/site" $c/county/social-assistance.yaml \
    $c/hexi/social-assistance.yaml || exit 1
grep -o '<a class="column" href="[^"]*">[^<]*</a>' \
    "$tmp/site/example-county/hexi/social-assistance.html" | sort | uniq -c
echo "== hostile"
gkml-render -T columns -O force -o - columns-hostile.inc.yaml 2>&1 | tr -d '\r'
gkml-render -T html -O force -o "$tmp/bad" columns-hostile.inc.yaml 2>/dev/null
echo "links: $(grep -c 'class="column"' "$tmp/bad/test/columns-hostile.html")"
