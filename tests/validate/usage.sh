# Bad usage: usage on standard error, exit 2.
gkml-validate
echo "no file: rc=$?"
gkml-validate -W fatal gk030-ok.yaml
echo "bad -W: rc=$?"
gkml-validate -T xml gk030-ok.yaml
echo "bad -T: rc=$?"
gkml-validate -x gk030-ok.yaml
echo "unknown option: rc=$?"
gkml-validate gk030-ok.yaml -W
echo "-W without its value: rc=$?"
