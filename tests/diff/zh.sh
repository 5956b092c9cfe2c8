# The diff in Chinese, as an officer reads it in a terminal: kinds,
# columns by structure.yaml's labels and impacts in Chinese; ids, values
# and the signs stay; JSON and TSV, which programs read, do not change.
zh() { env -u LC_ALL -u LANGUAGE -u LC_MESSAGES LANG=zh_CN.UTF-8 "$@"; }
zh gkml-diff channels.old.yaml channels.new.yaml
echo "rc=$?"
zh gkml-diff --order order.old.yaml order.new.yaml
t=$(mktemp -d) || exit 2
trap 'rm -rf "$t"' EXIT
for f in json tsv; do
	zh gkml-diff -T $f channels.old.yaml channels.new.yaml >"$t/zh"
	gkml-diff -T $f channels.old.yaml channels.new.yaml >"$t/c"
	cmp -s "$t/zh" "$t/c" && echo "$f: the same in both"
done
# The HTML report: in Chinese without its English glosses, in English
# with them.
zh gkml-diff -T html channels.old.yaml channels.new.yaml >"$t/zh"
gkml-diff -T html channels.old.yaml channels.new.yaml >"$t/c"
echo "html, glosses in Chinese: $(grep -o 'lang="en"' "$t/zh" | wc -l)," \
    "in English: $(grep -o 'lang="en"' "$t/c" | wc -l)"
sed -n 's:.*<title>\(.*\)</title>.*:\1:p; s:.*<h1>\(.*\)</h1>.*:\1:p' "$t/zh"
