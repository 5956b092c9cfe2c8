# The township pair (2023 -> 2024) as TSV.
gkml-diff -T tsv township.old.yaml township.new.yaml
