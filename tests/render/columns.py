"""The columns a run of gkml-render -T columns should list, counted apart
from it: from the XML form of the same catalogs (gkml-render -T xml),
every column a catalog, a category or a website item binds (gkml(5),
Columns), with every column above one.  Prints the count."""
import sys
import xml.etree.ElementTree as ET

def text(e, name):
    c = e.find(name)
    return c.text.strip() if c is not None and c.text else None

def seg(name):
    return name.strip(" \t\u3000").replace("/", "\uff0f") if name else None

def under(parent, own, name, derive):
    if own:
        if "/" in own:
            return own
        return parent + "/" + own if parent else None
    if derive and parent and seg(name):
        return parent + "/" + seg(name)
    return None

paths = set()

def add(p):
    while p:
        paths.add(p)
        p = p.rsplit("/", 1)[0] if "/" in p else None

def walk(cat, parent):
    own = text(cat, "column")
    p = under(parent, own, text(cat, "name"), True)
    if p and (own or text(cat, "column-url")):
        add(p)
    for it in cat.findall("items/item"):
        web = any(c.text == "website" for c in it.findall("channels/channel"))
        q = under(p, text(it, "column"), text(it, "name"), web)
        if q:
            add(q)
    for sub in cat.findall("categories/category"):
        walk(sub, p)

for f in sys.argv[1:]:
    root = ET.parse(f).getroot()
    top = text(root.find("catalog"), "column")
    if top:
        add(top)
    for cat in root.findall("categories/category"):
        walk(cat, top)
print(len(paths))
