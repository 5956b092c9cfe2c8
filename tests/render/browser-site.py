#!/usr/bin/env python3
"""Look at the website of gkml-render -T html in headless Chromium.

    python3 browser-site.py CHROMIUM SITE_DIR [SHOT_DIR]

One browser, driven over the DevTools protocol on a pipe (no network
port): the home page and an area page are loaded at desktop and phone
widths and as print, screenshots taken and checked to hold a page (not
one colour), the search box asked for items, and the hostile catalog's
page checked for anything its strings might have made run.  Every
console error, uncaught exception, failed load or request for anything
but a file is a failure.  Prints
one line a check ("ok: ..." or "FAIL: ..."); exits 1 if any failed.
SHOT_DIR keeps the screenshots.
"""

import base64
import os
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True  # no __pycache__ in the tree
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                ".."))
import pngrows  # noqa: E402
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cdp import Browser  # noqa: E402

chromium, site = sys.argv[1], os.path.abspath(sys.argv[2])
shots = sys.argv[3] if len(sys.argv) > 3 else None
failed = False


def check(ok, what, detail=""):
    global failed
    if ok:
        print("ok: " + what)
    else:
        failed = True
        print("FAIL: " + what + (": " + detail if detail else ""))


def png_pixels(data):
    """(width, height, distinct colours sampled, rows with ink)."""
    try:
        w, h, _, pixels = pngrows.rows(data)
    except ValueError:
        return 0, 0, 0, 0
    rows = [px[::3] for px in pixels]
    # Ink: pixels unlike the page's commonest colour, its background.
    count = {}
    for px in rows:
        for p in px[::5]:
            count[p] = count.get(p, 0) + 1
    bg = max(count, key=count.get)
    colours = len(count)
    ink = sum(1 for px in rows if sum(1 for p in px if p != bg) > 3)
    return w, h, colours, ink


def url(path, query=""):
    return "file://" + os.path.join(site, path) + query


def js(b, expr):
    r = b.send("Runtime.evaluate", {"expression": expr,
                                    "returnByValue": True})
    if "exceptionDetails" in r:
        raise RuntimeError("%s: %s" % (expr, r["exceptionDetails"]))
    return r["result"].get("value")


def load(b, where, width=1280, height=900, media=""):
    b.send("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": height, "deviceScaleFactor": 1,
        "mobile": width < 600})
    b.send("Emulation.setEmulatedMedia", {"media": media})
    b.send("Page.navigate", {"url": where})
    b.wait("Page.loadEventFired")


def shot(b, name, width):
    """A screenshot of the whole page at half scale, checked."""
    h = js(b, "Math.min(document.documentElement.scrollHeight, 2400)")
    r = b.send("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": width, "height": h,
                 "scale": 0.5}})
    data = base64.b64decode(r["data"])
    if shots:
        with open(os.path.join(shots, name + ".png"), "wb") as f:
            f.write(data)
    w, hh, colours, ink = png_pixels(data)
    check(data[:8] == b"\x89PNG\r\n\x1a\n" and colours > 8 and
          ink > hh // 4, "screenshot %s is a page, not blank" % name,
          "%dx%d, %d colours, ink on %d rows" % (w, hh, colours, ink))


def problems(b):
    """Console errors, exceptions, failed loads and requests to the
    network since last asked."""
    out = []
    for m in b.events:
        p = m.get("params", {})
        if m.get("method") == "Runtime.exceptionThrown":
            d = p["exceptionDetails"]
            out.append("%s (%s:%s)" % (
                d.get("exception", {}).get("description") or d.get("text"),
                d.get("url", ""), d.get("lineNumber", "")))
        elif m.get("method") == "Runtime.consoleAPICalled" and \
                p.get("type") in ("error", "assert", "warning"):
            out.append("console.%s: %s" % (p["type"], " ".join(
                str(a.get("value", a.get("description", "")))
                for a in p.get("args", []))))
        elif m.get("method") == "Network.requestWillBeSent" and \
                not p["request"]["url"].startswith(("file:", "data:",
                                                    "about:")):
            out.append("fetched " + p["request"]["url"])
        elif m.get("method") == "Log.entryAdded" and \
                p["entry"].get("level") in ("error", "warning"):
            out.append("%s: %s %s" % (p["entry"]["level"],
                                      p["entry"].get("text", ""),
                                      p["entry"].get("url", "")))
    b.events = []
    return out


def report(b, what):
    p = problems(b)
    check(p == [], what, "; ".join(p))


def main(checks):
    profile = tempfile.mkdtemp(prefix="gkml-chromium.")
    b = Browser(chromium, profile)
    try:
        b.open()
        # Anything a hostile string made run would call one of these.
        b.send("Page.addScriptToEvaluateOnNewDocument", {"source":
               "window.__ran = 0; window.alert = window.confirm = "
               "window.prompt = function () { window.__ran++; };"})
        checks(b)
    finally:
        b.close()
        subprocess.run(["rm", "-rf", profile])


def pages(b):
    # 1. The jurisdiction's home page.
    load(b, url("demo/index.html"))
    check(js(b, "document.documentElement.lang") == "zh-CN",
          "home: lang is zh-CN")
    n = js(b, "document.querySelectorAll('.areas-table tbody tr').length")
    check(n == 1, "home: the table lists its 1 area", "%s rows" % n)
    check(js(b, "[...document.querySelectorAll('.jurs a')].map("
             "a => a.textContent).join()") == "东镇",
          "home: the township below is linked")
    check(js(b, "document.querySelector('a.skip').getAttribute('href')"
             " === '#main' && !!document.getElementById('main')"),
          "home: the skip link leads to <main>")
    shot(b, "home", 1280)
    report(b, "home: no console errors, nothing from the network")

    # 2. The county's area page, wide, narrow and printed.
    load(b, url("demo/elderly-care.html"))
    check(js(b, "document.querySelector('table.catalog caption')"
             ".textContent") == "养老服务领域公开事项",
          "area: the table has its caption")
    check(js(b, "[...document.querySelectorAll('.catalog thead th')]"
             ".every(th => th.scope === 'col')") is True,
          "area: every column header has scope=col")
    check(js(b, "document.querySelectorAll('.catalog tbody').length") ==
          2 and js(b, "document.querySelectorAll("
                   "'.catalog th[scope=rowgroup]').length") == 2,
          "area: each 一级事项 is a row group with its header")
    check(js(b, "[...document.querySelectorAll('.catalog tr[id^=\"i-\"]')]"
             ".every(tr => tr.querySelectorAll('th[scope=row]')"
             ".length === 1)") is True,
          "area: each item row has its 二级事项 as row header")
    check(js(b, "getComputedStyle(document.querySelector("
             "'.catalog td')).unicodeBidi") == "isolate",
          "area: cells isolate their text's direction")
    check(js(b, "getComputedStyle(document.querySelector('.masthead'))"
             ".backgroundColor") != "rgba(0, 0, 0, 0)",
          "area: the stylesheet is loaded")
    shot(b, "area", 1280)
    load(b, url("demo/town/elderly-care.html"), width=390, height=800)
    check(js(b, "document.documentElement.scrollWidth") <= 390,
          "area at 390px: the page does not scroll sideways",
          "%s px wide" % js(b, "document.documentElement.scrollWidth"))
    check(js(b, "(w => w.scrollWidth <= w.clientWidth)(document."
             "querySelector('.table-wrap'))") is True,
          "area at 390px: the table, its rows cards, fits its box")
    shot(b, "area-narrow", 390)
    load(b, url("demo/elderly-care.html"), media="print")
    check(js(b, "['.search', '.crumbs', '.skip'].every(s => getComputed"
             "Style(document.querySelector(s)).display === 'none')"),
          "area printed: search, breadcrumbs and skip link are hidden")
    check(js(b, "getComputedStyle(document.querySelector('.catalog td'))"
             ".borderTopStyle") == "solid",
          "area printed: the table has borders")
    shot(b, "area-print", 1280)
    report(b, "area: no console errors, nothing from the network")

    # 3. Search: from the address, and from the form.
    load(b, url("demo/town/elderly-care.html", "?q=%E5%8F%91%E6%94%BE"
                "%E5%90%8D%E5%8D%95"))
    hits = js(b, "[...document.querySelectorAll('#gk-results:not([hidden])"
              " .results-list a')].map(a => a.getAttribute('href'))")
    check(hits is not None and
          "../../demo/town/elderly-care.html#i-subsidy.elderly.list" in hits
          and "../../demo/elderly-care.html#i-subsidy.elderly.list" in hits,
          "search ?q=发放名单 finds the item in county and township",
          repr(hits))
    js(b, "document.getElementById('gk-q').value = '高龄津贴 财务';"
       "document.querySelector('form.search').requestSubmit()")
    check(js(b, "document.querySelector('.results-count').textContent") ==
          "没有找到含“高龄津贴 财务”的事项。",
          "search by the form: words that no item holds together")
    js(b, "document.getElementById('gk-q').value = '村集体';"
       "document.querySelector('form.search').requestSubmit()")
    hits = js(b, "[...document.querySelectorAll('.results-list a')].map("
              "a => a.textContent + ' ' + a.getAttribute('href'))")
    check(hits == ["财务收支 ../../demo/town/xicun/village-affairs.html"
                   "#i-affairs.finance"],
          "search by the form: 村集体 finds the village's item",
          repr(hits))
    js(b, "document.querySelector('.results-list a').click()")
    b.wait("Page.loadEventFired")
    check(js(b, "location.hash === '#i-affairs.finance' && "
             "document.querySelector(':target').tagName") == "TR",
          "search: a result leads to the item's row")
    report(b, "search: no console errors, nothing from the network")

    # 4. The hostile catalog: its strings are text, nothing runs.
    load(b, url("hostile/test/social-assistance.html",
                "?q=%E5%8F%8D%E5%90%91"))
    check(js(b, "document.body.hasAttribute('data-pwned')") is False,
          "hostile: no data-pwned on <body>")
    check(js(b, "document.title").startswith(
        "<script>document.title='PWNED'</script>"),
          "hostile: the title is the text as written")
    check(js(b, "window.__ran") == 0, "hostile: no alert() ran")
    check(js(b, "document.querySelectorAll('script').length") == 2 and
          js(b, "document.querySelectorAll('iframe, img, svg, style, "
             "object, embed, b').length") == 0,
          "hostile: no script, frame, image or style from the data")
    check(js(b, "[...document.querySelectorAll('*')].every(e => "
             "[...e.attributes].every(a => !/^on/i.test(a.name)))"),
          "hostile: no on* attribute anywhere")
    check(js(b, "[...document.querySelectorAll('[href]')].every(e => "
             "!/^\\s*javascript:/i.test(e.getAttribute('href')))"),
          "hostile: no javascript: link")
    hits = js(b, "[...document.querySelectorAll('.results-list a')].map("
              "a => a.textContent)")
    check(hits is not None and len(hits) == 1 and
          "<iframe src=javascript:alert(1)>" in hits[0],
          "hostile: search shows the hostile name as text", repr(hits))
    report(b, "hostile: no console errors, nothing from the network")


def run(checks):
    """Open the browser, run checks(b), close it; exit 1 if any failed.
    Other tests (search-browser.py) run their own checks this way."""
    try:
        main(checks)
    except Exception as e:
        check(False, "the browser run", "%s: %s" % (type(e).__name__, e))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    run(pages)
