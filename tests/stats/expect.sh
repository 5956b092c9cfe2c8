# Expected areas from a file; --require-complete fails when one is
# missing (河西街道 publishes neither).
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-test.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' INT TERM HUP
gkml-stats --expect-areas expect-townships.txt --require-complete tree >"$tmp/out"
rc=$?
grep 'areas' "$tmp/out"
echo "rc=$rc"
# The file names no village areas: 东村, with no county in tree/town, is
# measured against what the standard templates send to villages.
gkml-stats --expect-areas expect-townships.txt --require-complete \
    tree/town >/dev/null
echo "complete: rc=$?"
gkml-stats --expect-areas nosuch.txt tree >/dev/null
echo "no such file: rc=$?"
gkml-stats -T xml tree
echo "rc=$?"
gkml-stats
echo "rc=$?"
# Per level: counties, townships and villages each their own list, the
# level by slug, label or alias, the colon ASCII or full-width, the
# areas apart by blanks or commas.
gkml-stats --expect-areas expect-levels.txt --require-complete tree/town |
    grep -E 'areas|level:'
echo "levels, town: rc=$?"
gkml-stats --expect-areas expect-levels.txt --require-complete tree >"$tmp/out"
echo "levels, tree: rc=$?"
grep -E 'areas' "$tmp/out"
