/*
 * Table readers for gkml-import: CSV, HTML, DOCX and XLSX into the
 * plain grids of table.h.
 *
 * Every reader places cells with their spans on a grid (struct grid)
 * and one function, grid_emit(), expands the merges, so the four
 * formats give results of the same shape.  Cell text goes through
 * text_finish(), which trims, turns line breaks into '\n' and checkbox
 * glyphs into ■ and □, and drops what no catalog can carry.
 *
 * Decisions a reader of the output should know:
 *  - Every <table> and w:tbl is a table of its own, nested ones too,
 *    in the order their start tags appear (outer before inner).  A cell
 *    holding a nested table keeps only the text around it.  Real pages
 *    wrap catalogs in layout tables; flattening inner into outer would
 *    bury the catalog in one cell.
 *  - HTML follows the browsers' table model: rows of thead and tbody in
 *    document order, tfoot rows last; colspan is capped at 1000 and
 *    rowspan at 65534 (with a finding), rowspan 0 and rowspans running
 *    past their row group stop at its end; a colspan never covers a slot
 *    a rowspan holds.  A single-cell row (a title bar) does not widen
 *    the table: its colspan is cut at the width of the other rows.
 *  - Symbol fonts: only the Wingdings, Wingdings 2 and Symbol codes that
 *    draw boxes, ticks and bullets are read (■ □ √ ● ○); other symbol
 *    characters are dropped rather than shown as the Latin letters they
 *    are stored as.
 *  - A table's name is its caption, else the nearest heading (h1-h6, or
 *    a short paragraph all bold or centred) before it, else the page's
 *    <title>; in DOCX the paragraph just before it.
 *  - DOCX: a run marked hidden (w:rPr/w:vanish) is not what a reader
 *    sees, so not the cell's text: it is the cell's hidden text
 *    (gkml-render keeps ids there), and no part of a table's name.
 *  - XLSX: hidden sheets are skipped (they hold lists for validation);
 *    the grid runs from A1 to the last non-empty cell.
 */
#include <errno.h>
#include <iconv.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "arena.h"
#include "buf.h"
#include "diag.h"
#include "doc.h"
#include "msg.h"
#include "table.h"
#include "utf8.h"
#include "xmalloc.h"
#include "xml.h"
#include "zip.h"

#define MAX_CELLS	1000000	/* grid positions in one table */
#define MAX_TOTAL	4000000	/* grid positions from one file */
#define MAX_COLS	16384	/* columns in one table, as in Excel */
#define MAX_ROWS	1048576	/* rows in one table, as in Excel */
#define MAX_COLSPAN	1000	/* HTML's own caps on spans */
#define MAX_ROWSPAN	65534
#define MAX_DEPTH	1000	/* element nesting walked */
#define MAX_NAME	100	/* characters in a table's name */

/* Symbol fonts, whose letters draw boxes and ticks. */
enum { SF_NONE, SF_WINGDINGS, SF_WINGDINGS2, SF_SYMBOL };

/* What an empty grid position says about where it is. */
enum { G_LINES, G_FIELDS, G_XY };

struct rd {
	struct tables	*ts;
	const char	*path;
	struct diag	*dg;
	struct limits	 lim;
	size_t		 total;		/* grid positions so far */
	int		 rc;		/* 0; -1 broken input; -2 a limit */
	int		 deep;		/* the nesting limit was reported */
	struct buf	 tmp;		/* attribute values */
	struct buf	 fin;		/* text_finish() */
};

/* Text of one cell as it is gathered. */
struct text {
	struct buf	 b;
	int		 html;		/* runs of white space are one space */
	unsigned	 dropped;	/* symbol characters not known */
	unsigned	 dropcode;	/* the first of them */
	int		 dropfont;
	struct text	*hid;		/* DOCX: where hidden runs go; NULL
					   drops them */
};

/* A cell placed on a grid, before its spans are expanded. */
struct pcell {
	unsigned	 row, col;	/* top left */
	unsigned	 rs, cs;	/* spans, at least 1 */
	unsigned	 line, lcol;	/* where it is in the source */
	const char	*text;
	const char	*hidden;	/* or NULL */
};

struct grid {
	struct pcell	*v;
	size_t		 n, cap;
	unsigned	 nrows, ncols;
	unsigned	*rowline;	/* the source line of each row */
	size_t		 rowcap;
	unsigned	*a, *b;		/* per column: HTML rows held by a
					   rowspan; DOCX vertical merges */
	size_t		 colcap;
	size_t		 gfirst;	/* HTML: first cell of the row group */
	unsigned	 wstart;	/* HTML: last column a cell starts in */
	unsigned	 wmulti;	/* HTML: widest row of 2 cells+ */
};

/* A table element found, waiting to be read. */
struct found {
	struct xnode	*node;
	const char	*name;
	unsigned	 nth;
};

struct finds {
	struct found	*v;
	size_t		 n, cap;
	unsigned	 nth;		/* table elements seen */
	struct xnode	*lastp;		/* DOCX: last paragraph with text */
	const char	*title;		/* HTML: last heading */
};

static void	 broken(struct rd *);
static void	 limited(struct rd *);
static int	 too_deep(struct rd *, int, unsigned);
static const char *symbol(int, unsigned);
static int	 font_named(const char *, size_t);
static void	 text_init(struct text *, int);
static void	 text_add(struct text *, const char *, size_t, int);
static void	 text_nl(struct text *);
static const char *text_finish(struct rd *, struct text *);
static const char *cell_text(struct rd *, struct text *, unsigned);
static const char *name_of(struct rd *, const char *);
static unsigned	 span_value(const char *, unsigned);
static void	 grid_init(struct grid *);
static void	 grid_free(struct grid *);
static void	 grid_cols(struct grid *, size_t);
static int	 grid_row(struct rd *, struct grid *, unsigned);
static struct pcell *grid_add(struct grid *, unsigned, unsigned, unsigned,
		    unsigned, const char *, unsigned, unsigned);
static struct table *table_new(struct rd *, unsigned, unsigned, unsigned,
		    const char *, unsigned);
static size_t	 grid_emit(struct rd *, struct grid *, unsigned, int,
		    const char *, const char *, unsigned, unsigned);
static void	 finds_add(struct finds *, struct xnode *, const char *,
		    unsigned);
static const char *err_at(const char *, unsigned *, unsigned *);
static int	 read_csv(struct rd *, const char *, size_t, const char *);
static int	 read_html(struct rd *, const char *, size_t, const char *);
static int	 read_docx(struct rd *, const char *, size_t);
static int	 read_xlsx(struct rd *, const char *, size_t);

void
tables_init(struct tables *ts)
{
	arena_init(&ts->a);
	ts->v = NULL;
	ts->n = 0;
}

void
tables_release(struct tables *ts)
{
	arena_release(&ts->a);
	free(ts->v);
	ts->v = NULL;
	ts->n = 0;
}

int
tables_read(struct tables *ts, enum table_format fmt, const char *path,
    const char *p, size_t len, const char *encoding, const struct limits *lim,
    struct diag *dg)
{
	struct rd	 rd;

	memset(&rd, 0, sizeof(rd));
	rd.ts = ts;
	rd.path = path;
	rd.dg = dg;
	if (lim != NULL)
		rd.lim = *lim;
	else
		limits_default(&rd.lim);
	buf_init(&rd.tmp, 0);
	buf_init(&rd.fin, 0);
	switch (fmt) {
	case TF_CSV:
		read_csv(&rd, p, len, encoding);
		break;
	case TF_HTML:
		read_html(&rd, p, len, encoding);
		break;
	case TF_DOCX:
		read_docx(&rd, p, len);
		break;
	case TF_XLSX:
		read_xlsx(&rd, p, len);
		break;
	}
	buf_release(&rd.tmp);
	buf_release(&rd.fin);
	return rd.rc;
}

/* --- Common ground --- */

static void
broken(struct rd *rd)
{
	if (rd->rc == 0)
		rd->rc = -1;
}

static void
limited(struct rd *rd)
{
	rd->rc = -2;
}

/* Is depth past the nesting walked?  Says so once. */
static int
too_deep(struct rd *rd, int depth, unsigned line)
{
	if (depth < MAX_DEPTH)
		return 0;
	if (!rd->deep)
		diag_add(rd->dg, rd->path, line, 0, R_LIMIT, NULL, NULL,
		    "elements nested more than %d deep; the rest of this "
		    "branch is not read", MAX_DEPTH);
	rd->deep = 1;
	limited(rd);
	return 1;
}

static unsigned
line_of(struct xnode *n)
{
	long	 l = xnode_line(n);

	return l < 0 || l > UINT_MAX ? 0 : (unsigned)l;
}

/*
 * What code c of a symbol font draws, as text, or NULL to drop it.
 * Word stores w:sym codes as F0xx; runs hold the plain byte.  Boxes
 * that are filled, ticked or crossed are a selected ■, empty ones □.
 * Wingdings 't' is a black lozenge, but catalogs use it for ■ (domain
 * notes: "t政府网站□政府公报").
 */
static const char *
symbol(int font, unsigned c)
{
	if (c >= 0xf000 && c <= 0xf0ff)
		c -= 0xf000;
	if (c == 0x20)
		return " ";
	switch (font) {
	case SF_WINGDINGS:
		switch (c) {
		case 0x6e: case 0x74: case 0x78: case 0xfd: case 0xfe:
			return "■";
		case 0x6f: case 0x70: case 0x71: case 0x72: case 0xa8:
			return "□";
		case 0xfc:
			return "√";
		case 0x6c:
			return "●";
		case 0xa1:
			return "○";
		case 0x9f:
			return "•";
		}
		break;
	case SF_WINGDINGS2:
		switch (c) {
		case 0x51: case 0x52: case 0x53: case 0x54: case 0xa1:
		case 0xa2:
			return "■";
		case 0xa3: case 0xa4:
			return "□";
		case 0x50:
			return "√";
		case 0x98:
			return "●";
		case 0x99:
			return "○";
		}
		break;
	case SF_SYMBOL:
		switch (c) {
		case 0xd6:
			return "√";
		case 0xb7:
			return "•";
		}
		break;
	}
	return NULL;
}

/* The symbol font named by n bytes at s (quotes and blanks around). */
static int
font_named(const char *s, size_t n)
{
	while (n > 0 && (*s == ' ' || *s == '"' || *s == '\'')) {
		s++;
		n--;
	}
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '"' ||
	    s[n - 1] == '\''))
		n--;
	if ((n == 11 && strncasecmp(s, "wingdings 2", 11) == 0) ||
	    (n == 10 && strncasecmp(s, "wingdings2", 10) == 0))
		return SF_WINGDINGS2;
	if (n == 9 && strncasecmp(s, "wingdings", 9) == 0)
		return SF_WINGDINGS;
	if (n == 6 && strncasecmp(s, "symbol", 6) == 0)
		return SF_SYMBOL;
	return SF_NONE;
}

static const char *const font_names[] = {
	"", "Wingdings", "Wingdings 2", "Symbol"
};

static void
text_init(struct text *t, int html)
{
	buf_init(&t->b, 0);
	t->html = html;
	t->dropped = t->dropcode = 0;
	t->dropfont = SF_NONE;
	t->hid = NULL;
}

/* A symbol character that is not a box, tick or bullet. */
static void
text_drop(struct text *t, int font, unsigned code)
{
	if (t->dropped++ == 0) {
		t->dropcode = code;
		t->dropfont = font;
	}
}

static int
html_space(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* Add n bytes at s, drawn in the given symbol font. */
static void
text_add(struct text *t, const char *s, size_t n, int font)
{
	const unsigned char	*u = (const unsigned char *)s;
	const char		*m;
	size_t			 i, j, k;
	unsigned		 cp;
	int			 last;

	if (font != SF_NONE) {
		for (i = 0; i < n; i += k) {
			if ((k = utf8_decode(u + i, n - i, &cp)) == 0)
				k = 1;
			else if (cp < 0x100 || (cp >= 0xf000 && cp <= 0xf0ff)) {
				if ((m = symbol(font, cp)) != NULL)
					text_add(t, m, strlen(m), SF_NONE);
				else
					text_drop(t, font, cp);
				continue;
			}
			text_add(t, s + i, k, SF_NONE);
		}
		return;
	}
	if (!t->html) {
		buf_add(&t->b, s, n);
		return;
	}
	for (i = 0; i < n; i = j) {
		for (j = i; j < n && !html_space(s[j]); j++)
			;
		buf_add(&t->b, s + i, j - i);
		if (j == n)
			break;
		while (j < n && html_space(s[j]))
			j++;
		last = t->b.len ? t->b.ptr[t->b.len - 1] : '\n';
		if (last != ' ' && last != '\n')
			buf_addch(&t->b, ' ');
	}
}

/* A line break: a <br>, the end of a paragraph. */
static void
text_nl(struct text *t)
{
	while (t->b.len > 0 && t->b.ptr[t->b.len - 1] == ' ')
		buf_setlen(&t->b, t->b.len - 1);
	if (t->b.len > 0 && t->b.ptr[t->b.len - 1] != '\n')
		buf_addch(&t->b, '\n');
}

/*
 * The gathered text as the cell's string, owned by the arena: valid
 * UTF-8 (bad bytes become U+FFFD), lines ending in '\n' with blanks
 * (also no-break and ideographic spaces) trimmed at both ends of every
 * line, no empty lines, no control characters, a tab as a space, other
 * spaces but U+3000 as ' ', and the ballot boxes ☑ ☒ ☐ as ■ ■ □.
 * Resets t.
 */
static const char *
text_finish(struct rd *rd, struct text *t)
{
	const unsigned char	*s = (const unsigned char *)t->b.ptr;
	struct buf		*o = &rd->fin;
	size_t			 i, k, n = t->b.len, keep = 0;
	unsigned		 cp;
	int			 blank;

	buf_reset(o);
	for (i = 0; i < n; i += k) {
		if (s[i] < 0x80) {
			cp = s[i];
			k = 1;
		} else if ((k = utf8_decode(s + i, n - i, &cp)) == 0) {
			cp = 0xfffd;
			k = 1;
		}
		if (cp == '\r') {
			if (i + 1 < n && s[i + 1] == '\n')
				continue;
			cp = '\n';
		}
		if (cp == '\n' || cp == '\v' || cp == '\f' || cp == 0x85 ||
		    cp == 0x2028 || cp == 0x2029) {
			buf_setlen(o, keep);
			if (o->len > 0 && o->ptr[o->len - 1] != '\n')
				buf_addch(o, '\n');
			continue;
		}
		if (cp == '\t')
			cp = ' ';
		if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0) ||
		    cp == 0x200b || cp == 0xfeff || cp == 0xfffe ||
		    cp == 0xffff)
			continue;
		/* Line breaks, tabs and invisible marks are gone by now:
		 * what whitespace is left is blanks. */
		if ((blank = text_is_space(cp, TEXT_SPACE))) {
			if (o->len == 0 || o->ptr[o->len - 1] == '\n')
				continue;
			if (cp != 0x3000)
				cp = ' ';
		}
		if (cp == 0x2611 || cp == 0x2612)
			buf_adds(o, "■");
		else if (cp == 0x2610)
			buf_adds(o, "□");
		else
			utf8_add(o, cp);
		if (!blank)
			keep = o->len;
	}
	buf_setlen(o, keep);
	buf_reset(&t->b);
	t->dropped = 0;
	if (o->len == 0)
		return "";
	return arena_strndup(&rd->ts->a, o->ptr, o->len);
}

/* A cell's text, saying first what symbol characters were dropped. */
static const char *
cell_text(struct rd *rd, struct text *t, unsigned line)
{
	if (t->dropped > 0)
	{
		/* Some fonts have a name; how many is said in words. */
		if (t->dropfont != SF_NONE && t->dropped > 1)
			diag_add(rd->dg, rd->path, line, 0, R_IMP_MARK, NULL,
			    NULL, "%u symbol characters left out (%s %04X): "
			    "not a box, tick or bullet gkml knows", t->dropped,
			    font_names[t->dropfont], t->dropcode);
		else if (t->dropfont != SF_NONE)
			diag_add(rd->dg, rd->path, line, 0, R_IMP_MARK, NULL,
			    NULL, "%u symbol character left out (%s %04X): "
			    "not a box, tick or bullet gkml knows", t->dropped,
			    font_names[t->dropfont], t->dropcode);
		else if (t->dropped > 1)
			diag_add(rd->dg, rd->path, line, 0, R_IMP_MARK, NULL,
			    NULL, "%u symbol characters left out (%04X): not a "
			    "box, tick or bullet gkml knows", t->dropped,
			    t->dropcode);
		else
			diag_add(rd->dg, rd->path, line, 0, R_IMP_MARK, NULL,
			    NULL, "%u symbol character left out (%04X): not a "
			    "box, tick or bullet gkml knows", t->dropped,
			    t->dropcode);
	}
	return text_finish(rd, t);
}

/* A table's name from the text before it: one line, not too long. */
static const char *
name_of(struct rd *rd, const char *s)
{
	char	*name, *q;

	if (s == NULL || *s == '\0' || utf8_chars(s, strlen(s)) > MAX_NAME)
		return NULL;
	name = arena_strdup(&rd->ts->a, s);
	for (q = name; *q != '\0'; q++)
		if (*q == '\n')
			*q = ' ';
	return name;
}

/*
 * A span attribute as HTML reads it: leading digits, the rest ignored;
 * 1 when there are none.  Saturates past cap so the caller can tell.
 */
static unsigned
span_value(const char *s, unsigned cap)
{
	unsigned long	 v = 0;

	while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r' ||
	    *s == '+')
		s++;
	if (*s < '0' || *s > '9')
		return 1;
	for (; *s >= '0' && *s <= '9'; s++)
		if ((v = v * 10 + (unsigned long)(*s - '0')) > cap)
			return cap + 1;
	return (unsigned)v;
}

/* --- Grids --- */

static void
grid_init(struct grid *g)
{
	memset(g, 0, sizeof(*g));
}

static void
grid_free(struct grid *g)
{
	free(g->v);
	free(g->rowline);
	free(g->a);
	free(g->b);
	grid_init(g);
}

/* Make the per-column arrays hold n columns; new ones are zero. */
static void
grid_cols(struct grid *g, size_t n)
{
	size_t	 cap = g->colcap ? g->colcap : 64;

	if (n <= g->colcap)
		return;
	while (cap < n)
		cap *= 2;
	g->a = xreallocarray(g->a, cap, sizeof(*g->a));
	g->b = xreallocarray(g->b, cap, sizeof(*g->b));
	memset(g->a + g->colcap, 0, (cap - g->colcap) * sizeof(*g->a));
	memset(g->b + g->colcap, 0, (cap - g->colcap) * sizeof(*g->b));
	g->colcap = cap;
}

/* Start a row at the given source line; its index, or -1 (a limit). */
static int
grid_row(struct rd *rd, struct grid *g, unsigned line)
{
	if (g->nrows >= MAX_ROWS) {
		diag_add(rd->dg, rd->path, line, 0, R_LIMIT, NULL, NULL,
		    "a table with more than %d rows", MAX_ROWS);
		limited(rd);
		return -1;
	}
	if (g->nrows == g->rowcap) {
		g->rowcap = g->rowcap ? g->rowcap * 2 : 64;
		g->rowline = xreallocarray(g->rowline, g->rowcap,
		    sizeof(*g->rowline));
	}
	g->rowline[g->nrows] = line;
	return (int)g->nrows++;
}

static struct pcell *
grid_add(struct grid *g, unsigned row, unsigned col, unsigned rs,
    unsigned cs, const char *text, unsigned line, unsigned lcol)
{
	struct pcell	*c;

	if (g->n == g->cap) {
		g->cap = g->cap ? g->cap * 2 : 64;
		g->v = xreallocarray(g->v, g->cap, sizeof(*g->v));
	}
	c = &g->v[g->n++];
	c->row = row;
	c->col = col;
	c->rs = rs;
	c->cs = cs;
	c->line = line;
	c->lcol = lcol;
	c->text = text;
	c->hidden = NULL;
	if (col + cs > g->ncols)
		g->ncols = col + cs;
	return c;
}

/*
 * A new table of nrows by ncols empty cells at the end of the list, or
 * NULL when it has no cells or would pass a limit (then said).
 */
static struct table *
table_new(struct rd *rd, unsigned nrows, unsigned ncols, unsigned line,
    const char *what, unsigned nth)
{
	struct tables	*ts = rd->ts;
	struct table	*t;
	size_t		 n, i;

	if (nrows == 0 || ncols == 0)
		return NULL;
	n = (size_t)nrows * ncols;
	if (n > MAX_CELLS || rd->total + n > MAX_TOTAL) {
		if (n > MAX_CELLS)
			diag_add(rd->dg, rd->path, line, 0, R_LIMIT, NULL,
			    NULL, "%s %u has %u rows and %u columns: more "
			    "than the %d cells a table may have",
			    msg_word(what), nth, nrows, ncols, MAX_CELLS);
		else
			diag_add(rd->dg, rd->path, line, 0, R_LIMIT, NULL,
			    NULL, "%s %u has %u rows and %u columns: more "
			    "than the %d cells all the tables of a file may "
			    "have", msg_word(what), nth, nrows, ncols,
			    MAX_TOTAL);
		limited(rd);
		return NULL;
	}
	rd->total += n;
	if (ts->n == 0 || (ts->n >= 8 && (ts->n & (ts->n - 1)) == 0))
		ts->v = xreallocarray(ts->v, ts->n < 8 ? 8 : ts->n * 2,
		    sizeof(*ts->v));
	t = &ts->v[ts->n++];
	memset(t, 0, sizeof(*t));
	t->where = arena_strfmt(&ts->a, "%s %u", what, nth);
	t->what = what;
	t->nth = nth;
	t->line = line;
	t->nrows = nrows;
	t->ncols = ncols;
	t->cells = arena_alloc(&ts->a, n * sizeof(*t->cells));
	for (i = 0; i < n; i++) {
		t->cells[i].text = NULL;
		t->cells[i].line = t->cells[i].col = 0;
		t->cells[i].orow = (unsigned)(i / ncols);
		t->cells[i].ocol = (unsigned)(i % ncols);
		t->cells[i].merged = 0;
		t->cells[i].hidden = "";
	}
	return t;
}

/*
 * Make a table of g's cells on ncols columns: every cell fills the
 * positions its spans cover (cut at the grid's edge), the first one
 * placed keeping a position, and positions no cell covers are empty.
 * A cell whose own position is taken is left out: returns how many
 * that span more than one position were (overlapping XLSX merges).
 */
static size_t
grid_emit(struct rd *rd, struct grid *g, unsigned ncols, int mode,
    const char *name, const char *what, unsigned nth, unsigned line)
{
	struct table	*t;
	struct pcell	*p;
	struct cell	*c;
	size_t		 i, lost = 0;
	unsigned	 r, k, rmax, cmax;

	if ((t = table_new(rd, g->nrows, ncols, line, what, nth)) == NULL)
		return 0;
	t->name = name;
	for (i = 0; i < g->n; i++) {
		p = &g->v[i];
		if (p->row >= t->nrows || p->col >= t->ncols)
			continue;
		if (TABLE_CELL(t, p->row, p->col)->text != NULL) {
			lost += p->rs > 1 || p->cs > 1;
			continue;
		}
		rmax = p->rs > t->nrows - p->row ? t->nrows : p->row + p->rs;
		cmax = p->cs > t->ncols - p->col ? t->ncols : p->col + p->cs;
		for (r = p->row; r < rmax; r++)
			for (k = p->col; k < cmax; k++) {
				c = TABLE_CELL(t, r, k);
				if (c->text != NULL)
					continue;
				c->text = p->text;
				c->hidden = p->hidden != NULL ? p->hidden : "";
				c->line = p->line;
				c->col = p->lcol;
				c->orow = p->row;
				c->ocol = p->col;
				c->merged = r != p->row || k != p->col;
			}
	}
	for (r = 0; r < t->nrows; r++)
		for (k = 0; k < t->ncols; k++) {
			c = TABLE_CELL(t, r, k);
			if (c->text != NULL)
				continue;
			c->text = "";
			if (mode == G_XY) {
				c->line = r + 1;
				c->col = k + 1;
			} else {
				c->line = g->rowline != NULL ? g->rowline[r] :
				    line;
				c->col = mode == G_FIELDS ? k + 1 : 0;
			}
		}
	return lost;
}

static void
finds_add(struct finds *f, struct xnode *n, const char *name, unsigned nth)
{
	if (f->n == f->cap) {
		f->cap = f->cap ? f->cap * 2 : 16;
		f->v = xreallocarray(f->v, f->cap, sizeof(*f->v));
	}
	f->v[f->n].node = n;
	f->v[f->n].name = name;
	f->v[f->n].nth = nth;
	f->n++;
}

/* --- Encodings (CSV, and HTML that declares none) --- */

/*
 * Say why bytes are not UTF-8 text.  utf8_check() knows GBK and UTF-16
 * and gives the iconv command; its findings on the encoding are passed
 * on, else the first on a NUL or control character.
 */
static void
not_utf8(struct rd *rd, const char *p, size_t len)
{
	struct diag	 tmp;
	struct finding	*f = NULL;
	struct buf	 b = BUF_INIT;
	size_t		 i, sent = 0;
	int		 crlf;

	diag_init(&tmp, DIAG_TEXT, SEV_NOTE);
	tmp.quiet = 1;
	utf8_check(rd->path, (const unsigned char *)p, len, &tmp, &crlf);
	for (i = 0; i < tmp.n; i++) {
		if (tmp.v[i].rule == R_GBK || tmp.v[i].rule == R_ENCODING) {
			diag_again(rd->dg, &tmp.v[i]);
			sent++;
		} else if (tmp.v[i].rule == R_CONTROL && f == NULL)
			f = &tmp.v[i];
	}
	if (sent == 0 && f != NULL) {
		diag_add(rd->dg, rd->path, f->line, f->col, R_CONTROL, NULL,
		    NULL, "%s: not a text file", f->msg);
		diag_message(&b, f);
		diag_show(rd->dg, 0, b.ptr);
		buf_release(&b);
	}
	else if (sent == 0)
		diag_add(rd->dg, rd->path, 0, 0, R_ENCODING, NULL, NULL,
		    "not UTF-8 text");
	diag_finish(&tmp, "", "");
	broken(rd);
}

/* Are len bytes at p all UTF-8? */
static int
is_utf8(const char *p, size_t len)
{
	const unsigned char	*u = (const unsigned char *)p;
	size_t			 i, k;
	unsigned		 cp;

	for (i = 0; i < len; i += k) {
		if (u[i] == 0)
			return 0;	/* binary, or UTF-16 */
		if (u[i] < 0x80)
			k = 1;
		else if ((k = utf8_decode(u + i, len - i, &cp)) == 0)
			return 0;
	}
	return 1;
}

/* Convert from the named encoding (gbk means GB18030) into out. */
static int
to_utf8(struct rd *rd, const char *p, size_t len, const char *encoding,
    struct buf *out)
{
	iconv_t		 cd;
	const char	*from = encoding;
	char		 chunk[8192], *in, *o;
	size_t		 inleft, oleft, off, i, r;
	unsigned	 line;

	if (strcasecmp(from, "gbk") == 0 || strcasecmp(from, "gb2312") == 0 ||
	    strcasecmp(from, "cp936") == 0)
		from = "GB18030";
	if ((cd = iconv_open("UTF-8", from)) == (iconv_t)-1) {
		diag_add(rd->dg, rd->path, 0, 0, R_ENCODING, NULL, NULL,
		    "unknown encoding '%s'", encoding);
		broken(rd);
		return -1;
	}
	in = (char *)(uintptr_t)p;	/* iconv(3) does not write it */
	inleft = len;
	while (inleft > 0) {
		o = chunk;
		oleft = sizeof(chunk);
		r = iconv(cd, &in, &inleft, &o, &oleft);
		buf_add(out, chunk, (size_t)(o - chunk));
		if (r != (size_t)-1 || errno == E2BIG)
			continue;
		off = (size_t)(in - p);
		for (line = 1, i = 0; i < off; i++)
			line += p[i] == '\n';
		diag_add(rd->dg, rd->path, line, 0, R_ENCODING, NULL, NULL,
		    "byte 0x%02X cannot be read as %s; is the file in "
		    "that encoding?", (unsigned char)p[off], encoding);
		iconv_close(cd);
		broken(rd);
		return -1;
	}
	iconv_close(cd);
	return 0;
}

/*
 * *p as UTF-8: as it is when it is, else converted from encoding into
 * conv, where *p and *len then point.  Without an encoding, say why it
 * is not UTF-8.  Returns 0, or -1 after a finding.
 */
static int
as_utf8(struct rd *rd, const char **p, size_t *len, const char *encoding,
    struct buf *conv)
{
	if (is_utf8(*p, *len))
		return 0;
	if (encoding == NULL) {
		not_utf8(rd, *p, *len);
		return -1;
	}
	if (to_utf8(rd, *p, *len, encoding, conv) != 0)
		return -1;
	*p = conv->ptr;
	*len = conv->len;
	return 0;
}

/* --- CSV --- */

/* Tab-separated when the first line has tabs and no commas. */
static char
csv_delim(const char *p, size_t len)
{
	size_t	 i, commas = 0, tabs = 0;
	int	 quoted = 0;

	for (i = 0; i < len; i++) {
		if (p[i] == '"')
			quoted = !quoted;
		else if (quoted)
			continue;
		else if (p[i] == '\n' || p[i] == '\r')
			break;
		else if (p[i] == ',')
			commas++;
		else if (p[i] == '\t')
			tabs++;
	}
	return commas == 0 && tabs > 0 ? '\t' : ',';
}

/*
 * Where to stop scanning a field at i for bytes to add to t: a byte
 * past the scalar limit at most, so that a huge cell is refused as soon
 * as it passes it (by csv_big()), not after it was all gathered.
 */
static size_t
csv_stop(const struct rd *rd, const struct text *t, size_t i, size_t len)
{
	size_t	 room = rd->lim.max_scalar - t->b.len + 1;

	return len - i > room ? i + room : len;
}

/* Is the cell gathered in t past the scalar limit?  Says so. */
static int
csv_big(struct rd *rd, const struct text *t, unsigned line, unsigned field)
{
	if (t->b.len <= rd->lim.max_scalar)
		return 0;
	diag_add(rd->dg, rd->path, line, field, R_LIMIT, NULL, NULL,
	    "a cell of more than %zu bytes; raise it with "
	    "GKML_LIMITS=scalar=N if the file is genuine",
	    rd->lim.max_scalar);
	limited(rd);
	return 1;
}

/*
 * RFC 4180, leniently: a quote inside an unquoted field is text, text
 * after a closing quote is kept, a lone CR ends a line too.
 */
static int
read_csv(struct rd *rd, const char *p, size_t len, const char *encoding)
{
	struct buf	 conv = BUF_INIT;
	struct grid	 g;
	struct text	 t;
	struct pcell	*c;
	size_t		 i = 0, j, k, end;
	unsigned	 line = 1, fline = 1, qline, field, ncols = 0;
	int		 row, empty;
	char		 delim;

	/* Bytes that are UTF-8 are read so, whatever the encoding says:
	 * a batch run with --encoding gbk must not garble UTF-8 files. */
	if (as_utf8(rd, &p, &len, encoding, &conv) != 0) {
		buf_release(&conv);
		return -1;
	}
	if (len >= 3 && memcmp(p, "\xef\xbb\xbf", 3) == 0)
		i = 3;
	delim = csv_delim(p + i, len - i);
	grid_init(&g);
	text_init(&t, 0);
	while (i < len) {
		if ((row = grid_row(rd, &g, line)) < 0)
			break;
		for (field = 1;; field++) {
			fline = line;
			if (i < len && p[i] == '"') {
				qline = line;
				for (i++;; i++) {
					end = csv_stop(rd, &t, i, len);
					for (j = i; j < end && p[j] != '"' &&
					    p[j] != '\n' && p[j] != '\r'; j++)
						;
					buf_add(&t.b, p + i, j - i);
					if (csv_big(rd, &t, fline, field))
						goto done;
					if ((i = j) >= len) {
						diag_add(rd->dg, rd->path,
						    qline, field, R_IMP_SYNTAX,
						    NULL, NULL, "a quoted "
						    "field is never closed");
						broken(rd);
						break;
					}
					if (p[i] == '"') {
						if (i + 1 < len &&
						    p[i + 1] == '"') {
							buf_addch(&t.b, '"');
							i++;
							continue;
						}
						i++;
						break;
					}
					if (p[i] == '\n' || (p[i] == '\r' &&
					    (i + 1 == len || p[i + 1] != '\n')))
						line++;
					buf_addch(&t.b, p[i]);
				}
			}
			end = csv_stop(rd, &t, i, len);
			for (j = i; j < end && p[j] != delim && p[j] != '\n' &&
			    p[j] != '\r'; j++)
				;
			buf_add(&t.b, p + i, j - i);
			if (csv_big(rd, &t, fline, field))
				goto done;
			i = j;
			if (field > MAX_COLS) {
				diag_add(rd->dg, rd->path, fline, field,
				    R_LIMIT, NULL, NULL, "a record with "
				    "more than %d fields", MAX_COLS);
				limited(rd);
				goto done;
			}
			grid_add(&g, (unsigned)row, field - 1, 1, 1,
			    text_finish(rd, &t), fline, field);
			if (i < len && p[i] == delim) {
				i++;
				continue;
			}
			if (i < len && p[i] == '\r')
				i++;
			if (i < len && p[i] == '\n')
				i++;
			line++;
			break;
		}
		if (g.ncols > ncols)
			ncols = g.ncols;
		if ((size_t)g.nrows * ncols > MAX_CELLS) {
			diag_add(rd->dg, rd->path, fline, 0, R_LIMIT, NULL,
			    NULL, "table 1 has more than %d cells (%u rows "
			    "of up to %u fields so far)", MAX_CELLS, g.nrows,
			    ncols);
			limited(rd);
			goto done;
		}
	}
	/* Blank lines at the end are no rows. */
	while (g.nrows > 0) {
		empty = 1;
		for (k = g.n; k > 0 && g.v[k - 1].row == g.nrows - 1; k--)
			if (*g.v[k - 1].text != '\0')
				empty = 0;
		if (!empty)
			break;
		g.n = k;
		g.nrows--;
	}
	ncols = 0;
	for (k = 0; k < g.n; k++) {
		c = &g.v[k];
		if (c->col + 1 > ncols)
			ncols = c->col + 1;
	}
	grid_emit(rd, &g, ncols, G_FIELDS, NULL, "table", 1, 1);
 done:
	grid_free(&g);
	buf_release(&t.b);
	buf_release(&conv);
	return rd->rc;
}

/* --- HTML --- */

static int
name_in(const char *name, const char *const *list)
{
	for (; *list != NULL; list++)
		if (strcmp(name, *list) == 0)
			return 1;
	return 0;
}

static const char *const html_blocks[] = {
	"address", "article", "blockquote", "center", "dd", "div", "dl",
	"dt", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
	"li", "ol", "p", "pre", "section", "ul", NULL
};

static const char *const html_skip[] = {
	"head", "noscript", "script", "style", "template", "title", NULL
};

/* Does a style attribute (in rd->tmp) name a symbol font?  Word's HTML
 * says font-family:Wingdings or mso-symbol-font-family:Wingdings. */
static int
style_font(const char *s)
{
	const char	*v, *e, *comma;
	int		 f;

	for (; (v = strcasestr(s, "font-family")) != NULL; s = v) {
		v += 11;
		while (*v == ' ')
			v++;
		if (*v != ':')
			continue;
		v++;
		e = v + strcspn(v, ";");
		comma = memchr(v, ',', (size_t)(e - v));
		if ((f = font_named(v, (size_t)((comma ? comma : e) - v))) !=
		    SF_NONE)
			return f;
	}
	return SF_NONE;
}

/* The symbol font an HTML element sets for its content, or font. */
static int
html_font(struct rd *rd, struct xnode *n, const char *name, int font)
{
	int	 f;

	buf_reset(&rd->tmp);
	if (xnode_attr(n, "style", &rd->tmp) &&
	    (f = style_font(rd->tmp.ptr)) != SF_NONE)
		return f;
	buf_reset(&rd->tmp);
	if (strcmp(name, "font") == 0 && xnode_attr(n, "face", &rd->tmp)) {
		f = font_named(rd->tmp.ptr, strcspn(rd->tmp.ptr, ","));
		return f;
	}
	return font;
}

static void	 html_text(struct rd *, struct text *, struct xnode *, int,
		    int);

/* An <input>: checkboxes and radio buttons become ■ or □. */
static void
html_input(struct rd *rd, struct text *t, struct xnode *n)
{
	buf_reset(&rd->tmp);
	xnode_attr(n, "type", &rd->tmp);
	if (strcasecmp(rd->tmp.ptr, "checkbox") != 0 &&
	    strcasecmp(rd->tmp.ptr, "radio") != 0)
		return;
	buf_reset(&rd->tmp);
	text_add(t, xnode_attr(n, "checked", &rd->tmp) ? "■" : "□",
	    strlen("■"), SF_NONE);
}

/* A <select> shows its selected options, else its first. */
static void
html_select(struct rd *rd, struct text *t, struct xnode *n, int depth)
{
	struct xnode	*o, *first = NULL;
	int		 any = 0;

	for (o = xnode_child(n); o != NULL; o = xnode_next(o)) {
		if (strcmp(xnode_name(o), "option") != 0)
			continue;
		if (first == NULL)
			first = o;
		buf_reset(&rd->tmp);
		if (xnode_attr(o, "selected", &rd->tmp)) {
			if (any++)
				text_add(t, " ", 1, SF_NONE);
			html_text(rd, t, o, SF_NONE, depth + 1);
		}
	}
	if (!any && first != NULL)
		html_text(rd, t, first, SF_NONE, depth + 1);
}

/* The text of an element, nested tables left out. */
static void
html_text(struct rd *rd, struct text *t, struct xnode *n, int font,
    int depth)
{
	struct xnode	*c;
	const char	*s, *name;
	int		 block;

	if (too_deep(rd, depth, line_of(n)))
		return;
	for (c = xnode_first(n); c != NULL; c = xnode_after(c)) {
		if ((s = xnode_text(c)) != NULL) {
			text_add(t, s, strlen(s), font);
			continue;
		}
		name = xnode_name(c);
		if (strcmp(name, "table") == 0 || name_in(name, html_skip))
			continue;
		if (strcmp(name, "br") == 0) {
			text_nl(t);
			continue;
		}
		if (strcmp(name, "input") == 0) {
			html_input(rd, t, c);
			continue;
		}
		if (strcmp(name, "select") == 0) {
			html_select(rd, t, c, depth);
			continue;
		}
		if ((block = name_in(name, html_blocks)))
			text_nl(t);
		html_text(rd, t, c, html_font(rd, c, name, font), depth + 1);
		if (block)
			text_nl(t);
	}
}

static int
is_heading(const char *name)
{
	return name[0] == 'h' && name[1] >= '1' && name[1] <= '6' &&
	    name[2] == '\0';
}

/* Bytes of s that are not white space (nor NBSP, nor U+3000). */
static size_t
visible_bytes(const char *s)
{
	size_t	 k = 0;

	while (*s != '\0') {
		if (html_space(*s))
			s++;
		else if (strncmp(s, "\xc2\xa0", 2) == 0)
			s += 2;
		else if (strncmp(s, "\xe3\x80\x80", 3) == 0)
			s += 3;
		else {
			s++;
			k++;
		}
	}
	return k;
}

struct boldscan {
	int	 budget;		/* nodes left to look at */
	size_t	 bold, plain;		/* visible bytes of each */
	int	 table;
};

static int
html_bold(struct rd *rd, struct xnode *n, const char *name)
{
	const char	*s;

	if (strcmp(name, "b") == 0 || strcmp(name, "strong") == 0 ||
	    is_heading(name))
		return 1;
	buf_reset(&rd->tmp);
	if (!xnode_attr(n, "style", &rd->tmp))
		return 0;
	for (s = rd->tmp.ptr; (s = strcasestr(s, "font-weight")) != NULL;) {
		s += 11;
		s += strspn(s, " :");
		if (strncasecmp(s, "bold", 4) == 0 || (s[0] >= '6' &&
		    s[0] <= '9' && s[1] == '0' && s[2] == '0'))
			return 1;
	}
	return 0;
}

/* Look at a bounded part of n: is all its text bold? */
static void
bold_scan(struct rd *rd, struct boldscan *bs, struct xnode *n, int bold,
    int depth)
{
	struct xnode	*c;
	const char	*s, *name;

	for (c = xnode_first(n); c != NULL && bs->budget > 0;
	    c = xnode_after(c)) {
		bs->budget--;
		if ((s = xnode_text(c)) != NULL) {
			if (bold)
				bs->bold += visible_bytes(s);
			else
				bs->plain += visible_bytes(s);
			continue;
		}
		name = xnode_name(c);
		if (strcmp(name, "table") == 0 || depth > 32) {
			bs->table = 1;
			bs->budget = 0;
			return;
		}
		if (name_in(name, html_skip))
			continue;
		bold_scan(rd, bs, c, bold || html_bold(rd, c, name), depth + 1);
	}
}

/* A paragraph that reads as a title: short, and bold or centred. */
static int
html_title(struct rd *rd, struct xnode *n, const char *name)
{
	struct boldscan	 bs;
	int		 centred;

	if (strcmp(name, "p") != 0 && strcmp(name, "div") != 0 &&
	    strcmp(name, "center") != 0)
		return 0;
	buf_reset(&rd->tmp);
	centred = strcmp(name, "center") == 0 ||
	    (xnode_attr(n, "align", &rd->tmp) &&
	    strcasecmp(rd->tmp.ptr, "center") == 0);
	buf_reset(&rd->tmp);
	if (!centred && xnode_attr(n, "style", &rd->tmp) &&
	    strcasestr(rd->tmp.ptr, "text-align") != NULL &&
	    strcasestr(rd->tmp.ptr, "center") != NULL)
		centred = 1;
	memset(&bs, 0, sizeof(bs));
	bs.budget = 200;
	bold_scan(rd, &bs, n, html_bold(rd, n, name), 0);
	if (bs.budget == 0 || bs.table || bs.bold + bs.plain == 0 ||
	    bs.bold + bs.plain > MAX_NAME * 4)
		return 0;
	return centred || bs.plain == 0;
}

/* Find every table in document order, each with the heading before it. */
static void
html_walk(struct rd *rd, struct finds *f, struct xnode *n, int depth)
{
	struct xnode	*c;
	struct text	 t;
	const char	*name;

	if (too_deep(rd, depth, line_of(n)))
		return;
	for (c = xnode_child(n); c != NULL; c = xnode_next(c)) {
		name = xnode_name(c);
		if (name_in(name, html_skip))
			continue;
		if (strcmp(name, "table") == 0) {
			finds_add(f, c, f->title, ++f->nth);
		} else if (is_heading(name) || html_title(rd, c, name)) {
			text_init(&t, 1);
			html_text(rd, &t, c, SF_NONE, depth + 1);
			f->title = name_of(rd, text_finish(rd, &t));
			buf_release(&t.b);
			/* A heading left open may hold the rest of the page. */
		}
		html_walk(rd, f, c, depth + 1);
	}
}

/* Rowspans stop at the end of their row group. */
static void
html_group_end(struct rd *rd, struct grid *g)
{
	struct pcell	*p;
	size_t		 i;

	for (i = g->gfirst; i < g->n; i++) {
		p = &g->v[i];
		if (p->rs <= g->nrows - p->row)
			continue;
		if (p->rs != UINT_MAX)
			diag_add(rd->dg, rd->path, p->line, 0, R_IMP_REPAIR,
			    NULL, NULL, "rowspan %u runs past the end of its "
			    "rows; taken as %u, as browsers do", p->rs,
			    g->nrows - p->row);
		p->rs = g->nrows - p->row;
	}
	g->gfirst = g->n;
	if (g->colcap > 0)
		memset(g->a, 0, (g->ncols < g->colcap ? g->ncols : g->colcap) *
		    sizeof(*g->a));
}

/* A span attribute, capped as HTML caps it (with a finding). */
static unsigned
html_span(struct rd *rd, struct xnode *td, const char *name, unsigned cap,
    unsigned line)
{
	unsigned	 v;

	buf_reset(&rd->tmp);
	if (!xnode_attr(td, name, &rd->tmp))
		return 1;
	if ((v = span_value(rd->tmp.ptr, cap)) <= cap)
		return v;
	diag_add(rd->dg, rd->path, line, 0, R_IMP_REPAIR, NULL, NULL,
	    "%s '%.20s' is past HTML's limit of %u; taken as %u", name,
	    rd->tmp.ptr, cap, cap);
	return cap;
}

static int
html_row(struct rd *rd, struct grid *g, struct xnode *tr)
{
	struct xnode	*td;
	struct pcell	*p;
	struct text	 t;
	const char	*name;
	unsigned	 c = 0, k, cs, rs, until, line, ncell = 0;
	int		 r;

	if ((r = grid_row(rd, g, line_of(tr))) < 0)
		return -1;
	text_init(&t, 1);
	for (td = xnode_child(tr); td != NULL; td = xnode_next(td)) {
		name = xnode_name(td);
		if (strcmp(name, "td") != 0 && strcmp(name, "th") != 0)
			continue;
		line = line_of(td);
		cs = html_span(rd, td, "colspan", MAX_COLSPAN, line);
		rs = html_span(rd, td, "rowspan", MAX_ROWSPAN, line);
		if (cs == 0)
			cs = 1;
		/* Skip the slots rowspans from above hold. */
		while (c < g->colcap && g->a[c] > (unsigned)r)
			c++;
		for (k = 1; k < cs && (c + k >= g->colcap ||
		    g->a[c + k] <= (unsigned)r); k++)
			;
		cs = k;
		if (c + cs > MAX_COLS) {
			diag_add(rd->dg, rd->path, line, 0, R_LIMIT, NULL,
			    NULL, "a table row wider than %d columns",
			    MAX_COLS);
			limited(rd);
			buf_release(&t.b);
			return -1;
		}
		grid_cols(g, c + cs);
		html_text(rd, &t, td, html_font(rd, td, name, SF_NONE), 1);
		p = grid_add(g, (unsigned)r, c, rs == 0 ? 1 : rs, cs,
		    cell_text(rd, &t, line), line, 0);
		if (rs == 0)
			p->rs = UINT_MAX;	/* to the group's end */
		until = rs == 0 ? UINT_MAX : (unsigned)r + rs;
		for (k = 0; k < cs; k++)
			g->a[c + k] = until;
		if (c + 1 > g->wstart)
			g->wstart = c + 1;
		if (ncell++ > 0 && c + cs > g->wmulti)
			g->wmulti = c + cs;
		c += cs;
	}
	buf_release(&t.b);
	/* The table will be at least this wide: stop early if too big. */
	if ((size_t)g->nrows * (g->wmulti > g->wstart ? g->wmulti :
	    g->wstart) > MAX_CELLS) {
		diag_add(rd->dg, rd->path, line_of(tr), 0, R_LIMIT, NULL, NULL,
		    "a table with more than %d cells", MAX_CELLS);
		limited(rd);
		return -1;
	}
	return 0;
}

/* The rows of a table or row group; tfoot is kept for the end. */
static int
html_rows(struct rd *rd, struct grid *g, struct xnode *n,
    struct xnode **foot, size_t *nfoot, const char **caption, int depth)
{
	struct xnode	*c, *tr;
	struct text	 t;
	const char	*name;
	int		 ingroup = 0;

	if (too_deep(rd, depth, line_of(n)))
		return -1;
	for (c = xnode_child(n); c != NULL; c = xnode_next(c)) {
		name = xnode_name(c);
		if (strcmp(name, "tr") == 0) {
			ingroup = 1;
			if (html_row(rd, g, c) != 0)
				return -1;
			continue;
		}
		if (ingroup)
			html_group_end(rd, g);
		ingroup = 0;
		if (strcmp(name, "thead") == 0 || strcmp(name, "tbody") == 0) {
			for (tr = xnode_child(c); tr != NULL;
			    tr = xnode_next(tr))
				if (strcmp(xnode_name(tr), "tr") == 0 &&
				    html_row(rd, g, tr) != 0)
					return -1;
			html_group_end(rd, g);
		} else if (strcmp(name, "tfoot") == 0) {
			if (*nfoot < 8)
				foot[(*nfoot)++] = c;
		} else if (strcmp(name, "caption") == 0) {
			if (*caption != NULL)
				continue;
			text_init(&t, 1);
			html_text(rd, &t, c, SF_NONE, depth + 1);
			*caption = name_of(rd, text_finish(rd, &t));
			buf_release(&t.b);
		} else if (strcmp(name, "form") == 0) {
			/* Old pages put forms between table and rows. */
			if (html_rows(rd, g, c, foot, nfoot, caption,
			    depth + 1) != 0)
				return -1;
		}
	}
	if (ingroup)
		html_group_end(rd, g);
	return 0;
}

static void
html_table(struct rd *rd, struct found *f)
{
	struct grid	 g;
	struct xnode	*foot[8], *tr;
	const char	*caption = NULL;
	size_t		 nfoot = 0, i;
	unsigned	 width;

	grid_init(&g);
	if (html_rows(rd, &g, f->node, foot, &nfoot, &caption, 1) != 0)
		goto out;
	for (i = 0; i < nfoot; i++) {
		for (tr = xnode_child(foot[i]); tr != NULL;
		    tr = xnode_next(tr))
			if (strcmp(xnode_name(tr), "tr") == 0 &&
			    html_row(rd, &g, tr) != 0)
				goto out;
		html_group_end(rd, &g);
	}
	/*
	 * The width: that of rows with two cells or more, so a title bar's
	 * colspan does not add empty columns; but every cell starts inside.
	 */
	width = g.wmulti != 0 ? g.wmulti : g.ncols;
	if (g.wstart > width)
		width = g.wstart;
	grid_emit(rd, &g, width, G_LINES, caption != NULL ? caption : f->name,
	    "table", f->nth, line_of(f->node));
 out:
	grid_free(&g);
}

/*
 * The charset a page declares in its first bytes, as xml.c finds it:
 * 0 none, 1 UTF-8, 2 another (libxml2 converts from it).
 */
static int
html_charset(const char *p, size_t len)
{
	size_t	 i, n = len < 4096 ? len : 4096;

	for (i = 0; i + 8 < n; i++) {
		if (strncasecmp(p + i, "charset", 7) != 0)
			continue;
		i += 7;
		while (i < n && (p[i] == ' ' || p[i] == '=' || p[i] == '"' ||
		    p[i] == '\''))
			i++;
		if (i == n || (!((p[i] | 0x20) >= 'a' && (p[i] | 0x20) <= 'z') &&
		    !(p[i] >= '0' && p[i] <= '9')))
			return 0;
		return n - i >= 5 && (strncasecmp(p + i, "utf-8", 5) == 0 ||
		    strncasecmp(p + i, "utf8", 4) == 0) ? 1 : 2;
	}
	return 0;
}

static int
read_html(struct rd *rd, const char *p, size_t len, const char *encoding)
{
	struct xdoc	*doc;
	struct xnode	*title;
	struct finds	 f;
	struct text	 t;
	struct buf	 err = BUF_INIT, conv = BUF_INIT;
	const char	*msg;
	size_t		 i;
	unsigned	 line, col;
	int		 wide;

	if (len == 0)
		return 0;
	/* A page that names another charset is read in it; else UTF-8. */
	if (html_charset(p, len) != 2 &&
	    as_utf8(rd, &p, &len, encoding, &conv) != 0) {
		buf_release(&conv);
		return -1;
	}
	if ((doc = xdoc_parse(p, len, 1, &err, &wide)) == NULL) {
		msg = err_at(err.ptr, &line, &col);
		if (wide) {
			diag_add(rd->dg, rd->path, line, col, R_LIMIT, NULL,
			    NULL, "%s, the limit; the page is not read", msg);
			limited(rd);
		} else {
			diag_add(rd->dg, rd->path, line, col, R_IMP_SYNTAX,
			    NULL, NULL, "cannot be read as HTML: %s", msg);
			broken(rd);
		}
		buf_release(&err);
		buf_release(&conv);
		return rd->rc;
	}
	memset(&f, 0, sizeof(f));
	/* The page's title names tables no heading precedes. */
	if ((title = xnode_named(xnode_named(xdoc_root(doc), "head"),
	    "title")) != NULL) {
		text_init(&t, 1);
		html_text(rd, &t, title, SF_NONE, 1);
		f.title = name_of(rd, text_finish(rd, &t));
		buf_release(&t.b);
	}
	if (xdoc_root(doc) != NULL) {
		/* The root itself may be a table in a fragment. */
		if (strcmp(xnode_name(xdoc_root(doc)), "table") == 0)
			finds_add(&f, xdoc_root(doc), NULL, ++f.nth);
		html_walk(rd, &f, xdoc_root(doc), 0);
	}
	for (i = 0; i < f.n && rd->rc != -2; i++)
		html_table(rd, &f.v[i]);
	free(f.v);
	xdoc_free(doc);
	buf_release(&err);
	buf_release(&conv);
	return rd->rc;
}

/* --- Office Open XML: parts of a zip archive --- */

struct rel {
	const char	*id, *type, *target;
};

struct rels {
	struct rel	*v;
	size_t		 n, cap;
};

static struct zipr *
ooxml_open(struct rd *rd, const char *p, size_t len, const char *what)
{
	struct ziplimits lim;
	struct zipr	*z;
	struct buf	 err = BUF_INIT;

	if (len == 0) {
		if (strcmp(what, "XLSX") == 0)
			diag_add(rd->dg, rd->path, 0, 0, R_IMP_SYNTAX, NULL,
			    NULL, "not an XLSX file: the file is empty");
		else
			diag_add(rd->dg, rd->path, 0, 0, R_IMP_SYNTAX, NULL,
			    NULL, "not a DOCX file: the file is empty");
		broken(rd);
		return NULL;
	}
	ziplimits_default(&lim);
	lim.entry = rd->lim.max_inflate;
	lim.total = lim.entry <= SIZE_MAX / 4 ? lim.entry * 4 : SIZE_MAX;
	if ((z = zipr_open(p, len, &lim, &err)) == NULL) {
		if (strcmp(what, "XLSX") == 0)
			diag_add(rd->dg, rd->path, 0, 0, R_IMP_SYNTAX, NULL,
			    NULL, "not an XLSX file: %s", err.ptr);
		else
			diag_add(rd->dg, rd->path, 0, 0, R_IMP_SYNTAX, NULL,
			    NULL, "not a DOCX file: %s", err.ptr);
		broken(rd);
	}
	buf_release(&err);
	return z;
}

/* Read a part into out; 0, 1 when there is none, -1 or -2 (said). */
static int
part_read(struct rd *rd, struct zipr *z, const char *name, struct buf *out)
{
	struct buf	 err = BUF_INIT;
	int		 rc;

	buf_reset(out);
	if ((rc = zipr_read(z, name, out, &err)) < 0) {
		if (rc == -2) {
			diag_add(rd->dg, rd->path, 0, 0, R_LIMIT, NULL, NULL,
			    "%s; not read", err.ptr);
			limited(rd);
		} else {
			diag_add(rd->dg, rd->path, 0, 0, R_IMP_SYNTAX, NULL, NULL,
			    "damaged archive: %s", err.ptr);
			broken(rd);
		}
	}
	buf_release(&err);
	return rc;
}

/*
 * The message of xdoc_parse()'s "LINE:COL: message", its position in
 * line and col (0 when it has none).
 */
static const char *
err_at(const char *msg, unsigned *line, unsigned *col)
{
	unsigned long	 l, c = 0;
	char		*end;

	*line = *col = 0;
	l = strtoul(msg, &end, 10);
	if (end == msg || *end != ':')
		return msg;
	c = strtoul(end + 1, &end, 10);
	if (*end != ':' || l > UINT_MAX || c > UINT_MAX)
		return msg;
	*line = (unsigned)l;
	*col = (unsigned)c;
	return end + 1 + strspn(end + 1, " ");
}

/* Parse a part as XML; NULL after a finding with the position. */
static struct xdoc *
part_parse(struct rd *rd, const char *name, struct buf *xml)
{
	struct xdoc	*doc;
	struct buf	 err = BUF_INIT;
	const char	*msg;
	unsigned	 line, col;
	int		 wide;

	if ((doc = xdoc_parse(xml->ptr, xml->len, 0, &err, &wide)) != NULL) {
		buf_release(&err);
		return doc;
	}
	msg = err_at(err.ptr, &line, &col);
	if (wide) {
		diag_add(rd->dg, rd->path, line, col, R_LIMIT, NULL, NULL,
		    "%s: %s, the limit; not read", name, msg);
		limited(rd);
	} else {
		diag_add(rd->dg, rd->path, line, col, R_IMP_SYNTAX, NULL,
		    NULL, "%s is not well-formed XML: %s", name, msg);
		broken(rd);
	}
	buf_release(&err);
	return NULL;
}

/* An attribute as an arena string, or NULL. */
static const char *
attr(struct rd *rd, struct xnode *n, const char *name)
{
	buf_reset(&rd->tmp);
	if (!xnode_attr(n, name, &rd->tmp))
		return NULL;
	return arena_strndup(&rd->ts->a, rd->tmp.ptr, rd->tmp.len);
}

/* A decimal attribute; dflt when absent or not a number. */
static unsigned
attr_uint(struct rd *rd, struct xnode *n, const char *name, unsigned dflt,
    unsigned cap)
{
	buf_reset(&rd->tmp);
	if (!xnode_attr(n, name, &rd->tmp))
		return dflt;
	if (rd->tmp.ptr[0] < '0' || rd->tmp.ptr[0] > '9')
		return dflt;
	return span_value(rd->tmp.ptr, cap);
}

/* Is an OOXML on/off value (w:val) on?  Absent means on. */
static int
attr_on(struct rd *rd, struct xnode *n)
{
	buf_reset(&rd->tmp);
	if (!xnode_attr(n, "val", &rd->tmp))
		return 1;
	return strcmp(rd->tmp.ptr, "0") != 0 &&
	    strcmp(rd->tmp.ptr, "false") != 0 &&
	    strcmp(rd->tmp.ptr, "off") != 0;
}

/*
 * A target relative to the directory dir (ending in '/'), as a part
 * name: "/x" is from the root, "." and ".." segments are resolved in
 * the string (nothing touches a file system).
 */
static const char *
part_name(struct rd *rd, const char *dir, const char *target)
{
	struct buf	 b = BUF_INIT;
	const char	*s, *e, *name;
	size_t		 n;

	if (*target == '/')
		target++;
	else
		buf_adds(&b, dir);
	for (s = target; *s != '\0'; s = *e ? e + 1 : e) {
		e = s + strcspn(s, "/");
		n = (size_t)(e - s);
		if (n == 0 || (n == 1 && s[0] == '.'))
			continue;
		if (n == 2 && s[0] == '.' && s[1] == '.') {
			while (b.len > 0 && b.ptr[b.len - 1] == '/')
				buf_setlen(&b, b.len - 1);
			while (b.len > 0 && b.ptr[b.len - 1] != '/')
				buf_setlen(&b, b.len - 1);
			continue;
		}
		buf_add(&b, s, n);
		if (*e == '/')
			buf_addch(&b, '/');
	}
	name = arena_strndup(&rd->ts->a, b.ptr, b.len);
	buf_release(&b);
	return name;
}

/* The relationships of a part (in its _rels/ file), targets resolved. */
static void
rels_read(struct rd *rd, struct zipr *z, const char *part, struct rels *rs)
{
	struct buf	 xml = BUF_INIT, name = BUF_INIT;
	struct xdoc	*doc;
	struct xnode	*r;
	const char	*slash, *id, *type, *target, *mode, *dir;
	struct rel	*rel;

	memset(rs, 0, sizeof(*rs));
	slash = strrchr(part, '/');
	dir = arena_strndup(&rd->ts->a, part,
	    slash ? (size_t)(slash - part + 1) : 0);
	buf_addf(&name, "%s_rels/%s.rels", dir, slash ? slash + 1 : part);
	if (part_read(rd, z, name.ptr, &xml) != 0 ||
	    (doc = part_parse(rd, name.ptr, &xml)) == NULL)
		goto out;
	for (r = xnode_child(xdoc_root(doc)); r != NULL; r = xnode_next(r)) {
		if (strcmp(xnode_name(r), "Relationship") != 0)
			continue;
		mode = attr(rd, r, "TargetMode");
		id = attr(rd, r, "Id");
		type = attr(rd, r, "Type");
		target = attr(rd, r, "Target");
		if (id == NULL || type == NULL || target == NULL ||
		    (mode != NULL && strcmp(mode, "External") == 0))
			continue;
		if (rs->n == rs->cap) {
			rs->cap = rs->cap ? rs->cap * 2 : 16;
			rs->v = xreallocarray(rs->v, rs->cap, sizeof(*rs->v));
		}
		rel = &rs->v[rs->n++];
		rel->id = id;
		rel->type = type;
		rel->target = part_name(rd, dir, target);
	}
	xdoc_free(doc);
 out:
	buf_release(&xml);
	buf_release(&name);
}

/* The target of the first relationship whose type ends in /kind. */
static const char *
rels_find(const struct rels *rs, const char *kind, const char *dflt)
{
	size_t	 i, n, k = strlen(kind);

	for (i = 0; i < rs->n; i++) {
		n = strlen(rs->v[i].type);
		if (n > k && rs->v[i].type[n - k - 1] == '/' &&
		    strcmp(rs->v[i].type + n - k, kind) == 0)
			return rs->v[i].target;
	}
	return dflt;
}

/* The main part: _rels/.rels names it, else the usual name. */
static const char *
main_part(struct rd *rd, struct zipr *z, const char *dflt)
{
	struct rels	 rs;
	const char	*s;

	rels_read(rd, z, "", &rs);
	s = rels_find(&rs, "officeDocument", dflt);
	free(rs.v);
	return s;
}

/*
 * The main part parsed, its bytes read into the caller's xml and its
 * name put in *part; NULL after a finding.  what names the kind of
 * file for the message ("a DOCX").
 */
static struct xdoc *
main_doc(struct rd *rd, struct zipr *z, const char *dflt, const char *what,
    const char **part, struct buf *xml)
{
	int	 rc;

	*part = main_part(rd, z, dflt);
	if ((rc = part_read(rd, z, *part, xml)) != 0) {
		if (rc == 1) {
			diag_add(rd->dg, rd->path, 0, 0, R_IMP_SYNTAX, NULL, NULL,
			    "not %s file: there is no %s", what, *part);
			broken(rd);
		}
		return NULL;
	}
	return part_parse(rd, *part, xml);
}

/* --- DOCX --- */

static void	 docx_text(struct rd *, struct text *, struct xnode *, int,
		    int);

/* The symbol font a run is in (w:rPr/w:rFonts), or SF_NONE. */
static int
docx_run_font(struct rd *rd, struct xnode *r)
{
	struct xnode	*f;
	int		 font;

	if ((f = xnode_named(xnode_named(r, "rPr"), "rFonts")) == NULL)
		return SF_NONE;
	buf_reset(&rd->tmp);
	if (xnode_attr(f, "ascii", &rd->tmp) &&
	    (font = font_named(rd->tmp.ptr, rd->tmp.len)) != SF_NONE)
		return font;
	buf_reset(&rd->tmp);
	if (xnode_attr(f, "hAnsi", &rd->tmp))
		return font_named(rd->tmp.ptr, rd->tmp.len);
	return SF_NONE;
}

/* w:sym: a character of a symbol font. */
static void
docx_sym(struct rd *rd, struct text *t, struct xnode *n)
{
	const char	*m;
	char		*end;
	unsigned long	 code;
	int		 font;

	buf_reset(&rd->tmp);
	xnode_attr(n, "font", &rd->tmp);
	font = font_named(rd->tmp.ptr, rd->tmp.len);
	buf_reset(&rd->tmp);
	if (!xnode_attr(n, "char", &rd->tmp))
		return;
	code = strtoul(rd->tmp.ptr, &end, 16);
	if (end == rd->tmp.ptr || *end != '\0' || code > 0x10ffff)
		return;
	if (font == SF_NONE && (code < 0xf000 || code > 0xf0ff)) {
		/* In a text font the code is a character. */
		utf8_add(&t->b, (unsigned)code);
		return;
	}
	if ((m = symbol(font, (unsigned)code)) != NULL)
		text_add(t, m, strlen(m), SF_NONE);
	else
		text_drop(t, font, (unsigned)code);
}

/*
 * A check box: a content control (w14:checkbox, checked by
 * w14:checked) or a legacy form field (w:ffData/w:checkBox, checked by
 * w:checked, else w:default).  -1 when n is neither.
 */
static int
docx_checkbox(struct rd *rd, struct xnode *n, int sdt)
{
	struct xnode	*cb, *c;

	if (sdt) {
		if ((cb = xnode_named(xnode_named(n, "sdtPr"),
		    "checkbox")) == NULL)
			return -1;
		if ((c = xnode_named(cb, "checked")) == NULL)
			return 0;
		return attr_on(rd, c);
	}
	if ((cb = xnode_named(xnode_named(n, "ffData"), "checkBox")) == NULL)
		return -1;
	if ((c = xnode_named(cb, "checked")) != NULL)
		return attr_on(rd, c);
	if ((c = xnode_named(cb, "default")) != NULL)
		return attr_on(rd, c);
	return 0;
}

/* Elements whose text is not the document's. */
static const char *const docx_skip[] = {
	"AlternateContent", "commentReference", "del", "delInstrText",
	"delText", "drawing", "endnoteReference", "fldData",
	"footnoteReference", "instrText", "moveFrom", "object", "pPr",
	"pict", "rPr", "sdtPr", "tbl", "tblPr", "tcPr", "trPr", NULL
};

/* Is run r hidden (w:rPr/w:vanish, not switched off)? */
static int
docx_hidden(struct rd *rd, struct xnode *r)
{
	struct xnode	*v;

	return (v = xnode_named(xnode_named(r, "rPr"), "vanish")) != NULL &&
	    attr_on(rd, v);
}

/*
 * The text of a paragraph, cell or anything else; w:t holds text.  The
 * text of hidden runs goes to t->hid, or nowhere.
 */
static void
docx_text(struct rd *rd, struct text *t, struct xnode *n, int font,
    int depth)
{
	struct xnode	*c, *tn;
	const char	*name, *s;
	int		 box;

	if (too_deep(rd, depth, line_of(n)))
		return;
	for (c = xnode_child(n); c != NULL; c = xnode_next(c)) {
		name = xnode_name(c);
		if (strcmp(name, "t") == 0) {
			for (tn = xnode_first(c); tn != NULL;
			    tn = xnode_after(tn))
				if ((s = xnode_text(tn)) != NULL)
					text_add(t, s, strlen(s), font);
		} else if (strcmp(name, "tab") == 0 ||
		    strcmp(name, "ptab") == 0)
			text_add(t, " ", 1, SF_NONE);
		else if (strcmp(name, "br") == 0 || strcmp(name, "cr") == 0)
			text_nl(t);
		else if (strcmp(name, "noBreakHyphen") == 0)
			text_add(t, "-", 1, SF_NONE);
		else if (strcmp(name, "sym") == 0)
			docx_sym(rd, t, c);
		else if (strcmp(name, "p") == 0) {
			docx_text(rd, t, c, SF_NONE, depth + 1);
			text_nl(t);
			if (t->hid != NULL)
				text_nl(t->hid);
		} else if (strcmp(name, "r") == 0) {
			if (!docx_hidden(rd, c))
				docx_text(rd, t, c, docx_run_font(rd, c),
				    depth + 1);
			else if (t->hid != NULL)
				docx_text(rd, t->hid, c, docx_run_font(rd, c),
				    depth + 1);
		}
		else if (strcmp(name, "sdt") == 0) {
			if ((box = docx_checkbox(rd, c, 1)) >= 0)
				text_add(t, box ? "■" : "□", strlen("■"),
				    SF_NONE);
			else
				docx_text(rd, t, xnode_named(c, "sdtContent"),
				    font, depth + 1);
		} else if (strcmp(name, "fldChar") == 0) {
			if ((box = docx_checkbox(rd, c, 0)) >= 0)
				text_add(t, box ? "■" : "□", strlen("■"),
				    SF_NONE);
		} else if (!name_in(name, docx_skip))
			docx_text(rd, t, c, font, depth + 1);
	}
}

/*
 * Find every w:tbl in document order; a table's name is the last
 * paragraph with text before it, if no other table came in between.
 */
static void
docx_walk(struct rd *rd, struct finds *f, struct xnode *n, int depth)
{
	struct xnode	*c, *saved;
	struct text	 t;
	const char	*name, *tname;

	if (n == NULL || too_deep(rd, depth, line_of(n)))
		return;
	for (c = xnode_child(n); c != NULL; c = xnode_next(c)) {
		name = xnode_name(c);
		if (strcmp(name, "p") == 0) {
			text_init(&t, 0);
			docx_text(rd, &t, c, SF_NONE, depth + 1);
			if (*text_finish(rd, &t) != '\0')
				f->lastp = c;
			buf_release(&t.b);
		} else if (strcmp(name, "tbl") == 0) {
			tname = NULL;
			if (f->lastp != NULL) {
				text_init(&t, 0);
				docx_text(rd, &t, f->lastp, SF_NONE, depth + 1);
				tname = name_of(rd, text_finish(rd, &t));
				buf_release(&t.b);
			}
			finds_add(f, c, tname, ++f->nth);
			f->lastp = NULL;
			docx_walk(rd, f, c, depth + 1);
			f->lastp = NULL;
		} else if (strcmp(name, "tc") == 0) {
			saved = f->lastp;
			f->lastp = NULL;
			docx_walk(rd, f, c, depth + 1);
			f->lastp = saved;
		} else if (strcmp(name, "sdt") == 0)
			docx_walk(rd, f, xnode_named(c, "sdtContent"),
			    depth + 1);
		else if (strcmp(name, "body") == 0 ||
		    strcmp(name, "tr") == 0 || strcmp(name, "customXml") == 0)
			docx_walk(rd, f, c, depth + 1);
	}
}

/* Vertical merges: g->a[c] is 1 + the cell whose merge runs down
 * column c, g->b[c] the last row it reached. */
static int
docx_cell(struct rd *rd, struct grid *g, struct xnode *tc, unsigned r,
    unsigned *col)
{
	struct xnode	*pr, *vm, *hm;
	struct pcell	*p;
	struct text	 t, h;
	unsigned	 span, c = *col, line = line_of(tc), k;
	int		 vmerge = 0, hmerge = 0;
	size_t		 i;

	pr = xnode_named(tc, "tcPr");
	span = attr_uint(rd, xnode_named(pr, "gridSpan"), "val", 1,
	    MAX_COLSPAN);
	if (span == 0)
		span = 1;
	if (span > MAX_COLSPAN) {
		diag_add(rd->dg, rd->path, line, 0, R_IMP_REPAIR, NULL, NULL,
		    "gridSpan past %d; taken as %d", MAX_COLSPAN, MAX_COLSPAN);
		span = MAX_COLSPAN;
	}
	if ((vm = xnode_named(pr, "vMerge")) != NULL) {
		buf_reset(&rd->tmp);
		vmerge = xnode_attr(vm, "val", &rd->tmp) &&
		    strcmp(rd->tmp.ptr, "restart") == 0 ? 1 : 2;
	}
	if ((hm = xnode_named(pr, "hMerge")) != NULL) {
		buf_reset(&rd->tmp);
		hmerge = xnode_attr(hm, "val", &rd->tmp) &&
		    strcmp(rd->tmp.ptr, "restart") == 0 ? 1 : 2;
	}
	if (c + span > MAX_COLS) {
		diag_add(rd->dg, rd->path, line, 0, R_LIMIT, NULL, NULL,
		    "a table row wider than %d columns", MAX_COLS);
		limited(rd);
		return -1;
	}
	grid_cols(g, c + span);
	*col = c + span;
	/* A continued vertical merge extends the cell above. */
	if (vmerge == 2 && g->a[c] != 0 && r > 0 && g->b[c] == r - 1) {
		p = &g->v[g->a[c] - 1];
		if (p->col == c && p->cs == span && p->row + p->rs == r) {
			p->rs++;
			g->b[c] = r;
			return 0;
		}
	}
	/* A continued horizontal merge (Word 97) widens the cell before. */
	if (hmerge == 2 && g->n > 0) {
		p = &g->v[g->n - 1];
		if (p->row == r && p->rs == 1 && p->col + p->cs == c) {
			p->cs += span;
			if (p->col + p->cs > g->ncols)
				g->ncols = p->col + p->cs;
			return 0;
		}
	}
	text_init(&t, 0);
	text_init(&h, 0);
	t.hid = &h;
	docx_text(rd, &t, tc, SF_NONE, 1);
	p = grid_add(g, r, c, 1, span, cell_text(rd, &t, line), line, 0);
	p->hidden = text_finish(rd, &h);
	buf_release(&t.b);
	buf_release(&h.b);
	i = g->n;
	for (k = 0; k < span; k++) {
		g->a[c + k] = vmerge != 0 && k == 0 ? (unsigned)i : 0;
		g->b[c + k] = r;
	}
	return 0;
}

/* The cells of a row, also inside content controls and custom XML. */
static int
docx_cells(struct rd *rd, struct grid *g, struct xnode *n, unsigned r,
    unsigned *col, int depth)
{
	struct xnode	*c;
	const char	*name;

	if (n == NULL || too_deep(rd, depth, line_of(n)))
		return -1;
	for (c = xnode_child(n); c != NULL; c = xnode_next(c)) {
		name = xnode_name(c);
		if (strcmp(name, "tc") == 0) {
			if (docx_cell(rd, g, c, r, col) != 0)
				return -1;
		} else if (strcmp(name, "sdt") == 0) {
			if (docx_cells(rd, g, xnode_named(c, "sdtContent"), r,
			    col, depth + 1) != 0)
				return -1;
		} else if (strcmp(name, "customXml") == 0 &&
		    docx_cells(rd, g, c, r, col, depth + 1) != 0)
			return -1;
	}
	return 0;
}

static int
docx_rows(struct rd *rd, struct grid *g, struct xnode *n, int depth)
{
	struct xnode	*c, *pr;
	const char	*name;
	unsigned	 col, after;
	int		 r;

	if (n == NULL || too_deep(rd, depth, line_of(n)))
		return -1;
	for (c = xnode_child(n); c != NULL; c = xnode_next(c)) {
		name = xnode_name(c);
		if (strcmp(name, "tr") == 0) {
			if ((r = grid_row(rd, g, line_of(c))) < 0)
				return -1;
			pr = xnode_named(c, "trPr");
			col = attr_uint(rd, xnode_named(pr, "gridBefore"),
			    "val", 0, MAX_COLS);
			after = attr_uint(rd, xnode_named(pr, "gridAfter"),
			    "val", 0, MAX_COLS);
			if (col > MAX_COLS)
				col = MAX_COLS;
			if (docx_cells(rd, g, c, (unsigned)r, &col, depth + 1))
				return -1;
			if (col + after > MAX_COLS) {
				diag_add(rd->dg, rd->path, line_of(c), 0,
				    R_LIMIT, NULL, NULL, "a table row wider "
				    "than %d columns", MAX_COLS);
				limited(rd);
				return -1;
			}
			if (col + after > g->ncols)
				g->ncols = col + after;
		} else if (strcmp(name, "sdt") == 0) {
			if (docx_rows(rd, g, xnode_named(c, "sdtContent"),
			    depth + 1) != 0)
				return -1;
		} else if (strcmp(name, "customXml") == 0 &&
		    docx_rows(rd, g, c, depth + 1) != 0)
			return -1;
	}
	return 0;
}

static void
docx_table(struct rd *rd, struct found *f)
{
	struct grid	 g;

	grid_init(&g);
	if (docx_rows(rd, &g, f->node, 1) == 0)
		grid_emit(rd, &g, g.ncols, G_LINES, f->name, "table", f->nth,
		    line_of(f->node));
	grid_free(&g);
}

static int
read_docx(struct rd *rd, const char *p, size_t len)
{
	struct zipr	*z;
	struct xdoc	*doc = NULL;
	struct buf	 xml = BUF_INIT;
	struct finds	 f;
	const char	*part;
	size_t		 i;

	if ((z = ooxml_open(rd, p, len, "DOCX")) == NULL)
		return -1;
	memset(&f, 0, sizeof(f));
	if ((doc = main_doc(rd, z, "word/document.xml", "a DOCX", &part,
	    &xml)) == NULL)
		goto out;
	docx_walk(rd, &f, xnode_named(xdoc_root(doc), "body"), 0);
	for (i = 0; i < f.n && rd->rc != -2; i++)
		docx_table(rd, &f.v[i]);
 out:
	free(f.v);
	xdoc_free(doc);
	zipr_close(z);
	buf_release(&xml);
	return rd->rc;
}

/* --- XLSX --- */

struct xcell {
	unsigned	 row, col;	/* 1-based */
	const char	*text;
};

struct sheet {
	const char	**sst;		/* shared strings */
	size_t		  nsst;
	int		  sstbad;	/* their part is broken (said) */
	struct xcell	 *v;
	size_t		  n, cap;
};

/* Add s with its _xHHHH_ escapes (how OOXML writes a CR) decoded. */
static void
xlsx_unescape(struct text *t, const char *s)
{
	const char	*q;
	char		 hex[5], *end;
	size_t		 k;
	unsigned	 v;

	while ((q = strstr(s, "_x")) != NULL) {
		text_add(t, s, (size_t)(q - s), SF_NONE);
		for (k = 0; k < 4 && q[2 + k] != '\0'; k++)
			hex[k] = q[2 + k];
		hex[k] = '\0';
		v = (unsigned)strtoul(hex, &end, 16);
		if (k == 4 && end == hex + 4 && q[6] == '_') {
			utf8_add(&t->b, v);
			s = q + 7;
		} else {
			text_add(t, q, 2, SF_NONE);
			s = q + 2;
		}
	}
	text_add(t, s, strlen(s), SF_NONE);
}

/*
 * Text of a string item: its t, or the t of its runs (r/t); phonetic
 * runs (rPh) are left out.
 */
static void
xlsx_string(struct text *t, struct xnode *n, int depth)
{
	struct xnode	*c, *tn;
	const char	*name, *s;

	for (c = xnode_child(n); c != NULL && depth < 4; c = xnode_next(c)) {
		name = xnode_name(c);
		if (strcmp(name, "r") == 0) {
			xlsx_string(t, c, depth + 1);
			continue;
		}
		if (strcmp(name, "t") != 0)
			continue;
		for (tn = xnode_first(c); tn != NULL; tn = xnode_after(tn))
			if ((s = xnode_text(tn)) != NULL)
				xlsx_unescape(t, s);
	}
}

static void
xlsx_sst(struct rd *rd, struct zipr *z, const char *part, struct sheet *sh)
{
	struct buf	 xml = BUF_INIT;
	struct xdoc	*doc;
	struct xnode	*si;
	struct text	 t;
	size_t		 cap = 0;

	if (part_read(rd, z, part, &xml) != 0 ||
	    (doc = part_parse(rd, part, &xml)) == NULL) {
		sh->sstbad = 1;
		buf_release(&xml);
		return;
	}
	text_init(&t, 0);
	for (si = xnode_child(xdoc_root(doc)); si != NULL;
	    si = xnode_next(si)) {
		if (strcmp(xnode_name(si), "si") != 0)
			continue;
		if (sh->nsst == cap) {
			cap = cap ? cap * 2 : 256;
			sh->sst = xreallocarray(sh->sst, cap,
			    sizeof(*sh->sst));
		}
		xlsx_string(&t, si, 0);
		sh->sst[sh->nsst++] = text_finish(rd, &t);
	}
	buf_release(&t.b);
	xdoc_free(doc);
	buf_release(&xml);
}

/* "B5" into column 2, row 5; "B" alone leaves the row 0.  -1 if bad. */
static int
cell_ref(const char *s, unsigned *row, unsigned *col)
{
	unsigned long	 c = 0, r = 0;

	s += strspn(s, "$");
	for (; (*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z'); s++)
		if ((c = c * 26 + (unsigned long)((*s | 0x20) - 'a' + 1)) >
		    MAX_COLS)
			return -1;
	s += strspn(s, "$");
	for (; *s >= '0' && *s <= '9'; s++)
		if ((r = r * 10 + (unsigned long)(*s - '0')) > MAX_ROWS)
			return -1;
	if (*s != '\0' || c == 0)
		return -1;
	*col = (unsigned)c;
	*row = (unsigned)r;
	return 0;
}

static void
xlsx_cell(struct rd *rd, struct sheet *sh, struct xnode *c, unsigned row,
    unsigned col, struct text *t)
{
	struct xnode	*v;
	struct xcell	*x;
	const char	*text;
	char		*end;
	unsigned long	 i;

	buf_reset(&rd->tmp);
	xnode_attr(c, "t", &rd->tmp);
	v = xnode_named(c, "v");
	if (strcmp(rd->tmp.ptr, "inlineStr") == 0) {
		xlsx_string(t, xnode_named(c, "is"), 0);
	} else if (v == NULL) {
		return;
	} else if (strcmp(rd->tmp.ptr, "s") == 0) {
		buf_reset(&rd->tmp);
		xnode_content(v, &rd->tmp);
		i = strtoul(rd->tmp.ptr, &end, 10);
		if (end == rd->tmp.ptr || *end != '\0' || i >= sh->nsst) {
			if (sh->sstbad)
				return;
			diag_add(rd->dg, rd->path, row, col, R_IMP_SYNTAX, NULL,
			    NULL, "shared string '%s' does not exist",
			    rd->tmp.ptr);
			broken(rd);
			return;
		}
		text = sh->sst[i];
		goto add;
	} else if (strcmp(rd->tmp.ptr, "b") == 0) {
		buf_reset(&rd->tmp);
		xnode_content(v, &rd->tmp);
		text_add(t, strcmp(rd->tmp.ptr, "1") == 0 ? "TRUE" : "FALSE",
		    strcmp(rd->tmp.ptr, "1") == 0 ? 4 : 5, SF_NONE);
	} else {
		buf_reset(&rd->tmp);
		xnode_content(v, &rd->tmp);
		xlsx_unescape(t, rd->tmp.ptr);
	}
	text = text_finish(rd, t);
 add:
	if (*text == '\0')
		return;
	if (sh->n == sh->cap) {
		sh->cap = sh->cap ? sh->cap * 2 : 256;
		sh->v = xreallocarray(sh->v, sh->cap, sizeof(*sh->v));
	}
	x = &sh->v[sh->n++];
	x->row = row;
	x->col = col;
	x->text = text;
}

static int
xcell_cmp(const void *a, const void *b)
{
	const struct xcell *x = a, *y = b;

	if (x->row != y->row)
		return x->row < y->row ? -1 : 1;
	if (x->col != y->col)
		return x->col < y->col ? -1 : 1;
	return 0;
}

/* The text at a sheet position, or "". */
static const char *
xlsx_at(struct sheet *sh, unsigned row, unsigned col)
{
	struct xcell	 key, *x;

	key.row = row;
	key.col = col;
	x = bsearch(&key, sh->v, sh->n, sizeof(*sh->v), xcell_cmp);
	return x != NULL ? x->text : "";
}

static void
xlsx_sheet(struct rd *rd, struct zipr *z, const char *part, const char *name,
    unsigned nth, struct sheet *sh)
{
	struct buf	 xml = BUF_INIT;
	struct xdoc	*doc = NULL;
	struct xnode	*data, *row, *c, *mc;
	struct grid	 g;
	struct text	 t;
	unsigned	 r = 0, col, rr, cc, r1, c1, r2, c2, nrows = 0;
	unsigned	 ncols = 0, line, tmp;
	size_t		 i, area = 0, lost;
	const char	*s;

	grid_init(&g);
	text_init(&t, 0);
	sh->n = 0;
	if (part_read(rd, z, part, &xml) != 0 ||
	    (doc = part_parse(rd, part, &xml)) == NULL)
		goto out;
	data = xnode_named(xdoc_root(doc), "sheetData");
	for (row = xnode_child(data); row != NULL; row = xnode_next(row)) {
		if (strcmp(xnode_name(row), "row") != 0)
			continue;
		r = attr_uint(rd, row, "r", r + 1, MAX_ROWS);
		line = line_of(row);
		if (r == 0 || r > MAX_ROWS) {
			diag_add(rd->dg, rd->path, line, 0, R_IMP_SYNTAX, NULL,
			    NULL, "%s: row number '%s' is out of range", part,
			    rd->tmp.ptr);
			broken(rd);
			goto out;
		}
		col = 0;
		for (c = xnode_child(row); c != NULL; c = xnode_next(c)) {
			if (strcmp(xnode_name(c), "c") != 0)
				continue;
			rr = r;
			buf_reset(&rd->tmp);
			if (!xnode_attr(c, "r", &rd->tmp))
				cc = col + 1;
			else if (cell_ref(rd->tmp.ptr, &rr, &cc) != 0) {
				diag_add(rd->dg, rd->path, r, col + 1,
				    R_IMP_SYNTAX, NULL, NULL, "%s: cell reference "
				    "'%s' is not valid", part, rd->tmp.ptr);
				broken(rd);
				continue;
			}
			if (rr == 0)
				rr = r;
			if (cc > MAX_COLS) {
				broken(rd);
				continue;
			}
			col = cc;
			xlsx_cell(rd, sh, c, rr, cc, &t);
		}
	}
	for (i = 0; i < sh->n; i++) {
		if (sh->v[i].row > nrows)
			nrows = sh->v[i].row;
		if (sh->v[i].col > ncols)
			ncols = sh->v[i].col;
	}
	if (sh->n == 0)
		goto out;
	qsort(sh->v, sh->n, sizeof(*sh->v), xcell_cmp);
	if ((size_t)nrows * ncols > MAX_CELLS) {
		/* The farthest cell is the one to look at. */
		diag_add(rd->dg, rd->path, nrows, ncols, R_LIMIT, NULL, NULL,
		    "sheet %u ('%s') has %u rows and %u columns: more than "
		    "the %d cells a table may have", nth, name, nrows, ncols,
		    MAX_CELLS);
		limited(rd);
		goto out;
	}
	for (rr = 0; rr < nrows; rr++)
		if (grid_row(rd, &g, rr + 1) < 0)
			goto out;
	/* Merged ranges first, so they win over values under them. */
	mc = xnode_named(xdoc_root(doc), "mergeCells");
	for (c = xnode_child(mc); c != NULL; c = xnode_next(c)) {
		if (strcmp(xnode_name(c), "mergeCell") != 0)
			continue;
		buf_reset(&rd->tmp);
		xnode_attr(c, "ref", &rd->tmp);
		s = strchr(rd->tmp.ptr, ':');
		if (s == NULL)
			continue;
		rd->tmp.ptr[s - rd->tmp.ptr] = '\0';
		if (cell_ref(rd->tmp.ptr, &r1, &c1) != 0 ||
		    cell_ref(s + 1, &r2, &c2) != 0 || r1 == 0 || r2 == 0) {
			broken(rd);
			diag_add(rd->dg, rd->path, line_of(c), 0, R_IMP_SYNTAX,
			    NULL, NULL, "%s: merged range '%s:%s' is not "
			    "valid", part, rd->tmp.ptr, s + 1);
			continue;
		}
		if (r2 < r1) {
			tmp = r1;
			r1 = r2;
			r2 = tmp;
		}
		if (c2 < c1) {
			tmp = c1;
			c1 = c2;
			c2 = tmp;
		}
		if (r1 > nrows || c1 > ncols)
			continue;
		if (r2 > nrows)
			r2 = nrows;
		if (c2 > ncols)
			c2 = ncols;
		area += (size_t)(r2 - r1 + 1) * (c2 - c1 + 1);
		if (area > MAX_CELLS) {
			diag_add(rd->dg, rd->path, line_of(c), 0, R_LIMIT,
			    NULL, NULL, "sheet %u ('%s'): merged ranges "
			    "cover more than %d cells", nth, name, MAX_CELLS);
			limited(rd);
			goto out;
		}
		grid_add(&g, r1 - 1, c1 - 1, r2 - r1 + 1, c2 - c1 + 1,
		    xlsx_at(sh, r1, c1), r1, c1);
	}
	for (i = 0; i < sh->n; i++)
		grid_add(&g, sh->v[i].row - 1, sh->v[i].col - 1, 1, 1,
		    sh->v[i].text, sh->v[i].row, sh->v[i].col);
	/* Values under a merge are hidden by design, as in Excel. */
	if ((lost = grid_emit(rd, &g, ncols, G_XY, name, "sheet", nth, 1)) >
	    0)
	{
		if (lost > 1)
			diag_add(rd->dg, rd->path, 0, 0, R_IMP_REPAIR, NULL,
			    NULL, "%s: %zu merged ranges overlapping another "
			    "left out", part, lost);
		else
			diag_add(rd->dg, rd->path, 0, 0, R_IMP_REPAIR, NULL,
			    NULL, "%s: %zu merged range overlapping another "
			    "left out", part, lost);
	}
 out:
	xdoc_free(doc);
	grid_free(&g);
	buf_release(&t.b);
	buf_release(&xml);
}

static int
read_xlsx(struct rd *rd, const char *p, size_t len)
{
	struct zipr	*z;
	struct xdoc	*doc = NULL;
	struct xnode	*sheets, *s;
	struct buf	 xml = BUF_INIT;
	struct rels	 rs;
	struct sheet	 sh;
	const char	*wb, *name, *id, *state, *part;
	struct rel	*rel;
	unsigned	 nth = 0;
	size_t		 i, k;

	memset(&rs, 0, sizeof(rs));
	memset(&sh, 0, sizeof(sh));
	if ((z = ooxml_open(rd, p, len, "XLSX")) == NULL)
		return -1;
	if ((doc = main_doc(rd, z, "xl/workbook.xml", "an XLSX", &wb,
	    &xml)) == NULL)
		goto out;
	rels_read(rd, z, wb, &rs);
	if (rd->rc == -2)
		goto out;
	part = rels_find(&rs, "sharedStrings", NULL);
	if (part != NULL)
		xlsx_sst(rd, z, part, &sh);
	sheets = xnode_named(xdoc_root(doc), "sheets");
	for (s = xnode_child(sheets); s != NULL && rd->rc != -2;
	    s = xnode_next(s)) {
		if (strcmp(xnode_name(s), "sheet") != 0)
			continue;
		nth++;
		name = attr(rd, s, "name");
		id = attr(rd, s, "id");
		state = attr(rd, s, "state");
		if (state != NULL && strcmp(state, "visible") != 0) {
			diag_add(rd->dg, rd->path, line_of(s), 0, R_IMP_TABLE,
			    NULL, NULL, "%s: sheet %u ('%s') is hidden; not "
			    "read", wb, nth, name ? name : "");
			continue;
		}
		rel = NULL;
		for (i = 0; id != NULL && i < rs.n; i++)
			if (strcmp(rs.v[i].id, id) == 0)
				rel = &rs.v[i];
		if (rel == NULL) {
			diag_add(rd->dg, rd->path, line_of(s), 0, R_IMP_SYNTAX,
			    NULL, NULL, "%s: sheet %u ('%s') has no part in "
			    "the archive", wb, nth, name ? name : "");
			broken(rd);
			continue;
		}
		k = strlen(rel->type);
		if (k < 10 || strcmp(rel->type + k - 10, "/worksheet") != 0)
			continue;	/* a chart or dialog sheet */
		part = rel->target;
		xlsx_sheet(rd, z, part, name != NULL ? name : "", nth, &sh);
	}
 out:
	free(sh.sst);
	free(sh.v);
	free(rs.v);
	xdoc_free(doc);
	zipr_close(z);
	buf_release(&xml);
	return rd->rc;
}
