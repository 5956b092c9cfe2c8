#!/usr/bin/env python3
"""The website's search as a reader uses it, in headless Chromium.

    python3 search-browser.py CHROMIUM SITE_DIR MERGED_DIR VOCAB

SITE_DIR is gkml-render -T html of catalogs/example-county; MERGED_DIR
holds the same catalogs resolved by gkml-merge, one YAML file each;
VOCAB is schemas/vocab.yaml, for the areas' labels.  What each search
must find is counted here from the YAML, field by field, as the index
holds them: an item's name, its top-most named category, the catalog's
jurisdiction and area, and the item's content, basis, body, deadline
and notes.  Checks that a short word (低保) finds the items written with
the full term (最低生活保障), that traditional characters (社會救助) find
the simplified text, that several words find the items holding each,
and that what is found is marked.  Uses browser-site.py's browser;
prints one line a check, exits 1 if any failed.
"""

import importlib.util
import json
import os
import sys
import time

import yaml

sys.dont_write_bytecode = True
here = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location(
    "browser_site", os.path.join(here, "browser-site.py"))
bs = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bs)
sys.path.insert(0, here)
import cdp  # noqa: E402

merged, vocab = sys.argv[3], sys.argv[4]
with open(vocab, encoding="utf-8") as f:
    labels = {a["slug"]: a["label"] for a in yaml.safe_load(f)["area"]}


def texts(v):
    if v is None:
        return []
    if isinstance(v, list):
        return [str(x) for x in v if not isinstance(x, (dict, list))]
    return [str(v)]


def items():
    """(link, the item's searchable text) of every item of the site."""
    out = []
    for name in sorted(os.listdir(merged)):
        with open(os.path.join(merged, name), encoding="utf-8") as f:
            d = yaml.safe_load(f)
        cat = d["catalog"]
        where = [str(cat.get("jurisdiction", "")),
                 labels.get(cat.get("area"), str(cat.get("area", "")))]

        def walk(cats, top):
            for c in cats or []:
                t = top if top is not None else c.get("name")
                for it in c.get("items") or []:
                    hay = [str(it.get("name", "")), str(t or "")] + where
                    for k in ("content", "basis", "body", "deadline",
                              "notes"):
                        hay += texts(it.get(k))
                    out.append((cat["id"] + "#" + it["id"],
                                "\n".join(hay)))
                walk(c.get("categories"), t)
        walk(d.get("categories"), None)
    return out


ALL = items()


def holding(*groups):
    """The items holding, for each group of words, one of them."""
    return sorted(k for k, h in ALL
                  if all(any(w in h for w in g) for g in groups))


def search(b, q):
    """Type q and submit; the results once they say q (the index loads
    on the first search)."""
    bs.js(b, "document.querySelector('.results-count').textContent = '';"
          "document.getElementById('gk-q').value = %s;"
          "document.querySelector('form.search').requestSubmit()" %
          json.dumps(q))
    deadline = time.time() + 20 * cdp.scale
    while time.time() < deadline and not bs.js(
            b, "document.querySelector('.results-count').textContent"
            ".includes(%s)" % json.dumps("“" + q + "”")):
        time.sleep(0.05)
    return bs.js(b, "[...document.querySelectorAll('#gk-results:not("
                 "[hidden]) .results-list li')].map(li => [li.querySelector("
                 "'.result-name').getAttribute('href'), [...li."
                 "querySelectorAll('mark')].map(m => m.textContent)])")


def ids(hits):
    """An entry's link, example-county/qingshui/social-assistance.html
    #i-dibao.guide, as the catalog id and the item id."""
    out = []
    for href, _ in hits or []:
        page, item = href.split("#i-", 1)
        page = page.split("/", 1)[1] if page.startswith("../") else page
        out.append(page[:-len(".html")] + "#" + item)
    return sorted(out)


def checks(b):
    # In this county a catalog's page is its id, ".html".
    bs.load(b, bs.url("example-county/social-assistance.html"))
    want = holding(["低保", "最低生活保障"])
    only = holding(["低保"])
    hits = search(b, "低保")
    bs.check(ids(hits) == want and len(want) > len(only),
             "低保 finds the %d items holding 低保 or 最低生活保障, not "
             "only the %d holding 低保" % (len(want), len(only)),
             repr(ids(hits)))
    bs.check(all(m and set(m) <= {"低保", "最低生活保障"} for _, m in hits),
             "低保: each result marks 低保 or 最低生活保障", repr(hits))
    count = bs.js(b, "document.querySelector('.results-count')"
                  ".textContent")
    bs.check(count == "找到 %d 个含“低保”的事项（同时查找“最低生活保障”）："
             % len(want), "低保: the count says the synonym", count)
    hits = search(b, "最低生活保障")
    bs.check(ids(hits) == want,
             "最低生活保障 finds the same items", repr(ids(hits)))

    want = holding(["社会救助"])
    area = [k for k, h in ALL if k.split("#")[0].endswith(
        "/social-assistance")]
    hits = search(b, "社會救助")
    bs.check(ids(hits)[:50] == want[:50] and len(hits) == min(len(want), 50)
             and len(area) > 0 and set(area) <= set(want),
             "社會救助 (traditional) finds the %d items of 社会救助, "
             "the area's %d among them" % (len(want), len(area)),
             repr(ids(hits)))
    bs.check(all(set(m) == {"社会救助"} for _, m in hits),
             "社會救助: each result marks 社会救助", repr(hits[:3]))

    want = holding(["低保", "最低生活保障"], ["申请"])
    hits = search(b, "低保 申请")
    bs.check(ids(hits) == want and 0 < len(want) < len(
        holding(["低保", "最低生活保障"])),
             "低保 申请 finds the %d items holding both" % len(want),
             repr(ids(hits)))
    bs.check(all("申请" in m and ("低保" in m or "最低生活保障" in m)
                 for _, m in hits),
             "低保 申请: each result marks both words", repr(hits))

    want = holding(["特困", "特困供养", "特困人员救助供养", "五保",
                    "五保供养"])
    hits = search(b, "五保")
    bs.check(ids(hits) == want and len(want) > 0,
             "五保 finds the %d items of 特困人员救助供养" % len(want),
             repr(ids(hits)))

    want = holding(["低保", "最低生活保障"], ["申请"])
    hits = search(b, "低保　申請")
    bs.check(ids(hits) == want,
             "低保　申請 (an ideographic space, traditional 申請) finds "
             "the same %d items" % len(want), repr(ids(hits)))
    bs.check(bs.js(b, "document.querySelectorAll('.results-list *:not("
                   "a, span, li, mark)').length") == 0,
             "results hold nothing but links, spans and marks")
    bs.report(b, "search: no console errors, nothing from the network")


bs.run(checks)
