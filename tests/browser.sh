#!/bin/sh
# Look at gkml-diff's HTML report in a real browser: render the township
# pair (tests/diff/township.*.yaml) with gkml-diff -T html, take a
# screenshot with headless Chromium and check that it rendered.
#
#   sh tests/browser.sh [BUILD_DIR]
#
# Needs chromium (CHROMIUM names another binary) and python3 for the pixel
# check.  GKML_SHOT=FILE keeps a copy of the screenshot.  Prints what it
# checked; exits 0 when every check passed, 1 otherwise, 2 on trouble.

LC_ALL=C
export LC_ALL
unset NO_COLOR

top=$(cd "$(dirname "$0")/.." && pwd)
B=${1:-build}
case $B in /*) ;; *) B=$top/$B ;; esac
PATH=$B:$top/tests/bin:$PATH
GKML_DATADIR=$top
export PATH GKML_DATADIR
chromium=${CHROMIUM:-chromium}

tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-browser.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM

fail=0
pass() { echo "ok: $*"; }
bad() { echo "FAIL: $*"; fail=1; }

command -v "$chromium" >/dev/null 2>&1 || { echo "no $chromium"; exit 2; }

# Without a font for Chinese every catalog string is drawn as boxes, and
# the screenshot would "render" while nobody could read it.
if command -v fc-list >/dev/null 2>&1; then
	font=
	[ -n "$(fc-list :lang=zh-cn family)" ] &&
	    font=$(fc-match -f '%{family[0]}' :lang=zh-cn)
	[ -n "$font" ] && pass "a font for Chinese is installed ($font)" ||
	    bad "no font for Chinese (fc-list :lang=zh-cn is empty): the" \
	    "report would show boxes; apt-get install fonts-noto-cjk"
fi

# 1. The report.
(cd "$top/tests/diff" &&
    gkml-diff -T html township.old.yaml township.new.yaml) \
    >"$tmp/report.html" 2>"$tmp/diff.err"
rc=$?
[ $rc = 1 ] && pass "gkml-diff -T html exit status 1 (different)" ||
    bad "gkml-diff -T html exit status $rc, want 1: $(head -3 "$tmp/diff.err")"
size=$(wc -c <"$tmp/report.html")
if grep -qi '<html' "$tmp/report.html" && [ "$size" -gt 2000 ]; then
	pass "report.html is an HTML page of $size bytes"
else
	bad "report.html is not an HTML page ($size bytes)"
fi
# A standalone page: nothing fetched from the network.
if grep -Eiq '<(script|img|iframe)[^>]*src="(https?:)?//|<link[^>]*href="(https?:)?//' \
    "$tmp/report.html"; then
	bad "report.html loads something from the network"
else
	pass "report.html loads nothing from the network"
fi

# 2. The screenshot.
limit 60 "$chromium" --headless --no-sandbox --disable-gpu --disable-quic \
    --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync \
    --user-data-dir="$tmp/profile" --screenshot="$tmp/shot.png" \
    --window-size=1280,2000 "file://$tmp/report.html" \
    >"$tmp/chromium.log" 2>&1
rc=$?
if [ -s "$tmp/shot.png" ]; then
	pass "$chromium wrote a screenshot (exit status $rc)"
else
	bad "$chromium wrote no screenshot (exit status $rc$([ $rc = 124 ] &&
	    echo ', timed out after 60 s'))"
	sed 's/^/    /' "$tmp/chromium.log" | tail -10
	exit 1
fi
[ -n "${GKML_SHOT:-}" ] && cp "$tmp/shot.png" "$GKML_SHOT"

# 3. It is a PNG, and not a small one.
sig=$(od -An -tx1 -N8 "$tmp/shot.png" | tr -d ' \n')
[ "$sig" = 89504e470d0a1a0a ] && pass "PNG signature" ||
    bad "not a PNG: first bytes $sig"
size=$(wc -c <"$tmp/shot.png")
[ "$size" -gt 20480 ] && pass "screenshot is larger than 20 KB" ||
    bad "screenshot is only $size bytes"

# 4. Decoded, it holds a page, not one colour: several colours, and ink
# (pixels unlike the background) on many rows.
if command -v python3 >/dev/null 2>&1; then
	if python3 - "$top/tests" "$tmp/shot.png" >"$tmp/pixels" 2>&1 <<'PY'
import sys
sys.dont_write_bytecode = True
sys.path.insert(0, sys.argv[1])
import pngrows
try:
    w, h, _, pixels = pngrows.rows(open(sys.argv[2], "rb").read())
except ValueError as e:
    print(e)
    sys.exit(1)
colours, inkrows, bg = set(), 0, None
for px in pixels:
    if bg is None:
        bg = px[0]
    colours.update(px[::7])
    if sum(1 for p in px[::4] if p != bg) > 3:
        inkrows += 1
print("%dx%d, %d distinct colours (sampled), ink on %d of %d rows"
      % (w, h, len(colours), inkrows, h))
sys.exit(0 if len(colours) > 2 and inkrows >= 100 else 1)
PY
	then
		pass "pixels: $(cat "$tmp/pixels")"
	else
		bad "pixels: $(cat "$tmp/pixels")"
	fi
else
	echo "skipped: pixel check (no python3)"
fi

[ $fail = 0 ] && echo "browser: the HTML report rendered" ||
    echo "browser: the HTML report did not render as it should"
exit $fail
