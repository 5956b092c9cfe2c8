# The XSD and the validator agree: every catalog in the tests and in
# catalogs/ that gkml-validate accepts (warnings allowed) renders to XML
# that xmllint accepts against schemas/gkml.xsd.  Overlays are rendered
# resolved.  Every file that breaks the rule is named and the test fails;
# so does a catalog of catalogs/ that does not validate, since those are
# all meant to.  The count to reach is the number of files accepted, so a
# catalog added to the corpus is checked without a number to raise here.
# Some test catalogs keep the templates' jurisdiction (GK082), which
# render refuses to publish: -O force, since the XML is what is checked.
xsd=../../schemas/gkml.xsd
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-xml.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
shipped=$(find ../../catalogs -name '*.yaml' | sort)
want=0		# catalogs accepted: each must render to valid XML
n=0		# those that did
bad=0
for f in ../validate/*.yaml ../fmt/*.yaml ../merge/*.yaml ../diff/*.yaml \
    ../stats/tree/*/*.yaml $shipped; do
	if ! gkml-validate -q "$f" >/dev/null 2>&1; then
		case $f in ../../catalogs/*)
			echo "$f: a shipped catalog that gkml-validate rejects"
			bad=$((bad + 1)) ;;
		esac
		continue
	fi
	want=$((want + 1))
	if ! gkml-render -T xml -O force -o "$tmp/out.xml" "$f" \
	    2>"$tmp/err"; then
		echo "$f: gkml-render failed"; cat "$tmp/err"; continue
	fi
	if ! xmllint --noout --schema "$xsd" "$tmp/out.xml" 2>"$tmp/err"; then
		echo "$f: not valid against the XSD"; head -5 "$tmp/err"
		continue
	fi
	n=$((n + 1))
done
# A corpus that shrank to nothing proves nothing.
[ "$(echo "$shipped" | grep -c .)" -gt 0 ] && [ $want -gt 0 ] ||
    { echo "no catalogs to check"; exit 1; }
if [ $n -ne $want ] || [ $bad -ne 0 ]; then
	echo "$n of $want valid catalogs rendered to valid XML"
	exit 1
fi
echo "every valid catalog rendered to valid XML"
