# --expect-areas takes slugs, labels, aliases and x-<slug>: the same
# report as expect-townships.txt, plus the local area nobody publishes.
gkml-stats --expect-areas expect-names.txt tree | grep 'areas'
echo "names: rc=$?"
# A line that is no area is an error at its position, and no report.
gkml-stats --expect-areas expect-wrong.txt tree
echo "wrong: rc=$?"
# A directory, a list with no areas, a list not in UTF-8: trouble.
gkml-stats --expect-areas tree tree
echo "directory: rc=$?"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-expect.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM
here=$(pwd)
cd "$tmp" || exit 2
printf '# nothing yet\n\n' >empty.txt
gkml-stats --expect-areas empty.txt "$here/tree"
echo "empty: rc=$?"
printf '\262\306\325\376\324\244\276\366\313\343\n' >gbk.txt
gkml-stats --expect-areas gbk.txt "$here/tree"
echo "gbk: rc=$?"
# A prefix that is no level, an area misspelt after a level: errors at
# their positions, no report.
cd "$here" || exit 2
gkml-stats --expect-areas expect-levels-bad.txt tree
echo "bad levels: rc=$?"
