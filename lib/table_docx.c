/*
 * DOCX for the table readers (table.c): every w:tbl of the main
 * document, named by the paragraph just before it.
 *
 * A run marked hidden (w:rPr/w:vanish) is not what a reader sees, so
 * not the cell's text: it is the cell's hidden text (gkml-render keeps
 * ids there), and no part of a table's name.
 */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "diag.h"
#include "table.h"
#include "table_int.h"
#include "utf8.h"
#include "xml.h"
#include "zip.h"

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
	const char	*name, *tname, *s;

	if (n == NULL || too_deep(rd, depth, line_of(n)))
		return;
	for (c = xnode_child(n); c != NULL; c = xnode_next(c)) {
		name = xnode_name(c);
		if (strcmp(name, "p") == 0) {
			text_init(&t, 0);
			docx_text(rd, &t, c, SF_NONE, depth + 1);
			if (*(s = text_finish(rd, &t)) != '\0') {
				f->lastp = c;
				pre_add(f, s);
			}
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
			pre_take(rd, f);
			f->lastp = NULL;
			f->intable++;
			docx_walk(rd, f, c, depth + 1);
			f->intable--;
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

int
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
	buf_init(&f.pre, 0);
	if ((doc = main_doc(rd, z, "word/document.xml", "a DOCX", &part,
	    &xml)) == NULL)
		goto out;
	docx_walk(rd, &f, xnode_named(xdoc_root(doc), "body"), 0);
	for (i = 0; i < f.n && rd->rc != -2; i++) {
		rd->pre = f.v[i].pre;
		docx_table(rd, &f.v[i]);
	}
	rd->pre = NULL;
 out:
	free(f.v);
	buf_release(&f.pre);
	xdoc_free(doc);
	zipr_close(z);
	buf_release(&xml);
	return rd->rc;
}
