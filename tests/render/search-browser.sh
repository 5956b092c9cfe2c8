# limit: 60 s
# The search of the example county's website in a real browser
# (search-browser.py): a short word finds the items written with the
# full term, traditional characters find simplified text, several words
# find the items holding all of them, and what is found is marked.  The
# expected items are counted from the catalogs, resolved by gkml-merge.
chromium=${CHROMIUM:-chromium}
if ! command -v "$chromium" >/dev/null 2>&1; then
	echo "skipped: $chromium is not installed"
	exit 0
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-search.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' INT TERM HUP
src=$(cd ../.. && pwd)
county=$src/catalogs/example-county
gkml-render -T html -O force -o "$tmp/site" "$county" 2>"$tmp/err" ||
    { cat "$tmp/err"; exit 1; }
# The catalogs the site shows: not the previous versions.
mkdir "$tmp/merged"
n=0
for f in $(cd "$county" && find . -name '*.yaml' ! -path './previous/*' \
    ! -path './*/previous/*' | sort); do
	n=$((n + 1))
	gkml-merge -o "$tmp/merged/$n.yaml" "$county/$f" ||
	    { echo "gkml-merge $f failed"; exit 1; }
done
python3 search-browser.py "$chromium" "$tmp/site" "$tmp/merged" \
    "$src/schemas/vocab.yaml"
