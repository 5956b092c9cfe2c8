# Bad usage: usage on standard error, exit 2; --help on standard output.
gkml-merge
echo "no file: rc=$?"
gkml-merge omit.yaml chain.yaml
echo "two files: rc=$?"
gkml-merge -x omit.yaml
echo "unknown option: rc=$?"
gkml-merge omit.yaml -o
echo "-o without its argument: rc=$?"
gkml-merge --help
echo "--help: rc=$?"
