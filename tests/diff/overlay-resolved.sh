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
# Two overlays on one base: a line that holds a value read from the base
# is named with the base's file, in text and in JSON.
gkml-diff qingshui/social-assistance.yaml hexi/social-assistance.yaml |
    grep -F 'county/'
gkml-diff -T json qingshui/social-assistance.yaml hexi/social-assistance.yaml |
    grep -o '"old_file": "[^"]*", "new_file": "[^"]*"' | sort | uniq -c
