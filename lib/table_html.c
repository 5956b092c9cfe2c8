/*
 * HTML for the table readers (table.c): every <table> of the page, its
 * name from its caption or the heading before it.
 *
 * HTML follows the browsers' table model: rows of thead and tbody in
 * document order, tfoot rows last; colspan is capped at 1000 and
 * rowspan at 65534 (with a finding), rowspan 0 and rowspans running
 * past their row group stop at its end; a colspan never covers a slot
 * a rowspan holds.  A single-cell row (a title bar) does not widen
 * the table: its colspan is cut at the width of the other rows.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "diag.h"
#include "table.h"
#include "table_int.h"
#include "xml.h"

#define MAX_ROWSPAN	65534	/* HTML's own cap on rowspan */

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

/* Does n hold a block or a table among its children? */
static int
has_block(struct xnode *n)
{
	struct xnode	*c;
	const char	*name;

	for (c = xnode_child(n); c != NULL; c = xnode_next(c)) {
		name = xnode_name(c);
		if (strcmp(name, "table") == 0 || name_in(name, html_blocks))
			return 1;
	}
	return 0;
}

/* Find every table in document order, each with the heading before it
 * and the paragraphs since the table before (pre_add()). */
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
			pre_take(rd, f);
			f->intable++;
			html_walk(rd, f, c, depth + 1);
			f->intable--;
			continue;
		} else if (is_heading(name) || html_title(rd, c, name)) {
			text_init(&t, 1);
			html_text(rd, &t, c, SF_NONE, depth + 1);
			f->title = name_of(rd, text_finish(rd, &t));
			buf_release(&t.b);
			/* A heading left open may hold the rest of the page. */
		} else if (!f->intable && name_in(name, html_blocks) &&
		    !has_block(c)) {
			text_init(&t, 1);
			html_text(rd, &t, c, SF_NONE, depth + 1);
			pre_add(f, text_finish(rd, &t));
			buf_release(&t.b);
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

int
tables_html_bytes(const char *path, const char **p, size_t *len,
    const char *encoding, struct buf *conv, struct diag *dg)
{
	struct rd	 rd;
	int		 rc = 0;

	if (html_charset(*p, *len) == 2)
		return 0;
	memset(&rd, 0, sizeof(rd));
	rd.path = path;
	rd.dg = dg;
	limits_default(&rd.lim);
	buf_init(&rd.tmp, 0);
	buf_init(&rd.fin, 0);
	if (as_utf8(&rd, p, len, encoding, conv) != 0)
		rc = -1;
	buf_release(&rd.tmp);
	buf_release(&rd.fin);
	return rc;
}

int
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
	buf_init(&f.pre, 0);
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
	for (i = 0; i < f.n && rd->rc != -2; i++) {
		rd->pre = f.v[i].pre;
		html_table(rd, &f.v[i]);
	}
	rd->pre = NULL;
	free(f.v);
	buf_release(&f.pre);
	xdoc_free(doc);
	buf_release(&err);
	buf_release(&conv);
	return rd->rc;
}
