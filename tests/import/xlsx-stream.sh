# A sheet is read row by row, never held as a tree; what it says about
# its cells is said only once the whole part is known well-formed, so a
# sheet that is not gets the one finding that says where, as before.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-xstream.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM
python3 - "$tmp" <<'PY'
import sys
sys.dont_write_bytecode = True  # no __pycache__ in the tree
sys.path.insert(0, ".")
import xlsxmin
t = sys.argv[1]
head = xlsxmin.sample()
bad = '<row r="3"><c r="B0x" t="inlineStr"><is><t>x</t></is></c></row>'
merge = '</sheetData><mergeCells count="1"><mergeCell ref="B2:B3"/>' \
    '</mergeCells><sheetData>'
xlsxmin.write(f"{t}/badref.xlsx", head + bad)
xlsxmin.write(f"{t}/broken.xlsx", head + bad + "<row r=\"4\"><c>")
xlsxmin.write(f"{t}/merged.xlsx", head + xlsxmin.row(3, ("2", "", "名册",
    "《社会救助暂行办法》", "及时", "民政局")) + merge)
PY
cd "$tmp" || exit 2
for f in badref broken merged; do
	gkml-import --area social-assistance --level county \
	    --jurisdiction 示例县 -o out.yaml $f.xlsx 2>err.txt
	echo "$f.xlsx: exit $?"
	grep -v "GK102\|GK027" err.txt | sed 's/^/  /'
	[ -f out.yaml ] && grep 'name: 低保' out.yaml
	rm -f out.yaml
done
