# The XSD and the validator agree: every catalog in the tests and in
# catalogs/ that gkml-validate accepts (warnings allowed) renders to XML
# that xmllint accepts against schemas/gkml.xsd.  Overlays are rendered
# resolved.  Prints the count, and every file that breaks the rule.
# Some test catalogs keep the templates' jurisdiction (GK082), which
# render refuses to publish: -O force, since the XML is what is checked.
xsd=../../schemas/gkml.xsd
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-xml.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
n=0
for f in ../validate/*.yaml ../fmt/*.yaml ../merge/*.yaml ../diff/*.yaml \
    ../stats/tree/*/*.yaml $(find ../../catalogs -name '*.yaml' | sort); do
	gkml-validate -q "$f" >/dev/null 2>&1 || continue
	if ! gkml-render -T xml -O force -o "$tmp/out.xml" "$f" \
	    2>"$tmp/err"; then
		echo "$f: gkml-render failed"; cat "$tmp/err"; continue
	fi
	xmllint --noout --schema "$xsd" "$tmp/out.xml" 2>"$tmp/err" ||
	    { echo "$f: not valid against the XSD"; head -5 "$tmp/err"; }
	n=$((n + 1))
done
[ $n -gt 150 ] && echo "more than 150 valid catalogs rendered to valid XML"
