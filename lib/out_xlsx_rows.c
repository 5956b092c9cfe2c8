/*
 * The rows of the XLSX workbook that grow with a catalog: see
 * out_xlsx.h.  One pass over the catalog model, each row written as it
 * is met; the only memory kept is a category's chain of parents and,
 * for the merges, one record a category.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "catalog.h"
#include "doc.h"
#include "out_xlsx.h"
#include "schema.h"
#include "utf8.h"
#include "xmalloc.h"

/* Cell styles: the cellXfs of templates/xlsx/styles.xml, by index. */
enum { S_TEXT = 4, S_MID = 5, S_CAT = 6, S_ID = 7 };

/* Column widths, in characters of the default font (sheet.xsl). */
enum {
	W_CAT = 14, W_NAME = 16, W_CONTENT = 34, W_BASIS = 28,
	W_DEADLINE = 18, W_BODY = 14, W_CHANNELS = 18, W_LEVELS = 11,
	W_NOTES = 22
};

#define LINE	14	/* points a line of text takes */
#define SEP	"、"	/* between vocabulary values */

/* The vocabularies of an item's fields, by their types' names. */
enum { V_CHANNEL, V_AUDIENCE, V_MODE, V_LEVEL, V_STAGE, V_N };
static const char *const vnames[V_N] = {
	"channel", "audience", "mode", "level", "stage"
};

/* What a walk over an area sheet's rows carries. */
struct xrows {
	struct buf		*b;
	const struct vocab	*voc[V_N];
	size_t			 e;	/* 事项 columns */
	size_t			 f;	/* the first column after them */
	size_t			 r;	/* the next row */
	size_t			 seq;	/* the next 序号 */
	const struct catalog_category **chain;	/* by depth */
	size_t			 nchain;
	struct buf		 v[8];	/* the cells' texts */
	struct buf		 tmp;
};

/* The texts of a row, in xr->v. */
enum { T_CONTENT, T_BASIS, T_CHANNELS, T_LEVELS, T_AUDIENCE, T_MODE,
    T_STAGE, T_PATH };

static const char *text(const struct node *);
static void	 safe(struct buf *, const char *, size_t);
static void	 lines(struct buf *, const struct node *);
static int	 label(struct buf *, const struct vocab *,
		    const struct node *);
static void	 labels(struct buf *, struct buf *, const struct vocab *,
		    const struct node *);
static void	 num(struct buf *, size_t);
static void	 row_open(struct buf *, size_t r, size_t lines);
static size_t	 span(const struct catalog_category *, size_t *depth);
static void	 row(struct xrows *, const struct catalog_category *,
		    const struct catalog_item *, size_t hd);
static void	 rows_cat(struct xrows *, const struct catalog_category *,
		    size_t hd);
static size_t	 spans(const struct catalog_category *, size_t **,
		    size_t *, size_t *);
static size_t	 merges_cat(struct buf *, const struct catalog_category *,
		    size_t, const size_t *, size_t *);
static void	 path(struct buf *, const struct catalog_category *);

/*
 * The text of a field as its XML form has it: a scalar's (empty when
 * null), nothing for anything else.
 */
static const char *
text(const struct node *v)
{
	if (v == NULL || v->kind != NODE_SCALAR || node_is_null(v))
		return "";
	return v->u.s;
}

/*
 * Append n bytes of s as XML 1.0 carries them (xml.c): C0 controls but
 * tab and newline, U+FFFE, U+FFFF and bytes that are not UTF-8 as
 * U+FFFD.
 */
static void
safe(struct buf *b, const char *s, size_t n)
{
	const unsigned char	*p = (const unsigned char *)s, *q;
	unsigned		 c;
	size_t			 k;

	for (q = p; q < p + n; q++)
		if (*q < 0x20 ? (*q != '\t' && *q != '\n') : *q >= 0x80)
			break;
	if (q == p + n) {
		buf_add(b, s, n);
		return;
	}
	for (; n > 0; p += k, n -= k) {
		if ((k = utf8_decode(p, n, &c)) == 0) {
			buf_adds(b, "\xef\xbf\xbd");
			k = utf8_span(p, n);
		} else if ((c < 0x20 && c != '\t' && c != '\n') ||
		    c == 0xfffe || c == 0xffff)
			buf_adds(b, "\xef\xbf\xbd");
		else
			buf_add(b, p, k);
	}
}

/*
 * 公开内容, 公开依据: a text or a list of them, one a line.  A null entry
 * of a list is an empty line; an entry that is not a scalar is not one.
 */
static void
lines(struct buf *b, const struct node *v)
{
	unsigned	 i;
	int		 first = 1;

	if (v == NULL)
		return;
	if (v->kind != NODE_SEQ) {
		if (!node_is_null(v))
			buf_adds(b, text(v));
		return;
	}
	for (i = 0; i < v->n; i++) {
		if (v->u.kids[i].kind != NODE_SCALAR)
			continue;
		if (!first)
			buf_addch(b, '\n');
		first = 0;
		buf_adds(b, text(&v->u.kids[i]));
	}
}

/*
 * One vocabulary value by its label, as out_xml.c's vocab_xml() reads
 * it and sheet.xsl shows it: "other: TEXT" as 其他：TEXT, a known value
 * as its label, else as written.  Returns -1 when it is no value, 1
 * when what decides the separator holds a 、, else 0.
 */
static int
label(struct buf *b, const struct vocab *voc, const struct node *v)
{
	const struct vmatch	*m;
	const char		*s, *other;

	if ((other = catalog_other(v)) != NULL)
		s = "other";
	else if ((s = node_str(v)) == NULL || *s == '\0')
		return -1;
	else if (voc != NULL && voc->other && strncmp(s, "other:", 6) == 0) {
		for (other = s + 6; *other == ' '; other++)
			continue;
		s = "other";
	}
	if (voc != NULL && voc->other && strcmp(s, "other") == 0) {
		buf_adds(b, "其他");
		if (other != NULL && *other != '\0') {
			buf_adds(b, "：");
			buf_adds(b, other);
		}
		return other != NULL && strstr(other, SEP) != NULL;
	}
	if (voc != NULL && (m = vocab_find(voc, s, strlen(s))) != NULL)
		s = m->term->label;
	buf_adds(b, s);
	return strstr(s, SEP) != NULL;
}

/*
 * A vocabulary field by its labels, joined by 、, or one a line when a
 * value holds a 、 itself; tmp is scratch.
 */
static void
labels(struct buf *b, struct buf *tmp, const struct vocab *voc,
    const struct node *v)
{
	const struct node	*one;
	size_t			 i, n, *ends, nends = 0;
	int			 k, nl = 0;

	if (v == NULL || (v->kind != NODE_SEQ && node_is_null(v)))
		return;
	n = v->kind == NODE_SEQ ? v->n : 1;
	buf_reset(tmp);
	ends = xreallocarray(NULL, n, sizeof(*ends));
	for (i = 0; i < n; i++) {
		one = v->kind == NODE_SEQ ? &v->u.kids[i] : v;
		if ((k = label(tmp, voc, one)) < 0)
			continue;
		nl |= k;
		ends[nends++] = tmp->len;
	}
	for (i = 0; i < nends; i++) {
		if (i > 0)
			buf_adds(b, nl ? "\n" : SEP);
		buf_add(b, tmp->ptr + (i > 0 ? ends[i - 1] : 0),
		    ends[i] - (i > 0 ? ends[i - 1] : 0));
	}
	free(ends);
}

size_t
xlsx_fit(const char *s, size_t w)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 k = 0, u;

	for (;;) {
		/* Characters, and once more each outside printable ASCII. */
		for (u = 0; *p != '\0' && *p != '\n'; p++)
			if (*p < 0x80)
				u += *p >= 0x20 && *p < 0x7f ? 1 : 2;
			else if ((*p & 0xc0) != 0x80)
				u += 2;
		/* ceiling(u / (w - 1.5)), and a line even when empty */
		k += u == 0 ? 1 : (2 * u + 2 * w - 4) / (2 * w - 3);
		if (*p == '\0' || k >= XLSX_MAXLINES)
			break;
		p++;
	}
	return k > XLSX_MAXLINES ? XLSX_MAXLINES : k;
}

void
xlsx_col(struct buf *b, size_t i)
{
	if (i > 26)
		xlsx_col(b, (i - 1) / 26);
	buf_addch(b, 'A' + (int)((i - 1) % 26));
}

static void
num(struct buf *b, size_t n)
{
	char	 s[24];
	size_t	 k = sizeof(s);

	do
		s[--k] = '0' + n % 10;
	while ((n /= 10) > 0);
	buf_add(b, s + k, sizeof(s) - k);
}

void
xlsx_cell(struct buf *b, size_t c, size_t r, int s, const char *v)
{
	const char	*p, *q, *end;
	size_t		 n;

	buf_adds(b, "<c r=\"");
	xlsx_col(b, c);
	num(b, r);
	buf_adds(b, "\" s=\"");
	num(b, (size_t)s);
	if (*v == '\0') {
		buf_adds(b, "\"/>");
		return;
	}
	buf_adds(b, "\" t=\"inlineStr\"><is><t");
	/* Spaces at either end are kept only when said so. */
	n = strlen(v);
	if (strchr(" \t\n", v[0]) != NULL || strchr(" \t\n", v[n - 1]) != NULL)
		buf_adds(b, " xml:space=\"preserve\"");
	buf_addch(b, '>');
	for (p = v, end = v + n; p < end; p = q) {
		for (q = p; q < end && *q != '&' && *q != '<' && *q != '>' &&
		    !(q[0] == '_' && q[1] == 'x'); q++)
			continue;
		buf_add(b, p, (size_t)(q - p));
		if (q == end)
			break;
		switch (*q) {
		case '&':
			buf_adds(b, "&amp;");
			break;
		case '<':
			buf_adds(b, "&lt;");
			break;
		case '>':
			buf_adds(b, "&gt;");
			break;
		default:
			/* SpreadsheetML reads _xHHHH_ as U+HHHH. */
			buf_adds(b, "_x005F_x");
			q++;
			break;
		}
		q++;
	}
	buf_adds(b, "</t></is></c>");
}

/* A cell of a catalog's text, made safe for XML first. */
static void
tcell(struct xrows *xr, size_t c, int s, const char *v)
{
	buf_reset(&xr->tmp);
	safe(&xr->tmp, v, strlen(v));
	xlsx_cell(xr->b, c, xr->r, s, xr->tmp.ptr);
}

static void
row_open(struct buf *b, size_t r, size_t lines)
{
	buf_adds(b, "<row r=\"");
	num(b, r);
	buf_adds(b, "\" ht=\"");
	num(b, lines * LINE + 4);
	buf_adds(b, "\">");
}

/* 分类编号: the ids of the categories down to cat, by '/'. */
static void
path(struct buf *b, const struct catalog_category *cat)
{
	if (cat->parent != NULL) {
		path(b, cat->parent);
		buf_addch(b, '/');
	}
	buf_adds(b, text(cat->id));
}

/* The rows a category takes, and the deepest level below it in *depth. */
static size_t
span(const struct catalog_category *cat, size_t *depth)
{
	size_t	 i, n = 0, sub = 0;

	if (cat->depth + 1 > *depth)
		*depth = cat->depth + 1;
	for (i = 0; i < cat->nitems; i++)
		if (cat->items[i].node->kind == NODE_MAP)
			n++;
	for (i = 0; i < cat->ncats; i++)
		if (cat->cats[i].node->kind == NODE_MAP) {
			sub++;
			n += span(&cat->cats[i], depth);
		}
	return n == 0 && sub == 0 ? 1 : n;
}

void
xlsx_area_shape(const struct catalog *m, struct xlsx_shape *sh)
{
	size_t	 i;

	sh->rows = 0;
	sh->depth = 1;
	for (i = 0; i < m->ncats; i++)
		if (m->cats[i].node->kind == NODE_MAP)
			sh->rows += span(&m->cats[i], &sh->depth);
}

/*
 * One row of an area sheet: item it of category cat, or cat alone (it
 * NULL).  The categories from depth hd down to cat begin their merged
 * cells on this row (none when hd is SIZE_MAX): their names are
 * written here.  The height is the most lines a cell takes.
 */
static void
row(struct xrows *xr, const struct catalog_category *cat,
    const struct catalog_item *it, size_t hd)
{
	static const int	 tv[] = { T_AUDIENCE, T_MODE };
	const struct catalog_category *c;
	const struct catalog_fields *f = it != NULL ? &it->f : NULL;
	struct buf		*v = xr->v;
	const char		*name = it != NULL ? text(it->name) : "";
	size_t			 d = cat->depth + 1, k, n, w, most;

	/* The chain of categories above the row, by depth. */
	if (d > xr->nchain) {
		xr->chain = xreallocarray(xr->chain, d, sizeof(*xr->chain));
		xr->nchain = d;
	}
	for (c = cat; c != NULL; c = c->parent)
		xr->chain[c->depth] = c;
	for (k = 0; k < sizeof(xr->v) / sizeof(*xr->v); k++)
		buf_reset(&v[k]);
	if (f != NULL) {
		lines(&v[T_CONTENT], f->content);
		lines(&v[T_BASIS], f->basis);
		labels(&v[T_CHANNELS], &xr->tmp, xr->voc[V_CHANNEL],
		    f->channels);
		labels(&v[T_LEVELS], &xr->tmp, xr->voc[V_LEVEL], f->levels);
		labels(&v[T_AUDIENCE], &xr->tmp, xr->voc[V_AUDIENCE],
		    f->audience);
		labels(&v[T_MODE], &xr->tmp, xr->voc[V_MODE], f->mode);
		labels(&v[T_STAGE], &xr->tmp, xr->voc[V_STAGE], f->stage);
	}
	path(&v[T_PATH], cat);
	/* Safe for XML before anything is measured. */
	for (k = 0; k < sizeof(xr->v) / sizeof(*xr->v); k++) {
		buf_reset(&xr->tmp);
		safe(&xr->tmp, v[k].ptr, v[k].len);
		buf_reset(&v[k]);
		buf_add(&v[k], xr->tmp.ptr, xr->tmp.len);
	}

	/* How many lines each cell takes, the largest deciding. */
	w = W_CAT + (d + 1 == xr->e) * (W_NAME - W_CAT + 4 * (xr->e == 2));
#define FIT(s, w) do {							\
	buf_reset(&xr->tmp);						\
	safe(&xr->tmp, (s), strlen(s));					\
	if ((n = xlsx_fit(xr->tmp.ptr, (w))) > most)			\
		most = n;						\
} while (0)
	most = 1;
	FIT(name, w);
	for (c = cat; hd != SIZE_MAX && c != NULL && c->depth >= hd;
	    c = c->parent)
		if (c->total <= 1)
			FIT(text(c->name), W_CAT);
	if ((n = xlsx_fit(v[T_CONTENT].ptr, W_CONTENT)) > most)
		most = n;
	if ((n = xlsx_fit(v[T_BASIS].ptr, W_BASIS)) > most)
		most = n;
	if (f != NULL) {
		FIT(text(f->deadline), W_DEADLINE);
		FIT(text(f->body), W_BODY);
	}
	if ((n = xlsx_fit(v[T_CHANNELS].ptr, W_CHANNELS)) > most)
		most = n;
	if ((n = xlsx_fit(v[T_LEVELS].ptr, W_LEVELS)) > most)
		most = n;
	if (f != NULL)
		FIT(text(f->notes), W_NOTES);
#undef FIT

	row_open(xr->b, xr->r, most);
	buf_adds(xr->b, "<c r=\"A");
	num(xr->b, xr->r);
	if (it != NULL) {
		buf_adds(xr->b, "\" s=\"5\"><v>");
		num(xr->b, xr->seq++);
		buf_adds(xr->b, "</v></c>");
	} else
		buf_adds(xr->b, "\" s=\"5\"/>");
	/* The 事项 cells: the categories, the item's name, empty ones. */
	for (k = 1; k <= xr->e; k++)
		if (k <= d) {
			c = xr->chain[k - 1];
			tcell(xr, 1 + k, S_CAT, hd != SIZE_MAX &&
			    c->depth >= hd ? text(c->name) : "");
		} else
			tcell(xr, 1 + k, S_TEXT, k == d + 1 ? name : "");
	xlsx_cell(xr->b, xr->f, xr->r, S_TEXT, v[T_CONTENT].ptr);
	xlsx_cell(xr->b, xr->f + 1, xr->r, S_TEXT, v[T_BASIS].ptr);
	tcell(xr, xr->f + 2, S_TEXT, f != NULL ? text(f->deadline) : "");
	tcell(xr, xr->f + 3, S_TEXT, f != NULL ? text(f->body) : "");
	xlsx_cell(xr->b, xr->f + 4, xr->r, S_TEXT, v[T_CHANNELS].ptr);
	for (k = 0; k < 2; k++)
		xlsx_cell(xr->b, xr->f + 5 + k, xr->r, S_MID, v[tv[k]].ptr);
	xlsx_cell(xr->b, xr->f + 7, xr->r, S_MID, v[T_LEVELS].ptr);
	xlsx_cell(xr->b, xr->f + 8, xr->r, S_MID, v[T_STAGE].ptr);
	tcell(xr, xr->f + 9, S_TEXT, f != NULL ? text(f->notes) : "");
	xlsx_cell(xr->b, xr->f + 10, xr->r, S_ID, v[T_PATH].ptr);
	tcell(xr, xr->f + 11, S_ID, it != NULL ? text(it->id) : "");
	tcell(xr, xr->f + 12, S_ID, it != NULL ? text(it->column) : "");
	tcell(xr, xr->f + 13, S_ID, it != NULL ? text(it->column_url) : "");
	buf_adds(xr->b, "</row>");
	xr->r++;
}

/*
 * The rows of a category: its items, then its sub-categories; one of
 * its own when it has neither.  The categories from depth hd (SIZE_MAX:
 * none) to its parent begin their merged cells on its first row, and
 * so does it.
 */
static void
rows_cat(struct xrows *xr, const struct catalog_category *cat, size_t hd)
{
	size_t	 i, ni = 0, nc = 0;

	if (hd == SIZE_MAX)
		hd = cat->depth;
	for (i = 0; i < cat->nitems; i++)
		if (cat->items[i].node->kind == NODE_MAP)
			row(xr, cat, &cat->items[i], ni++ == 0 ? hd : SIZE_MAX);
	for (i = 0; i < cat->ncats; i++)
		if (cat->cats[i].node->kind == NODE_MAP)
			rows_cat(xr, &cat->cats[i],
			    ni == 0 && nc++ == 0 ? hd : SIZE_MAX);
	if (ni == 0 && nc == 0)
		row(xr, cat, NULL, hd);
}

void
xlsx_area_rows(struct buf *b, const struct catalog *m,
    const struct schema *s, const struct xlsx_shape *sh)
{
	struct xrows	 xr;
	size_t		 i;

	memset(&xr, 0, sizeof(xr));
	xr.b = b;
	for (i = 0; i < V_N; i++)
		xr.voc[i] = schema_vocab(s, vnames[i]);
	xr.e = 1 + sh->depth;
	xr.f = xr.e + 2;
	xr.r = 4;
	xr.seq = 1;
	for (i = 0; i < sizeof(xr.v) / sizeof(*xr.v); i++)
		buf_init(&xr.v[i], 0);
	buf_init(&xr.tmp, 0);
	for (i = 0; i < m->ncats; i++)
		if (m->cats[i].node->kind == NODE_MAP)
			rows_cat(&xr, &m->cats[i], SIZE_MAX);
	for (i = 0; i < sizeof(xr.v) / sizeof(*xr.v); i++)
		buf_release(&xr.v[i]);
	buf_release(&xr.tmp);
	free(xr.chain);
}

/* The rows of each category at and below cat, in order, into *v. */
static size_t
spans(const struct catalog_category *cat, size_t **v, size_t *n,
    size_t *cap)
{
	size_t	 i, at, rows = 0, sub = 0;

	if (*n == *cap) {
		*cap = *cap ? 2 * *cap : 64;
		*v = xreallocarray(*v, *cap, sizeof(**v));
	}
	at = (*n)++;
	for (i = 0; i < cat->nitems; i++)
		if (cat->items[i].node->kind == NODE_MAP)
			rows++;
	for (i = 0; i < cat->ncats; i++)
		if (cat->cats[i].node->kind == NODE_MAP) {
			sub++;
			rows += spans(&cat->cats[i], v, n, cap);
		}
	if (rows == 0 && sub == 0)
		rows = 1;
	(*v)[at] = rows;
	return rows;
}

/*
 * The merged cell of cat, which starts at row start and spans v[*k]
 * rows, then its sub-categories'.  Returns its rows.
 */
static size_t
merges_cat(struct buf *b, const struct catalog_category *cat, size_t start,
    const size_t *v, size_t *k)
{
	size_t	 i, at = start, rows = v[(*k)++];

	if (rows > 1) {
		buf_adds(b, "<mergeCell ref=\"");
		xlsx_col(b, 2 + cat->depth);
		num(b, start);
		buf_addch(b, ':');
		xlsx_col(b, 2 + cat->depth);
		num(b, start + rows - 1);
		buf_adds(b, "\"/>");
	}
	for (i = 0; i < cat->nitems; i++)
		if (cat->items[i].node->kind == NODE_MAP)
			at++;
	for (i = 0; i < cat->ncats; i++)
		if (cat->cats[i].node->kind == NODE_MAP)
			at += merges_cat(b, &cat->cats[i], at, v, k);
	return rows;
}

void
xlsx_area_merges(struct buf *b, const struct catalog *m)
{
	size_t	*v = NULL, n = 0, cap = 0, i, k = 0, at = 4;

	for (i = 0; i < m->ncats; i++)
		if (m->cats[i].node->kind == NODE_MAP)
			spans(&m->cats[i], &v, &n, &cap);
	for (i = 0; i < m->ncats; i++)
		if (m->cats[i].node->kind == NODE_MAP)
			at += merges_cat(b, &m->cats[i], at, v, &k);
	free(v);
}

size_t
xlsx_na_count(const struct catalog *m)
{
	size_t	 i, n = 0;

	for (i = 0; i < m->nna; i++)
		if (m->na[i].node->kind == NODE_MAP)
			n++;
	return n;
}

void
xlsx_na_rows(struct buf *b, const struct catalog *m, const char *sheet,
    size_t *r)
{
	struct xrows	 xr;
	const struct catalog_na *na;
	size_t		 i, k, most;

	memset(&xr, 0, sizeof(xr));
	xr.b = b;
	buf_init(&xr.tmp, 0);
	buf_init(&xr.v[0], 0);
	for (i = 0; i < m->nna; i++) {
		na = &m->na[i];
		if (na->node->kind != NODE_MAP)
			continue;
		xr.r = *r;
		most = 1;
		buf_reset(&xr.v[0]);
		safe(&xr.v[0], text(na->name), strlen(text(na->name)));
		if ((k = xlsx_fit(xr.v[0].ptr, 28)) > most)
			most = k;
		buf_reset(&xr.v[0]);
		safe(&xr.v[0], text(na->reason), strlen(text(na->reason)));
		if ((k = xlsx_fit(xr.v[0].ptr, 48)) > most)
			most = k;
		row_open(b, *r, most);
		tcell(&xr, 1, S_TEXT, sheet);
		tcell(&xr, 2, S_TEXT, text(na->name));
		tcell(&xr, 3, S_TEXT, text(na->reason));
		tcell(&xr, 4, S_ID, text(na->id));
		buf_adds(b, "</row>");
		(*r)++;
	}
	buf_release(&xr.tmp);
	buf_release(&xr.v[0]);
}

/* Whether 分类备注 lists a category: notes, or a column of its own. */
static int
noted(const struct catalog_category *cat)
{
	return *text(cat->notes) != '\0' ||
	    (cat->column != NULL && cat->column->kind == NODE_SCALAR) ||
	    (cat->column_url != NULL && cat->column_url->kind == NODE_SCALAR);
}

/* Every category of m that is a mapping under mappings, in order. */
#define EACH_CAT(it, m)							\
	for (catalog_iter_init(&(it), (m)); catalog_next(&(it)) != CEV_DONE;) \
		if ((it).ev == CEV_ENTER && (it).kind == CK_CATEGORY &&	\
		    mapped((it).u.cat))

/* Whether cat and the categories above it are mappings. */
static int
mapped(const struct catalog_category *cat)
{
	for (; cat != NULL; cat = cat->parent)
		if (cat->node->kind != NODE_MAP)
			return 0;
	return 1;
}

size_t
xlsx_notes_count(const struct catalog *m)
{
	struct catalog_iter	 it;
	size_t			 n = 0;

	EACH_CAT(it, m)
		n += noted(it.u.cat);
	return n;
}

int
xlsx_catcols(const struct catalog *m)
{
	struct catalog_iter	 it;
	const struct catalog_category *cat;

	EACH_CAT(it, m) {
		cat = it.u.cat;
		if ((cat->column != NULL && cat->column->kind == NODE_SCALAR) ||
		    (cat->column_url != NULL &&
		    cat->column_url->kind == NODE_SCALAR))
			return 1;
	}
	return 0;
}

void
xlsx_notes_rows(struct buf *b, const struct catalog *m, const char *sheet,
    int catcols, size_t *r)
{
	struct catalog_iter	 it;
	const struct catalog_category *cat;
	struct xrows		 xr;
	size_t			 k, most;

	memset(&xr, 0, sizeof(xr));
	xr.b = b;
	buf_init(&xr.tmp, 0);
	buf_init(&xr.v[0], 0);
	EACH_CAT(it, m) {
		cat = it.u.cat;
		if (!noted(cat))
			continue;
		xr.r = *r;
		most = 1;
		buf_reset(&xr.v[0]);
		safe(&xr.v[0], text(cat->name), strlen(text(cat->name)));
		if ((k = xlsx_fit(xr.v[0].ptr, 24)) > most)
			most = k;
		buf_reset(&xr.v[0]);
		safe(&xr.v[0], text(cat->notes), strlen(text(cat->notes)));
		if ((k = xlsx_fit(xr.v[0].ptr, 60)) > most)
			most = k;
		row_open(b, *r, most);
		tcell(&xr, 1, S_TEXT, sheet);
		buf_reset(&xr.v[0]);
		path(&xr.v[0], cat);
		tcell(&xr, 2, S_ID, xr.v[0].ptr);
		tcell(&xr, 3, S_TEXT, text(cat->name));
		tcell(&xr, 4, S_TEXT, text(cat->notes));
		if (catcols) {
			tcell(&xr, 5, S_TEXT, text(cat->column));
			tcell(&xr, 6, S_TEXT, text(cat->column_url));
		}
		buf_adds(b, "</row>");
		(*r)++;
	}
	buf_release(&xr.tmp);
	buf_release(&xr.v[0]);
}
