# schemas/synonyms.yaml, the website search's synonym groups: the
# shipped file is written into search-index.js; a copy with a word
# twice in a group, a group of one word, a word with a space, the same
# group twice, an unknown key, or that is not YAML or missing, stops
# gkml-render -T html with exit status 2, says where, and leaves no
# site behind.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-synonyms.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' INT TERM HUP
src=$(cd ../.. && pwd)
mkdir "$tmp/data" "$tmp/data/schemas"
ln -s "$src/templates" "$tmp/data/templates"
for f in "$src"/schemas/*; do
	ln -s "$f" "$tmp/data/schemas/"
done
rm "$tmp/data/schemas/synonyms.yaml"
GKML_DATADIR=$tmp/data
export GKML_DATADIR

# Render the test site with synonyms.yaml edited by sed.
try() {
	echo "== $1"
	if [ -n "$2" ]; then
		sed "$2" "$src/schemas/synonyms.yaml" \
		    >"$tmp/data/schemas/synonyms.yaml"
		cmp -s "$src/schemas/synonyms.yaml" \
		    "$tmp/data/schemas/synonyms.yaml" &&
		    echo "the edit changed nothing"
	fi
	rm -rf "$tmp/site"
	gkml-render -T html -o "$tmp/site" site >/dev/null 2>"$tmp/err"
	rc=$?
	echo "rc=$rc"
	sed "s|$tmp|TMP|g" "$tmp/err"
	if [ $rc != 0 ] && [ -e "$tmp/site" ]; then
		echo "a site was left behind"
	fi
}

try "the shipped file" 's/^#.*//'
sed -n '/^var GKML_SYN/,/^\]/p' "$tmp/site/search-index.js" | head -3
try "a word twice in a group" 's/\[低保, 最低生活保障\]/[低保, 最低生活保障, 低保]/'
try "a group of one word" 's/\[社保, 社会保险\]/[社保]/'
try "a word with a space" 's/\[户口, 户籍\]/[户口, 户籍 迁移]/'
try "a word with an ideographic space" 's/\[户口, 户籍\]/[户口, "户籍　迁移"]/'
try "an empty word" 's/\[户口, 户籍\]/[户口, ""]/'
try "a word that is a list" 's/\[户口, 户籍\]/[户口, [户籍]]/'
try "the same group twice, in another order" 's/\[公租房, 公共租赁住房\]/[社会保险, 社保]/'
try "an unknown key" 's/^groups:/words:/'
try "groups not a list" '/^  /d; s/^groups:/groups: 低保/'
try "not YAML" 's/\[低保, /[[低保, /'
rm "$tmp/data/schemas/synonyms.yaml"
try "no synonyms.yaml" ""
