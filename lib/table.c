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
 *  - Symbol fonts: only the Wingdings, Wingdings 2 and Symbol codes that
 *    draw boxes, ticks and bullets are read (■ □ √ ● ○); other symbol
 *    characters are dropped rather than shown as the Latin letters they
 *    are stored as.
 *  - A table's name is its caption, else the nearest heading (h1-h6, or
 *    a short paragraph all bold or centred) before it, else the page's
 *    <title>; in DOCX the paragraph just before it.
 *
 * This file holds what the formats share and the grid; each format has
 * a file of its own (table_csv.c, table_html.c, table_docx.c and
 * table_xlsx.c, with table_ooxml.c for the zip parts of the last two),
 * where the decisions on that format are told.  table_int.h is what
 * they share.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "arena.h"
#include "buf.h"
#include "diag.h"
#include "doc.h"
#include "msg.h"
#include "table.h"
#include "table_int.h"
#include "text.h"
#include "utf8.h"
#include "xmalloc.h"
#include "xml.h"

#define MAX_TOTAL	8000000	/* grid positions from one file */
#define MAX_DEPTH	1000	/* element nesting walked */

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

void
broken(struct rd *rd)
{
	if (rd->rc == 0)
		rd->rc = -1;
}

void
limited(struct rd *rd)
{
	rd->rc = -2;
}

/* Is depth past the nesting walked?  Says so once. */
int
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

unsigned
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
const char *
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
int
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

void
text_init(struct text *t, int html)
{
	buf_init(&t->b, 0);
	t->html = html;
	t->dropped = t->dropcode = 0;
	t->dropfont = SF_NONE;
	t->hid = NULL;
}

/* A symbol character that is not a box, tick or bullet. */
void
text_drop(struct text *t, int font, unsigned code)
{
	if (t->dropped++ == 0) {
		t->dropcode = code;
		t->dropfont = font;
	}
}

int
html_space(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* Add n bytes at s, drawn in the given symbol font. */
void
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
void
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
const char *
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
const char *
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
const char *
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
unsigned
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

/* Is name one of the list's (which ends in NULL)? */
int
name_in(const char *name, const char *const *list)
{
	for (; *list != NULL; list++)
		if (strcmp(name, *list) == 0)
			return 1;
	return 0;
}

/*
 * The message of xdoc_parse()'s "LINE:COL: message", its position in
 * line and col (0 when it has none).
 */
const char *
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

/* --- Grids --- */

void
grid_init(struct grid *g)
{
	memset(g, 0, sizeof(*g));
}

void
grid_free(struct grid *g)
{
	free(g->v);
	free(g->rowline);
	free(g->a);
	free(g->b);
	grid_init(g);
}

/* Make the per-column arrays hold n columns; new ones are zero. */
void
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
int
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

struct pcell *
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
size_t
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
	t->pre = rd->pre;
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

void
finds_add(struct finds *f, struct xnode *n, const char *name, unsigned nth)
{
	if (f->n == f->cap) {
		f->cap = f->cap ? f->cap * 2 : 16;
		f->v = xreallocarray(f->v, f->cap, sizeof(*f->v));
	}
	f->v[f->n].node = n;
	f->v[f->n].name = name;
	f->v[f->n].pre = NULL;
	f->v[f->n].nth = nth;
	f->n++;
}

#define PRE_LINE	200	/* characters in a paragraph kept in pre */
#define PRE_BYTES	8192	/* bytes of them kept before a table */

/*
 * A paragraph between tables, for the next table's pre: its short lines
 * (a page's metadata, its breadcrumb), U+3000 and NBSP as spaces.  Only
 * the last PRE_BYTES are kept: the nearest to the table.
 */
void
pre_add(struct finds *f, const char *s)
{
	const char	*e;
	size_t		 n;

	if (f->intable)
		return;
	for (; *s != '\0'; s = *e != '\0' ? e + 1 : e) {
		e = s + strcspn(s, "\n");
		n = (size_t)(e - s);
		if (n == 0 || utf8_chars(s, n) > PRE_LINE)
			continue;
		if (f->pre.len + n + 1 > PRE_BYTES)
			buf_reset(&f->pre);
		for (; s < e; s++)
			if (strncmp(s, "\xe3\x80\x80", 3) == 0) {
				buf_addch(&f->pre, ' ');
				buf_addch(&f->pre, ' ');
				s += 2;
			} else if (strncmp(s, "\xc2\xa0", 2) == 0) {
				buf_addch(&f->pre, ' ');
				s++;
			} else
				buf_addch(&f->pre, *s);
		buf_addch(&f->pre, '\n');
	}
}

/* The paragraphs gathered become the pre of the table just found. */
void
pre_take(struct rd *rd, struct finds *f)
{
	if (f->n > 0 && f->pre.len > 0)
		f->v[f->n - 1].pre = arena_strndup(&rd->ts->a, f->pre.ptr,
		    f->pre.len - 1);
	buf_reset(&f->pre);
}
