# Archives are the same bytes whatever the time zone of the machine and
# however many threads render them: zip's clock is set from UTC, and
# outputs are gathered in order.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-zip.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
c=../../catalogs/example-county/qingshui
for t in html docx board xlsx; do
	TZ=Asia/Shanghai gkml-render -T $t -j 1 --zip -o "$tmp/a.zip" $c/*.yaml
	TZ=America/New_York gkml-render -T $t -j 2 --zip -o "$tmp/b.zip" $c/*.yaml
	cmp "$tmp/a.zip" "$tmp/b.zip" && echo "$t: identical"
done
TZ=Pacific/Kiritimati gkml-render -T docx -o "$tmp/d.docx" $c/social-assistance.yaml
python3 -m zipfile -l "$tmp/d.docx" | awk 'NR > 1 { print $2, $3 }' | sort -u
