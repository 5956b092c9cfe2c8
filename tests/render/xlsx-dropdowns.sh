# -T xlsx: each area sheet has dropdowns (list data validations) in
# 公开渠道和载体, 公开对象, 公开方式, 公开层级 and 五公开, from row 4 to
# 1000 rows below the last item, offering the labels in the columns of
# the hidden sheet 选项 (last in workbook.xml), which come from
# schemas/vocab.yaml as found at run time (GKML_DATADIR).
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-xlsx.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
x() {
	xmllint --xpath "$1" "$2"
}
# Each dropdown of sheet $1 of workbook $2: range, style, list, texts.
dropdowns() {
	unzip -p "$2" "xl/worksheets/sheet$1.xml" >"$tmp/s.xml"
	n=$(x "count(//*[local-name()='dataValidation'])" "$tmp/s.xml")
	echo "sheet$1: $n dropdowns"
	i=1
	while [ "$i" -le "$n" ]; do
		v="//*[local-name()='dataValidation'][$i]"
		x "concat($v/@sqref, ' ', $v/@type, ' ', $v/@errorStyle, ' ',
		    $v/@allowBlank, $v/@showInputMessage, $v/@showErrorMessage,
		    ' ', $v/*[local-name()='formula1'])" "$tmp/s.xml"
		x "concat('  ', $v/@promptTitle, '|', $v/@prompt)" "$tmp/s.xml"
		x "concat('  ', $v/@errorTitle, '|', $v/@error)" "$tmp/s.xml"
		i=$((i + 1))
	done
}
gkml-render -T xlsx -o "$tmp/v.xlsx" ../../catalogs/example-county/qingshui/village
echo "rc=$?"
unzip -p "$tmp/v.xlsx" xl/workbook.xml >"$tmp/wb.xml"
x "//*[local-name()='sheet']" "$tmp/wb.xml"
x "count(//*[local-name()='definedName'])" "$tmp/wb.xml"
# 社会救助 (columns H-L), then 村务公开 with 三级事项 (I-M, 15 items).
dropdowns 1 "$tmp/v.xlsx"
dropdowns 2 "$tmp/v.xlsx"
# No dropdowns on the sheets after the areas.
for k in 3 4 5; do
	unzip -p "$tmp/v.xlsx" "xl/worksheets/sheet$k.xml" |
	    grep -c dataValidation
done
# The list sheet: a column a vocabulary, header in row 1.
python3 xlsx.py sheets "$tmp/v.xlsx" | sed -n '/^== 选项/,$p'
# A province's vocabulary: a channel added to vocab.yaml shows in the
# list and the dropdown's range grows, with no rebuild.
mkdir "$tmp/data"
cp -R ../../schemas ../../templates "$tmp/data/"
sed '/^  - slug: hotline$/i\
  - slug: x-wechat-group\
    label: 村民微信群' ../../schemas/vocab.yaml >"$tmp/data/schemas/vocab.yaml"
GKML_DATADIR=$tmp/data gkml-render -T xlsx -o "$tmp/p.xlsx" \
    ../../catalogs/example-county/qingshui/village
echo "rc=$?"
unzip -p "$tmp/p.xlsx" xl/worksheets/sheet1.xml >"$tmp/s.xml"
x "string(//*[local-name()='dataValidation'][1]/*)" "$tmp/s.xml"
unzip -p "$tmp/p.xlsx" xl/worksheets/sheet5.xml | grep -o '<t>村民微信群</t>'
