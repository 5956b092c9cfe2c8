# limit: 60 s
# Every notice says things as the public knows them, over the notice
# cases, the township and directory pairs and the example county (its
# 2023 -> 2024 pair, each standard catalog against the county's, the
# county's against each township's), in both forms: no id, key name or
# slug of the inputs anywhere, no ASCII letter outside the quoted
# catalog values, a sentence a line, and every thing the diff names by
# name (its JSON's "name") is named.
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
: >"$t/all"
n=0
while read -r old new; do
	n=$((n + 1))
	gkml-diff -T notice "$old" "$new" >"$t/notice" 2>/dev/null
	[ $? -le 1 ] || echo "trouble: $new"
	gkml-diff -T notice -O oneline "$old" "$new" >"$t/oneline" 2>/dev/null
	[ $? -le 1 ] || echo "trouble: -O oneline $new"
	[ -s "$t/notice" ] && [ -s "$t/oneline" ] || echo "empty: $new"
	cat "$t/notice" "$t/oneline" >>"$t/all"
	# The names the diff gives, less those quoted in the notice.
	gkml-diff -T json "$old" "$new" 2>/dev/null |
	    sed -n 's/.*"name": "\([^"]*\)".*/\1/p' | sort -u >"$t/names"
	sed 's/“/\n/g; s/《/\n/g' "$t/notice" | sed 's/”.*//; s/》.*//' |
	    sort -u >"$t/said"
	comm -23 "$t/names" "$t/said" | sed "s|^|not named in $new: |"
done <"$t/pairs"
# What may not appear: the slugs, the format's keys, the inputs' ids.
{ sed -n 's/^ *- slug: //p' ../../schemas/vocab.yaml
  sed -n 's/^    \([a-z][a-z-]*\):.*/\1/p' ../../schemas/structure.yaml
  cut -d' ' -f1,2 "$t/pairs" | tr ' ' '\n' | xargs -I{} find {} -name '*.yaml' |
      xargs sed -n 's/^ *-\{0,1\} *id: *//p'
} | sort -u >"$t/forbid"
grep -nwF -f "$t/forbid" "$t/all" | sed 's/^/id, key or slug: /'
sed 's/“[^”]*”//g; s/《[^》]*》//g' "$t/all" | grep -n '[A-Za-z]' |
    sed 's/^/a letter: /'
grep -v '。$' "$t/all" | grep -v -e '^一、' -e '^二、' -e '^三、' |
    grep -v -e '调整情况$' -e '^目录增减情况$' -e '^$' |
    sed 's/^/not a sentence: /'
[ -s "$t/forbid" ] || echo "no words to keep out"
echo "$n pairs"
