# Writer keeps the tables apart: the same catalogs as the HTML page.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-import.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' INT TERM HUP
gkml-import huibian.docx >"$tmp/docx.tmp" 2>/dev/null
gkml-import huibian.html 2>/dev/null | cmp - "$tmp/docx.tmp" && echo "docx: same catalogs as the HTML"
