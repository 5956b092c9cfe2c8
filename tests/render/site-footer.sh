# The site's particulars (-O host, contact, site-code, icp, psb) in the
# footer of every page: a home page's and an area page's footer with
# them, with only some, and without any; an -O key without its text.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-site.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
foot() {
	sed -n '/<footer/,/<\/footer>/p' "$1"
}
gkml-render -T html -O host=演示县人民政府办公室 \
    -O 'contact=0000-7654321 gk@example.gov.cn' -O site-code=0000000000 \
    -O 'icp=滇ICP备00000000号-1' -O 'psb=滇公网安备00000000000000号' \
    -o "$tmp/all" site
echo "all: rc=$?"
echo "== home"
foot "$tmp/all/demo/index.html"
echo "== area"
foot "$tmp/all/demo/town/elderly-care.html"
n=$(grep -l '公安备案号' $(find "$tmp/all" -name '*.html') | wc -l)
echo "pages: $(find "$tmp/all" -name '*.html' | wc -l), with the footer: $n"
gkml-render -T html -O 'icp=滇ICP备00000000号-1' -o "$tmp/some" site
echo "some: rc=$?"
foot "$tmp/some/demo/index.html"
gkml-render -T html -o "$tmp/none" site
echo "none: rc=$?"
foot "$tmp/none/demo/index.html"
gkml-render -T html -O host= -o "$tmp/empty" site 2>"$tmp/err"
echo "rc=$?: $(head -1 "$tmp/err")"
