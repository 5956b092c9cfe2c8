# Hostile strings (markup, a terminal escape, a tab, a newline, quotes, a
# backslash) in the machine formats: TSV escapes what would break a cell
# or a terminal, JSON escapes by the book, HTML shows markup as text.
page=$(mktemp "${TMPDIR:-/tmp}/gkml-hostile.XXXXXX") || exit 2
trap 'rm -f "$page"' EXIT INT TERM
echo '$ gkml-diff -T tsv'
gkml-diff -T tsv hostile.old.yaml hostile.new.yaml
echo "rc=$?"
echo '$ gkml-diff -T json'
gkml-diff -T json hostile.old.yaml hostile.new.yaml
echo "rc=$?"
echo '$ gkml-diff -T html'
gkml-diff -T html hostile.old.yaml hostile.new.yaml >"$page"
echo "rc=$?"
echo "<script> and <img> elements in the page: $(grep -ci '<script\|<img' "$page")"
echo "the notes as the page shows them:"
grep -o '[^>]*&lt;script&gt;[^<]*' "$page"
