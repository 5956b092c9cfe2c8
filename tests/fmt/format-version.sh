# A catalog of another format version is not formatted: its canonical
# form is not format 1's.  Printed, checked or rewritten, the file is
# left as it was, with GK025 at the version, exit 2.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-fmtv.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM
printf 'gkml: 2\ncatalog:   {id: a}\n' >"$tmp/v2.yaml"
cp "$tmp/v2.yaml" "$tmp/orig.yaml"
cd "$tmp" || exit 2
for o in '' --check -w; do
	gkml-fmt $o v2.yaml
	echo "fmt $o: exit $?"
done
cmp -s v2.yaml orig.yaml && echo "unchanged"
