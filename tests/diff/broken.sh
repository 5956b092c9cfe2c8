# A file that does not load as a catalog is trouble: exit 2 with a
# diagnostic, on either side and in every format.
gkml-diff broken.inc.yaml meta.new.yaml
echo "YAML syntax error, old: rc=$?"
gkml-diff meta.old.yaml broken.inc.yaml
echo "YAML syntax error, new: rc=$?"
gkml-diff -T json meta.old.yaml broken.inc.yaml
echo "json: rc=$?"
gkml-diff --brief meta.old.yaml broken.inc.yaml
echo "brief: rc=$?"
gkml-diff meta.old.yaml list-root.inc.yaml
echo "a list, not a catalog: rc=$?"
gkml-diff no-catalog.inc.yaml meta.new.yaml
echo "no catalog: rc=$?"
