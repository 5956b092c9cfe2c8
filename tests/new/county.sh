# A county: every standard area, each a standalone copy with the
# county's header, valid and canonical at once.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-new.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM
gkml-new county -o "$tmp/dongshan" --jurisdiction 东山县 --id dongshan \
    --contact 0571-5551234 --updated 2025-03-01 >"$tmp/out"
echo "county: rc=$?"
sed "s|^$tmp/||" "$tmp/out"
ls "$tmp/dongshan" | wc -l
gkml-validate -W warning "$tmp/dongshan"
echo "validate: rc=$?"
gkml-fmt --check "$tmp"/dongshan/*.yaml
echo "fmt: rc=$?"
# What differs from the standard: the header, and the names of the
# placeholder county where a body gives them.
diff "$GKML_DATADIR/catalogs/standard/budget.yaml" "$tmp/dongshan/budget.yaml"
echo "diff: rc=$?"
