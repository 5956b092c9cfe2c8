# schemas/calendar/YYYY.yaml: one file a year from 2019, each citing the
# notices it was read from (title, document number, date, address), its
# days off and its working weekend days within its year (or, for 元旦,
# the December before), no day both, every working day a Saturday or
# Sunday.  The library reads them (unit/test_calendar); this checks what
# it does not need to read.  Then a copy with a weekday made a working
# day, a year missing and a notice without its number: each is named.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-cal.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/check.py" <<'PY'
import datetime, os, re, sys, yaml
d = sys.argv[1]
bad = 0
def say(f, m):
    global bad
    bad += 1
    print("%s: %s" % (f, m))
years = sorted(int(f[:4]) for f in os.listdir(d) if re.match(r"^\d{4}\.yaml$", f))
for y in range(2019, max(years) + 1):
    if y not in years:
        say(y, "no file")
for y in years:
    f = "%d.yaml" % y
    c = yaml.safe_load(open(os.path.join(d, f)))
    if c.get("year") != y:
        say(f, "year is not %d" % y)
    for n in c.get("notices") or []:
        for k in ("title", "number", "date", "url"):
            if not n.get(k):
                say(f, "a notice without its %s" % k)
        if not re.match(r"^国办发明电〔\d{4}〕\d+号$", str(n.get("number", ""))):
            say(f, "not a document number: %s" % n.get("number"))
    if not c.get("notices"):
        say(f, "no notices")
    off = set()
    for h in c.get("holidays") or []:
        a = h["from"]; b = h.get("to", a)
        if not h.get("festival"):
            say(f, "a holiday without its festival")
        while a <= b:
            off.add(a); a += datetime.timedelta(1)
    for x in off:
        if not (x.year == y or (x.year == y - 1 and x.month == 12)):
            say(f, "%s is outside %d" % (x, y))
    for w in c.get("workdays") or []:
        if w.weekday() < 5:
            say(f, "%s is not a weekend day" % w)
        if w in off:
            say(f, "%s is both a day off and a working day" % w)
    print("%d: %d notice(s), %d days off, %d working weekend days" %
        (y, len(c.get("notices") or []), len(off), len(c.get("workdays") or [])))
print("problems: %d" % bad)
PY
python3 "$tmp/check.py" ../../schemas/calendar
cp -R ../../schemas/calendar "$tmp/broken"
rm "$tmp/broken/2022.yaml"
sed -i 's/^workdays: \[/workdays: [2024-02-05, /' "$tmp/broken/2024.yaml"
sed -i '/number:/d' "$tmp/broken/2025.yaml"
python3 "$tmp/check.py" "$tmp/broken" | grep -v ' notice(s), '
