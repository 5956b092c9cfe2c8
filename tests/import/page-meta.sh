# limit: 300 s
# What a page says of itself, the same from each of its five forms: the
# saved page (page-meta.html, its metadata a block of paragraphs), the
# workbook and CSV file Calc makes of it, that CSV file in GBK, and the
# document Writer makes of it.  The publisher is the page's 发文机关 and
# the date its 发布日期, though 成文日期 comes first; the footer's 主办单位
# (the website's host) and 联系电话 are not the catalog's.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-meta.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
cp page-meta.html "$tmp/page.html"
lo() {
	HOME=$tmp limit 120 soffice --headless \
	    "-env:UserInstallation=file://$tmp/lo" "$@" --outdir "$tmp" \
	    "$tmp/page.html" >>"$tmp/log" 2>&1
}
lo --infilter=calc_HTML_WebQuery --convert-to xlsx
lo --infilter=calc_HTML_WebQuery \
    --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1'
lo --convert-to 'docx:MS Word 2007 XML'
iconv -f UTF-8 -t GB18030 "$tmp/page.csv" >"$tmp/page-gbk.csv"
for f in page.html page.xlsx page.csv page-gbk.csv page.docx; do
	enc=
	case $f in *gbk*) enc="--encoding gbk" ;; esac
	# shellcheck disable=SC2086
	gkml-import --area social-assistance $enc "$tmp/$f" 2>/dev/null |
	    grep -v 'x-import' >"$tmp/$f.yaml"
	echo "$f: gkml-import $?"
done
sed -n '/^catalog:/,/^categories:/p' "$tmp/page.html.yaml"
for f in page.xlsx page.csv page-gbk.csv page.docx; do
	cmp -s "$tmp/page.html.yaml" "$tmp/$f.yaml" &&
	    echo "$f: the same catalog as page.html"
done
grep -c '主办单位\|0878\|办公室' "$tmp/page.csv.yaml" || :
