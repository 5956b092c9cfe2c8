# A workbook of gkml-render -T xlsx as an officer brings it back: values
# picked from the dropdowns (Excel keeps them as shared strings), others
# typed as aliases, a row added at the end; the hidden list sheet 选项 is
# skipped (a note).  The same workbook without 选项 and its dropdowns, as
# an earlier gkml-render wrote it, gives the same catalog.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-import.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' INT TERM HUP
cat >"$tmp/c.yaml" <<'YAML'
gkml: 1
catalog:
  id: picked/test/social-assistance
  title: 测试镇社会救助领域基层政务公开标准目录
  area: social-assistance
  level: township
  jurisdiction: 测试县测试镇
  publisher: 测试镇人民政府
  version: "2024"
  updated: 2024-06-05
categories:
  - id: dibao
    name: 最低生活保障
    items:
      - id: dibao.guide
        name: 办事指南
        content: 办理条件、申请材料
        basis: [《社会救助暂行办法》]
        deadline: 信息形成或者变更之日起20个工作日内
        body: 测试镇人民政府
        channels: [website]
        audience: specific
        mode: proactive
        levels: [township]
      - id: dibao.result
        name: 审核确认结果
        content: 保障对象、保障金额
        basis: [《社会救助暂行办法》]
        deadline: 每季度公布一次
        body: 测试镇人民政府
        channels: [website]
        audience: public
        mode: proactive
        levels: [township]
        stage: result
YAML
gkml-render -T xlsx -o "$tmp/w.xlsx" "$tmp/c.yaml" || exit 1
# The officer's edits: row 4 picked from the lists, row 5 typed, row 6
# added (the hidden id cells empty).
python3 - "$tmp/w.xlsx" "$tmp/picked.xlsx" "$tmp/old.xlsx" <<'PY'
import re, sys, zipfile
src, picked, old = sys.argv[1:4]
z = zipfile.ZipFile(src)
parts = {n: z.read(n).decode() for n in z.namelist()}
sst = []
def s(ref, text):
    """A cell as Excel writes a picked value: a shared string."""
    sst.append(text)
    return '<c r="%s" s="5" t="s"><v>%d</v></c>' % (ref, len(sst) - 1)
def t(ref, text):
    return '<c r="%s" s="4" t="inlineStr"><is><t>%s</t></is></c>' % (ref, text)
def put(xml, ref, cell):
    xml, n = re.subn(r'<c r="%s"[^>]*?(/>|>.*?</c>)' % ref, cell, xml, count=1)
    assert n == 1, ref
    return xml
sh = parts['xl/worksheets/sheet1.xml']
for ref, v in (('H4', '便民服务站'), ('I4', '全社会'), ('J4', '依申请'),
               ('K4', '县级、乡级'), ('L4', '服务')):
    sh = put(sh, ref, s(ref, v))
for ref, v in (('H5', '门户网站、其他：村民微信群'), ('I5', '特定群众'),
               ('J5', '主动公开'), ('K5', '乡镇、村'), ('L5', '结果公开')):
    sh = put(sh, ref, t(ref, v))
row = ('<row r="6">' + t('C6', '临时救助结果') + t('D6', '救助对象、救助金额') +
       t('E6', '《社会救助暂行办法》') + t('F6', '每季度公布一次') +
       t('G6', '测试镇人民政府') + s('H6', '政务服务中心') + s('I6', '特定群体') + s('J6', '主动') +
       s('K6', '乡级') + s('L6', '结果') + '</row>')
sh = sh.replace('</sheetData>', row + '</sheetData>')
parts['xl/worksheets/sheet1.xml'] = sh
parts['xl/sharedStrings.xml'] = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    ' count="%d" uniqueCount="%d">' % (len(sst), len(sst)) +
    ''.join('<si><t>%s</t></si>' % x for x in sst) + '</sst>')
parts['xl/_rels/workbook.xml.rels'] = parts['xl/_rels/workbook.xml.rels'].replace(
    '</Relationships>', '<Relationship Id="rId99" Type="http://schemas.'
    'openxmlformats.org/officeDocument/2006/relationships/sharedStrings"'
    ' Target="sharedStrings.xml"/></Relationships>')
parts['[Content_Types].xml'] = parts['[Content_Types].xml'].replace(
    '</Types>', '<Override PartName="/xl/sharedStrings.xml" ContentType='
    '"application/vnd.openxmlformats-officedocument.spreadsheetml.'
    'sharedStrings+xml"/></Types>')
def write(path, parts):
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as o:
        for n, data in parts.items():
            o.writestr(n, data)
write(picked, parts)
# As an earlier gkml-render wrote it: no 选项, no dropdowns.
lists = re.search(r'<sheet name="选项" sheetId="(\d+)" r:id="(rId\d+)"'
                  r' state="hidden"/>', parts['xl/workbook.xml'])
n, rid = lists.groups()
parts['xl/workbook.xml'] = parts['xl/workbook.xml'].replace(lists.group(0), '')
parts['xl/_rels/workbook.xml.rels'] = re.sub(
    r'<Relationship Id="%s"[^>]*/>' % rid, '', parts['xl/_rels/workbook.xml.rels'])
parts['[Content_Types].xml'] = re.sub(
    r'<Override PartName="/xl/worksheets/sheet%s.xml"[^>]*/>' % n, '',
    parts['[Content_Types].xml'])
del parts['xl/worksheets/sheet%s.xml' % n]
for k in parts:
    if k.startswith('xl/worksheets/'):
        parts[k] = re.sub(r'<dataValidations.*?</dataValidations>', '', parts[k])
write(old, parts)
PY
gkml-import -W note "$tmp/picked.xlsx" >"$tmp/picked.yaml" 2>"$tmp/picked.err"
echo "picked: exit $?"
sed "s|$tmp/||" "$tmp/picked.err"
cat "$tmp/picked.yaml"
gkml-import -W note "$tmp/old.xlsx" >"$tmp/old.yaml" 2>"$tmp/old.err"
echo "old: exit $?"
sed "s|$tmp/||" "$tmp/old.err"
cmp "$tmp/picked.yaml" "$tmp/old.yaml" && echo "old: the same catalog"
gkml-validate -W warning "$tmp/picked.yaml"
echo "validate: exit $?"
