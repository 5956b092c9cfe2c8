# Expected areas from a file; --require-complete fails when one is
# missing (河西街道 publishes neither).
gkml-stats --expect-areas expect-townships.txt --require-complete tree >out
rc=$?
grep 'areas' out
echo "rc=$rc"
rm -f out
gkml-stats --expect-areas expect-townships.txt --require-complete \
    tree/town >/dev/null
echo "complete: rc=$?"
gkml-stats --expect-areas nosuch.txt tree >/dev/null
echo "no such file: rc=$?"
gkml-stats -T xml tree
echo "rc=$?"
gkml-stats
echo "rc=$?"
