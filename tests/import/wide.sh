# An element with more attributes than XML_MAX_ATTRS (1,000) is refused
# before libxml2 parses it (its parsers and tree builder take time
# quadratic in them: 10^5 in one HTML tag took two minutes), at the
# element's line and column; one with 1,000 is read.  The HTML page has
# 10^5, the XLSX <row> 2 x 10^5.
# limit: 60 s
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-wide.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
python3 - "$tmp" <<'PY'
import sys
sys.dont_write_bytecode = True  # no __pycache__ in the tree
sys.path.insert(0, ".")
import xlsxmin
t = sys.argv[1]
head = ("序号", "公开事项", "公开内容", "公开依据", "公开时限", "公开主体")
item = ("1", "低保", "名单", "《社会救助暂行办法》", "及时", "民政局")
def attrs(n):
    return "".join(f" a{i}=x" for i in range(n))
def page(n):
    th = "".join(f"<th>{h}</th>" for h in head)
    td = "".join(f"<td{attrs(n) if i == 1 else ''}>{v}</td>"
        for i, v in enumerate(item))
    return f"<html><body>\n<table><tr>{th}</tr>\n<tr>{td}</tr></table>\n"
for name, n in (("wide.html", 100000), ("edge.html", 1000)):
    with open(f"{t}/{name}", "w") as f:
        f.write(page(n))
xlsxmin.write(f"{t}/wide.xlsx", xlsxmin.row(1, head, end="\n") +
    xlsxmin.row(2, item, "".join(f' a{i}="x"' for i in range(200000)),
    end="\n"), sep="\n")
PY
cd "$tmp" || exit 2
for f in wide.html wide.xlsx edge.html; do
	gkml-import --area social-assistance --level county \
	    --jurisdiction 示例县 "$f" >out.yaml 2>err.txt
	echo "$f: exit $?"
	grep -v GK102 err.txt | sed 's/^/  /'
	grep 'name: 低保' out.yaml
done
