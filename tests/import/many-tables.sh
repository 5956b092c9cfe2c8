# A page of many catalog tables of one area: each gets its own catalog,
# named <area>.yaml, <area>-2.yaml ... in linear time (names were found
# by trying every N against every name so far, cubic in the tables:
# 3,000 took 38 s, 6,000 about five minutes).
# limit: 60 s
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-many.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
python3 - "$tmp" <<'PY'
import sys
t = sys.argv[1]
th = "".join(f"<th>{h}</th>" for h in ("序号", "公开事项", "公开内容",
    "公开依据", "公开时限", "公开主体", "公开对象", "公开方式"))
td = "".join(f"<td>{v}</td>" for v in ("1", "低保", "名单",
    "《社会救助暂行办法》", "及时", "民政局", "全社会", "主动"))
for name, n in (("many.html", 6000), ("three.html", 3)):
    with open(f"{t}/{name}", "w") as f:
        f.write("<html><body>\n" + f"<table><tr>{th}</tr><tr>{td}</tr>"
            "</table>\n" * n)
PY
cd "$tmp" || exit 2
gkml-import --area social-assistance --level county --jurisdiction 示例县 \
    many.html >out.yaml 2>err.txt
echo "many.html: exit $?, $(grep -c '^gkml: 1$' out.yaml) catalogs," \
    "$(grep -c . err.txt) findings"
gkml-import --area social-assistance --level county --jurisdiction 示例县 \
    -o out/ three.html 2>/dev/null
echo "three.html: exit $?"
ls out
