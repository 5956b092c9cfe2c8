# The planted cases of the fixture, as of 2024-10-31, from the CSV
# ledger: on time at working day 20 and late at 21 across National Day
# (with its working Sunday and Saturday) and across the Spring Festival
# (with its working Sunday); a quarterly item whose newest record is 100
# days old; an empty column; a record of no item; a span into 2018, a
# year with no notice.  Exit 1: findings.
gkml-audit --as-of 2024-10-31 -W note -l fixture/ledger.csv \
    fixture/social-assistance.yaml
