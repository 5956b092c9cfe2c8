# limit: 300 s
# One page, one catalog, whatever the form an officer gets it in: the
# saved web page (page-forms.html: the site's header, breadcrumb, the
# title above the page's metadata table, the catalog, the footer), the
# workbook and the CSV file LibreOffice Calc makes of it, the document
# Writer makes of it, and that CSV file in GBK as Excel saves it on a
# Chinese Windows.  Each is imported, and each gives the catalog of
# page-forms.inc.yaml, written by hand from the page (what gkml-import
# says of each, its x-import, aside): no chrome in it, the title from
# the heading across the metadata table, 序号 under a blank header, no
# list markers, each paragraph of a cell one entry (which Calc puts on
# rows of their own), 文号 repaired in 公开内容 too, the town's police
# station of the town, and no empty category.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-forms.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
cp page-forms.html "$tmp/page.html"
lo() {
	HOME=$tmp limit 120 soffice --headless \
	    "-env:UserInstallation=file://$tmp/lo" "$@" --outdir "$tmp" \
	    "$tmp/page.html" >>"$tmp/log" 2>&1
}
lo --infilter=calc_HTML_WebQuery --convert-to xlsx
echo "Calc, workbook: $?"
lo --infilter=calc_HTML_WebQuery \
    --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1'
echo "Calc, CSV: $?"
lo --convert-to 'docx:MS Word 2007 XML'
echo "Writer, document: $?"
iconv -f UTF-8 -t GB18030 "$tmp/page.csv" >"$tmp/page-gbk.csv"
for f in page.html page.xlsx page.csv page-gbk.csv page.docx; do
	enc=
	case $f in *gbk*) enc="--encoding gbk" ;; esac
	# shellcheck disable=SC2086
	gkml-import -W note --area social-assistance $enc -o "$tmp/$f.yaml" \
	    "$tmp/$f" 2>"$tmp/$f.err"
	echo "$f: gkml-import $?"
	{ echo "# The catalog of page-forms.html, as the page says it (page-forms.sh)."
	  grep -v 'x-import' "$tmp/$f.yaml"; } >"$tmp/$f.cmp"
	if cmp -s page-forms.inc.yaml "$tmp/$f.cmp"; then
		echo "$f: the catalog of the page"
	else
		diff -u page-forms.inc.yaml "$tmp/$f.cmp" | head -30
	fi
	gkml-validate "$tmp/$f.yaml" >/dev/null 2>&1
	echo "$f: valid: $?"
	# Nothing of the site, nothing left of a list marker.
	grep -c '主办单位\|技术支持\|当前位置\|ICP\|索引号\|●\|（1）' "$tmp/$f.yaml"
done
# What was said: the footer skipped, the empty heading kept aside.
grep -c "header or footer" "$tmp/page.csv.err"
grep "其他事项" "$tmp/page.html.err" | sed "s|$tmp/||"
# A page whose only title is the <title>, with the site's name after it.
sed '/<h1>/d' page-forms.html >"$tmp/notitle.html"
gkml-import --area social-assistance "$tmp/notitle.html" 2>/dev/null |
    grep '^  title:'
