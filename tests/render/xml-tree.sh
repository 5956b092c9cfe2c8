# A tree of catalogs: one XML document per catalog, by id, and the site
# index; the older of two versions is not rendered.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-xml.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
gkml-render -T xml -o "$tmp/out" ../../catalogs/example-county 2>&1 |
    sed "s|$tmp|TMP|g"
echo "rc=$?"
(cd "$tmp/out" && find . -type f | LC_ALL=C sort)
xmllint --noout --schema ../../schemas/gkml.xsd "$tmp/out/index.xml" 2>&1 |
    sed "s|$tmp|TMP|g"
grep -c '<jurisdiction ' "$tmp/out/index.xml"
grep '<jurisdiction ' "$tmp/out/index.xml" | sed 's/ updated=.*//'
