# The same file on both sides: exit 0 and nothing printed, in every format
# but JSON, which still files its header and an empty list.
gkml-diff township.new.yaml township.new.yaml
echo "text: rc=$?"
gkml-diff --brief township.new.yaml township.new.yaml
echo "brief: rc=$?"
gkml-diff -T tsv township.new.yaml township.new.yaml
echo "tsv: rc=$?"
gkml-diff -T json township.new.yaml township.new.yaml
echo "json: rc=$?"
# Directories with the same catalogs.
gkml-diff dirs/old dirs/old
echo "directories: rc=$?"
