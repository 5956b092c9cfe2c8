/*
 * The rows of an area page's catalog table: see out_html.h.  The
 * markup and its classes are what templates/html/gkml.css styles.
 */
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "buf.h"
#include "column.h"
#include "hout.h"
#include "out_html.h"
#include "xml.h"

#define NCOLS_REST	"9"	/* colspan of a row's cells after 序号 and 一级 */

/* The categories above, nearest first. */
struct above {
	struct xnode		*cat;
	const struct above	*up;
	size_t			 depth;	/* 1 for a 一级事项 */
};

struct rows {
	struct arena		 a;
	struct xnode		*level;		/* the catalog's own <level>s */
	struct xnode		*header;	/* <catalog> */
	struct xnode		*cat;		/* the items' category */
	const struct above	*above;
};

/* The next sibling element called name. */
static struct xnode *
next(struct xnode *n, const char *name)
{
	while ((n = xnode_next(n)) != NULL && strcmp(xnode_name(n), name))
		continue;
	return n;
}

/* xnode_named(xnode_named(n, a), b) */
static struct xnode *
child2(struct xnode *n, const char *a, const char *b)
{
	return (n = xnode_named(n, a)) != NULL ? xnode_named(n, b) : NULL;
}

static size_t
count(struct xnode *first, const char *name)
{
	size_t	 n = 0;

	for (; first != NULL; first = next(first, name))
		n++;
	return n;
}

/* string(n): the text below n, borrowed when it is one text node. */
static const char *
sval(struct rows *r, struct xnode *n)
{
	struct buf	 b = BUF_INIT;
	struct xnode	*t;
	const char	*s;

	if (n == NULL || (t = xnode_first(n)) == NULL)
		return "";
	if (xnode_after(t) == NULL && (s = xnode_text(t)) != NULL)
		return s;
	xnode_content(n, &b);
	s = arena_strndup(&r->a, b.ptr, b.len);
	buf_release(&b);
	return s;
}

static const char *
prefixed(struct rows *r, const char *prefix, struct xnode *n)
{
	return arena_strfmt(&r->a, "%s%s", prefix,
	    sval(r, xnode_named(n, "id")));
}

/* The items below a category: count(items/item | categories//item). */
static size_t
items_below(struct xnode *cat)
{
	struct xnode	*c;
	size_t		 n;

	n = count(child2(cat, "items", "item"), "item");
	for (c = child2(cat, "categories", "category"); c != NULL;
	    c = next(c, "category"))
		n += items_below(c);
	return n;
}

/* --- CommonMark fields and vocabulary labels --- */

static void	 md(struct rows *, struct hnode *, struct xnode *);

/*
 * A node of a CommonMark field as md.c built it.  Each element is made
 * anew with only the attributes it may have, so nothing else the XML
 * form might carry reaches the page; an unknown element gives its text.
 */
static void
md_node(struct rows *r, struct hnode *parent, struct xnode *x)
{
	static const char *const same[] = { "p", "ul", "ol", "li", "em",
	    "strong", "code", "pre", "blockquote", "br", "hr" };
	struct hnode	*e;
	const char	*name, *s, *v;
	char		*end;
	long		 n;
	size_t		 i;

	if ((s = xnode_text(x)) != NULL) {
		hn_text(&r->a, parent, s);
		return;
	}
	name = xnode_name(x);
	for (i = 0; i < sizeof(same) / sizeof(*same); i++)
		if (strcmp(name, same[i]) == 0)
			break;
	if (i < sizeof(same) / sizeof(*same)) {
		e = hn_elem(&r->a, parent, same[i]);
		/* md.c writes only whole numbers; anything else is
		 * not a number. */
		if (strcmp(name, "ol") == 0 &&
		    (v = xnode_prop(x, "start")) != NULL) {
			n = strtol(v, &end, 10);
			hn_attr(&r->a, e, "start", *v != '\0' && *end == '\0' ?
			    arena_strfmt(&r->a, "%ld", n) : "NaN");
		}
		md(r, e, x);
	} else if (strcmp(name, "h4") == 0) {
		e = hn_elemc(&r->a, parent, "p", "md-h");
		md(r, hn_elem(&r->a, e, "strong"), x);
	} else if (strcmp(name, "a") == 0) {
		e = hn_elem(&r->a, parent, "a");
		v = xnode_prop(x, "href");
		hn_attr(&r->a, e, "href", v != NULL ? v : "");
		hn_attr(&r->a, e, "rel", "nofollow noopener");
		md(r, e, x);
	} else
		md(r, parent, x);
}

/* The children of x, as CommonMark markup. */
static void
md(struct rows *r, struct hnode *parent, struct xnode *x)
{
	for (x = xnode_first(x); x != NULL; x = xnode_after(x))
		md_node(r, parent, x);
}

/* A vocabulary value: its label, else the value as written. */
static void
label(struct rows *r, struct hnode *parent, struct xnode *x)
{
	const char	*l = xnode_prop(x, "label");

	hn_text(&r->a, parent, l != NULL && *l != '\0' ? l : sval(r, x));
}

/*
 * One entry as it is, several as a <ul> (of class cls) of them: of is
 * the first of its siblings called name, each made by one().
 */
static void
one_or_list(struct rows *r, struct hnode *parent, struct xnode *of,
    const char *name, const char *cls,
    void (*one)(struct rows *, struct hnode *, struct xnode *))
{
	struct hnode	*ul;

	if (of == NULL)
		return;
	if (next(of, name) == NULL) {
		one(r, parent, of);
		return;
	}
	ul = hn_elemc(&r->a, parent, "ul", cls);
	for (; of != NULL; of = next(of, name))
		one(r, hn_elem(&r->a, ul, "li"), of);
}

/* Vocabulary values: one as it is, several as a list. */
static void
labels(struct rows *r, struct hnode *parent, struct xnode *of,
    const char *name)
{
	one_or_list(r, parent, of, name, "vals", label);
}

/* --- The table --- */

/* Entries of a field: one as it is, several as a list. */
static void
list(struct rows *r, struct hnode *parent, struct xnode *of,
    const char *name)
{
	one_or_list(r, parent, of, name, NULL, md);
}

/* The "备注" block of an item or a category. */
static void
note(struct rows *r, struct hnode *parent, struct xnode *notes)
{
	struct hnode	*div;

	div = hn_elemc(&r->a, parent, "div", "note");
	hn_text(&r->a, hn_elemc(&r->a, div, "span", "note-label"), "备注");
	md(r, div, notes);
}

/* The name of a category, and （续） on a page after its first. */
static void
cat_name(struct rows *r, struct hnode *parent, struct xnode *cat)
{
	hn_text(&r->a, parent, sval(r, xnode_named(cat, "name")));
	if (xnode_prop(cat, "cont") != NULL)
		hn_text(&r->a, parent, "（续）");
}

/* The rows of a category's own items and notes, and of those below. */
static size_t
rows_below(struct xnode *cat)
{
	struct xnode	*c;
	size_t		 n;

	n = count(child2(cat, "items", "item"), "item") +
	    count(xnode_named(cat, "notes"), "notes");
	for (c = child2(cat, "categories", "category"); c != NULL;
	    c = next(c, "category"))
		n += 1 + rows_below(c);
	return n;
}

/*
 * A cell of class cls with its column's name in data-label, which a
 * narrow screen shows beside it when the rows are cards.
 */
static struct hnode *
cell(struct rows *r, struct hnode *tr, const char *tag, const char *cls,
    const char *label)
{
	struct hnode	*c;

	c = hn_elemc(&r->a, tr, tag, cls);
	hn_attr(&r->a, c, "data-label", label);
	return c;
}

/* The 一级事项 cell, spanning the rows of its group. */
static void
rowgroup(struct rows *r, struct hnode *tr, struct xnode *cat)
{
	struct hnode	*th;
	size_t		 rows;

	rows = rows_below(cat);
	th = hn_elem(&r->a, tr, "th");
	hn_attr(&r->a, th, "scope", "rowgroup");
	hn_attr(&r->a, th, "class", "l1");
	hn_attr(&r->a, th, "data-label", "一级事项");
	if (rows > 1)
		hn_attr(&r->a, th, "rowspan", arena_strfmt(&r->a, "%zu", rows));
	cat_name(r, th, cat);
}

/* A 二级事项: a row id="i-ITEM" headed by its name. */
/*
 * Of an entry that names its column or its column's URL: 1, and the
 * URL in *url (NULL: its column has none known); else 0.
 */
static int
col_url(struct rows *r, struct xnode *n, const char **url)
{
	struct xnode	*u = xnode_named(n, "column-url");

	*url = u != NULL ? sval(r, u) : NULL;
	return u != NULL || xnode_named(n, "column") != NULL;
}

/*
 * The URL of the column an item is published in on the website: its
 * own, or that of the nearest column bound above it (the column its
 * own is under), when none between names a column without one.
 */
static const char *
item_url(struct rows *r, struct xnode *item)
{
	const struct above	*a;
	const char		*u = NULL;

	if (!col_url(r, item, &u) && (r->cat == NULL ||
	    !col_url(r, r->cat, &u))) {
		for (a = r->above; a != NULL; a = a->up)
			if (col_url(r, a->cat, &u))
				break;
		if (a == NULL)
			col_url(r, r->header, &u);
	}
	/* Rendered with -O force, a URL may be anything. */
	if (u == NULL || column_url_syntax(u, strlen(u)) != NULL)
		return NULL;
	return u;
}

static void
row(struct rows *r, struct hnode *tbody, struct xnode *item, size_t no,
    struct xnode *lead)
{
	struct hnode	*tr, *th, *td, *span, *ul, *li, *a;
	struct xnode	*x, *y;
	const char	*l, *o, *url;

	tr = hn_elem(&r->a, tbody, "tr");
	hn_attr(&r->a, tr, "id", prefixed(r, "i-", item));
	hn_text(&r->a, cell(r, tr, "td", "no", "序号"),
	    arena_strfmt(&r->a, "%zu", no));
	if (lead != NULL)
		rowgroup(r, tr, lead);
	th = hn_elem(&r->a, tr, "th");
	hn_attr(&r->a, th, "scope", "row");
	hn_attr(&r->a, th, "class", "l2");
	hn_attr(&r->a, th, "data-label", "二级事项");
	hn_text(&r->a, th, sval(r, xnode_named(item, "name")));
	if ((x = child2(item, "stage", "stage")) != NULL) {
		span = hn_elemc(&r->a, th, "span", "stage");
		hn_text(&r->a, span, "五公开：");
		for (y = x; y != NULL; y = next(y, "stage")) {
			if (y != x)
				hn_text(&r->a, span, "、");
			label(r, span, y);
		}
	}
	td = cell(r, tr, "td", "content", "公开内容");
	list(r, td, child2(item, "content", "text"), "text");
	if ((x = xnode_named(item, "notes")) != NULL)
		note(r, td, x);
	list(r, cell(r, tr, "td", "basis", "公开依据"),
	    child2(item, "basis", "citation"), "citation");
	hn_text(&r->a, cell(r, tr, "td", "deadline", "公开时限"),
	    sval(r, child2(item, "deadline", "text")));
	hn_text(&r->a, cell(r, tr, "td", "body", "公开主体"),
	    sval(r, xnode_named(item, "body")));
	td = cell(r, tr, "td", "channels", "公开渠道和载体");
	if ((x = child2(item, "channels", "channel")) != NULL) {
		ul = hn_elemc(&r->a, td, "ul", "channels");
		for (; x != NULL; x = next(x, "channel")) {
			li = hn_elem(&r->a, ul, "li");
			l = xnode_prop(x, "label");
			/* The website: a link to the item's column. */
			if (strcmp(sval(r, x), "website") == 0 &&
			    (url = item_url(r, item)) != NULL) {
				a = hn_elemc(&r->a, li, "a", "column");
				hn_attr(&r->a, a, "href", url);
				hn_text(&r->a, a, l);
			} else
				hn_text(&r->a, li, l);
			if ((o = xnode_prop(x, "other")) != NULL) {
				hn_text(&r->a, li, "：");
				hn_text(&r->a, li, o);
			}
			if (l == NULL || *l == '\0')
				hn_text(&r->a, li, sval(r, x));
		}
	}
	labels(r, cell(r, tr, "td", "audience", "公开对象"),
	    child2(item, "audience", "audience"), "audience");
	labels(r, cell(r, tr, "td", "mode", "公开方式"),
	    child2(item, "mode", "mode"), "mode");
	td = cell(r, tr, "td", "levels", "公开层级");
	if ((x = child2(item, "levels", "level")) != NULL)
		labels(r, td, x, "level");
	else
		labels(r, td, r->level, "level");
}

static void	 cats(struct rows *, struct hnode *, struct xnode *, size_t,
		    int, struct xnode *);

/* The rows of a category: its items, sub-categories and notes. */
static void
cat_rows(struct rows *r, struct hnode *tbody, struct xnode *cat,
    size_t start, struct xnode *lead)
{
	struct hnode	*tr, *td;
	struct xnode	*items, *subs, *notes, *x;
	struct above	 me;
	size_t		 n = 0;

	items = child2(cat, "items", "item");
	subs = child2(cat, "categories", "category");
	notes = xnode_named(cat, "notes");
	r->cat = cat;
	for (x = items; x != NULL; x = next(x, "item"), n++)
		row(r, tbody, x, start + n, n == 0 ? lead : NULL);
	me.cat = cat;
	me.up = r->above;
	me.depth = me.up != NULL ? me.up->depth + 1 : 1;
	r->above = &me;
	cats(r, tbody, subs, start + n, 0, items == NULL ? lead : NULL);
	r->above = me.up;
	if (notes != NULL) {
		tr = hn_elemc(&r->a, tbody, "tr", "cat-notes");
		hn_elemc(&r->a, tr, "td", "no");
		if (lead != NULL && items == NULL && subs == NULL)
			rowgroup(r, tr, lead);
		td = hn_elem(&r->a, tr, "td");
		hn_attr(&r->a, td, "colspan", NCOLS_REST);
		note(r, td, notes);
	} else if (items == NULL && subs == NULL && lead != NULL) {
		tr = hn_elem(&r->a, tbody, "tr");
		hn_elemc(&r->a, tr, "td", "no");
		rowgroup(r, tr, lead);
		td = hn_elemc(&r->a, tr, "td", "empty");
		hn_attr(&r->a, td, "colspan", NCOLS_REST);
		hn_text(&r->a, td, "本类暂无事项。");
	}
}

/* The way down to a sub-category: "二级 › 三级 › " */
static void
sub_path(struct rows *r, struct hnode *span, const struct above *a)
{
	if (a->up == NULL)
		return;
	sub_path(r, span, a->up);
	hn_text(&r->a, span, sval(r, xnode_named(a->cat, "name")));
	hn_text(&r->a, span, " › ");
}

/* A 一级事项: a row group.  A sub-category: a heading row. */
static void
cat(struct rows *r, struct hnode *parent, struct xnode *c, size_t start,
    int top, struct xnode *lead)
{
	struct hnode	*tbody, *tr, *td;

	if (top) {
		tbody = hn_elem(&r->a, parent, "tbody");
		hn_attr(&r->a, tbody, "id", prefixed(r, "c-", c));
		cat_rows(r, tbody, c, start, c);
		return;
	}
	tr = hn_elemc(&r->a, parent, "tr", "sub");
	hn_attr(&r->a, tr, "id", prefixed(r, "c-", c));
	hn_elemc(&r->a, tr, "td", "no");
	if (lead != NULL)
		rowgroup(r, tr, lead);
	td = hn_elemc(&r->a, tr, "td", "sub-name");
	hn_attr(&r->a, td, "colspan", NCOLS_REST);
	/* The way down from the 一级事项, when it is more than one step. */
	if (r->above != NULL && r->above->depth >= 2)
		sub_path(r, hn_elemc(&r->a, td, "span", "sub-path"),
		    r->above);
	cat_name(r, hn_elem(&r->a, td, "strong"), c);
	cat_rows(r, parent, c, start, NULL);
}

/* Categories in order, their items numbered from start. */
static void
cats(struct rows *r, struct hnode *parent, struct xnode *c, size_t start,
    int top, struct xnode *lead)
{
	for (; c != NULL; c = next(c, "category"), lead = NULL) {
		cat(r, parent, c, start, top, lead);
		start += items_below(c);
	}
}

void
html_rows(struct xnode *gkml, struct buf *out)
{
	struct rows	 r;
	struct hnode	*table, *td;
	struct xnode	*render, *pg, *first;
	const char	*s;
	size_t		 start = 1;

	memset(&r, 0, sizeof(r));
	arena_init(&r.a);
	r.header = xnode_named(gkml, "catalog");
	r.level = xnode_named(r.header, "level");
	/* The 序号 of the page's first item, on a page of several. */
	render = xnode_named(gkml, "render");
	if ((pg = xnode_named(render, "page")) != NULL && next(pg,
	    "page") != NULL)
		for (; pg != NULL; pg = next(pg, "page"))
			if (xnode_prop(pg, "current") != NULL) {
				s = xnode_prop(pg, "first");
				start = s != NULL ? strtoul(s, NULL, 10) : 0;
				break;
			}
	table = hn_root(&r.a, "table");
	if ((first = child2(gkml, "categories", "category")) != NULL)
		cats(&r, table, first, start, 1, NULL);
	else {
		td = hn_elemc(&r.a, hn_elem(&r.a, hn_elem(&r.a, table,
		    "tbody"), "tr"), "td", "empty");
		hn_attr(&r.a, td, "colspan", "11");
		hn_text(&r.a, td, "本目录暂无事项。");
	}
	hn_write_children(table, out);
	arena_release(&r.a);
}
