# A small pair (channels removed and added) as JSON.
gkml-diff -T json channels.old.yaml channels.new.yaml
