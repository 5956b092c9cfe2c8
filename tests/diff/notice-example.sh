# -T notice on the example county: Qingshui's social-assistance catalog
# 2023 -> 2024 (the demo's pair), as a 公示 and one sentence a line; the
# township pair of the man page; the county's catalog against the
# township's overlay on it (resolved); --order; one catalog against
# itself.
ex=../../catalogs/example-county
gkml-diff -T notice $ex/qingshui/previous/social-assistance-2023.yaml \
    $ex/qingshui/social-assistance.yaml
echo "rc=$?"
gkml-diff -T notice -O oneline $ex/qingshui/previous/social-assistance-2023.yaml \
    $ex/qingshui/social-assistance.yaml
echo "oneline: rc=$?"
gkml-diff -T notice township.old.yaml township.new.yaml
echo "township: rc=$?"
gkml-diff -T notice $ex/county/social-assistance.yaml \
    $ex/qingshui/social-assistance.yaml
echo "overlay: rc=$?"
gkml-diff -T notice --order order.old.yaml order.new.yaml
echo "order: rc=$?"
gkml-diff -T notice -O oneline $ex/qingshui/social-assistance.yaml \
    $ex/qingshui/social-assistance.yaml
echo "itself: rc=$?"
