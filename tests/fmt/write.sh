# -w rewrites a copy in place; a canonical file is not touched at all.
t=$(mktemp -d "${TMPDIR:-/tmp}/gkml-fmt.XXXXXX") || exit 1
trap 'rm -rf "$t"' EXIT
cp messy.inc.yaml "$t/messy.yaml"
cp canonical.inc.yaml "$t/canonical.yaml"
chmod 640 "$t/messy.yaml"
touch -d '2024-01-02 03:04:05' "$t/canonical.yaml"
before=$(ls -i "$t/canonical.yaml" | cut -d' ' -f1)$(stat -c %Y "$t/canonical.yaml")
(cd "$t" && gkml-fmt -w messy.yaml canonical.yaml)
echo "rc=$?"
# The rewritten file is the canonical form, keeps its mode, and no
# temporary file is left behind.
gkml-fmt messy.inc.yaml | cmp - "$t/messy.yaml" && echo "messy.yaml: rewritten in canonical form"
stat -c 'messy.yaml: mode %a' "$t/messy.yaml"
ls -A "$t"
# The canonical file: same bytes, same inode, same mtime.
cmp canonical.inc.yaml "$t/canonical.yaml" && echo "canonical.yaml: same bytes"
after=$(ls -i "$t/canonical.yaml" | cut -d' ' -f1)$(stat -c %Y "$t/canonical.yaml")
[ "$before" = "$after" ] && echo "canonical.yaml: same inode and mtime"
# Rewriting again changes nothing.
(cd "$t" && gkml-fmt --check messy.yaml canonical.yaml)
echo "rc=$?"
