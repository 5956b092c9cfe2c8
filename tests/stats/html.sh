# The audit as a page to attach to a report: one table of coverage with
# a bar per jurisdiction, then a table per jurisdiction; no scripts and
# nothing loaded from elsewhere.
gkml-stats -T html tree/other tree/county
n=$(gkml-stats -T html tree | grep -c -i -E "<script|https?:|src=")
echo "scripts or outside links: $n"
