# The hostile catalog (hostile.inc.yaml, -O force) as DOCX, on A3
# landscape so that every column is there: every part is well-formed
# XML, the strings are in it as text (w:t), and none of them made a
# field, a hyperlink or any element of its own (the footer's PAGE and
# NUMPAGES are the only fields).
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-docx.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
gkml-render -T docx -O force -O paper=a3,landscape -o "$tmp/h.docx" \
    hostile.inc.yaml \
    2>/dev/null || exit 1
python3 board.py docx "$tmp/h.docx" | grep -E '^(FAIL|parts|tables|rows)'
python3 - "$tmp/h.docx" <<'PY'
import sys, zipfile
import xml.dom.minidom as m
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
z = zipfile.ZipFile(sys.argv[1])
text, names, fields = "", set(), []
for part in ("word/document.xml", "word/header1.xml", "word/footer1.xml",
             "docProps/core.xml"):
    d = m.parseString(z.read(part))
    for e in d.getElementsByTagName("*"):
        names.add(e.tagName)
        if e.tagName in ("w:fldSimple", "w:instrText", "w:hyperlink",
                         "w:fldChar"):
            fields.append("%s %s%s" % (part, e.tagName,
                                       e.getAttribute("w:instr")))
        if e.firstChild is not None and e.firstChild.nodeType == 3:
            text += e.firstChild.data + "\n"
for s in ("<script>document.title='PWNED'</script>社会救助目录",
          "<iframe src=javascript:alert(1)>",
          "=HYPERLINK(\"http://example.invalid\",\"点我\")",
          "\"><svg onload=alert(1)>", "javascript:alert(1)",
          "《中华人民共和国政府信息公开条例》]]>&amp;&lt;",
          "<a href=javascript:alert(1)>链接</a>"):
    print("text: %s" % ("present" if s in text else "MISSING"), s)
made = sorted(n for n in names if not n.startswith(("w:", "cp:", "dc:",
              "dcterms:")))
print("elements not of WordprocessingML or the core properties:",
      " ".join(made) or "none")
for f in fields:
    print("field:", f)
PY
