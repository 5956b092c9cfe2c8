# schemas/import.yaml, gkml-import's word lists: the shipped file is
# consistent with vocab.yaml, and a copy that names a level slug not in
# vocab.yaml's level list, an unknown role or a word twice, or that is
# missing or not YAML, stops gkml-import with exit status 2.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-words.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' INT TERM HUP
src=$(cd ../.. && pwd)
mkdir "$tmp/data" "$tmp/data/schemas"
ln -s "$src/templates" "$tmp/data/templates"
for f in "$src"/schemas/*; do
	ln -s "$f" "$tmp/data/schemas/"
done
rm "$tmp/data/schemas/import.yaml"
GKML_DATADIR=$tmp/data
export GKML_DATADIR

# Run gkml-import on village.csv with import.yaml edited by sed.
try() {
	echo "== $1"
	if [ -n "$2" ]; then
		sed "$2" "$src/schemas/import.yaml" >"$tmp/data/schemas/import.yaml"
		cmp -s "$src/schemas/import.yaml" "$tmp/data/schemas/import.yaml" &&
		    echo "the edit changed nothing"
	fi
	gkml-import village.csv >/dev/null 2>"$tmp/err"
	echo "rc=$?"
	sed "s|$tmp|TMP|g" "$tmp/err"
}

try "the shipped file" 's/^#.*//'
try "a level not in vocab.yaml" 's/{end: 嘎查, slug: village}/{end: 嘎查, slug: hamlet}/'
try "a level given by label" 's/{slug: township, contains: \[乡, 镇, 街\]}/{slug: 乡级, contains: [乡, 镇, 街]}/'
try "an unknown role" 's/role: stage/role: phase/'
try "a word twice in one list" 's/^ditto: \[同上, /ditto: [同上, 同上, /'
try "a word in two header rules" 's/contains: \[三级\]/contains: [三级, 二级]/'
try "a place ending twice" 's/{end: 苏木, slug: township}/{end: 镇, slug: township}/'
try "a list missing" 's/^spam:/junk:/'
try "not YAML" 's/^ditto: \[/ditto: [[/'
rm "$tmp/data/schemas/import.yaml"
try "no import.yaml" ""
