#!/usr/bin/env python3
"""Check the pages of a site made by gkml-render -T html, and say what
each holds.

    python3 html-check.py [-q] SITE_DIR

For every .html file: the doctype, lang="zh-CN", a charset declaration,
balanced tags, unique ids, a caption on every table, scope on every
header cell, row groups whose headers span exactly their rows, and
every link inside the site leading to a file that exists (and to an id
in it).  Prints "error: ..." for each problem, then (without -q) a few
facts a page: its title, breadcrumbs, areas and tables.  Exits 1 on any
error.
"""

import html.parser
import os
import re
import sys
import urllib.parse

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
        "meta", "source", "track", "wbr"}
quiet = sys.argv[1] == "-q"
site = sys.argv[-1]
errors = []


class Page(html.parser.HTMLParser):
    def __init__(self, path):
        super().__init__(convert_charrefs=True)
        self.path = path
        self.stack = []
        self.ids = set()
        self.links = []
        self.title = ""
        self.h1 = ""
        self.crumbs = []
        self.areas = []
        self.tables = []
        self.text_into = None
        self.doctype = None
        self.lang = None
        self.charset = False
        self.tbody = None
        self.row = None

    def err(self, msg):
        errors.append("%s:%d: %s" % (self.path, self.getpos()[0], msg))

    def handle_decl(self, decl):
        self.doctype = decl

    def inside(self, tag, cls=None):
        for t, a in self.stack:
            if t == tag and (cls is None or cls in a.get("class", "").split()):
                return True
        return False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang")
        if tag == "meta" and ("charset" in a or
                              "charset=utf-8" in a.get("content", "").lower()):
            self.charset = True
        if "id" in a:
            if a["id"] in self.ids:
                self.err("id '%s' twice" % a["id"])
            self.ids.add(a["id"])
        for k in ("href", "src"):
            if k in a:
                self.links.append((self.getpos()[0], a[k]))
        if tag == "table":
            self.tables.append({"caption": None, "groups": 0, "items": 0,
                                "subs": 0, "class": a.get("class", "")})
        if tag == "th":
            if "scope" not in a:
                self.err("<th> without scope")
            elif self.inside("thead") and a["scope"] != "col":
                self.err("<th scope=%s> in <thead>" % a["scope"])
        if tag == "tbody" and self.tables:
            self.tables[-1]["groups"] += 1
            self.tbody = {"span": None, "rows": 0}
        if tag == "tr" and self.tbody is not None:
            self.tbody["rows"] += 1
            self.row = {"id": a.get("id", ""), "rowheads": 0,
                        "class": a.get("class", "")}
            if self.row["id"].startswith("i-"):
                self.tables[-1]["items"] += 1
            if "sub" in self.row["class"].split():
                self.tables[-1]["subs"] += 1
        if tag == "th" and self.tbody is not None:
            if a.get("scope") == "rowgroup":
                if self.tbody["rows"] != 1 or self.tbody["span"]:
                    self.err("row group header not in its first row")
                self.tbody["span"] = int(a.get("rowspan", "1"))
            if a.get("scope") == "row" and self.row is not None:
                self.row["rowheads"] += 1
        if tag == "li" and self.inside("nav", "crumbs"):
            self.crumbs.append("")
            self.text_into = ("crumbs", tag)
        if tag == "a" and self.inside("nav", "areas"):
            self.areas.append(("*" if "aria-current" in a else "") + "")
            self.text_into = ("areas", tag)
        if tag in ("title", "h1", "caption"):
            self.text_into = (tag, tag)
            if tag == "caption":
                self.tables[-1]["caption"] = ""
        if tag not in VOID:
            self.stack.append((tag, a))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.stack.pop()

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1][0] != tag:
            self.err("</%s> closes <%s>" % (tag, self.stack[-1][0]
                                             if self.stack else "nothing"))
            return
        self.stack.pop()
        if self.text_into is not None and self.text_into[1] == tag:
            self.text_into = None
        if tag == "tr" and self.row is not None:
            if self.row["id"].startswith("i-") and self.row["rowheads"] != 1:
                self.err("item row %s has %d row headers" %
                         (self.row["id"], self.row["rowheads"]))
            self.row = None
        if tag == "tbody" and self.tbody is not None:
            span = self.tbody["span"]
            if span is not None and span != self.tbody["rows"]:
                self.err("row group header spans %d rows of %d" %
                         (span, self.tbody["rows"]))
            self.tbody = None

    def handle_data(self, data):
        if self.text_into is None:
            return
        what = self.text_into[0]
        if what == "title":
            self.title += data
        elif what == "h1":
            self.h1 += data
        elif what == "caption":
            self.tables[-1]["caption"] += data
        elif what == "crumbs":
            self.crumbs[-1] += data
        elif what == "areas":
            self.areas[-1] += data


def check(rel):
    path = os.path.join(site, rel)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    p = Page(rel)
    p.feed(text)
    p.close()
    if not text.startswith("<!DOCTYPE html>\n"):
        p.err("does not start with <!DOCTYPE html>")
    if p.lang != "zh-CN":
        p.err("lang is %r" % p.lang)
    if not p.charset:
        p.err("no charset")
    if p.stack:
        p.err("unclosed: %s" % " ".join(t for t, _ in p.stack))
    for t in p.tables:
        if not t["caption"]:
            p.err("a table without a caption")
    return p


pages = {}
for d, _, files in os.walk(site):
    for f in files:
        if f.endswith(".html"):
            rel = os.path.relpath(os.path.join(d, f), site)
            pages[rel] = check(rel)

# Every link inside the site leads somewhere.
nlinks = 0
for rel, p in sorted(pages.items()):
    for line, href in p.links:
        u = urllib.parse.urlsplit(href)
        if u.scheme or href.startswith("//"):
            if u.scheme not in ("http", "https", "mailto", "tel"):
                errors.append("%s:%d: link %s" % (rel, line, href))
            continue
        target = os.path.normpath(os.path.join(os.path.dirname(rel),
                                               urllib.parse.unquote(u.path)))
        if u.path == "":
            target = rel
        nlinks += 1
        if target.startswith("..") or \
                not os.path.exists(os.path.join(site, target)):
            errors.append("%s:%d: link to %s: no such file" %
                          (rel, line, href))
        elif u.fragment and target in pages and \
                urllib.parse.unquote(u.fragment) not in pages[target].ids:
            errors.append("%s:%d: link to %s: no such id" % (rel, line, href))

for e in errors:
    print("error: " + e)
print("%d pages, %d links inside the site%s" % (
    len(pages), nlinks, ", all lead somewhere" if not errors else ""))
for rel, p in sorted(pages.items()) if not quiet else []:
    print(rel)
    print("  title:  " + p.title)
    print("  h1:     " + p.h1)
    print("  crumbs: " + " › ".join(c.strip() for c in p.crumbs))
    if p.areas:
        print("  areas:  " + " ".join(p.areas))
    for t in p.tables:
        print("  table:  %s (%s): %d row groups, %d items%s" % (
            t["caption"].strip(), t["class"], t["groups"], t["items"],
            ", sub-categories: %d" % t["subs"] if t["subs"] else ""))
sys.exit(1 if errors else 0)
