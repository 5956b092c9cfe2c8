/*
 * The website's column tree (栏目), as a content management system
 * imports it: one row per column that the catalogs of a run bind,
 * with every column above one, as CSV (columns.csv), as XML
 * (columns.xml) and the XML's schema (columns.xsd).
 *
 * The rows come parents first, in the order of the catalogs and of
 * their entries: a column is listed where it is first bound, after
 * the columns above it.  A column's URL is the first one given for it;
 * two different ones are a finding of gkml-validate (GK133).  Which
 * columns are bound, and how, is column.c's to say.
 */
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "buf.h"
#include "catalog.h"
#include "column.h"
#include "doc.h"
#include "esc.h"
#include "hash.h"
#include "render.h"
#include "xml.h"
#include "xmalloc.h"

/* A catalog or item a column serves. */
struct colref {
	const char	*catalog;
	const char	*item;		/* NULL: the catalog binds it */
	struct colref	*next;
};

struct colrow {
	const char	*path;
	size_t		 len;
	const char	*name;		/* its last level */
	const char	*parent;	/* NULL at the top */
	unsigned	 depth;		/* 1 at the top */
	const char	*url;
	struct colref	*refs, *last;	/* last: the rows move, so no
					   pointer into one is kept */
};

struct tree {
	struct arena	 a;
	struct hash	 rows;		/* path -> index + 1 */
	struct colrow	*v;
	size_t		 n, cap;
};

/* The row of path's first len bytes, made with those above it. */
static struct colrow *
row(struct tree *t, const char *path, size_t len)
{
	struct colrow	*r;
	void		*at;
	size_t		 i, up = 0;

	if ((at = hash_get(&t->rows, path, len)) != NULL)
		return &t->v[(size_t)at - 1];
	for (i = 0; i < len; i++)
		if (path[i] == '/')
			up = i;
	if (up > 0)
		row(t, path, up);
	if (t->n == t->cap) {
		t->cap = t->cap ? 2 * t->cap : 64;
		t->v = xreallocarray(t->v, t->cap, sizeof(*t->v));
	}
	r = &t->v[t->n++];
	memset(r, 0, sizeof(*r));
	r->path = arena_strndup(&t->a, path, len);
	r->len = len;
	r->name = up > 0 ? r->path + up + 1 : r->path;
	r->parent = up > 0 ? arena_strndup(&t->a, path, up) : NULL;
	for (r->depth = 1, i = 0; i < len; i++)
		r->depth += path[i] == '/';
	hash_put(&t->rows, r->path, len, (void *)t->n);
	return r;
}

static void
refer(struct tree *t, struct colrow *r, const char *catalog, const char *item)
{
	struct colref	*f;

	for (f = r->refs; f != NULL; f = f->next)
		if (strcmp(f->catalog, catalog) == 0 && (f->item == item ||
		    (f->item != NULL && item != NULL &&
		    strcmp(f->item, item) == 0)))
			return;
	f = arena_calloc(&t->a, 1, sizeof(*f));
	f->catalog = catalog;
	f->item = item;
	if (r->last != NULL)
		r->last->next = f;
	else
		r->refs = f;
	r->last = f;
}

static void
add_catalog(struct tree *t, const struct rcat *c)
{
	struct colset		 set;
	const struct colbind	*b;
	struct colrow		*r;
	const char		*u;
	size_t			 i;

	column_bind(&set, c->m, &t->a);
	for (i = 0; i < set.n; i++) {
		b = &set.v[i];
		/* A category is a column of its own where it says so; else
		 * only above the columns of its items. */
		if (b->path == NULL || (b->cat != NULL && b->own == NULL &&
		    b->url == NULL))
			continue;
		r = row(t, b->path, b->len);
		refer(t, r, c->id != NULL ? c->id : c->path, b->item != NULL ?
		    node_str(b->item->id) : NULL);
		/* Rendered with -O force, a URL may be anything. */
		if (r->url == NULL && b->url != NULL &&
		    (u = node_str(b->url)) != NULL &&
		    column_url_syntax(u, strlen(u)) == NULL)
			r->url = u;
	}
	/* A category above its items' columns is bound by the catalog. */
	for (i = 0; i < set.n; i++) {
		b = &set.v[i];
		if (b->cat != NULL && b->path != NULL && (r = hash_get(&t->rows,
		    b->path, b->len)) != NULL)
			refer(t, &t->v[(size_t)(void *)r - 1], c->id != NULL ?
			    c->id : c->path, NULL);
	}
}

/* Whether f's catalog is named by a reference before it. */
static int
named_before(const struct colrow *r, const struct colref *f)
{
	const struct colref	*g;

	for (g = r->refs; g != f; g = g->next)
		if (strcmp(g->catalog, f->catalog) == 0)
			return 1;
	return 0;
}

static void
write_csv(const struct tree *t, struct buf *o)
{
	const struct colrow	*r;
	const struct colref	*f;
	size_t			 i;
	int			 sp;

	buf_adds(o, "path,name,depth,parent,catalogs,items,url\r\n");
	for (i = 0; i < t->n; i++) {
		r = &t->v[i];
		cell_escape(o, r->path, ',');
		buf_addch(o, ',');
		cell_escape(o, r->name, ',');
		buf_addf(o, ",%u,", r->depth);
		cell_escape(o, r->parent, ',');
		/* Ids hold no space, comma or quote. */
		buf_addch(o, ',');
		for (sp = 0, f = r->refs; f != NULL; f = f->next)
			if (!named_before(r, f)) {
				buf_adds(o, sp++ ? " " : "");
				buf_adds(o, f->catalog);
			}
		buf_addch(o, ',');
		for (sp = 0, f = r->refs; f != NULL; f = f->next)
			if (f->item != NULL) {
				buf_adds(o, sp++ ? " " : "");
				buf_adds(o, f->item);
			}
		buf_addch(o, ',');
		cell_escape(o, r->url, ',');
		buf_adds(o, "\r\n");
	}
}

static void
write_xml(const struct tree *t, struct buf *o)
{
	const struct colrow	*r;
	const struct colref	*f;
	struct xbuild		*x;
	struct xdoc		*d;
	size_t			 i;

	x = xb_new("columns");
	xb_attr(x, "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
	xb_attr(x, "xsi:noNamespaceSchemaLocation", "columns.xsd");
	xb_num(x, "count", (long long)t->n);
	for (i = 0; i < t->n; i++) {
		r = &t->v[i];
		xb_open(x, "column");
		xb_attr(x, "path", r->path);
		xb_attr(x, "name", r->name);
		xb_num(x, "depth", r->depth);
		xb_attr(x, "parent", r->parent);
		xb_attr(x, "url", r->url);
		for (f = r->refs; f != NULL; f = f->next) {
			xb_open(x, f->item != NULL ? "item" : "catalog");
			if (f->item != NULL) {
				xb_attr(x, "catalog", f->catalog);
				xb_attr(x, "id", f->item);
			} else
				xb_attr(x, "id", f->catalog);
			xb_close(x);
		}
		xb_close(x);
	}
	d = xb_finish(x);
	xdoc_write(d, o);
	xdoc_free(d);
}

/* The schema of columns.xml. */
static const char xsd[] =
"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
"<!-- The website's column tree (栏目) that gkml-render -T columns writes:\n"
"     a column per row, parents first; see gkml-render(1). -->\n"
"<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\">\n"
"  <xs:element name=\"columns\">\n"
"    <xs:complexType>\n"
"      <xs:sequence>\n"
"        <xs:element name=\"column\" type=\"column\" minOccurs=\"0\" "
    "maxOccurs=\"unbounded\"/>\n"
"      </xs:sequence>\n"
"      <xs:attribute name=\"count\" type=\"xs:nonNegativeInteger\" "
    "use=\"required\"/>\n"
"    </xs:complexType>\n"
"    <xs:key name=\"path\">\n"
"      <xs:selector xpath=\"column\"/>\n"
"      <xs:field xpath=\"@path\"/>\n"
"    </xs:key>\n"
"    <xs:keyref name=\"parent\" refer=\"path\">\n"
"      <xs:selector xpath=\"column\"/>\n"
"      <xs:field xpath=\"@parent\"/>\n"
"    </xs:keyref>\n"
"  </xs:element>\n"
"  <xs:complexType name=\"column\">\n"
"    <xs:choice minOccurs=\"0\" maxOccurs=\"unbounded\">\n"
"      <xs:element name=\"catalog\">\n"
"        <xs:complexType>\n"
"          <xs:attribute name=\"id\" type=\"xs:string\" use=\"required\"/>\n"
"        </xs:complexType>\n"
"      </xs:element>\n"
"      <xs:element name=\"item\">\n"
"        <xs:complexType>\n"
"          <xs:attribute name=\"catalog\" type=\"xs:string\" "
    "use=\"required\"/>\n"
"          <xs:attribute name=\"id\" type=\"xs:string\" use=\"required\"/>\n"
"        </xs:complexType>\n"
"      </xs:element>\n"
"    </xs:choice>\n"
"    <xs:attribute name=\"path\" type=\"xs:string\" use=\"required\"/>\n"
"    <xs:attribute name=\"name\" type=\"xs:string\" use=\"required\"/>\n"
"    <xs:attribute name=\"depth\" type=\"xs:positiveInteger\" "
    "use=\"required\"/>\n"
"    <xs:attribute name=\"parent\" type=\"xs:string\"/>\n"
"    <xs:attribute name=\"url\" type=\"xs:string\"/>\n"
"  </xs:complexType>\n"
"</xs:schema>\n";

void
columns_xsd(struct buf *o)
{
	buf_add(o, xsd, sizeof(xsd) - 1);
}

int
render_columns(const struct site *st, const struct ropts *o,
    struct outputs *out)
{
	static const char *const names[] = { "columns.csv", "columns.xml",
	    "columns.xsd" };
	struct tree	 t;
	struct buf	*b;
	size_t		 i;

	memset(&t, 0, sizeof(t));
	arena_init(&t.a);
	for (i = 0; i < st->ncats; i++)
		add_catalog(&t, &st->cats[i]);
	for (i = 0; i < 3; i++) {
		if (o->only != NULL && strcmp(o->only, names[i]) != 0)
			continue;
		b = &outputs_add(out, names[i])->b;
		if (i == 0)
			write_csv(&t, b);
		else if (i == 1)
			write_xml(&t, b);
		else
			columns_xsd(b);
	}
	hash_release(&t.rows);
	free(t.v);
	arena_release(&t.a);
	return 0;
}
