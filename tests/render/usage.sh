# Bad usage and trouble: exit 2 with a message, nothing written.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-xml.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
c=../../catalogs/example-county/county/tax.yaml
gkml-render -T pdf -o x $c; echo "rc=$?"
gkml-render -o x $c; echo "rc=$?"
gkml-render -T html $c; echo "rc=$?"
gkml-render -T html -O paper=b5 -o x $c; echo "rc=$?"
gkml-render -T html -O colour=red -o x $c; echo "rc=$?"
gkml-render -T html -j 0 -o x $c; echo "rc=$?"
gkml-render -T xml -o "$tmp/x.xml" no-such.yaml; echo "rc=$?"
mkdir "$tmp/mine" && echo keep >"$tmp/mine/notes.txt"
gkml-render -T xml -o "$tmp/mine" ../../catalogs/standard 2>"$tmp/err"
echo "rc=$?"
sed "s|$tmp|TMP|" "$tmp/err"
cat "$tmp/mine/notes.txt"
gkml-render -T xml -o - ../../catalogs/standard; echo "rc=$?"
SOURCE_DATE_EPOCH=yesterday gkml-render -T xml -o "$tmp/y.xml" $c; echo "rc=$?"
ls "$tmp"
