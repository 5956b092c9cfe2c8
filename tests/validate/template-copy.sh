# A catalog copied from a standard template and not made its own
# (GK082, a warning): one that kept the template's id, one that got its
# own id but kept the templates' placeholder jurisdiction.  The
# templates and the example county built from them are not copies,
# wherever they are named from.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-tmpl.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
cp ../../catalogs/standard/tax.yaml "$tmp/tax.yaml"
sed 's|^  id: standard/tax$|  id: mycounty/tax|' \
    ../../catalogs/standard/tax.yaml >"$tmp/mytax.yaml"
gkml-validate -W warning "$tmp/tax.yaml" "$tmp/mytax.yaml" 2>&1 |
    sed "s|$tmp|TMP|g"
gkml-validate "$tmp/tax.yaml" "$tmp/mytax.yaml"
echo "-W error: rc=$?"
gkml-validate -q -W warning ../../catalogs/standard \
    ../../catalogs/example-county
echo "the bundled catalogs: rc=$?"
(cd ../../catalogs/standard && gkml-validate -q -W warning tax.yaml)
echo "a template named from its directory: rc=$?"
