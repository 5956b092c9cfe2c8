# Zip limits on XLSX: a sheet of blank styled cells compresses about
# 1000:1, and at 1.5 MB it is read (the ratio counts only for entries
# past 16 MB, where inflating starts to cost); the size of one entry is
# GKML_LIMITS=inflate (64M), which lowers and lifts it.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-zip.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
python3 - "$tmp" <<'PY'
import sys, zipfile
t = sys.argv[1]
R = "http://schemas.openxmlformats.org/"
S = R + "spreadsheetml/2006/main"
REL = R + "officeDocument/2006/relationships"
def row(r, vals):
    return (f'<row r="{r}">' + "".join(f'<c t="inlineStr"><is><t>{v}</t>'
        "</is></c>" for v in vals) + "</row>")
blank = "<row>" + '<c s="1"/>' * 50 + "</row>"
with zipfile.ZipFile(f"{t}/blanks.xlsx", "w", zipfile.ZIP_DEFLATED,
    compresslevel=9) as z:
    z.writestr("[Content_Types].xml", "<Types/>")
    z.writestr("_rels/.rels", f'<Relationships xmlns="{R}package/2006/'
        f'relationships"><Relationship Id="r1" Type="{REL}/officeDocument"'
        ' Target="xl/workbook.xml"/></Relationships>')
    z.writestr("xl/workbook.xml", f'<workbook xmlns="{S}" xmlns:r="{REL}">'
        '<sheets><sheet name="S" sheetId="1" r:id="r1"/></sheets>'
        "</workbook>")
    z.writestr("xl/_rels/workbook.xml.rels", f'<Relationships xmlns="{R}'
        f'package/2006/relationships"><Relationship Id="r1" Type="{REL}/'
        'worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
    z.writestr("xl/worksheets/sheet1.xml", f'<worksheet xmlns="{S}">'
        "<sheetData>" + row(1, ("序号", "公开事项", "公开内容", "公开依据",
        "公开时限", "公开主体")) + row(2, ("1", "低保", "名单",
        "《社会救助暂行办法》", "及时", "民政局")) + blank * 3000 +
        "</sheetData></worksheet>")
PY
cd "$tmp" || exit 2
unzip -lv blanks.xlsx | awk '$8 == "xl/worksheets/sheet1.xml" {
	printf "sheet1.xml: %.1f MB, %d:1\n", $1 / 1048576, $1 / $3 }'
for l in '' inflate=1M inflate=2M; do
	GKML_LIMITS=$l gkml-import --area social-assistance --level county \
	    --jurisdiction 示例县 blanks.xlsx >out.yaml 2>err.txt
	echo "GKML_LIMITS=$l: exit $?"
	grep -v GK102 err.txt | sed 's/^/  /'
	grep 'name: 低保' out.yaml
done
