# A township: one overlay for each county catalog with township items,
# extending it by a relative path, inheriting the township's items.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-new.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM
cd "$tmp" || exit 2
gkml-new county -o county/dongshan --jurisdiction 东山县 --id dongshan \
    --contact 0571-5551234 --updated 2025-03-01 >/dev/null
echo "county: rc=$?"
gkml-new township -o towns/hexi --county county/dongshan \
    --jurisdiction 东山县河西街道 --id dongshan/hexi --updated 2025-03-02 \
    --contact 0571-5551235 --column 基层政务公开/河西街道
echo "township: rc=$?"
# The county areas with no township item have no overlay.
ls county/dongshan | sed 's/^/county /' >all
ls towns/hexi | sed 's/^/county /' | comm -23 all -
cat towns/hexi/employment.yaml
gkml-validate -W warning county towns
echo "validate: rc=$?"
gkml-fmt --check towns/hexi/*.yaml
echo "fmt: rc=$?"
# The overlay resolves to the county's township items.
gkml-merge towns/hexi/employment.yaml | grep -c 'levels:.*township'
# A town (镇) is published by its people's government.
gkml-new township -o towns/shiqiao --county county/dongshan \
    --jurisdiction 东山县石桥镇 --id dongshan/shiqiao \
    --updated 2025-03-02 >/dev/null
sed -n '/^  title:/p; /^  publisher:/p' towns/shiqiao/budget.yaml
