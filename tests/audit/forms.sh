# The same ledger as CSV, as an XLSX export and as saved article pages
# gives the same findings; only where each record is differs.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-audit.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' INT TERM HUP
python3 csv2xlsx.py fixture/ledger.csv "$tmp/ledger.xlsx" || exit 2
# rule, item, column, title, formed, published, due, days, limit: not
# the ledger's file and line (fields 12 and 13) nor the URL.
findings() {
	gkml-audit --as-of 2024-10-31 -T csv -W note "$@" \
	    fixture/social-assistance.yaml | tr -d '\r' |
	    awk -F, -v OFS=, '{ print $1, $9, $11, $14, $16, $17, $18, $19, $20 }'
}
findings -l fixture/ledger.csv >"$tmp/csv"
echo "csv: $(($(wc -l <"$tmp/csv") - 1)) findings"
findings -l "$tmp/ledger.xlsx" >"$tmp/xlsx"
pages=
for i in 1 2 3 4 5 6 7 8; do
	pages="$pages -l fixture/pages/t$i.html"
done
findings $pages >"$tmp/html"
cmp "$tmp/csv" "$tmp/xlsx" && echo "xlsx: the same findings"
cmp "$tmp/csv" "$tmp/html" && echo "html pages: the same findings"
cat "$tmp/csv"
