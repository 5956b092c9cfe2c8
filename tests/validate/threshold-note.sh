# -W note shows and fails on everything.
gkml-validate -W note threshold.inc.yaml
echo "-W note: rc=$?"
