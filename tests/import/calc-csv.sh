# A page as Calc saves it to CSV, the merges lost: a blank row after each
# line of the site above the table (so the header is past the 20th row,
# but not past the 20th that is not blank); sub-headers of two lines
# broken across two rows (全 / 社会, 依申 / 请公开); each paragraph of a
# cell on a row of its own, with no 序号 and no name: more of the item
# above, its channels too.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-calc.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
for w in 首页 政务公开 政务服务 互动交流 信息公开指南 信息公开制度 \
    法定主动公开内容 信息公开年报 '当前位置：首页 > 政务公开'; do
	printf '"%s",,,,,,,,,,,,\n,,,,,,,,,,,,\n' "$w"
done >"$tmp/page.csv"
cat >>"$tmp/page.csv" <<'CSV'
"石羊镇社会救助领域基层政务公开标准目录",,,,,,,,,,,,
"序号","公开事项",,"公开内容","公开依据","公开时限","公开主体","公开渠道和载体","公开对象",,"公开方式",,"公开层级"
,"一级事项","二级事项",,,,,,"全","特定群众","主动","依申","乡级"
,,,,,,,,"社会",,,"请公开",
1,"最低生活保障","办事指南","办理条件、","《社会救助暂行办法》","20个工作日内","石羊镇人民政府","■政府网站","√",,"√",,"√"
,,,"申请材料",,,,"■便民服务站",,,,,
,,,,,,,"■公开查阅点",,,,,
2,"最低生活保障","审核结果","救助对象","《社会救助暂行办法》","20个工作日内","石羊镇人民政府","■政府网站",,"√",,"√","√"
,,,,,,,,,,,,
"主办单位：示例县人民政府办公室",,,,,,,,,,,,
CSV
gkml-import -W warning --area social-assistance "$tmp/page.csv" 2>&1 |
    sed "s|$tmp/||"
