# Every notice says things as the public knows them, over the notice
# cases, the township and directory pairs and the example county (its
# 2023 -> 2024 pair, each standard catalog against the county's, the
# county's against each township's): no id, key name or slug of the
# inputs anywhere, no ASCII letter outside the quoted catalog values,
# and every thing the diff names by name is named.
ex=../../catalogs/example-county
t=$(mktemp -d "${TMPDIR:-/tmp}/notice.XXXXXX") || exit 2
trap 'rm -rf "$t"' EXIT
: >"$t/pairs"
for c in notice-fields notice-items notice-omit notice-same township; do
	echo "$c.old.yaml $c.new.yaml" >>"$t/pairs"
done
echo "dirs/old dirs/new" >>"$t/pairs"
echo "$ex/qingshui/previous/social-assistance-2023.yaml $ex/qingshui/social-assistance.yaml" >>"$t/pairs"
for f in ../../catalogs/standard/*.yaml; do
	b=$(basename "$f")
	[ -f "$ex/county/$b" ] && echo "$f $ex/county/$b" >>"$t/pairs"
done
for f in $ex/qingshui/*.yaml $ex/hexi/*.yaml $ex/shiqiao/*.yaml; do
	echo "$ex/county/$(basename "$f") $f" >>"$t/pairs"
done
# What may not appear: the slugs, the format's keys, the inputs' ids.
sed -n 's/^ *- slug: //p' ../../schemas/vocab.yaml >"$t/words"
sed -n 's/^    \([a-z][a-z-]*\):.*/\1/p' ../../schemas/structure.yaml >>"$t/words"
n=0
while read -r old new; do
	n=$((n + 1))
	{ find "$old" "$new" -name '*.yaml' -exec sed -n \
	    's/^ *-\{0,1\} *id: *//p' {} + ; cat "$t/words"; } |
	    sort -u >"$t/forbid"
	for o in "" "-O oneline"; do
		# shellcheck disable=SC2086
		gkml-diff -T notice $o "$old" "$new" >"$t/notice" 2>/dev/null
		[ $? -le 1 ] || echo "trouble: $old $new"
		[ -s "$t/notice" ] || echo "empty: $old $new"
		grep -nwF -f "$t/forbid" "$t/notice" |
		    sed "s|^|id, key or slug in $new: |"
		sed 's/“[^”]*”//g; s/《[^》]*》//g' "$t/notice" |
		    grep -n '[A-Za-z]' | sed "s|^|a letter in $new: |"
		# A sentence a line, each ending in a full stop.
		grep -v '。$' "$t/notice" | grep -v -e '^一、' -e '^二、' -e '^三、' |
		    grep -v '调整情况$' | grep -v '^目录增减情况$' |
		    grep -v '^$' | sed "s|^|not a sentence in $new: |"
	done
	gkml-diff -T json "$old" "$new" 2>/dev/null |
	    sed -n 's/.*"name": "\([^"]*\)".*/\1/p' | sort -u |
	    while IFS= read -r name; do
		grep -qF -e "“$name”" -e "《$name》" "$t/notice" ||
		    echo "not named in $new: $name"
	    done
done <"$t/pairs"
echo "$n pairs"
