# The audit as a page to attach to a report: when and from what, the
# totals by level, the grid of jurisdictions by areas (a symbol in each
# cell and a legend, so that it reads printed without colour), then a
# table of coverage with a bar per jurisdiction and a table per
# jurisdiction; no scripts and nothing loaded from elsewhere.
gkml-stats -T html --date 2024-12-31 tree/other tree/county
n=$(gkml-stats -T html tree | grep -c -i -E "<script|https?:|src=")
echo "scripts or outside links: $n"
# The date: --date, else SOURCE_DATE_EPOCH (its day in UTC), else
# today; a date that is none is bad usage, a SOURCE_DATE_EPOCH that is
# no time is trouble.  Only the page has a date.
SOURCE_DATE_EPOCH=1718236800 gkml-stats -T html tree | grep 'Audit date'
SOURCE_DATE_EPOCH=1718236800 gkml-stats -T html --date 2025-01-02 tree |
    grep 'Audit date'
gkml-stats -T html --date 2025-02-30 tree
echo "no such day: rc=$?"
SOURCE_DATE_EPOCH=yesterday gkml-stats -T html tree
echo "SOURCE_DATE_EPOCH not a time: rc=$?"
SOURCE_DATE_EPOCH=yesterday gkml-stats tree >/dev/null
echo "text, no date needed: rc=$?"
# The grid of the hand-counted tree (per-level.sh): a row per
# jurisdiction, a column per area expected or published, the count of
# the covered out of the expected at the end of each row.
gkml-stats -T html --date 2024-12-31 per-level/jia |
    sed -n '/<table class="grid">/,/<\/table>/p' | sed 's/<td class="[a-z]*" title="\([^"]*\)">[^<]*<\/td>/[\1]/g'
