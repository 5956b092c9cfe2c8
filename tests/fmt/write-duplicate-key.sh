# A duplicate key: the canonical form would keep one value and lose the
# other, so -w leaves the file as it is and exits 2.
t=$(mktemp -d "${TMPDIR:-/tmp}/gkml-fmt.XXXXXX") || exit 1
trap 'rm -rf "$t"' EXIT
cp duplicate-key.inc.yaml "$t/dup.yaml"
(cd "$t" && gkml-fmt -w dup.yaml)
echo "rc=$?"
cmp duplicate-key.inc.yaml "$t/dup.yaml" && echo "dup.yaml: byte-identical"
