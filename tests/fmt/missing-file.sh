# A file that cannot be read: exit 2, the others still printed.
gkml-fmt no-such-catalog.yaml canonical.inc.yaml | cmp - canonical.inc.yaml && echo "canonical.inc.yaml: printed"
gkml-fmt no-such-catalog.yaml
echo "rc=$?"
