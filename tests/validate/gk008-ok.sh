# The same catalog with single values in place of lists fits in depth 5.
GKML_LIMITS=depth=5 gkml-validate -W note gk008-ok.yaml
echo "rc=$?"
