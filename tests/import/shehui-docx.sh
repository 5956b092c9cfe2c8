# The same table as a DOCX made by LibreOffice: the same catalog.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-import.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' INT TERM HUP
gkml-import shehui.docx >"$tmp/docx.tmp"
gkml-import shehui.html 2>/dev/null | cmp - "$tmp/docx.tmp" && echo "docx: same catalog as the HTML"
