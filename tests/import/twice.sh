# The same table imported twice gives the same bytes, ids included.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-import.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' INT TERM HUP
for f in shehui.html huibian.xlsx shehui.docx; do
	gkml-import $f >"$tmp/a.tmp" 2>&1
	gkml-import $f >"$tmp/b.tmp" 2>&1
	cmp "$tmp/a.tmp" "$tmp/b.tmp" && echo "$f: identical"
done
