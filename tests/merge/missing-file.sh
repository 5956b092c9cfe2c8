# A file that cannot be read is trouble, not a finding: exit 2.
gkml-merge no-such-overlay.yaml
echo "rc=$?"
