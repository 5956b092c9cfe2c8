# A small pair, --brief.
gkml-diff --brief channels.old.yaml channels.new.yaml
