# LibreOffice prints the workbook on the paper asked for: A4 landscape
# by default, A3 landscape with -O paper=a3.  Sizes in points, as
# pdfinfo gives them (A4 842 x 595, A3 1191 x 842); every page the same.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-xlsx.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
c=../../catalogs/example-county/qingshui/social-assistance.yaml
gkml-render -T xlsx -o "$tmp/a4.xlsx" $c || exit 1
gkml-render -T xlsx -O paper=a3 -o "$tmp/a3.xlsx" $c || exit 1
HOME=$tmp limit 120 soffice --headless "-env:UserInstallation=file://$tmp/lo" \
    --convert-to pdf --outdir "$tmp" "$tmp/a4.xlsx" "$tmp/a3.xlsx" \
    >"$tmp/log" 2>&1
echo "soffice: $?"
for p in a4 a3; do
	pdfinfo -f 1 -l 999 "$tmp/$p.pdf" 2>/dev/null |
	    sed -n 's/^Page *[0-9]* size: *\([0-9.]*\) x \([0-9.]*\) pts.*/\1 x \2/p' |
	    awk -v p=$p '{ printf "%s: %.0f x %.0f\n", p, $1, $3 }' | sort | uniq -c |
	    sed 's/^ *[0-9]* /pages of /'
done
