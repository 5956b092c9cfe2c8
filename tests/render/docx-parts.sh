# The catalog as DOCX (-T docx): the package holds its parts, every XML
# part is well-formed (xmllint), and word/document.xml is one real table
# of all eleven columns on every paper, in a smaller type where they
# need it (A4 portrait 10.5 pt, A3 landscape the board's 16 pt): a header
# row repeated on every page, naming in hidden text the columns of the
# hidden ids, an id hidden in every item's 序号, the 一级事项 cells merged
# down, the grid as wide as the text, the page size, orientation and
# margins of the paper asked for, 宋体/黑体 for Chinese text.  After it,
# the small tables: 未涉及事项, 分类备注 and 目录信息.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-docx.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
cat=../../catalogs/example-county
for paper in a4,portrait a3,landscape; do
	echo "== county/social-assistance -O paper=$paper"
	gkml-render -T docx -O paper=$paper -o "$tmp/d.docx" \
	    $cat/county/social-assistance.yaml || exit 1
	rm -rf "$tmp/x"
	mkdir "$tmp/x" && (cd "$tmp/x" && unzip -q ../d.docx) || exit 1
	(cd "$tmp/x" && find . -type f | sort | sed 's|^\./||' |
	    xargs xmllint --noout) && echo "xmllint: every part well-formed"
	python3 board.py docx "$tmp/d.docx"
done
echo "== qingshui/village/dongcun (三级事项)"
gkml-render -T docx -o "$tmp/d.docx" $cat/qingshui/village/dongcun/village-affairs.yaml ||
    exit 1
python3 board.py docx "$tmp/d.docx" |
    grep -E '^(rows|columns|hidden|merged|grid|type)'
echo "== qingshui/social-assistance (未涉及事项)"
gkml-render -T docx -o "$tmp/d.docx" $cat/qingshui/social-assistance.yaml ||
    exit 1
python3 board.py docx "$tmp/d.docx" | grep -E '^(tables|after)'
echo "== ../import/roundtrip-docx.inc.yaml (分类备注, A4 landscape)"
gkml-render -T docx -O paper=a4,landscape -o "$tmp/d.docx" \
    ../import/roundtrip-docx.inc.yaml 2>/dev/null || exit 1
python3 board.py docx "$tmp/d.docx" |
    grep -E '^(tables|columns|hidden|grid|type|after)'
