/*
 * The semantic diff.
 *
 * Each side is flattened into its categories and items, each kept in
 * a table by id, so pairing is linear in the size of the catalogs.
 * Items left over on both sides are then matched as renames: first by
 * an exact signature of everything but the id (a hash), then, among
 * the few still left, by name or content with a field-by-field
 * similarity.  A removed category whose items mostly went to one added
 * category was renamed.  Changes come out in the order a reader wants
 * them: catalog fields, then each category of the new version (removed
 * ones last) with its own changes and those of its items.
 *
 * Values are compared as meant: vocabulary values through the schema's
 * slugs, labels and aliases; time limits through their parsed form;
 * lists of slugs and citations as sets.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "buf.h"
#include "catalog.h"
#include "deadline.h"
#include "diag.h"
#include "diff.h"
#include "doc.h"
#include "hash.h"
#include "schema.h"
#include "utf8.h"
#include "xmalloc.h"

#define NEAR_MIN	60	/* percent alike for a rename */

struct dcat;

struct ditem {
	const struct catalog_item	*rec;
	const char		*id;
	const struct node	*map;
	const struct node	*idnode;
	struct dcat		*cat;
	unsigned		 idx;		/* among its category's items */
	struct ditem		*pair;		/* the same item, other side */
	int			 similarity;	/* of a rename, else 0 */
	uint64_t		 sig;		/* all but the id */
};

struct dcat {
	const struct catalog_category *rec;
	const char		*id;
	const struct node	*map;
	const struct node	*idnode;
	struct dcat		*parent;
	struct dcat		*pair;
	int			 renamed;	/* paired through its items */
	int			 similarity;	/* share of items that came */
	struct ditem		**items;
	size_t			 nitems;
};

struct dna {
	const char		*id;
	const struct node	*map;
	const struct node	*idnode;
	const struct node	*name, *reason;
};

struct side {
	struct doc		*d;
	const struct catalog	*cat;
	const char		*catalog;
	const struct node	*meta;
	struct dcat		*cats;		/* in document order */
	size_t			 ncats;
	struct ditem		*items;
	size_t			 nitems;
	struct dna		*na;
	size_t			 nna;
	struct hash		 catid, itemid, naid;
};

struct differ {
	struct diff		*df;
	const struct schema	*s;
	const struct diff_opts	*opts;
	const struct stype	*t_item, *t_cat, *t_catalog, *t_na;
	struct side		 a, b;		/* old, new */
	struct hash		 dlcache;	/* time limit -> struct deadline */
	struct arena		 tmp;
};

void
diff_init(struct diff *df)
{
	memset(df, 0, sizeof(*df));
	arena_init(&df->arena);
}

void
diff_release(struct diff *df)
{
	free(df->v);
	arena_release(&df->arena);
	memset(df, 0, sizeof(*df));
}

static struct change *
add(struct diff *df, enum change_kind kind)
{
	struct change	*c;

	if (df->n == df->cap) {
		df->cap = df->cap ? 2 * df->cap : 64;
		df->v = xreallocarray(df->v, df->cap, sizeof(*df->v));
	}
	c = &df->v[df->n++];
	memset(c, 0, sizeof(*c));
	c->kind = kind;
	df->count[kind]++;
	return c;
}

static const char *
dup(struct diff *df, const char *s)
{
	return s == NULL ? NULL : arena_strdup(&df->arena, s);
}

static int
cmp_u64(const void *a, const void *b)
{
	uint64_t	 x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return x < y ? -1 : x > y;
}

/* --- flattening a catalog --- */

static void
na_put(struct side *sd, const struct node *map, const struct node *id,
    const struct node *name, const struct node *reason)
{
	struct dna	*e = &sd->na[sd->nna++];

	e->id = id->u.s;
	e->map = map;
	e->idnode = id;
	e->name = name;
	e->reason = reason;
}

/*
 * Put v in t under id.  An id seen before (an invalid catalog, but one
 * that loads) goes in as "id", "id\x1f2", "id\x1f3"..., so the n-th
 * occurrence on one side pairs with the n-th on the other.
 */
static void
put_id(struct differ *x, struct hash *t, const char *id, void *v)
{
	const char	*key = id;
	unsigned	 n = 1;

	while (hash_put(t, key, strlen(key), v)->val != v)
		key = arena_strfmt(&x->tmp, "%s\x1f%u", id, ++n);
}

static void *
get_id(struct differ *x, struct hash *t, const char *id, unsigned n)
{
	const char	*key;

	key = n == 1 ? id : arena_strfmt(&x->tmp, "%s\x1f%u", id, n);
	return hash_get(t, key, strlen(key));
}

/*
 * The catalog's categories, in document order (each before those under
 * it), and its items, by category in that order: a category or item
 * without an id is left out, with what is under it.
 */
static void
flatten(struct differ *x, struct side *sd, struct doc *d)
{
	const struct catalog_category *cat;
	const struct catalog_item *it;
	struct catalog_iter	 iter;
	struct dcat		*k;
	struct ditem		*t;
	size_t			 i, j, *up = NULL, nup = 0;
	unsigned		 skip = 0;	/* 1 + the depth left out */

	memset(sd, 0, sizeof(*sd));
	sd->d = d;
	sd->cat = catalog_build(&x->tmp, d->root, d);
	sd->meta = sd->cat->hdr.node;
	if ((sd->catalog = node_str(sd->cat->hdr.id)) == NULL)
		sd->catalog = d->path;
	sd->cats = xcalloc(sd->cat->allcats ? sd->cat->allcats : 1,
	    sizeof(*sd->cats));
	sd->items = xcalloc(sd->cat->allitems ? sd->cat->allitems : 1,
	    sizeof(*sd->items));
	catalog_iter_init(&iter, sd->cat);
	while (catalog_next(&iter) != CEV_DONE) {
		if (iter.kind != CK_CATEGORY)
			continue;
		cat = iter.u.cat;
		if (iter.ev == CEV_EXIT) {
			if (skip == cat->depth + 1)
				skip = 0;
			continue;
		}
		if (skip != 0)
			continue;
		if (cat->node->kind != NODE_MAP || node_str(cat->id) == NULL) {
			skip = cat->depth + 1;
			continue;
		}
		/* Those kept on the way down: its parent is the last. */
		if (cat->depth >= nup) {
			up = xreallocarray(up, cat->depth + 1, sizeof(*up));
			nup = cat->depth + 1;
		}
		up[cat->depth] = sd->ncats;
		k = &sd->cats[sd->ncats++];
		k->rec = cat;
		k->id = cat->id->u.s;
		k->map = cat->node;
		k->idnode = cat->id;
		k->parent = cat->depth > 0 ? &sd->cats[up[cat->depth - 1]] :
		    NULL;
		put_id(x, &sd->catid, k->id, k);
	}
	free(up);
	for (i = 0; i < sd->ncats; i++) {
		k = &sd->cats[i];
		if (k->rec->nitems > 0)
			k->items = arena_calloc(&x->tmp, k->rec->nitems,
			    sizeof(*k->items));
		for (j = 0; j < k->rec->nitems; j++) {
			it = &k->rec->items[j];
			if (it->node->kind != NODE_MAP ||
			    node_str(it->id) == NULL)
				continue;
			t = &sd->items[sd->nitems++];
			t->rec = it;
			t->id = it->id->u.s;
			t->map = it->node;
			t->idnode = it->id;
			t->cat = k;
			t->idx = (unsigned)k->nitems;
			k->items[k->nitems++] = t;
			put_id(x, &sd->itemid, t->id, t);
		}
	}
	/* Omitted and not-applicable items: one list, keyed by id. */
	sd->na = xcalloc(sd->cat->nomit + sd->cat->nna + 1, sizeof(*sd->na));
	for (i = 0; i < sd->cat->nomit; i++)
		if (node_str(sd->cat->omit[i].id) != NULL)
			na_put(sd, sd->cat->omit[i].node, sd->cat->omit[i].id,
			    NULL, sd->cat->omit[i].reason);
	for (i = 0; i < sd->cat->nna; i++)
		if (node_str(sd->cat->na[i].id) != NULL)
			na_put(sd, sd->cat->na[i].node, sd->cat->na[i].id,
			    sd->cat->na[i].name, sd->cat->na[i].reason);
	for (i = 0; i < sd->nna; i++)
		put_id(x, &sd->naid, sd->na[i].id, &sd->na[i]);
}

static void
side_release(struct side *sd)
{
	free(sd->cats);
	free(sd->items);
	free(sd->na);
	hash_release(&sd->catid);
	hash_release(&sd->itemid);
	hash_release(&sd->naid);
}

/* --- values as meant --- */

/* A vocabulary value as its slug; "other: x" and unknowns as written. */
static const char *
as_slug(const struct differ *x, const struct vocab *v, const struct node *n)
{
	const struct vmatch	*m;
	const char		*o;

	if ((o = catalog_other(n)) != NULL)
		return arena_strfmt((struct arena *)&x->df->arena, "other: %s",
		    o);
	if (n->kind != NODE_SCALAR)
		return "";
	if (v != NULL && (m = vocab_find(v, n->u.s, n->n)) != NULL)
		return m->term->slug;
	return n->u.s;
}

/* The members of a one-or-list value, normalised for comparing. */
static size_t
members(struct differ *x, const struct skey *k, const struct node *n,
    const char ***out)
{
	const struct vocab	*v = k != NULL && k->type->kind == ST_VOCAB ?
				    k->type->vocab : NULL;
	const char		**m;
	size_t			 i, cnt;

	if (n == NULL || node_is_null(n)) {
		*out = NULL;
		return 0;
	}
	cnt = n->kind == NODE_SEQ ? n->n : 1;
	m = arena_calloc(&x->tmp, cnt ? cnt : 1, sizeof(*m));
	for (i = 0; i < cnt; i++)
		m[i] = as_slug(x, v, n->kind == NODE_SEQ ? &n->u.kids[i] : n);
	*out = m;
	return cnt;
}

/* Any value as one line of text, for showing it. */
static void
text_of(struct buf *b, const struct node *n)
{
	unsigned	 i;

	if (n == NULL)
		return;
	if (n->kind == NODE_SCALAR) {
		buf_add(b, n->u.s, n->n);
		return;
	}
	for (i = 0; i < n->n; i++) {
		if (i > 0)
			buf_adds(b, n->kind == NODE_MAP && i % 2 ? ": " : ", ");
		if (n->u.kids[i].kind == NODE_SCALAR)
			buf_add(b, n->u.kids[i].u.s, n->u.kids[i].n);
		else {
			buf_addch(b, n->u.kids[i].kind == NODE_SEQ ? '[' : '{');
			text_of(b, &n->u.kids[i]);
			buf_addch(b, n->u.kids[i].kind == NODE_SEQ ? ']' : '}');
		}
	}
}

static const char *
show(struct differ *x, const struct node *n)
{
	struct buf	 b = BUF_INIT;
	const char	*s;

	if (n == NULL || node_is_null(n))
		return NULL;
	text_of(&b, n);
	s = arena_strndup(&x->df->arena, b.ptr, b.len);
	buf_release(&b);
	return s;
}

/* Members as one line of text, as the slugs they stand for. */
static const char *
join(struct differ *x, const char **m, size_t n)
{
	struct buf	 b = BUF_INIT;
	const char	*s;
	size_t		 i;

	if (n == 0)
		return NULL;
	for (i = 0; i < n; i++)
		buf_addf(&b, "%s%s", i ? ", " : "", m[i]);
	s = arena_strndup(&x->df->arena, b.ptr, b.len);
	buf_release(&b);
	return s;
}

static const struct deadline *
parsed(struct differ *x, const char *s)
{
	struct deadline	*dl;

	if ((dl = hash_get(&x->dlcache, s, strlen(s))) != NULL)
		return dl;
	dl = arena_alloc(&x->tmp, sizeof(*dl));
	deadline_parse(&x->tmp, s, dl);
	hash_put(&x->dlcache, arena_strdup(&x->tmp, s), strlen(s), dl);
	return dl;
}

/* In days, roughly, to tell longer from shorter; -1 when unknown. */
static long
span(const struct deadline *dl)
{
	switch (dl->kind) {
	case DL_REALTIME:
		return 0;
	case DL_RELATIVE:
		switch (dl->unit) {
		case DL_UNIT_WORKING_DAY:
			return dl->amount * 7L / 5;
		case DL_UNIT_DAY:
			return dl->amount;
		case DL_UNIT_MONTH:
			return dl->amount * 30L;
		default:
			return -1;
		}
	default:
		return -1;
	}
}

int
diff_eq_has(const char **v, size_t n, const char *s)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if (strcmp(v[i], s) == 0)
			return 1;
	return 0;
}

static int
ignored(const struct differ *x, const char *scope, const char *field)
{
	size_t	 i;
	size_t	 n = strlen(scope);

	for (i = 0; i < x->opts->nignore; i++) {
		if (strcmp(x->opts->ignore[i], field) == 0)
			return 1;
		if (strncmp(x->opts->ignore[i], scope, n) == 0 &&
		    x->opts->ignore[i][n] == '.' &&
		    strcmp(x->opts->ignore[i] + n + 1, field) == 0)
			return 1;
	}
	return 0;
}

/* Where a change is: the nodes its lines are read from. */
static void
at(struct change *c, const struct node *o, const struct node *n)
{
	c->oldat = o;
	c->oldline = o != NULL ? o->line : 0;
	c->newat = n;
	c->newline = n != NULL ? n->line : 0;
}

/* The file node n was read from: d's own, or a layer of an overlay. */
static const char *
line_file(const struct doc *d, const struct node *n)
{
	const char	*f;

	if (n != NULL && d->origin != NULL &&
	    (f = d->origin(d->origin_ctx, n)) != NULL)
		return f;
	return d->path;
}

/*
 * Compare one field.  Returns 1 when it differs; with c not NULL, fills
 * in the change (values, members, impact).
 */
static int
field_differs(struct differ *x, const struct skey *k, const char *name,
    const struct node *o, const struct node *n, struct change *c)
{
	const char		**om, **nm, **add_, **rem;
	const struct deadline	*od, *nd;
	size_t			 no, nn, i, na = 0, nr = 0;
	long			 so, sn;
	int			 list;

	if (o != NULL && node_is_null(o))
		o = NULL;
	if (n != NULL && node_is_null(n))
		n = NULL;
	if (o == NULL && n == NULL)
		return 0;
	if (k != NULL && k->type->kind == ST_DEADLINE && o != NULL &&
	    n != NULL && node_str(o) != NULL && node_str(n) != NULL) {
		od = parsed(x, o->u.s);
		nd = parsed(x, n->u.s);
		if (deadline_equal(od, nd))
			return 0;
		if (c != NULL) {
			so = span(od);
			sn = span(nd);
			if (so >= 0 && sn > so)
				c->impact = "time limit longer";
		}
		goto values;
	}
	list = (o != NULL && o->kind == NODE_SEQ) ||
	    (n != NULL && n->kind == NODE_SEQ) ||
	    (k != NULL && k->type->kind == ST_VOCAB);
	if (!list || (k == NULL && (o == NULL || n == NULL ||
	    o->kind == NODE_MAP || n->kind == NODE_MAP))) {
		if (o != NULL && n != NULL && o->kind == NODE_SCALAR &&
		    n->kind == NODE_SCALAR) {
			if (o->n == n->n && memcmp(o->u.s, n->u.s, o->n) == 0)
				return 0;
		} else if (o != NULL && n != NULL) {
			struct buf	 a = BUF_INIT, b = BUF_INIT;
			int		 same;

			text_of(&a, o);
			text_of(&b, n);
			same = a.len == b.len && memcmp(a.ptr, b.ptr, a.len) == 0 &&
			    o->kind == n->kind;
			buf_release(&a);
			buf_release(&b);
			if (same)
				return 0;
		}
		goto values;
	}
	/* Lists and vocabulary values: as sets of members. */
	no = members(x, k, o, &om);
	nn = members(x, k, n, &nm);
	add_ = arena_calloc(&x->df->arena, nn ? nn : 1, sizeof(*add_));
	rem = arena_calloc(&x->df->arena, no ? no : 1, sizeof(*rem));
	for (i = 0; i < nn; i++)
		if (!diff_eq_has(om, no, nm[i]) && !diff_eq_has(add_, na, nm[i]))
			add_[na++] = dup(x->df, nm[i]);
	for (i = 0; i < no; i++)
		if (!diff_eq_has(nm, nn, om[i]) && !diff_eq_has(rem, nr, om[i]))
			rem[nr++] = dup(x->df, om[i]);
	if (na == 0 && nr == 0) {
		if (!x->opts->order || no != nn)
			return 0;
		for (i = 0; i < no && strcmp(om[i], nm[i]) == 0; i++)
			continue;
		if (i == no)
			return 0;
	}
	if (c != NULL && k != NULL && k->type->kind == ST_VOCAB) {
		c->old = join(x, om, no);
		c->new = join(x, nm, nn);
	}
	if (c != NULL) {
		c->added = add_;
		c->nadded = na;
		c->removed = rem;
		c->nremoved = nr;
		if (nr > 0 && strcmp(name, "channels") == 0)
			c->impact = "channel removed";
		else if (strcmp(name, "mode") == 0 && diff_eq_has(om, no, "proactive") &&
		    !diff_eq_has(nm, nn, "proactive"))
			c->impact = "proactive disclosure made on request";
		else if (strcmp(name, "audience") == 0 && diff_eq_has(om, no, "public") &&
		    !diff_eq_has(nm, nn, "public"))
			c->impact = "narrower audience";
		else if (nr > 0 && strcmp(name, "levels") == 0)
			c->impact = "published at fewer levels";
	}
values:
	if (c != NULL) {
		c->field = dup(x->df, name);
		if (c->old == NULL && c->new == NULL) {
			c->old = show(x, o);
			c->new = show(x, n);
		}
		at(c, o, n);
	}
	return 1;
}

/*
 * The fields of two mappings of type t, in schema order and then the
 * extensions: the names that are in either.
 */
static size_t
field_names(const struct stype *t, const struct node *a,
    const struct node *b, const char **names, size_t max)
{
	const struct node	*m;
	size_t			 i, n = 0, j;
	unsigned		 k;

	/* Ids pair things; only a catalog's own id is a field. */
	for (i = 0; t != NULL && i < t->nkeys && n < max; i++)
		if ((strcmp(t->keys[i].name, "id") != 0 ||
		    strcmp(t->name, "catalog") == 0) &&
		    strcmp(t->keys[i].name, "items") != 0 &&
		    strcmp(t->keys[i].name, "categories") != 0)
			names[n++] = t->keys[i].name;
	for (j = 0; j < 2; j++) {
		m = j == 0 ? a : b;
		if (m == NULL || m->kind != NODE_MAP)
			continue;
		for (k = 0; k < m->n && n < max; k += 2) {
			if (m->u.kids[k].kind != NODE_SCALAR ||
			    (t != NULL && stype_key(t, m->u.kids[k].u.s,
			    m->u.kids[k].n) != NULL) ||
			    diff_eq_has(names, n, m->u.kids[k].u.s))
				continue;
			names[n++] = m->u.kids[k].u.s;
		}
	}
	return n;
}

#define MAXFIELDS	64

/* Emit a change per differing field of two mappings of type t. */
static size_t
fields(struct differ *x, enum change_kind kind, const struct stype *t,
    const char *scope, const struct node *a, const struct node *b,
    const struct change *proto)
{
	const char		*names[MAXFIELDS];
	const struct skey	*k;
	struct change		 c, *p;
	size_t			 n, i, found = 0;

	n = field_names(t, a, b, names, MAXFIELDS);
	for (i = 0; i < n; i++) {
		if (ignored(x, scope, names[i]))
			continue;
		k = t != NULL ? stype_key(t, names[i], strlen(names[i])) : NULL;
		c = *proto;
		if (!field_differs(x, k, names[i], node_get(a, names[i], NULL),
		    node_get(b, names[i], NULL), &c))
			continue;
		if (c.oldline == 0) {
			c.oldline = proto->oldline;
			c.oldat = proto->oldat;
		}
		if (c.newline == 0) {
			c.newline = proto->newline;
			c.newat = proto->newat;
		}
		p = add(x->df, kind);
		*p = c;
		p->kind = kind;
		if (p->impact != NULL)
			x->df->impacts++;
		found++;
	}
	return found;
}

/* How alike two items are, in percent of the fields either has. */
static int
similarity(struct differ *x, const struct ditem *a, const struct ditem *b)
{
	const char		*names[MAXFIELDS];
	const struct skey	*k;
	size_t			 n, i, same = 0, all = 0;

	n = field_names(x->t_item, a->map, b->map, names, MAXFIELDS);
	for (i = 0; i < n; i++) {
		if (node_get(a->map, names[i], NULL) == NULL &&
		    node_get(b->map, names[i], NULL) == NULL)
			continue;
		all++;
		k = stype_key(x->t_item, names[i], strlen(names[i]));
		if (!field_differs(x, k, names[i], node_get(a->map, names[i],
		    NULL), node_get(b->map, names[i], NULL), NULL))
			same++;
	}
	return all == 0 ? 100 : (int)(same * 100 / all);
}

/* The character bigrams of s, sorted; returns how many (at most max). */
static size_t
bigrams(const char *s, uint64_t *out, size_t max)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 len = strlen(s), n = 0, k;
	unsigned		 prev = 0, cp;
	int			 have = 0;

	while (len > 0 && n < max) {
		if ((k = utf8_decode(p, len, &cp)) == 0) {
			cp = *p;
			k = 1;
		}
		if (have)
			out[n++] = (uint64_t)prev << 32 | cp;
		prev = cp;
		have = 1;
		p += k;
		len -= k;
	}
	qsort(out, n, sizeof(*out), cmp_u64);
	return n;
}

/*
 * How alike the texts of two items are (their names and content), as
 * the Dice coefficient of their character bigrams, in percent.  Items
 * of one catalog share their basis, time limit, body and channels, so
 * only the words say whether one item became another.
 */
static int
text_alike(struct differ *x, const struct ditem *a, const struct ditem *b)
{
	uint64_t	 ga[256], gb[256];
	struct buf	 ta = BUF_INIT, tb = BUF_INIT;
	size_t		 na, nb, i = 0, j = 0, same = 0;

	buf_adds(&ta, node_str(a->rec->name) ? node_str(a->rec->name) :
	    "");
	text_of(&ta, a->rec->f.content);
	buf_adds(&tb, node_str(b->rec->name) ? node_str(b->rec->name) :
	    "");
	text_of(&tb, b->rec->f.content);
	na = bigrams(ta.ptr, ga, 256);
	nb = bigrams(tb.ptr, gb, 256);
	buf_release(&ta);
	buf_release(&tb);
	(void)x;
	if (na + nb == 0)
		return 100;
	while (i < na && j < nb) {
		if (ga[i] == gb[j]) {
			same++;
			i++;
			j++;
		} else if (ga[i] < gb[j])
			i++;
		else
			j++;
	}
	return (int)(200 * same / (na + nb));
}

/* A hash of everything an item says but its id, values as meant. */
static uint64_t
signature(struct differ *x, const struct ditem *t)
{
	const char		*names[MAXFIELDS], **m;
	const struct skey	*k;
	const struct node	*v;
	struct buf		 b = BUF_INIT;
	const struct deadline	*dl;
	size_t			 n, i, j, cnt;
	uint64_t		 h;

	n = field_names(x->t_item, t->map, NULL, names, MAXFIELDS);
	for (i = 0; i < n; i++) {
		if ((v = node_get(t->map, names[i], NULL)) == NULL ||
		    node_is_null(v))
			continue;
		k = stype_key(x->t_item, names[i], strlen(names[i]));
		buf_addf(&b, "%s\x1f", names[i]);
		if (k != NULL && k->type->kind == ST_DEADLINE &&
		    node_str(v) != NULL) {
			dl = parsed(x, v->u.s);
			buf_addf(&b, "%d/%d/%d/%d/%d", dl->kind, dl->trigger,
			    dl->amount, dl->unit, dl->display_days);
		} else if (k != NULL && (k->type->kind == ST_VOCAB ||
		    v->kind == NODE_SEQ)) {
			/* Sets: a sum of member hashes ignores order. */
			cnt = members(x, k, v, &m);
			for (j = 0, h = 0; j < cnt; j++)
				h += hash_bytes(m[j], strlen(m[j]));
			buf_addf(&b, "%llx", (unsigned long long)h);
		} else
			text_of(&b, v);
		buf_addch(&b, '\x1e');
	}
	h = hash_bytes(b.ptr, b.len);
	buf_release(&b);
	return h;
}

/* --- pairing --- */

static void
pair_items(struct differ *x)
{
	struct hash	 bysig = HASH_INIT, byname = HASH_INIT;
	struct ditem	*t, *o, **olds;
	size_t		 i, nold = 0, j;
	unsigned	 n;
	const char	*name;
	int		 sim, best;

	for (i = 0; i < x->b.nitems; i++) {
		t = &x->b.items[i];
		for (n = 1; (o = get_id(x, &x->b.itemid, t->id, n)) != NULL &&
		    o != t; n++)
			continue;	/* which occurrence t is */
		if ((o = get_id(x, &x->a.itemid, t->id, n)) != NULL &&
		    o->pair == NULL) {
			o->pair = t;
			t->pair = o;
		}
	}
	/* Renames: what is left on both sides. */
	olds = xcalloc(x->a.nitems ? x->a.nitems : 1, sizeof(*olds));
	for (i = 0; i < x->a.nitems; i++) {
		o = &x->a.items[i];
		if (o->pair != NULL)
			continue;
		olds[nold++] = o;
		o->sig = signature(x, o);
		hash_put(&bysig, (const char *)&o->sig, sizeof(o->sig), o);
		if ((name = node_str(o->rec->name)) != NULL)
			hash_put(&byname, name, strlen(name), o);
	}
	for (i = 0; nold > 0 && i < x->b.nitems; i++) {
		t = &x->b.items[i];
		if (t->pair != NULL)
			continue;
		t->sig = signature(x, t);
		o = hash_get(&bysig, (const char *)&t->sig, sizeof(t->sig));
		if (o != NULL && o->pair == NULL) {
			o->pair = t;
			t->pair = o;
			t->similarity = o->similarity = 100;
		}
	}
	for (i = 0; nold > 0 && i < x->b.nitems; i++) {
		t = &x->b.items[i];
		if (t->pair != NULL)
			continue;
		o = NULL;
		best = 0;
		/*
		 * The same name is the likely candidate, else any of a few
		 * left over (a re-worded name); either must read alike.
		 */
		if ((name = node_str(t->rec->name)) != NULL &&
		    (o = hash_get(&byname, name, strlen(name))) != NULL &&
		    o->pair == NULL && text_alike(x, o, t) >= NEAR_MIN)
			best = similarity(x, o, t);
		else
			o = NULL;
		for (j = 0; j < nold && nold <= 64; j++) {
			if (olds[j]->pair != NULL || olds[j] == o ||
			    text_alike(x, olds[j], t) < NEAR_MIN)
				continue;
			if ((sim = similarity(x, olds[j], t)) > best) {
				best = sim;
				o = olds[j];
			}
		}
		if (o != NULL && best >= NEAR_MIN) {
			o->pair = t;
			t->pair = o;
			t->similarity = o->similarity = best;
		}
	}
	free(olds);
	hash_release(&bysig);
	hash_release(&byname);
}

static void
pair_cats(struct differ *x)
{
	struct dcat	*k, *o, *best;
	size_t		 i, j, bestn;
	unsigned	 n;

	for (i = 0; i < x->b.ncats; i++) {
		k = &x->b.cats[i];
		for (n = 1; (o = get_id(x, &x->b.catid, k->id, n)) != NULL &&
		    o != k; n++)
			continue;
		if ((o = get_id(x, &x->a.catid, k->id, n)) != NULL &&
		    o->pair == NULL) {
			o->pair = k;
			k->pair = o;
		}
	}
	/*
	 * A removed category whose items mostly went to one added category
	 * (or that has the same name) was renamed.
	 */
	for (i = 0; i < x->a.ncats; i++) {
		o = &x->a.cats[i];
		if (o->pair != NULL)
			continue;
		best = NULL;
		bestn = 0;
		for (j = 0; j < o->nitems; j++) {
			if (o->items[j]->pair == NULL)
				continue;
			k = o->items[j]->pair->cat;
			if (k->pair != NULL)
				continue;
			if (best == NULL) {
				best = k;
				bestn = 1;
			} else if (k == best)
				bestn++;
		}
		if (best == NULL || bestn * 2 < o->nitems) {
			best = NULL;
			for (j = 0; j < x->b.ncats && node_str(o->rec->name);
			    j++) {
				k = &x->b.cats[j];
				if (k->pair == NULL && node_str(k->rec->name) != NULL && strcmp(node_str(k->rec->name), node_str(o->rec->name)) == 0) {
					best = k;
					break;
				}
			}
		}
		if (best != NULL) {
			o->pair = best;
			best->pair = o;
			o->renamed = best->renamed = 1;
			o->similarity = o->nitems == 0 ? 100 :
			    (int)(bestn * 100 / o->nitems);
		}
	}
}

/* --- emitting changes --- */

static void
proto_item(struct change *c, struct differ *x, const struct ditem *t,
    const struct ditem *o)
{
	memset(c, 0, sizeof(*c));
	c->catalog = dup(x->df, x->b.catalog);
	c->category = dup(x->df, (t ? t : o)->cat->id);
	c->catname = dup(x->df, node_str((t ? t : o)->cat->rec->name));
	c->item = dup(x->df, (t ? t : o)->id);
	c->name = dup(x->df, node_str((t ? t : o)->rec->name));
	at(c, o ? o->idnode : NULL, t ? t->idnode : NULL);
}

static void
emit_item(struct differ *x, struct ditem *t)
{
	struct ditem	*o = t->pair;
	struct change	 proto, *c;

	proto_item(&proto, x, t, o);
	if (o == NULL) {
		c = add(x->df, CH_ITEM_ADDED);
		*c = proto;
		c->kind = CH_ITEM_ADDED;
		return;
	}
	if (strcmp(o->id, t->id) != 0) {
		c = add(x->df, CH_ITEM_RENAMED);
		*c = proto;
		c->kind = CH_ITEM_RENAMED;
		c->oldid = dup(x->df, o->id);
		c->similarity = t->similarity;
	}
	if (o->cat->pair != t->cat) {
		c = add(x->df, CH_ITEM_MOVED);
		*c = proto;
		c->kind = CH_ITEM_MOVED;
		c->oldid = dup(x->df, o->cat->id);
		c->old = dup(x->df, o->cat->id);
		c->new = dup(x->df, t->cat->id);
	}
	fields(x, CH_ITEM_CHANGED, x->t_item, "items", o->map, t->map, &proto);
}

static void
emit_removed_item(struct differ *x, struct ditem *o)
{
	struct change	 proto, *c;

	proto_item(&proto, x, NULL, o);
	c = add(x->df, CH_ITEM_REMOVED);
	*c = proto;
	c->kind = CH_ITEM_REMOVED;
	c->impact = "item removed";
	x->df->impacts++;
}

/* With --order: the common members of two lists of ids, in order. */
static void
emit_order(struct differ *x, const struct dcat *k, struct ditem **a,
    size_t na, struct ditem **b, size_t nb, const struct node *oat,
    const struct node *nat)
{
	struct buf	 ob = BUF_INIT, nb_ = BUF_INIT;
	struct change	*c;
	size_t		 i;

	for (i = 0; i < na; i++)
		if (a[i]->pair != NULL && a[i]->pair->cat->pair == a[i]->cat)
			buf_addf(&ob, "%s%s", ob.len ? ", " : "", a[i]->id);
	for (i = 0; i < nb; i++)
		if (b[i]->pair != NULL && b[i]->pair->cat == b[i]->cat->pair)
			buf_addf(&nb_, "%s%s", nb_.len ? ", " : "",
			    b[i]->pair->id);
	if (strcmp(ob.ptr, nb_.ptr) != 0) {
		c = add(x->df, CH_ORDER);
		c->catalog = dup(x->df, x->b.catalog);
		c->category = dup(x->df, k->id);
		c->catname = dup(x->df, node_str(k->rec->name));
		c->field = "items";
		c->old = dup(x->df, ob.ptr);
		c->new = dup(x->df, nb_.ptr);
		at(c, oat, nat);
	}
	buf_release(&ob);
	buf_release(&nb_);
}

static void
emit_category(struct differ *x, struct dcat *k)
{
	struct dcat	*o = k->pair;
	struct change	 proto, *c;
	size_t		 i;

	memset(&proto, 0, sizeof(proto));
	proto.catalog = dup(x->df, x->b.catalog);
	proto.category = dup(x->df, k->id);
	proto.name = dup(x->df, node_str(k->rec->name));
	proto.catname = proto.name;
	at(&proto, o != NULL ? o->idnode : NULL, k->idnode);
	if (o == NULL) {
		c = add(x->df, CH_CATEGORY_ADDED);
		*c = proto;
		c->kind = CH_CATEGORY_ADDED;
	} else {
		if (o->renamed) {
			c = add(x->df, CH_CATEGORY_RENAMED);
			*c = proto;
			c->kind = CH_CATEGORY_RENAMED;
			c->oldid = dup(x->df, o->id);
			c->similarity = o->similarity;
		}
		if ((o->parent == NULL ? NULL : o->parent->pair) != k->parent) {
			c = add(x->df, CH_CATEGORY_MOVED);
			*c = proto;
			c->kind = CH_CATEGORY_MOVED;
			c->oldid = o->parent ? dup(x->df, o->parent->id) : NULL;
			c->old = c->oldid;
			c->new = k->parent ? dup(x->df, k->parent->id) : NULL;
		}
		fields(x, CH_CATEGORY_CHANGED, x->t_cat, "categories", o->map,
		    k->map, &proto);
	}
	if (o != NULL && x->opts->order)
		emit_order(x, k, o->items, o->nitems, k->items, k->nitems,
		    o->idnode, k->idnode);
	for (i = 0; i < k->nitems; i++)
		emit_item(x, k->items[i]);
	if (o == NULL)
		return;
	for (i = 0; i < o->nitems; i++)
		if (o->items[i]->pair == NULL)
			emit_removed_item(x, o->items[i]);
}

/* With --order: the order of the top-level categories both sides have. */
static void
emit_cat_order(struct differ *x)
{
	struct buf	 ob = BUF_INIT, nb = BUF_INIT;
	struct change	*c;
	const struct node *la, *lb;
	size_t		 i;

	for (i = 0; i < x->a.ncats; i++)
		if (x->a.cats[i].parent == NULL && x->a.cats[i].pair != NULL &&
		    x->a.cats[i].pair->parent == NULL)
			buf_addf(&ob, "%s%s", ob.len ? ", " : "",
			    x->a.cats[i].id);
	for (i = 0; i < x->b.ncats; i++)
		if (x->b.cats[i].parent == NULL && x->b.cats[i].pair != NULL &&
		    x->b.cats[i].pair->parent == NULL)
			buf_addf(&nb, "%s%s", nb.len ? ", " : "",
			    x->b.cats[i].pair->id);
	if (strcmp(ob.ptr, nb.ptr) != 0) {
		la = lb = NULL;
		la = x->a.cat->cats_node != NULL ?
		    catalog_key(x->a.cat->cats_node) : NULL;
		lb = x->b.cat->cats_node != NULL ?
		    catalog_key(x->b.cat->cats_node) : NULL;
		c = add(x->df, CH_ORDER);
		c->catalog = dup(x->df, x->b.catalog);
		c->field = "categories";
		c->old = dup(x->df, ob.ptr);
		c->new = dup(x->df, nb.ptr);
		at(c, la, lb);
	}
	buf_release(&ob);
	buf_release(&nb);
}

static void
emit_na(struct differ *x)
{
	struct dna	*o, *n;
	struct change	*c, proto;
	size_t		 i;
	unsigned	 occ;

	memset(&proto, 0, sizeof(proto));
	proto.catalog = dup(x->df, x->b.catalog);
	for (i = 0; i < x->b.nna; i++) {
		n = &x->b.na[i];
		for (occ = 1; get_id(x, &x->b.naid, n->id, occ) != n; occ++)
			continue;
		o = get_id(x, &x->a.naid, n->id, occ);
		proto.item = dup(x->df, n->id);
		proto.name = dup(x->df, node_str(n->name));
		at(&proto, o ? o->idnode : NULL, n->idnode);
		if (o == NULL) {
			c = add(x->df, CH_NA_ADDED);
			*c = proto;
			c->kind = CH_NA_ADDED;
			c->new = dup(x->df, node_str(n->reason));
			c->field = "reason";
			c->impact = "item marked not applicable";
			x->df->impacts++;
		} else
			fields(x, CH_NA_CHANGED, x->t_na, "not-applicable",
			    o->map, n->map, &proto);
	}
	for (i = 0; i < x->a.nna; i++) {
		o = &x->a.na[i];
		for (occ = 1; get_id(x, &x->a.naid, o->id, occ) != o; occ++)
			continue;
		if (get_id(x, &x->b.naid, o->id, occ) != NULL)
			continue;
		c = add(x->df, CH_NA_REMOVED);
		c->catalog = dup(x->df, x->b.catalog);
		c->item = dup(x->df, o->id);
		c->name = dup(x->df, node_str(o->name));
		c->field = "reason";
		c->old = dup(x->df, node_str(o->reason));
		at(c, o->idnode, NULL);
	}
}

static const struct stype *
type_named(const struct schema *s, const char *name)
{
	size_t	 i;

	for (i = 0; i < s->ntypes; i++)
		if (strcmp(s->types[i].name, name) == 0)
			return &s->types[i];
	return NULL;
}

void
diff_docs(struct diff *df, const struct schema *s, struct doc *old,
    struct doc *new, const struct diff_opts *opts)
{
	struct differ	 x;
	struct change	 proto, *c;
	struct dcat	*o;
	size_t		 i, j, first;

	memset(&x, 0, sizeof(x));
	x.df = df;
	x.s = s;
	x.opts = opts;
	first = df->n;
	arena_init(&x.tmp);
	/* A guide's or power list's items are of their kind's type. */
	x.t_item = skind_type(schema_kind_of(s, new->root),
	    type_named(s, "item"));
	x.t_cat = type_named(s, "category");
	x.t_catalog = type_named(s, "catalog");
	x.t_na = type_named(s, "not-applicable");
	flatten(&x, &x.a, old);
	flatten(&x, &x.b, new);

	memset(&proto, 0, sizeof(proto));
	proto.catalog = dup(df, x.b.catalog);
	at(&proto, x.a.meta, x.b.meta);
	fields(&x, CH_META, x.t_catalog, "catalog", x.a.meta, x.b.meta,
	    &proto);

	pair_items(&x);
	pair_cats(&x);
	if (opts->order)
		emit_cat_order(&x);
	for (i = 0; i < x.b.ncats; i++)
		emit_category(&x, &x.b.cats[i]);
	for (i = 0; i < x.a.ncats; i++) {
		o = &x.a.cats[i];
		if (o->pair != NULL)
			continue;
		memset(&proto, 0, sizeof(proto));
		proto.kind = CH_CATEGORY_REMOVED;
		proto.catalog = dup(df, x.b.catalog);
		proto.category = dup(df, o->id);
		proto.name = dup(df, node_str(o->rec->name));
		proto.catname = proto.name;
		at(&proto, o->idnode, NULL);
		*add(df, CH_CATEGORY_REMOVED) = proto;
		for (j = 0; j < o->nitems; j++)
			if (o->items[j]->pair == NULL)
				emit_removed_item(&x, o->items[j]);
	}
	emit_na(&x);

	/*
	 * The files the lines are in: the documents', or for a resolved
	 * overlay the layer's each line was read from.
	 */
	for (i = first; i < df->n; i++) {
		c = &df->v[i];
		c->olddoc = c->oldline ? dup(df, old->path) : NULL;
		c->newdoc = c->newline ? dup(df, new->path) : NULL;
		c->oldfile = c->oldline ? dup(df, line_file(old, c->oldat)) :
		    NULL;
		c->newfile = c->newline ? dup(df, line_file(new, c->newat)) :
		    NULL;
		c->oldat = c->newat = NULL;	/* the documents may go */
	}
	side_release(&x.a);
	side_release(&x.b);
	hash_release(&x.dlcache);
	arena_release(&x.tmp);
}

void
diff_catalog(struct diff *df, enum change_kind kind, struct doc *d)
{
	struct catalog_header	 h;
	struct change		*c;

	catalog_read_header(&h, d->root, NULL);
	c = add(df, kind);
	c->catalog = dup(df, node_str(h.id) ? node_str(h.id) : d->path);
	c->name = dup(df, node_str(h.title));
	if (kind == CH_CATALOG_ADDED) {
		c->newline = 1;
		c->newfile = c->newdoc = dup(df, d->path);
	} else {
		c->oldline = 1;
		c->oldfile = c->olddoc = dup(df, d->path);
		c->impact = "catalog removed";
		df->impacts++;
	}
}

/* An id used twice (catalog_dup_ids()). */
static void
dup_id(void *ctx, const struct node *id, const struct node *first,
    enum catalog_ids list, size_t i)
{
	struct doc	*d = ((void **)ctx)[0];
	struct diag	*dg = ((void **)ctx)[1];

	(void)list;
	(void)i;
	diag_add(dg, d->path, id->line, id->col, R_DUP_ID, NULL, NULL,
	    "id '%s' is used twice; first at line %u", id->u.s, first->line);
}

int
diff_check_ids(struct doc *d, struct diag *dg)
{
	struct arena	 a = ARENA_INIT;
	void		*ctx[2] = { d, dg };
	size_t		 n;

	/* The entries of omit and of not-applicable are keyed by id too,
	 * each list apart from the other (omitting an item lists it). */
	n = catalog_dup_ids(catalog_build(&a, d->root, d),
	    CI_TREE | CI_OMIT | CI_NA, dup_id, ctx);
	arena_release(&a);
	return n > 0 ? -1 : 0;
}

/* --- single values, for the three-way merge --- */

struct diff_eq {
	struct differ		 x;
	struct diff		 df;	/* owns strings; never printed */
	struct diff_opts	 opts;
};

struct diff_eq *
diff_eq_new(const struct schema *s)
{
	struct diff_eq	*e;

	e = xcalloc(1, sizeof(*e));
	diff_init(&e->df);
	e->x.df = &e->df;
	e->x.s = s;
	e->x.opts = &e->opts;
	arena_init(&e->x.tmp);
	return e;
}

void
diff_eq_reset(struct diff_eq *e)
{
	hash_release(&e->x.dlcache);
	arena_release(&e->x.tmp);
	diff_release(&e->df);
	diff_init(&e->df);
}

void
diff_eq_free(struct diff_eq *e)
{
	if (e == NULL)
		return;
	diff_eq_reset(e);
	free(e);
}

static const struct skey *
eq_key(struct diff_eq *e, const char *type, const char *field)
{
	const struct stype	*t = type_named(e->x.s, type);

	return t != NULL ? stype_key(t, field, strlen(field)) : NULL;
}

int
diff_eq_same(struct diff_eq *e, const char *type, const char *field,
    const struct node *a, const struct node *b)
{
	return !field_differs(&e->x, eq_key(e, type, field), field, a, b,
	    NULL);
}

int
diff_eq_is_set(struct diff_eq *e, const char *type, const char *field)
{
	const struct skey	*k = eq_key(e, type, field);

	return k != NULL && k->shape != SHAPE_ONE &&
	    (k->type->kind == ST_VOCAB || k->type->kind == ST_CITATION);
}

size_t
diff_eq_members(struct diff_eq *e, const char *type, const char *field,
    const struct node *n, const char ***out)
{
	return members(&e->x, eq_key(e, type, field), n, out);
}
