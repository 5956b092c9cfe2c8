# A sheet.xsl of one's own gets the catalogs' whole XML form and the rows
# where it writes the marks: one that imports ours and changes nothing
# gives the same workbook as ours, part for part; one that makes an area
# sheet without the marks (its own rows, from the categories it is
# given) is taken as it is.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-xlsx.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/same/xlsx" "$tmp/rows/xlsx"
cat >"$tmp/same/xlsx/sheet.xsl" <<XSL
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="$PWD/../../templates/xlsx/sheet.xsl"/>
</xsl:stylesheet>
XSL
cat >"$tmp/rows/xlsx/sheet.xsl" <<XSL
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
  <xsl:import href="$PWD/../../templates/xlsx/sheet.xsl"/>
  <xsl:template match="sheet[@kind = 'area']">
    <worksheet><sheetData>
      <xsl:for-each select="gkml/categories//item">
        <row r="{position()}"><c r="A{position()}" t="inlineStr"><is><t><xsl:value-of select="name"/></t></is></c></row>
      </xsl:for-each>
    </sheetData></worksheet>
  </xsl:template>
</xsl:stylesheet>
XSL
gkml-render -T xlsx -o "$tmp/ours.xlsx" xlsx-rows.inc.yaml; echo "ours: rc=$?"
gkml-render -T xlsx --templates "$tmp/same" -o "$tmp/same.xlsx" \
    xlsx-rows.inc.yaml; echo "importing ours: rc=$?"
python3 - "$tmp/ours.xlsx" "$tmp/same.xlsx" <<'PY'
import sys, zipfile
a, b = (zipfile.ZipFile(f) for f in sys.argv[1:3])
assert a.namelist() == b.namelist()
diff = [n for n in a.namelist() if a.read(n) != b.read(n)]
print("parts:", len(a.namelist()), "differing:", diff)
PY
gkml-render -T xlsx --templates "$tmp/rows" -o "$tmp/rows.xlsx" \
    xlsx-rows.inc.yaml; echo "own rows: rc=$?"
unzip -p "$tmp/rows.xlsx" xl/worksheets/sheet1.xml | grep -o '<row.*</row>'
