# What a reader is shown: the text of every page of the test site and
# the example county (the text, not attributes, scripts or styles) holds
# no id of a catalog, category or item and no area's slug, checked
# against the catalogs' XML form; ids stay in the anchors.  A home page
# names its jurisdiction in its heading and says 基层政务公开标准目录 once.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-site.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
gkml-render -T html -o "$tmp/site" site ../../catalogs/example-county \
    2>/dev/null
echo "html: rc=$?"
gkml-render -T xml -o "$tmp/xml" site ../../catalogs/example-county \
    2>/dev/null
echo "xml: rc=$?"
python3 - "$tmp/site" "$tmp/xml" <<'PY'
import os, re, sys
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

site, xml = sys.argv[1], sys.argv[2]
ids = set()
for root, _, files in os.walk(xml):
    for f in files:
        if f.endswith(".xml") and f != "index.xml":
            t = ET.parse(os.path.join(root, f))
            ids |= {e.text for e in t.iter("id") if e.text}
            ids |= {e.text for e in t.iter("area") if e.text}


class Text(HTMLParser):
    """The text of a page and of its <body>, as a reader gets it."""

    def __init__(self):
        super().__init__()
        self.text, self.body, self.skip, self.inbody = [], [], 0, False

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        if tag == "body":
            self.inbody = True

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1

    def handle_data(self, d):
        if not self.skip:
            self.text.append(d)
            if self.inbody:
                self.body.append(d)


pages = shown = 0
for root, _, files in sorted(os.walk(site)):
    for f in sorted(files):
        if not f.endswith(".html"):
            continue
        path = os.path.join(root, f)
        p = Text()
        p.feed(open(path, encoding="utf-8").read())
        pages += 1
        words = set(re.findall(r"[A-Za-z0-9][A-Za-z0-9._/-]*", "".join(p.text)))
        raw = sorted(words & ids)
        shown += len(raw)
        if raw:
            print("%s: shows %s" % (os.path.relpath(path, site), " ".join(raw)))
        if f == "index.html":
            body = "".join(p.body)
            h1 = re.search(r"<h1>([^<]*)</h1>", open(path, encoding="utf-8").read())
            print("%s: h1 %s, 基层政务公开标准目录 %d time(s) in the body" % (
                os.path.relpath(path, site), h1.group(1),
                body.count("基层政务公开标准目录")))
print("%d pages, %d ids and slugs, %d shown" % (pages, len(ids), shown))
PY
