# -w on a symbolic link (a catalog linked from a shared tree) rewrites
# the file the link points to and leaves the link a link.
t=$(mktemp -d "${TMPDIR:-/tmp}/gkml-fmt.XXXXXX") || exit 1
trap 'rm -rf "$t"' EXIT
cp messy.inc.yaml "$t/real.yaml"
ln -s real.yaml "$t/link.yaml"
(cd "$t" && gkml-fmt -w link.yaml)
echo "rc=$?"
if [ -L "$t/link.yaml" ]; then echo "link.yaml: still a link"
else echo "link.yaml: replaced by a file"; fi
if gkml-fmt --check "$t/real.yaml" 2>/dev/null; then echo "real.yaml: rewritten"
else echo "real.yaml: not rewritten"; fi
