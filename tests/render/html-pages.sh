# A catalog longer than a page (1000 items) is several area pages.  Two
# catalogs: gencat's of 2500 items in categories of about 50, and one
# written here whose category of 2130 items is longer than two pages,
# with a sub-category cut between pages, an empty one, notes and items
# not applicable.  Checked: the pages made, each page's structure and
# links (html-check.py: the pager's, the counts' link to 未涉及事项),
# every item exactly once with 序号 running on over the pages, where
# each category and （续） goes, where the counts and 未涉及事项 are, the
# search index pointing at each item's page, and -j 1 and -j 2 making
# the same files.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-pages.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
. ../gencat.inc
"$gencat" 2500 >"$tmp/generated.yaml" || exit 2
python3 long.py >"$tmp/long.yaml" || exit 2
gkml-render -T html -j 1 -o "$tmp/a" "$tmp/generated.yaml" "$tmp/long.yaml"
echo "rc=$?"
gkml-render -T html -j 2 -o "$tmp/b" "$tmp/generated.yaml" "$tmp/long.yaml"
diff -r "$tmp/a" "$tmp/b" && echo "-j 2: the same files"
(cd "$tmp/a" && find . -name '*.html' | sort)
python3 html-check.py -q "$tmp/a"
echo "check: rc=$?"
python3 - "$tmp" <<'PY'
import html, json, os, re, sys
tmp = sys.argv[1]
site = os.path.join(tmp, "a")

def pages(stem):
    n, out = 1, []
    while True:
        f = "%s.html" % stem if n == 1 else "%s-%d.html" % (stem, n)
        if not os.path.exists(os.path.join(site, f)):
            return out
        out.append((f, open(os.path.join(site, f), encoding="utf-8").read()))
        n += 1

row = re.compile(r'<tr id="i-([^"]*)">\s*<td class="no"[^>]*>(\d+)</td>')
heads = re.compile(r'<th scope="rowgroup"[^>]*>([^<]*)</th>|'
                   r'<td class="sub-name"[^>]*>(?:<span[^>]*>[^<]*</span>)?'
                   r'<strong>([^<]*)</strong>')
index = open(os.path.join(site, "search-index.js"), encoding="utf-8").read()
entries = json.loads(index.split("var GKML_INDEX = ", 1)[1]
                     .split(";\nvar GKML_SYN = ", 1)[0])
links = {}
for e in entries:
    path, _, anchor = e[4].partition("#")
    links.setdefault(path, set()).add(anchor)
print("search index: %d entries" % len(entries))

for stem, src in (("bench/generated", "generated.yaml"),
                  ("pages/long", "long.yaml")):
    yaml = open(os.path.join(tmp, src), encoding="utf-8").read()
    want = re.findall(r"^ +- id: (\S+\.\S+)$", yaml, re.M)
    got, nos = [], []
    print("%s: %d items" % (stem, len(want)))
    pp = pages(stem)
    for i, (f, text) in enumerate(pp):
        rows = row.findall(text)
        got += [r[0] for r in rows]
        nos += [int(r[1]) for r in rows]
        cats = [a or b for a, b in heads.findall(text)]
        at = re.search(r'<span class="pager-at">([^<]*)</span>', text)
        prev = re.search(r'<a class="pager-step" rel="prev" href="([^"]*)"',
                         text)
        nxt = re.search(r'<a class="pager-step" rel="next" href="([^"]*)"',
                        text)
        pl = re.findall(r'<ol class="pager-pages">(.*?)</ol>', text, re.S)
        print("  %s: %s, 序号 %s-%s, %d row groups" % (
            f, at.group(1) if at else "no pager", rows[0][1], rows[-1][1],
            text.count("<tbody")))
        print("    title: %s" % re.search("<title>([^<]*)</title>",
                                          text).group(1))
        print("    上一页 %s, 下一页 %s, pages %s" % (
            os.path.basename(prev.group(1)) if prev else "-",
            os.path.basename(nxt.group(1)) if nxt else "-",
            " ".join(re.findall(r">(\d+)</a>", pl[0])) if pl else "-"))
        print("    pagers: %d, current: %s" % (
            text.count('<nav class="pager"'),
            " ".join(re.findall(r'aria-current="page"[^>]*>(\d+)<', text))))
        if len(cats) < 12:
            print("    categories: " + " ".join(cats))
        else:
            print("    categories: %s ... %s (%d)" % (cats[0], cats[-1],
                                                    len(cats)))
        na = re.search(r'<a href="([^"]*#na)">', text)
        print("    counts: %s%s, 未涉及事项: %s, notes: %d" % (
            "yes" if "本目录共" in text else "no",
            " (link to %s)" % os.path.basename(na.group(1)) if na else "",
            "yes" if 'id="na"' in text else "no",
            text.count('class="note-label"')))
        # Each item the index sends to this page has its anchor here.
        ids = set(re.findall(r' id="([^"]*)"', text))
        miss = links.get(f, set()) - ids
        print("    search index: %d items here%s" % (
            len(links.get(f, ())), ", missing: %s" % sorted(miss)[:3]
            if miss else ", all found"))
    print("  every item once, in order: %s" % (got == want))
    print("  序号 1..%d without a gap: %s" % (len(nos),
          nos == list(range(1, len(want) + 1))))
    print("  search index: %d entries for it" % sum(
        len(v) for k, v in links.items() if k.startswith(stem)))
PY
# A catalog whose id names another's second page is refused, once the
# pages, which go to disk as they are made, are all made: nothing is
# left behind.
sed 's|^  id: pages/long$|  id: pages/long-2|' "$tmp/long.yaml" >"$tmp/long2.yaml"
gkml-render -T html -o "$tmp/c" "$tmp/long.yaml" "$tmp/long2.yaml"
echo "rc=$?"
echo "left behind: $(ls -a "$tmp" | grep -c '^c')"
