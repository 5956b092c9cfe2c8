# An overlay that uses one id twice in one layer (two items, two
# categories, one item omitted twice, one not-applicable entry twice)
# would have one of them kept and the other lost: GK024 at the second,
# naming the first, and exit 2 with nothing written.  validate reports
# the same ids as findings: exit 1.  In a base, both are trouble.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-dupids.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM
cp county.base.yaml "$tmp/county.base.yaml"
cd "$tmp" || exit 2
head=$(cat <<'YAML'
gkml: 1
catalog:
  id: shixian/qingshui/social-assistance
  title: 清水镇社会救助领域基层政务公开标准目录
  level: township
  jurisdiction: 示例县清水镇
  publisher: 清水镇人民政府
  updated: 2024-06-18
  extends: county.base.yaml
YAML
)
{ echo "$head"; cat <<'YAML'; } >items.yaml
categories:
  - id: dibao
    items:
      - id: dibao.guide
        channels: [website]
      - id: dibao.guide
        channels: [notice-board]
YAML
{ echo "$head"; cat <<'YAML'; } >cats.yaml
categories:
  - id: local
    name: 本镇事项
    items:
      - id: local.a
        name: 甲
  - id: local
    name: 本镇其他事项
    items:
      - id: local.b
        name: 乙
YAML
{ echo "$head"; cat <<'YAML'; } >omit.yaml
omit:
  - id: tekun.institution
    reason: 本镇未设立供养机构
  - id: tekun.institution
    reason: 由县民政局公开
YAML
{ echo "$head"; cat <<'YAML'; } >na.yaml
not-applicable:
  - id: vagrant.local
    name: 流浪乞讨人员救助
    reason: 本镇无救助站
  - id: vagrant.local
    name: 流浪乞讨人员救助
    reason: 由县救助管理站负责
YAML
for f in items cats omit na; do
	gkml-merge $f.yaml >out.yaml
	echo "merge $f: rc=$? $(wc -c <out.yaml) bytes"
	gkml-validate $f.yaml
	echo "validate $f: rc=$?"
done
# In a base, the same: the overlay on it cannot be resolved.
sed 's/level: township/level: village/; s/extends: county.base.yaml/extends: items.yaml/; s/qingshui/qingshui\/dongcun/' \
    cats.yaml | sed '/^categories:/,$d' >village.yaml
gkml-merge village.yaml
echo "merge, base with an id twice: rc=$?"
gkml-merge -3 omit.yaml omit.yaml omit.yaml >/dev/null
echo "merge -3 omit: rc=$?"
