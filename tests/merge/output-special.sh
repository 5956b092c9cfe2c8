# -o naming a FIFO (or a device): the output would be a file renamed
# over it, taking its place (as root, even /dev/null's).  It is refused,
# exit 2, and the FIFO stays a FIFO.
t=$(mktemp -d "${TMPDIR:-/tmp}/gkml-merge.XXXXXX") || exit 1
trap 'rm -rf "$t"' EXIT
mkfifo "$t/fifo" || { echo "cannot make a FIFO here"; exit 77; }
err=$(gkml-merge -o "$t/fifo" chain.yaml 2>&1)
echo "rc=$?"
echo "$err" | sed "s|$t/||"
[ -p "$t/fifo" ] && echo "fifo: still a FIFO"
ls -A "$t"
