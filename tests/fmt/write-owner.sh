# -w run by root on another user's file: the rewritten file keeps its
# owner, group and mode (the temporary it is written to is root's until
# it is given them, before it is renamed over the file).
[ "$(id -u)" = 0 ] || { echo "needs root to give a file away"; exit 77; }
t=$(mktemp -d "${TMPDIR:-/tmp}/gkml-fmt.XXXXXX") || exit 1
trap 'rm -rf "$t"' EXIT
cp messy.inc.yaml "$t/messy.yaml"
chown 65534:65534 "$t/messy.yaml"
chmod 640 "$t/messy.yaml"
(cd "$t" && gkml-fmt -w messy.yaml)
echo "rc=$?"
gkml-fmt messy.inc.yaml | cmp - "$t/messy.yaml" && echo "messy.yaml: rewritten in canonical form"
stat -c 'messy.yaml: owner %u, group %g, mode %a' "$t/messy.yaml"
ls -A "$t"
