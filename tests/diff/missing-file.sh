# A file that cannot be read is trouble: exit 2, never "different".
gkml-diff no-such-catalog.yaml meta.new.yaml
echo "old missing: rc=$?"
gkml-diff meta.old.yaml no-such-catalog.yaml
echo "new missing: rc=$?"
gkml-diff --brief meta.old.yaml no-such-catalog.yaml
echo "--brief, new missing: rc=$?"
gkml-diff -T json meta.old.yaml no-such-catalog.yaml
echo "json, new missing: rc=$?"
gkml-diff no-such-dir/ dirs/new
echo "directory missing: rc=$?"
