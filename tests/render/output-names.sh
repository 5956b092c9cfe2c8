# What -o names.  "site/" is the directory site, new or empty or made
# by gkml-render before; one catalog to "one/" is a file in that
# directory.  A name that says one file (.xml, .html, .docx, .xlsx,
# .zip) is one file: XLSX of several jurisdictions is one workbook, a
# sheet per jurisdiction and area; the other formats refuse, and nothing
# is made.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-names.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
one=site/county/elderly-care.yaml
mkdir "$tmp/empty"
gkml-render -T html -o "$tmp/empty/" site; echo "empty/: rc=$?"
gkml-render -T html -o "$tmp/empty/" site; echo "again: rc=$?"
gkml-render -T html -o "$tmp/new//" site; echo "new//: rc=$?"
gkml-render -T xml -o "$tmp/one/" $one; echo "one/: rc=$?"
(cd "$tmp" && find empty/demo new/demo one -type f | sort)
gkml-render -T xlsx -o "$tmp/all.xlsx" site; echo "all.xlsx: rc=$?"
unzip -p "$tmp/all.xlsx" xl/workbook.xml | grep -o '<sheet name="[^"]*"'
gkml-render -T xlsx -o "$tmp/one.xlsx" $one; echo "one.xlsx: rc=$?"
unzip -p "$tmp/one.xlsx" xl/workbook.xml | grep -o '<sheet name="[^"]*"'
{
	gkml-render -T xml -o "$tmp/all.xml" site; echo "rc=$?"
	gkml-render -T docx -o "$tmp/all.docx" site; echo "rc=$?"
	gkml-render -T board -o "$tmp/all.html" site; echo "rc=$?"
	gkml-render -T xml -o - site; echo "rc=$?"
	gkml-render -T html -o "$tmp/site.html" site; echo "rc=$?"
	gkml-render -T html -o "$tmp/site.zip" site; echo "rc=$?"
	gkml-render -T html --zip -o "$tmp/zip/" site; echo "rc=$?"
	gkml-render -T xsd -o "$tmp/xsd/"; echo "rc=$?"
} 2>&1 | sed "s|$tmp|TMP|g"
ls "$tmp"
