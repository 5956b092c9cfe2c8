# The website on a phone (390x844 and 320x640) and at 1280 px, in
# headless Chromium (browser-phone.py): the test site and the example
# county as one site, with the site's particulars in the footer.
# GKML_SHOT_DIR keeps the screenshots for a person to look at.
chromium=${CHROMIUM:-chromium}
if ! command -v "$chromium" >/dev/null 2>&1; then
	echo "skipped: $chromium is not installed"
	exit 0
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-site.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
gkml-render -T html -O host=示例县人民政府办公室 \
    -O 'contact=0000-1234567 gk@example.gov.cn' -O site-code=0000000000 \
    -O 'icp=滇ICP备00000000号-1' -O 'psb=滇公网安备00000000000000号' \
    -o "$tmp/site" site ../../catalogs/example-county \
    2>"$tmp/err" || { cat "$tmp/err"; exit 1; }
python3 browser-phone.py "$chromium" "$tmp/site" ${GKML_SHOT_DIR:-}
