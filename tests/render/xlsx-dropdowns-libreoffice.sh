# LibreOffice keeps the dropdowns: headless soffice saves a workbook of
# -T xlsx again as XLSX and as ODS without complaint; both keep every
# data validation (list, style, the hidden 选项 range) and 选项 hidden,
# and gkml-import reads LibreOffice's XLSX as the same catalogs.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-xlsx.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
gkml-render -T xlsx -o "$tmp/v.xlsx" \
    ../../catalogs/example-county/qingshui/village || exit 1
for to in xlsx ods; do
	LC_ALL=C.UTF-8 HOME=$tmp limit 120 soffice --headless \
	    "-env:UserInstallation=file://$tmp/lo" --convert-to $to \
	    --outdir "$tmp/$to" "$tmp/v.xlsx" >"$tmp/log" 2>&1
	echo "soffice $to: $?"
	grep -iv 'javaldx\|^convert ' "$tmp/log"
done
echo "== xlsx"
unzip -p "$tmp/xlsx/v.xlsx" xl/workbook.xml >"$tmp/wb.xml"
xmllint --xpath "//*[local-name()='sheet']/@name |
    //*[local-name()='sheet']/@state" "$tmp/wb.xml" | paste - -
for k in 1 2; do
	unzip -p "$tmp/xlsx/v.xlsx" "xl/worksheets/sheet$k.xml" >"$tmp/s.xml"
	n=$(xmllint --xpath "count(//*[local-name()='dataValidation'])" "$tmp/s.xml")
	i=1
	while [ "$i" -le "$n" ]; do
		v="//*[local-name()='dataValidation'][$i]"
		xmllint --xpath "concat('sheet$k ', $v/@sqref, ' ', $v/@type, ' ',
		    $v/@errorStyle, ' ', $v/*[local-name()='formula1'], ' ',
		    $v/@promptTitle, ' ', string-length($v/@prompt) > 0,
		    ' ', string-length($v/@error) > 0)" "$tmp/s.xml"
		i=$((i + 1))
	done
done
echo "== ods"
unzip -p "$tmp/ods/v.ods" content.xml >"$tmp/c.xml"
xmllint --xpath "//*[local-name()='content-validation']/@*[local-name()='condition']" \
    "$tmp/c.xml" | sed 's/^ *//'
xmllint --xpath "//*[local-name()='error-message']/@*[local-name()='message-type']" \
    "$tmp/c.xml" | sed 's/^ *//'
# 选项 is hidden: its table's style does not display.
s=$(xmllint --xpath "string(//*[local-name()='table'][@*[local-name()='name']='选项']/@*[local-name()='style-name'])" "$tmp/c.xml")
xmllint --xpath "string(//*[local-name()='style'][@*[local-name()='name']='$s']/*/@*[local-name()='display'])" "$tmp/c.xml"
echo "== import"
gkml-import -W error --standalone -o "$tmp/a/" "$tmp/v.xlsx" || exit 1
gkml-import -W error --standalone -o "$tmp/b/" "$tmp/xlsx/v.xlsx" || exit 1
for f in "$tmp"/a/*.yaml; do
	gkml-diff "$f" "$tmp/b/${f##*/}" && echo "${f##*/}: the same"
done
