# -T notice of two directories: a block per catalog that changed, then
# the catalogs added and removed; -O oneline, the same sentences a line
# each for an LED board; directories with the same catalogs.
gkml-diff -T notice dirs/old dirs/new
echo "rc=$?"
gkml-diff -T notice -O oneline dirs/old dirs/new
echo "oneline: rc=$?"
gkml-diff -T notice dirs/old dirs/old
echo "same: rc=$?"
