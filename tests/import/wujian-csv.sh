# One combined table of several areas: one catalog per area, written
# into a directory.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-import.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' INT TERM HUP
gkml-import -o "$tmp/out/" wujian.csv
echo "rc=$?"
ls "$tmp/out"
head -8 "$tmp/out/disaster-relief.yaml"
