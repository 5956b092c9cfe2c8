# The zip reader's caps are limits like the others: each refusal names
# the GKML_LIMITS key that raises it, exits 2 and writes nothing, and
# the same workbook is read once that key is raised.  Small limits keep
# the fixtures small: archive (bytes inflated from one archive),
# entries (entries in it), ratio (inflated to compressed, held against
# an entry past 16M: a 17M sheet of blank cells is some 1000:1).
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-zipcaps.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM
python3 - "$tmp" <<'PY'
import sys
sys.dont_write_bytecode = True  # no __pycache__ in the tree
sys.path.insert(0, ".")
import xlsxmin
t = sys.argv[1]
head = xlsxmin.sample()
xlsxmin.write(f"{t}/small.xlsx", head)
blank = "<row>" + '<c s="1"/>' * 50 + "</row>"
xlsxmin.write(f"{t}/blanks.xlsx", head + blank * 34000, level=9)
PY
cd "$tmp" || exit 2
unzip -lv blanks.xlsx | awk '$8 == "xl/worksheets/sheet1.xml" {
	printf "sheet1.xml: %.0f MB, %d:1\n", $1 / 1048576, $1 / $3 }'
run() {
	GKML_LIMITS=$1 gkml-import --area social-assistance --level county \
	    --jurisdiction 示例县 -o out.yaml "$2" \
	    2>err.txt
	echo "GKML_LIMITS=$1 $2: exit $?"
	grep -v "GK102\|GK027" err.txt | sed 's/^/  /'
	[ -f out.yaml ] && grep 'name: 低保' out.yaml
	rm -f out.yaml
}
run archive=1K small.xlsx
run archive=1M small.xlsx
run entries=4 small.xlsx
run entries=5 small.xlsx
run '' blanks.xlsx
run ratio=2000 blanks.xlsx
