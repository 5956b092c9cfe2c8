# -T xlsx carries every shape of catalog: categories three deep (四级事项
# columns, merges at each level), a category without items (a row of its
# own), one with only sub-categories, category notes (the sheet 分类备注),
# 其他 with a 、 in its text (channels one a line), "_x" escaped as
# SpreadsheetML wants.  Two catalogs of one area in one jurisdiction get
# sheets 就业 and 就业(2); -O paper=a3 prints on A3.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-xlsx.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/in"
cp xlsx-shapes.inc.yaml "$tmp/in/a.yaml"
sed 's|xlsx/shapes/employment|xlsx/shapes/employment-2|' xlsx-shapes.inc.yaml \
    >"$tmp/in/b.yaml"
gkml-render -T xlsx -O paper=a3 -o "$tmp/s.xlsx" "$tmp/in" 2>/dev/null
echo "rc=$?"
python3 xlsx.py check "$tmp/s.xlsx"
python3 xlsx.py sheets "$tmp/s.xlsx" | sed '/^== 就业(2)/,/^== 分类备注/{/^== /!d;}'
unzip -p "$tmp/s.xlsx" xl/worksheets/sheet1.xml | grep -o '<t[^>]*>[^<]*_x[^<]*</t>'
