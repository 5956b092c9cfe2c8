/*
 * Unit tests for lib/out_xlsx_rows.c: the lines a text takes (row
 * heights), column letters, a cell's markup and escaping, and the shape,
 * rows and merges of an area sheet, including entries that are not
 * mappings (no row) and a category whose merged cell begins on another
 * category's row.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "buf.h"
#include "catalog.h"
#include "diag.h"
#include "doc.h"
#include "out_xlsx.h"
#include "schema.h"
#include "harness.h"

static void
test_fit(void)
{
	/* An empty text is a line; ASCII is one wide, the rest two. */
	INT_EQ(xlsx_fit("", 14), 1);
	INT_EQ(xlsx_fit("abc", 14), 1);
	/* 12 ASCII fit in 14 - 1.5; 13 do not. */
	INT_EQ(xlsx_fit("abcdefghijkl", 14), 1);
	INT_EQ(xlsx_fit("abcdefghijklm", 14), 2);
	/* 6 ideographs are 12 wide, 7 are 14. */
	INT_EQ(xlsx_fit("一二三四五六", 14), 1);
	INT_EQ(xlsx_fit("一二三四五六七", 14), 2);
	/* Each line wraps on its own; an empty line counts. */
	INT_EQ(xlsx_fit("a\n\nb", 14), 3);
	INT_EQ(xlsx_fit("a\n", 14), 2);
	/* A tab counts two, as any character outside printable ASCII. */
	INT_EQ(xlsx_fit("\tabcdefghij", 14), 1);
	INT_EQ(xlsx_fit("\tabcdefghijk", 14), 2);
	/* Never past the tallest row. */
	INT_EQ(xlsx_fit("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n"
	    "16\n17\n18\n19\n20\n21\n22\n23\n24\n25\n26\n27\n28\n29\n30", 14),
	    XLSX_MAXLINES);
}

static void
test_cell(void)
{
	struct buf	 b = BUF_INIT;

	xlsx_col(&b, 1);
	buf_addch(&b, ' ');
	xlsx_col(&b, 26);
	buf_addch(&b, ' ');
	xlsx_col(&b, 27);
	buf_addch(&b, ' ');
	xlsx_col(&b, 703);
	STR_EQ(b.ptr, "A Z AA AAA");
	buf_reset(&b);
	xlsx_cell(&b, 3, 12, 4, "");
	STR_EQ(b.ptr, "<c r=\"C12\" s=\"4\"/>");
	buf_reset(&b);
	xlsx_cell(&b, 1, 4, 7, "a<b>&_x0041_");
	STR_EQ(b.ptr, "<c r=\"A4\" s=\"7\" t=\"inlineStr\"><is><t>"
	    "a&lt;b&gt;&amp;_x005F_x0041_</t></is></c>");
	buf_reset(&b);
	xlsx_cell(&b, 2, 5, 4, " x\n");
	STR_EQ(b.ptr, "<c r=\"B5\" s=\"4\" t=\"inlineStr\"><is><t "
	    "xml:space=\"preserve\"> x\n</t></is></c>");
	buf_reset(&b);
	/* A lone '_' at the end, and "_x" twice. */
	xlsx_cell(&b, 1, 1, 4, "_x_x_");
	STR_EQ(b.ptr, "<c r=\"A1\" s=\"4\" t=\"inlineStr\"><is><t>"
	    "_x005F_x_x005F_x_</t></is></c>");
	buf_release(&b);
}

static const char src[] =
    "gkml: 1\n"
    "catalog: {id: t/x, title: T, area: health, level: county}\n"
    "categories:\n"
    "  - id: a\n"
    "    name: 甲\n"
    "    items:\n"
    "      - {id: a1, name: 一, channels: [website, {other: 甲、乙}]}\n"
    "      - just a string\n"
    "      - {id: a2, name: 二, content: [x, ~, y]}\n"
    "  - 7\n"
    "  - id: b\n"
    "    name: 乙\n"
    "    categories:\n"
    "      - id: c\n"
    "        name: 丙\n"
    "      - id: d\n"
    "        name: 丁\n"
    "        items: [{id: d1, name: 三}]\n"
    "not-applicable:\n"
    "  - {id: n1, name: 某, reason: 无}\n"
    "  - 5\n";

static void
test_area(void)
{
	struct limits		 lim;
	struct diag		 dg;
	struct schema		 s;
	struct doc		 d;
	struct arena		 a = ARENA_INIT;
	struct catalog		*c;
	struct xlsx_shape	 sh;
	struct buf		 b = BUF_INIT;
	size_t			 r;

	limits_default(&lim);
	diag_init(&dg, DIAG_TEXT, SEV_NOTE);
	if (schema_load(&s, gkml_datadir()) != 0) {
		OK(0);
		return;
	}
	INT_EQ(doc_load_mem(&d, "t.yaml", src, strlen(src), &lim, &dg), 0);
	c = catalog_build(&a, d.root, &d);
	xlsx_area_shape(c, &sh);
	/* a1, a2; b has c (a row of its own) and d1. */
	INT_EQ(sh.rows, 4);
	INT_EQ(sh.depth, 2);
	xlsx_area_rows(&b, c, &s, &sh);
	/* Four rows, 4 to 7, 序号 1 to 3 on the items'; a1 two lines high. */
	OK(strstr(b.ptr, "<row r=\"4\" ht=\"32\"><c r=\"A4\" s=\"5\"><v>1</v>")
	    != NULL);
	OK(strstr(b.ptr, "<row r=\"7\"") != NULL);
	OK(strstr(b.ptr, "<row r=\"8\"") == NULL);
	OK(strstr(b.ptr, "<c r=\"A6\" s=\"5\"/>") != NULL);
	OK(strstr(b.ptr, "<v>3</v>") != NULL);
	/* A 、 in a value puts each on a line. */
	OK(strstr(b.ptr, ">政府网站\n其他：甲、乙<") != NULL);
	/* A null entry of a list is an empty line. */
	OK(strstr(b.ptr, ">x\n\ny<") != NULL);
	/* b and c begin on row 6: both names there, b merged to 7. */
	OK(strstr(b.ptr, "<c r=\"B6\" s=\"6\" t=\"inlineStr\"><is><t>乙</t>")
	    != NULL);
	OK(strstr(b.ptr, "<c r=\"C6\" s=\"6\" t=\"inlineStr\"><is><t>丙</t>")
	    != NULL);
	OK(strstr(b.ptr, "<c r=\"B7\" s=\"6\"/>") != NULL);
	OK(strstr(b.ptr, ">b/c<") != NULL);
	buf_reset(&b);
	xlsx_area_merges(&b, c);
	STR_EQ(b.ptr, "<mergeCell ref=\"B4:B5\"/><mergeCell ref=\"B6:B7\"/>");
	INT_EQ(xlsx_na_count(c), 1);
	buf_reset(&b);
	r = 2;
	xlsx_na_rows(&b, c, "卫生", &r);
	INT_EQ(r, 3);
	OK(strstr(b.ptr, "<c r=\"D2\" s=\"7\" t=\"inlineStr\"><is><t>n1</t>")
	    != NULL);
	INT_EQ(xlsx_notes_count(c), 0);
	OK(!xlsx_catcols(c));
	buf_release(&b);
	arena_release(&a);
	doc_release(&d);
	schema_release(&s);
	diag_finish(&dg, "t", "");
}

int
main(void)
{
	test_fit();
	test_cell();
	test_area();
	return harness_done("xlsx");
}
