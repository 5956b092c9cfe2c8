# A catalog copied from a standard template and not made its own is not
# published under the template's name (GK082): render refuses it (exit
# 1) unless -O force.  The template itself renders.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-tmpl.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
cp ../../catalogs/standard/tax.yaml "$tmp/tax.yaml"
{ gkml-render -T xml -o "$tmp/out.xml" "$tmp/tax.yaml"; echo "rc=$?"; } 2>&1 |
    sed "s|$tmp|TMP|g"
[ -e "$tmp/out.xml" ] && echo "written"
{ gkml-render -T xml -O force -o "$tmp/out.xml" "$tmp/tax.yaml"
    echo "-O force: rc=$?"; } 2>&1 | sed "s|$tmp|TMP|g"
[ -e "$tmp/out.xml" ] && echo "-O force: written"
gkml-render -T xml -o "$tmp/std.xml" ../../catalogs/standard/tax.yaml
echo "the template: rc=$?"
