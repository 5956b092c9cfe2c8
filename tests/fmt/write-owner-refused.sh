# -w run by a user who may write a file but not give a new one its owner
# or group (here nobody, on root's file that group nogroup may write):
# the file is left as it is, not taken over, and the exit status is 2.
# A file whose owner and group are already the user's is rewritten.
[ "$(id -u)" = 0 ] || { echo "needs root to act as another user"; exit 77; }
as_nobody() { setpriv --reuid=65534 --regid=65534 --clear-groups "$@"; }
as_nobody gkml-fmt --help >/dev/null 2>&1 ||
    { echo "nobody cannot run gkml-fmt here"; exit 77; }
t=$(mktemp -d "${TMPDIR:-/tmp}/gkml-fmt.XXXXXX") || exit 1
trap 'rm -rf "$t"' EXIT
chown 65534:65534 "$t"
cp messy.inc.yaml "$t/shared.yaml"
chown 0:65534 "$t/shared.yaml"
chmod 664 "$t/shared.yaml"
cp messy.inc.yaml "$t/own.yaml"
chown 65534:65534 "$t/own.yaml"
chmod 604 "$t/own.yaml"
# The message names the file by its real path: say it without $t.
err=$(cd "$t" && as_nobody gkml-fmt -w shared.yaml own.yaml 2>&1 >/dev/null)
echo "rc=$?"
echo "$err" | sed "s|$t/||" >&2
cmp messy.inc.yaml "$t/shared.yaml" && echo "shared.yaml: byte-identical"
stat -c 'shared.yaml: owner %u, group %g, mode %a' "$t/shared.yaml"
gkml-fmt messy.inc.yaml | cmp - "$t/own.yaml" && echo "own.yaml: rewritten in canonical form"
stat -c 'own.yaml: owner %u, group %g, mode %a' "$t/own.yaml"
ls -A "$t"
