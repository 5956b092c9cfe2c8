/* Board sheets: wrapping by estimated widths, and pagination. */
#include <stdlib.h>
#include <string.h>

#include "board.h"
#include "text.h"
#include "xmalloc.h"

#define NONE	((size_t)-1)
#define EPS	1e-6

enum gclass {
	G_PLAIN,
	G_OPEN,		/* may not end a line: （《“ */
	G_CLOSE		/* may not start a line: ，。、）》” */
};

/* The state of board_layout(): the page being filled. */
struct lay {
	struct board		*b;
	const struct bgeom	*g;
	size_t			 cap;	/* pieces allocated */
	size_t			 pcap;	/* pages allocated */
	double			 used;	/* closed runs of the page, mm */
	double			 rs;	/* rows of the open run, mm */
	double			 ch;	/* the open run's group cell, mm */
	size_t			 run;	/* its first piece, or NONE */
	int			 cont;	/* it goes on from the page before */
};

static size_t	 glyph(const char *, size_t, size_t, unsigned *);
static double	 cp_width(unsigned);
static enum gclass cp_class(unsigned);
static double	 unit(const char *, size_t, size_t *);
static void	 push(struct bline **, size_t *, size_t, size_t, size_t);
static size_t	 row_lines(const struct bgeom *, const struct brow *);
static void	 cell_wrap(struct bcell *, double);
static void	 cell_cap(struct bcell *, size_t);
static void	 add_piece(struct lay *, size_t, size_t, size_t, double, int);
static void	 close_run(struct lay *);
static void	 open_run(struct lay *, const struct bcell *, int);
static void	 new_page(struct lay *);

/* floor(3) of a number of lines, without libm. */
static double
down(double x)
{
	double	 t;

	if (x >= 1e15 || x <= -1e15)
		return x;
	t = (double)(long long)x;
	return t > x ? t - 1 : t;
}

/*
 * Spaces here are HTML's (TEXT_SPACE_HTML), where a browser breaks and
 * collapses: a no-break space does not break, and U+3000 is a full-width
 * character one em wide.
 */

/* The code point at s + i (U+FFFD for a byte that is not UTF-8). */
static size_t
glyph(const char *s, size_t n, size_t i, unsigned *cp)
{
	size_t	 len;

	if ((len = utf8_decode((const unsigned char *)s + i, n - i, cp)) == 0) {
		*cp = 0xfffd;
		len = 1;
	}
	return len;
}

/*
 * Widths in em, rounded up from the CJK fonts a board is printed with
 * (SimSun, Noto Serif CJK SC): Latin letters of those are 0.5 to 0.9
 * em; ideographs, full-width marks and the U+FFFD a control character
 * becomes are 1 em; emoji a little more.  Marks that draw nothing
 * (combining accents, bidirectional controls) take none.
 */
static double
cp_width(unsigned cp)
{
	if (text_is_space(cp, TEXT_SPACE_HTML))
		return 0.3;
	if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0))
		return 1.0;
	if (cp < 0x7f) {
		if (strchr("MWmw@%&", (int)cp) != NULL)
			return 1.0;
		if (cp >= 'A' && cp <= 'Z')
			return 0.75;
		return 0.6;
	}
	if ((cp >= 0x300 && cp < 0x370) || (cp >= 0x200b && cp <= 0x200f) ||
	    (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2060 && cp <= 0x2064) ||
	    (cp >= 0xfe00 && cp <= 0xfe0f) || cp == 0xfeff)
		return 0;
	if (cp < 0x300)
		return 0.8;
	if (cp >= 0x1f000 && cp < 0x20000)
		return 1.3;
	return 1.0;
}

/* The line-breaking classes that matter here (UAX #14 OP; CL, IS, SY, HY). */
static enum gclass
cp_class(unsigned cp)
{
	static const unsigned open[] = { '(', '[', '{', '$', 0x2018, 0x201c,
	    0x3008, 0x300a, 0x300c, 0x300e, 0x3010, 0x3014, 0x3016, 0xff08,
	    0xff3b, 0xff5b, 0xffe5 };
	static const unsigned close[] = { '!', '%', ')', ',', '-', '.', '/',
	    ':', ';', '?', ']', '}', 0xb7, 0x2014, 0x2019, 0x201d, 0x2026, 0x2030,
	    0x2103, 0x3001, 0x3002, 0x3005, 0x3009, 0x300b, 0x300d, 0x300f,
	    0x3011, 0x3015, 0x3017, 0x30fb, 0xff01, 0xff05, 0xff09, 0xff0c,
	    0xff0e, 0xff1a, 0xff1b, 0xff1f, 0xff3d, 0xff5d };
	size_t	 i;

	for (i = 0; i < sizeof(open) / sizeof(*open); i++)
		if (cp == open[i])
			return G_OPEN;
	for (i = 0; i < sizeof(close) / sizeof(*close); i++)
		if (cp == close[i])
			return G_CLOSE;
	return G_PLAIN;
}

double
board_width(const char *s, size_t n)
{
	size_t		 i;
	unsigned	 cp;
	double		 w = 0;

	for (i = 0; i < n; ) {
		i += glyph(s, n, i, &cp);
		w += cp_width(cp);
	}
	return w;
}

/*
 * The unit at s + *ip that a line may not be broken inside, as a
 * browser sees it: a run of ASCII letters (a word), or one character;
 * with the closing marks that follow it, and, when it ends in an
 * opening mark, with the unit after that.  Advances *ip past it and
 * returns its width.
 */
static double
unit(const char *s, size_t n, size_t *ip)
{
	size_t		 i = *ip, len;
	unsigned	 cp;
	enum gclass	 cls;
	double		 w = 0;

	for (;;) {
		len = glyph(s, n, i, &cp);
		if (cp < 0x80 && !text_is_space(cp, TEXT_SPACE_HTML)) {
			do {
				w += cp_width(cp);
				cls = cp_class(cp);
				i += len;
			} while (i < n && (len = glyph(s, n, i, &cp)) > 0 &&
			    cp < 0x80 && !text_is_space(cp, TEXT_SPACE_HTML));
		} else {
			w += cp_width(cp);
			cls = cp_class(cp);
			i += len;
		}
		while (i < n) {
			len = glyph(s, n, i, &cp);
			if (cp_class(cp) != G_CLOSE)
				break;
			w += cp_width(cp);
			cls = G_CLOSE;
			i += len;
		}
		if (cls != G_OPEN || i >= n || (glyph(s, n, i, &cp),
		    text_is_space(cp, TEXT_SPACE_HTML)))
			break;
	}
	*ip = i;
	return w;
}

static void
push(struct bline **v, size_t *n, size_t para, size_t start, size_t end)
{
	/* Grow at 1, 2, 4, 8...: whenever *n is zero or a power of two. */
	if ((*n & (*n - 1)) == 0)
		*v = xreallocarray(*v, *n == 0 ? 1 : *n * 2, sizeof(**v));
	(*v)[*n].para = para;
	(*v)[*n].start = start;
	(*v)[*n].end = end;
	(*n)++;
}

/*
 * Greedy filling, as browsers and word processors do: a unit goes on
 * the line if it fits, else it starts the next one; a unit longer than
 * a whole line is broken between characters (CSS overflow-wrap:
 * anywhere).  A line's bytes run up to where the next begins, so the
 * lines of a paragraph cover it.
 */
size_t
board_wrap(const char *s, size_t para, double width, struct bline **lines,
    size_t *nlines)
{
	size_t		 n = strlen(s), i = 0, j, us, ls = 0, added = 0, len;
	unsigned	 cp;
	double		 lw = 0, sp = 0, uw, gw;
	int		 empty = 1;

	while (i < n) {
		len = glyph(s, n, i, &cp);
		if (text_is_space(cp, TEXT_SPACE_HTML)) {
			if (!empty)
				sp += cp_width(cp);
			i += len;
			continue;
		}
		us = i;
		uw = unit(s, n, &i);
		if (!empty && lw + sp + uw <= width + EPS) {
			lw += sp + uw;
		} else if (uw <= width + EPS) {
			if (!empty) {
				push(lines, nlines, para, ls, us);
				added++;
				ls = us;
			}
			lw = uw;
		} else {
			if (!empty) {
				push(lines, nlines, para, ls, us);
				added++;
				ls = us;
			}
			lw = 0;
			for (j = us; j < i; j += len) {
				len = glyph(s, n, j, &cp);
				gw = cp_width(cp);
				if (lw > 0 && lw + gw > width + EPS) {
					push(lines, nlines, para, ls, j);
					added++;
					ls = j;
					lw = 0;
				}
				lw += gw;
			}
		}
		empty = 0;
		sp = 0;
	}
	push(lines, nlines, para, ls, n);
	return added + 1;
}

size_t
board_lines(const char *s, double width)
{
	struct bline	*v = NULL;
	size_t		 n = 0;

	board_wrap(s, 0, width, &v, &n);
	free(v);
	return n;
}

double
board_text_em(const struct bgeom *g, double width)
{
	double	 w;

	w = (width - 2 * g->padx - g->rule) / g->em - BOARD_SLACK;
	return w < 1 ? 1 : w;
}

double
board_height(const struct bgeom *g, size_t n)
{
	return (double)n * g->em * g->line + 2 * g->pady + g->rule;
}

static void
cell_wrap(struct bcell *c, double w)
{
	size_t	 i;

	c->line = NULL;
	c->nline = 0;
	c->cut = 0;
	for (i = 0; i < c->npara; i++)
		board_wrap(c->para[i], i, w, &c->line, &c->nline);
}

/* Cut a cell to max lines, the last of them for a mark of the cut. */
static void
cell_cap(struct bcell *c, size_t max)
{
	if (c->nline > max) {
		c->nline = max - 1;
		c->cut = 1;
	}
}

/* Lines of a row: its tallest cell but the group's (at least one). */
static size_t
row_lines(const struct bgeom *g, const struct brow *r)
{
	size_t	 i, n = 1;

	for (i = 0; i < g->ncol; i++)
		if (i != g->gcol && r->cell[i].nline > n)
			n = r->cell[i].nline;
	return n;
}

static void
add_piece(struct lay *l, size_t row, size_t from, size_t to, double h,
    int keep)
{
	struct board	*b = l->b;
	struct bpiece	*p;

	if (b->npiece == l->cap) {
		l->cap = l->cap == 0 ? 64 : l->cap * 2;
		b->piece = xreallocarray(b->piece, l->cap, sizeof(*b->piece));
	}
	p = &b->piece[b->npiece++];
	memset(p, 0, sizeof(*p));
	p->row = row;
	p->from = from;
	p->to = to;
	p->cont = b->npiece - 1 == l->run ? l->cont : 0;
	p->keep = keep;
	p->height = h;
	l->rs += h;
}

/* The run's height is its rows' or its group cell's, the taller. */
static void
close_run(struct lay *l)
{
	struct board	*b = l->b;

	if (l->run == NONE)
		return;
	if (l->run < b->npiece) {
		b->piece[l->run].span = b->npiece - l->run;
		l->used += l->rs > l->ch ? l->rs : l->ch;
		b->page[b->npage - 1].used = l->used;
	}
	l->run = NONE;
}

static void
open_run(struct lay *l, const struct bcell *name, int cont)
{
	l->run = l->b->npiece;
	l->cont = cont;
	l->rs = 0;
	l->ch = name->nline + name->cut > 0 ? board_height(l->g,
	    name->nline + name->cut) : 0;
}

static void
new_page(struct lay *l)
{
	struct board	*b = l->b;

	close_run(l);
	if (b->npage == l->pcap) {
		l->pcap = l->pcap == 0 ? 8 : l->pcap * 2;
		b->page = xreallocarray(b->page, l->pcap, sizeof(*b->page));
	}
	b->page[b->npage].first = b->npiece;
	b->page[b->npage].n = 0;
	b->page[b->npage].used = 0;
	b->npage++;
	l->used = 0;
}

/* Room left on the page for a piece of height h in the open run. */
static int
fits(const struct lay *l, double h)
{
	double	 run = l->rs + h > l->ch ? l->rs + h : l->ch;

	return l->used + run <= l->g->area + EPS;
}

/* The page holds nothing yet. */
static int
blank(const struct lay *l)
{
	return l->used == 0 && l->b->npiece == l->b->page[l->b->npage - 1].first;
}

/*
 * The layout, group by group, keeping the height of the page so far:
 * the runs closed on it (used), and the open run, as tall as its rows
 * (rs) or its group's merged cell (ch), whichever is taller.
 *
 *  1. A group no taller than a page that does not fit in what is left
 *     of this one starts the next: groups are split only when they
 *     must be.
 *  2. Its rows, in order: a row that fits in what is left is placed;
 *     one that does not but fits on a page starts the next page, whole;
 *     one taller than a page is cut into pieces of as many lines as
 *     each page has room for (after a page break, if fewer than 3).
 *  3. Every page break inside a group opens a new run on the next page,
 *     named by the group's continuation cell ("（续）").
 *
 * Everything is linear in the rows and lines.
 */
void
board_layout(struct board *b, const struct bgeom *g, struct brow *rows,
    size_t nrows, struct bgroup *groups, size_t ngroups)
{
	struct lay	 l;
	struct bcell	*name;
	size_t		 i, k, r, end, n, max, from, to, gn;
	double		 lh, gh, h;

	memset(b, 0, sizeof(*b));
	memset(&l, 0, sizeof(l));
	l.b = b;
	l.g = g;
	l.run = NONE;
	b->rows = rows;
	b->nrows = nrows;
	b->groups = groups;
	b->ngroups = ngroups;
	b->ncol = g->ncol;
	b->gcol = g->gcol;
	lh = g->em * g->line;
	/* The most lines a page holds in one row. */
	h = down((g->area - 2 * g->pady - g->rule) / lh + EPS);
	max = h < 1 ? 1 : h > 1e6 ? 1000000 : (size_t)h;
	for (r = 0; r < nrows; r++)
		for (k = 0; k < g->ncol; k++)
			if (k != g->gcol)
				cell_wrap(&rows[r].cell[k],
				    board_text_em(g, g->width[k]));
	for (k = 0; k < ngroups; k++) {
		cell_wrap(&groups[k].name, board_text_em(g, g->width[g->gcol]));
		cell_wrap(&groups[k].cont, board_text_em(g, g->width[g->gcol]));
		cell_cap(&groups[k].name, max);
		cell_cap(&groups[k].cont, max);
	}
	new_page(&l);
	for (i = 0; i < nrows; i = end) {
		gn = rows[i].group;
		for (end = i; end < nrows && rows[end].group == gn; end++)
			continue;
		name = &groups[gn].name;
		gh = 0;
		for (r = i; r < end; r++)
			gh += board_height(g, row_lines(g, &rows[r]));
		n = name->nline + name->cut;
		if (n > 0 && board_height(g, n) > gh)
			gh = board_height(g, n);
		/* A group that fits on a page is not split. */
		if (g->paginate && gh <= g->area + EPS &&
		    l.used + gh > g->area + EPS && !blank(&l))
			new_page(&l);
		open_run(&l, name, 0);
		for (r = i; r < end; r++) {
			n = row_lines(g, &rows[r]);
			h = board_height(g, n);
			if (!g->paginate || fits(&l, h)) {
				add_piece(&l, r, 0, n, h, r + 1 < end &&
				    gh <= g->area + EPS);
				continue;
			}
			/* Whole on the next page, if a page can hold it. */
			if (h <= g->area + EPS && !blank(&l)) {
				new_page(&l);
				open_run(&l, r > i ? &groups[gn].cont : name,
				    r > i);
				add_piece(&l, r, 0, n, h, 0);
				continue;
			}
			/* Taller than a page: a piece on each page. */
			from = 0;
			while (from < n) {
				h = down((g->area - l.used - l.rs -
				    2 * g->pady - g->rule) / lh + EPS);
				k = h < 1 ? 0 : h > (double)max ? max :
				    (size_t)h;
				if ((k < 3 || l.used + l.ch > g->area + EPS) &&
				    !blank(&l)) {
					new_page(&l);
					open_run(&l, r > i || from > 0 ?
					    &groups[gn].cont : name,
					    r > i || from > 0);
					continue;
				}
				if (k < 1)
					k = 1;
				to = from + k < n ? from + k : n;
				add_piece(&l, r, from, to, board_height(g,
				    to - from), 0);
				if ((from = to) < n) {
					new_page(&l);
					open_run(&l, &groups[gn].cont, 1);
				}
			}
		}
		close_run(&l);
	}
	close_run(&l);
	for (k = 0; k < b->npage; k++)
		b->page[k].n = (k + 1 < b->npage ? b->page[k + 1].first :
		    b->npiece) - b->page[k].first;
}

void
board_release(struct board *b)
{
	size_t	 r, k;

	for (r = 0; r < b->nrows; r++)
		for (k = 0; k < b->ncol; k++)
			if (k != b->gcol)
				free(b->rows[r].cell[k].line);
	for (k = 0; k < b->ngroups; k++) {
		free(b->groups[k].name.line);
		free(b->groups[k].cont.line);
	}
	free(b->piece);
	free(b->page);
	memset(b, 0, sizeof(*b));
}
