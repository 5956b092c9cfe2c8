# LibreOffice opens the workbooks: headless soffice converts each sheet of
# a multi-sheet workbook (an overlay with 未涉及事项, a catalog with
# 三级事项), of the shapes test and of the hostile catalog to CSV without
# error.  A merged 一级事项 shows in the first row of its range; formulas
# in the hostile strings stay text.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-xlsx.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
gkml-render -T xlsx -o "$tmp/village.xlsx" \
    ../../catalogs/example-county/qingshui/village || exit 1
gkml-render -T xlsx -o "$tmp/shapes.xlsx" xlsx-shapes.inc.yaml 2>/dev/null ||
    exit 1
gkml-render -T xlsx -O force -o "$tmp/hostile.xlsx" hostile.inc.yaml \
    2>/dev/null || exit 1
# UTF-8, comma, quoted text, every sheet into FILE-SHEET.csv (a UTF-8
# locale, or soffice cannot name the files after the sheets).
LC_ALL=C.UTF-8 HOME=$tmp limit 120 soffice --headless \
    "-env:UserInstallation=file://$tmp/lo" \
    --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1' \
    --outdir "$tmp/csv" "$tmp/village.xlsx" "$tmp/shapes.xlsx" \
    "$tmp/hostile.xlsx" >"$tmp/log" 2>&1
echo "soffice: $?"
cd "$tmp/csv" || exit 1
for f in $(ls | LC_ALL=C sort); do
	echo "== $f"
	cat "$f"
done
