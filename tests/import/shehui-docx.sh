# The same table as a DOCX made by LibreOffice: the same catalog.
gkml-import shehui.docx >docx.tmp
gkml-import shehui.html 2>/dev/null | cmp - docx.tmp && echo "docx: same catalog as the HTML"
rm -f docx.tmp
