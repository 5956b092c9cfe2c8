# The hostile catalog (hostile.inc.yaml, rendered with -O force) as board
# sheets: nothing in it becomes markup.  No script, no element or
# attribute the sheets do not make themselves (board.py fails on any
# script, frame, image, svg, link, on* attribute or javascript: value),
# and the strings are there as text, escaped.  The sheet with the long
# category name and item goes on to a second.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-board.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
gkml-render -T board -O force -o "$tmp/b.html" hostile.inc.yaml \
    2>/dev/null || exit 1
python3 board.py facts "$tmp/b.html"
echo "<script: $(grep -ci '<script' "$tmp/b.html")"
echo "<style: $(grep -ci '<style' "$tmp/b.html") (the sheets' own)"
grep -o '&lt;iframe src=javascript:alert(1)&gt;' "$tmp/b.html"
grep -o '&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;' "$tmp/b.html"
# A bidirectional override would print a name backwards: it is dropped.
# DEL, which HTML may not hold, is U+FFFD.
echo "U+202E: $(grep -c "$(printf '\342\200\256')" "$tmp/b.html")"
echo "DEL: $(grep -c "$(printf '\177')" "$tmp/b.html")"
