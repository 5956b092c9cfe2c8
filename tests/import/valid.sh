# What gkml-import writes passes gkml-validate -W error (warnings are
# allowed) and is already in gkml-fmt's canonical form.
rm -rf valid.tmp && mkdir valid.tmp
gkml-import -o valid.tmp/shehui shehui.html 2>/dev/null
gkml-import -o valid.tmp/shehui-fixed shehui-fixed.html 2>/dev/null
gkml-import -o valid.tmp/shehui-docx shehui.docx 2>/dev/null
gkml-import -o valid.tmp/shehui-xlsx shehui.xlsx 2>/dev/null
gkml-import -o valid.tmp/huibian/ huibian.html 2>/dev/null
gkml-import -o valid.tmp/huibian-xlsx/ huibian.xlsx 2>/dev/null
gkml-import -o valid.tmp/huibian-docx/ huibian.docx 2>/dev/null
gkml-import -o valid.tmp/dean dean.html 2>/dev/null
gkml-import -o valid.tmp/huji --jurisdiction 大英县 --level county huji.csv 2>/dev/null
gkml-import -o valid.tmp/village --area x-village-affairs --jurisdiction 东村 village.csv 2>/dev/null
gkml-import -o valid.tmp/wujian/ wujian.csv 2>/dev/null
for f in $(find valid.tmp -type f | sort); do
	mv "$f" "$f.yaml"
done
find valid.tmp -name '*.yaml' | wc -l | tr -d ' '
# Each on its own: the imports of one table in several forms share an id.
ok=1
for f in $(find valid.tmp -name '*.yaml' | sort); do
	gkml-validate -q -W error "$f" || { echo "$f: not valid"; ok=0; }
done
[ $ok = 1 ] && echo "gkml-validate -W error: valid"
gkml-fmt --check valid.tmp && echo "gkml-fmt --check: canonical"
rm -rf valid.tmp
