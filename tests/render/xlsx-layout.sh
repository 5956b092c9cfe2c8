# -T xlsx: a jurisdiction's workbook, one sheet an area, then the sheets
# 未涉及事项 and 目录信息, in the layout of templates/README.md (XLSX):
# the zip's parts (each well-formed XML), then every sheet cell by cell,
# with its merges, frozen pane and print titles.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-xlsx.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
gkml-render -T xlsx -o "$tmp/v.xlsx" ../../catalogs/example-county/qingshui/village
echo "rc=$?"
python3 xlsx.py parts "$tmp/v.xlsx"
mkdir "$tmp/x"
python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])' \
    "$tmp/v.xlsx" "$tmp/x"
(cd "$tmp/x" && find . -type f | LC_ALL=C sort | xargs xmllint --noout) 2>&1
python3 xlsx.py check "$tmp/v.xlsx"
python3 xlsx.py sheets "$tmp/v.xlsx"
