/*
 * Unit tests for the service-guide model (lib/guide.h): an item's keys
 * and what they mean (办件类型, 跑动承诺, visits, fee, time limits),
 * materials plain and counted, the bounds of time limits, and element
 * profiles by name, by jurisdiction and by default.
 */
#include <stdio.h>
#include <string.h>

#include "arena.h"
#include "catalog.h"
#include "diag.h"
#include "doc.h"
#include "guide.h"
#include "schema.h"
#include "harness.h"

static const char src[] =
    "gkml: 1\n"
    "kind: 办事指南\n"
    "catalog: {id: a/b, level: county}\n"
    "categories:\n"
    "  - id: c\n"
    "    items:\n"
    "      - id: c.1\n"
    "        code: '001'\n"
    "        type: 即办件\n"
    "        promise: 最多跑一次\n"
    "        visits: 1\n"
    "        fee: 不收费\n"
    "        legal-limit: 当场办结\n"
    "        promised-limit: 3个工作日\n"
    "        materials:\n"
    "          - 户口簿\n"
    "          - {name: 身份证, original: 1, copies: 2}\n"
    "      - not a mapping\n"
    "      - id: c.2\n"
    "        type: joint\n"
    "        promise: remote\n"
    "        visits: two\n"
    "        fee: 每件10元\n"
    "        legal-limit: 2个月\n"
    "        promised-limit: 每季度公布一次\n"
    "        conditions: []\n";

static void
test_model(const struct schema *s)
{
	struct limits		 lim;
	struct diag		 dg;
	struct doc		 d;
	struct arena		 a;
	const struct catalog	*c;
	const struct guide	*g;
	const struct guide_item	*gi;
	int			 lo, hi;

	limits_default(&lim);
	diag_init(&dg, DIAG_TEXT, SEV_ERROR);
	OK(doc_load_mem(&d, "t.yaml", src, strlen(src), &lim, &dg) == 0);
	arena_init(&a);
	c = catalog_build(&a, d.root, &d);
	OK(schema_kind_of(s, d.root) != NULL);
	STR_EQ(schema_kind_of(s, d.root)->name, "guide");
	STR_EQ(node_str(c->kind), "办事指南");
	g = guide_build(&a, c, s);
	INT_EQ(g->n, 2);		/* the entry that is no mapping: none */
	gi = &g->v[0];
	STR_EQ(node_str(gi->ci->id), "c.1");
	STR_EQ(node_str(gi->code), "001");
	INT_EQ(gi->t, GT_IMMEDIATE);
	INT_EQ(gi->p, GP_AT_MOST_ONCE);
	INT_EQ(gi->nvisits, 1);
	INT_EQ(gi->charged, 0);
	INT_EQ(gi->legal.spot, 1);
	INT_EQ(gi->promised.spot, 0);
	INT_EQ(gi->promised.dl.amount, 3);
	INT_EQ(gi->nmat, 2);
	STR_EQ(node_str(gi->mat[0].name), "户口簿");
	OK(gi->mat[0].original == NULL);
	STR_EQ(node_str(gi->mat[1].name), "身份证");
	STR_EQ(node_str(gi->mat[1].copies), "2");
	INT_EQ(gi->mat[1].name->line, 17);
	OK(guide_has(gi, "materials"));
	OK(!guide_has(gi, "place"));
	OK(!guide_has(gi, "no-such-key"));
	OK(guide_limit_days(&gi->legal, &lo, &hi) == 0);
	INT_EQ(lo, 0);
	INT_EQ(hi, 0);
	OK(guide_limit_days(&gi->promised, &lo, &hi) == 0);
	INT_EQ(lo, 3);
	INT_EQ(hi, 3 * 7 / 5 + 9);

	gi = &g->v[1];
	INT_EQ(gi->t, GT_JOINT);
	INT_EQ(gi->p, GP_REMOTE);
	INT_EQ(gi->nvisits, -1);
	INT_EQ(gi->charged, 1);
	OK(!guide_has(gi, "conditions"));	/* an empty list */
	OK(guide_limit_days(&gi->legal, &lo, &hi) == 0);
	INT_EQ(lo, 56);
	INT_EQ(hi, 62);
	OK(guide_limit_days(&gi->promised, &lo, &hi) == -1);
	arena_release(&a);
	doc_release(&d);
	diag_finish(&dg, "", "");
}

static void
test_profiles(const struct schema *s)
{
	const struct guide_conf	*gc = s->guide;
	const struct guide_profile *p;

	OK(gc != NULL);
	OK(gc->def != NULL);
	p = guide_profile(gc, "county-13", 9);
	OK(p != NULL);
	INT_EQ(p->n, 13);
	OK(guide_profile(gc, "county-1", 8) == NULL);
	OK(guide_profile_for(gc, "nowhere/x") == gc->def);
	OK(guide_spot(gc, NULL) == 0);
}

int
main(void)
{
	struct schema	 s;

	if (schema_load(&s, ".") != 0) {
		fprintf(stderr, "test_guide: no schema\n");
		return 1;
	}
	test_model(&s);
	test_profiles(&s);
	schema_release(&s);
	return harness_done("test_guide");
}
