# A board sheet as a person sees it: headless Chromium takes a screenshot
# of the township's social assistance sheets, which must hold a page
# (black text and rules on many rows), not a blank.  GKML_SHOT=FILE
# keeps the screenshot.
chromium=${CHROMIUM:-chromium}
command -v "$chromium" >/dev/null 2>&1 || { echo "no $chromium"; exit 2; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-board.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
gkml-render -T board -o "$tmp/b.html" \
    ../../catalogs/example-county/qingshui/social-assistance.yaml || exit 1
limit 60 "$chromium" --headless=new --no-sandbox --disable-gpu \
    --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync \
    --user-data-dir="$tmp/profile" --hide-scrollbars \
    --window-size=900,1200 --screenshot="$tmp/shot.png" \
    "file://$tmp/b.html" >"$tmp/log" 2>&1 || { tail -5 "$tmp/log"; exit 1; }
[ -n "${GKML_SHOT:-}" ] && cp "$tmp/shot.png" "$GKML_SHOT"
python3 board.py png "$tmp/shot.png"
