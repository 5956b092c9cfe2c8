# A base-url that cannot be the address of a QR code is refused with a
# diagnostic and exit status 2, and nothing is written: not http or
# https, a control character, and an address (base and path) longer
# than the 213 bytes of the largest code printed (qr.h), for the board
# and for the DOCX.  Without -O base-url nothing of a code is drawn.
c=../../catalogs/example-county/county/social-assistance.yaml
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-qr.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
long=https://gkml.example.gov.cn/$(printf '%0180d' 0)
for url in ftp://gkml.example.gov.cn \
    "https://gkml.example.gov.cn/$(printf '\001')" "$long"; do
	for t in board docx; do
		gkml-render -T $t -O base-url="$url" -o "$tmp/out.$t" "$c"
		echo "-T $t: $?; written: $(ls "$tmp" | wc -l)"
	done
done
n=$(gkml-render -T board -o - "$c" | grep -c '<svg\|网页版')
echo "without base-url, lines with a code or an address: $n"
