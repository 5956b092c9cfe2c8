# Every label and alias of schemas/vocab.yaml, typed or picked in the
# vocabulary columns of a workbook of gkml-render -T xlsx, reads back as
# its slug: one row each, its 事项编号 naming the value it must give.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-import.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' INT TERM HUP
cat >"$tmp/c.yaml" <<'YAML'
gkml: 1
catalog:
  id: vocab/test/social-assistance
  title: 测试镇社会救助领域基层政务公开标准目录
  area: social-assistance
  level: township
  jurisdiction: 测试县测试镇
  publisher: 测试镇人民政府
  version: "2024"
  updated: 2024-06-05
categories:
  - id: c
    name: 最低生活保障
    items:
      - id: c.one
        name: 办事指南
        content: 办理条件
        basis: [《社会救助暂行办法》]
        deadline: 长期公开
        body: 测试镇人民政府
        channels: [website]
        audience: public
        mode: proactive
        levels: [township]
        stage: service
YAML
gkml-render -T xlsx -o "$tmp/w.xlsx" "$tmp/c.yaml" || exit 1
python3 - ../../schemas/vocab.yaml "$tmp/w.xlsx" "$tmp/v.xlsx" <<'PY'
import re, sys, zipfile
vocab, src, out = sys.argv[1:4]
cols = {'channel': 'H', 'audience': 'I', 'mode': 'J', 'level': 'K', 'stage': 'L'}
terms, v = [], None
for line in open(vocab, encoding='utf-8'):
    m = re.match(r'^([a-z]+):\s*$', line)
    if m:
        v = m.group(1)
        continue
    if v not in cols:
        continue
    m = re.match(r'^  - slug: (\S+)', line)
    if m:
        slug = m.group(1)
        continue
    m = re.match(r'^    (label|aliases): (.*)$', line)
    if m:
        words = [m.group(2)] if m.group(1) == 'label' else \
            [w.strip() for w in m.group(2).strip('[]').split(',')]
        terms += [(v, slug, w) for w in words]
z = zipfile.ZipFile(src)
parts = {n: z.read(n).decode() for n in z.namelist()}
sh = parts['xl/worksheets/sheet1.xml']
row = re.search(r'<row r="4".*?</row>', sh).group(0)
rows = []
for k, (v, slug, w) in enumerate(terms):
    r = 4 + k
    x = re.sub(r'([A-Z])4"', r'\g<1>%d"' % r, row.replace('<row r="4"', '<row r="%d"' % r))
    x = re.sub(r'<c r="%s%d"[^>]*?(/>|>.*?</c>)' % (cols[v], r),
               '<c r="%s%d" s="5" t="inlineStr"><is><t>%s</t></is></c>' %
               (cols[v], r, w), x, count=1)
    x = re.sub(r'<c r="O%d"[^>]*?(/>|>.*?</c>)' % r,
               '<c r="O%d" s="7" t="inlineStr"><is><t>v.%s.%s.%d</t></is></c>' %
               (r, v, slug, k), x, count=1)
    rows.append(x)
sh = sh.replace(row, ''.join(rows))
sh = re.sub(r'<dimension ref="[^"]*"/>', '', sh)
parts['xl/worksheets/sheet1.xml'] = sh
with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as o:
    for n, data in parts.items():
        o.writestr(n, data)
print('%d labels and aliases' % len(terms))
PY
# No finding but the level warnings of a township catalog's rows at
# county or village level alone.
gkml-import -W warning "$tmp/v.xlsx" >"$tmp/v.yaml" 2>"$tmp/err"
echo "exit $?"
grep -v 'GK060 level-mismatch' "$tmp/err" | sed "s|$tmp/||"
echo "$(grep -c 'GK060 level-mismatch' "$tmp/err") level warnings"
# Each item: the value its id names, in its field.
awk '
/^      - id: v\./ { split($3, a, "."); v = a[2]; slug = a[3]; id = $3; next }
v != "" && $1 == (v == "level" ? "levels:" : v == "channel" ? "channels:" : v ":") {
	got = $0; sub(/^ *[a-z]+: */, "", got); gsub(/[][]/, "", got)
	if (got == slug) ok++; else { bad++; print id ": " got }
	v = ""
}
END { printf "%d read as their slugs, %d not\n", ok, bad }' "$tmp/v.yaml"
