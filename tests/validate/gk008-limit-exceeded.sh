# A pipeline that sets tight limits: an item's lists pass depth 5.
GKML_LIMITS=depth=5 gkml-validate -W note gk008-limit-exceeded.yaml
echo "rc=$?"
