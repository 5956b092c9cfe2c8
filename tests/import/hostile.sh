# Hostile files get a finding and an exit status, never a crash, a hang
# or a file read from outside: a zip bomb, a DOCX whose XML declares an
# external entity (XXE) and a billion-laughs entity, malformed XML, odd
# entry names, a table of more than 1,000,000 cells, and 100,000 nested
# tags.  The inputs are small and quick to make: the bomb inflates past
# a limit lowered to 1M (GKML_LIMITS=inflate; the default, 64M, is the
# same check), and the table is a header of 16,384 fields over short
# rows: 62 rows of that width pass the limit, in 17 KB.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-imp.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
python3 - "$tmp" <<'PY'
import sys, zipfile
t = sys.argv[1]
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
def docx(name, xml, extra=()):
    with zipfile.ZipFile(f"{t}/{name}", "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", xml)
        for n, d in extra:
            z.writestr(n, d)
row = ("<w:tr>" + "".join(f"<w:tc><w:p><w:r><w:t>{h}</w:t></w:r></w:p></w:tc>"
    for h in ("序号", "公开事项", "公开内容", "公开依据", "公开时限", "公开主体")) + "</w:tr>")
body = lambda cell: (f'<w:document {W}><w:body><w:tbl>{row}<w:tr>' +
    "".join(f"<w:tc><w:p><w:r><w:t>{c}</w:t></w:r></w:p></w:tc>"
    for c in ("1", "低保", cell, "《社会救助暂行办法》", "及时", "民政局")) +
    "</w:tr></w:tbl></w:body></w:document>")
docx("xxe.docx", '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM '
    '"file:///etc/passwd">]>' + body("before&x;after"))
docx("laughs.docx", '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">'
    + "".join(f'<!ENTITY {c} "{("&" + p + ";") * 10}">' for p, c in
    zip("abcdefgh", "bcdefghi")) + ']>' + body("&i;"))
docx("malformed.docx", body("x").replace("</w:tbl>", ""))
docx("names.docx", body("odd names"), [("../../evil.txt", "x"),
    ("/abs/evil.txt", "x"), ("word/\u4e2d\u6587.xml", "x")])
docx("bomb.docx", body("x").replace("<w:body>", "<w:body>" + " " * (2 << 20)))
with open(f"{t}/huge.csv", "w") as f:
    f.write("序号,公开事项,公开内容,公开依据" + "," * 16380 + "\n")
    f.write("1,a,b,c\n" * 250)
with open(f"{t}/deep.html", "w") as f:
    f.write("<table><tr><td>" + "<div>" * 100000 + "x</table>")
PY
cd "$tmp" || exit 2
for f in xxe.docx laughs.docx malformed.docx names.docx bomb.docx huge.csv \
    deep.html; do
	GKML_LIMITS=inflate=1M gkml-import --area social-assistance \
	    --level county --jurisdiction 示例县 "$f" >out.yaml 2>err.txt
	echo "$f: exit $?"
	sed 's/^/  /' err.txt | head -4
	grep -q 'root:' out.yaml && echo "  LEAKED /etc/passwd"
	grep 'content:' out.yaml | head -1
done
if test -e ../evil.txt -o -e /abs/evil.txt; then echo "wrote outside"; fi
