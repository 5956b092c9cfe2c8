# Board sheets (-T board): what goes on which sheet, for each paper.  For
# every catalog and paper: the @page size, the sheets and the 共M页 they
# announce, the head of a sheet, the columns, and each sheet's rows as
# their 序号, a merged 一级事项 cell as (name×rows) before its first
# row, "续" on a row that goes on from the sheet before.  board.py fails
# on a sheet whose footer is not 第N页 共M页 or whose header row differs.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-board.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
cat=../../catalogs/example-county
for c in county/social-assistance qingshui/social-assistance \
    qingshui/village/dongcun/village-affairs; do
	for paper in a4 a4,landscape a3 a3,landscape; do
		echo "== $c -O paper=$paper"
		gkml-render -T board -O paper=$paper -o "$tmp/b.html" \
		    "$cat/$c.yaml" || exit 1
		python3 board.py facts "$tmp/b.html" || exit 1
	done
done
echo "== board-huge.inc.yaml"
gkml-render -T board -o "$tmp/b.html" board-huge.inc.yaml || exit 1
python3 board.py facts "$tmp/b.html" | sed -n '/^sheet/p' | uniq -c -f 2
