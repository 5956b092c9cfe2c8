/* Unit tests for lib/board.c: widths, wrapping and pagination. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "board.h"
#include "harness.h"

/* Lines of s at width em, and the text of line i into out. */
static size_t
wrap(const char *s, double width, size_t i, char *out, size_t outsz)
{
	struct bline	*v = NULL;
	size_t		 n = 0;

	board_wrap(s, 0, width, &v, &n);
	if (out != NULL && i < n) {
		snprintf(out, outsz, "%.*s", (int)(v[i].end - v[i].start),
		    s + v[i].start);
	}
	free(v);
	return n;
}

/* The width of s in hundredths of an em. */
#define W(s)	((long)(board_width((s), strlen(s)) * 100 + 0.5))

static void
test_width(void)
{
	INT_EQ(W(""), 0);
	INT_EQ(W("中文"), 200);
	INT_EQ(W("ab"), 120);
	INT_EQ(W("AW"), 175);
	/* Marks that draw nothing, and an invalid byte (shown as U+FFFD). */
	INT_EQ(W("\xe2\x80\xae"), 0);
	INT_EQ(W("e\xcc\x81"), 60);
	INT_EQ(W("\xff"), 100);
	/* Spaces are HTML's: U+3000 is an ideograph's width, not a space's. */
	INT_EQ(W(" "), 30);
	INT_EQ(W("\t"), 30);
	INT_EQ(W("　"), 100);
	INT_EQ(W("\xc2\xa0"), 80);
	/* Emoji are wider than an ideograph. */
	OK(board_width("\xf0\x9f\x98\x80", 4) > 1.0);
}

static void
test_wrap(void)
{
	char	 l[64];

	INT_EQ(wrap("", 3, 0, NULL, 0), 1);
	INT_EQ(wrap("一二三", 3, 0, NULL, 0), 1);
	INT_EQ(wrap("一二三四五六七", 3, 2, l, sizeof(l)), 3);
	STR_EQ(l, "七");
	/* A closing mark stays with the character before it. */
	INT_EQ(wrap("一二三，四", 3, 1, l, sizeof(l)), 2);
	STR_EQ(l, "三，四");
	/* An opening mark stays with the character after it. */
	INT_EQ(wrap("一二《三》", 3, 1, l, sizeof(l)), 2);
	STR_EQ(l, "《三》");
	/* So does a slash (UAX #14 SY). */
	INT_EQ(wrap("一二三/四", 3, 1, l, sizeof(l)), 2);
	STR_EQ(l, "三/四");
	/* Words of ASCII are not broken while a line can hold them. */
	INT_EQ(wrap("ab cd", 2, 0, l, sizeof(l)), 2);
	STR_EQ(l, "ab ");
	INT_EQ(wrap("ab cd", 2, 1, l, sizeof(l)), 2);
	STR_EQ(l, "cd");
	/* U+3000 is a character that starts a line, not a space. */
	INT_EQ(wrap("一二　三", 2, 1, l, sizeof(l)), 2);
	STR_EQ(l, "　三");
	/* ... and are when longer than a line: 3 letters of 0.6 em. */
	INT_EQ(wrap("abcdefghij", 2, 3, l, sizeof(l)), 4);
	STR_EQ(l, "j");
	/* A character wider than the line still takes one a line. */
	INT_EQ(wrap("一二", 0.5, 1, l, sizeof(l)), 2);
	STR_EQ(l, "二");
	INT_EQ(board_lines("一二三四五六七八九十", 10), 1);
	INT_EQ(board_lines("一二三四五六七八九十", 9.9), 2);
}

/*
 * Layout: type of 5 mm, a line of 1 em, no padding or rules, so a row
 * of n lines is 5n mm; pages of 20 mm hold 4 lines.  Column 0 is the
 * group's, column 1 text 10 em wide.  A cell of n paragraphs "一" takes
 * n lines.
 */
static const char *ones[] = { "一", "一", "一", "一", "一", "一", "一",
    "一", "一", "一", "一", "一", "一", "一", "一", "一" };
static double widths[] = { 50.5, 50.5 };
static struct bcell cells[16][2];
static struct brow rows[16];
static struct bgroup groups[8];

static void
geom(struct bgeom *g, int paginate)
{
	memset(g, 0, sizeof(*g));
	g->em = 5;
	g->line = 1;
	g->area = 20;
	g->width = widths;
	g->ncol = 2;
	g->gcol = 0;
	g->paginate = paginate;
}

/* Rows: lines[i] lines in group group[i]; groups named by one line. */
static void
setup(size_t n, const size_t *lines, const size_t *group, size_t ng)
{
	size_t	 i;

	memset(cells, 0, sizeof(cells));
	memset(groups, 0, sizeof(groups));
	for (i = 0; i < n; i++) {
		rows[i].group = group[i];
		rows[i].cell = cells[i];
		cells[i][1].para = ones;
		cells[i][1].npara = lines[i];
	}
	for (i = 0; i < ng; i++) {
		groups[i].name.para = ones;
		groups[i].name.npara = 1;
		groups[i].cont.para = ones;
		groups[i].cont.npara = 1;
	}
}

static void
test_groups(void)
{
	static const size_t lines[] = { 1, 2, 2 }, group[] = { 0, 0, 1 };
	struct bgeom	 g;
	struct board	 b;

	/* Group 1 would fit after group 0 only in part: a new page. */
	geom(&g, 1);
	setup(3, lines, group, 2);
	board_layout(&b, &g, rows, 3, groups, 2);
	INT_EQ(b.npage, 2);
	INT_EQ(b.npiece, 3);
	INT_EQ(b.page[0].n, 2);
	INT_EQ(b.page[1].n, 1);
	INT_EQ(b.piece[0].span, 2);
	INT_EQ(b.piece[1].span, 0);
	INT_EQ(b.piece[2].span, 1);
	INT_EQ(b.piece[0].keep, 1);
	INT_EQ(b.piece[1].keep, 0);
	INT_EQ(b.piece[2].cont, 0);
	INT_EQ(b.page[0].used * 10, 150);
	board_release(&b);

	/* Without pagination: one page, every row whole. */
	geom(&g, 0);
	setup(3, lines, group, 2);
	board_layout(&b, &g, rows, 3, groups, 2);
	INT_EQ(b.npage, 1);
	INT_EQ(b.page[0].n, 3);
	INT_EQ(b.piece[2].span, 1);
	board_release(&b);
}

static void
test_group_cell(void)
{
	static const size_t lines[] = { 1, 1 }, group[] = { 0, 1 };
	struct bgeom	 g;
	struct board	 b;

	/* A group named in 3 lines over a row of 1 takes 3 lines. */
	geom(&g, 1);
	setup(2, lines, group, 2);
	groups[0].name.npara = 3;
	board_layout(&b, &g, rows, 2, groups, 2);
	INT_EQ(b.npage, 1);
	INT_EQ(b.page[0].used * 10, 200);
	board_release(&b);

	/* A name longer than a page is cut to one, its last line "…". */
	setup(2, lines, group, 2);
	groups[0].name.npara = 9;
	board_layout(&b, &g, rows, 2, groups, 2);
	INT_EQ(groups[0].name.nline, 3);
	INT_EQ(groups[0].name.cut, 1);
	INT_EQ(b.npage, 2);
	board_release(&b);
}

static void
test_split(void)
{
	static const size_t lines[] = { 3, 10, 1 }, group[] = { 0, 0, 0 };
	static const size_t big[] = { 3, 3, 3 }, same[] = { 0, 0, 0 };
	struct bgeom	 g;
	struct board	 b;

	/*
	 * A group taller than a page: rows go on as they fit.  The row of
	 * 10 lines cannot start in the one line left after the first (a
	 * piece needs 3), so it is cut 4, 4, 2; the last row follows it.
	 */
	geom(&g, 1);
	setup(3, lines, group, 1);
	board_layout(&b, &g, rows, 3, groups, 1);
	INT_EQ(b.npage, 4);
	INT_EQ(b.npiece, 5);
	INT_EQ(b.piece[1].row, 1);
	INT_EQ(b.piece[1].from, 0);
	INT_EQ(b.piece[1].to, 4);
	INT_EQ(b.piece[2].from, 4);
	INT_EQ(b.piece[2].to, 8);
	INT_EQ(b.piece[3].from, 8);
	INT_EQ(b.piece[3].to, 10);
	INT_EQ(b.piece[4].row, 2);
	INT_EQ(b.page[3].first, 3);
	INT_EQ(b.page[3].n, 2);
	/* Every run after the first goes on from the page before. */
	INT_EQ(b.piece[0].cont, 0);
	INT_EQ(b.piece[1].cont, 1);
	INT_EQ(b.piece[2].cont, 1);
	INT_EQ(b.piece[3].cont, 1);
	INT_EQ(b.piece[3].span, 2);
	INT_EQ(b.piece[4].span, 0);
	board_release(&b);

	/* Rows that each fit are never cut, only moved on. */
	setup(3, big, same, 1);
	board_layout(&b, &g, rows, 3, groups, 1);
	INT_EQ(b.npage, 3);
	INT_EQ(b.npiece, 3);
	INT_EQ(b.piece[1].from, 0);
	INT_EQ(b.piece[1].to, 3);
	board_release(&b);

	/* An empty table is one page. */
	board_layout(&b, &g, rows, 0, groups, 0);
	INT_EQ(b.npage, 1);
	INT_EQ(b.page[0].n, 0);
	board_release(&b);
}

int
main(void)
{
	test_width();
	test_wrap();
	test_groups();
	test_group_cell();
	test_split();
	return harness_done("test_board");
}
