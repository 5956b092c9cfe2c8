# The QR code in a DOCX's footer (-O base-url) is on every page and reads
# as the address of the catalog's area page: headless LibreOffice prints
# the county's DOCX to PDF, pdftoppm draws each page and zbarimg reads
# its code; the address, less the base, is a page of the website made
# from the same catalog, and it is printed beside the code.  Saved again
# as DOCX by LibreOffice, the document still reads back as the catalog.
# limit: 200 s
for t in soffice pdftoppm pdftotext zbarimg; do
	command -v "$t" >/dev/null 2>&1 || { echo "no $t"; exit 2; }
done
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-qr.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
base=https://gkml.example.gov.cn
c=../../catalogs/example-county/county/social-assistance.yaml
gkml-render -T html -O base-url=$base -o "$tmp/site" "$c" || exit 1
gkml-render -T docx -O base-url=$base -o "$tmp/qr.docx" "$c" || exit 1
HOME=$tmp limit 120 soffice --headless \
    "-env:UserInstallation=file://$tmp/lo" --convert-to pdf \
    --outdir "$tmp/pdf" "$tmp/qr.docx" >"$tmp/log" 2>&1
echo "soffice: $?"
pdftoppm -r 150 -png "$tmp/pdf/qr.pdf" "$tmp/p"
pages=$(ls "$tmp"/p-*.png | wc -l)
for png in "$tmp"/p-*.png; do
	zbarimg --raw -q -Sdisable -Sqrcode.enable "$png" 2>/dev/null
done | sort | uniq -c >"$tmp/codes"
read -r n url <"$tmp/codes"
echo "pages whose code reads: $n of $pages; addresses read:" \
    "$(wc -l <"$tmp/codes")"
echo "address: $url"
path=${url#"$base"/}
[ -f "$tmp/site/$path" ] && echo "the site has $path"
pdftotext -raw "$tmp/pdf/qr.pdf" - | tr -d '\n' >"$tmp/qr.txt"
echo "pages that print the address:" \
    "$(grep -o "网页版：$url" "$tmp/qr.txt" | wc -l) of $pages"
HOME=$tmp limit 120 soffice --headless \
    "-env:UserInstallation=file://$tmp/lo" \
    --convert-to 'docx:MS Word 2007 XML' --outdir "$tmp/lo-docx" \
    "$tmp/qr.docx" >"$tmp/log" 2>&1
echo "soffice, saved as DOCX: $?"
gkml-import -W error -o "$tmp/back/" "$tmp/lo-docx/qr.docx"
gkml-diff "$c" "$tmp/back/social-assistance.yaml" >/dev/null &&
    echo "imported again: the same catalog"
gkml-import -W error -o "$tmp/ours/" "$tmp/qr.docx"
gkml-diff "$c" "$tmp/ours/social-assistance.yaml" >/dev/null &&
    echo "imported as written: the same catalog"
