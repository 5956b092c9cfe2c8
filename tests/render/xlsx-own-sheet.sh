# A sheet.xsl of one's own made before the hidden sheet 选项 (here: ours
# imported, with nothing for kind="lists") writes nothing for it: an
# error, exit 2, and no workbook, rather than an empty part that Excel
# calls a broken workbook.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-xlsx.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/t/xlsx"
cat >"$tmp/t/xlsx/sheet.xsl" <<XSL
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="$PWD/../../templates/xlsx/sheet.xsl"/>
  <xsl:template match="sheet[@kind = 'lists']"/>
</xsl:stylesheet>
XSL
gkml-render -T xlsx --templates "$tmp/t" -o "$tmp/v.xlsx" \
    ../../catalogs/example-county/qingshui/village
echo "rc=$?"
ls "$tmp"
