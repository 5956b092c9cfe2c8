# A text export with no title: whose it is is guessed from the 公开主体
# (大英县公安局: the county), a note; the options make it sure.
gkml-import huji.csv
echo "rc=$?"
gkml-import --jurisdiction 大英县 --level 县级 huji.csv
