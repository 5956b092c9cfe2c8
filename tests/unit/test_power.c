/*
 * Unit tests for power lists across a run (lib/power.h): powers and
 * citations gathered, codes found, levels as bits, and each rule of
 * powerset_check() once, at its place.
 */
#include <stdio.h>
#include <string.h>

#include "diag.h"
#include "doc.h"
#include "power.h"
#include "schema.h"
#include "harness.h"

static const char powers[] =
    "gkml: 1\n"
    "kind: powers\n"
    "catalog: {id: c/powers, level: county, cited-by: guide}\n"
    "categories:\n"
    "  - id: a\n"
    "    items:\n"
    "      - {id: p1, code: '1', name: 甲, category: 行政许可, levels: county}\n"
    "      - {id: p2, code: '2', name: 乙, category: penalty}\n"
    "      - {id: p3, code: '3', name: 丙, category: other,"
    " levels: [county, township]}\n"
    "      - {id: p4, name: 无编码, category: other}\n";

static const char town[] =
    "gkml: 1\n"
    "catalog: {id: c/t/area, level: township}\n"
    "categories:\n"
    "  - id: a\n"
    "    items:\n"
    "      - {id: i1, power: ['1', '3']}\n"
    "      - {id: i2, power: '9'}\n"
    "      - {id: i3}\n";

static const char guide[] =
    "gkml: 1\n"
    "kind: guide\n"
    "catalog: {id: c/t/guide, level: township}\n"
    "categories:\n"
    "  - id: a\n"
    "    items:\n"
    "      - {id: s1}\n";

int
main(void)
{
	struct schema	 s;
	struct limits	 lim;
	struct diag	 dg, out;
	struct doc	 d[3];
	struct powerset	 ps;
	size_t		 i;

	if (schema_load(&s, ".") != 0) {
		fprintf(stderr, "test_power: no schema\n");
		return 1;
	}
	limits_default(&lim);
	diag_init(&dg, DIAG_TEXT, SEV_ERROR);
	OK(doc_load_mem(&d[0], "p.yaml", powers, strlen(powers), &lim,
	    &dg) == 0);
	OK(doc_load_mem(&d[1], "t.yaml", town, strlen(town), &lim, &dg) == 0);
	OK(doc_load_mem(&d[2], "g.yaml", guide, strlen(guide), &lim,
	    &dg) == 0);
	powerset_init(&ps, &s);
	for (i = 0; i < 3; i++)
		powerset_add(&ps, d[i].path, d[i].root);
	INT_EQ(ps.np, 3);		/* p4 has no code */
	STR_EQ(ps.p[0].code, "1");
	STR_EQ(ps.p[0].category, "licensing");
	INT_EQ(ps.p[0].levels, 1);
	INT_EQ(ps.p[1].levels, 1);	/* its list's level */
	INT_EQ(ps.p[2].levels, 3);
	STR_EQ(ps.p[0].jur, "c");
	INT_EQ(ps.p[0].line, 7);
	INT_EQ(ps.nc, 5);		/* i1 twice, i2, i3, s1 */
	STR_EQ(ps.c[0].jur, "c/t");
	INT_EQ(ps.c[0].rank, 1);
	OK(ps.c[3].code == NULL);
	INT_EQ(ps.c[4].guide, 1);
	INT_EQ(ps.nr, 1);
	INT_EQ(ps.r[0].guide, 1);
	INT_EQ(ps.r[0].catalog, 0);

	diag_init(&out, DIAG_TEXT, SEV_ERROR);
	out.quiet = 1;
	powerset_check(&ps, &out);
	/* '1' at county only (GK177), '9' unknown (GK176), '2' a penalty
	 * no item cites (GK178), s1 no power (GK179); i3 is a catalog
	 * item, which cited-by: guide does not ask. */
	INT_EQ(out.n, 4);
	for (i = 0; i < out.n; i++) {
		if (out.v[i].rule == R_POWER_LEVEL)
			OK(strcmp(out.v[i].file, "t.yaml") == 0 &&
			    out.v[i].line == 6);
		else if (out.v[i].rule == R_UNKNOWN_POWER)
			INT_EQ(out.v[i].line, 7);
		else if (out.v[i].rule == R_NO_DISCLOSURE)
			OK(strcmp(out.v[i].file, "p.yaml") == 0 &&
			    out.v[i].line == 8);
		else
			INT_EQ(out.v[i].rule, R_NO_POWER);
	}
	diag_finish(&out, "", "");
	powerset_release(&ps);
	for (i = 0; i < 3; i++)
		doc_release(&d[i]);
	diag_finish(&dg, "", "");
	schema_release(&s);
	return harness_done("test_power");
}
