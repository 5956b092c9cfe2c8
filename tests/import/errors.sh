# Broken input is exit 1; trouble (usage, files, options) is exit 2.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-import.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' INT TERM HUP
printf '<table><tr><td>首页</td><td>政务公开</td></tr></table>\n' >"$tmp/nav.tmp.html"
(cd "$tmp" && gkml-import nav.tmp.html)
echo "no catalog table: rc=$?"
printf 'not a zip' >"$tmp/bad.tmp.docx"
(cd "$tmp" && gkml-import bad.tmp.docx)
echo "not a DOCX: rc=$?"
printf 'not a zip' >"$tmp/bad.tmp.xlsx"
: >"$tmp/empty.tmp.xlsx"
(cd "$tmp" && gkml-import bad.tmp.xlsx; gkml-import empty.tmp.xlsx)
echo "not an XLSX: rc=$?"
gkml-import shehui.pdf
echo "unknown format: rc=$?"
gkml-import -f csv no-such-file.csv
echo "no such file: rc=$?"
gkml-import --area 教育 shehui.html
echo "unknown area: rc=$?"
gkml-import --level 省级 shehui.html
echo "unknown level: rc=$?"
gkml-import -o "$tmp/one.tmp.yaml" huibian.html 2>"$tmp/err"
echo "several tables, one file: rc=$?"
grep -v '^huibian' "$tmp/err"
test -e "$tmp/one.tmp.yaml" || echo "one.tmp.yaml: not written"
gkml-import wujian.csv --area 社会救助 >/dev/null
echo "options after the file: rc=$?"
gkml-import -f pdf shehui.html
echo "bad -f: rc=$?"
gkml-import
echo "no file: rc=$?"
