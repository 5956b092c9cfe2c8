# Whose catalog, and of which level, when the title does not say: the
# 公开主体 tell (…镇人民政府: township; …县…局: county; …村委会:
# village), never the site around the table (its breadcrumb, its
# metadata labels, its name); when they are unsure, the hint names the
# option that helps.  A town's police station or central school named
# with the county's prefix is the town's own body.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-whose.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
head='序号,一级事项,二级事项,公开内容,公开依据,公开时限,公开主体,公开渠道和载体'
row() {	# row N BODY
	echo "$1,最低生活保障,事项$1,办理条件,《社会救助暂行办法》,20个工作日内,\"$2\",政府网站"
}
run() {	# run NAME: import $tmp/NAME.csv, show whose and what was said
	gkml-import -W note --area social-assistance "$tmp/$1.csv" \
	    >"$tmp/$1.yaml" 2>"$tmp/$1.err"
	echo "$1: gkml-import $?"
	grep '^  \(jurisdiction\|level\):' "$tmp/$1.yaml"
	grep 'GK109\|GK110\|GK112' "$tmp/$1.err" | sed "s|$tmp/||"
}
# A township's: its government in most rows, the county's bureau in one,
# the police station and central school under the county's name.
{ echo '当前位置：首页 > 政务公开 > 基层政务公开 > 标准目录'
  echo '社会救助领域基层政务公开标准目录'
  echo '索引号：,11532300MB0000000X/2024-00012,发布机构：,示例县人民政府'
  echo "$head"
  row 1 石羊镇人民政府
  row 2 示例县民政局、石羊镇人民政府
  row 3 示例县公安局石羊派出所
  row 4 示例县石羊镇中心学校
  row 5 石羊镇人民政府; } >"$tmp/town.csv"
run town
# A county's: its bureaus, one town named once.
{ echo '社会救助领域基层政务公开标准目录'
  echo "$head"
  row 1 示例县民政局
  row 2 示例县民政局
  row 3 示例县人力资源和社会保障局
  row 4 各乡镇人民政府
  row 5 示例县民政局
  row 6 示例县民政局
  row 7 示例县民政局
  row 8 示例县民政局
  row 9 示例县民政局
  row 10 示例县民政局
  row 11 石羊镇人民政府; } >"$tmp/county.csv"
run county
# A village's: its committee, the town above it.
{ echo "$head"
  row 1 安乐村委会
  row 2 安乐村民委员会、石羊镇人民政府
  row 3 安乐村委会; } >"$tmp/village.csv"
run village
# In a village's catalog, the town's police station is a body of a
# higher level, and is said to be.
{ echo "$head"
  row 1 安乐村委会
  row 2 示例县公安局石羊派出所; } >"$tmp/village2.csv"
run village2
# Two towns as often: unsure, and the hint is --jurisdiction.
{ echo "$head"
  row 1 石羊镇人民政府
  row 2 三台乡人民政府; } >"$tmp/two.csv"
run two
# A place without a level word: the hint is --level.
{ echo '石羊社会救助领域基层政务公开标准目录'
  echo "$head"
  row 1 各相关部门; } >"$tmp/nolevel.csv"
run nolevel
# Nothing to go by: --jurisdiction.
{ echo "$head"
  row 1 各乡镇人民政府; } >"$tmp/none.csv"
run none
