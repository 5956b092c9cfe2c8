# A catalog with errors is not rendered: findings, exit 1, nothing
# written.  -O force renders it anyway, findings still shown.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-xml.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
gkml-render -T xml -o "$tmp/out.xml" hostile.inc.yaml
echo "rc=$?"
ls "$tmp"
gkml-render -T xml -O force -o "$tmp/out.xml" hostile.inc.yaml
echo "rc=$?"
ls "$tmp"
