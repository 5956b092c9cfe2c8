# -T xlsx is deterministic: the same catalogs give the same bytes, as a
# directory of workbooks and with --zip; the only date is the run's
# (SOURCE_DATE_EPOCH, else the latest 'updated'), in docProps/core.xml and
# on every zip entry.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-xlsx.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
cats=../../catalogs/example-county
gkml-render -T xlsx -o "$tmp/a" $cats 2>/dev/null
gkml-render -T xlsx -o "$tmp/b" $cats 2>/dev/null
(cd "$tmp/a" && find . -type f | LC_ALL=C sort)
diff -r "$tmp/a" "$tmp/b" && echo "directories: identical"
gkml-render -T xlsx --zip -o "$tmp/a.zip" $cats 2>/dev/null
gkml-render -T xlsx --zip -o "$tmp/b.zip" $cats 2>/dev/null
cmp "$tmp/a.zip" "$tmp/b.zip" && echo "zips: identical"
python3 xlsx.py parts "$tmp/a.zip"
w=$tmp/a/example-county/qingshui.xlsx
unzip -p "$w" docProps/core.xml | grep -o '<dcterms:created[^/]*'
python3 xlsx.py parts "$w" | sed 's/.* //' | uniq -c
SOURCE_DATE_EPOCH=1718236800 gkml-render -T xlsx -o "$tmp/c" $cats 2>/dev/null
w=$tmp/c/example-county/qingshui.xlsx
unzip -p "$w" docProps/core.xml | grep -o '<dcterms:modified[^/]*'
python3 xlsx.py parts "$w" | sed 's/.* //' | uniq -c
