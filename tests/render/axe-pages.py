#!/usr/bin/env python3
"""axe-core on every kind of page gkml writes, in headless Chromium.

    python3 axe-pages.py CHROMIUM AXE_MIN_JS DIR [SHOT_DIR]

DIR holds what axe-pages.sh rendered: site/ (the website), board.html,
stats.html, audit.html and diff.html.  Each page is loaded from file://
at desktop width and at 390 px, axe.min.js is put into it, and
axe.run() checks it against the WCAG 2 A and AA rules and axe's best
practices (landmarks, heading order).  A search page must show its
results before it is checked.  Prints, a page
kind and width a line, "KIND WIDTH: N serious, N critical", and before
it each serious or critical violation as "KIND WIDTH: IMPACT RULE
TARGET"; exits 1 if there was any.  Moderate and minor findings go to
standard error, for information.  SHOT_DIR keeps a screenshot of each.
"""

import base64
import json
import os
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True  # no __pycache__ in the tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cdp import Browser  # noqa: E402

chromium, axe_js, top = sys.argv[1], sys.argv[2], os.path.abspath(sys.argv[3])
shots = sys.argv[4] if len(sys.argv) > 4 else None

# The page kinds: a name, a file under DIR, a query for the address.
PAGES = [
    ("home", "site/index.html", ""),
    ("jurisdiction", "site/demo/index.html", ""),
    ("area", "site/demo/elderly-care.html", ""),
    ("village-area", "site/demo/town/xicun/village-affairs.html", ""),
    ("search", "site/demo/town/elderly-care.html",
     "?q=%E5%8F%91%E6%94%BE%E5%90%8D%E5%8D%95"),
    ("search-none", "site/demo/index.html",
     "?q=%E6%B2%A1%E6%9C%89%E8%BF%99%E4%B8%AA"),
    ("board", "board.html", ""),
    ("stats", "stats.html", ""),
    ("audit", "audit.html", ""),
    ("diff", "diff.html", ""),
]
WIDTHS = (1280, 390)

RUN = """axe.run(document, {runOnly: {type: 'tag',
    values: ['wcag2a', 'wcag2aa', 'best-practice']}, resultTypes: ['violations']})
  .then(r => JSON.stringify(r.violations.map(v => ({id: v.id,
    impact: v.impact, help: v.help,
    nodes: v.nodes.map(n => ({impact: n.impact,
      target: n.target.join(' ')}))}))))"""


def run_axe(b):
    """The violations on the loaded page, as axe gives them."""
    r = b.send("Runtime.evaluate", {"expression": RUN,
                                    "awaitPromise": True,
                                    "returnByValue": True}, timeout=60)
    if "exceptionDetails" in r:
        raise RuntimeError("axe.run: %s" % r["exceptionDetails"])
    return json.loads(r["result"]["value"])


def main():
    with open(axe_js, encoding="utf-8") as f:
        axe = f.read()
    profile = tempfile.mkdtemp(prefix="gkml-chromium.")
    b = Browser(chromium, profile)
    bad = 0
    try:
        b.open()
        for kind, path, query in PAGES:
            where = os.path.join(top, path)
            if not os.path.isfile(where):
                print("%s: no page %s" % (kind, path))
                bad += 1
                continue
            for width in WIDTHS:
                b.load("file://" + where + query, width=width, height=844)
                if query and b.js("(r => !r || r.hidden)(document."
                                  "getElementById('gk-results'))"):
                    print("%s %d: no search results shown" % (kind, width))
                    bad += 1
                b.js(axe)
                serious = critical = 0
                for v in run_axe(b):
                    for n in v["nodes"]:
                        imp = n["impact"] or v["impact"]
                        line = "%s %d: %s %s %s" % (
                            kind, width, imp, v["id"], n["target"])
                        if imp in ("serious", "critical"):
                            print(line + " (" + v["help"] + ")")
                            serious += imp == "serious"
                            critical += imp == "critical"
                        else:
                            print(line, file=sys.stderr)
                print("%s %d: %d serious, %d critical" % (
                    kind, width, serious, critical))
                bad += serious + critical
                if shots:
                    h = b.js("Math.min(document.documentElement"
                             ".scrollHeight, 3000)")
                    r = b.send("Page.captureScreenshot", {
                        "format": "png", "captureBeyondViewport": True,
                        "clip": {"x": 0, "y": 0, "width": width,
                                 "height": h, "scale": 1}})
                    with open(os.path.join(shots, "%s-%d.png" % (
                            kind, width)), "wb") as f:
                        f.write(base64.b64decode(r["data"]))
                b.events = []
    finally:
        b.close()
        subprocess.run(["rm", "-rf", profile])
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
