# An overlay exported as a workbook or document and imported again,
# untouched, is
# the overlay it was, byte for byte: a township made by gkml new, and
# the example county's townships and villages but for their comments,
# which a workbook does not carry.
. ../township.lib
gkml-render -T xlsx -o out/ dongshan/hexi
cp -R dongshan copy
gkml-import -o copy/hexi/ out/dongshan/hexi.xlsx
diff -r dongshan copy && echo "gkml new township: the same bytes"
# The same from the Word documents, one a catalog.
gkml-render -T docx -o docx/ dongshan/hexi
cp -R dongshan copy2
for f in docx/dongshan/hexi/*.docx; do
	gkml-import -o copy2/hexi/ "$f"
done
diff -r dongshan copy2 && echo "gkml new township, DOCX: the same bytes"
cp -R "$here/../../catalogs/example-county" "$tmp/ex"
rm -r "$tmp/ex/qingshui/previous"
gkml-render -T xlsx -o "$tmp/exo/" "$tmp/ex/qingshui" "$tmp/ex/shiqiao" \
    "$tmp/ex/hexi"
cp -R "$tmp/ex" "$tmp/ex2"
for t in qingshui shiqiao hexi qingshui/dongcun shiqiao/xicun; do
	d=$tmp/ex2/$t
	[ -d "$d" ] || d=$tmp/ex2/${t%/*}/village/${t#*/}
	gkml-import -o "$d/" "$tmp/exo/example-county/$t.xlsx"
done
for f in $(cd "$tmp/ex" && find qingshui shiqiao hexi -name '*.yaml' | sort); do
	grep -v '^#' "$tmp/ex/$f" | cmp -s - "$tmp/ex2/$f" ||
	    diff -u -L "$f" -L "$f (imported)" "$tmp/ex/$f" "$tmp/ex2/$f"
done
echo "example county: $(cd "$tmp/ex" && find qingshui shiqiao hexi -name '*.yaml' | wc -l | tr -d ' ') files checked"
