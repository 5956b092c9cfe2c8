# An overlay that names no area takes its base's: a township overlay of
# a county's 村务公开 catalog is said at its own level too, once.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-gk180.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM
sed 's/^  level: township$/  level: county/; s/石羊镇/大姚县/g; s/dayao\/shiyang/dayao/' \
    gk180-area-level.yaml >"$tmp/county.yaml" || exit 2
cat >"$tmp/town.yaml" <<'EOY'
gkml: 1
catalog:
  id: dayao/shiyang/village-affairs
  level: township
  jurisdiction: 大姚县石羊镇
  extends: county.yaml
inherit:
  levels: [county]
EOY
cd "$tmp" || exit 2
gkml-validate -W warning county.yaml town.yaml
echo "rc=$?"
