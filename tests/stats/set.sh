# Files with one catalog id (../validate/set.d): with the same 'version'
# and 'updated', which to count is not known: an error at each, no
# report, exit 2.  Of versions, only the newest counts.
gkml-stats --expect-areas expect-townships.txt ../validate/set.d/same
echo "same: rc=$?"
gkml-stats --expect-areas expect-townships.txt ../validate/set.d/versions
echo "versions: rc=$?"
