# -q prints nothing; the exit status still says what was found.
gkml-validate -q gk030-unknown-channel.yaml
echo "error: rc=$?"
gkml-validate -q gk030-ok.yaml
echo "valid: rc=$?"
gkml-validate -q threshold.inc.yaml
echo "warning below the threshold: rc=$?"
gkml-validate -q -W warning threshold.inc.yaml
echo "warning at -W warning: rc=$?"
gkml-validate -q -T json -W note threshold.inc.yaml
echo "json: rc=$?"
