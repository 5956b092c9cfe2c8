# A file of the chain that does not load as a catalog is trouble: exit 2
# with its finding, and nothing on standard output.
gkml-merge broken.inc.yaml
echo "YAML syntax error in the overlay: rc=$?"
gkml-merge broken-base.inc.yaml
echo "YAML syntax error in the base: rc=$?"
gkml-merge list-base.inc.yaml
echo "a base that is not a catalog: rc=$?"
