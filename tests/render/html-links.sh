# Link targets in CommonMark (links.inc.yaml).  http, https, mailto,
# tel and paths on this site (\docs/a.html is one: browsers read
# /docs/a.html) keep their link, with rel="nofollow noopener".  //host,
# \\host and /\host, which browsers all read as //host (another host,
# with the scheme of the page: file: when opened from a disk), lose it
# as javascript: and file: do, and keep their text.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-links.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
gkml-render -T html -o "$tmp/c" links.inc.yaml
echo "rc=$?"
p=links/test/social-assistance.html
grep -o '<a href="[^"]*" rel="[^"]*">[^<]*</a>' "$tmp/c/$p"
echo "links to another host: $(grep -c 'evil' "$tmp/c/$p")"
grep -o '协议相对[^<]*' "$tmp/c/$p"
