# Bad usage: usage on standard error, exit 2; --help on standard output.
gkml-fmt
echo "no file: rc=$?"
gkml-fmt --check -w canonical.inc.yaml
echo "--check and -w: rc=$?"
gkml-fmt -x canonical.inc.yaml
echo "unknown option: rc=$?"
gkml-fmt --help
echo "--help: rc=$?"
