# The same table imported twice gives the same bytes, ids included.
for f in shehui.html huibian.xlsx shehui.docx; do
	gkml-import $f >a.tmp 2>&1
	gkml-import $f >b.tmp 2>&1
	cmp a.tmp b.tmp && echo "$f: identical"
done
rm -f a.tmp b.tmp
