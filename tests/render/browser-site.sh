# The website in a real browser: the test site and the hostile catalog,
# rendered as one site, loaded in headless Chromium by browser-site.py
# (screenshots checked not blank, the search box, console errors, and
# nothing from the hostile strings run).  GKML_SHOT_DIR keeps the
# screenshots for a person to look at.
chromium=${CHROMIUM:-chromium}
if ! command -v "$chromium" >/dev/null 2>&1; then
	echo "skipped: $chromium is not installed"
	exit 0
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-site.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
gkml-render -T html -O force -o "$tmp/site" site hostile.inc.yaml \
    2>"$tmp/err" || { cat "$tmp/err"; exit 1; }
python3 browser-site.py "$chromium" "$tmp/site" ${GKML_SHOT_DIR:-}
