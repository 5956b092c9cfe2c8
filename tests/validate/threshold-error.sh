# Warnings and notes neither show nor fail at the default threshold.
gkml-validate threshold.inc.yaml
echo "default: rc=$?"
gkml-validate -W error threshold.inc.yaml
echo "-W error: rc=$?"
