/*
 * Unit tests for lib/diff.c: how items and categories are paired
 * (by id, moved, renamed with the same or nearly the same content),
 * which fields differ and how values compare as meant (a label and its
 * slug, sets in any order, time limits that parse alike), the content
 * signature that pairs renamed items, duplicate ids, and the single-value
 * comparisons the three-way merge uses.
 */
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "diff.h"
#include "doc.h"
#include "schema.h"
#include "xmalloc.h"
#include "harness.h"

static struct schema	 sch;
static struct limits	 lim;

/* An item of the tests' catalogs, with its fields spelled out. */
#define ITEM(id, name, content, deadline, channels)			\
	"      - id: " id "\n"						\
	"        name: " name "\n"					\
	"        content: " content "\n"				\
	"        basis: [《社会救助暂行办法》]\n"			\
	"        deadline: " deadline "\n"				\
	"        body: 示例县民政局\n"					\
	"        channels: " channels "\n"				\
	"        audience: public\n"					\
	"        mode: proactive\n"

#define HEAD								\
	"gkml: 1\n"							\
	"catalog:\n"							\
	"  id: t/diff\n"						\
	"  title: 差异测试\n"						\
	"  area: social-assistance\n"					\
	"  level: county\n"						\
	"  jurisdiction: 示例县\n"					\
	"  publisher: 示例县民政局\n"					\
	"  version: \"2024\"\n"						\
	"  updated: 2024-05-20\n"					\
	"categories:\n"

#define D20	"信息形成或者变更之日起20个工作日内"

#define POLICY								\
	"  - id: policy\n"						\
	"    name: 政策文件\n"						\
	"    items:\n"							\
	ITEM("policy.laws", "法规政策", "社会救助相关法律法规及政策解读", \
	    D20, "[website, new-media]")				\
	ITEM("policy.plan", "工作规划", "年度社会救助工作规划", D20,	\
	    "[website]")

#define DIBAO								\
	"  - id: dibao\n"						\
	"    name: 最低生活保障\n"					\
	"    items:\n"							\
	ITEM("dibao.guide", "办事指南", "办理事项、办理条件、申请材料", \
	    D20, "[website, service-center, notice-board]")		\
	ITEM("dibao.result", "审核确认结果", "保障对象户主姓名、保障金额", \
	    D20, "[notice-board]")

static const char base[] = HEAD POLICY DIBAO;

struct pair {
	struct doc	 old, new;
	struct diff	 df;
};

static void
run(struct pair *p, const char *old, const char *new, int order)
{
	struct diff_opts	 o;
	struct diag		 dg;

	memset(p, 0, sizeof(*p));
	memset(&o, 0, sizeof(o));
	o.order = order;
	diag_init(&dg, DIAG_TEXT, SEV_NOTE);
	dg.quiet = 1;
	OK(doc_load_mem(&p->old, "old.yaml", old, strlen(old), &lim,
	    &dg) == 0);
	OK(doc_load_mem(&p->new, "new.yaml", new, strlen(new), &lim,
	    &dg) == 0);
	INT_EQ(dg.n, 0);
	diag_finish(&dg, "t", "");
	diff_init(&p->df);
	if (p->old.root != NULL && p->new.root != NULL)
		diff_docs(&p->df, &sch, &p->old, &p->new, &o);
}

static void
done(struct pair *p)
{
	diff_release(&p->df);
	doc_release(&p->old);
	doc_release(&p->new);
}

/* s with the first occurrence of from replaced by to. */
static char *
edit(const char *s, const char *from, const char *to)
{
	const char	*p;
	char		*r;

	if ((p = strstr(s, from)) == NULL) {
		fprintf(stderr, "edit: '%s' not found\n", from);
		exit(2);
	}
	r = xasprintf("%.*s%s%s", (int)(p - s), s, to, p + strlen(from));
	return r;
}

/* The first change of kind k (and field, when not NULL), or NULL. */
static const struct change *
find(const struct diff *df, enum change_kind k, const char *field)
{
	size_t	 i;

	for (i = 0; i < df->n; i++)
		if (df->v[i].kind == k && (field == NULL ||
		    (df->v[i].field != NULL &&
		    strcmp(df->v[i].field, field) == 0)))
			return &df->v[i];
	return NULL;
}

/* The list of n strings v as "a,b". */
static char *
joined(const char **v, size_t n)
{
	struct buf	 b = BUF_INIT;
	size_t		 i;

	for (i = 0; i < n; i++)
		buf_addf(&b, "%s%s", i ? "," : "", v[i]);
	return buf_detach(&b, NULL);
}

#define LIST_EQ(v, n, want) do {					\
	char *s_ = joined(v, n);					\
	STR_EQ(s_, want);						\
	free(s_);							\
} while (0)

static void
test_identical(void)
{
	struct pair	 p;
	char		*same;

	run(&p, base, base, 1);
	INT_EQ(p.df.n, 0);
	INT_EQ(p.df.impacts, 0);
	done(&p);

	/*
	 * Equal as meant: a label for a slug, a set in another order, a
	 * time limit worded another way, a flow list for a block list.
	 */
	same = edit(base, "channels: [website, service-center, notice-board]",
	    "channels: [notice-board, 政府网站, service-center]");
	run(&p, base, same, 0);
	INT_EQ(p.df.n, 0);
	done(&p);
	free(same);
	same = edit(base, "basis: [《社会救助暂行办法》]",
	    "basis:\n          - 《社会救助暂行办法》");
	run(&p, base, same, 0);
	INT_EQ(p.df.n, 0);
	done(&p);
	free(same);
}

static void
test_changed_fields(void)
{
	struct pair		 p;
	const struct change	*c;
	char			*new, *t;

	t = edit(base, "content: 年度社会救助工作规划",
	    "content: 年度社会救助工作规划及完成情况");
	new = edit(t, "channels: [notice-board]",
	    "channels: [notice-board, hotline]");
	free(t);
	t = new;
	new = edit(t, "title: 差异测试", "title: 差异测试(修订)");
	free(t);
	run(&p, base, new, 0);
	INT_EQ(p.df.n, 3);
	INT_EQ(p.df.count[CH_META], 1);
	INT_EQ(p.df.count[CH_ITEM_CHANGED], 2);
	/* Catalog fields come first. */
	INT_EQ(p.df.v[0].kind, CH_META);
	STR_EQ(p.df.v[0].field, "title");
	STR_EQ(p.df.v[0].old, "差异测试");
	STR_EQ(p.df.v[0].new, "差异测试(修订)");
	if ((c = find(&p.df, CH_ITEM_CHANGED, "content")) != NULL) {
		STR_EQ(c->item, "policy.plan");
		STR_EQ(c->category, "policy");
		STR_EQ(c->catname, "政策文件");
		STR_EQ(c->old, "年度社会救助工作规划");
		STR_EQ(c->new, "年度社会救助工作规划及完成情况");
		STR_EQ(c->oldfile, "old.yaml");
		STR_EQ(c->newfile, "new.yaml");
		INT_EQ(c->oldline, 26);
		INT_EQ(c->newline, 26);
		OK(c->impact == NULL);
	} else
		OK(!"content changed");
	/* A set field: what was added and removed, member by member. */
	if ((c = find(&p.df, CH_ITEM_CHANGED, "channels")) != NULL) {
		STR_EQ(c->item, "dibao.result");
		LIST_EQ(c->added, c->nadded, "hotline");
		INT_EQ(c->nremoved, 0);
		OK(c->impact == NULL);
	} else
		OK(!"channels changed");
	done(&p);
	free(new);

	/* What the public gets: a channel removed, a longer time limit. */
	t = edit(base, "channels: [website, new-media]", "channels: [website]");
	new = edit(t, "deadline: " D20 "\n        body: 示例县民政局\n"
	    "        channels: [website]\n",
	    "deadline: 信息形成或者变更之日起30个工作日内\n"
	    "        body: 示例县民政局\n        channels: [website]\n");
	free(t);
	run(&p, base, new, 0);
	INT_EQ(p.df.n, 2);
	INT_EQ(p.df.impacts, 2);
	if ((c = find(&p.df, CH_ITEM_CHANGED, "channels")) != NULL) {
		STR_EQ(c->item, "policy.laws");
		LIST_EQ(c->removed, c->nremoved, "new-media");
		STR_EQ(c->impact, "channel removed");
	} else
		OK(!"channel removed");
	if ((c = find(&p.df, CH_ITEM_CHANGED, "deadline")) != NULL) {
		STR_EQ(c->item, "policy.laws");
		STR_EQ(c->impact, "time limit longer");
	} else
		OK(!"deadline changed");
	done(&p);
	free(new);
}

static void
test_added_removed(void)
{
	static const char removed[] = HEAD POLICY
	    "  - id: dibao\n"
	    "    name: 最低生活保障\n"
	    "    items:\n"
	    ITEM("dibao.guide", "办事指南", "办理事项、办理条件、申请材料",
	    D20, "[website, service-center, notice-board]");
	static const char added[] = HEAD POLICY DIBAO
	    "  - id: tekun\n"
	    "    name: 特困人员救助供养\n"
	    "    items:\n"
	    ITEM("tekun.guide", "特困办事指南", "特困人员认定条件与流程",
	    D20, "[website]");
	struct pair		 p;
	const struct change	*c;

	run(&p, base, removed, 0);
	INT_EQ(p.df.n, 1);
	if ((c = find(&p.df, CH_ITEM_REMOVED, NULL)) != NULL) {
		STR_EQ(c->item, "dibao.result");
		STR_EQ(c->name, "审核确认结果");
		OK(c->oldline > 0);
		INT_EQ(c->newline, 0);
	} else
		OK(!"item removed");
	done(&p);

	run(&p, base, added, 0);
	INT_EQ(p.df.count[CH_CATEGORY_ADDED], 1);
	INT_EQ(p.df.count[CH_ITEM_ADDED], 1);
	INT_EQ(p.df.n, 2);
	if ((c = find(&p.df, CH_ITEM_ADDED, NULL)) != NULL) {
		STR_EQ(c->item, "tekun.guide");
		STR_EQ(c->category, "tekun");
		INT_EQ(c->oldline, 0);
	} else
		OK(!"item added");
	done(&p);
}

/* An item under another category keeps its id: moved, not re-added. */
static void
test_moved(void)
{
	static const char moved[] = HEAD
	    "  - id: policy\n"
	    "    name: 政策文件\n"
	    "    items:\n"
	    ITEM("policy.laws", "法规政策", "社会救助相关法律法规及政策解读",
	    D20, "[website, new-media]")
	    DIBAO
	    ITEM("policy.plan", "工作规划", "年度社会救助工作规划", D20,
	    "[website]");
	struct pair		 p;
	const struct change	*c;

	run(&p, base, moved, 0);
	INT_EQ(p.df.n, 1);
	INT_EQ(p.df.count[CH_ITEM_ADDED], 0);
	INT_EQ(p.df.count[CH_ITEM_REMOVED], 0);
	if ((c = find(&p.df, CH_ITEM_MOVED, NULL)) != NULL) {
		STR_EQ(c->item, "policy.plan");
		STR_EQ(c->category, "dibao");
		STR_EQ(c->oldid, "policy");
	} else
		OK(!"item moved");
	done(&p);

	/* Order changes are reported only when asked for. */
	run(&p, base, HEAD DIBAO POLICY, 0);
	INT_EQ(p.df.n, 0);
	done(&p);
	run(&p, base, HEAD DIBAO POLICY, 1);
	OK(p.df.n > 0);
	INT_EQ(p.df.count[CH_ORDER], p.df.n);
	done(&p);
}

static void
test_renamed(void)
{
	struct pair		 p;
	const struct change	*c;
	char			*new, *t;

	/* A new id, everything else the same: a rename, 100% alike. */
	new = edit(base, "id: dibao.result", "id: dibao.results");
	run(&p, base, new, 0);
	INT_EQ(p.df.n, 1);
	if ((c = find(&p.df, CH_ITEM_RENAMED, NULL)) != NULL) {
		STR_EQ(c->item, "dibao.results");
		STR_EQ(c->oldid, "dibao.result");
		INT_EQ(c->similarity, 100);
	} else
		OK(!"renamed");
	done(&p);
	free(new);

	/*
	 * The content signature stands for values as meant: the same
	 * item with its channels reordered and one given by its label,
	 * its time limit reworded, still pairs whole.
	 */
	t = edit(base, "id: dibao.guide", "id: dibao.howto");
	new = edit(t, "channels: [website, service-center, notice-board]",
	    "channels: [notice-board, service-center, 政府网站]");
	free(t);
	run(&p, base, new, 0);
	INT_EQ(p.df.n, 1);
	if ((c = find(&p.df, CH_ITEM_RENAMED, NULL)) != NULL) {
		STR_EQ(c->oldid, "dibao.guide");
		STR_EQ(c->item, "dibao.howto");
		INT_EQ(c->similarity, 100);
	} else
		OK(!"renamed with the same content");
	done(&p);
	free(new);

	/* Renamed and edited: paired by likeness, with its change. */
	t = edit(base, "id: policy.laws", "id: policy.rules");
	new = edit(t, "channels: [website, new-media]",
	    "channels: [website, new-media, notice-board]");
	free(t);
	run(&p, base, new, 0);
	INT_EQ(p.df.count[CH_ITEM_RENAMED], 1);
	INT_EQ(p.df.count[CH_ITEM_ADDED], 0);
	INT_EQ(p.df.count[CH_ITEM_REMOVED], 0);
	if ((c = find(&p.df, CH_ITEM_RENAMED, NULL)) != NULL) {
		STR_EQ(c->oldid, "policy.laws");
		OK(c->similarity >= 60 && c->similarity < 100);
	} else
		OK(!"renamed and edited");
	if ((c = find(&p.df, CH_ITEM_CHANGED, "channels")) != NULL) {
		STR_EQ(c->item, "policy.rules");
		LIST_EQ(c->added, c->nadded, "notice-board");
	} else
		OK(!"the renamed item's change");
	done(&p);
	free(new);

	/* A different item under a new id is not a rename. */
	t = edit(base, "id: policy.plan", "id: policy.budget");
	new = edit(t, "name: 工作规划\n        content: 年度社会救助工作规划",
	    "name: 资金预算\n        content: 救助资金预算安排及执行");
	free(t);
	run(&p, base, new, 0);
	INT_EQ(p.df.count[CH_ITEM_RENAMED], 0);
	INT_EQ(p.df.count[CH_ITEM_ADDED], 1);
	INT_EQ(p.df.count[CH_ITEM_REMOVED], 1);
	done(&p);
	free(new);

	/* A category under a new id, its items along: renamed. */
	t = edit(base, "  - id: dibao\n", "  - id: minimum-living\n");
	new = t;
	run(&p, base, new, 0);
	INT_EQ(p.df.count[CH_CATEGORY_RENAMED], 1);
	INT_EQ(p.df.count[CH_CATEGORY_ADDED], 0);
	INT_EQ(p.df.count[CH_CATEGORY_REMOVED], 0);
	INT_EQ(p.df.count[CH_ITEM_MOVED], 0);
	if ((c = find(&p.df, CH_CATEGORY_RENAMED, NULL)) != NULL) {
		STR_EQ(c->category, "minimum-living");
		STR_EQ(c->oldid, "dibao");
		INT_EQ(c->similarity, 100);
	} else
		OK(!"category renamed");
	done(&p);
	free(new);
}

/* The same input gives the same changes, byte for byte, every time. */
static void
test_stable(void)
{
	struct pair	 a, b;
	char		*new, *t;
	size_t		 i;

	t = edit(base, "id: dibao.guide", "id: dibao.howto");
	new = edit(t, "title: 差异测试", "title: 差异");
	free(t);
	t = new;
	new = edit(t, "channels: [website, new-media]", "channels: [gazette]");
	free(t);
	run(&a, base, new, 0);
	run(&b, base, new, 0);
	INT_EQ(a.df.n, 3);
	INT_EQ(a.df.n, b.df.n);
	for (i = 0; i < a.df.n && i < b.df.n; i++) {
		INT_EQ(a.df.v[i].kind, b.df.v[i].kind);
		OK((a.df.v[i].item == NULL) == (b.df.v[i].item == NULL));
		if (a.df.v[i].item != NULL)
			STR_EQ(a.df.v[i].item, b.df.v[i].item);
		INT_EQ(a.df.v[i].similarity, b.df.v[i].similarity);
		INT_EQ(a.df.v[i].newline, b.df.v[i].newline);
	}
	/* Catalog fields, then categories in the new order. */
	if (a.df.n == 3) {
		INT_EQ(a.df.v[0].kind, CH_META);
		STR_EQ(a.df.v[1].item, "policy.laws");
		STR_EQ(a.df.v[2].item, "dibao.howto");
	}
	done(&a);
	done(&b);
	free(new);
}

static void
test_not_applicable(void)
{
	static const char na1[] = HEAD POLICY DIBAO
	    "not-applicable:\n"
	    "  - id: medical.guide\n"
	    "    name: 医疗救助办事指南\n"
	    "    reason: 由县医疗保障局统一公开\n";
	static const char na2[] = HEAD POLICY DIBAO
	    "not-applicable:\n"
	    "  - id: medical.guide\n"
	    "    name: 医疗救助办事指南\n"
	    "    reason: 本县无此项工作\n"
	    "  - id: housing.guide\n"
	    "    name: 住房救助办事指南\n"
	    "    reason: 本县无此项工作\n";
	struct pair		 p;
	const struct change	*c;

	run(&p, base, na1, 0);
	INT_EQ(p.df.n, 1);
	if ((c = find(&p.df, CH_NA_ADDED, NULL)) != NULL)
		STR_EQ(c->item, "medical.guide");
	else
		OK(!"not-applicable added");
	done(&p);
	run(&p, na1, na2, 0);
	INT_EQ(p.df.count[CH_NA_CHANGED], 1);
	INT_EQ(p.df.count[CH_NA_ADDED], 1);
	if ((c = find(&p.df, CH_NA_CHANGED, NULL)) != NULL) {
		STR_EQ(c->item, "medical.guide");
		STR_EQ(c->old, "由县医疗保障局统一公开");
		STR_EQ(c->new, "本县无此项工作");
	} else
		OK(!"not-applicable reason changed");
	done(&p);
	run(&p, na2, base, 0);
	INT_EQ(p.df.count[CH_NA_REMOVED], 2);
	done(&p);
}

static void
test_check_ids(void)
{
	struct doc	 d;
	struct diag	 dg;
	char		*dup;

	dup = edit(base, "id: dibao.result", "id: policy.laws");
	memset(&d, 0, sizeof(d));
	diag_init(&dg, DIAG_TEXT, SEV_NOTE);
	dg.quiet = 1;
	OK(doc_load_mem(&d, "dup.yaml", dup, strlen(dup), &lim, &dg) == 0);
	INT_EQ(diff_check_ids(&d, &dg), -1);
	INT_EQ(dg.n, 1);
	if (dg.n == 1) {
		INT_EQ(dg.v[0].rule, R_DUP_ID);
		INT_EQ(dg.v[0].line, 45);
	}
	doc_release(&d);
	diag_finish(&dg, "t", "");
	free(dup);

	memset(&d, 0, sizeof(d));
	diag_init(&dg, DIAG_TEXT, SEV_NOTE);
	dg.quiet = 1;
	OK(doc_load_mem(&d, "ok.yaml", base, strlen(base), &lim, &dg) == 0);
	INT_EQ(diff_check_ids(&d, &dg), 0);
	INT_EQ(dg.n, 0);
	doc_release(&d);
	diag_finish(&dg, "t", "");
}

/* The comparisons the three-way merge borrows. */
static void
test_eq(void)
{
	static const char vals[] =
	    "a: [website, notice-board]\n"
	    "b: [公示栏, 政府网站]\n"
	    "c: [website]\n"
	    "d: 信息形成之日起20个工作日内\n"
	    "e: 自信息形成之日起20个工作日内\n"
	    "f: 信息形成之日起30个工作日内\n";
	struct diff_eq		*e;
	struct doc		 d;
	struct diag		 dg;
	const char		**m;
	const struct node	*r;

	memset(&d, 0, sizeof(d));
	diag_init(&dg, DIAG_TEXT, SEV_NOTE);
	dg.quiet = 1;
	OK(doc_load_mem(&d, "v.yaml", vals, strlen(vals), &lim, &dg) == 0);
	diag_finish(&dg, "t", "");
	if ((r = d.root) == NULL) {
		doc_release(&d);
		return;
	}
	e = diff_eq_new(&sch);
	OK(diff_eq_is_set(e, "item", "channels"));
	OK(diff_eq_is_set(e, "item", "basis"));
	OK(!diff_eq_is_set(e, "item", "name"));
	OK(diff_eq_same(e, "item", "channels", node_get(r, "a", NULL),
	    node_get(r, "b", NULL)));
	OK(!diff_eq_same(e, "item", "channels", node_get(r, "a", NULL),
	    node_get(r, "c", NULL)));
	OK(!diff_eq_same(e, "item", "channels", node_get(r, "a", NULL),
	    NULL));
	OK(diff_eq_same(e, "item", "channels", NULL, NULL));
	OK(diff_eq_same(e, "item", "deadline", node_get(r, "d", NULL),
	    node_get(r, "e", NULL)));
	OK(!diff_eq_same(e, "item", "deadline", node_get(r, "d", NULL),
	    node_get(r, "f", NULL)));
	INT_EQ(diff_eq_members(e, "item", "channels", node_get(r, "b", NULL),
	    &m), 2);
	LIST_EQ(m, 2, "notice-board,website");
	OK(diff_eq_has(m, 2, "website"));
	OK(!diff_eq_has(m, 2, "hotline"));
	diff_eq_reset(e);
	diff_eq_free(e);
	doc_release(&d);
}

/* The names of the kinds are the JSON and TSV outputs' contract. */
static void
test_kind_names(void)
{
	STR_EQ(change_kind_name(CH_ITEM_ADDED), "item_added");
	STR_EQ(change_kind_name(CH_ITEM_RENAMED), "item_renamed");
	STR_EQ(change_kind_name(CH_CATEGORY_MOVED), "category_moved");
	STR_EQ(change_kind_name(CH_META), "catalog_changed");
}

int
main(void)
{
	limits_default(&lim);
	if (schema_load(&sch, ".") != 0)
		return 2;
	test_identical();
	test_changed_fields();
	test_added_removed();
	test_moved();
	test_renamed();
	test_stable();
	test_not_applicable();
	test_check_ids();
	test_eq();
	test_kind_names();
	schema_release(&sch);
	return harness_done("test_diff");
}
