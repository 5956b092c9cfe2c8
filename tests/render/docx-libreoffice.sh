# LibreOffice opens and prints the DOCX as laid out: headless soffice
# converts the county's social assistance catalog, made on the default
# paper (A4 landscape) and for A3 landscape, and the hostile catalog, to
# PDF without error;
# every page of each PDF is of the paper asked for, and none of the
# hidden text (the ids, the names of their columns) is printed.  Saved
# again as DOCX by LibreOffice, as an officer's editor would, the
# document still reads back as the same catalog.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-docx.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
c=../../catalogs/example-county/county/social-assistance.yaml
gkml-render -T docx -o "$tmp/a4.docx" "$c" || exit 1
gkml-render -T docx -O paper=a3,landscape -o "$tmp/a3l.docx" "$c" || exit 1
gkml-render -T docx -O force -o "$tmp/hostile.docx" hostile.inc.yaml \
    2>/dev/null || exit 1
HOME=$tmp limit 120 soffice --headless \
    "-env:UserInstallation=file://$tmp/lo" --convert-to pdf \
    --outdir "$tmp/pdf" "$tmp/a4.docx" "$tmp/a3l.docx" "$tmp/hostile.docx" \
    >"$tmp/log" 2>&1
echo "soffice: $?"
echo "== a4.docx"
python3 board.py lopdf "$tmp/pdf/a4.pdf" "A4 landscape"
echo "== a3l.docx"
python3 board.py lopdf "$tmp/pdf/a3l.pdf" "A3 landscape"
echo "== hostile.docx"
python3 board.py lopdf "$tmp/pdf/hostile.pdf" "A4 landscape"
for f in a4 a3l; do
	pdftotext "$tmp/pdf/$f.pdf" - | tr -d ' \n' >"$tmp/$f.txt"
	n=0
	for id in 事项编号 分类编号 policy.laws dibao.guide dibao.standard; do
		grep -q "$id" "$tmp/$f.txt" && n=$((n + 1))
	done
	echo "$f.pdf: $n hidden strings printed;" \
	    "$(grep -c '目录信息' "$tmp/$f.txt") 目录信息"
done
HOME=$tmp limit 120 soffice --headless \
    "-env:UserInstallation=file://$tmp/lo" \
    --convert-to 'docx:MS Word 2007 XML' --outdir "$tmp/lo-docx" \
    "$tmp/a4.docx" >"$tmp/log" 2>&1
echo "soffice, saved as DOCX: $?"
gkml-import -W error -o "$tmp/back/" "$tmp/lo-docx/a4.docx"
gkml-diff "$c" "$tmp/back/social-assistance.yaml" >/dev/null &&
    echo "imported again: the same catalog"
