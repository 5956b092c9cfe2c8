# The audit in Chinese, as an officer attaches it to a report: levels
# and areas by their labels, no English words outside ids and paths;
# the CSV and JSON that programs read stay as they are.
zh() { env -u LC_ALL -u LANGUAGE -u LC_MESSAGES LANG=zh_CN.UTF-8 "$@"; }
zh gkml-stats --stale-before 2023-01-01 tree
echo "rc=$?"
zh gkml-stats -T html tree | grep -E '<html|<h1|<h2|<caption|<th scope="col"|missing' |
    sort -u
t=$(mktemp -d) || exit 2
trap 'rm -rf "$t"' EXIT
for f in json csv; do
	zh gkml-stats -T $f tree >"$t/zh"
	gkml-stats -T $f tree >"$t/c"
	cmp -s "$t/zh" "$t/c" && echo "$f: the same in both"
done
# The page has no English left outside the style, ids and paths: the
# words of its text, tags gone, are the paths given alone.
zh gkml-stats -T html --date 2024-12-31 per-level tree |
    sed '1,/<\/style>/d; s/<[^>]*>/ /g' | grep -o '[A-Za-z][A-Za-z ,;:./-]*' |
    sort -u
