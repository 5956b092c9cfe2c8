/*
 * XLSX for the table readers (table.c): every visible worksheet is a
 * table, named by its sheet name.
 *
 * Hidden sheets are skipped (they hold lists for validation); the grid
 * runs from A1 to the last non-empty cell.
 */
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "buf.h"
#include "diag.h"
#include "table.h"
#include "table_int.h"
#include "utf8.h"
#include "xmalloc.h"
#include "xml.h"
#include "zip.h"

struct xcell {
	unsigned	 row, col;	/* 1-based */
	const char	*text;
};

/*
 * A finding about a sheet's cells, said once the whole part is known
 * to be well-formed: one that is not gets only the finding that says
 * so, as when it was parsed before it was read.
 */
struct later {
	int		 what;		/* L_ROW, L_REF, L_SST */
	unsigned	 line, col;
	const char	*s;		/* the row number, reference, index */
};

enum { L_ROW, L_REF, L_SST };

/* A merged range of mergeCells, read after the cells. */
struct mrange {
	const char	*ref;		/* "A1:B2", or "" when it has none */
	unsigned	 line;
};

struct sheet {
	const char	**sst;		/* shared strings */
	size_t		  nsst;
	int		  sstbad;	/* their part is broken (said) */
	struct xcell	 *v;
	size_t		  n, cap;
	struct later	 *l;
	size_t		  nl, capl;
	struct mrange	 *m;
	size_t		  nm, capm;
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

/* The shared strings, each si read whole and let go. */
static void
xlsx_sst(struct rd *rd, struct zipr *z, const char *part, struct sheet *sh)
{
	struct buf	 xml = BUF_INIT;
	struct xread	*x;
	struct xnode	*si;
	struct text	 t;
	size_t		 cap = 0;
	int		 at;

	if (part_read(rd, z, part, &xml) != 0 ||
	    (x = part_stream(rd, part, &xml)) == NULL) {
		sh->sstbad = 1;
		buf_release(&xml);
		return;
	}
	text_init(&t, 0);
	while ((si = xread_next(x, 1, &at)) != NULL) {
		if (at != 1 || strcmp(xnode_name(si), "si") != 0)
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
	/* None of a part that is not well-formed is taken. */
	if (part_end(rd, part, x) != 0) {
		sh->nsst = 0;
		sh->sstbad = 1;
	}
	buf_release(&xml);
}

/* Keep a finding for later (s is copied). */
static void
later(struct rd *rd, struct sheet *sh, int what, unsigned line, unsigned col,
    const char *s)
{
	struct later	*l;

	if (sh->nl == sh->capl) {
		sh->capl = sh->capl ? sh->capl * 2 : 16;
		sh->l = xreallocarray(sh->l, sh->capl, sizeof(*sh->l));
	}
	l = &sh->l[sh->nl++];
	l->what = what;
	l->line = line;
	l->col = col;
	l->s = arena_strdup(&rd->ts->a, s);
}

/* Say the findings kept, in the order they were made. */
static void
say_later(struct rd *rd, struct sheet *sh, const char *part)
{
	struct later	*l;
	size_t		 i;

	for (i = 0; i < sh->nl; i++) {
		l = &sh->l[i];
		if (l->what == L_ROW)
			diag_add(rd->dg, rd->path, l->line, 0, R_IMP_SYNTAX,
			    NULL, NULL, "%s: row number '%s' is out of range",
			    part, l->s);
		else if (l->what == L_REF)
			diag_add(rd->dg, rd->path, l->line, l->col,
			    R_IMP_SYNTAX, NULL, NULL, "%s: cell reference "
			    "'%s' is not valid", part, l->s);
		else
			diag_add(rd->dg, rd->path, l->line, l->col,
			    R_IMP_SYNTAX, NULL, NULL, "shared string '%s' does "
			    "not exist", l->s);
		broken(rd);
	}
	sh->nl = 0;
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
			later(rd, sh, L_SST, row, col, rd->tmp.ptr);
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

/* Keep a merged range of mergeCells for when the cells are known. */
static void
xlsx_merge(struct rd *rd, struct sheet *sh, struct xnode *c)
{
	struct mrange	*m;

	if (sh->nm == sh->capm) {
		sh->capm = sh->capm ? sh->capm * 2 : 16;
		sh->m = xreallocarray(sh->m, sh->capm, sizeof(*sh->m));
	}
	m = &sh->m[sh->nm++];
	buf_reset(&rd->tmp);
	xnode_attr(c, "ref", &rd->tmp);
	m->ref = arena_strndup(&rd->ts->a, rd->tmp.ptr, rd->tmp.len);
	m->line = line_of(c);
}

/*
 * The cells of one row.  Returns -1 when its number is out of range:
 * then nothing more of the sheet is taken.
 */
static int
xlsx_row(struct rd *rd, struct sheet *sh, const char *part, struct xnode *row,
    unsigned *r, struct text *t)
{
	struct xnode	*c;
	unsigned	 col = 0, rr, cc;

	*r = attr_uint(rd, row, "r", *r + 1, MAX_ROWS);
	if (*r == 0 || *r > MAX_ROWS) {
		later(rd, sh, L_ROW, line_of(row), 0, rd->tmp.ptr);
		return -1;
	}
	for (c = xnode_child(row); c != NULL; c = xnode_next(c)) {
		if (strcmp(xnode_name(c), "c") != 0)
			continue;
		rr = *r;
		buf_reset(&rd->tmp);
		if (!xnode_attr(c, "r", &rd->tmp))
			cc = col + 1;
		else if (cell_ref(rd->tmp.ptr, &rr, &cc) != 0) {
			later(rd, sh, L_REF, *r, col + 1, rd->tmp.ptr);
			continue;
		}
		if (rr == 0)
			rr = *r;
		if (cc > MAX_COLS) {
			broken(rd);
			continue;
		}
		col = cc;
		xlsx_cell(rd, sh, c, rr, cc, t);
	}
	return 0;
}

/*
 * A worksheet, read row by row: its first sheetData's rows and its
 * first mergeCells' ranges, as they come, the part never held as a
 * tree (a 200,000-row sheet's tree took 20 times the part's bytes).
 */
static void
xlsx_sheet(struct rd *rd, struct zipr *z, const char *part, const char *name,
    unsigned nth, struct sheet *sh)
{
	struct buf	 xml = BUF_INIT;
	struct xread	*x = NULL;
	struct xnode	*n;
	struct grid	 g;
	struct text	 t;
	unsigned	 r = 0, rr, r1, c1, r2, c2, nrows = 0;
	unsigned	 ncols = 0, tmp;
	size_t		 i, area = 0, lost;
	const char	*s;
	char		*ref;
	int		 at, in = 0, sd = 0, mcs = 0, stop = 0;

	grid_init(&g);
	text_init(&t, 0);
	sh->n = sh->nl = sh->nm = 0;
	if (part_read(rd, z, part, &xml) != 0 ||
	    (x = part_stream(rd, part, &xml)) == NULL)
		goto out;
	/* in: 1 in the first sheetData, 2 in the first mergeCells. */
	while ((n = xread_next(x, 2, &at)) != NULL) {
		if (at == 1) {
			in = 0;
			if (strcmp(xnode_name(n), "sheetData") == 0 && !sd++)
				in = 1;
			else if (strcmp(xnode_name(n), "mergeCells") == 0 &&
			    !mcs++)
				in = 2;
		} else if (at == 2 && in == 1 && !stop &&
		    strcmp(xnode_name(n), "row") == 0)
			stop = xlsx_row(rd, sh, part, n, &r, &t) != 0;
		else if (at == 2 && in == 2 &&
		    strcmp(xnode_name(n), "mergeCell") == 0)
			xlsx_merge(rd, sh, n);
	}
	if (part_end(rd, part, x) != 0)
		goto out;
	say_later(rd, sh, part);
	if (stop)
		goto out;
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
	for (i = 0; i < sh->nm; i++) {
		ref = (char *)sh->m[i].ref;
		s = strchr(ref, ':');
		if (s == NULL)
			continue;
		ref[s - ref] = '\0';
		if (cell_ref(ref, &r1, &c1) != 0 ||
		    cell_ref(s + 1, &r2, &c2) != 0 || r1 == 0 || r2 == 0) {
			broken(rd);
			diag_add(rd->dg, rd->path, sh->m[i].line, 0,
			    R_IMP_SYNTAX, NULL, NULL, "%s: merged range '%s:%s' "
			    "is not valid", part, ref, s + 1);
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
			diag_add(rd->dg, rd->path, sh->m[i].line, 0, R_LIMIT,
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
	grid_free(&g);
	buf_release(&t.b);
	buf_release(&xml);
}

int
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
	free(sh.l);
	free(sh.m);
	free(rs.v);
	xdoc_free(doc);
	zipr_close(z);
	buf_release(&xml);
	return rd->rc;
}
