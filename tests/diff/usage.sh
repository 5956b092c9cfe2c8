# Bad usage: a message and the usage on standard error, exit 2; --help on
# standard output, exit 0.
gkml-diff
echo "no operands: rc=$?"
gkml-diff meta.old.yaml
echo "one operand: rc=$?"
gkml-diff meta.old.yaml meta.new.yaml meta.new.yaml
echo "three operands: rc=$?"
gkml-diff -T xml meta.old.yaml meta.new.yaml
echo "unknown format: rc=$?"
gkml-diff -x meta.old.yaml meta.new.yaml
echo "unknown option: rc=$?"
gkml-diff --ignore
echo "--ignore without a field: rc=$?"
gkml-diff meta.old.yaml dirs/new
echo "a file and a directory: rc=$?"
gkml-diff --git meta.old.yaml meta.new.yaml
echo "--git with 2 arguments: rc=$?"
gkml-diff --help
echo "--help: rc=$?"
