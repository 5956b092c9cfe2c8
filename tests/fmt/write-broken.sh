# -w on a file with a syntax error: the finding on stderr, the file
# byte-identical, exit 2; the other files are still formatted.
t=$(mktemp -d "${TMPDIR:-/tmp}/gkml-fmt.XXXXXX") || exit 1
trap 'rm -rf "$t"' EXIT
cp broken.inc.yaml "$t/broken.yaml"
cp messy.inc.yaml "$t/messy.yaml"
(cd "$t" && gkml-fmt -w broken.yaml messy.yaml)
echo "rc=$?"
cmp broken.inc.yaml "$t/broken.yaml" && echo "broken.yaml: byte-identical"
gkml-fmt --check "$t/messy.yaml" && echo "messy.yaml: rewritten"
ls -A "$t"
