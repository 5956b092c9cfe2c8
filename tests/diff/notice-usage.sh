# -O takes oneline, and only with -T notice: anything else is bad usage.
gkml-diff -T notice -O wide township.old.yaml township.new.yaml
echo "rc=$?"
gkml-diff -O oneline township.old.yaml township.new.yaml
echo "rc=$?"
gkml-diff -T json -O oneline township.old.yaml township.new.yaml
echo "rc=$?"
# The notice of a catalog that does not load: trouble, and no notice.
gkml-diff -T notice township.old.yaml missing.yaml
echo "rc=$?"
