/*
 * The catalog model (catalog.h): one pass over each mapping of the
 * document, each key matched against the keys its type has in
 * schemas/structure.yaml.  This is the one file outside the
 * schema-driven modules that names the format's keys.
 */
#include <stddef.h>
#include <string.h>

#include "arena.h"
#include "catalog.h"
#include "doc.h"
#include "hash.h"

#define K(name, type, field)	CATALOG_K(name, type, field)

static const struct catalog_key doc_keys[] = {
	K("gkml", struct catalog, gkml),
	K("kind", struct catalog, kind),
	K("catalog", struct catalog, hdr.node),
	K("inherit", struct catalog, inherit.node),
	K("categories", struct catalog, cats_node),
	K("omit", struct catalog, omit_node),
	K("not-applicable", struct catalog, na_node)
};

/* The header alone, from the document. */
static const struct catalog_key root_header_key[] = {
	K("catalog", struct catalog_header, node)
};

static const struct catalog_key header_keys[] = {
	K("id", struct catalog_header, id),
	K("title", struct catalog_header, title),
	K("area", struct catalog_header, area),
	K("level", struct catalog_header, level),
	K("jurisdiction", struct catalog_header, jurisdiction),
	K("publisher", struct catalog_header, publisher),
	K("version", struct catalog_header, version),
	K("updated", struct catalog_header, updated),
	K("contact", struct catalog_header, contact),
	K("extends", struct catalog_header, extends),
	K("column", struct catalog_header, column),
	K("column-url", struct catalog_header, column_url),
	K("profile", struct catalog_header, profile),
	K("cited-by", struct catalog_header, cited_by)
};

static const struct catalog_key inherit_keys[] = {
	K("levels", struct catalog_inherit, levels),
	K("set", struct catalog_inherit, set)
};

#define FIELD_KEYS(type, m) \
	K("content", type, m.content), \
	K("basis", type, m.basis), \
	K("deadline", type, m.deadline), \
	K("body", type, m.body), \
	K("channels", type, m.channels), \
	K("audience", type, m.audience), \
	K("mode", type, m.mode), \
	K("levels", type, m.levels), \
	K("stage", type, m.stage), \
	K("notes", type, m.notes)

static const struct catalog_key set_keys[] = {
	FIELD_KEYS(struct catalog_inherit, f)
};

static const struct catalog_key category_keys[] = {
	K("id", struct catalog_category, id),
	K("name", struct catalog_category, name),
	K("notes", struct catalog_category, notes),
	K("column", struct catalog_category, column),
	K("column-url", struct catalog_category, column_url),
	K("items", struct catalog_category, items_node),
	K("categories", struct catalog_category, cats_node)
};

static const struct catalog_key item_keys[] = {
	K("id", struct catalog_item, id),
	K("name", struct catalog_item, name),
	FIELD_KEYS(struct catalog_item, f),
	K("column", struct catalog_item, column),
	K("column-url", struct catalog_item, column_url),
	K("power", struct catalog_item, power)
};

static const struct catalog_key omit_keys[] = {
	K("id", struct catalog_omit, id),
	K("reason", struct catalog_omit, reason)
};

static const struct catalog_key na_keys[] = {
	K("id", struct catalog_na, id),
	K("name", struct catalog_na, name),
	K("reason", struct catalog_na, reason)
};

#define NKEYS(a)	(sizeof(a) / sizeof((a)[0]))

/* A key that starts with "x-", as the writers and validate say. */
static int
is_x(const struct node *k)
{
	return k->kind == NODE_SCALAR && k->n >= 2 && k->u.s[0] == 'x' &&
	    k->u.s[1] == '-';
}

/* See catalog.h: the first of a key given twice, as node_get() finds. */
void
catalog_fill(struct arena *a, const struct node *map,
    const struct catalog_key *keys, size_t nkeys, void *rec,
    struct catalog_xs *x)
{
	const struct node	*k, **slot;
	struct catalog_x	*xv;
	size_t			 i, j, nx = 0;

	if (map == NULL || map->kind != NODE_MAP)
		return;
	for (i = 0; i < map->n; i += 2) {
		k = &map->u.kids[i];
		if (k->kind != NODE_SCALAR)
			continue;
		if (is_x(k)) {
			nx++;
			continue;
		}
		for (j = 0; j < nkeys; j++)
			if (k->n == keys[j].len &&
			    memcmp(k->u.s, keys[j].name, k->n) == 0)
				break;
		if (j == nkeys)
			continue;
		slot = (const struct node **)((char *)rec + keys[j].off);
		if (*slot == NULL)
			*slot = &map->u.kids[i + 1];
	}
	if (nx == 0 || x == NULL)
		return;
	xv = arena_calloc(a, nx, sizeof(*xv));
	x->v = xv;
	x->n = nx;
	for (i = 0, j = 0; i < map->n; i += 2)
		if (is_x(&map->u.kids[i])) {
			xv[j].key = &map->u.kids[i];
			xv[j++].val = &map->u.kids[i + 1];
		}
}

/* The entries of a sequence, or none. */
static size_t
entries(const struct node *list)
{
	return list != NULL && list->kind == NODE_SEQ ? list->n : 0;
}

static void
build_cats(struct catalog *c, struct arena *a, const struct node *list,
    struct catalog_category *parent, unsigned depth,
    struct catalog_category **out, size_t *nout)
{
	struct catalog_category	*cat;
	struct catalog_item	*it;
	size_t			 i, j, n;

	if ((n = entries(list)) == 0)
		return;
	*out = arena_calloc(a, n, sizeof(**out));
	*nout = n;
	c->allcats += n;
	for (i = 0; i < n; i++) {
		cat = &(*out)[i];
		cat->node = &list->u.kids[i];
		cat->parent = parent;
		cat->depth = depth;
		catalog_fill(a, cat->node, category_keys,
		    NKEYS(category_keys), cat, &cat->x);
		if ((cat->nitems = entries(cat->items_node)) > 0) {
			cat->items = arena_calloc(a, cat->nitems,
			    sizeof(*cat->items));
			c->allitems += cat->nitems;
		}
		for (j = 0; j < cat->nitems; j++) {
			it = &cat->items[j];
			it->node = &cat->items_node->u.kids[j];
			it->parent = cat;
			catalog_fill(a, it->node, item_keys, NKEYS(item_keys),
			    it, &it->x);
			if (it->node->kind == NODE_MAP)
				cat->total++;
		}
		build_cats(c, a, cat->cats_node, cat, depth + 1, &cat->cats,
		    &cat->ncats);
		for (j = 0; j < cat->ncats; j++)
			cat->total += cat->cats[j].total;
	}
}

/* The document's keys, the header and inherit; x keys when a is set. */
static void
read_top(struct catalog *c, struct arena *a, const struct node *root,
    const struct doc *d)
{
	memset(c, 0, sizeof(*c));
	c->doc = d;
	c->root = root;
	catalog_fill(a, root, doc_keys, NKEYS(doc_keys), c,
	    a != NULL ? &c->x : NULL);
	catalog_fill(a, c->hdr.node, header_keys, NKEYS(header_keys), &c->hdr,
	    a != NULL ? &c->hdr.x : NULL);
	catalog_fill(a, c->inherit.node, inherit_keys, NKEYS(inherit_keys),
	    &c->inherit, a != NULL ? &c->inherit.x : NULL);
	catalog_fill(a, c->inherit.set, set_keys, NKEYS(set_keys), &c->inherit,
	    a != NULL ? &c->inherit.setx : NULL);
}

void
catalog_read_top(struct catalog *c, const struct node *root,
    const struct doc *d)
{
	read_top(c, NULL, root, d);
}

int
catalog_field_of(const char *key, size_t len)
{
	static const struct catalog_key	 name = K("name", struct catalog_item, name);
	const struct catalog_key	*k;
	size_t			 i;

	if (len == name.len && memcmp(key, name.name, len) == 0)
		return CF_NAME;
	/* item_keys[] holds id, name, then the fields in their order,
	 * then the column's keys, which are no field. */
	for (i = 2; i < 2 + CF__MAX - CF_CONTENT; i++) {
		k = &item_keys[i];
		if (len == k->len && memcmp(key, k->name, len) == 0)
			return CF_CONTENT + (int)(i - 2);
	}
	return -1;
}

/* --- Making a document --- */

/* A made mapping of rec's fields under keys, and of its pairs x. */
static struct node *
make_map(struct doc *d, const struct catalog_key *keys, size_t nkeys,
    const void *rec, const struct catalog_xs *x)
{
	const struct node *const *slot;
	struct node		*m;
	size_t			 i, n = x != NULL ? x->n : 0;

	for (i = 0; i < nkeys; i++) {
		slot = (const struct node *const *)((const char *)rec +
		    keys[i].off);
		n += *slot != NULL;
	}
	m = node_map(d, n);
	for (i = 0; i < nkeys; i++) {
		slot = (const struct node *const *)((const char *)rec +
		    keys[i].off);
		if (*slot != NULL)
			node_put(d, m, keys[i].name, *slot);
	}
	for (i = 0; x != NULL && i < x->n; i++) {
		m->u.kids[m->n++] = *x->v[i].key;
		m->u.kids[m->n++] = *x->v[i].val;
	}
	return m;
}

static struct node *
make_cats(struct doc *d, const struct catalog_category *v, size_t n)
{
	struct catalog_category	 c;
	struct catalog_item	 it;
	struct node		*seq, *items;
	size_t			 i, j;

	if (n == 0)
		return NULL;
	seq = node_seq(d, n, STYLE_BLOCK);
	for (i = 0; i < n; i++) {
		c = v[i];
		items = c.nitems > 0 ? node_seq(d, c.nitems, STYLE_BLOCK) :
		    NULL;
		for (j = 0; j < c.nitems; j++) {
			it = c.items[j];
			node_push(items, make_map(d, item_keys,
			    NKEYS(item_keys), &it, &it.x));
		}
		c.items_node = items;
		c.cats_node = make_cats(d, c.cats, c.ncats);
		node_push(seq, make_map(d, category_keys,
		    NKEYS(category_keys), &c, &c.x));
	}
	return seq;
}

void
catalog_make(struct doc *d, const struct catalog *c)
{
	struct catalog	 k = *c;
	struct node	*na = NULL;
	size_t		 i;

	k.hdr.node = make_map(d, header_keys, NKEYS(header_keys), &c->hdr,
	    &c->hdr.x);
	k.inherit.node = NULL;
	k.omit_node = NULL;
	k.cats_node = make_cats(d, c->cats, c->ncats);
	if (c->nna > 0)
		na = node_seq(d, c->nna, STYLE_BLOCK);
	for (i = 0; i < c->nna; i++)
		node_push(na, make_map(d, na_keys, NKEYS(na_keys), &c->na[i],
		    &c->na[i].x));
	k.na_node = na;
	d->root = make_map(d, doc_keys, NKEYS(doc_keys), &k, &c->x);
}

const struct node *
catalog_key(const struct node *val)
{
	return val - 1;
}

struct catalog *
catalog_build(struct arena *a, const struct node *root, const struct doc *d)
{
	struct catalog	*c;

	c = arena_alloc(a, sizeof(*c));
	read_top(c, a, root, d);
	build_cats(c, a, c->cats_node, NULL, 0, &c->cats, &c->ncats);
	catalog_read_entries(c, a);
	return c;
}

void
catalog_read_entries(struct catalog *c, struct arena *a)
{
	size_t	 i;

	if ((c->nomit = entries(c->omit_node)) > 0)
		c->omit = arena_calloc(a, c->nomit, sizeof(*c->omit));
	for (i = 0; i < c->nomit; i++) {
		c->omit[i].node = &c->omit_node->u.kids[i];
		catalog_fill(a, c->omit[i].node, omit_keys, NKEYS(omit_keys),
		    &c->omit[i], &c->omit[i].x);
	}
	if ((c->nna = entries(c->na_node)) > 0)
		c->na = arena_calloc(a, c->nna, sizeof(*c->na));
	for (i = 0; i < c->nna; i++) {
		c->na[i].node = &c->na_node->u.kids[i];
		catalog_fill(a, c->na[i].node, na_keys, NKEYS(na_keys), &c->na[i],
		    &c->na[i].x);
	}
}

void
catalog_read_header(struct catalog_header *h, const struct node *root,
    struct arena *a)
{
	memset(h, 0, sizeof(*h));
	catalog_fill(NULL, root, root_header_key, NKEYS(root_header_key), h, NULL);
	catalog_fill(a, h->node, header_keys, NKEYS(header_keys), h,
	    a != NULL ? &h->x : NULL);
}

const char *
catalog_other(const struct node *v)
{
	const struct node	*o;

	if (v == NULL || v->kind != NODE_MAP ||
	    (o = node_get(v, "other", NULL)) == NULL)
		return NULL;
	return node_str(o);
}

const char *
catalog_origin(const struct catalog *c, const struct node *n)
{
	if (c->doc == NULL || c->doc->origin == NULL || n == NULL)
		return NULL;
	return c->doc->origin(c->doc->origin_ctx, n);
}

void
catalog_iter_init(struct catalog_iter *it, const struct catalog *c)
{
	memset(it, 0, sizeof(*it));
	it->c = c;
}

static enum catalog_ev
ev(struct catalog_iter *it, enum catalog_ev e, enum catalog_kind k)
{
	it->ev = e;
	it->kind = k;
	return e;
}

/* Enter the category cat. */
static enum catalog_ev
enter_cat(struct catalog_iter *it, const struct catalog_category *cat)
{
	it->u.cat = cat;
	return ev(it, CEV_ENTER, CK_CATEGORY);
}

/* After the items of cat: its sub-categories, or its end. */
static enum catalog_ev
after_items(struct catalog_iter *it, const struct catalog_category *cat)
{
	if (cat->ncats > 0)
		return enter_cat(it, &cat->cats[0]);
	it->u.cat = cat;
	return ev(it, CEV_EXIT, CK_CATEGORY);
}

/* After the categories: the not-applicable entries, or the end. */
static enum catalog_ev
after_cats(struct catalog_iter *it)
{
	if (it->c->nna > 0) {
		it->u.na = &it->c->na[0];
		return ev(it, CEV_ENTER, CK_NA);
	}
	return ev(it, CEV_EXIT, CK_CATALOG);
}

enum catalog_ev
catalog_next(struct catalog_iter *it)
{
	const struct catalog		*c = it->c;
	const struct catalog_category	*cat, *p;
	const struct catalog_item	*item;

	if (!it->started) {
		it->started = 1;
		return ev(it, CEV_ENTER, CK_CATALOG);
	}
	if (it->ev == CEV_DONE)
		return CEV_DONE;
	switch (it->kind) {
	case CK_CATALOG:
		if (it->ev == CEV_EXIT)
			return ev(it, CEV_DONE, CK_CATALOG);
		if (c->ncats > 0)
			return enter_cat(it, &c->cats[0]);
		return after_cats(it);
	case CK_CATEGORY:
		cat = it->u.cat;
		if (it->ev == CEV_ENTER) {
			if (cat->nitems > 0) {
				it->u.item = &cat->items[0];
				return ev(it, CEV_ENTER, CK_ITEM);
			}
			return after_items(it, cat);
		}
		/* Its next sibling, else the end of its parent. */
		if ((p = cat->parent) != NULL) {
			if (cat + 1 < p->cats + p->ncats)
				return enter_cat(it, cat + 1);
			it->u.cat = p;
			return ev(it, CEV_EXIT, CK_CATEGORY);
		}
		if (cat + 1 < c->cats + c->ncats)
			return enter_cat(it, cat + 1);
		return after_cats(it);
	case CK_ITEM:
		item = it->u.item;
		p = item->parent;
		if (item + 1 < p->items + p->nitems) {
			it->u.item = item + 1;
			return ev(it, CEV_ENTER, CK_ITEM);
		}
		return after_items(it, p);
	case CK_NA:
		if (it->u.na + 1 < c->na + c->nna) {
			it->u.na++;
			return ev(it, CEV_ENTER, CK_NA);
		}
		return ev(it, CEV_EXIT, CK_CATALOG);
	}
	return ev(it, CEV_DONE, CK_CATALOG);
}

/* One id: remembered, or found again. */
static size_t
dup_id(struct hash *seen, const struct node *id, enum catalog_ids list,
    size_t i, void (*found)(void *, const struct node *,
    const struct node *, enum catalog_ids, size_t), void *ctx)
{
	const struct node	*first;

	if (id == NULL || node_str(id) == NULL)
		return 0;
	if ((first = hash_put(seen, id->u.s, id->n, (void *)id)->val) == id)
		return 0;
	found(ctx, id, first, list, i);
	return 1;
}

size_t
catalog_dup_ids(const struct catalog *c, unsigned lists,
    void (*found)(void *, const struct node *, const struct node *,
    enum catalog_ids, size_t), void *ctx)
{
	struct hash		 seen = HASH_INIT;
	struct catalog_iter	 it;
	size_t			 i, n = 0;

	if (lists & CI_TREE) {
		catalog_iter_init(&it, c);
		while (catalog_next(&it) != CEV_DONE)
			if (it.ev == CEV_ENTER && it.kind == CK_CATEGORY)
				n += dup_id(&seen, it.u.cat->id, CI_TREE, 0,
				    found, ctx);
			else if (it.ev == CEV_ENTER && it.kind == CK_ITEM)
				n += dup_id(&seen, it.u.item->id, CI_TREE, 0,
				    found, ctx);
		hash_release(&seen);
	}
	if (lists & CI_OMIT) {
		for (i = 0; i < c->nomit; i++)
			n += dup_id(&seen, c->omit[i].id, CI_OMIT, i, found,
			    ctx);
		hash_release(&seen);
	}
	if (lists & CI_NA) {
		for (i = 0; i < c->nna; i++)
			n += dup_id(&seen, c->na[i].id, CI_NA, i, found, ctx);
		hash_release(&seen);
	}
	return n;
}
