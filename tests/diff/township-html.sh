# The township pair (2023 -> 2024) as HTML.
gkml-diff -T html township.old.yaml township.new.yaml
