/* Unit tests for lib/import*.c, on grids made here, as a reader makes them. */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "diag.h"
#include "doc.h"
#include "import.h"
#include "import_int.h"
#include "schema.h"
#include "table.h"
#include "harness.h"

static struct schema	 S;
static struct limits	 L;

/*
 * A table from rows of cells parted by '|'.  A cell "^" is a copy of the
 * one above (a rowspan), "<" of the one to its left (a colspan).
 */
static void
add_table(struct tables *ts, const char *name, const char *const *rows,
    unsigned nrows)
{
	struct table	*t;
	struct cell	*c, *o;
	const char	*p, *e;
	unsigned	 r, k, ncols = 1;

	for (p = rows[0]; *p != '\0'; p++)
		ncols += *p == '|';
	ts->v = realloc(ts->v, (ts->n + 1) * sizeof(*ts->v));
	t = &ts->v[ts->n++];
	memset(t, 0, sizeof(*t));
	t->name = name;
	t->where = ts->n == 1 ? "table 1" : "table 2";
	t->line = 1;
	t->nrows = nrows;
	t->ncols = ncols;
	t->cells = arena_calloc(&ts->a, (size_t)nrows * ncols, sizeof(*c));
	for (r = 0; r < nrows; r++)
		for (k = 0, p = rows[r]; k < ncols; k++) {
			e = strchr(p, '|');
			if (e == NULL)
				e = p + strlen(p);
			c = TABLE_CELL(t, r, k);
			c->line = r + 1;
			c->col = k + 1;
			c->orow = r;
			c->ocol = k;
			if (e - p == 1 && (*p == '^' || *p == '<')) {
				o = *p == '^' ? TABLE_CELL(t, r - 1, k) :
				    TABLE_CELL(t, r, k - 1);
				c->text = o->text;
				c->orow = o->orow;
				c->ocol = o->ocol;
				c->merged = 1;
			} else
				c->text = arena_strndup(&ts->a, p,
				    (size_t)(e - p));
			p = *e ? e + 1 : e;
		}
}

/* Import ts; the YAML of every catalog into out; returns the status. */
static int
run(struct tables *ts, const struct import_opts *o, struct buf *out,
    size_t *uncertain)
{
	struct import	 im;
	struct diag	 dg;
	size_t		 i;
	int		 rc;

	diag_init(&dg, DIAG_TEXT, SEV_ERROR);
	dg.quiet = 1;
	import_init(&im);
	rc = import_tables(&im, ts, "t.html", o, &S, &L, &dg);
	buf_reset(out);
	for (i = 0; i < im.n; i++)
		buf_add(out, im.v[i].yaml, im.v[i].len);
	if (uncertain != NULL)
		*uncertain = im.uncertain;
	import_release(&im);
	diag_flush(&dg);
	diag_finish(&dg, "", "");
	return rc;
}

#define HAS(b, s) do {							\
	if (strstr((b)->ptr, (s)) != NULL) harness_pass++;		\
	else { harness_fail++;						\
		fprintf(stderr, "%s:%d: no '%s' in:\n%s\n", __FILE__,	\
		    __LINE__, (s), (b)->ptr); }				\
} while (0)

#define HASNT(b, s) do {						\
	if (strstr((b)->ptr, (s)) == NULL) harness_pass++;		\
	else { harness_fail++;						\
		fprintf(stderr, "%s:%d: '%s' in:\n%s\n", __FILE__,	\
		    __LINE__, (s), (b)->ptr); }				\
} while (0)

static void
test_fold(void)
{
	struct buf	 b = BUF_INIT;

	import_fold(&b, "公開 對象");
	STR_EQ(b.ptr, "公开对象");
	buf_reset(&b);
	import_fold(&b, "公开内容（要素）");
	STR_EQ(b.ptr, "公开内容(要素)");
	buf_reset(&b);
	import_fold(&b, "一級事 項\n");
	STR_EQ(b.ptr, "一级事项");
	buf_reset(&b);
	import_fold(&b, "社區/企事業單位/村公示欄（電子屏）");
	STR_EQ(b.ptr, "社区/企事业单位/村公示栏(电子屏)");
	buf_release(&b);
}

static void
test_outline(void)
{
	const char	*rest;
	int		 n[3];

	INT_EQ(import_outline("一、最低生活保障", n, &rest), 1);
	INT_EQ(n[0], 1);
	STR_EQ(rest, "最低生活保障");
	INT_EQ(import_outline("十二、其他", n, &rest), 1);
	INT_EQ(n[0], 12);
	INT_EQ(import_outline("二十三．补贴", n, &rest), 1);
	INT_EQ(n[0], 23);
	INT_EQ(import_outline("（二）认定结果", n, &rest), 1);
	INT_EQ(n[0], 2);
	STR_EQ(rest, "认定结果");
	INT_EQ(import_outline("(3)公示", n, &rest), 1);
	INT_EQ(n[0], 3);
	INT_EQ(import_outline("1.就业信息服务", n, &rest), 1);
	STR_EQ(rest, "就业信息服务");
	INT_EQ(import_outline("1.1就业政策法规咨询", n, &rest), 2);
	INT_EQ(n[0], 1);
	INT_EQ(n[1], 1);
	STR_EQ(rest, "就业政策法规咨询");
	INT_EQ(import_outline("2.3.1 细则", n, &rest), 3);
	INT_EQ(n[2], 1);
	STR_EQ(rest, "细则");
	INT_EQ(import_outline("3、救助结果", n, &rest), 1);
	INT_EQ(n[0], 3);
	INT_EQ(import_outline("①办事指南", n, &rest), 1);
	STR_EQ(rest, "办事指南");
	/* Not outline numbers. */
	INT_EQ(import_outline("12345政务服务热线", n, &rest), 0);
	INT_EQ(import_outline("2024年工作要点", n, &rest), 0);
	INT_EQ(import_outline("一站式服务", n, &rest), 0);
	INT_EQ(import_outline("三公经费", n, &rest), 0);
	INT_EQ(import_outline("办事指南", n, &rest), 0);
	STR_EQ(rest, "办事指南");
}

/* The standard two-row header, merged cells expanded. */
static const char *const head2[] = {
	"序号|公开事项|<|公开内容（要素）|公开依据|公开 时限|公开主体|"
	    "公开渠道和载体（“■”表示必选项，“□”表示可选项）|公开对象|<|"
	    "公开方式|<|公开层级|<",
	"^|一级事 项|二级事项|^|^|^|^|^|全 社会|特定群众|主动|申请|县级|"
	    "乡、村级",
};

static void
test_standard(void)
{
	static const char *const rows[] = {
		head2[0], head2[1],
		"1|一、最低生活保障|1.办事指南|办理条件\n申请材料|"
		    "《社会救助暂行办法》（国务院令第649号）|"
		    "信息形成或者变更之日起20个工作日内|石羊镇人民政府|"
		    "■政府网站 □政府公报 ■公开查阅点|√||√||√|√",
		"2|^|2.审核确认结果|户主姓名|民发〔201455号|同上|^|"
		    "口政府网站口政府公报公开查阅点|√||√|||√",
		"3|二、临时救助|1.救助结果|救助金额|《社会救助暂行办法》|"
		    "实时公开|石羊镇人民政府|t政府网站t门户网站|||√|||√",
	};
	struct tables	 ts;
	struct import_opts o;
	struct buf	 out = BUF_INIT, again = BUF_INIT;
	size_t		 unc;

	tables_init(&ts);
	add_table(&ts, "石羊镇社会救助领域基层政务公开标准目录", rows, 5);
	memset(&o, 0, sizeof(o));
	INT_EQ(run(&ts, &o, &out, &unc), 0);
	HAS(&out, "  id: social-assistance\n");
	HAS(&out, "  level: township\n");
	HAS(&out, "  jurisdiction: 石羊镇\n");
	HAS(&out, "  - id: \"c01\"\n    name: 最低生活保障\n");
	HAS(&out, "      - id: c01.i02\n        name: 审核确认结果\n");
	HAS(&out, "    name: 临时救助\n");
	HAS(&out, "      - id: c02.i01\n");
	/* Lines of 公开内容 are a list. */
	HAS(&out, "        content:\n          - 办理条件\n"
	    "          - 申请材料\n");
	/* ■/□, then 口 for □ with ■ lost, then t for ■. */
	HAS(&out, "channels: [website, reading-point]\n");
	HAS(&out, "channels: [reading-point]\n");
	HAS(&out, "channels: [website]\n");
	/* 同上 and the merged 公开主体. */
	HAS(&out, "        - 民发〔2014〕55号\n        deadline: "
	    "信息形成或者变更之日起20个工作日内\n        body: 石羊镇人民政府\n");
	/* 乡、村级 is two levels; 申请 (truncated) is on-request. */
	HAS(&out, "levels: [county, township, village]\n");
	/* The last row ticks no 公开对象. */
	HAS(&out, "no tick under 公开对象");
	HAS(&out, "mark '口' read as '□'");
	HAS(&out, "mark 't' read as '■'");
	OK(unc >= 3);
	/* The same table, the same bytes. */
	INT_EQ(run(&ts, &o, &again, NULL), 0);
	STR_EQ(again.ptr, out.ptr);
	/* Options win over the title. */
	o.jurisdiction = "大姚县石羊镇";
	o.idprefix = "dayao/shiyang";
	INT_EQ(run(&ts, &o, &out, NULL), 0);
	HAS(&out, "  id: dayao/shiyang/social-assistance\n");
	HAS(&out, "  jurisdiction: 大姚县石羊镇\n");
	tables_release(&ts);
	buf_release(&out);
	buf_release(&again);
}

static void
test_text_export(void)
{
	/* Merged cells lost: blank 一级事项, a three-level item, plain
	 * lists, text values, no 公开层级 and no 序号. */
	static const char *const rows[] = {
		"一级事项|二级事项|三级事项|公开内容|公开依据|公开时限|"
		    "公开主体|公开渠道|公开对象|公开方式",
		"户籍管理领域|户口登记|出生登记|所需材料|《户口登记条例》|"
		    "信息形成之日起20个工作日内|县公安局|政府网站、公告公示栏|"
		    "全社会|主动",
		"||死亡注销|所需材料|《户口登记条例》|"
		    "信息形成之日起20个工作日内|县公安局|政府网站政务服务中心|"
		    "全社会|依申请公开",
		"||||（注：在户籍地办理）|||||",
	};
	struct tables	 ts;
	struct import_opts o;
	struct buf	 out = BUF_INIT;

	tables_init(&ts);
	add_table(&ts, NULL, rows, 4);
	memset(&o, 0, sizeof(o));
	/* Whose catalog is it?  The table does not say. */
	INT_EQ(run(&ts, &o, &out, NULL), -1);
	INT_EQ(out.len, 0);
	o.jurisdiction = "大英县";
	o.level = "县级";
	INT_EQ(run(&ts, &o, &out, NULL), 0);
	HAS(&out, "  area: household-registration\n");
	HAS(&out, "  level: county\n");
	HAS(&out, "    name: 户籍管理领域\n    categories:\n"
	    "      - id: \"c01.c01\"\n        name: 户口登记\n");
	HAS(&out, "          - id: c01.c01.i02\n            name: 死亡注销\n");
	HAS(&out, "channels: [website, notice-board]\n");
	HAS(&out, "channels: [website, service-center]\n");
	HAS(&out, "mode: on-request\n");
	HAS(&out, "notes: 公开依据：（注：在户籍地办理）\n");
	HASNT(&out, "levels:");
	tables_release(&ts);
	buf_release(&out);
}

static void
test_ids(void)
{
	/* Outline numbers give the ids; a gap stays a gap. */
	static const char *const rows[] = {
		"序号|一级事项|二级事项|公开内容|公开依据|公开时限|公开主体|"
		    "公开渠道|公开对象|公开方式",
		"1|1.就业信息服务|1.1政策咨询|政策|《就业促进法》|实时公开|"
		    "区人社局|政府网站|全社会|主动",
		"2|^|1.3岗位信息|岗位|《就业促进法》|实时公开|区人社局|"
		    "政府网站|全社会|主动",
		"3|2.职业培训|2.1培训补贴|补贴|《就业促进法》|实时公开|"
		    "区人社局|政府网站|全社会|主动",
	};
	/* A table gkml-render wrote keeps its ids. */
	static const char *const kept[] = {
		"编号|一级事项|二级事项|公开内容|公开依据|公开时限|公开主体|"
		    "公开渠道和载体|公开对象|公开方式|公开层级",
		"policy.laws|政策文件|法规政策|法规|《社会救助暂行办法》|"
		    "实时公开|示例县民政局|政府网站|全社会|主动|县级",
		"dibao.guide|最低生活保障|办事指南|指南|《社会救助暂行办法》|"
		    "实时公开|示例县民政局|政府网站|全社会|主动|县级",
	};
	struct tables	 ts;
	struct import_opts o;
	struct buf	 out = BUF_INIT;

	memset(&o, 0, sizeof(o));
	o.area = "就业创业";
	o.jurisdiction = "示例区";
	tables_init(&ts);
	add_table(&ts, NULL, rows, 4);
	INT_EQ(run(&ts, &o, &out, NULL), 0);
	HAS(&out, "  area: employment\n");
	HAS(&out, "      - id: c01.i01\n        name: 政策咨询\n");
	HAS(&out, "      - id: c01.i03\n        name: 岗位信息\n");
	HAS(&out, "  - id: \"c02\"\n    name: 职业培训\n");
	tables_release(&ts);

	o.area = "social-assistance";
	o.jurisdiction = "示例县";
	tables_init(&ts);
	add_table(&ts, NULL, kept, 3);
	INT_EQ(run(&ts, &o, &out, NULL), 0);
	HAS(&out, "  - id: policy\n    name: 政策文件\n    items:\n"
	    "      - id: policy.laws\n");
	HAS(&out, "  - id: dibao\n");
	HAS(&out, "      - id: dibao.guide\n");
	tables_release(&ts);
	buf_release(&out);
}

static void
test_broken(void)
{
	static const char *const layout[] = {
		"首页|政务公开|联系我们",
	};
	static const char *const rows[] = {
		"序号|一级事项|二级事项|公开依据|公开时限",
		"1|政策文件|法规|《义务教育法》|实时公开",
	};
	struct tables	 ts;
	struct import_opts o;
	struct buf	 out = BUF_INIT;

	memset(&o, 0, sizeof(o));
	/* No table with a header: broken. */
	tables_init(&ts);
	add_table(&ts, NULL, layout, 1);
	INT_EQ(run(&ts, &o, &out, NULL), -1);
	/* A layout table beside a catalog table is skipped. */
	add_table(&ts, "石羊镇义务教育领域基层政务公开标准目录", rows, 2);
	INT_EQ(run(&ts, &o, &out, NULL), 0);
	HAS(&out, "  area: compulsory-education\n");
	/* An option the vocabulary does not know is trouble. */
	o.area = "no-such-area";
	INT_EQ(run(&ts, &o, &out, NULL), -2);
	tables_release(&ts);
	buf_release(&out);
}

/*
 * What the page says of itself: its metadata table, the paragraphs
 * before the table (its pre), rows above and below the header.  The
 * surer label wins whatever the order; the footer gives nothing.
 */
static void
test_page_meta(void)
{
	static const char *const meta[] = {
		"索引号：|11532300MB0000000X/2024-00012|主题分类：|民政",
		"发布机构：|石羊镇人民政府|成文日期：|2024年6月5日",
		"文号：||发布日期：|2024-06-06",
	};
	static const char *const rows[] = {
		"序号|一级事项|二级事项|公开内容|公开依据|公开时限|公开主体",
		"1|最低生活保障|办事指南|办理条件|《社会救助暂行办法》|"
		    "20个工作日内|石羊镇人民政府",
		"主办单位：示例县人民政府办公室|<|<|<|<|<|<",
		"联系电话：0878-0000000|<|<|<|<|<|<",
	};
	struct tables	 ts;
	struct import_opts o;
	struct buf	 out = BUF_INIT;

	tables_init(&ts);
	add_table(&ts, NULL, meta, 3);
	add_table(&ts, NULL, rows, 4);
	ts.v[1].pre = "当前位置：首页 > 标准目录\n"
	    "石羊镇社会救助领域基层政务公开标准目录\n"
	    "浏览次数：12 更新时间：2024-06-20";
	memset(&o, 0, sizeof(o));
	INT_EQ(run(&ts, &o, &out, NULL), 0);
	HAS(&out, "  title: 石羊镇社会救助领域基层政务公开标准目录\n");
	HAS(&out, "  publisher: 石羊镇人民政府\n");
	/* 更新时间 before 发布日期 before 成文日期. */
	HAS(&out, "  updated: 2024-06-20\n");
	/* Nothing of the footer, nothing of the page's own labels. */
	HASNT(&out, "contact");
	HASNT(&out, "0878");
	HASNT(&out, "示例县人民政府办公室");
	HASNT(&out, "11532300MB0000000X");
	/* The table's own 编制单位 is surer than the page's 发布机构. */
	ts.v[1].pre = "编制单位：石羊镇党政综合办公室\n"
	    "石羊镇社会救助领域基层政务公开标准目录";
	INT_EQ(run(&ts, &o, &out, NULL), 0);
	HAS(&out, "  publisher: 石羊镇党政综合办公室\n");
	HAS(&out, "  updated: 2024-06-06\n");
	tables_release(&ts);
	buf_release(&out);
}

/* List markers: what a list entry may start with, and what it may not. */
static void
test_markers(void)
{
	static const struct {
		const char	*s;
		size_t		 n;
	} t[] = {
		{ "●办理事项", 3 },
		{ "● 办理事项", 4 },
		{ "·名单", 2 },
		{ "- 名单", 2 },
		{ "1.对象姓名", 2 },
		{ "12、对象", 5 },
		{ "3．监督电话", 4 },
		{ "（1）救助对象", 7 },
		{ "(2)救助金额", 3 },
		{ "（一）申请", 9 },
		{ "一、申请", 6 },
		{ "①材料", 3 },
		{ "2）结果", 4 },
		/* None: a number that is one, a year, a lone marker. */
		{ "1.5倍标准", 0 },
		{ "2024年名单", 0 },
		{ "●", 0 },
		{ "1.", 0 },
		{ "名单", 0 },
		{ "一般程序", 0 },
		{ "（注）说明", 0 },
		{ "123456、对象", 0 },
	};
	size_t	 i;

	for (i = 0; i < sizeof(t) / sizeof(*t); i++)
		INT_EQ(list_marker(t[i].s), t[i].n);
}

int
main(void)
{
	setenv("GKML_DATADIR", ".", 0);
	limits_default(&L);
	if (schema_load(&S, gkml_datadir()) != 0 ||
	    import_load_words(&S, gkml_datadir()) != 0)
		return 1;
	test_fold();
	test_outline();
	test_standard();
	test_text_export();
	test_ids();
	test_broken();
	test_markers();
	test_page_meta();
	schema_release(&S);
	return harness_done("test_import");
}
