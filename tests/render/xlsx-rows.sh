# The rows gkml-render writes itself (lib/out_xlsx_rows.c) into the
# frame sheet.xsl makes: every kind of row of xlsx-rows.inc.yaml, their
# heights (the tallest cell's lines, at most 28, by 14 points and 4),
# the merges of categories whose cells begin on one row, the rows of
# 未涉及事项 and 分类备注 (with 栏目, a category naming its own), and the
# markup a cell's text is written in.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-xlsx.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
gkml-render -T xlsx -o "$tmp/r.xlsx" xlsx-rows.inc.yaml
echo "rc=$?"
python3 xlsx.py check "$tmp/r.xlsx"
python3 xlsx.py sheets "$tmp/r.xlsx" | sed '/^== 选项/,$d'
for n in 1 2 3; do
	echo "== heights of sheet$n"
	unzip -p "$tmp/r.xlsx" xl/worksheets/sheet$n.xml |
	    grep -o '<row r="[0-9]*" ht="[0-9]*"' | sed 's/<row //'
done
echo "== cells with markup, spaces, _x"
unzip -p "$tmp/r.xlsx" xl/worksheets/sheet1.xml |
    grep -o '<c r="[A-Z]*4"[^>]*><is><t[^>]*>[^<]*</t>' |
    grep -e '&' -e 'preserve' -e '_x'
