# The audit of a small tree, as text: a county, two townships (one with
# an older version of a catalog beside the newer), a village.
gkml-stats --stale-before 2023-01-01 tree
echo "rc=$?"
