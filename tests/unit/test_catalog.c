/*
 * Unit tests for the catalog model (lib/catalog.h): fields and their
 * positions, lists whatever their entries are, extension keys, the
 * iterator's events, a resolved overlay's origins, and a document made
 * from the model's records.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "arena.h"
#include "buf.h"
#include "catalog.h"
#include "diag.h"
#include "doc.h"
#include "fmt.h"
#include "merge.h"
#include "schema.h"
#include "harness.h"

static struct limits	 lim;
static struct diag	 dg;

static int
load(struct doc *d, const char *src)
{
	return doc_load_mem(d, "t.yaml", src, strlen(src), &lim, &dg);
}

static const char full[] =
    "gkml: 1\n"
    "catalog:\n"
    "  id: example-county/budget\n"
    "  title: 财政预决算\n"
    "  area: budget\n"
    "  level: county\n"
    "  jurisdiction: 示例县\n"
    "  publisher: 示例县财政局\n"
    "  version: '2024'\n"
    "  updated: 2024-05-01\n"
    "  contact: 0000-1234\n"
    "  x-note: 头\n"
    "  id: second\n"
    "x-top: 1\n"
    "categories:\n"
    "  - id: a\n"
    "    name: 甲\n"
    "    notes: 备注\n"
    "    x-c: [1, 2]\n"
    "    items:\n"
    "      - id: a1\n"
    "        name: 一\n"
    "        content: 内容\n"
    "        basis: [法]\n"
    "        deadline: 20个工作日内\n"
    "        body: 局\n"
    "        channels: [网站]\n"
    "        audience: 全社会\n"
    "        mode: 主动\n"
    "        levels: [county]\n"
    "        stage: 决策\n"
    "        notes: n\n"
    "        x-i: v\n"
    "        x-j: w\n"
    "      - just a string\n"
    "    categories:\n"
    "      - id: a-x\n"
    "        items:\n"
    "          - id: ax1\n"
    "      - id: a-y\n"
    "  - id: b\n"
    "    items: []\n"
    "  - 7\n"
    "not-applicable:\n"
    "  - id: n1\n"
    "    name: 某\n"
    "    reason: 无\n"
    "  - id: n2\n"
    "    reason: 无\n";

static void
test_fields(void)
{
	struct arena		 a = ARENA_INIT;
	struct doc		 d;
	struct catalog		*c;
	const struct catalog_category *k;
	const struct catalog_item *it;

	INT_EQ(load(&d, full), 0);
	c = catalog_build(&a, d.root, &d);
	OK(c->root == d.root);
	STR_EQ(node_str(c->gkml), "1");
	STR_EQ(node_str(c->hdr.id), "example-county/budget");
	INT_EQ(c->hdr.id->line, 3);
	INT_EQ(c->hdr.id->col, 7);
	STR_EQ(node_str(c->hdr.title), "财政预决算");
	STR_EQ(node_str(c->hdr.area), "budget");
	STR_EQ(node_str(c->hdr.level), "county");
	STR_EQ(node_str(c->hdr.jurisdiction), "示例县");
	STR_EQ(node_str(c->hdr.publisher), "示例县财政局");
	STR_EQ(node_str(c->hdr.version), "2024");
	STR_EQ(node_str(c->hdr.updated), "2024-05-01");
	STR_EQ(node_str(c->hdr.contact), "0000-1234");
	OK(c->hdr.extends == NULL);
	/* No copies: the strings are the document's. */
	OK(c->hdr.title->u.s == node_get(node_get(d.root, "catalog", NULL),
	    "title", NULL)->u.s);
	INT_EQ(c->hdr.x.n, 1);
	STR_EQ(node_str(c->hdr.x.v[0].key), "x-note");
	INT_EQ(c->hdr.x.v[0].key->line, 12);
	STR_EQ(node_str(c->hdr.x.v[0].val), "头");
	INT_EQ(c->x.n, 1);
	STR_EQ(node_str(c->x.v[0].key), "x-top");
	OK(c->inherit.node == NULL && c->inherit.set == NULL);
	OK(c->omit_node == NULL && c->nomit == 0);

	INT_EQ(c->ncats, 3);
	INT_EQ(c->allcats, 5);
	INT_EQ(c->allitems, 3);
	k = &c->cats[0];
	OK(k->parent == NULL);
	INT_EQ(k->depth, 0);
	STR_EQ(node_str(k->id), "a");
	STR_EQ(node_str(k->name), "甲");
	STR_EQ(node_str(k->notes), "备注");
	INT_EQ(k->x.n, 1);
	OK(k->x.v[0].val->kind == NODE_SEQ);
	INT_EQ(k->nitems, 2);
	/* a1 and ax1; "just a string" is no row. */
	INT_EQ(k->total, 2);
	INT_EQ(k->cats[0].total, 1);
	INT_EQ(c->cats[2].total, 0);
	it = &k->items[0];
	OK(it->parent == k);
	STR_EQ(node_str(it->id), "a1");
	INT_EQ(it->id->line, 21);
	INT_EQ(it->id->col, 13);
	STR_EQ(node_str(it->name), "一");
	STR_EQ(node_str(it->f.content), "内容");
	OK(it->f.basis->kind == NODE_SEQ);
	STR_EQ(node_str(it->f.deadline), "20个工作日内");
	STR_EQ(node_str(it->f.body), "局");
	OK(it->f.channels->kind == NODE_SEQ);
	STR_EQ(node_str(it->f.audience), "全社会");
	STR_EQ(node_str(it->f.mode), "主动");
	OK(it->f.levels->kind == NODE_SEQ);
	STR_EQ(node_str(it->f.stage), "决策");
	STR_EQ(node_str(it->f.notes), "n");
	INT_EQ(it->x.n, 2);
	STR_EQ(node_str(it->x.v[1].key), "x-j");
	/* An entry that is not a mapping: its node, no fields. */
	it = &k->items[1];
	OK(it->node->kind == NODE_SCALAR);
	OK(it->id == NULL && it->name == NULL && it->x.n == 0);

	INT_EQ(k->ncats, 2);
	OK(k->cats[0].parent == k);
	INT_EQ(k->cats[0].depth, 1);
	STR_EQ(node_str(k->cats[0].items[0].id), "ax1");
	OK(k->cats[1].items_node == NULL && k->cats[1].nitems == 0);
	/* Empty lists: the node, no records. */
	k = &c->cats[1];
	OK(k->items_node != NULL && k->items_node->kind == NODE_SEQ);
	INT_EQ(k->nitems, 0);
	OK(c->cats[2].node->kind == NODE_SCALAR && c->cats[2].id == NULL);

	INT_EQ(c->nna, 2);
	STR_EQ(node_str(c->na[0].name), "某");
	OK(c->na[1].name == NULL);
	STR_EQ(node_str(c->na[1].reason), "无");
	OK(catalog_origin(c, c->hdr.id) == NULL);
	doc_release(&d);
	arena_release(&a);
}

/* The first of a key given twice counts, as with node_get(). */
static void
test_duplicate(void)
{
	struct arena		 a = ARENA_INIT;
	struct doc		 d;
	struct catalog		*c;
	struct catalog_header	 h;

	INT_EQ(load(&d, full), 0);
	c = catalog_build(&a, d.root, &d);
	OK(c->hdr.id == node_get(c->hdr.node, "id", NULL));
	/* The header alone reads the same nodes. */
	catalog_read_header(&h, d.root, NULL);
	OK(h.node == c->hdr.node && h.id == c->hdr.id &&
	    h.contact == c->hdr.contact && h.extends == NULL);
	INT_EQ(h.x.n, 0);
	catalog_read_header(&h, d.root, &a);
	INT_EQ(h.x.n, 1);
	catalog_read_header(&h, NULL, NULL);
	OK(h.node == NULL && h.id == NULL);
	/* The top alone: the same nodes, no records. */
	{
		struct catalog	 t;
		const struct node *k;

		catalog_read_top(&t, d.root, &d);
		OK(t.hdr.id == c->hdr.id && t.cats_node == c->cats_node &&
		    t.na_node == c->na_node);
		OK(t.ncats == 0 && t.cats == NULL && t.x.n == 0);
		OK(node_get(d.root, "not-applicable", &k) == t.na_node &&
		    catalog_key(t.na_node) == k);
		INT_EQ(catalog_key(c->hdr.title)->line, 4);
		INT_EQ(catalog_key(c->hdr.title)->col, 3);
	}
	doc_release(&d);
	arena_release(&a);
}

/* The events of a walk, one letter each: C catalog, K category, I
 * item, N not-applicable; upper case entering, lower case leaving. */
static void
walk(const struct catalog *c, struct buf *b)
{
	struct catalog_iter	 it;
	enum catalog_ev		 ev;
	static const char	 enter[] = "?CKIN", leave[] = "?ckin";

	catalog_iter_init(&it, c);
	while ((ev = catalog_next(&it)) != CEV_DONE) {
		buf_addch(b, ev == CEV_ENTER ? enter[it.kind] :
		    leave[it.kind]);
		if (it.kind == CK_CATEGORY && node_str(it.u.cat->id))
			buf_adds(b, node_str(it.u.cat->id));
		else if (it.kind == CK_ITEM && node_str(it.u.item->id))
			buf_adds(b, node_str(it.u.item->id));
		else if (it.kind == CK_NA && node_str(it.u.na->id))
			buf_adds(b, node_str(it.u.na->id));
		buf_addch(b, ' ');
	}
	/* Done stays done. */
	OK(catalog_next(&it) == CEV_DONE);
}

static void
check_walk(const char *src, const char *want)
{
	struct arena	 a = ARENA_INIT;
	struct buf	 b = BUF_INIT;
	struct doc	 d;
	struct catalog	*c;

	INT_EQ(load(&d, src), 0);
	c = catalog_build(&a, d.root, &d);
	walk(c, &b);
	STR_EQ(b.ptr, want);
	buf_release(&b);
	doc_release(&d);
	arena_release(&a);
}

static void
test_iter(void)
{
	check_walk(full, "C Ka Ia1 I Ka-x Iax1 ka-x Ka-y ka-y ka Kb kb K k "
	    "Nn1 Nn2 c ");
	/* Nothing at all, and a document that is not a mapping. */
	check_walk("{}\n", "C c ");
	check_walk("- 1\n", "C c ");
	check_walk("categories: 3\nnot-applicable: {}\n", "C c ");
	/* Not-applicable entries without categories. */
	check_walk("not-applicable: [{id: z}]\n", "C Nz c ");
	/* Deep nesting, empty categories at each depth. */
	check_walk("categories:\n"
	    "  - id: a\n"
	    "    categories:\n"
	    "      - id: b\n"
	    "        categories:\n"
	    "          - id: c\n"
	    "      - id: d\n"
	    "  - id: e\n",
	    "C Ka Kb Kc kc kb Kd kd ka Ke ke c ");
	/* Items come before the sub-categories, whatever the key order. */
	check_walk("categories:\n"
	    "  - categories: [{id: s}]\n"
	    "    id: a\n"
	    "    items: [{id: i}]\n",
	    "C Ka Ii Ks ks ka c ");
}

/* An overlay, resolved: each node says which file it came from. */
static void
test_overlay(void)
{
	struct arena	 a = ARENA_INIT;
	struct schema	 s;
	struct merged	 m;
	struct doc	 d;
	struct catalog	*c;
	char		 dir[] = "/tmp/gkml-catalog-XXXXXX", base[64],
			 over[64];
	const char	*o;
	FILE		*fp;

	if (schema_load(&s, ".") != 0 || mkdtemp(dir) == NULL) {
		OK(0);
		return;
	}
	snprintf(base, sizeof(base), "%s/base.yaml", dir);
	snprintf(over, sizeof(over), "%s/over.yaml", dir);
	fp = fopen(base, "w");
	fputs("gkml: 1\n"
	    "catalog:\n"
	    "  id: c/budget\n"
	    "  title: 财政\n"
	    "  area: budget\n"
	    "  level: county\n"
	    "  jurisdiction: 示例县\n"
	    "categories:\n"
	    "  - id: a\n"
	    "    name: 甲\n"
	    "    items:\n"
	    "      - id: a1\n"
	    "        name: 一\n"
	    "        levels: [county, township]\n", fp);
	fclose(fp);
	fp = fopen(over, "w");
	fputs("gkml: 1\n"
	    "catalog:\n"
	    "  id: c/t/budget\n"
	    "  level: township\n"
	    "  jurisdiction: 清水镇\n"
	    "  extends: base.yaml\n"
	    "categories:\n"
	    "  - id: a\n"
	    "    items:\n"
	    "      - id: a2\n"
	    "        name: 二\n", fp);
	fclose(fp);
	memset(&m, 0, sizeof(m));
	INT_EQ(doc_load(&d, over, &lim, &dg), 0);
	INT_EQ(merge_resolve(&m, &d, &s, &lim, &dg), 0);
	c = catalog_build(&a, m.out.root, &m.out);
	STR_EQ(node_str(c->hdr.id), "c/t/budget");
	STR_EQ(node_str(c->hdr.title), "财政");
	OK((o = catalog_origin(c, c->hdr.title)) != NULL &&
	    strstr(o, "base.yaml") != NULL);
	OK((o = catalog_origin(c, c->hdr.jurisdiction)) != NULL &&
	    strstr(o, "over.yaml") != NULL);
	INT_EQ(c->ncats, 1);
	INT_EQ(c->cats[0].nitems, 2);
	INT_EQ(c->allitems, 2);
	if (c->ncats == 1 && c->cats[0].nitems == 2) {
		STR_EQ(node_str(c->cats[0].items[0].id), "a1");
		OK((o = catalog_origin(c, c->cats[0].items[0].name)) !=
		    NULL && strstr(o, "base.yaml") != NULL);
		OK((o = catalog_origin(c, c->cats[0].items[1].name)) !=
		    NULL && strstr(o, "over.yaml") != NULL);
		INT_EQ(c->cats[0].items[1].name->line, 11);
	}
	merge_release(&m);
	doc_release(&d);
	arena_release(&a);
	schema_release(&s);
	unlink(base);
	unlink(over);
	rmdir(dir);
}

/* Duplicate ids: one namespace for the tree, one per entry list. */
struct dups {
	char	 got[256];
};

static void
dup_found(void *ctx, const struct node *id, const struct node *first,
    enum catalog_ids list, size_t i)
{
	struct dups	*d = ctx;
	size_t		 n = strlen(d->got);

	snprintf(d->got + n, sizeof(d->got) - n, "%s%s@%u/%u:%d:%zu",
	    n ? " " : "", id->u.s, id->line, first->line, (int)list, i);
}

static void
test_dup_ids(void)
{
	struct arena	 a = ARENA_INIT;
	struct doc	 d;
	struct dups	 x;
	const struct catalog *c;
	static const char src[] =
	    "gkml: 1\n"
	    "catalog: {id: t, level: township, extends: b.yaml}\n"
	    "categories:\n"
	    "- id: a\n"			/* 4 */
	    "  items:\n"
	    "  - {id: a.1}\n"		/* 6 */
	    "  - {id: a}\n"		/* 7: an item as its category */
	    "  categories:\n"
	    "  - id: a.1\n"		/* 9: a category as an item */
	    "- id: [x]\n"		/* 10: not a string, no id */
	    "omit:\n"
	    "- {id: a.1, reason: r}\n"	/* 12: its own list */
	    "- {id: a.1, reason: r}\n"	/* 13 */
	    "not-applicable:\n"
	    "- {id: a.1, name: n, reason: r}\n"	/* 15 */
	    "- {id: z, name: n, reason: r}\n"
	    "- {id: z, name: n, reason: r}\n";	/* 17 */

	INT_EQ(load(&d, src), 0);
	c = catalog_build(&a, d.root, &d);
	memset(&x, 0, sizeof(x));
	INT_EQ(catalog_dup_ids(c, CI_TREE | CI_OMIT | CI_NA, dup_found, &x), 4);
	STR_EQ(x.got, "a@7/4:1:0 a.1@9/6:1:0 a.1@13/12:2:1 z@17/16:4:2");
	memset(&x, 0, sizeof(x));
	INT_EQ(catalog_dup_ids(c, CI_NA, dup_found, &x), 1);
	STR_EQ(x.got, "z@17/16:4:2");
	/* A channel written {other: text}; anything else is not one. */
	OK(catalog_other(c->hdr.node) == NULL);
	OK(catalog_other(NULL) == NULL);
	arena_release(&a);
	doc_release(&d);
}

static void
test_other(void)
{
	struct doc	 d;
	static const char src[] = "- {other: 村村响广播}\n- {other: [x]}\n"
	    "- website\n";

	INT_EQ(load(&d, src), 0);
	STR_EQ(catalog_other(&d.root->u.kids[0]), "村村响广播");
	OK(catalog_other(&d.root->u.kids[1]) == NULL);
	OK(catalog_other(&d.root->u.kids[2]) == NULL);
	doc_release(&d);
}

/*
 * A document made from records (catalog_make) is the document they were
 * read from: the model of a loaded catalog, made again, is written by
 * fmt as the loaded one is.  Its nodes are numbered in the order made.
 */
static void
test_make(void)
{
	static const char src[] =
	    "gkml: 1\n"
	    "catalog:\n"
	    "  id: example-county/budget\n"
	    "  title: 财政预决算\n"
	    "  area: budget\n"
	    "  level: county\n"
	    "  x-import: [头]\n"
	    "categories:\n"
	    "  - id: a\n"
	    "    name: 甲\n"
	    "    notes: 备注\n"
	    "    items:\n"
	    "      - id: a1\n"
	    "        name: 一\n"
	    "        content: [内容, 二]\n"
	    "        deadline: \"20个工作日内\"\n"
	    "        x-import: [说]\n"
	    "    categories:\n"
	    "      - id: a-x\n"
	    "        name: 乙\n"
	    "        items:\n"
	    "          - id: ax1\n"
	    "            name: 二\n"
	    "not-applicable:\n"
	    "  - id: n1\n"
	    "    name: 某\n"
	    "    reason: 无\n";
	struct arena		 a = ARENA_INIT;
	struct schema		 s;
	struct doc		 d, m;
	struct catalog		*c, *k;
	struct buf		 b1 = BUF_INIT, b2 = BUF_INIT;
	const struct node	*n;

	if (schema_load(&s, ".") != 0) {
		OK(0);
		return;
	}
	INT_EQ(load(&d, src), 0);
	c = catalog_build(&a, d.root, &d);
	doc_init(&m, "made");
	catalog_make(&m, c);
	fmt_doc(&d, &s, &b1);
	fmt_doc(&m, &s, &b2);
	STR_EQ(b2.ptr, b1.ptr);
	k = catalog_build(&a, m.root, &m);
	INT_EQ(k->ncats, 1);
	INT_EQ(k->allitems, 2);
	STR_EQ(node_str(k->cats[0].cats[0].items[0].name), "二");
	STR_EQ(node_str(k->na[0].reason), "无");
	INT_EQ(k->hdr.x.n, 1);
	/* Made nodes: a line each, in order; no column. */
	n = node_scalar(&m, "x", STYLE_PLAIN);
	INT_EQ(n->line, m.nodes);
	INT_EQ(n->col, 0);
	INT_EQ(catalog_field_of("deadline", 8), CF_DEADLINE);
	INT_EQ(catalog_field_of("name", 4), CF_NAME);
	INT_EQ(catalog_field_of("notes[0]", 5), CF_NOTES);
	INT_EQ(catalog_field_of("id", 2), -1);
	buf_release(&b1);
	buf_release(&b2);
	doc_release(&m);
	doc_release(&d);
	arena_release(&a);
	schema_release(&s);
}

int
main(void)
{
	limits_default(&lim);
	diag_init(&dg, DIAG_TEXT, SEV_NOTE);
	dg.quiet = 1;
	test_fields();
	test_duplicate();
	test_iter();
	test_overlay();
	test_dup_ids();
	test_other();
	test_make();
	diag_finish(&dg, "t", "");
	return harness_done("test_catalog");
}
