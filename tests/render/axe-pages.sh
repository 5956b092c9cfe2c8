# Accessibility: axe-core (make deps fetches the pinned release) run in
# headless Chromium by axe-pages.py on every kind of page: the site's
# home, jurisdiction, area and search pages, a board sheet, and the
# stats, audit and diff reports, each at desktop width and at 390 px.
# Each serious or critical WCAG 2 A/AA violation is listed and fails;
# moderate and minor ones go to standard error.  GKML_SHOT_DIR keeps
# the screenshots.
# limit: 240 s
chromium=${CHROMIUM:-chromium}
if ! command -v "$chromium" >/dev/null 2>&1; then
	echo "skipped: $chromium is not installed"
	exit 0
fi
v=$(sed -n 's/^AXE_VERSION =[[:space:]]*//p' ../../Makefile)
axe=${XDG_CACHE_HOME:-$HOME/.cache}/gkml/axe-core-$v/axe.min.js
if [ ! -f "$axe" ]; then
	echo "skipped: no axe-core $v in $(dirname "$axe"); run 'make deps'"
	exit 0
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-axe.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
gkml-render -T html -O force -o "$tmp/site" site 2>"$tmp/err" ||
    { cat "$tmp/err"; exit 1; }
gkml-render -T board -o "$tmp/board.html" \
    ../../catalogs/example-county/qingshui/social-assistance.yaml ||
    exit 1
gkml-stats -T html --date 2024-12-31 ../stats/tree >"$tmp/stats.html" ||
    exit 1
gkml-audit --as-of 2024-10-31 -l ../audit/fixture/ledger.csv -T html \
    ../audit/fixture/social-assistance.yaml >"$tmp/audit.html" 2>/dev/null
gkml-diff -T html ../diff/township.old.yaml ../diff/township.new.yaml \
    >"$tmp/diff.html"
[ -s "$tmp/audit.html" ] && [ -s "$tmp/diff.html" ] || exit 1
python3 axe-pages.py "$chromium" "$axe" "$tmp" ${GKML_SHOT_DIR:-}
