# Zip limits on XLSX: a sheet of blank styled cells compresses about
# 1000:1, and at 1.5 MB it is read (the ratio counts only for entries
# past 16 MB, where inflating starts to cost); the size of one entry is
# GKML_LIMITS=inflate (64M), which lowers and lifts it.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-zip.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
python3 - "$tmp" <<'PY'
import sys
sys.dont_write_bytecode = True  # no __pycache__ in the tree
sys.path.insert(0, ".")
import xlsxmin
t = sys.argv[1]
blank = "<row>" + '<c s="1"/>' * 50 + "</row>"
xlsxmin.write(f"{t}/blanks.xlsx", xlsxmin.row(1, ("序号", "公开事项",
    "公开内容", "公开依据", "公开时限", "公开主体")) + xlsxmin.row(2, ("1",
    "低保", "名单", "《社会救助暂行办法》", "及时", "民政局")) + blank * 3000,
    level=9)
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
