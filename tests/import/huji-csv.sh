# A text export: the table does not say whose it is, so the options do.
gkml-import huji.csv
echo "rc=$?"
gkml-import --jurisdiction 大英县 --level 县级 huji.csv
