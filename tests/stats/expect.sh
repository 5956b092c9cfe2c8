# Expected areas from a file; --require-complete fails when one is
# missing (河西街道 publishes neither).
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-test.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' INT TERM HUP
gkml-stats --expect-areas expect-townships.txt --require-complete tree >"$tmp/out"
rc=$?
grep 'areas' "$tmp/out"
echo "rc=$rc"
gkml-stats --expect-areas expect-townships.txt --require-complete \
    tree/town >/dev/null
echo "complete: rc=$?"
gkml-stats --expect-areas nosuch.txt tree >/dev/null
echo "no such file: rc=$?"
gkml-stats -T xml tree
echo "rc=$?"
gkml-stats
echo "rc=$?"
