# The QR code of a board sheet (-O base-url) is read by a scanner as the
# address of the catalog's area page in the website made from the same
# catalogs: headless Chromium prints the county's sheets on A4 portrait
# and the township's on A3 landscape, each page is drawn to a PNG
# (pdftoppm) and zbarimg reads its code; the address, less the base, is
# a page that gkml-render -T html writes.  The address is printed as
# text on every sheet too, and the PDF keeps the pages announced.
# limit: 200 s
chromium=${CHROMIUM:-chromium}
for t in "$chromium" pdftoppm pdftotext zbarimg; do
	command -v "$t" >/dev/null 2>&1 || { echo "no $t"; exit 2; }
done
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-qr.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
base=https://gkml.example.gov.cn/catalog
county=../../catalogs/example-county/county/social-assistance.yaml
township=../../catalogs/example-county/qingshui/social-assistance.yaml
gkml-render -T html -O base-url=$base/ -o "$tmp/site" $county $township ||
    exit 1
for run in "a4 $county" "a3,landscape $township"; do
	set -- $run
	gkml-render -T board -O paper=$1 -O base-url=$base -o "$tmp/b.html" \
	    "$2" || exit 1
	rm -f "$tmp/b.pdf" "$tmp"/p-*.png
	limit 60 "$chromium" --headless=new --no-sandbox --disable-gpu \
	    --no-first-run --disable-background-networking \
	    --disable-component-update --disable-sync \
	    --user-data-dir="$tmp/profile" --no-pdf-header-footer \
	    --print-to-pdf="$tmp/b.pdf" "file://$tmp/b.html" \
	    >"$tmp/log" 2>&1 || { tail -5 "$tmp/log"; exit 1; }
	echo "== $1 $2"
	python3 board.py pdf "$tmp/b.pdf" "$tmp/b.html"
	pdftoppm -r 150 -png "$tmp/b.pdf" "$tmp/p"
	pages=$(ls "$tmp"/p-*.png | wc -l)
	for png in "$tmp"/p-*.png; do
		zbarimg --raw -q -Sdisable -Sqrcode.enable "$png" 2>/dev/null
	done | sort | uniq -c >"$tmp/codes"
	read -r n url <"$tmp/codes"
	echo "pages whose code reads: $n of $pages;" \
	    "addresses read: $(wc -l <"$tmp/codes")"
	echo "address: $url"
	path=${url#"$base"/}
	[ -f "$tmp/site/$path" ] && echo "the site has $path"
	pdftotext -raw "$tmp/b.pdf" - | tr -d '\n' >"$tmp/b.txt"
	echo "pages that print the address:" \
	    "$(grep -o "网页版：$url" "$tmp/b.txt" | wc -l) of $pages"
done
