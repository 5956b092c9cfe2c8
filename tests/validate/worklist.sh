# limit: 200 s
# -T xlsx: a worklist an officer sorts, filters and ticks off in WPS or
# Excel, one row per finding, the header row frozen and filtered; in the
# locale's language.  LibreOffice opens it.
command -v soffice >/dev/null || { echo "no soffice"; exit 77; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-worklist.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
env -u LC_ALL LANG=zh_CN.UTF-8 gkml-validate -W warning -T xlsx \
    demo-mistakes.yaml json.yaml >"$tmp/w.xlsx"
echo "rc=$?"
gkml-validate -T xlsx demo-mistakes.yaml >"$tmp/en.xlsx"
env -u LC_ALL LANG=zh_CN.UTF-8 gkml-validate -W warning -T xlsx \
    demo-mistakes.yaml json.yaml >"$tmp/again.xlsx"
cmp "$tmp/w.xlsx" "$tmp/again.xlsx" && echo "the same bytes again"
gkml-validate -T xlsx gk001-ok.yaml >"$tmp/none.xlsx"
echo "no findings: rc=$?"
gkml-validate -q -T xlsx demo-mistakes.yaml | wc -c
LC_ALL=C.UTF-8 HOME=$tmp limit 120 soffice --headless \
    "-env:UserInstallation=file://$tmp/lo" \
    --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1' \
    --outdir "$tmp/csv" "$tmp/w.xlsx" "$tmp/en.xlsx" "$tmp/none.xlsx" \
    >"$tmp/log" 2>&1
echo "soffice: $?"
for f in w en none; do
	echo "== $f"
	cat "$tmp/csv/$f.csv"
done
# The header stays in view (LibreOffice headless keeps no view to
# show it: the sheet says so) and filters.
python3 -c '
import re, sys, zipfile
s = zipfile.ZipFile(sys.argv[1]).read("xl/worksheets/sheet1.xml").decode()
print(*re.findall(r"<pane [^>]*>|<autoFilter [^>]*>", s), sep="\n")' "$tmp/w.xlsx"
