# Bad ledgers: a GBK export read as UTF-8 (and with --encoding gbk), a
# ledger with no date column, dates that do not exist; each said at its
# row and column, the audit still run over the records that could be
# read; exit 1.  Bad usage is exit 2.
a() { gkml-audit --as-of 2024-10-31 "$@" fixture/social-assistance.yaml; }
echo "== gbk"
a -l fixture/gbk.csv >/dev/null 2>&1; echo "exit $?"
a -l fixture/gbk.csv 2>&1 | grep -v GK15
a --encoding gbk -l fixture/gbk.csv 2>&1 | grep -c GK156
echo "== no date column"
a -l fixture/no-date.csv 2>&1 | grep -v GK15
echo "== dates that do not exist"
a -W note -l fixture/bad-dates.csv 2>&1 | grep -v 'GK15[0-5]'
a -l fixture/bad-dates.csv >/dev/null 2>&1; echo "exit $?"
echo "== usage"
gkml-audit fixture/social-assistance.yaml 2>&1; echo "exit $?"
gkml-audit -l fixture/ledger.csv --as-of 2024-02-30 fixture/social-assistance.yaml 2>&1 | head -1
gkml-audit -l fixture/ledger.csv -T pdf fixture/social-assistance.yaml 2>&1 | head -1
gkml-audit -l fixture/nosuch.csv fixture/social-assistance.yaml 2>&1; echo "exit $?"
