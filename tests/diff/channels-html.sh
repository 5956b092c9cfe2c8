# A small pair (channels removed and added) as HTML.
gkml-diff -T html channels.old.yaml channels.new.yaml
