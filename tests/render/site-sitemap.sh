# sitemap.xml with -O base-url: every page once, its address the base
# and its path, lastmod the date of what it shows; the structure of the
# sitemaps.org protocol (0.9) checked; the same bytes from a second run.
# Without base-url no sitemap.  Addresses a sitemap cannot begin with.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-site.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
gkml-render -T html -O base-url=https://gk.example.gov.cn/mulu \
    -o "$tmp/a" site
echo "rc=$?"
cat "$tmp/a/sitemap.xml"
python3 - "$tmp/a" <<'PY'
import os, re, sys
import xml.etree.ElementTree as ET

site = sys.argv[1]
ns = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
root = ET.parse(os.path.join(site, "sitemap.xml")).getroot()
assert root.tag == ns + "urlset", root.tag
locs = []
for u in root:
    assert u.tag == ns + "url", u.tag
    kids = [k.tag for k in u]
    assert kids in ([ns + "loc"], [ns + "loc", ns + "lastmod"]), kids
    loc = u.find(ns + "loc").text
    assert loc.startswith("https://gk.example.gov.cn/mulu/"), loc
    assert 12 <= len(loc) <= 2048
    last = u.find(ns + "lastmod")
    assert last is None or re.fullmatch(r"\d{4}-\d\d-\d\d", last.text)
    locs.append(loc[len("https://gk.example.gov.cn/mulu/"):])
pages = sorted(os.path.relpath(os.path.join(r, f), site)
               for r, _, fs in os.walk(site) for f in fs
               if f.endswith(".html"))
print("urls: %d, pages: %d, each once: %s" % (
    len(locs), len(pages), sorted(locs) == pages))
PY
gkml-render -T html -O base-url=https://gk.example.gov.cn/mulu/ \
    -o "$tmp/b" site
cmp "$tmp/a/sitemap.xml" "$tmp/b/sitemap.xml" && echo "same with a final /"
gkml-render -T html -o "$tmp/c" site
test -e "$tmp/c/sitemap.xml" || echo "without base-url: no sitemap.xml"
for u in ftp://gk.example.gov.cn/ https:// 'https://gk.example.gov.cn/a b' \
    'https://gk.example.gov.cn/?page=1' 'https://政务.example.cn/'; do
	gkml-render -T html -O "base-url=$u" -o "$tmp/d" site 2>"$tmp/err"
	echo "rc=$?: $(head -1 "$tmp/err")"
done
test -e "$tmp/d" || echo "bad base-url: no site"
