# The township pair (2023 -> 2024) as JSON.
gkml-diff -T json township.old.yaml township.new.yaml
