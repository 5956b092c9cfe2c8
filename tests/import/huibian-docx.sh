# Writer keeps the tables apart: the same catalogs as the HTML page.
gkml-import huibian.docx >docx.tmp 2>/dev/null
gkml-import huibian.html 2>/dev/null | cmp - docx.tmp && echo "docx: same catalogs as the HTML"
rm -f docx.tmp
