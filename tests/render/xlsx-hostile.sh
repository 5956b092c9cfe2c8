# Hostile strings rendered with -O force stay inert in XLSX: every string
# an inline string, no formula anywhere (=HYPERLINK(...), +cmd, @SUM are
# text), markup as text, control characters U+FFFD; every part is
# well-formed.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-xlsx.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
gkml-render -T xlsx -O force -o "$tmp/h.xlsx" hostile.inc.yaml 2>/dev/null
echo "rc=$?"
python3 xlsx.py check "$tmp/h.xlsx"
python3 - "$tmp/h.xlsx" <<'PY'
import re, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
for n in z.namelist():
    print('%s: %d formulas' % (n, len(re.findall(rb'<f[ >/]', z.read(n)))))
PY
python3 xlsx.py sheets "$tmp/h.xlsx" | grep -v '^3: '
