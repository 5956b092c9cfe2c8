/*
 * Unit tests for lib/merge.c: overlay resolution (inherit, omit,
 * changed and added fields, not-applicable, chains of extends, cycles
 * and the other broken rules) and the three-way merge (clean, the same
 * change twice, conflicts, keys neither side touched).  The catalogs are
 * written to a temporary directory, because overlays name their bases
 * by path.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "diag.h"
#include "doc.h"
#include "merge.h"
#include "schema.h"
#include "xmalloc.h"
#include "harness.h"

static char		*dir;
static char		*written[64];	/* to remove at the end */
static size_t		 nwritten;
static struct schema	 sch;
static struct limits	 lim;

#define HEAD(id, level, extends)					\
	"gkml: 1\n"							\
	"catalog:\n"							\
	"  id: " id "\n"						\
	"  title: 测试目录\n"						\
	"  level: " level "\n"						\
	"  jurisdiction: 示例县\n"					\
	"  publisher: 示例县民政局\n"					\
	"  updated: 2024-06-18\n"					\
	extends

/* The base: two categories; items at county, township and village. */
static const char county[] =
    "gkml: 1\n"
    "catalog:\n"
    "  id: t/county\n"
    "  title: 示例县社会救助目录\n"
    "  area: social-assistance\n"
    "  level: county\n"
    "  jurisdiction: 示例县\n"
    "  publisher: 示例县民政局\n"
    "  version: \"2024\"\n"
    "  updated: 2024-05-20\n"
    "  contact: 0000-1234510\n"
    "categories:\n"
    "  - id: policy\n"
    "    name: 政策文件\n"
    "    items:\n"
    "      - id: policy.laws\n"
    "        name: 法规政策\n"
    "        content: 社会救助相关法律法规\n"
    "        basis: [《社会救助暂行办法》]\n"
    "        deadline: 信息形成或者变更之日起20个工作日内\n"
    "        body: 示例县民政局\n"
    "        channels: [website, new-media]\n"
    "        audience: public\n"
    "        mode: proactive\n"
    "        levels: [county, township]\n"
    "      - id: policy.county\n"
    "        name: 县级规划\n"
    "        content: 县级社会救助规划\n"
    "        deadline: 信息形成或者变更之日起20个工作日内\n"
    "        body: 示例县民政局\n"
    "        channels: [website]\n"
    "        audience: public\n"
    "        mode: proactive\n"
    "        levels: county\n"
    "  - id: dibao\n"
    "    name: 最低生活保障\n"
    "    items:\n"
    "      - id: dibao.guide\n"
    "        name: 办事指南\n"
    "        content: 办理事项、办理条件\n"
    "        deadline: 信息形成或者变更之日起20个工作日内\n"
    "        body: 示例县民政局\n"
    "        channels: [website, notice-board]\n"
    "        audience: public\n"
    "        mode: proactive\n"
    "        levels: [county, township, village]\n"
    "        notes: 原文备注\n"
    "      - id: dibao.result\n"
    "        name: 审核确认结果\n"
    "        content: 保障对象、保障金额\n"
    "        deadline: 信息形成或者变更之日起20个工作日内\n"
    "        body: 示例县民政局\n"
    "        channels: [notice-board]\n"
    "        audience: public\n"
    "        mode: proactive\n"
    "        levels: [county, township, village]\n"
    "  - id: county-only\n"
    "    name: 县级事项\n"
    "    items:\n"
    "      - id: county-only.plan\n"
    "        name: 工作计划\n"
    "        content: 年度计划\n"
    "        deadline: 按年公开\n"
    "        body: 示例县民政局\n"
    "        channels: [website]\n"
    "        audience: public\n"
    "        mode: proactive\n"
    "        levels: county\n";

static char *
path_of(const char *name)
{
	return xasprintf("%s/%s", dir, name);
}

static void
put(const char *name, const char *text)
{
	char	*p;
	FILE	*f;
	size_t	 i;

	p = path_of(name);
	if ((f = fopen(p, "w")) == NULL) {
		perror(p);
		exit(2);
	}
	fputs(text, f);
	if (fclose(f) != 0) {
		perror(p);
		exit(2);
	}
	if (nwritten < sizeof(written) / sizeof(written[0])) {
		/* A file written twice is in the list once. */
		for (i = 0; i < nwritten; i++)
			if (strcmp(written[i], p) == 0)
				break;
		if (i == nwritten)
			written[nwritten++] = p;
		else
			free(p);
	} else
		free(p);
}

/* A resolution: the top document, the result, the findings. */
struct res {
	struct doc	 top;
	struct merged	 m;
	struct diag	 dg;
	char		*path;
	int		 rc;
};

static void
resolve(struct res *r, const char *name)
{
	memset(r, 0, sizeof(*r));
	diag_init(&r->dg, DIAG_TEXT, SEV_NOTE);
	r->dg.quiet = 1;
	r->path = path_of(name);
	if ((r->rc = doc_load(&r->top, r->path, &lim, &r->dg)) == 0)
		r->rc = merge_resolve(&r->m, &r->top, &sch, &lim, &r->dg);
}

static void
done(struct res *r)
{
	merge_release(&r->m);
	doc_release(&r->top);
	diag_finish(&r->dg, "t", "");
	free(r->path);
}

/* How many findings of rule r were recorded. */
static size_t
nrule(const struct diag *dg, enum rule rule)
{
	size_t	 i, n = 0;

	for (i = 0; i < dg->n; i++)
		if (dg->v[i].rule == rule)
			n++;
	return n;
}

static const struct node *
find_id(const struct node *list, const char *id)
{
	const struct node	*v;
	size_t			 i;

	if (list == NULL || list->kind != NODE_SEQ)
		return NULL;
	for (i = 0; i < list->n; i++) {
		v = node_get(&list->u.kids[i], "id", NULL);
		if (node_str(v) != NULL && strcmp(node_str(v), id) == 0)
			return &list->u.kids[i];
	}
	return NULL;
}

static const struct node *
category(const struct node *root, const char *id)
{
	return find_id(node_get(root, "categories", NULL), id);
}

/* Item id of the top-level category cat of root, or NULL. */
static const struct node *
item(const struct node *root, const char *cat, const char *id)
{
	const struct node	*c;

	if ((c = category(root, cat)) == NULL)
		return NULL;
	return find_id(node_get(c, "items", NULL), id);
}

static const char *
field(const struct node *map, const char *key)
{
	return map == NULL ? NULL : node_str(node_get(map, key, NULL));
}

/* The items of category cat, as "a,b,c". */
static char *
ids(const struct node *root, const char *cat)
{
	const struct node	*c, *l;
	struct buf		 b = BUF_INIT;
	size_t			 i;

	if ((c = category(root, cat)) != NULL &&
	    (l = node_get(c, "items", NULL)) != NULL && l->kind == NODE_SEQ)
		for (i = 0; i < l->n; i++)
			buf_addf(&b, "%s%s", i ? "," : "",
			    field(&l->u.kids[i], "id"));
	return buf_detach(&b, NULL);
}

/* A list of scalars as "a,b"; a scalar as itself. */
static char *
joined(const struct node *n)
{
	struct buf	 b = BUF_INIT;
	size_t		 i;

	if (n != NULL && n->kind == NODE_SEQ) {
		for (i = 0; i < n->n; i++)
			buf_addf(&b, "%s%s", i ? "," : "",
			    node_str(&n->u.kids[i]) ? node_str(&n->u.kids[i]) :
			    "?");
	} else if (node_str(n) != NULL)
		buf_adds(&b, node_str(n));
	return buf_detach(&b, NULL);
}

#define LIST_EQ(n, want) do {						\
	char *s_ = joined(n);						\
	STR_EQ(s_, want);						\
	free(s_);							\
} while (0)

#define IDS_EQ(root, cat, want) do {					\
	char *s_ = ids(root, cat);					\
	STR_EQ(s_, want);						\
	free(s_);							\
} while (0)

/* Does the origin of n end in name? */
static int
from(const struct merged *m, const struct node *n, const char *name)
{
	const char	*o;
	size_t		 lo, ln;

	if (n == NULL || (o = merge_origin(m, n)) == NULL)
		return 0;
	lo = strlen(o);
	ln = strlen(name);
	return lo >= ln && strcmp(o + lo - ln, name) == 0 &&
	    (lo == ln || o[lo - ln - 1] == '/');
}

/* An overlay that says nothing: the items at its level, nothing else. */
static void
test_inherit_default(void)
{
	struct res		 r;
	const struct node	*root, *cat;

	put("town-plain.yaml", HEAD("t/town", "township",
	    "  extends: county.yaml\n"));
	resolve(&r, "town-plain.yaml");
	INT_EQ(r.rc, 0);
	INT_EQ(r.dg.n, 0);
	INT_EQ(r.m.nlayers, 2);
	OK((root = r.m.out.root) != NULL);
	if (root == NULL)
		goto out;
	/* The overlay's catalog fields win; the base fills in the rest. */
	cat = node_get(root, "catalog", NULL);
	STR_EQ(field(cat, "id"), "t/town");
	STR_EQ(field(cat, "level"), "township");
	STR_EQ(field(cat, "area"), "social-assistance");
	STR_EQ(field(cat, "version"), "2024");
	STR_EQ(field(cat, "contact"), "0000-1234510");
	OK(from(&r.m, node_get(cat, "id", NULL), "town-plain.yaml"));
	OK(from(&r.m, node_get(cat, "area", NULL), "county.yaml"));
	/* The resolved catalog stands alone. */
	OK(node_get(cat, "extends", NULL) == NULL);
	OK(node_get(root, "omit", NULL) == NULL);
	/* County-only items go, and a category left empty with them. */
	IDS_EQ(root, "policy", "policy.laws");
	IDS_EQ(root, "dibao", "dibao.guide,dibao.result");
	OK(category(root, "county-only") == NULL);
	/* Inherited items are copied whole. */
	STR_EQ(field(item(root, "policy", "policy.laws"), "body"),
	    "示例县民政局");
	LIST_EQ(node_get(item(root, "policy", "policy.laws"), "channels",
	    NULL), "website,new-media");
	STR_EQ(field(item(root, "dibao", "dibao.guide"), "notes"), "原文备注");
out:
	done(&r);
}

/* inherit.levels picks other items; inherit.set sets fields on them. */
static void
test_inherit_levels_set(void)
{
	struct res		 r;
	const struct node	*root, *it;

	put("town-set.yaml", HEAD("t/town", "township",
	    "  extends: county.yaml\n")
	    "inherit:\n"
	    "  levels: [village]\n"
	    "  set:\n"
	    "    body: 清水镇人民政府\n"
	    "    levels: [township]\n"
	    "categories:\n"
	    "  - id: dibao\n"
	    "    items:\n"
	    "      - id: dibao.result\n"
	    "        body: 清水镇社会事务办公室\n");
	resolve(&r, "town-set.yaml");
	INT_EQ(r.rc, 0);
	INT_EQ(r.dg.n, 0);
	if ((root = r.m.out.root) == NULL)
		goto out;
	/* policy.laws is at county and township, not village. */
	OK(category(root, "policy") == NULL);
	IDS_EQ(root, "dibao", "dibao.guide,dibao.result");
	it = item(root, "dibao", "dibao.guide");
	STR_EQ(field(it, "body"), "清水镇人民政府");
	OK(from(&r.m, node_get(it, "body", NULL), "town-set.yaml"));
	LIST_EQ(node_get(it, "levels", NULL), "township");
	/* What an item of the overlay says beats inherit.set. */
	it = item(root, "dibao", "dibao.result");
	STR_EQ(field(it, "body"), "清水镇社会事务办公室");
	LIST_EQ(node_get(it, "levels", NULL), "township");
	/* The fields not set are the base's. */
	STR_EQ(field(it, "name"), "审核确认结果");
	OK(from(&r.m, node_get(it, "name", NULL), "county.yaml"));
out:
	done(&r);
}

/* Overrides change only the fields they name; new ids add items. */
static void
test_override_add(void)
{
	struct res		 r;
	const struct node	*root, *it;

	put("town-edit.yaml", HEAD("t/town", "township",
	    "  extends: county.yaml\n")
	    "categories:\n"
	    "  - id: policy\n"
	    "    items:\n"
	    "      - id: policy.laws\n"
	    "        channels: [website, notice-board, on-site]\n"
	    "  - id: dibao\n"
	    "    items:\n"
	    "      - id: dibao.local\n"
	    "        name: 本镇补充事项\n"
	    "        content: 本镇低保资金发放情况\n"
	    "        deadline: 按季度公开\n"
	    "        body: 清水镇人民政府\n"
	    "        channels: [notice-board]\n"
	    "        audience: public\n"
	    "        mode: proactive\n"
	    "  - id: local\n"
	    "    name: 本镇事项\n"
	    "    items:\n"
	    "      - id: local.fund\n"
	    "        name: 资金使用\n"
	    "        content: 资金使用情况\n"
	    "        deadline: 按年公开\n"
	    "        body: 清水镇人民政府\n"
	    "        channels: [notice-board]\n"
	    "        audience: public\n"
	    "        mode: proactive\n");
	resolve(&r, "town-edit.yaml");
	INT_EQ(r.rc, 0);
	INT_EQ(r.dg.n, 0);
	if ((root = r.m.out.root) == NULL)
		goto out;
	it = item(root, "policy", "policy.laws");
	LIST_EQ(node_get(it, "channels", NULL),
	    "website,notice-board,on-site");
	OK(from(&r.m, node_get(it, "channels", NULL), "town-edit.yaml"));
	STR_EQ(field(it, "content"), "社会救助相关法律法规");
	OK(from(&r.m, node_get(it, "content", NULL), "county.yaml"));
	LIST_EQ(node_get(it, "basis", NULL), "《社会救助暂行办法》");
	/* A new item comes after the base's items of its category. */
	IDS_EQ(root, "dibao", "dibao.guide,dibao.result,dibao.local");
	STR_EQ(field(item(root, "dibao", "dibao.local"), "name"),
	    "本镇补充事项");
	/* A new category, after the base's. */
	IDS_EQ(root, "local", "local.fund");
	STR_EQ(field(category(root, "local"), "name"), "本镇事项");
	/* Only the new and changed nodes come from the overlay. */
	OK(from(&r.m, node_get(item(root, "dibao", "dibao.guide"), "name",
	    NULL), "county.yaml"));
out:
	done(&r);
}

/* omit drops items into not-applicable; the overlay's own entries stay. */
static void
test_omit_not_applicable(void)
{
	struct res		 r;
	const struct node	*root, *na, *e;

	put("town-omit.yaml", HEAD("t/town", "township",
	    "  extends: county.yaml\n")
	    "omit:\n"
	    "  - id: policy.laws\n"
	    "    reason: 由县民政局统一公开\n"
	    "not-applicable:\n"
	    "  - id: medical.guide\n"
	    "    name: 医疗救助办事指南\n"
	    "    reason: 由县医疗保障局统一公开\n");
	resolve(&r, "town-omit.yaml");
	INT_EQ(r.rc, 0);
	INT_EQ(r.dg.n, 0);
	if ((root = r.m.out.root) == NULL)
		goto out;
	OK(category(root, "policy") == NULL);
	IDS_EQ(root, "dibao", "dibao.guide,dibao.result");
	OK(node_get(root, "omit", NULL) == NULL);
	na = node_get(root, "not-applicable", NULL);
	OK(na != NULL && na->kind == NODE_SEQ);
	INT_EQ(na ? na->n : 0, 2);
	/* An omitted item keeps its name, with the reason given. */
	e = find_id(na, "policy.laws");
	STR_EQ(field(e, "name"), "法规政策");
	STR_EQ(field(e, "reason"), "由县民政局统一公开");
	e = find_id(na, "medical.guide");
	STR_EQ(field(e, "name"), "医疗救助办事指南");
	STR_EQ(field(e, "reason"), "由县医疗保障局统一公开");
out:
	done(&r);
}

/* village -> township -> county: each layer on the one below. */
static void
test_chain(void)
{
	struct res		 r;
	const struct node	*root, *it;

	put("town-chain.yaml", HEAD("t/town", "township",
	    "  extends: county.yaml\n")
	    "inherit:\n"
	    "  set: { body: 清水镇人民政府 }\n"
	    "categories:\n"
	    "  - id: dibao\n"
	    "    items:\n"
	    "      - id: dibao.guide\n"
	    "        content: 本镇办理事项\n");
	put("village-chain.yaml", HEAD("t/village", "village",
	    "  extends: town-chain.yaml\n")
	    "categories:\n"
	    "  - id: dibao\n"
	    "    items:\n"
	    "      - id: dibao.result\n"
	    "        channels: [notice-board, on-site]\n");
	resolve(&r, "village-chain.yaml");
	INT_EQ(r.rc, 0);
	INT_EQ(r.dg.n, 0);
	INT_EQ(r.m.nlayers, 3);
	if ((root = r.m.out.root) == NULL)
		goto out;
	STR_EQ(field(node_get(root, "catalog", NULL), "level"), "village");
	/* Only village items, and every layer's say on them. */
	OK(category(root, "policy") == NULL);
	IDS_EQ(root, "dibao", "dibao.guide,dibao.result");
	it = item(root, "dibao", "dibao.guide");
	STR_EQ(field(it, "content"), "本镇办理事项");
	OK(from(&r.m, node_get(it, "content", NULL), "town-chain.yaml"));
	STR_EQ(field(it, "body"), "清水镇人民政府");
	STR_EQ(field(it, "name"), "办事指南");
	OK(from(&r.m, node_get(it, "name", NULL), "county.yaml"));
	it = item(root, "dibao", "dibao.result");
	LIST_EQ(node_get(it, "channels", NULL), "notice-board,on-site");
	OK(from(&r.m, node_get(it, "channels", NULL), "village-chain.yaml"));
	STR_EQ(field(it, "body"), "清水镇人民政府");
out:
	done(&r);
}

/* A cycle of extends, and a file that extends itself. */
static void
test_cycles(void)
{
	struct res	 r;

	put("cycle-a.yaml", HEAD("t/a", "village",
	    "  extends: cycle-b.yaml\n"));
	put("cycle-b.yaml", HEAD("t/b", "township",
	    "  extends: cycle-a.yaml\n"));
	resolve(&r, "cycle-a.yaml");
	OK(r.rc < 0);
	INT_EQ(nrule(&r.dg, R_EXTENDS_CYCLE), 1);
	done(&r);

	put("cycle-self.yaml", HEAD("t/self", "township",
	    "  extends: ./cycle-self.yaml\n"));
	resolve(&r, "cycle-self.yaml");
	OK(r.rc < 0);
	INT_EQ(nrule(&r.dg, R_EXTENDS_CYCLE), 1);
	done(&r);
}

/* The other rules of overlays, each a finding and no result. */
static void
test_broken(void)
{
	struct res	 r;

	put("town-noreason.yaml", HEAD("t/town", "township",
	    "  extends: county.yaml\n")
	    "omit:\n"
	    "  - id: policy.laws\n");
	resolve(&r, "town-noreason.yaml");
	INT_EQ(r.rc, -1);
	INT_EQ(nrule(&r.dg, R_OMIT_REASON), 1);
	done(&r);

	/* An id the base lacks, with no name to make it a new item. */
	put("town-unknown.yaml", HEAD("t/town", "township",
	    "  extends: county.yaml\n")
	    "categories:\n"
	    "  - id: dibao\n"
	    "    items:\n"
	    "      - id: dibao.guid\n"
	    "        channels: [website]\n");
	resolve(&r, "town-unknown.yaml");
	INT_EQ(r.rc, -1);
	INT_EQ(nrule(&r.dg, R_UNKNOWN_BASE_ID), 1);
	OK(r.dg.n > 0 && r.dg.v[0].line == 13);
	done(&r);

	/* Omitting what the base does not have. */
	put("town-omit-unknown.yaml", HEAD("t/town", "township",
	    "  extends: county.yaml\n")
	    "omit:\n"
	    "  - id: dibao.nothing\n"
	    "    reason: 无\n");
	resolve(&r, "town-omit-unknown.yaml");
	INT_EQ(r.rc, -1);
	INT_EQ(nrule(&r.dg, R_UNKNOWN_BASE_ID), 1);
	done(&r);

	/* Same level as the base, and upwards. */
	put("town-base.yaml", HEAD("t/town", "township",
	    "  extends: county.yaml\n"));
	put("town-same.yaml", HEAD("t/town2", "township",
	    "  extends: town-base.yaml\n"));
	resolve(&r, "town-same.yaml");
	INT_EQ(r.rc, -1);
	INT_EQ(nrule(&r.dg, R_OVERLAY_LEVEL), 1);
	done(&r);
	put("county-up.yaml", HEAD("t/c2", "county",
	    "  extends: town-base.yaml\n"));
	resolve(&r, "county-up.yaml");
	INT_EQ(r.rc, -1);
	INT_EQ(nrule(&r.dg, R_OVERLAY_LEVEL), 1);
	done(&r);

	/* A base that is not there cannot be resolved at all. */
	put("town-missing.yaml", HEAD("t/town", "township",
	    "  extends: no-such-county.yaml\n"));
	resolve(&r, "town-missing.yaml");
	OK(r.rc < 0);
	INT_EQ(nrule(&r.dg, R_EXTENDS), 1);
	OK(r.m.out.root == NULL);
	done(&r);
}

/* A standalone catalog resolves to itself. */
static void
test_standalone(void)
{
	struct res	 r;

	resolve(&r, "county.yaml");
	INT_EQ(r.rc, 0);
	INT_EQ(r.dg.n, 0);
	INT_EQ(r.m.nlayers, 1);
	if (r.m.out.root != NULL) {
		IDS_EQ(r.m.out.root, "policy", "policy.laws,policy.county");
		IDS_EQ(r.m.out.root, "county-only", "county-only.plan");
	}
	done(&r);
}

/* --- three-way --- */

/* The base of the three-way cases: small, with keys nobody edits. */
static const char tbase[] =
    "gkml: 1\n"
    "catalog:\n"
    "  id: t/three\n"
    "  title: 三方合并\n"
    "  area: social-assistance\n"
    "  level: county\n"
    "  jurisdiction: 示例县\n"
    "  publisher: 示例县民政局\n"
    "  version: \"2024\"\n"
    "  updated: 2024-05-20\n"
    "  contact: 0000-1234510\n"
    "  x-source: 县政府网站\n"
    "categories:\n"
    "  - id: a\n"
    "    name: 甲类\n"
    "    items:\n"
    "      - id: a.one\n"
    "        name: 第一项\n"
    "        content: 内容一\n"
    "        deadline: 信息形成之日起10个工作日内\n"
    "        body: 示例县民政局\n"
    "        channels: [website, notice-board]\n"
    "        audience: public\n"
    "        mode: proactive\n"
    "        notes: 备注一\n"
    "        x-code: A1\n"
    "      - id: a.two\n"
    "        name: 第二项\n"
    "        content: 内容二\n"
    "        deadline: 信息形成之日起10个工作日内\n"
    "        body: 示例县民政局\n"
    "        channels: [website]\n"
    "        audience: public\n"
    "        mode: proactive\n"
    "  - id: b\n"
    "    name: 乙类\n"
    "    items:\n"
    "      - id: b.one\n"
    "        name: 乙项\n"
    "        content: 内容三\n"
    "        deadline: 按年公开\n"
    "        body: 示例县民政局\n"
    "        channels: [website]\n"
    "        audience: public\n"
    "        mode: proactive\n";

/* tbase with the first occurrence of from replaced by to. */
static char *
edit(const char *text, const char *from, const char *to)
{
	const char	*p;
	struct buf	 b = BUF_INIT;

	if ((p = strstr(text, from)) == NULL) {
		fprintf(stderr, "edit: '%s' not found\n", from);
		exit(2);
	}
	buf_add(&b, text, (size_t)(p - text));
	buf_adds(&b, to);
	buf_adds(&b, p + strlen(from));
	return buf_detach(&b, NULL);
}

struct three {
	struct merged	 m;
	struct diag	 dg;
	size_t		 nconflicts;
	int		 rc;
};

static void
three(struct three *t, const char *ours, const char *theirs)
{
	char	*b, *o, *th;

	put("base.yaml", tbase);
	put("ours.yaml", ours);
	put("theirs.yaml", theirs);
	b = path_of("base.yaml");
	o = path_of("ours.yaml");
	th = path_of("theirs.yaml");
	memset(t, 0, sizeof(*t));
	diag_init(&t->dg, DIAG_TEXT, SEV_NOTE);
	t->dg.quiet = 1;
	t->rc = merge_three(&t->m, b, o, th, &sch, &lim, &t->dg,
	    &t->nconflicts);
	free(b);
	free(o);
	free(th);
}

static void
three_done(struct three *t)
{
	merge_release(&t->m);
	diag_finish(&t->dg, "t", "");
}

/* Changes to different fields and items combine; the rest survives. */
static void
test_three_clean(void)
{
	struct three		 t;
	const struct node	*root, *it, *cat;
	char			*o, *th, *tmp;

	o = edit(tbase, "信息形成之日起10个工作日内",
	    "信息形成之日起15个工作日内");
	tmp = edit(tbase, "name: 第二项", "name: 第二项公示");
	th = edit(tmp, "name: 乙类", "name: 乙类事项");
	free(tmp);
	three(&t, o, th);
	INT_EQ(t.rc, 0);
	INT_EQ(t.nconflicts, 0);
	INT_EQ(nrule(&t.dg, R_CONFLICT), 0);
	if ((root = t.m.out.root) == NULL)
		goto out;
	it = item(root, "a", "a.one");
	STR_EQ(field(it, "deadline"), "信息形成之日起15个工作日内");
	/* Keys neither side touched survive, x- keys among them. */
	STR_EQ(field(it, "notes"), "备注一");
	STR_EQ(field(it, "x-code"), "A1");
	LIST_EQ(node_get(it, "channels", NULL), "website,notice-board");
	it = item(root, "a", "a.two");
	STR_EQ(field(it, "name"), "第二项公示");
	STR_EQ(field(it, "deadline"), "信息形成之日起10个工作日内");
	STR_EQ(field(category(root, "b"), "name"), "乙类事项");
	IDS_EQ(root, "a", "a.one,a.two");
	IDS_EQ(root, "b", "b.one");
	cat = node_get(root, "catalog", NULL);
	STR_EQ(field(cat, "x-source"), "县政府网站");
	STR_EQ(field(cat, "contact"), "0000-1234510");
	STR_EQ(field(cat, "version"), "2024");
out:
	three_done(&t);
	free(o);
	free(th);
}

/* The same change on both sides is taken once; sets merge by member. */
static void
test_three_same_and_sets(void)
{
	struct three		 t;
	const struct node	*root;
	char			*o, *th, *tmp;

	tmp = edit(tbase, "name: 第二项", "name: 第二项公示");
	o = edit(tmp, "channels: [website, notice-board]",
	    "channels: [website, notice-board, hotline]");
	free(tmp);
	tmp = edit(tbase, "name: 第二项", "name: 第二项公示");
	th = edit(tmp, "channels: [website, notice-board]",
	    "channels: [notice-board, push]");
	free(tmp);
	three(&t, o, th);
	INT_EQ(t.rc, 0);
	INT_EQ(t.nconflicts, 0);
	if ((root = t.m.out.root) == NULL)
		goto out;
	STR_EQ(field(item(root, "a", "a.two"), "name"), "第二项公示");
	/* ours added hotline, theirs removed website and added push. */
	LIST_EQ(node_get(item(root, "a", "a.one"), "channels", NULL),
	    "notice-board,hotline,push");
out:
	three_done(&t);
	free(o);
	free(th);
}

/* One field changed two ways; modified on one side, removed on other. */
static void
test_three_conflicts(void)
{
	struct three		 t;
	const struct node	*root, *v;
	char			*o, *th, *tmp;

	o = edit(tbase, "信息形成之日起10个工作日内",
	    "信息形成之日起5个工作日内");
	th = edit(tbase, "信息形成之日起10个工作日内",
	    "信息形成之日起30个工作日内");
	three(&t, o, th);
	INT_EQ(t.rc, 0);
	INT_EQ(t.nconflicts, 1);
	INT_EQ(nrule(&t.dg, R_CONFLICT), 1);
	/* Reported at the line of ours that holds the value. */
	OK(t.dg.n > 0 && t.dg.v[0].line == 20);
	if ((root = t.m.out.root) != NULL) {
		/* The value becomes {ours, theirs}, which fails validation. */
		v = node_get(item(root, "a", "a.one"), "deadline", NULL);
		OK(v != NULL && v->kind == NODE_MAP);
		STR_EQ(field(v, "ours"), "信息形成之日起5个工作日内");
		STR_EQ(field(v, "theirs"), "信息形成之日起30个工作日内");
		/* The other item is as it was. */
		STR_EQ(field(item(root, "a", "a.two"), "deadline"),
		    "信息形成之日起10个工作日内");
	}
	three_done(&t);
	free(o);
	free(th);

	/* ours changes b.one, theirs removes it. */
	o = edit(tbase, "content: 内容三", "content: 内容三(修订)");
	tmp = edit(tbase, "      - id: b.one\n", "");
	th = xasprintf("%.*s", (int)(strstr(tmp, "        name: 乙项") - tmp),
	    tmp);
	free(tmp);
	three(&t, o, th);
	INT_EQ(t.rc, 0);
	INT_EQ(t.nconflicts, 1);
	INT_EQ(nrule(&t.dg, R_CONFLICT), 1);
	if ((root = t.m.out.root) != NULL) {
		v = item(root, "b", "b.one");
		OK(v != NULL && node_get(v, "conflict", NULL) != NULL);
		STR_EQ(field(v, "content"), "内容三(修订)");
	}
	three_done(&t);
	free(o);
	free(th);
}

/* Removed on one side and untouched on the other: removed, no conflict. */
static void
test_three_removed(void)
{
	struct three		 t;
	const struct node	*root;
	char			*o, *tmp;

	tmp = edit(tbase, "      - id: a.two\n", "");
	o = edit(tmp, "        name: 第二项\n        content: 内容二\n"
	    "        deadline: 信息形成之日起10个工作日内\n"
	    "        body: 示例县民政局\n"
	    "        channels: [website]\n"
	    "        audience: public\n"
	    "        mode: proactive\n", "");
	free(tmp);
	three(&t, o, tbase);
	INT_EQ(t.rc, 0);
	INT_EQ(t.nconflicts, 0);
	if ((root = t.m.out.root) != NULL) {
		IDS_EQ(root, "a", "a.one");
		IDS_EQ(root, "b", "b.one");
		STR_EQ(field(item(root, "a", "a.one"), "x-code"), "A1");
	}
	three_done(&t);
	free(o);
}

int
main(void)
{
	const char	*t;
	size_t		 i;

	t = getenv("TMPDIR");
	dir = xasprintf("%s/gkml-test-merge.XXXXXX", t && *t ? t : "/tmp");
	if (mkdtemp(dir) == NULL) {
		perror(dir);
		return 2;
	}
	limits_default(&lim);
	if (schema_load(&sch, ".") != 0)
		return 2;
	put("county.yaml", county);
	test_inherit_default();
	test_inherit_levels_set();
	test_override_add();
	test_omit_not_applicable();
	test_chain();
	test_cycles();
	test_broken();
	test_standalone();
	test_three_clean();
	test_three_same_and_sets();
	test_three_conflicts();
	test_three_removed();
	schema_release(&sch);
	/* Leave nothing behind. */
	for (i = 0; i < nwritten; i++) {
		OK(unlink(written[i]) == 0);
		free(written[i]);
	}
	OK(rmdir(dir) == 0);
	free(dir);
	return harness_done("test_merge");
}
