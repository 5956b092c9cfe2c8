# --base: a standalone catalog said as an overlay on a base of the
# officer's choosing; what an overlay cannot say is refused (GK117) and
# nothing is written; a base that cannot be found is trouble (exit 2).
areas=budget
. ../township.lib
gkml-render -T xlsx -o hexi.xlsx dongshan/hexi
echo "== standalone, then again on the county's catalog"
gkml-import --standalone -o standalone.yaml hexi.xlsx
grep -c '^  - id:' standalone.yaml
gkml-render -T xlsx -o standalone.xlsx standalone.yaml
mkdir -p again/hexi
gkml-import --base dongshan/budget.yaml -o again/hexi/budget.yaml \
    standalone.xlsx
echo "import: $?"
cat again/hexi/budget.yaml
gkml-diff dongshan/hexi/budget.yaml again/hexi/budget.yaml >/dev/null
echo "diff: $?"
echo "== an audience emptied: the overlay cannot say it, nothing is written"
cp -R dongshan before
xlsx-edit hexi.xlsx emptied.xlsx 财政预决算 set I4 ''
gkml-import -o dongshan/hexi/ emptied.xlsx
echo "import: $?"
diff -r before dongshan && echo "unchanged"
echo "== the base not found"
gkml-import -o elsewhere/ hexi.xlsx
echo "import: $?"
echo "== --base and --standalone"
gkml-import --base dongshan/budget.yaml --standalone hexi.xlsx
echo "import: $?"
