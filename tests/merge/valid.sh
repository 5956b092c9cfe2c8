# Every resolved catalog is a standalone catalog that passes
# gkml-validate -W warning and is already in gkml-fmt's canonical form.
t=$(mktemp -d "${TMPDIR:-/tmp}/gkml-merge.XXXXXX") || exit 1
trap 'rm -rf "$t"' EXIT
for c in inherit-default inherit-levels inherit-set override-item \
    override-place override-category add-item add-category \
    add-subcategory omit not-applicable chain; do
	gkml-merge $c.yaml >"$t/$c.yaml"
	m=$?
	gkml-validate -W warning "$t/$c.yaml" >"$t/findings" 2>&1
	v=$?
	gkml-fmt --check "$t/$c.yaml" >>"$t/findings" 2>&1
	f=$?
	sed "s|$t/||" "$t/findings"
	echo "$c: merge rc=$m, validate -W warning rc=$v, fmt --check rc=$f"
done
