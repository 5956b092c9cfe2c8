/*
 * Unit tests for lib/column.h: the syntax of column paths and URLs,
 * the bindings a catalog derives (from its header, a category's name,
 * a category's own column, an item's whole path), and what
 * column_check() says of them.
 */
#include <stdio.h>
#include <string.h>

#include "arena.h"
#include "catalog.h"
#include "column.h"
#include "diag.h"
#include "doc.h"
#include "harness.h"

static void
test_syntax(void)
{
	OK(column_syntax("a/b", 3, 1) == NULL);
	OK(column_syntax("基层政务公开", strlen("基层政务公开"), 1) == NULL);
	OK(column_syntax("", 0, 1) != NULL);
	OK(column_syntax("/a", 2, 1) != NULL);
	OK(column_syntax("a/", 2, 1) != NULL);
	OK(column_syntax("a//b", 4, 1) != NULL);
	OK(column_syntax("a/ b", 4, 1) != NULL);
	OK(column_syntax("a/b\xe3\x80\x80", 6, 1) != NULL);
	OK(column_syntax("a\tb", 3, 1) != NULL);
	OK(column_syntax("1/2/3/4/5/6/7/8/9/10/11/12/13/14/15/16", 38, 1) ==
	    NULL);
	OK(column_syntax("1/2/3/4/5/6/7/8/9/10/11/12/13/14/15/16/17", 41,
	    1) != NULL);

	OK(column_url_syntax("https://www.x.example/a/", 24) == NULL);
	OK(column_url_syntax("HTTP://x.example", 16) == NULL);
	OK(column_url_syntax("http://政务.example/", strlen(
	    "http://政务.example/")) == NULL);
	OK(column_url_syntax("http://x.example:8080/?a=1#b", 28) == NULL);
	OK(column_url_syntax("ftp://x.example/", 16) != NULL);
	OK(column_url_syntax("javascript:alert(1)", 19) != NULL);
	OK(column_url_syntax("http:///path", 12) != NULL);
	OK(column_url_syntax("http://x y/", 11) != NULL);
	OK(column_url_syntax("http://x/<a>", 12) != NULL);
	OK(column_url_syntax("http://x_y/", 11) != NULL);
}

static const char src[] =
    "gkml: 1\n"
    "catalog:\n"
    "  id: t/c\n"
    "  level: county\n"
    "  column: 基层政务公开/社会救助\n"
    "  column-url: https://x.example/shjz/\n"
    "categories:\n"
    "  - id: a\n"
    "    name: 最低生活保障\n"
    "    items:\n"
    "      - id: a.one\n"
    "        name: 办事/指南\n"
    "        channels: [website, notice-board]\n"
    "      - id: a.board\n"
    "        name: 公示\n"
    "        channels: notice-board\n"
    "    categories:\n"
    "      - id: a.sub\n"
    "        name: 城市\n"
    "        column: 城镇\n"
    "        items:\n"
    "          - id: a.sub.x\n"
    "            name: 标准\n"
    "            channels: website\n"
    "          - id: a.sub.y\n"
    "            name: 结果\n"
    "            column: 其他/结果\n"
    "            column-url: https://x.example/y/\n";

static const struct colbind *
find(const struct colset *set, const char *id)
{
	size_t	 i;
	const struct node *n;

	for (i = 0; i < set->n; i++) {
		n = set->v[i].item != NULL ? set->v[i].item->id :
		    set->v[i].cat != NULL ? set->v[i].cat->id : NULL;
		if (n != NULL && strcmp(node_str(n), id) == 0)
			return &set->v[i];
	}
	return NULL;
}

static void
test_bind(void)
{
	struct diag	 dg;
	struct limits	 lim;
	struct doc	 d;
	struct arena	 a;
	const struct catalog *c;
	struct colset	 set;
	const struct colbind *b;

	limits_default(&lim);
	diag_init(&dg, DIAG_TEXT, SEV_NOTE);
	dg.quiet = 1;
	OK(doc_load_mem(&d, "t.yaml", src, strlen(src), &lim, &dg) == 0);
	arena_init(&a);
	c = catalog_build(&a, d.root, &d);
	column_bind(&set, c, &a);
	/* The header, two categories, four items. */
	INT_EQ(set.n, 7);
	STR_EQ(set.v[0].path, "基层政务公开/社会救助");
	STR_EQ(node_str(set.v[0].url), "https://x.example/shjz/");
	STR_EQ(node_str(set.id), "t/c");
	b = find(&set, "a");
	STR_EQ(b->path, "基层政务公开/社会救助/最低生活保障");
	OK(b->own == NULL && b->src == c->hdr.column);
	b = find(&set, "a.one");
	STR_EQ(b->path, "基层政务公开/社会救助/最低生活保障/办事／指南");
	OK(b->website);
	b = find(&set, "a.board");
	OK(b->path == NULL && !b->website && b->err == CE_OK);
	b = find(&set, "a.sub");
	STR_EQ(b->path, "基层政务公开/社会救助/最低生活保障/城镇");
	OK(b->own != NULL && b->src == b->own);
	b = find(&set, "a.sub.x");
	STR_EQ(b->path, "基层政务公开/社会救助/最低生活保障/城镇/标准");
	OK(b->src == find(&set, "a.sub")->own);
	b = find(&set, "a.sub.y");
	STR_EQ(b->path, "其他/结果");
	STR_EQ(node_str(b->url), "https://x.example/y/");

	column_check(&set, d.path, NULL, NULL, NULL, &dg);
	INT_EQ(dg.n, 0);
	diag_finish(&dg, "t", "");
	arena_release(&a);
	doc_release(&d);
}

/* Two items on one column; an item's column above another's; a name
 * with nothing bound above it; findings kept for one file only. */
static void
test_check(void)
{
	static const char bad[] =
	    "gkml: 1\n"
	    "catalog: {id: t/c, level: county}\n"
	    "categories:\n"
	    "  - id: a\n"
	    "    name: A\n"
	    "    column: x/a\n"
	    "    items:\n"
	    "      - {id: a.1, name: N, channels: website}\n"
	    "      - {id: a.2, name: N, channels: website}\n"
	    "      - {id: a.3, name: M, column: x/a/N/deeper}\n"
	    "  - id: b\n"
	    "    name: B\n"
	    "    column: b\n"
	    "    items:\n"
	    "      - {id: b.1, name: N, channels: website}\n";
	struct diag	 dg;
	struct limits	 lim;
	struct doc	 d;
	struct arena	 a;
	const struct catalog *c;
	struct colset	 set;

	limits_default(&lim);
	diag_init(&dg, DIAG_TEXT, SEV_NOTE);
	dg.quiet = 1;
	OK(doc_load_mem(&d, "t.yaml", bad, strlen(bad), &lim, &dg) == 0);
	arena_init(&a);
	c = catalog_build(&a, d.root, &d);
	column_bind(&set, c, &a);
	column_check(&set, d.path, NULL, NULL, NULL, &dg);
	/* In the order found: a.2 shares a.1's column; 'b' is a name
	 * with nothing above (and b.1 under it is not told again); a.1's
	 * and a.2's column has a.3's below it. */
	INT_EQ(dg.n, 4);
	INT_EQ(dg.v[0].rule, R_SHARED_COLUMN);
	INT_EQ(dg.v[0].line, 9);
	INT_EQ(dg.v[1].rule, R_COLUMN_PATH);
	INT_EQ(dg.v[1].line, 13);
	INT_EQ(dg.v[2].rule, R_COLUMN_PATH);
	INT_EQ(dg.v[2].line, 8);
	INT_EQ(dg.v[3].rule, R_COLUMN_PATH);
	INT_EQ(dg.v[3].line, 9);
	diag_finish(&dg, "t", "");

	/* Only another file's findings: none of these. */
	diag_init(&dg, DIAG_TEXT, SEV_NOTE);
	dg.quiet = 1;
	column_check(&set, d.path, NULL, NULL, "other.yaml", &dg);
	INT_EQ(dg.n, 0);
	diag_finish(&dg, "t", "");
	arena_release(&a);
	doc_release(&d);
}

int
main(void)
{
	test_syntax();
	test_bind();
	test_check();
	return harness_done("test_column");
}
