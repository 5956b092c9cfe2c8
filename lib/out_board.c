/*
 * Board sheets (公示栏) as print-ready HTML, and the catalog as DOCX.
 *
 * Both start from the catalog's XML form: the table's rows are read
 * from it, laid out on paper by board.c, and the layout is appended to
 * the catalog page as a <board> element (see templates/README.md) for
 * templates/board/board.xsl, or the stylesheets of templates/docx, to
 * draw.  The page geometry lives here, once: the templates take every
 * size from the <board> element, so what is drawn is what was measured.
 *
 * The DOCX is the board's table for Word and also the catalog whole,
 * for gkml-import to read back: every column on every paper (in a
 * smaller type where they need it), 五公开 and 备注 in their cells,
 * the ids as hidden text, and after the table the items not applicable,
 * the categories' notes and the catalog's particulars.
 */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "arena.h"
#include "board.h"
#include "buf.h"
#include "catalog.h"
#include "esc.h"
#include "msg.h"
#include "out_xml.h"
#include "qr.h"
#include "render.h"
#include "utf8.h"
#include "xmalloc.h"
#include "xml.h"
#include "zip.h"

#define PT	(25.4 / 72)	/* mm */
#define TWIPS	(1440 / 25.4)	/* a mm in twentieths of a point */

/* A sheet of paper, portrait, with the type used on it. */
struct paper {
	const char	*name;
	double		 w, h;		/* mm */
	int		 tw, th;	/* twips */
	double		 margin;	/* mm */
	double		 body, title;	/* pt */
	double		 qr;		/* the side of a QR code, mm */
};

/*
 * A QR code of 25 mm (A4) or 30 mm (A3): its largest symbol (qr.h) has
 * modules of 0.38 mm, which a phone reads at arm's length.
 */
static const struct paper papers[] = {
	{ "a4", 210, 297, 11906, 16838, 10, 14, 20, 25 },
	{ "a3", 297, 420, 16838, 23811, 12, 16, 24, 30 }
};

/* Type and rules, in em and mm (see the pagination model in README). */
#define LINE		1.5	/* line height of the table and info */
#define TITLE_LINE	1.3
#define HEAD_MAX	2	/* lines of title and info shown at most */
#define PADX		1.5
#define PADY		1.0
#define RULE		0.3
#define GAP		2.0	/* below the title, the info; above the footer */
#define SAFETY		3.0	/* what the estimate may still miss, a page */
#define DOCX_PADX	1.0	/* DOCX cell padding left and right, mm */

/*
 * The columns: the standard catalog's (domain.md section 3), at least
 * base em wide, widened by weight to fill the sheet.  Eleven columns of
 * board type do not fit on every sheet: a column with a tier shows only
 * where the sheet's text is at least that many em wide.  公开依据 joins
 * at 54 em (A4 landscape), 公开对象, 公开方式 and 公开层级 at 65 (A3
 * landscape); on a narrower sheet they are in the row all the same,
 * labelled, under 公开内容 and 公开渠道和载体 (item_row()).  The DOCX has
 * every column, and 三级事项 (tier -1) when the catalog's categories
 * nest.
 */
enum colkey {
	C_NO,
	C_CATEGORY,
	C_NAME,
	C_NAME3,
	C_CONTENT,
	C_BASIS,
	C_DEADLINE,
	C_BODY,
	C_CHANNELS,
	C_AUDIENCE,
	C_MODE,
	C_LEVELS,
	C__MAX
};

static const struct {
	const char	*key, *label;
	double		 base, weight;
	double		 tier;		/* em of text the sheet needs */
} cols[C__MAX] = {
	{ "no", "序号", 2, 0, 0 },
	{ "category", "一级事项", 4, 1, 0 },
	{ "name", "二级事项", 4, 1.5, 0 },
	{ "name3", "三级事项", 4, 1.5, -1 },
	{ "content", "公开内容", 6, 3, 0 },
	{ "basis", "公开依据", 6, 2.5, 54 },
	{ "deadline", "公开时限", 4, 1.5, 0 },
	{ "body", "公开主体", 4, 1.5, 0 },
	{ "channels", "公开渠道和载体", 4, 1.5, 0 },
	{ "audience", "公开对象", 3.2, 0, 65 },
	{ "mode", "公开方式", 3.2, 0, 65 },
	{ "levels", "公开层级", 3.2, 0.5, 65 }
};

/* The sheet of one run, and the columns chosen for it. */
struct sheet {
	const struct paper *p;
	int		 landscape;
	int		 docx;
	int		 nest;		/* DOCX: categories nest (三级事项) */
	double		 pt;		/* type size */
	double		 w, h, em;
	size_t		 ncol;
	enum colkey	 col[C__MAX];
	double		 width[C__MAX];
	struct bgeom	 g;
};

/* A row of a table after the catalog's (DOCX): its cells' text and
 * hidden text. */
struct arow {
	const char	*cell[4];
	const char	*id[4];
	int		 notes;		/* 分类备注: the category has notes, */
	int		 bound;		/* its own website column */
};

/* A catalog's table, read from its XML form. */
struct table {
	struct arena	 a;
	struct brow	*rows;
	size_t		 nrows, caprows;
	struct bgroup	*groups;
	size_t		 ngroups, capgroups;
	const char	**item;		/* the item id of each row */
	const char	**name;		/* its name, for "（续）" */
	/* DOCX: the item's own website column and its URL, or NULL. */
	const char	**column, **column_url;
	/* DOCX: the categories of each row, merged down in Word. */
	const char	**cat, **catname;	/* the top one's id, name */
	const char	**sub, **subname;	/* below it: path, name; or
						   NULL */
	const char	*ccat, *ccatname, *csub, *csubname; /* the next
						   row's */
	size_t		 items;		/* numbered so far */
	struct xnode	*level;		/* the catalog's, the default levels */
	/* DOCX: the tables after it. */
	struct arow	*na, *notes, *info;
	size_t		 nna, nnotes, ninfo;
	size_t		 capna, capnotes, capinfo;
	int		 bind;		/* a category has its own column */
};

struct head;

static void	 sheet_init(struct sheet *, const struct ropts *);
static void	 sheet_widths(struct sheet *);
static void	 table_read(struct table *, const struct sheet *,
		    const struct site *, size_t);
static void	 head_measure(struct head *, const struct sheet *,
		    struct table *, const struct rcat *, const char *,
		    const char *);
struct laid;
static void	 board_xml(struct xbuild *, struct laid *, int);
static int	 nested(const struct catalog *);
static void	 docx_sheet(struct sheet *, const struct ropts *, int);
static void	 docx_row(struct xbuild *, struct laid *,
		    const struct bpiece *);
static void	 docx_asides(struct xbuild *, const struct sheet *,
		    struct table *);
static void	 notes_read(struct table *, struct xnode *, const char *,
		    const char *);
static void	 na_read(struct table *, struct xnode *);
static void	 info_read(struct table *, struct xnode *,
		    const struct rcat *);

/* --- The sheet --- */

static void
sheet_init(struct sheet *s, const struct ropts *o)
{
	double	 usable;
	size_t	 k;

	memset(s, 0, sizeof(*s));
	s->p = &papers[o->a3 ? 1 : 0];
	s->landscape = o->landscape;
	s->w = o->landscape ? s->p->h : s->p->w;
	s->h = o->landscape ? s->p->w : s->p->h;
	s->pt = s->p->body;
	s->em = s->pt * PT;
	usable = s->w - 2 * s->p->margin;
	for (k = 0; k < C__MAX; k++)
		if (cols[k].tier >= 0 && usable / s->em >= cols[k].tier)
			s->col[s->ncol++] = (enum colkey)k;
	s->g.em = s->em;
	s->g.line = LINE;
	s->g.padx = PADX;
	s->g.pady = PADY;
	s->g.rule = RULE;
	sheet_widths(s);
}

/* The widths of the sheet's columns, from its type and padding. */
static void
sheet_widths(struct sheet *s)
{
	double	 usable, sum, wsum, rest, r;
	size_t	 i, k;

	usable = s->w - 2 * s->p->margin;
	sum = wsum = 0;
	for (i = 0; i < s->ncol; i++) {
		k = s->col[i];
		s->width[i] = (cols[k].base + BOARD_SLACK) * s->em +
		    2 * s->g.padx + RULE;
		sum += s->width[i];
		wsum += cols[k].weight;
	}
	rest = usable - sum;
	/* Widths in tenths of a mm, rounded up so that no column is less
	 * than its minimum; the content column takes the difference. */
	for (i = 0, sum = 0; i < s->ncol; i++) {
		k = s->col[i];
		r = rest > 0 ? s->width[i] + rest * cols[k].weight / wsum :
		    s->width[i] * usable / (usable - rest);
		s->width[i] = (double)(long)(r * 10 + 0.999) / 10;
		sum += s->width[i];
	}
	for (i = 0; i < s->ncol; i++)
		if (s->col[i] == C_CONTENT)
			s->width[i] += usable - sum;
	s->g.width = s->width;
	s->g.ncol = s->ncol;
	for (i = 0; i < s->ncol; i++)
		if (s->col[i] == C_CATEGORY)
			s->g.gcol = i;
}

/* --- The table, from the XML form --- */

static const char *
text(struct arena *a, struct xnode *n)
{
	struct buf	 b = BUF_INIT;
	const char	*s;

	xnode_content(n, &b);
	s = arena_strdup(a, b.ptr);
	buf_release(&b);
	return s;
}

/* The text of n, or NULL when n is not there or empty. */
static const char *
own(struct arena *a, struct xnode *n)
{
	const char	*s;

	return n != NULL && *(s = text(a, n)) != '\0' ? s : NULL;
}

/*
 * s as it can be printed: without the bidirectional controls (U+200E,
 * U+200F, U+202A to U+202E, U+2066 to U+2069), which on paper can only
 * make a string read backwards ("\u202e反向文字" as "字文向反"), and with
 * DEL and the C1 controls, which HTML may not hold, as U+FFFD.  (XML has
 * made the C0 controls U+FFFD already.)
 */
static const char *
printable(struct arena *a, const char *s)
{
	struct buf	 b = BUF_INIT;
	const char	*p, *r;
	unsigned	 cp;
	size_t		 len;

	if (strstr(s, "\xe2\x80") == NULL && strstr(s, "\xe2\x81") == NULL &&
	    strchr(s, 0x7f) == NULL && strstr(s, "\xc2") == NULL)
		return s;
	for (p = s; *p != '\0'; p += len) {
		if ((len = utf8_decode((const unsigned char *)p, strlen(p),
		    &cp)) == 0)
			len = 1;
		else if (cp == 0x200e || cp == 0x200f || (cp >= 0x202a &&
		    cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069))
			continue;
		else if (cp == 0x7f || (cp >= 0x80 && cp < 0xa0)) {
			buf_adds(&b, "\xef\xbf\xbd");
			continue;
		}
		buf_add(&b, p, len);
	}
	r = arena_strdup(a, b.ptr);
	buf_release(&b);
	return r;
}

/* Add s (prefixed by pre) to a cell, a paragraph a line, blanks out. */
static void
para_add(struct arena *a, struct bcell *c, const char *pre, const char *s)
{
	const char	**v, *end;
	size_t		 n;

	if (s != NULL)
		s = printable(a, s);
	for (; s != NULL && *s != '\0'; s = *end != '\0' ? end + 1 : end) {
		end = s + strcspn(s, "\n");
		while (s < end && (*s == ' ' || *s == '\t' || *s == '\r'))
			s++;
		for (n = (size_t)(end - s); n > 0 && (s[n - 1] == ' ' ||
		    s[n - 1] == '\t' || s[n - 1] == '\r'); n--)
			continue;
		if (n == 0)
			continue;
		v = arena_calloc(a, c->npara + 1, sizeof(*v));
		if (c->npara > 0)
			memcpy(v, c->para, c->npara * sizeof(*v));
		v[c->npara++] = pre != NULL ? arena_strfmt(a, "%s%.*s", pre,
		    (int)n, s) : arena_strndup(a, s, n);
		c->para = v;
		pre = NULL;
	}
}

/* The citations of 公开依据, a paragraph each, the first after pre. */
static void
basis(struct table *t, struct bcell *c, const char *pre, struct xnode *it)
{
	struct xnode	*v;

	for (v = xnode_child(xnode_named(it, "basis")); v != NULL;
	    v = xnode_next(v)) {
		para_add(&t->a, c, pre, text(&t->a, v));
		pre = NULL;
	}
}

/*
 * The cells the board and the DOCX fill alike (序号, 公开依据, 公开时限,
 * 公开主体) for the item it; 0 when col is not one of them.
 */
static int
common_cell(struct table *t, struct bcell *c, int col, struct xnode *it)
{
	switch (col) {
	case C_NO:
		para_add(&t->a, c, NULL, arena_strfmt(&t->a, "%zu", t->items));
		return 1;
	case C_BASIS:
		basis(t, c, NULL, it);
		return 1;
	case C_DEADLINE:
		para_add(&t->a, c, NULL, text(&t->a,
		    xnode_named(xnode_named(it, "deadline"), "text")));
		return 1;
	case C_BODY:
		para_add(&t->a, c, NULL, text(&t->a, xnode_named(it, "body")));
		return 1;
	default:
		return 0;
	}
}

/* The labels of a list of vocabulary values, joined by 、, after pre. */
static void
labels(struct arena *a, struct bcell *c, const char *pre, struct xnode *list)
{
	struct buf	 b = BUF_INIT, v = BUF_INIT;
	struct xnode	*n;

	for (n = xnode_child(list); n != NULL; n = xnode_next(n)) {
		buf_reset(&v);
		if (!xnode_attr(n, "other", &v) || v.len == 0) {
			buf_reset(&v);
			if (!xnode_attr(n, "label", &v))
				xnode_content(n, &v);
		}
		if (v.len == 0)
			continue;
		if (b.len > 0)
			buf_adds(&b, "、");
		buf_add(&b, v.ptr, v.len);
	}
	para_add(a, c, pre, b.ptr);
	buf_release(&b);
	buf_release(&v);
}

static struct brow *
row_new(struct table *t, const struct sheet *s, const char *item,
    const char *name)
{
	struct brow	*r;

	if (t->nrows == t->caprows) {
		t->caprows = t->caprows == 0 ? 32 : t->caprows * 2;
		t->rows = xreallocarray(t->rows, t->caprows, sizeof(*t->rows));
		t->item = xreallocarray(t->item, t->caprows, sizeof(*t->item));
		t->name = xreallocarray(t->name, t->caprows, sizeof(*t->name));
		t->column = xreallocarray(t->column, t->caprows,
		    sizeof(*t->column));
		t->column_url = xreallocarray(t->column_url, t->caprows,
		    sizeof(*t->column_url));
		t->cat = xreallocarray(t->cat, t->caprows, sizeof(*t->cat));
		t->catname = xreallocarray(t->catname, t->caprows,
		    sizeof(*t->catname));
		t->sub = xreallocarray(t->sub, t->caprows, sizeof(*t->sub));
		t->subname = xreallocarray(t->subname, t->caprows,
		    sizeof(*t->subname));
	}
	t->item[t->nrows] = item;
	t->name[t->nrows] = name;
	t->column[t->nrows] = t->column_url[t->nrows] = NULL;
	t->cat[t->nrows] = t->ccat;
	t->catname[t->nrows] = t->ccatname;
	t->sub[t->nrows] = t->csub;
	t->subname[t->nrows] = t->csubname;
	r = &t->rows[t->nrows++];
	r->group = t->ngroups - 1;
	r->cell = arena_calloc(&t->a, s->ncol, sizeof(*r->cell));
	return r;
}

static void
group_new(struct table *t, const char *label)
{
	struct bgroup	*g;

	if (t->ngroups == t->capgroups) {
		t->capgroups = t->capgroups == 0 ? 16 : t->capgroups * 2;
		t->groups = xreallocarray(t->groups, t->capgroups,
		    sizeof(*t->groups));
	}
	g = &t->groups[t->ngroups++];
	memset(g, 0, sizeof(*g));
	para_add(&t->a, &g->name, NULL, label);
	para_add(&t->a, &g->cont, NULL, arena_strfmt(&t->a, "%s（续）",
	    label));
}

/* Is column k one of the sheet's? */
static int
has_col(const struct sheet *s, enum colkey k)
{
	size_t	 i;

	for (i = 0; i < s->ncol; i++)
		if (s->col[i] == k)
			return 1;
	return 0;
}

/* The item's 公开层级: its own, else the catalog's. */
static struct xnode *
levels(struct table *t, struct xnode *it)
{
	struct xnode	*n;

	return (n = xnode_named(it, "levels")) != NULL ? n : t->level;
}

/*
 * The elements a narrow sheet has no column for (see cols), in the
 * content's cell after it, each after its label: 公开依据 a paragraph a
 * citation, then 公开对象, 公开方式 and 公开层级 in one paragraph.
 */
static void
folded(struct table *t, const struct sheet *s, struct bcell *c,
    struct xnode *it)
{
	static const struct {
		enum colkey	 k;
		const char	*label;
	} fold[] = {
		{ C_AUDIENCE, "公开对象：" },
		{ C_MODE, "公开方式：" },
		{ C_LEVELS, "公开层级：" }
	};
	struct bcell	 one;
	struct buf	 b = BUF_INIT;
	struct xnode	*list;
	size_t		 i;

	if (!has_col(s, C_BASIS))
		basis(t, c, "公开依据：", it);
	for (i = 0; i < sizeof(fold) / sizeof(*fold); i++) {
		if (has_col(s, fold[i].k))
			continue;
		list = fold[i].k == C_AUDIENCE ? xnode_named(it, "audience") :
		    fold[i].k == C_MODE ? xnode_named(it, "mode") :
		    levels(t, it);
		memset(&one, 0, sizeof(one));
		labels(&t->a, &one, fold[i].label, list);
		if (one.npara == 0)
			continue;
		if (b.len > 0)
			buf_adds(&b, "　");
		buf_adds(&b, one.para[0]);
	}
	if (b.len > 0)
		para_add(&t->a, c, NULL, b.ptr);
	buf_release(&b);
}

/* One item: a row, its cells in the sheet's columns, every element in
 * it (folded()). */
static void
item_row(struct table *t, const struct sheet *s, struct xnode *it)
{
	struct brow	*r;
	struct bcell	*c;
	struct xnode	*n, *v;
	const char	*id, *name;
	size_t		 i, k;

	id = text(&t->a, xnode_named(it, "id"));
	name = text(&t->a, xnode_named(it, "name"));
	/* Printable: "name（续）" is written as it is (piece_out()). */
	r = row_new(t, s, id, printable(&t->a, *name != '\0' ? name : id));
	t->items++;
	for (i = 0; i < s->ncol; i++) {
		c = &r->cell[i];
		if (common_cell(t, c, s->col[i], it))
			continue;
		switch (s->col[i]) {
		case C_NAME:
			para_add(&t->a, c, NULL, t->name[t->nrows - 1]);
			break;
		case C_CONTENT:
			/* Several elements are numbered, as catalogs do. */
			n = xnode_named(it, "content");
			k = 0;
			for (v = xnode_child(n); v != NULL; v = xnode_next(v))
				k++;
			k = k > 1;
			for (v = xnode_child(n); v != NULL; v = xnode_next(v))
				para_add(&t->a, c, k > 0 ? arena_strfmt(&t->a,
				    "%zu.", k++) : NULL, text(&t->a, v));
			if ((n = xnode_named(it, "notes")) != NULL)
				para_add(&t->a, c, "备注：", text(&t->a, n));
			break;
		case C_CHANNELS:
			labels(&t->a, c, NULL, xnode_named(it, "channels"));
			break;
		case C_AUDIENCE:
			labels(&t->a, c, NULL, xnode_named(it, "audience"));
			break;
		case C_MODE:
			labels(&t->a, c, NULL, xnode_named(it, "mode"));
			break;
		case C_LEVELS:
			labels(&t->a, c, NULL, levels(t, it));
			break;
		default:
			break;
		}
		if (s->col[i] == C_CONTENT)
			folded(t, s, c, it);
	}
}

/*
 * A category's items are one group, its name in the merged first
 * column; a sub-category's items another, named "一级／三级".
 */
static void
category_rows(struct table *t, const struct sheet *s, struct xnode *cats,
    const char *above)
{
	struct xnode	*cat, *it;
	const char	*name;

	for (cat = xnode_child(cats); cat != NULL; cat = xnode_next(cat)) {
		name = text(&t->a, xnode_named(cat, "name"));
		if (*name == '\0')
			name = text(&t->a, xnode_named(cat, "id"));
		if (above != NULL)
			name = arena_strfmt(&t->a, "%s／%s", above, name);
		if ((it = xnode_child(xnode_named(cat, "items"))) != NULL) {
			group_new(t, name);
			for (; it != NULL; it = xnode_next(it))
				item_row(t, s, it);
		}
		category_rows(t, s, xnode_named(cat, "categories"), name);
	}
}

/* Items the catalog says do not apply here, with the reason. */
static void
na_rows(struct table *t, const struct sheet *s, struct xnode *list)
{
	struct xnode	*na;
	struct brow	*r;
	const char	*id, *name;
	size_t		 i;

	if ((na = xnode_child(list)) == NULL)
		return;
	group_new(t, "未涉及事项");
	for (; na != NULL; na = xnode_next(na)) {
		id = text(&t->a, xnode_named(na, "id"));
		name = text(&t->a, xnode_named(na, "name"));
		r = row_new(t, s, id, *name != '\0' ? name : id);
		for (i = 0; i < s->ncol; i++)
			if (s->col[i] == C_NAME)
				para_add(&t->a, &r->cell[i], NULL,
				    t->name[t->nrows - 1]);
			else if (s->col[i] == C_CONTENT)
				para_add(&t->a, &r->cell[i], "未涉及：",
				    text(&t->a, xnode_named(na, "reason")));
	}
}

static struct arow *
arow_add(struct arow **v, size_t *n, size_t *cap)
{
	if (*n == *cap) {
		*cap = *cap == 0 ? 16 : *cap * 2;
		*v = xreallocarray(*v, *cap, sizeof(**v));
	}
	memset(&(*v)[*n], 0, sizeof(**v));
	return &(*v)[(*n)++];
}

static void
table_release(struct table *t)
{
	free(t->na);
	free(t->notes);
	free(t->info);
	free(t->rows);
	free(t->item);
	free(t->name);
	free(t->column);
	free(t->column_url);
	free(t->cat);
	free(t->catname);
	free(t->sub);
	free(t->subname);
	free(t->groups);
	arena_release(&t->a);
}

/* --- The head of a sheet, measured --- */

struct head {
	const char	*title, *publisher;
	const char	*field[4][2];	/* label, value; value NULL: none */
	size_t		 tlines, ilines, hlines;
	double		 th, ih, hh;	/* title, info, header row; mm */
	double		 area;		/* left for rows, mm */
	/* With -O base-url: the area page's address and its QR code
	 * (none, qr.n 0, when the address is too long for one). */
	const char	*url;
	struct qr	 qr;
	size_t		 ulines;	/* of "网页版：URL" beside the code */
	double		 foot;		/* the footer's height, mm */
};

/* The label of the address on a sheet and in a DOCX's footer. */
#define URL_LABEL	"网页版："
/* What a footer leaves for "第N页 共M页", in em. */
#define PAGENO_EM	10

static void
head_measure(struct head *h, const struct sheet *s, struct table *t,
    const struct rcat *c, const char *date, const char *base)
{
	struct buf	 info = BUF_INIT;
	double		 usable, tem, lw, fw, line;
	size_t		 i, n;

	memset(h, 0, sizeof(*h));
	usable = s->w - 2 * s->p->margin;
	h->title = c->title != NULL && *c->title != '\0' ? c->title :
	    arena_strfmt(&t->a, "%s%s领域基层政务公开标准目录",
	    c->jurisdiction != NULL ? c->jurisdiction : "",
	    c->area_label != NULL ? c->area_label : c->area != NULL ?
	    c->area : "");
	h->title = printable(&t->a, h->title);
	h->publisher = c->publisher != NULL ? printable(&t->a, c->publisher) :
	    NULL;
	tem = s->p->title * PT;
	h->tlines = board_lines(h->title, usable / tem - 0.5);
	if (h->tlines > HEAD_MAX)
		h->tlines = HEAD_MAX;
	h->th = (double)h->tlines * tem * TITLE_LINE;
	h->field[0][0] = "行政区域";
	h->field[0][1] = c->jurisdiction;
	h->field[1][0] = "领域";
	h->field[1][1] = c->area_label;	/* none for a local x- area */
	h->field[2][0] = "更新日期";
	h->field[2][1] = c->updated != NULL ? c->updated : date;
	h->field[3][0] = "监督电话";
	h->field[3][1] = c->contact;
	/*
	 * Each field is drawn as an inline block, "label：value" and a
	 * margin of 1 em: it goes to the next line whole, and is wrapped
	 * inside only when longer than a line.
	 */
	h->ilines = 1;
	for (i = 0, lw = 0, line = usable / s->em - 0.5; i < 4; i++) {
		if (h->field[i][1] != NULL && *h->field[i][1] == '\0')
			h->field[i][1] = NULL;
		if (h->field[i][1] == NULL)
			continue;
		h->field[i][1] = printable(&t->a, h->field[i][1]);
		buf_reset(&info);
		buf_addf(&info, "%s：%s", h->field[i][0], h->field[i][1]);
		fw = board_width(info.ptr, info.len) + 1;
		if (lw + fw <= line)
			lw += fw;
		else if (fw <= line) {
			h->ilines += lw > 0;
			lw = fw;
		} else {
			h->ilines += (lw > 0) + board_lines(info.ptr, line) - 1;
			lw = line;
		}
	}
	if (h->ilines > HEAD_MAX)
		h->ilines = HEAD_MAX;
	h->ih = (double)h->ilines * s->em * LINE;
	buf_release(&info);
	/* The header row of the table, measured like any row. */
	h->hlines = 1;
	for (i = 0; i < s->ncol; i++) {
		n = board_lines(cols[s->col[i]].label,
		    board_text_em(&s->g, s->width[i]));
		if (n > h->hlines)
			h->hlines = n;
	}
	h->hh = board_height(&s->g, h->hlines);
	/* The footer: a line, or the QR code with the address beside it
	 * above the publisher. */
	h->foot = s->em * LINE;
	if (base != NULL) {
		h->url = arena_strfmt(&t->a, "%s%s%s.html", base,
		    base[strlen(base) - 1] == '/' ? "" : "/", c->file);
		if (qr_encode(&h->qr, h->url) == 0) {
			fw = (usable - s->p->qr - GAP) / s->em - PAGENO_EM;
			h->ulines = board_lines(arena_strfmt(&t->a, "%s%s",
			    URL_LABEL, h->url), fw);
			h->foot = (double)(h->ulines + 1) * s->em * LINE;
			if (h->foot < s->p->qr)
				h->foot = s->p->qr;
		}
	}
	/* The rest of the sheet, less the footer and gaps. */
	h->area = s->h - 2 * s->p->margin - h->th - GAP - h->ih - GAP -
	    h->hh - RULE - GAP - h->foot - SAFETY;
}

/* --- The <board> element --- */

static void
attr_mm(struct xbuild *b, const char *name, double v)
{
	char	 s[32];

	snprintf(s, sizeof(s), "%.1f", v);
	xb_attr(b, name, s);
}

/*
 * A column's label in n lines of even length, as <p> elements: "公开渠道
 * /和载体" rather than "公开渠道和载/体".  The labels are all ideographs,
 * so lines of ceil(len / n) characters still fit where n lines did.
 */
static void
label_lines(struct xbuild *b, const char *label, size_t n)
{
	const char	*p = label;
	size_t		 chars, per, k, len, step;
	unsigned	 cp;
	char		 line[64];

	chars = utf8_chars(label, strlen(label));
	per = (chars + n - 1) / n;
	while (*p != '\0') {
		for (k = len = 0; k < per && p[len] != '\0'; k++) {
			step = utf8_decode((const unsigned char *)p + len,
			    strlen(p + len), &cp);
			len += step > 0 ? step : 1;
		}
		snprintf(line, sizeof(line), "%.*s", (int)len, p);
		xb_leaf(b, "p", line);
		p += len;
	}
}

/*
 * Where a board's rows go: into the <board> tree (b), or straight into
 * the sheet as board.xsl would have written them from it (out).
 */
struct sink {
	struct xbuild	*b;
	struct buf	*out;
	struct buf	 tmp;
};

/* A paragraph of a cell, len bytes of s. */
static void
sink_p(struct sink *k, const char *s, size_t len)
{
	buf_reset(&k->tmp);
	buf_add(&k->tmp, s, len);
	if (k->b != NULL) {
		xb_leaf(k->b, "p", k->tmp.ptr);
		return;
	}
	buf_adds(k->out, "<p>");
	xml_text(k->out, k->tmp.ptr, 1);
	buf_adds(k->out, "</p>");
}

/* Lines [from, to) of a cell as paragraphs, paragraphs kept. */
static void
cell_lines(struct sink *k, const struct bcell *c, size_t from, size_t to)
{
	size_t	 i, j;

	if (to > c->nline)
		to = c->nline;
	for (i = from; i < to; i = j) {
		for (j = i + 1; j < to && c->line[j].para == c->line[i].para;
		    j++)
			continue;
		sink_p(k, c->para[c->line[i].para] + c->line[i].start,
		    c->line[j - 1].end - c->line[i].start);
	}
}

/* The lines of a row: its tallest cell but the group's. */
static size_t
piece_rows(const struct sheet *s, const struct brow *r)
{
	size_t	 i, n = 1;

	for (i = 0; i < s->ncol; i++)
		if (i != s->g.gcol && r->cell[i].nline > n)
			n = r->cell[i].nline;
	return n;
}

/*
 * A piece of a row on a board sheet: a <row> of the tree, or a <tr>,
 * its merged cells left out, a line break after it.
 */
static void
piece_out(struct sink *k, const struct sheet *s, const struct table *t,
    const struct bpiece *pc)
{
	const struct brow	*r = &t->rows[pc->row];
	const struct bgroup	*g = &t->groups[r->group];
	const struct bcell	*cell;
	struct buf		 name = BUF_INIT;
	size_t			 i;

	if (k->b != NULL) {
		xb_open(k->b, "row");
		xb_attr(k->b, "item", t->item[pc->row]);
		if (pc->from > 0)
			xb_attr(k->b, "cont", "1");
		if (pc->to < piece_rows(s, r))
			xb_attr(k->b, "more", "1");
		if (pc->keep)
			xb_attr(k->b, "keep", "1");
		attr_mm(k->b, "height", pc->height);
	} else
		buf_adds(k->out, "<tr>");
	for (i = 0; i < s->ncol; i++) {
		if (k->b != NULL) {
			xb_open(k->b, "cell");
			xb_attr(k->b, "key", cols[s->col[i]].key);
		} else if (i == s->g.gcol && pc->span == 0)
			continue;
		else {
			buf_addf(k->out, "<td class=\"%s\"",
			    cols[s->col[i]].key);
			if (i == s->g.gcol && pc->span > 1)
				buf_addf(k->out, " rowspan=\"%zu\"", pc->span);
			buf_addch(k->out, '>');
		}
		if (i == s->g.gcol && pc->span == 0)
			xb_attr(k->b, "merged", "1");
		else if (i == s->g.gcol) {
			cell = pc->cont ? &g->cont : &g->name;
			if (k->b != NULL) {
				xb_num(k->b, "span", (long)pc->span);
				if (pc->cont)
					xb_attr(k->b, "cont", "1");
			}
			cell_lines(k, cell, 0, cell->nline);
			if (cell->cut)
				sink_p(k, "…", strlen("…"));
		} else if (s->col[i] == C_NO)
			cell_lines(k, &r->cell[i], 0, 1);
		else if (s->col[i] == C_NAME && pc->from > 0) {
			/* Named again on the next page, when there is room. */
			buf_reset(&name);
			buf_addf(&name, "%s（续）", t->name[pc->row]);
			if (board_lines(name.ptr, board_text_em(&s->g,
			    s->width[i])) > pc->to - pc->from) {
				buf_reset(&name);
				buf_adds(&name, "（续）");
			}
			sink_p(k, name.ptr, name.len);
		} else
			cell_lines(k, &r->cell[i], pc->from, pc->to);
		if (k->b != NULL)
			xb_close(k->b);
		else
			buf_adds(k->out, "</td>");
	}
	if (k->b != NULL)
		xb_close(k->b);
	else
		buf_adds(k->out, "</tr>\n");
	buf_release(&name);
}

/* The columns' widths in twips, rounded to add up to the text width. */
static void
col_twips(const struct sheet *s, long *tw)
{
	double	 cum = 0;
	long	 prev = 0;
	size_t	 i;

	for (i = 0; i < s->ncol; i++) {
		cum += s->width[i];
		tw[i] = (long)(cum * TWIPS + 0.5) - prev;
		prev = (long)(cum * TWIPS + 0.5);
	}
}

/* A catalog laid out: the sheet, its table, its pages. */
struct laid {
	struct sheet	 s;
	struct table	 t;
	struct board	 bd;
	struct head	 h;
	long		 twips[C__MAX];	/* the columns' widths */
};

/*
 * The <board> element; with full, the rows on its pages (else the
 * pages are empty, their rows written in C where the stylesheet leaves
 * its <?gkml-rows?>).
 */
static void
board_xml(struct xbuild *b, struct laid *l, int full)
{
	const struct sheet	*s = &l->s;
	const struct head	*h = &l->h;
	const struct board	*bd = &l->bd;
	struct sink		 k = { b, NULL, BUF_INIT };
	long			 tw, th, tm;
	size_t			 i, n, p;

	tw = s->landscape ? s->p->th : s->p->tw;
	th = s->landscape ? s->p->tw : s->p->th;
	tm = (long)(s->p->margin * TWIPS + 0.5);
	xb_open(b, "board");
	xb_attr(b, "format", s->docx ? "docx" : "board");
	xb_attr(b, "paper", s->p->name);
	xb_attr(b, "orientation", s->landscape ? "landscape" : "portrait");
	xb_num(b, "pages", (long)bd->npage);
	attr_mm(b, "width", s->w);
	attr_mm(b, "height", s->h);
	attr_mm(b, "margin", s->p->margin);
	attr_mm(b, "font", s->pt);
	attr_mm(b, "title-font", s->p->title);
	attr_mm(b, "line", LINE);
	attr_mm(b, "title-line", TITLE_LINE);
	attr_mm(b, "padx", s->g.padx);
	attr_mm(b, "pady", PADY);
	attr_mm(b, "rule", RULE);
	attr_mm(b, "gap", GAP);
	attr_mm(b, "area", h->area);
	xb_num(b, "twips-width", tw);
	xb_num(b, "twips-height", th);
	xb_num(b, "twips-margin", tm);
	xb_num(b, "twips-text", (long)((s->w - 2 * s->p->margin) * TWIPS +
	    0.5));
	xb_num(b, "half-points", (long)(s->pt * 2 + 0.5));
	xb_num(b, "title-half-points", (long)(s->p->title * 2));

	xb_open(b, "title");
	xb_num(b, "lines", (long)h->tlines);
	attr_mm(b, "height", h->th);
	xb_text(b, h->title);
	xb_close(b);
	xb_open(b, "info");
	xb_num(b, "lines", (long)h->ilines);
	attr_mm(b, "height", h->ih);
	for (i = 0; i < 4; i++) {
		if (h->field[i][1] == NULL)
			continue;
		xb_open(b, "field");
		xb_attr(b, "label", h->field[i][0]);
		xb_text(b, h->field[i][1]);
		xb_close(b);
	}
	xb_close(b);
	xb_leaf(b, "publisher", h->publisher);
	if (h->qr.n > 0) {
		buf_reset(&k.tmp);
		qr_svg_path(&h->qr, &k.tmp);
		xb_open(b, "qr");
		xb_attr(b, "url", h->url);
		xb_attr(b, "label", URL_LABEL);
		xb_num(b, "modules", (long)h->qr.n);
		attr_mm(b, "side", s->p->qr);
		attr_mm(b, "height", h->foot);
		xb_num(b, "lines", (long)h->ulines);
		/* The side in EMUs, for a DOCX's drawing. */
		xb_num(b, "emu", (long)(s->p->qr * 36000 + 0.5));
		xb_text(b, k.tmp.ptr);
		xb_close(b);
		buf_reset(&k.tmp);
	}

	xb_open(b, "columns");
	xb_num(b, "lines", (long)h->hlines);
	attr_mm(b, "height", h->hh);
	for (i = 0; i < s->ncol; i++) {
		xb_open(b, "col");
		xb_attr(b, "key", cols[s->col[i]].key);
		xb_attr(b, "label", cols[s->col[i]].label);
		/* DOCX: the hidden ids' columns, named in the header,
		 * and those of the items' own website columns. */
		if (s->docx && s->col[i] == C_NO)
			xb_attr(b, "hidden", "事项编号");
		else if (s->docx && (s->col[i] == C_CATEGORY ||
		    (s->col[i] == C_NAME && s->nest)))
			xb_attr(b, "hidden", "分类编号");
		else if (s->docx && s->col[i] == C_CONTENT)
			xb_attr(b, "hidden", "栏目");
		else if (s->docx && s->col[i] == C_BASIS)
			xb_attr(b, "hidden", "栏目地址");
		attr_mm(b, "width", s->width[i]);
		xb_num(b, "twips", l->twips[i]);
		label_lines(b, cols[s->col[i]].label, board_lines(
		    cols[s->col[i]].label, board_text_em(&s->g, s->width[i])));
		xb_close(b);
	}
	xb_close(b);

	for (p = 0; p < bd->npage; p++) {
		xb_open(b, "page");
		xb_num(b, "n", (long)p + 1);
		attr_mm(b, "used", bd->page[p].used);
		for (n = 0; full && n < bd->page[p].n; n++)
			if (s->docx)
				docx_row(b, l, &bd->piece[bd->page[p].first +
				    n]);
			else
				piece_out(&k, s, &l->t,
				    &bd->piece[bd->page[p].first + n]);
		xb_close(b);
	}
	if (s->docx)
		docx_asides(b, s, &l->t);
	xb_close(b);
	buf_release(&k.tmp);
}

/* --- Rendering --- */

/*
 * Catalog ci laid out in l, and its page with the <board> for the
 * stylesheets: with full, the catalog's XML form and every row; else
 * the form without categories and not-applicable items and a <board>
 * without rows, which C writes into the output itself.
 */
static struct xdoc *
board_page(struct laid *l, const struct site *st, size_t ci,
    const struct ropts *o, const struct sheet *s0, int full)
{
	struct xbuild	*b;

	memset(l, 0, sizeof(*l));
	if (s0 != NULL)
		l->s = *s0;
	else
		docx_sheet(&l->s, o, nested(st->cats[ci].m));
	table_read(&l->t, &l->s, st, ci);
	l->s.g.width = l->s.width;
	head_measure(&l->h, &l->s, &l->t, &st->cats[ci], st->date,
	    o->base_url);
	l->s.g.area = l->h.area;
	l->s.g.paginate = !l->s.docx;
	board_layout(&l->bd, &l->s.g, l->t.rows, l->t.nrows, l->t.groups,
	    l->t.ngroups);
	col_twips(&l->s, l->twips);
	b = full ? catalog_page_begin(st, ci, o, 0) :
	    catalog_head_begin(st, ci, o);
	board_xml(b, l, full);
	return xb_finish(b);
}

static void
laid_release(struct laid *l)
{
	qr_release(&l->h.qr);
	board_release(&l->bd);
	table_release(&l->t);
}

/*
 * A stylesheet's output into out, the rows where it wrote mark: the
 * rows of page k at the k-th (and none where there is no page k).
 * Returns the number of marks.
 */
static size_t
splice(struct buf *out, const struct buf *page, const char *mark,
    void (*rows)(struct buf *, struct laid *, size_t), struct laid *l)
{
	const char	*p = page->ptr, *end = page->ptr + page->len, *at;
	size_t		 k = 0, len = strlen(mark);

	while ((at = memmem(p, (size_t)(end - p), mark, len)) != NULL) {
		buf_add(out, p, (size_t)(at - p));
		rows(out, l, k++);
		p = at + len;
	}
	buf_add(out, p, (size_t)(end - p));
	return k;
}

/* The rows of sheet p as board.xsl writes them, a line break after each. */
static void
board_rows(struct buf *out, struct laid *l, size_t p)
{
	struct sink	 k = { NULL, out, BUF_INIT };
	size_t		 n;

	if (p >= l->bd.npage)
		return;
	for (n = 0; n < l->bd.page[p].n; n++)
		piece_out(&k, &l->s, &l->t,
		    &l->bd.piece[l->bd.page[p].first + n]);
	buf_release(&k.tmp);
}

/* What the threads rendering catalogs share. */
struct bjob {
	const struct site	*st;
	const struct ropts	*o;
	const struct sheet	*s;
	struct outputs		*out;
	size_t			 first;	/* out->v[first + i] is cats[i]'s */
};

/*
 * Is the address of l's catalog too long for a QR code?  1, having
 * told the context, or 0.
 */
static int
qr_refused(const struct ropts *o, const struct laid *l, const char *path)
{
	if (l->h.url == NULL || l->h.qr.n > 0)
		return 0;
	rctx_error(o->ctx, _("%s: base-url: the address of its area page "
	    "is %zu bytes long, more than the %d a QR code on paper holds"),
	    path, strlen(l->h.url), QR_MAX);
	return 1;
}

static int
board_one(void *ctx, size_t i)
{
	struct bjob	*jb = ctx;
	struct buf	 page = BUF_INIT;
	struct laid	 l;
	struct xdoc	*d;
	int		 rc, own;

	own = template_own(jb->o, "board/board.xsl");
	d = board_page(&l, jb->st, i, jb->o, jb->s, own);
	rc = qr_refused(jb->o, &l, jb->st->cats[i].path) ? -1 :
	    transform(jb->o, "board/board.xsl", d, NULL, &page);
	xdoc_free(d);
	if (rc == 0 && splice(&jb->out->v[jb->first + i].b, &page,
	    "<?gkml-rows>", board_rows, &l) == 0 && !own) {
		rctx_error(jb->o->ctx, _("%s: no %s where the rows go"),
		    "board/board.xsl", "<?gkml-rows>");
		rc = -1;
	}
	laid_release(&l);
	buf_release(&page);
	return rc;
}

int
render_board(const struct site *st, const struct ropts *o, struct outputs *out)
{
	struct sheet	 s;
	struct bjob	 jb = { st, o, &s, out, out->n };

	sheet_init(&s, o);
	outputs_per_catalog(out, st, ".board.html");
	return par_for(st->ncats, o->jobs, board_one, &jb);
}

/* --- DOCX --- */

/* Do some of the categories hold categories? */
static int
nested(const struct catalog *m)
{
	size_t	 i;

	for (i = 0; i < m->ncats; i++)
		if (m->cats[i].ncats > 0)
			return 1;
	return 0;
}

/*
 * The DOCX's sheet: every column (三级事项 too when categories nest), in
 * the largest of the board's type size, 12, 10.5 and 9 pt at which the
 * columns' least widths take at most four fifths of the text's width
 * (the rest widens 公开内容 and the others by weight), else the largest
 * at which they fit, else 9 pt with the columns narrowed in proportion.
 * Cells are padded less than on a board.
 */
static void
docx_sheet(struct sheet *s, const struct ropts *o, int nest)
{
	double	 sizes[] = { 0, 12, 10.5, 9 };
	double	 usable, need, room;
	size_t	 i, k, n = sizeof(sizes) / sizeof(*sizes), pick = n;
	int	 pass;

	sheet_init(s, o);
	s->docx = 1;
	s->nest = nest;
	s->ncol = 0;
	for (k = 0; k < C__MAX; k++)
		if (cols[k].tier >= 0 || nest)
			s->col[s->ncol++] = (enum colkey)k;
	s->g.padx = DOCX_PADX;
	usable = s->w - 2 * s->p->margin;
	sizes[0] = s->p->body;
	for (pass = 0; pass < 2 && pick == n; pass++) {
		room = pass == 0 ? usable * 4 / 5 : usable;
		for (i = 0; i < n && pick == n; i++) {
			for (k = 0, need = 0; k < s->ncol; k++)
				need += cols[s->col[k]].base * sizes[i] * PT +
				    2 * DOCX_PADX + RULE;
			if (need <= room)
				pick = i;
		}
	}
	s->pt = sizes[pick < n ? pick : n - 1];
	s->em = s->g.em = s->pt * PT;
	sheet_widths(s);
}

/*
 * Vocabulary values as the DOCX (and the XLSX) writes them: their
 * labels, 其他：TEXT for another channel, joined by 、 into one
 * paragraph, or one a paragraph when a value holds a 、 itself.  With
 * pre, always one paragraph, pre before it (五公开：).
 */
static void
docx_labels(struct arena *a, struct bcell *c, struct xnode *list,
    const char *pre)
{
	struct buf	 b = BUF_INIT, v = BUF_INIT, o = BUF_INIT;
	struct xnode	*n;
	int		 lines = 0;

	for (n = xnode_child(list); n != NULL; n = xnode_next(n)) {
		buf_reset(&v);
		if (!xnode_attr(n, "label", &v))
			xnode_content(n, &v);
		lines |= strstr(v.ptr, "、") != NULL;
		buf_reset(&o);
		lines |= xnode_attr(n, "other", &o) && strstr(o.ptr, "、");
	}
	if (pre != NULL)
		lines = 0;
	for (n = xnode_child(list); n != NULL; n = xnode_next(n)) {
		if (b.len > 0)
			buf_adds(&b, lines ? "\n" : "、");
		buf_reset(&v);
		if (!xnode_attr(n, "label", &v))
			xnode_content(n, &v);
		buf_reset(&o);
		if (xnode_attr(n, "other", &o) && o.len > 0)
			buf_addf(&v, "：%s", o.ptr);
		buf_add(&b, v.ptr, v.len);
	}
	para_add(a, c, pre, b.ptr);
	buf_release(&b);
	buf_release(&v);
	buf_release(&o);
}

/* An item's row in the DOCX: every field, as gkml-import reads it. */
static void
docx_item(struct table *t, const struct sheet *s, struct xnode *it)
{
	struct brow	*r;
	struct bcell	*c;
	struct xnode	*v;
	const char	*id, *name, *sub;
	size_t		 i;
	enum colkey	 namecol;

	id = text(&t->a, xnode_named(it, "id"));
	name = text(&t->a, xnode_named(it, "name"));
	r = row_new(t, s, id, name);
	t->column[t->nrows - 1] = own(&t->a, xnode_named(it, "column"));
	t->column_url[t->nrows - 1] = own(&t->a, xnode_named(it,
	    "column-url"));
	sub = t->sub[t->nrows - 1];
	/* Under a sub-category, the name is a 三级事项. */
	namecol = sub != NULL ? C_NAME3 : C_NAME;
	t->items++;
	for (i = 0; i < s->ncol; i++) {
		c = &r->cell[i];
		if (s->col[i] == namecol) {
			para_add(&t->a, c, NULL, name);
			docx_labels(&t->a, c, xnode_named(it, "stage"), "五公开：");
			continue;
		}
		if (common_cell(t, c, s->col[i], it))
			continue;
		switch (s->col[i]) {
		case C_NAME:
			/* The sub-category's, merged down its items. */
			para_add(&t->a, c, NULL, t->subname[t->nrows - 1]);
			break;
		case C_CONTENT:
			for (v = xnode_child(xnode_named(it, "content"));
			    v != NULL; v = xnode_next(v))
				para_add(&t->a, c, NULL, text(&t->a, v));
			para_add(&t->a, c, "备注：", text(&t->a,
			    xnode_named(it, "notes")));
			break;
		case C_CHANNELS:
			docx_labels(&t->a, c, xnode_named(it, "channels"),
			    NULL);
			break;
		case C_AUDIENCE:
			docx_labels(&t->a, c, xnode_named(it, "audience"),
			    NULL);
			break;
		case C_MODE:
			docx_labels(&t->a, c, xnode_named(it, "mode"), NULL);
			break;
		case C_LEVELS:
			/* As the catalog says: none when it gives none. */
			docx_labels(&t->a, c, xnode_named(it, "levels"), NULL);
			break;
		default:
			break;
		}
	}
}

/*
 * The rows of a list of categories, depth 0 at the top: a category's
 * items, then its sub-categories'; a category with neither has a row of
 * its own.  Each row knows its top category, and the sub-category it is
 * in (its path of ids, and its name: "二级／四级" when deeper).
 */
static void
docx_cats(struct table *t, const struct sheet *s, struct xnode *cats,
    int depth, const char *path, const char *pname, const char *top,
    const char *topname)
{
	struct xnode	*cat, *items, *it, *subs;
	struct brow	*r;
	const char	*id, *name, *mypath, *myname;
	size_t		 i;

	for (cat = xnode_child(cats); cat != NULL; cat = xnode_next(cat)) {
		id = text(&t->a, xnode_named(cat, "id"));
		name = printable(&t->a, text(&t->a, xnode_named(cat, "name")));
		if (depth == 0) {
			top = id;
			topname = name;
			mypath = myname = NULL;
		} else {
			mypath = arena_strfmt(&t->a, "%s/%s", path, id);
			myname = depth == 1 ? name : arena_strfmt(&t->a,
			    "%s／%s", pname, name);
		}
		t->ccat = top;
		t->ccatname = topname;
		t->csub = mypath;
		t->csubname = myname;
		items = xnode_child(xnode_named(cat, "items"));
		subs = xnode_child(xnode_named(cat, "categories"));
		if (items != NULL || subs == NULL)
			group_new(t, topname);
		for (it = items; it != NULL; it = xnode_next(it))
			docx_item(t, s, it);
		if (items == NULL && subs == NULL) {
			/* Nothing under it: its names alone. */
			r = row_new(t, s, NULL, name);
			if (mypath != NULL)
				for (i = 0; i < s->ncol; i++)
					if (s->col[i] == C_NAME)
						para_add(&t->a, &r->cell[i],
						    NULL, myname);
		}
		docx_cats(t, s, xnode_named(cat, "categories"), depth + 1,
		    depth == 0 ? id : mypath, depth == 0 ? NULL : myname,
		    top, topname);
	}
}

/*
 * The table of catalog ci, read from its XML form one top category at
 * a time, each tree freed once read: a long catalog is never one tree.
 * The DOCX also reads what goes after the table.
 */
static void
table_read(struct table *t, const struct sheet *s, const struct site *st,
    size_t ci)
{
	const struct rcat	*c = &st->cats[ci];
	struct xpart		 pt;
	struct xbuild		*b;
	struct xdoc		*x;
	struct xnode		*root, *cats, *na;
	size_t			 i, n;

	memset(t, 0, sizeof(*t));
	arena_init(&t->a);
	n = c->m->ncats > 0 ? c->m->ncats : 1;
	for (i = 0; i < n; i++) {
		memset(&pt, 0, sizeof(pt));
		pt.first = i;
		pt.n = 1;
		pt.to = SIZE_MAX;
		pt.na = i + 1 == n;
		b = xb_new("gkml");
		catalog_xml_part(b, c->m, st->s, 0, &pt);
		x = xb_finish(b);
		root = xdoc_root(x);
		t->level = xnode_named(root, "catalog");
		cats = xnode_named(root, "categories");
		na = pt.na ? xnode_named(root, "not-applicable") : NULL;
		if (s->docx) {
			if (i == 0)
				info_read(t, root, c);
			docx_cats(t, s, cats, 0, NULL, NULL, NULL, NULL);
			notes_read(t, cats, NULL, NULL);
			na_read(t, na);
		} else {
			category_rows(t, s, cats, NULL);
			na_rows(t, s, na);
		}
		t->level = NULL;
		xdoc_free(x);
	}
}

/* A cell's paragraphs, whole. */
static void
docx_paras(struct xbuild *b, const struct bcell *c)
{
	size_t	 i;

	for (i = 0; i < c->npara; i++)
		xb_leaf(b, "p", c->para[i]);
}

/* A cell of the DOCX's table. */
struct dcell {
	int		 merged;	/* into the one above */
	size_t		 span;		/* rows merged, from this one */
	const char	*id;		/* hidden after its first paragraph */
	struct bcell	 c;		/* its paragraphs */
};

/*
 * Column i of row r.  A category's cell is merged into the one above
 * when that is the same category's (ids[r - 1] equals ids[r]), else it
 * has its name, its id and the rows it spans.
 */
static void
docx_cell(struct dcell *d, struct table *t, const struct sheet *s,
    size_t r, size_t i)
{
	const char	**ids = NULL, **names = NULL;
	size_t		 n;

	memset(d, 0, sizeof(*d));
	if (s->col[i] == C_CATEGORY) {
		ids = t->cat;
		names = t->catname;
	} else if (s->col[i] == C_NAME && t->sub[r] != NULL) {
		ids = t->sub;
		names = t->subname;
	}
	if (ids == NULL) {
		if (s->col[i] == C_NO)
			d->id = t->item[r];
		else if (s->col[i] == C_CONTENT)
			d->id = t->column[r];
		else if (s->col[i] == C_BASIS)
			d->id = t->column_url[r];
		d->c = t->rows[r].cell[i];
		return;
	}
	if (r > 0 && ids[r - 1] != NULL && strcmp(ids[r - 1], ids[r]) == 0) {
		d->merged = 1;
		return;
	}
	for (n = 1; r + n < t->nrows && ids[r + n] != NULL &&
	    strcmp(ids[r + n], ids[r]) == 0; n++)
		continue;
	d->id = ids[r];
	d->span = n;
	para_add(&t->a, &d->c, NULL, names[r]);
}

/* A row of the DOCX in the <board> tree: a cell a column. */
static void
docx_row(struct xbuild *b, struct laid *l, const struct bpiece *pc)
{
	struct dcell	 d;
	size_t		 i;

	xb_open(b, "row");
	xb_attr(b, "item", l->t.item[pc->row]);
	if (pc->keep)
		xb_attr(b, "keep", "1");
	attr_mm(b, "height", pc->height);
	for (i = 0; i < l->s.ncol; i++) {
		docx_cell(&d, &l->t, &l->s, pc->row, i);
		xb_open(b, "cell");
		xb_attr(b, "key", cols[l->s.col[i]].key);
		if (d.merged)
			xb_attr(b, "merged", "1");
		xb_attr(b, "id", d.id);
		if (d.span > 0)
			xb_num(b, "span", (long)d.span);
		docx_paras(b, &d.c);
		xb_close(b);
	}
	xb_close(b);
}

/*
 * The rows of the DOCX's table as WordprocessingML, as document.xsl
 * would write them from <board>: the sizes it would compute from its
 * attributes, and its markup, run by run.  The markup that does not
 * change is made once.
 */
struct wml {
	struct buf	*out;
	double		 area;		/* mm, as written in <board> */
	char		 rpr[96];	/* a run's start, to its <w:t> */
	char		 bold[96];	/* a run in bold */
	char		 hidden[96];	/* a run of hidden text */
	char		 after[2][96];	/* a paragraph's spacing, with no
					   and with a gap after it */
	char		 tcw[C__MAX][48]; /* a column's cell width */
};

/* A number as <board> holds it: "%.1f". */
static double
mm1(double v)
{
	char	 s[32];

	snprintf(s, sizeof(s), "%.1f", v);
	return strtod(s, NULL);
}

static void
wml_init(struct wml *w, struct buf *out, const struct laid *l)
{
	double	 font;
	long	 sz, line, gap;
	size_t	 i;

	font = mm1(l->s.pt);
	sz = (long)(l->s.pt * 2 + 0.5);
	line = (long)(font * LINE * 20 + 0.5);
	gap = (long)(font * 20 / 3 + 0.5);
	w->out = out;
	w->area = mm1(l->h.area);
	snprintf(w->rpr, sizeof(w->rpr), "<w:r><w:rPr><w:sz w:val=\"%ld\"/>"
	    "<w:szCs w:val=\"%ld\"/></w:rPr>", sz, sz);
	snprintf(w->bold, sizeof(w->bold), "<w:r><w:rPr><w:b/><w:bCs/>"
	    "<w:sz w:val=\"%ld\"/><w:szCs w:val=\"%ld\"/></w:rPr>", sz, sz);
	snprintf(w->hidden, sizeof(w->hidden), "<w:r><w:rPr><w:vanish/>"
	    "<w:sz w:val=\"%ld\"/><w:szCs w:val=\"%ld\"/></w:rPr>", sz, sz);
	for (i = 0; i < 2; i++)
		snprintf(w->after[i], sizeof(w->after[i]), "<w:spacing "
		    "w:before=\"0\" w:after=\"%ld\" w:line=\"%ld\" "
		    "w:lineRule=\"exact\"/></w:pPr>", i ? gap : 0, line);
	for (i = 0; i < l->s.ncol; i++)
		snprintf(w->tcw[i], sizeof(w->tcw[i]), "<w:tcW w:w=\"%ld\" "
		    "w:type=\"dxa\"/>", l->twips[i]);
}

/* A run of len bytes of s, in bold if asked. */
static void
wml_run(struct wml *w, const char *s, size_t len, int bold)
{
	char	*c;

	buf_adds(w->out, bold ? w->bold : w->rpr);
	if (len == 0)
		buf_adds(w->out, "<w:t xml:space=\"preserve\"/></w:r>");
	else {
		buf_adds(w->out, "<w:t xml:space=\"preserve\">");
		if (s[len] == '\0')
			xml_text(w->out, s, 0);
		else {
			c = xstrndup(s, len);
			xml_text(w->out, c, 0);
			free(c);
		}
		buf_adds(w->out, "</w:t></w:r>");
	}
}

/* Hidden text: an id; nothing when there is none. */
static void
wml_hidden(struct wml *w, const char *s)
{
	if (s == NULL || *s == '\0')
		return;
	buf_adds(w->out, w->hidden);
	buf_adds(w->out, "<w:t xml:space=\"preserve\">");
	xml_text(w->out, s, 0);
	buf_adds(w->out, "</w:t></w:r>");
}

static void
wml_ppr(struct wml *w, const char *style, int keep, int gap)
{
	buf_adds(w->out, "<w:p><w:pPr><w:pStyle w:val=\"");
	buf_adds(w->out, style);
	buf_adds(w->out, keep ? "\"/><w:keepNext/>" : "\"/>");
	buf_adds(w->out, w->after[gap]);
}

/*
 * A cell's paragraphs, at least one, its id hidden at the end of the
 * first; a label 五公开： or 备注： in front in bold.
 */
static void
wml_paras(struct wml *w, const struct dcell *d, const char *style,
    int keep)
{
	static const char *const labels[] = { "五公开：", "备注：" };
	const char	*p;
	size_t		 i, k, n;

	for (i = 0; i < d->c.npara; i++) {
		p = d->c.para[i];
		wml_ppr(w, style, keep, i + 1 < d->c.npara);
		for (k = 0; k < 2; k++)
			if (strncmp(p, labels[k], strlen(labels[k])) == 0)
				break;
		if (k < 2) {
			n = strlen(labels[k]);
			wml_run(w, p, n, 1);
			wml_run(w, p + n, strlen(p + n), 0);
		} else
			wml_run(w, p, strlen(p), 0);
		if (i == 0)
			wml_hidden(w, d->id);
		buf_adds(w->out, "</w:p>");
	}
	if (d->c.npara == 0) {
		wml_ppr(w, style, keep, 0);
		wml_hidden(w, d->id);
		buf_adds(w->out, "</w:p>");
	}
}

/*
 * A row: not split across pages when it fits on one, its cells merged
 * down (w:vMerge) where a category's are, centred in 序号 and the
 * categories' cells.
 */
static void
wml_row(struct wml *w, struct laid *l, const struct bpiece *pc)
{
	struct dcell	 d;
	enum colkey	 k;
	size_t		 i;
	int		 centre;

	buf_adds(w->out, "<w:tr>");
	if (mm1(pc->height) <= w->area)
		buf_adds(w->out, "<w:trPr><w:cantSplit/></w:trPr>");
	for (i = 0; i < l->s.ncol; i++) {
		docx_cell(&d, &l->t, &l->s, pc->row, i);
		k = l->s.col[i];
		centre = k == C_NO || k == C_CATEGORY || (k == C_NAME &&
		    (d.span > 0 || d.merged));
		buf_adds(w->out, "<w:tc><w:tcPr>");
		buf_adds(w->out, w->tcw[i]);
		if (d.merged)
			buf_adds(w->out, "<w:vMerge/>");
		else if (d.span > 1)
			buf_adds(w->out, "<w:vMerge w:val=\"restart\"/>");
		if (centre)
			buf_adds(w->out, "<w:vAlign w:val=\"center\"/>");
		buf_adds(w->out, "</w:tcPr>");
		wml_paras(w, &d, centre ? "TableCentre" : "TableText",
		    pc->keep);
		buf_adds(w->out, "</w:tc>");
	}
	buf_adds(w->out, "</w:tr>");
}

/* Every row of the DOCX's table, where document.xsl left the mark. */
static void
docx_rows(struct buf *out, struct laid *l, size_t mark)
{
	struct wml	 w;
	size_t		 p, n;

	if (mark > 0)
		return;
	wml_init(&w, out, l);
	for (p = 0; p < l->bd.npage; p++)
		for (n = 0; n < l->bd.page[p].n; n++)
			wml_row(&w, l, &l->bd.piece[l->bd.page[p].first + n]);
}

/* Open an <aside>: its title and its columns' labels and shares. */
static void
aside_open(struct xbuild *b, const char *key, const char *title,
    int header, const char *const *labels, const char *const *hidden,
    const double *share, size_t n, long twips)
{
	long	 sum = 0, w;
	size_t	 i;

	xb_open(b, "aside");
	xb_attr(b, "key", key);
	xb_attr(b, "title", title);
	xb_attr(b, "header", header ? "1" : "0");
	for (i = 0; i < n; i++) {
		xb_open(b, "col");
		xb_attr(b, "label", labels[i]);
		xb_attr(b, "hidden", hidden[i]);
		w = i + 1 < n ? (long)(twips * share[i] + 0.5) : twips - sum;
		sum += w;
		xb_num(b, "twips", w);
		xb_close(b);
	}
}

/* A cell of an aside: the text's lines as paragraphs, id hidden. */
static void
aside_cell(struct xbuild *b, struct table *t, const char *s, const char *id)
{
	struct bcell	 c;

	memset(&c, 0, sizeof(c));
	para_add(&t->a, &c, NULL, s);
	xb_open(b, "cell");
	xb_attr(b, "id", id);
	docx_paras(b, &c);
	xb_close(b);
}

/*
 * The categories with notes or their own website column, their names
 * "一级／二级" below the top, their paths of ids hidden.
 */
static void
notes_read(struct table *t, struct xnode *cats, const char *path,
    const char *pname)
{
	struct xnode	*cat, *n, *col, *url;
	struct arow	*r;
	const char	*id, *name;

	for (cat = xnode_child(cats); cat != NULL; cat = xnode_next(cat)) {
		id = text(&t->a, xnode_named(cat, "id"));
		name = text(&t->a, xnode_named(cat, "name"));
		if (path != NULL) {
			id = arena_strfmt(&t->a, "%s/%s", path, id);
			name = arena_strfmt(&t->a, "%s／%s", pname, name);
		}
		n = xnode_named(cat, "notes");
		col = xnode_named(cat, "column");
		url = xnode_named(cat, "column-url");
		if (col != NULL || url != NULL)
			t->bind = 1;
		if (n != NULL || col != NULL || url != NULL) {
			r = arow_add(&t->notes, &t->nnotes, &t->capnotes);
			r->notes = n != NULL;
			r->bound = col != NULL || url != NULL;
			r->cell[0] = name;
			r->id[0] = id;
			r->cell[1] = n != NULL ? text(&t->a, n) : "";
			r->cell[2] = col != NULL ? text(&t->a, col) : "";
			r->cell[3] = url != NULL ? text(&t->a, url) : "";
		}
		notes_read(t, xnode_named(cat, "categories"), id, name);
	}
}

/* The items not applicable: name, id hidden, reason. */
static void
na_read(struct table *t, struct xnode *list)
{
	struct xnode	*na;
	struct arow	*r;

	for (na = xnode_child(list); na != NULL; na = xnode_next(na)) {
		r = arow_add(&t->na, &t->nna, &t->capna);
		r->cell[0] = text(&t->a, xnode_named(na, "name"));
		r->id[0] = text(&t->a, xnode_named(na, "id"));
		r->cell[1] = text(&t->a, xnode_named(na, "reason"));
	}
}

/*
 * 目录信息: the catalog's particulars, a label and its value a row, the
 * file's name hidden beside its id; an overlay's base, and its
 * 'inherit' hidden beside.
 */
static void
info_read(struct table *t, struct xnode *root, const struct rcat *c)
{
	static const struct {
		const char	*label, *key;
	} info[] = {
		{ "目录编号", "id" }, { "目录名称", "title" },
		{ "领域", "area" }, { "层级", "level" },
		{ "行政区域", "jurisdiction" }, { "编制单位", "publisher" },
		{ "版本", "version" }, { "更新日期", "updated" },
		{ "监督电话", "contact" }, { "栏目", "column" },
		{ "栏目地址", "column-url" }
	};
	struct buf	 v = BUF_INIT;
	struct xnode	*cat, *n;
	struct arow	*r;
	size_t		 i;

	cat = xnode_named(root, "catalog");
	for (i = 0; i < sizeof(info) / sizeof(*info); i++) {
		if ((n = xnode_named(cat, info[i].key)) == NULL)
			continue;
		buf_reset(&v);
		if (!xnode_attr(n, "label", &v))
			xnode_content(n, &v);
		if (v.len == 0)
			continue;
		r = arow_add(&t->info, &t->ninfo, &t->capinfo);
		r->cell[0] = info[i].label;
		r->cell[1] = arena_strdup(&t->a, v.ptr);
		if (i == 0 && c->fname != NULL && *c->fname != '\0')
			r->id[1] = c->fname;
	}
	if (c->extends != NULL) {
		r = arow_add(&t->info, &t->ninfo, &t->capinfo);
		r->cell[0] = "基础目录";
		r->cell[1] = c->extends;
		if (c->inherit != NULL && *c->inherit != '\0')
			r->id[1] = c->inherit;
	}
	buf_release(&v);
}

/* An aside's rows, n cells each. */
static void
aside_rows(struct xbuild *b, struct table *t, const struct arow *v,
    size_t nv, size_t n)
{
	size_t	 i, k;

	for (i = 0; i < nv; i++) {
		xb_open(b, "row");
		for (k = 0; k < n; k++)
			aside_cell(b, t, v[i].cell[k], v[i].id[k]);
		xb_close(b);
	}
}

/*
 * After the table, what the catalog says beside it, each a small table
 * under a heading: 未涉及事项 (name, id hidden, reason), 分类备注
 * (category, path of ids hidden, notes; and the category's own website
 * column when some category has one), and 目录信息, the particulars (a
 * label and its value a row), all that gkml-import needs.
 */
static void
docx_asides(struct xbuild *b, const struct sheet *s, struct table *t)
{
	static const char *const nalabels[] = { "事项名称", "未涉及原因" };
	static const char *const nahidden[] = { "事项编号", NULL };
	static const double nashare[] = { 0.35, 0.65 };
	static const char *const labels[] = { "分类名称", "备注", "栏目",
	    "栏目地址" };
	static const char *const hidden[] = { "分类编号", NULL, NULL, NULL };
	static const double share[] = { 0.3, 0.7 };
	static const double bshare[] = { 0.2, 0.3, 0.25, 0.25 };
	static const char *const infolabels[] = { "项目", "内容" };
	static const char *const none[] = { NULL, NULL };
	static const double infoshare[] = { 0.2, 0.8 };
	long		 twips;
	size_t		 i;
	int		 any = 0;

	twips = (long)((s->w - 2 * s->p->margin) * TWIPS + 0.5);
	if (t->nna > 0) {
		aside_open(b, "not-applicable", "未涉及事项", 1, nalabels,
		    nahidden, nashare, 2, twips);
		aside_rows(b, t, t->na, t->nna, 2);
		xb_close(b);
	}
	for (i = 0; i < t->nnotes; i++) {
		if (!t->notes[i].notes && !(t->bind && t->notes[i].bound))
			continue;
		if (!any)
			aside_open(b, "notes", "分类备注", 1, labels, hidden,
			    t->bind ? bshare : share, t->bind ? 4 : 2, twips);
		any = 1;
		aside_rows(b, t, &t->notes[i], 1, t->bind ? 4 : 2);
	}
	if (any)
		xb_close(b);
	aside_open(b, "info", "目录信息", 0, infolabels, none, infoshare, 2,
	    twips);
	aside_rows(b, t, t->info, t->ninfo, 2);
	xb_close(b);
}

/* The parts of a .docx, in the order zipped: static, or a stylesheet. */
static const struct {
	const char	*name;
	const char	*xsl;
} parts[] = {
	{ "[Content_Types].xml", NULL },
	{ "_rels/.rels", NULL },
	{ "docProps/app.xml", NULL },
	{ "docProps/core.xml", "docx/core.xsl" },
	{ "word/_rels/document.xml.rels", NULL },
	{ "word/document.xml", "docx/document.xsl" },
	{ "word/footer1.xml", "docx/footer.xsl" },
	{ "word/header1.xml", "docx/header.xsl" },
	{ "word/settings.xml", NULL },
	{ "word/styles.xml", NULL }
};

/*
 * With base-url, the footer's QR code: a PNG of QR_SCALE pixels a
 * module (a 45-module code is 360 pixels, 25 mm at 366 dpi), the
 * footer's relationship to it, and its type among the package's.
 */
#define QR_SCALE	8
#define QR_RELS		"<?xml version=\"1.0\" encoding=\"UTF-8\" " \
	"standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas." \
	"openxmlformats.org/package/2006/relationships\">" \
	"<Relationship Id=\"rIdQr\" Type=\"http://schemas.openxmlformats." \
	"org/officeDocument/2006/relationships/image\" " \
	"Target=\"media/qr.png\"/></Relationships>\n"

/* The type of .png added to [Content_Types].xml, before </Types>. */
static void
qr_types(struct buf *ct)
{
	const char	*end;
	struct buf	 b = BUF_INIT;

	if ((end = strstr(ct->ptr, "</Types>")) == NULL)
		return;
	buf_add(&b, ct->ptr, (size_t)(end - ct->ptr));
	buf_adds(&b, "<Default Extension=\"png\" "
	    "ContentType=\"image/png\"/>\n");
	buf_adds(&b, end);
	buf_release(ct);
	*ct = b;
}

static int
docx_one(void *ctx, size_t i)
{
	struct bjob	*jb = ctx;
	struct buf	 part = BUF_INIT, err = BUF_INIT, doc = BUF_INIT;
	struct buf	 qr = BUF_INIT;
	struct laid	 l;
	struct xdoc	*d;
	struct zipw	*zw;
	size_t		 k;
	char		*p;
	int		 rc = 0, own = 0, done = 0;

	for (k = 0; k < sizeof(parts) / sizeof(*parts); k++)
		if (parts[k].xsl != NULL)
			own |= template_own(jb->o, parts[k].xsl);
	/* Its own sheet: the columns depend on the catalog. */
	d = board_page(&l, jb->st, i, jb->o, NULL, own);
	if (l.h.qr.n > 0)
		qr_png(&l.h.qr, QR_SCALE, &qr);
	zw = zipw_new();
	if (qr_refused(jb->o, &l, jb->st->cats[i].path))
		rc = -1;
	for (k = 0; k < sizeof(parts) / sizeof(*parts) && rc == 0; k++) {
		buf_reset(&part);
		if (parts[k].xsl != NULL)
			rc = transform(jb->o, parts[k].xsl, d, NULL, &part);
		else {
			p = xasprintf("docx/%s", parts[k].name);
			rc = template_read(jb->o, p, &part);
			free(p);
		}
		if (rc == 0 && l.h.qr.n > 0 && k == 0)
			qr_types(&part);
		if (rc == 0 && strcmp(parts[k].name, "word/document.xml") ==
		    0) {
			if (splice(&doc, &part, "<?gkml-rows?>", docx_rows,
			    &l) == 0 && !template_own(jb->o,
			    "docx/document.xsl")) {
				rctx_error(jb->o->ctx,
				    _("%s: no %s where the rows go"),
				    "docx/document.xsl", "<?gkml-rows?>");
				rc = -1;
			}
			/* The table is written: freed before the rest. */
			laid_release(&l);
			done = 1;
			zipw_take(zw, parts[k].name, &doc);
		} else if (rc == 0)
			zipw_add(zw, parts[k].name, part.ptr, part.len);
		/* The QR code's image, by the footer that shows it. */
		if (rc == 0 && qr.len > 0 &&
		    strcmp(parts[k].name, "word/_rels/document.xml.rels") == 0) {
			zipw_add(zw, "word/_rels/footer1.xml.rels",
			    QR_RELS, strlen(QR_RELS));
			zipw_take(zw, "word/media/qr.png", &qr);
		}
	}
	xdoc_free(d);
	if (!done)
		laid_release(&l);
	if (zipw_finish(zw, site_stamp(jb->st->date),
	    &jb->out->v[jb->first + i].b, &err) != 0 && rc == 0) {
		rctx_error(jb->o->ctx, "%s", err.ptr);
		rc = -1;
	}
	buf_release(&part);
	buf_release(&err);
	buf_release(&qr);
	return rc;
}

int
render_docx(const struct site *st, const struct ropts *o, struct outputs *out)
{
	struct bjob	 jb = { st, o, NULL, out, out->n };

	outputs_per_catalog(out, st, ".docx");
	return par_for(st->ncats, o->jobs, docx_one, &jb);
}
