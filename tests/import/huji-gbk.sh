# A GBK file is refused with the way out; --encoding gbk reads it.
gkml-import --jurisdiction 大英县 --level county huji-gbk.csv
echo "rc=$?"
gkml-import --encoding gbk --jurisdiction 大英县 --level county huji-gbk.csv 2>/dev/null >gbk.tmp
echo "rc=$?"
gkml-import --jurisdiction 大英县 --level county huji.csv 2>/dev/null | cmp - gbk.tmp && echo "gbk: same catalog as UTF-8"
rm -f gbk.tmp
