# One small area page in full, so that every change to the templates
# is seen in review: the county catalog of site/ (a row group of one
# item, one with a sub-category and notes, CommonMark, "other"
# channels, levels defaulting to the catalog's).
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-page.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
gkml-render -T html -o "$tmp/site" site/county/elderly-care.yaml
echo "rc=$?"
cat "$tmp/site/demo/elderly-care.html"
