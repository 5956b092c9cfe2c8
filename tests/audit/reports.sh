# The audit's forms: JSON Lines, CSV, the Chinese HTML report (its
# summary row and its worklist, checked as a page), the XLSX worklist,
# -q; and a catalog that binds no column at all (GK155).
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-audit.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' INT TERM HUP
a() { gkml-audit --as-of 2024-10-31 -l fixture/ledger.csv "$@"; }
echo "== json"
a -T json -W error fixture/social-assistance.yaml | cut -c1-120
echo "== csv"
a -T csv -W error fixture/social-assistance.yaml | tr -d '\r' | cut -d, -f1-9
echo "== html"
a -T html fixture/social-assistance.yaml >"$tmp/r.html"; echo "exit $?"
python3 - "$tmp/r.html" <<'PY'
import sys, html.parser
class P(html.parser.HTMLParser):
    def __init__(s):
        super().__init__(); s.rows = []; s.row = None; s.cell = None; s.h = []
    def handle_starttag(s, t, a):
        if t == "tr": s.row = []
        if t in ("td", "th") and s.row is not None: s.cell = ""
    def handle_endtag(s, t):
        if t in ("td", "th") and s.cell is not None:
            s.row.append(s.cell.strip()); s.cell = None
        if t == "tr": s.rows.append(s.row); s.row = None
    def handle_data(s, d):
        if s.cell is not None: s.cell += d
        elif d.strip().startswith(("一、", "二、")): s.h.append(d.strip())
p = P(); p.feed(open(sys.argv[1], encoding="utf-8").read())
print("headings:", " / ".join(p.h))
print("summary:", " | ".join(p.rows[1]))
print("worklist:", len(p.rows) - 3, "rows;", ", ".join(r[1] for r in p.rows[3:]))
PY
echo "== xlsx"
a -T xlsx fixture/social-assistance.yaml >"$tmp/w.xlsx"; echo "exit $?"
unzip -p "$tmp/w.xlsx" xl/worksheets/sheet1.xml | grep -o '<row ' | wc -l
echo "== -q"
a -q fixture/social-assistance.yaml; echo "exit $?"
echo "== a catalog that binds no column"
a -W note fixture/unbound.yaml 2>&1 | grep -c GK156
a fixture/unbound.yaml 2>&1 | grep GK155
