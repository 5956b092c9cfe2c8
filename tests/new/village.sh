# A village: overlays of the township's catalogs whose items reach the
# village, and its own catalog of village affairs (村务公开).
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-new.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM
cd "$tmp" || exit 2
gkml-new county -o dongshan --jurisdiction 东山县 --id dongshan \
    --updated 2025-03-01 >/dev/null
gkml-new township -o dongshan/hexi --county dongshan \
    --jurisdiction 东山县河西街道 --id dongshan/hexi \
    --updated 2025-03-01 >/dev/null
echo "township: rc=$?"
gkml-new village -o dongshan/hexi/dongcun --township dongshan/hexi \
    --jurisdiction 东山县河西街道东村 --id dongshan/hexi/dongcun \
    --updated 2025-03-03 --contact 0571-5551236 \
    --column 基层政务公开/河西街道/东村
echo "village: rc=$?"
cat dongshan/hexi/dongcun/social-assistance.yaml
sed -n '1,/^categories:/p; /body:/p; /deadline:/p' \
    dongshan/hexi/dongcun/village-affairs.yaml | sort | uniq -c
# Its time limits, the 村民委员会组织法's, are all understood.
gkml-validate -W note dongshan/hexi/dongcun/village-affairs.yaml
echo "village affairs at -W note: rc=$?"
gkml-validate -W warning dongshan
echo "validate: rc=$?"
gkml-fmt --check dongshan/hexi/dongcun/*.yaml
echo "fmt: rc=$?"
# A second village of the township: its directory below the first's
# siblings is not read as the township's.
gkml-new village -o dongshan/hexi/xicun --township dongshan/hexi \
    --jurisdiction 东山县河西街道西村 --id dongshan/hexi/xicun \
    --updated 2025-03-03 | wc -l
