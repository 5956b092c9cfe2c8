# Cells a spreadsheet would run as formulas (formula.new.yaml) as TSV:
# each starts with an apostrophe; the numbers stay as they are.
gkml-diff -T tsv formula.old.yaml formula.new.yaml
