# The officer's year, scripted: gkml new makes a county (three areas), a
# township and two villages; the tree validates clean and renders; the
# township's workbook is edited as an officer would in Excel (a time
# limit changed, an audience picked from the 选项 list, a row added) and
# imported back; the result is the township's overlay again, and
# gkml-diff against the original shows exactly the three edits; stats
# gives per-level totals that match a count made without it.
areas=social-assistance,budget,public-culture
. ../township.lib
for v in dongcun:东村 xicun:西村; do
	gkml new village -o "dongshan/hexi/${v%%:*}" --township dongshan/hexi \
	    --id "dongshan/hexi/${v%%:*}" --jurisdiction "东山县河西镇${v#*:}" \
	    --publisher "${v#*:}村民委员会" --updated 2025-01-01 >/dev/null
done
echo "== the tree"
find dongshan -name '*.yaml' | sort
gkml-validate -W warning dongshan && echo "validate: clean"
gkml-render -T html -o site dongshan && echo "render: $(find site -name '*.html' | wc -l | tr -d ' ') pages"

echo "== counted without gkml-stats: the items each catalog resolves to"
for f in $(find dongshan -name '*.yaml' | sort); do
	# An entry of a list under 'items' is an item, under 'categories'
	# a category: the key above it at two spaces less says which.
	gkml-merge "$f" | awk -v f="$f" '
	    /^ *(items|categories):$/ { n = index($0, $1) + 1
		kind[n] = $1 == "items:" ? "item" : "cat" }
	    /^ *- id:/ { n = index($0, "-") - 1
		if (kind[n] == "item") items++
		else if (n == 2) top++ }
	    END { print f, top + 0, items + 0 }'
done | awk '{ d = $1; sub(/\/[^\/]*$/, "", d)
	lv = d == "dongshan" ? "county" : d == "dongshan/hexi" ? "township" : "village"
	c[lv]++; f[lv] += $2; s[lv] += $3 }
    END { for (l in c) print l ": " c[l] " catalogs, " f[l] " first-level, " s[l] " second-level items" }' |
    sort
# Expected areas, by hand: the county is measured against the 26 areas
# counties keep (it has 3); the township against the county's catalogs
# with township items (all 3 have some); each village against those
# with village items (public-culture, social-assistance; budget has
# none) and its own 村务公开: 3, so 6 for the two.
echo "== gkml-stats, per level"
gkml-stats dongshan | grep ' level: '

echo "== the township's workbook, edited"
gkml-render -T xlsx -o hexi.xlsx dongshan/hexi/*.yaml
unzip -p hexi.xlsx xl/workbook.xml | grep -o '<sheet name="选项"[^>]*state="hidden"/>'
# 特定群体 is in the list of 公开对象 (column B of 选项) the dropdown offers.
unzip -p hexi.xlsx xl/worksheets/sheet5.xml | grep -o '<c r="B[0-9]*"[^>]*><is><t>特定群体</t>'
# Sheet 社会救助, row 6 is 保障标准 (dibao.standard); a row added after
# the last, in 监督管理.
xlsx-edit hexi.xlsx edited.xlsx \
    社会救助 set F6 信息形成之日起10个工作日内 \
    社会救助 set I6 特定群体 \
    社会救助 add 'C=镇社会救助咨询|D=镇民政办咨询电话和办公地点|E=《社会救助暂行办法》|F=长期公开|G=河西镇人民政府|H=便民服务站|I=全社会|J=主动|K=乡级'
cp -R dongshan before
gkml-import -o dongshan/hexi/ edited.xlsx && echo "import: 0"
diff -r before dongshan | grep '^diff\|^Only'
gkml-validate -W warning dongshan && echo "validate: clean"
gkml-diff before/hexi/social-assistance.yaml dongshan/hexi/social-assistance.yaml
echo "== gkml-stats after: one more township item, and in the villages none"
gkml-stats dongshan | grep ' level: '
