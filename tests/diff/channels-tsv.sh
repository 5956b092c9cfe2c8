# A small pair (channels removed and added) as TSV.
gkml-diff -T tsv channels.old.yaml channels.new.yaml
