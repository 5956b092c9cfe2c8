# The township pair, --brief: only whether they differ.
gkml-diff --brief township.old.yaml township.new.yaml
