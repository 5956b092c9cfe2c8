# A catalog that extends nothing resolves to itself, in canonical form.
t=$(mktemp -d "${TMPDIR:-/tmp}/gkml-merge.XXXXXX") || exit 1
trap 'rm -rf "$t"' EXIT
gkml-merge county.base.yaml >"$t/merged.yaml"
echo "rc=$?"
gkml-fmt county.base.yaml | cmp - "$t/merged.yaml" && echo "county.base.yaml: its own canonical form"
