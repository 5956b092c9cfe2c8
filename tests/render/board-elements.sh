# Every layout of a board sheet has every required element of every
# item (domain.md section 3): headless Chromium prints the county's
# social assistance sheets on A4 and A3, portrait and landscape, and the
# text of each PDF (pdftotext, blanks and line breaks out) holds each
# item's name, content, 公开依据 (every citation), 公开时限 and 公开主体,
# and its 公开对象, 公开方式 and 公开层级 after their column's label
# or, on a sheet too narrow for that column, after their label in the
# row.  The PDF keeps the pages announced.
# limit: 300 s
chromium=${CHROMIUM:-chromium}
for t in "$chromium" pdftotext; do
	command -v "$t" >/dev/null 2>&1 || { echo "no $t"; exit 2; }
done
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-board.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
c=../../catalogs/example-county/county/social-assistance.yaml
gkml-render -T xml -o "$tmp/c.xml" "$c" || exit 1
for paper in a4 a4,landscape a3 a3,landscape; do
	gkml-render -T board -O paper=$paper -o "$tmp/b.html" "$c" || exit 1
	rm -f "$tmp/b.pdf"
	limit 60 "$chromium" --headless=new --no-sandbox --disable-gpu \
	    --no-first-run --disable-background-networking \
	    --disable-component-update --disable-sync \
	    --user-data-dir="$tmp/profile" --no-pdf-header-footer \
	    --print-to-pdf="$tmp/b.pdf" "file://$tmp/b.html" \
	    >"$tmp/log" 2>&1 || { tail -5 "$tmp/log"; exit 1; }
	echo "== $paper"
	python3 board.py pdf "$tmp/b.pdf" "$tmp/b.html"
	pdftotext -raw "$tmp/b.pdf" - | tr -d ' \n' >"$tmp/b.txt"
	python3 - "$tmp/c.xml" "$tmp/b.txt" "$tmp/b.html" <<'PY'
import re
import sys
import xml.etree.ElementTree as ET

root = ET.parse(sys.argv[1]).getroot()
text = open(sys.argv[2], encoding="utf-8").read()
squash = lambda s: "".join(s.split())
def labels(n):
    return "、".join(v.get("other") or v.get("label") or (v.text or "")
        for v in n) if n is not None else ""
cat = root.find("catalog")
default = cat.find("levels") if cat is not None else None
n = 0
missing = {}
for it in root.iter("item"):
    if it.find("content") is None:
        continue
    n += 1
    want = {"二级事项": [it.findtext("name") or ""],
            "公开内容": [c.text or "" for c in it.find("content")],
            "公开依据": [c.text or "" for c in it.find("basis")],
            "公开时限": [it.findtext("deadline/text") or ""],
            "公开主体": [it.findtext("body") or ""]}
    for key, label in (("audience", "公开对象"), ("mode", "公开方式"),
            ("levels", "公开层级")):
        v = labels(it.find(key) if it.find(key) is not None or
            key != "levels" else default)
        want[label] = [v]
    for label, vs in want.items():
        for v in vs:
            if squash(v) not in text:
                missing.setdefault(label, []).append(v)
html = open(sys.argv[3], encoding="utf-8").read()
head = "".join(re.findall(r'<th scope="col">(.*?)</th>', html))
head = re.sub(r"<[^>]*>", "", head)
for label in ("公开依据", "公开对象", "公开方式", "公开层级"):
    print("%s: %s" % (label, "a column" if label in head else
        "in the rows" if label + "：" in text else "nowhere"))
print("items: %d; elements not printed: %s" % (n, ", ".join(
    "%s %d" % (k, len(v)) for k, v in missing.items()) or "none"))
PY
done
