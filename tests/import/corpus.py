#!/usr/bin/env python3
"""Measure gkml-import on an independent corpus of real pages (issue 19).

    python3 tests/import/corpus.py [-v] [-b BUILD] DIR

DIR, outside the project, holds for each page NAME.html (the saved page,
its site around it), NAME.truth.yaml (the catalog written by hand from
the page) and, if the page cannot say it all, NAME.args (the options an
officer gives: --jurisdiction 宝坻区).  Each page is made into the forms an
officer gets, as tests/import/page-forms.sh makes them: the page itself,
the workbook and CSV file LibreOffice Calc makes of it, that CSV file in
GBK, and the document Writer makes of it.  Each form is imported, and the
tool prints, per form, over the whole corpus:

  exact     the share of the truth's fields the import gives exactly: the
            catalog's title, area, level, jurisdiction, publisher, date;
            each category's name; each item's fields.  A category or item
            the truth has not (invented) counts as a field wrong.
  invented  categories and items the truth has not
  lost      values of the truth found nowhere in the import's output nor
            in what it said (silent losses)
  differ    fields that differ from the same page's HTML import
  valid     outputs that gkml-validate -W error accepts

With -v, every miss.  Exits 1 when a form is below 98% exact, invents,
loses silently, differs or is not valid; 2 when it cannot run.
"""

import os
import shutil
import subprocess
import sys
import tempfile

import yaml

FORMS = ["html", "xlsx", "csv", "gbk.csv", "docx"]
CAT_KEYS = ["title", "area", "level", "jurisdiction", "publisher", "updated",
            "version", "contact"]
ITEM_KEYS = ["name", "content", "basis", "deadline", "body", "channels",
             "audience", "mode", "levels", "stage", "notes"]


def norm(v):
    """A value as compared: a one-entry list is its entry."""
    if isinstance(v, list):
        v = [norm(x) for x in v]
        return v[0] if len(v) == 1 else v
    if v is None:
        return None
    return str(v)


def fields(doc):
    """The catalog's fields, by a path that names them: {path: value}."""
    out = {}
    if not isinstance(doc, dict):
        return out
    cat = doc.get("catalog") or {}
    for k in CAT_KEYS:
        if cat.get(k) is not None:
            out["catalog." + k] = norm(cat[k])

    def walk(cats, prefix):
        for c in cats or []:
            p = prefix + str(c.get("name"))
            out["cat:" + p] = p
            for it in c.get("items") or []:
                ip = "item:" + p + "/" + str(it.get("name"))
                out[ip] = str(it.get("name"))
                for k in ITEM_KEYS[1:]:
                    if it.get(k) is not None:
                        out[ip + "." + k] = norm(it[k])
            walk(c.get("categories"), p + "/")
    walk(doc.get("categories"), "")
    return out


def flat(v):
    if isinstance(v, list):
        for x in v:
            yield from flat(x)
    elif v is not None:
        yield v


def squeeze(s):
    return "".join(str(s).split())


def make_forms(tmp, page):
    """The page's five forms in tmp: {form: path}."""
    html = os.path.join(tmp, "page.html")
    shutil.copy(page, html)

    def lo(*args):
        subprocess.run(["soffice", "--headless",
                        "-env:UserInstallation=file://" + tmp + "/lo"] +
                       list(args) + ["--outdir", tmp, html],
                       env=dict(os.environ, HOME=tmp),
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=300, check=False)
    lo("--infilter=calc_HTML_WebQuery", "--convert-to", "xlsx")
    lo("--infilter=calc_HTML_WebQuery", "--convert-to",
       "csv:Text - txt - csv (StarCalc):44,34,76,1")
    lo("--convert-to", "docx:MS Word 2007 XML")
    forms = {"html": html}
    for f in ("xlsx", "csv", "docx"):
        p = os.path.join(tmp, "page." + f)
        if os.path.exists(p):
            forms[f] = p
    if "csv" in forms:
        gbk = os.path.join(tmp, "page-gbk.csv")
        with open(forms["csv"], encoding="utf-8") as i, \
                open(gbk, "w", encoding="gb18030") as o:
            o.write(i.read())
        forms["gbk.csv"] = gbk
    return forms


def run_import(path, form, args):
    cmd = ["gkml-import", "-W", "note"] + args
    if form == "gbk.csv":
        cmd += ["--encoding", "gbk"]
    out = path + ".yaml"
    p = subprocess.run(cmd + ["-o", out, path], capture_output=True,
                       text=True, timeout=300, check=False)
    text = ""
    if os.path.exists(out):
        with open(out, encoding="utf-8") as f:
            text = f.read()
    valid = False
    if p.returncode == 0 and text:
        v = subprocess.run(["gkml-validate", "-W", "error", out],
                           capture_output=True, timeout=300, check=False)
        valid = v.returncode == 0
    docs = [d for d in yaml.safe_load_all(text)] if text else []
    return docs, text, p.stderr, p.returncode, valid


def main():
    argv = sys.argv[1:]
    verbose = False
    if argv and argv[0] == "-v":
        verbose, argv = True, argv[1:]
    if len(argv) >= 2 and argv[0] == "-b":
        b = os.path.abspath(argv[1])
        os.environ["PATH"] = b + os.pathsep + os.environ["PATH"]
        argv = argv[2:]
    if len(argv) != 1 or not os.path.isdir(argv[0]):
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    corpus = argv[0]
    top = os.path.dirname(os.path.dirname(os.path.dirname(
        os.path.abspath(__file__))))
    os.environ.setdefault("GKML_DATADIR", top)
    if shutil.which("soffice") is None or shutil.which("gkml-import") is None:
        print("corpus.py: needs soffice and gkml-import on PATH",
              file=sys.stderr)
        return 2
    pages = sorted(n[:-5] for n in os.listdir(corpus) if n.endswith(".html")
                   and os.path.exists(os.path.join(corpus, n[:-5] +
                                                   ".truth.yaml")))
    tot = {f: {"fields": 0, "exact": 0, "invented": 0, "lost": 0,
               "differ": 0, "valid": 0, "outputs": 0, "failed": 0}
           for f in FORMS}
    misses = []
    for name in pages:
        with open(os.path.join(corpus, name + ".truth.yaml"),
                  encoding="utf-8") as f:
            truth = fields(yaml.safe_load(f))
        args = []
        ap = os.path.join(corpus, name + ".args")
        if os.path.exists(ap):
            with open(ap, encoding="utf-8") as f:
                args = f.read().split()
        with tempfile.TemporaryDirectory(prefix="gkml-corpus.") as tmp:
            forms = make_forms(tmp, os.path.join(corpus, name + ".html"))
            base = None
            for form in FORMS:
                t = tot[form]
                t["fields"] += len(truth)
                if form not in forms:
                    t["failed"] += 1
                    misses.append((name, form, "not made by LibreOffice"))
                    continue
                docs, text, err, rc, valid = run_import(forms[form], form,
                                                        args)
                got = fields(docs[0]) if docs else {}
                if rc != 0:
                    t["failed"] += 1
                    misses.append((name, form, "gkml-import exit %d: %s" %
                                   (rc, err.strip().splitlines()[-1:])))
                t["outputs"] += 1 if docs else 0
                t["valid"] += 1 if valid else 0
                if len(docs) > 1:
                    misses.append((name, form, "%d catalogs, not one" %
                                   len(docs)))
                for k, v in truth.items():
                    if got.get(k) == v:
                        t["exact"] += 1
                    else:
                        misses.append((name, form, "%s: %r, not %r" %
                                       (k, got.get(k), v)))
                for k in got:
                    if k.startswith(("cat:", "item:")) and k not in truth:
                        t["invented"] += 1
                        t["fields"] += 1
                        misses.append((name, form, "invented " + k))
                said = squeeze(text + err)
                for k, v in truth.items():
                    for s in flat(v):
                        if k.startswith("catalog.") or k.startswith("cat:"):
                            continue
                        if squeeze(s) not in said:
                            t["lost"] += 1
                            misses.append((name, form, "lost %s: %r" %
                                           (k, s)))
                if form == "html":
                    base = got
                elif base is not None:
                    for k in set(base) | set(got):
                        if base.get(k) != got.get(k):
                            t["differ"] += 1
                            misses.append((name, form, "differs from html: "
                                           + k))
    print("corpus %s: %d pages" % (corpus, len(pages)))
    print("%-8s %7s %8s %5s %6s %6s %7s" % ("form", "exact", "invented",
                                             "lost", "differ", "valid",
                                             "failed"))
    bad = False
    for form in FORMS:
        t = tot[form]
        share = 100.0 * t["exact"] / t["fields"] if t["fields"] else 0.0
        print("%-8s %6.1f%% %8d %5d %6d %3d/%-2d %7d" % (
            form, share, t["invented"], t["lost"], t["differ"], t["valid"],
            len(pages), t["failed"]))
        bad |= share < 98.0 or t["invented"] or t["lost"] or t["differ"] \
            or t["valid"] < len(pages)
    if verbose:
        for m in misses:
            print("%s %s: %s" % m)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
