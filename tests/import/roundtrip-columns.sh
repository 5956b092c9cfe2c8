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
	grep -E '^ *(- )?(id|column|column-url): ' \
	    "$tmp/$t/social-assistance.yaml"
	gkml-diff roundtrip-columns.inc.yaml \
	    "$tmp/$t/social-assistance.yaml" && echo "$t: the same catalog"
done
