#!/usr/bin/env python3
"""Checks on board sheets (-T board) and their DOCX (-T docx).

    python3 board.py facts SHEETS.html     what the sheets hold
    python3 board.py pdf FILE.pdf SHEETS.html   a browser's print of them
    python3 board.py png FILE.png          a screenshot is not blank
    python3 board.py docx FILE.docx        the parts and the table
    python3 board.py lopdf FILE.pdf PAPER  LibreOffice's print of a DOCX

Each prints stable lines for a golden file; a failed check prints a line
starting "FAIL:" and makes the exit status 1.
"""

import html.parser
import os
import re
import subprocess
import sys
import xml.dom.minidom
import zipfile

sys.dont_write_bytecode = True  # no __pycache__ in the tree
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                ".."))
import pngrows  # noqa: E402

failed = False

# Paper sizes in PostScript points, portrait.
PAPERS = {"A4": (595.28, 841.89), "A3": (841.89, 1190.55)}


def fail(msg):
    global failed
    failed = True
    print("FAIL: " + msg)


class Sheets(html.parser.HTMLParser):
    """The sheets of a board page: per sheet its footer, header row and
    rows (the text of each cell)."""

    def __init__(self):
        super().__init__()
        self.sheets, self.style, self.tags = [], "", []
        self.cell = self.row = None
        self.where = None
        self.bad = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append(tag)
        for k, v in attrs:
            if k.startswith("on") or (v or "").strip().lower().startswith(
                    "javascript:"):
                self.bad.append("%s %s" % (tag, k))
        if tag in ("script", "iframe", "img", "svg", "object", "embed",
                   "link", "a", "form", "input", "base", "meta") and \
                not (tag == "meta" and ("charset" in (a.get("content") or "")
                                        or a.get("name") == "viewport")):
            self.bad.append(tag)
        if tag == "div" and a.get("class") == "sheet":
            self.sheets.append({"head": [], "rows": [], "foot": "",
                                "h1": "", "info": ""})
        elif tag == "div" and a.get("class") == "foot":
            self.where = "foot"
        elif tag == "div" and a.get("class") == "info":
            self.where = "info"
        elif tag == "h1":
            self.where = "h1"
        elif tag == "tr" and self.sheets:
            self.row = []
        elif tag in ("td", "th"):
            self.cell = {"tag": tag, "class": a.get("class", ""),
                         "rowspan": a.get("rowspan"), "text": ""}
        elif tag == "span" and self.where is not None and self.sheets:
            self.sheets[-1][self.where] += " "
        elif tag == "br" and self.cell is not None:
            self.cell["text"] += "/"
        elif tag == "p" and self.cell is not None and self.cell["text"]:
            self.cell["text"] += "/"

    def handle_endtag(self, tag):
        if self.tags:
            self.tags.pop()
        if tag in ("td", "th") and self.cell is not None:
            self.row.append(self.cell)
            self.cell = None
        elif tag == "tr" and self.row is not None:
            if self.row and self.row[0]["tag"] == "th":
                self.sheets[-1]["head"] = [c["text"] for c in self.row]
            else:
                self.sheets[-1]["rows"].append(self.row)
            self.row = None
        elif tag in ("div", "h1"):
            self.where = None

    def handle_data(self, data):
        if self.tags and self.tags[-1] == "style":
            self.style += data
        elif self.cell is not None:
            self.cell["text"] += data
        elif self.where is not None and self.sheets:
            self.sheets[-1][self.where] += data


def parse(path):
    p = Sheets()
    p.feed(open(path, encoding="utf-8").read())
    return p


def announced(p):
    m = re.search(r"共(\d+)页", p.sheets[0]["foot"]) if p.sheets else None
    return int(m.group(1)) if m else None


def facts(path):
    p = parse(path)
    size = re.search(r"@page\s*{\s*size:\s*([^;]*);", p.style)
    print("@page:", size.group(1) if size else "none")
    m = announced(p)
    print("sheets: %d, announced 共%s页" % (len(p.sheets), m))
    if m != len(p.sheets):
        fail("%d sheets, but the footer says 共%s页" % (len(p.sheets), m))
    for i, s in enumerate(p.sheets):
        want = "第%d页 共%d页" % (i + 1, len(p.sheets))
        if want not in " ".join(s["foot"].split()):
            fail("sheet %d footer: %r" % (i + 1, s["foot"].strip()))
    if p.sheets:
        s = p.sheets[0]
        print("title:", s["h1"].strip())
        print("info:", " ".join(s["info"].split()))
        print("footer:", " ".join(s["foot"].split()))
        print("columns:", " | ".join(s["head"]))
    for i, s in enumerate(p.sheets):
        if s["head"] != p.sheets[0]["head"]:
            fail("sheet %d has another header row" % (i + 1))
        rows = []
        for r in s["rows"]:
            no = r[0]["text"] if r and r[0]["class"] == "no" else "?"
            cat = [c for c in r if c["class"] == "category"]
            name = cat[0]["text"] if cat else ""
            if len(name) > 100:
                name = "%s…(%d characters)" % (name[:12], len(name))
            mark = "(" + name + "×" + (cat[0]["rowspan"] or "1") \
                + ")" if cat else ""
            item = [c["text"] for c in r if c["class"] == "name"]
            cont = "续" if item and "（续）" in item[0] else ""
            rows.append(mark + no + cont)
        print("sheet %d: %s" % (i + 1, " ".join(rows)))
    if p.bad:
        fail("markup from the data: " + ", ".join(sorted(set(p.bad))))


def pdfinfo(path, *args):
    return subprocess.run(["pdfinfo"] + list(args) + [path],
                          capture_output=True, text=True).stdout


def paper(w, h):
    for name, (pw, ph) in PAPERS.items():
        if abs(w - pw) < 2 and abs(h - ph) < 2:
            return name + " portrait"
        if abs(w - ph) < 2 and abs(h - pw) < 2:
            return name + " landscape"
    return "%gx%g pt" % (w, h)


def sizes(path):
    """The paper of every page of a PDF."""
    m = re.search(r"Pages:\s*(\d+)", pdfinfo(path))
    if m is None:
        fail("%s: not a PDF" % path.split("/")[-1])
        return []
    n = int(m.group(1))
    out = pdfinfo(path, "-f", "1", "-l", str(n))
    return [paper(float(w), float(h)) for w, h in
            re.findall(r"Page\s+\d+ size:\s*([\d.]+) x ([\d.]+)", out)]


def pdf(path, sheets):
    p = parse(sheets)
    m = announced(p)
    pages = sizes(path)
    print("pdf: %d pages, the sheets announce 共%s页" % (len(pages), m))
    if len(pages) != m:
        fail("the browser printed %d pages, not %s" % (len(pages), m))
    kinds = sorted(set(pages))
    print("pdf: every page", " / ".join(kinds))
    # No sheet ran over: page n is sheet n, its own footer on it.
    wrong = []
    for i in range(len(pages)):
        text = subprocess.run(["pdftotext", "-f", str(i + 1), "-l",
                               str(i + 1), path, "-"], capture_output=True,
                              text=True).stdout
        if ("第%d页" % (i + 1)) not in text.replace(" ", "") or \
                ("共%s页" % m) not in text.replace(" ", ""):
            wrong.append(str(i + 1))
    if wrong:
        fail("pages without their own footer: " + ", ".join(wrong))
    else:
        print("pdf: page n shows 第n页 共%s页, for every n" % m)


def png(path):
    """A page, not one colour: several colours and ink on many rows."""
    try:
        w, h, _, pixels = pngrows.rows(open(path, "rb").read())
    except ValueError as e:
        fail(str(e))
        return
    colours, ink, dark = set(), 0, 0
    for px in pixels:
        colours.update(px[::7])
        # Dark pixels: the black of text and rules.
        n = sum(1 for q in px[::3] if max(q[:3]) < 96)
        if n > 0:
            ink += 1
            dark += n
    ok = len(colours) > 2 and ink >= h // 4
    print("screenshot: %s" % ("a page with black text and rules on many "
                              "rows" if ok else "BLANK"))
    if not ok:
        fail("screenshot %dx%d: %d colours, ink on %d of %d rows"
             % (w, h, len(colours), ink, h))


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx(path):
    z = zipfile.ZipFile(path)
    names = z.namelist()
    print("parts:", " ".join(names))
    for n in names:
        if n.endswith(".xml") or n.endswith(".rels"):
            try:
                xml.dom.minidom.parseString(z.read(n))
            except Exception as e:
                fail("%s is not well-formed: %s" % (n, e))
    d = xml.dom.minidom.parseString(z.read("word/document.xml"))
    wns = W[1:-1]

    def tag(e, name):
        return e.getElementsByTagNameNS(wns, name)

    def own(e, name):
        return [c for c in e.childNodes if c.nodeType == 1 and
                c.localName == name]

    def hidden(r):
        return any(own(p, "vanish") for p in own(r, "rPr"))

    def text(e, vanish=False):
        """What a reader sees of e (or, with vanish, what is hidden)."""
        out = ""
        for r in tag(e, "r"):
            if hidden(r) == vanish:
                out += "".join(t.firstChild.data if t.firstChild else ""
                               for t in own(r, "t"))
        return out
    tbls = [t for t in tag(d, "tbl")]
    print("tables:", len(tbls))
    rows = own(tbls[0], "tr") if tbls else []
    head = [r for r in rows if tag(r, "tblHeader")]
    print("rows: %d, header rows (repeated on each page): %d"
          % (len(rows), len(head)))
    if rows:
        cells = own(rows[0], "tc")
        print("columns:", " | ".join(text(c) for c in cells))
        print("hidden in the header:", ", ".join(
            "%s %s" % (text(c), text(c, True)) for c in cells
            if text(c, True)) or "none")
        ids = [text(own(r, "tc")[0], True) for r in rows[1:]]
        print("rows with an id hidden in 序号: %d of %d" % (
            sum(1 for i in ids if i), len(ids)))
        for r in rows[1:]:
            for c in own(r, "tc")[1:]:
                if text(c, True) and not tag(c, "vMerge") and \
                        own(r, "tc").index(c) > 2:
                    fail("hidden text outside the 事项 columns")
    grid = [int(g.getAttributeNS(wns, "w")) for g in
            tag(own(tbls[0], "tblGrid")[0], "gridCol")]
    tblw = tag(tbls[0], "tblW")[0].getAttributeNS(wns, "w")
    print("grid: %d columns, %d twips (table %s)" % (len(grid), sum(grid),
                                                     tblw))
    merges = tag(tbls[0], "vMerge")
    print("merged category cells: %d restart, %d continue" % (
        sum(1 for v in merges if v.getAttributeNS(wns, "val") == "restart"),
        sum(1 for v in merges if v.getAttributeNS(wns, "val") != "restart")))
    sz = sorted(set(s.getAttributeNS(wns, "val") for s in tag(d, "sz")))
    print("type size (half-points):", " ".join(sz))
    for p in tag(d, "p"):
        st = tag(p, "pStyle")
        if st and st[0].getAttributeNS(wns, "val") == "AsideHead":
            t = p.nextSibling
            while t is not None and t.nodeType != 1:
                t = t.nextSibling
            trs = own(t, "tr") if t is not None and \
                t.localName == "tbl" else []
            print("after the table: %s, %d rows%s" % (
                text(p), len(trs), "; hidden: " + ", ".join(
                    text(c, True) for c in own(trs[0], "tc")
                    if text(c, True)) if trs and
                any(text(c, True) for c in own(trs[0], "tc")) else ""))
    pg = tag(d, "pgSz")[0]
    mar = tag(d, "pgMar")[0]
    print("page: %s x %s twips%s, margins %s" % (
        pg.getAttributeNS(wns, "w"), pg.getAttributeNS(wns, "h"),
        ", " + pg.getAttributeNS(wns, "orient")
        if pg.getAttributeNS(wns, "orient") else "",
        mar.getAttributeNS(wns, "top")))
    st = z.read("word/styles.xml").decode()
    print("fonts:", " ".join(sorted(set(re.findall(
        r'w:eastAsia="([^"]*)"', st)) - {"zh-CN"})))
    for part in ("word/header1.xml", "word/footer1.xml"):
        print("%s: %s" % (part.split("/")[1], text(
            xml.dom.minidom.parseString(z.read(part)))))


def lopdf(path, want):
    pages = sizes(path)
    kinds = sorted(set(pages))
    print("pdf: %s pages, every page %s" % (
        "several" if len(pages) > 1 else "1", " / ".join(kinds)))
    if kinds != [want]:
        fail("pages are %s, not %s" % (kinds, want))


cmd = sys.argv[1]
if cmd == "facts":
    facts(sys.argv[2])
elif cmd == "pdf":
    pdf(sys.argv[2], sys.argv[3])
elif cmd == "png":
    png(sys.argv[2])
elif cmd == "docx":
    docx(sys.argv[2])
elif cmd == "lopdf":
    lopdf(sys.argv[2], sys.argv[3])
sys.exit(1 if failed else 0)
