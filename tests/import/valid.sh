# What gkml-import writes passes gkml-validate -W error (warnings are
# allowed) and is already in gkml-fmt's canonical form.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-import.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' INT TERM HUP
o=$tmp/valid
mkdir "$o" || exit 2
gkml-import -o "$o/shehui" shehui.html 2>/dev/null
gkml-import -o "$o/shehui-fixed" shehui-fixed.html 2>/dev/null
gkml-import -o "$o/shehui-docx" shehui.docx 2>/dev/null
gkml-import -o "$o/shehui-xlsx" shehui.xlsx 2>/dev/null
gkml-import -o "$o/huibian/" huibian.html 2>/dev/null
gkml-import -o "$o/huibian-xlsx/" huibian.xlsx 2>/dev/null
gkml-import -o "$o/huibian-docx/" huibian.docx 2>/dev/null
gkml-import -o "$o/dean" dean.html 2>/dev/null
gkml-import -o "$o/huji" --jurisdiction 大英县 --level county huji.csv 2>/dev/null
gkml-import -o "$o/village" --area x-village-affairs --jurisdiction 东村 village.csv 2>/dev/null
gkml-import -o "$o/wujian/" wujian.csv 2>/dev/null
cd "$o" || exit 2
for f in $(find . -type f | sort); do
	mv "$f" "$f.yaml"
done
find . -name '*.yaml' | wc -l | tr -d ' '
# Each on its own: the imports of one table in several forms share an id.
ok=1
for f in $(find . -name '*.yaml' | sort); do
	gkml-validate -q -W error "$f" || { echo "$f: not valid"; ok=0; }
done
[ $ok = 1 ] && echo "gkml-validate -W error: valid"
gkml-fmt --check . && echo "gkml-fmt --check: canonical"
