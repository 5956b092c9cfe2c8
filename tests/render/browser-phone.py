#!/usr/bin/env python3
"""The website on a phone, and what a reader sees, in headless Chromium.

    python3 browser-phone.py CHROMIUM SITE_DIR [SHOT_DIR]

SITE_DIR is the test site and the example county rendered as one site
(browser-phone.sh).  At 390x844 and 320x640 the top page, a
jurisdiction's home page and two area pages must not scroll sideways,
nor any table in its box; each item is a card whose cells are all on
screen, each under its column's name; the areas of a jurisdiction wrap.
At 1280 the catalog is still a table.  On every page: a banner, the
navigation, <main> and a footer; links in the text underlined, so
that colour is not the only sign of them; console errors or requests
to the network fail.  Prints one line a check ("ok: ..." or
"FAIL: ..."); exits 1 if any failed.  SHOT_DIR keeps the screenshots.
"""

import base64
import os
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True  # no __pycache__ in the tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cdp import Browser  # noqa: E402

chromium, site = sys.argv[1], os.path.abspath(sys.argv[2])
shots = sys.argv[3] if len(sys.argv) > 3 else None
failed = False

PAGES = [
    ("top", "index.html"),
    ("jurisdiction", "example-county/qingshui/index.html"),
    ("area", "example-county/qingshui/social-assistance.html"),
    ("sub-categories", "demo/elderly-care.html"),
]
LABELS = ["公开内容", "公开依据", "公开时限", "公开主体", "公开渠道和载体",
          "公开对象", "公开方式", "公开层级"]


def check(ok, what, detail=""):
    global failed
    if ok:
        print("ok: " + what)
    else:
        failed = True
        print("FAIL: " + what + (": " + detail if detail else ""))


def url(path):
    return "file://" + os.path.join(site, path)


def shot(b, name, width):
    if not shots:
        return
    h = b.js("Math.min(document.documentElement.scrollHeight, 3000)")
    r = b.send("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": width, "height": h, "scale": 1}})
    with open(os.path.join(shots, name + ".png"), "wb") as f:
        f.write(base64.b64decode(r["data"]))


def problems(b):
    out = []
    for m in b.events:
        p = m.get("params", {})
        if m.get("method") == "Runtime.exceptionThrown":
            out.append(str(p["exceptionDetails"].get("text")))
        elif m.get("method") == "Runtime.consoleAPICalled" and \
                p.get("type") in ("error", "assert", "warning"):
            out.append("console." + p["type"])
        elif m.get("method") == "Network.requestWillBeSent" and \
                not p["request"]["url"].startswith(("file:", "data:",
                                                    "about:")):
            out.append("fetched " + p["request"]["url"])
        elif m.get("method") == "Log.entryAdded" and \
                p["entry"].get("level") in ("error", "warning"):
            out.append(p["entry"].get("text", ""))
    b.events = []
    return out


# Of each item row, the cells that stand outside the viewport, are not
# drawn, or do not show their column's name first (the 二级事项 is the
# card's title: no name before it).
CARDS = r"""
(() => {
  const bad = [];
  const rows = [...document.querySelectorAll('.catalog tr[id^="i-"]')];
  for (const tr of rows) {
    for (const c of tr.querySelectorAll('td[data-label], th[data-label]')) {
      if (c.classList.contains('no')) continue;
      const r = c.getBoundingClientRect();
      const before = getComputedStyle(c, '::before').content;
      if (r.width <= 0 || r.height <= 0 || r.left < 0 ||
          r.right > innerWidth + 0.5)
        bad.push(tr.id + ' ' + c.dataset.label + ' at ' +
                 Math.round(r.left) + '..' + Math.round(r.right));
      else if (!c.classList.contains('l2') &&
               before !== JSON.stringify(c.dataset.label))
        bad.push(tr.id + ' ' + c.dataset.label + ' labelled ' + before);
    }
  }
  return [rows.length, bad];
})()
"""

# Links in running text that only colour tells apart: not underlined
# (the brand, the pager's and the areas' boxes, the current page and
# the skip link are marked otherwise).
LINKS = r"""
[...document.querySelectorAll('a[href]')].filter(a =>
  !a.closest('.brand, .pager, .skip, .areas') &&
  !a.hasAttribute('aria-current') &&
  !getComputedStyle(a).textDecorationLine.includes('underline'))
 .map(a => a.textContent)
"""

LANDMARKS = r"""
[document.querySelectorAll('body > header').length,
 document.querySelectorAll('nav[aria-label], nav[aria-labelledby]').length
   === document.querySelectorAll('nav').length,
 document.querySelectorAll('main').length,
 document.querySelectorAll('body > footer').length]
"""


def phone(b, width, height):
    for name, path in PAGES:
        b.load(url(path), width=width, height=height)
        w = b.js("[document.scrollingElement.scrollWidth, innerWidth]")
        check(w[0] <= w[1], "%s at %dpx: the page does not scroll sideways"
              % (name, width), "%s px in %s" % tuple(w))
        wide = b.js("[...document.querySelectorAll('.table-wrap, .areas ul,"
                    " .crumbs ol, .foot')].filter(e => e.scrollWidth > "
                    "e.clientWidth + 1).map(e => e.className || "
                    "e.tagName)")
        check(wide == [], "%s at %dpx: nothing scrolls sideways in its box"
              % (name, width), repr(wide))
        if name in ("area", "sub-categories"):
            n, bad = b.js(CARDS)
            check(n > 0 and bad == [], "%s at %dpx: each of %d items is a "
                  "card, every element on screen under its name"
                  % (name, width, n), "; ".join(bad[:5]))
            labels = b.js("[...new Set([...document.querySelectorAll("
                          "'.catalog tr[id^=\"i-\"] td[data-label]')].map("
                          "c => c.dataset.label))]")
            check(all(x in labels for x in LABELS),
                  "%s at %dpx: the cards name all the template's columns"
                  % (name, width), repr(labels))
            off = b.js("[...document.querySelectorAll('.areas a')].filter("
                       "a => (r => r.left < 0 || r.right > innerWidth)("
                       "a.getBoundingClientRect())).length")
            check(off == 0, "%s at %dpx: the areas wrap, none off screen"
                  % (name, width), "%s off screen" % off)
        if name == "jurisdiction":
            off = b.js("[...document.querySelectorAll('.areas-table td, "
                       ".areas-table th')].filter(c => (r => r.right > "
                       "innerWidth || r.left < 0)(c.getBoundingClientRect()"
                       ")).length")
            check(off == 0, "%s at %dpx: every cell of the areas is on "
                  "screen" % (name, width), "%s off screen" % off)
        shot(b, "phone-%s-%d" % (name, width), width)
        p = problems(b)
        check(p == [], "%s at %dpx: no console errors, nothing fetched"
              % (name, width), "; ".join(p))


def desktop(b):
    for name, path in PAGES:
        b.load(url(path))
        check(b.js(LANDMARKS) == [1, True, 1, 1],
              "%s: one banner, labelled navigation, one main, one footer"
              % name, repr(b.js(LANDMARKS)))
        left = b.js(LINKS)
        check(left == [], "%s: links are underlined, not told by colour "
              "alone" % name, repr(left[:5]))
        if name == "area":
            check(b.js("getComputedStyle(document.querySelector("
                       "'.catalog tr[id^=\"i-\"]')).display") ==
                  "table-row", "area at 1280px: the catalog is a table")
            check(b.js("getComputedStyle(document.querySelector("
                       "'.catalog td.content'), '::before').content") ==
                  "none", "area at 1280px: no labels in the cells")
        shot(b, "desktop-%s" % name, 1280)
        p = problems(b)
        check(p == [], "%s at 1280px: no console errors, nothing fetched"
              % name, "; ".join(p))


def main():
    profile = tempfile.mkdtemp(prefix="gkml-chromium.")
    b = Browser(chromium, profile)
    try:
        b.open()
        phone(b, 390, 844)
        phone(b, 320, 640)
        desktop(b)
    finally:
        b.close()
        subprocess.run(["rm", "-rf", profile])


try:
    main()
except Exception as e:
    check(False, "the browser run", "%s: %s" % (type(e).__name__, e))
sys.exit(1 if failed else 0)
