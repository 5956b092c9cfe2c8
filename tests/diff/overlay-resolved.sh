# An overlay is compared as the catalog it stands for: the county's
# catalog against the township's overlay on it shows what the township
# publishes differently, not that the overlay file is short.  --raw
# compares the overlay file as written.
cd ../../catalogs/example-county
gkml-diff county/social-assistance.yaml qingshui/social-assistance.yaml
echo "resolved: rc=$?"
gkml-diff --raw --brief county/social-assistance.yaml qingshui/social-assistance.yaml
echo "raw: rc=$?"
gkml-diff qingshui/social-assistance.yaml qingshui/social-assistance.yaml
echo "itself: rc=$?"
