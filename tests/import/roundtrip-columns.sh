# gkml-render -T xlsx and -T docx, then gkml-import: the website columns
# of roundtrip-columns.inc.yaml come back, the header's in 目录信息, the
# categories' in 分类备注 and the items' in hidden cells, and it is the
# same catalog.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-import.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' INT TERM HUP
for t in xlsx docx; do
	gkml-render -T $t -o "$tmp/columns.$t" roundtrip-columns.inc.yaml
	gkml-import -W error -o "$tmp/$t/" "$tmp/columns.$t"
	echo "== $t"
	grep -E '^ *(- )?(id|column|column-url): ' "$tmp/$t/"*.yaml
	gkml-diff roundtrip-columns.inc.yaml "$tmp/$t/"*.yaml &&
	    echo "$t: the same catalog"
done
# A workbook of an earlier gkml-render, without the columns 栏目 and
# 栏目地址 (dropped here from every sheet), reads as before.
gkml-render -T xlsx -o "$tmp/shapes.xlsx" roundtrip-docx.inc.yaml
python3 - "$tmp/shapes.xlsx" "$tmp/older.xlsx" <<'PY'
import re, sys, zipfile
cell = re.compile(r'<c r="([A-Z]+)[0-9]+"[^>]*?(?:/>|>.*?</c>)', re.S)
with zipfile.ZipFile(sys.argv[1]) as zi, \
        zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED) as zo:
    for e in zi.infolist():
        data = zi.read(e)
        if e.filename.startswith("xl/worksheets/"):
            s = data.decode()
            gone = {m.group(1) for m in cell.finditer(s)
                    if re.search(r"<t>栏目(地址)?</t>", m.group(0))}
            s = cell.sub(lambda m: "" if m.group(1) in gone
                         else m.group(0), s)
            data = s.encode()
        zo.writestr(e, data)
PY
gkml-import -W error -o "$tmp/older/" "$tmp/older.xlsx"
gkml-diff roundtrip-docx.inc.yaml "$tmp/older/"*.yaml &&
    echo "older workbook: the same catalog"
