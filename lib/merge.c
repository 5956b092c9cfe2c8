/*
 * Overlay resolution.
 *
 * The root catalog of the chain is read into a small mutable model (an
 * ordered list of fields per catalog, category and item, items and
 * categories in tables by id); each overlay is then applied to it in
 * turn, base to top: catalog fields, inherit.levels and inherit.set,
 * overrides and additions, omissions.  The result is written out as a
 * new tree whose nodes are copies of the layers' nodes, so values keep
 * the line they were written on.
 */
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "arena.h"
#include "buf.h"
#include "catalog.h"
#include "diag.h"
#include "diff.h"
#include "esc.h"
#include "file.h"
#include "hash.h"
#include "merge.h"
#include "msg.h"
#include "schema.h"
#include "xmalloc.h"

struct field {
	const struct node	*key;
	const struct node	*val;
};

struct obj {
	struct field		*f;
	size_t			 n, cap;
};

struct mcat;

struct mitem {
	struct obj		 o;
	const struct node	*src;		/* the mapping first read */
	const char		*id;
	struct mcat		*cat;
	int			 dead;		/* left out or omitted */
	int			 gone;		/* dead in a layer below */
};

struct mcat {
	struct obj		 o;
	const struct node	*src;
	const char		*id;
	struct mitem		**items;
	size_t			 nitems, capitems;
	struct mcat		**subs;
	size_t			 nsubs, capsubs;
	const struct node	*itemskey;	/* its 'items:', if written */
	const struct node	*subskey;	/* its 'categories:' */
	int			 gone;		/* nothing of it applies */
	int			 keep;		/* written even when empty */
};

/* A list of mappings keyed by id: omit, not-applicable. */
struct elist {
	struct obj		*v;
	size_t			 n, cap;
};

/*
 * What the model reads as structure is catalog, categories (items,
 * sub-categories), omit and not-applicable, when they have the shape
 * the format gives them; every other pair of the document, or of a
 * category, is a field carried as written (gkml, inherit, x- keys, and
 * a value of the wrong shape, for the validator to see).
 */
struct model {
	struct obj		 doc;		/* the document's other pairs */
	struct obj		 catalog;
	struct mcat		**top;
	size_t			 ntop, captop;
	struct hash		 items, cats;
	struct elist		 na;		/* not-applicable entries */
	struct elist		 omit;		/* an overlay's, in a
						   three-way merge */
	/* Keys of lists that were written, to write even when empty. */
	const struct node	*catskey, *omitkey, *nakey;
	struct arena		*a;
};


/* The parts the model reads, of a document and of a category. */
static const char *const docparts[] = { "catalog", "categories", "omit",
	"not-applicable", NULL };
static const char *const catlists[] = { "items", "categories", NULL };
/* What resolving an overlay uses up. */
static const char *const used[] = { "inherit", "omit", NULL };

static void *
push(struct arena *a, void *v, size_t *n, size_t *cap, size_t size)
{
	void	*nv;

	if (*n == *cap) {
		*cap = *cap ? 2 * *cap : 8;
		nv = arena_alloc(a, *cap * size);
		if (*n > 0)
			memcpy(nv, v, *n * size);
		v = nv;
	}
	(*n)++;
	return v;
}

static const struct node *
obj_get(const struct obj *o, const char *key)
{
	size_t	 i;

	for (i = 0; i < o->n; i++)
		if (strcmp(o->f[i].key->u.s, key) == 0)
			return o->f[i].val;
	return NULL;
}

/* Set key to val: in place when the object has it, else at the end. */
static void
obj_set(struct arena *a, struct obj *o, const struct node *key,
    const struct node *val)
{
	size_t	 i;

	for (i = 0; i < o->n; i++)
		if (strcmp(o->f[i].key->u.s, key->u.s) == 0) {
			o->f[i].val = val;
			return;
		}
	o->f = push(a, o->f, &o->n, &o->cap, sizeof(*o->f));
	o->f[o->n - 1].key = key;
	o->f[o->n - 1].val = val;
}

/* Copy a mapping's fields into o, leaving out the keys in skip. */
static void
obj_from(struct arena *a, struct obj *o, const struct node *map,
    const char *const *skip)
{
	size_t		 i, j;

	if (map == NULL || map->kind != NODE_MAP)
		return;
	for (i = 0; i < map->n; i += 2) {
		for (j = 0; skip != NULL && skip[j] != NULL; j++)
			if (strcmp(map->u.kids[i].u.s, skip[j]) == 0)
				break;
		if (skip == NULL || skip[j] == NULL)
			obj_set(a, o, &map->u.kids[i], &map->u.kids[i + 1]);
	}
}

/*
 * Whether a pair is one the model reads as structure (see model): a key
 * in parts whose value has the shape it reads, a mapping for 'catalog'
 * and a list for the others (any value when val is NULL).
 */
static int
structural(const struct node *key, const struct node *val,
    const char *const *parts)
{
	size_t	 i;

	if (key->kind != NODE_SCALAR || parts == NULL)
		return 0;
	for (i = 0; parts[i] != NULL; i++)
		if (strcmp(key->u.s, parts[i]) == 0)
			return val == NULL || val->kind ==
			    (strcmp(key->u.s, "catalog") == 0 ? NODE_MAP :
			    NODE_SEQ);
	return 0;
}

/*
 * Copy the pairs of a mapping the model does not read as structure,
 * leaving out the keys in skip (what resolving an overlay uses up).
 */
static void
obj_rest(struct arena *a, struct obj *o, const struct node *map,
    const char *const *parts, const char *const *skip)
{
	unsigned	 i;

	if (map == NULL || map->kind != NODE_MAP)
		return;
	for (i = 0; i < map->n; i += 2)
		if (map->u.kids[i].kind == NODE_SCALAR &&
		    !structural(&map->u.kids[i], &map->u.kids[i + 1], parts) &&
		    !structural(&map->u.kids[i], NULL, skip))
			obj_set(a, o, &map->u.kids[i], &map->u.kids[i + 1]);
}

static int
level_rank(const struct schema *s, const struct node *n)
{
	if (node_str(n) == NULL)
		return -1;
	return schema_level_rank(s, n->u.s, n->n);
}

/*
 * After a layer: its dead items are gone for the layers above, and so
 * is a category none of whose items or sub-categories is alive.
 * Returns whether anything under v is alive.
 */
static int
settle(struct mcat **v, size_t n)
{
	size_t	 i, j;
	int	 any = 0, live;

	for (i = 0; i < n; i++) {
		live = settle(v[i]->subs, v[i]->nsubs);
		for (j = 0; j < v[i]->nitems; j++) {
			if (v[i]->items[j]->dead)
				v[i]->items[j]->gone = 1;
			else
				live = 1;
		}
		if (!live && !v[i]->gone && v[i]->nitems + v[i]->nsubs > 0)
			v[i]->gone = 1;
		any |= !v[i]->gone;
	}
	return any;
}

/* A list's key, when the list is there and is a list. */
static const struct node *
list_key(const struct node *v)
{
	return v != NULL && v->kind == NODE_SEQ ? catalog_key(v) : NULL;
}

static struct mitem *
add_item(struct model *md, struct mcat *c, const struct catalog_item *rec)
{
	const struct node *map = rec->node;
	struct mitem	*t;

	t = arena_calloc(md->a, 1, sizeof(*t));
	t->src = map;
	t->id = node_str(rec->id);
	t->cat = c;
	obj_from(md->a, &t->o, map, NULL);
	c->items = push(md->a, c->items, &c->nitems, &c->capitems,
	    sizeof(*c->items));
	c->items[c->nitems - 1] = t;
	hash_put(&md->items, t->id, strlen(t->id), t)->val = t;
	return t;
}

static struct mcat *
add_cat(struct model *md, struct mcat *parent,
    const struct catalog_category *rec)
{
	const struct node *map = rec->node;
	struct mcat	*c;

	c = arena_calloc(md->a, 1, sizeof(*c));
	c->src = map;
	c->id = node_str(rec->id);
	obj_rest(md->a, &c->o, map, catlists, NULL);
	c->itemskey = list_key(rec->items_node);
	c->subskey = list_key(rec->cats_node);
	if (parent == NULL) {
		md->top = push(md->a, md->top, &md->ntop, &md->captop,
		    sizeof(*md->top));
		md->top[md->ntop - 1] = c;
	} else {
		parent->subs = push(md->a, parent->subs, &parent->nsubs,
		    &parent->capsubs, sizeof(*parent->subs));
		parent->subs[parent->nsubs - 1] = c;
	}
	hash_put(&md->cats, c->id, strlen(c->id), c)->val = c;
	return c;
}

static void
obj_from_obj(struct arena *a, struct obj *o, const struct obj *from)
{
	size_t	 i;

	for (i = 0; i < from->n; i++)
		obj_set(a, o, from->f[i].key, from->f[i].val);
}

/* Add an entry (a mapping) to an id-keyed list; returns it. */
static struct obj *
elist_add(struct arena *a, struct elist *l, const struct node *map)
{
	l->v = push(a, l->v, &l->n, &l->cap, sizeof(*l->v));
	memset(&l->v[l->n - 1], 0, sizeof(*l->v));
	obj_from(a, &l->v[l->n - 1], map, NULL);
	return &l->v[l->n - 1];
}

/* Add every mapping of a list to l. */
static void
elist_load(struct arena *a, struct elist *l, const struct node *list)
{
	unsigned	 i;

	for (i = 0; list != NULL && list->kind == NODE_SEQ && i < list->n; i++)
		elist_add(a, l, &list->u.kids[i]);
}

/*
 * The categories and items of c that have ids, as the iterator meets
 * them, with the category each is under; a category without an id is
 * passed over with all it holds.  visit() returns the mcat that stands
 * for a category (NULL to pass it over too) and adds an item.
 */
struct visit {
	struct mcat	*(*cat)(void *, struct mcat *parent,
			    const struct catalog_category *);
	void		 (*item)(void *, struct mcat *,
			    const struct catalog_item *);
	void		*ctx;
};

static void
walk(const struct catalog *c, const struct visit *v)
{
	struct catalog_iter	 it;
	struct mcat		**up = NULL, *k;
	size_t			 nup = 0;
	unsigned		 skip = 0;	/* 1 + the depth passed over */
	unsigned		 d;

	catalog_iter_init(&it, c);
	while (catalog_next(&it) != CEV_DONE) {
		if (it.kind == CK_CATEGORY) {
			d = it.u.cat->depth;
			if (it.ev == CEV_EXIT) {
				if (skip == d + 1)
					skip = 0;
				continue;
			}
			if (skip != 0)
				continue;
			k = NULL;
			if (it.u.cat->node->kind == NODE_MAP &&
			    node_str(it.u.cat->id) != NULL)
				k = v->cat(v->ctx, d > 0 ? up[d - 1] : NULL,
				    it.u.cat);
			if (k == NULL) {
				skip = d + 1;
				continue;
			}
			if (d >= nup) {
				up = xreallocarray(up, d + 1, sizeof(*up));
				nup = d + 1;
			}
			up[d] = k;
		} else if (it.kind == CK_ITEM && skip == 0 &&
		    it.u.item->node->kind == NODE_MAP &&
		    node_str(it.u.item->id) != NULL)
			v->item(v->ctx, up[it.u.item->parent->depth],
			    it.u.item);
	}
	free(up);
}

static struct mcat *
load_cat(void *ctx, struct mcat *parent, const struct catalog_category *rec)
{
	return add_cat(ctx, parent, rec);
}

static void
load_item(void *ctx, struct mcat *k, const struct catalog_item *rec)
{
	add_item(ctx, k, rec);
}

/* Read a standalone catalog's categories and items into the model. */
static void
load_cats(struct model *md, const struct catalog *c)
{
	const struct visit	 v = { load_cat, load_item, md };

	walk(c, &v);
}

/* The slugs of a level value (one or a list); returns a bit set. */
static unsigned
level_set(const struct schema *s, const struct node *n)
{
	unsigned	 set = 0, i;
	int		 r;

	if (n == NULL)
		return 0;
	if (n->kind == NODE_SEQ) {
		for (i = 0; i < n->n; i++)
			if ((r = level_rank(s, &n->u.kids[i])) >= 0)
				set |= 1U << r;
	} else if ((r = level_rank(s, n)) >= 0)
		set = 1U << r;
	return set;
}

struct applier {
	struct model		*md;
	const struct schema	*s;
	struct diag		*dg;
	struct doc		*d;		/* the overlay */
	int			 bad;
};

static void
unknown_id(struct applier *ap, const struct node *id, const char *what)
{
	diag_add(ap->dg, ap->d->path, id->line, id->col, R_UNKNOWN_BASE_ID,
	    id->u.s, NULL, "%s '%s' is not in the base catalog; to add it, "
	    "give it a 'name'", what, id->u.s);
	ap->bad = 1;
}

/* An overlay's category: the base's, changed, or a new one. */
static struct mcat *
apply_cat(void *ctx, struct mcat *parent, const struct catalog_category *rec)
{
	struct applier	*ap = ctx;
	struct mcat	*k;

	if ((k = hash_get(&ap->md->cats, rec->id->u.s, rec->id->n)) != NULL &&
	    !k->gone)
		obj_rest(ap->md->a, &k->o, rec->node, catlists, NULL);
	else if (rec->name != NULL)
		k = add_cat(ap->md, parent, rec);
	else {
		unknown_id(ap, rec->id, msg_word("category"));
		return NULL;
	}
	return k;
}

/* An overlay's item: the base's, changed, or a new one in k. */
static void
apply_item(void *ctx, struct mcat *k, const struct catalog_item *rec)
{
	struct applier	*ap = ctx;
	struct mitem	*t;

	if ((t = hash_get(&ap->md->items, rec->id->u.s, rec->id->n)) != NULL &&
	    !t->gone) {
		/* Named in the overlay: it applies here. */
		t->dead = 0;
		obj_from(ap->md->a, &t->o, rec->node, NULL);
	} else if (rec->name != NULL)
		add_item(ap->md, k, rec);
	else
		unknown_id(ap, rec->id, msg_word("item"));
}

static void
apply(struct applier *ap, int baselevel)
{
	struct model		*md = ap->md;
	const struct node	*root = ap->d->root, *cat, *set;
	const struct node	*e, *idn, *lv, *reason;
	const struct catalog	*c;
	const struct visit	 v = { apply_cat, apply_item, ap };
	struct mitem		*t;
	struct obj		*na;
	unsigned		 want, have;
	int			 rank;
	size_t			 i, k, n;
	const char *const	 skip[] = { "extends", NULL };

	c = catalog_build(md->a, root, ap->d);
	cat = c->hdr.node;
	lv = c->hdr.level;
	rank = level_rank(ap->s, lv);
	if (lv == NULL || node_is_null(lv)) {
		/* Which base items apply depends on it. */
		diag_add(ap->dg, ap->d->path, cat->line, cat->col,
		    R_MISSING_KEY, NULL, NULL, "catalog has no 'level'");
		ap->bad = 1;
	} else if (rank < 0) {
		diag_add(ap->dg, ap->d->path, lv->line, lv->col,
		    R_UNKNOWN_LEVEL, NULL, NULL, "unknown level '%s'; an "
		    "overlay is a township or village catalog", node_str(lv) ?
		    node_str(lv) : "");
		ap->bad = 1;
	} else if (baselevel >= 0 && rank <= baselevel) {
		diag_add(ap->dg, ap->d->path, lv->line, lv->col,
		    R_OVERLAY_LEVEL, NULL, NULL, "a %s catalog cannot extend a "
		    "%s catalog; an overlay must be below its base",
		    schema_level_slug(ap->s, rank),
		    schema_level_slug(ap->s, baselevel));
		diag_show(ap->dg, 0, schema_level_label(ap->s, rank));
		diag_show(ap->dg, 1, schema_level_label(ap->s, baselevel));
		ap->bad = 1;
	}
	obj_from(md->a, &md->catalog, cat, skip);
	obj_rest(md->a, &md->doc, root, docparts, used);

	/* Which base items apply at this level, and what they all get. */
	want = level_set(ap->s, c->inherit.levels);
	if (want == 0 && rank >= 0)
		want = 1U << rank;
	for (k = 0; k < md->items.cap; k++) {
		if ((t = md->items.slots[k].val) == NULL || t->dead)
			continue;
		have = level_set(ap->s, obj_get(&t->o, "levels"));
		if (have == 0 && baselevel >= 0)
			have = 1U << baselevel;
		if (want != 0 && (have & want) == 0)
			t->dead = 1;
	}
	set = c->inherit.set;
	for (k = 0; set != NULL && set->kind == NODE_MAP && k < md->items.cap;
	    k++) {
		if ((t = md->items.slots[k].val) == NULL || t->dead)
			continue;
		obj_from(md->a, &t->o, set, NULL);
	}

	walk(c, &v);

	for (i = 0; i < c->nomit; i++) {
		e = c->omit[i].node;
		if (node_str(idn = c->omit[i].id) == NULL)
			continue;
		reason = c->omit[i].reason;
		if (node_str(reason) == NULL || reason->n == 0) {
			diag_add(ap->dg, ap->d->path, idn->line, idn->col,
			    R_OMIT_REASON, idn->u.s, NULL, "omitting '%s' needs "
			    "a 'reason' saying why the item does not apply "
			    "here", idn->u.s);
			ap->bad = 1;
		}
		if ((t = hash_get(&md->items, idn->u.s, idn->n)) == NULL ||
		    t->gone) {
			diag_add(ap->dg, ap->d->path, idn->line, idn->col,
			    R_UNKNOWN_BASE_ID, idn->u.s, NULL, "omits '%s', but "
			    "the base catalog has no such item", idn->u.s);
			ap->bad = 1;
			continue;
		}
		t->dead = 1;
		/* Listed as 未涉及, with its name and the reason. */
		na = elist_add(md->a, &md->na, e);
		for (n = 0; obj_get(na, "name") == NULL && n < t->o.n; n++)
			if (strcmp(t->o.f[n].key->u.s, "name") == 0)
				obj_set(md->a, na, t->o.f[n].key, t->o.f[n].val);
	}
	elist_load(md->a, &md->na, c->na_node);
}

/* --- writing the model out as a tree --- */

static struct node *
scalar(struct arena *a, const char *s, const struct node *at)
{
	struct node	*n;

	n = arena_calloc(a, 1, sizeof(*n));
	n->kind = NODE_SCALAR;
	n->u.s = arena_strdup(a, s);
	n->n = (unsigned)strlen(s);
	if (at != NULL) {
		n->line = at->line;
		n->col = at->col;
	}
	return n;
}

/* A mapping of o's fields, plus extra pairs (keys as strings). */
static struct node *
map_of(struct arena *a, const struct obj *o, size_t extra)
{
	struct node	*m;
	size_t		 i;

	m = arena_calloc(a, 1, sizeof(*m));
	m->kind = NODE_MAP;
	m->style = STYLE_BLOCK;
	m->u.kids = arena_calloc(a, 2 * (o->n + extra) + 1, sizeof(*m->u.kids));
	for (i = 0; i < o->n; i++) {
		m->u.kids[m->n++] = *o->f[i].key;
		m->u.kids[m->n++] = *o->f[i].val;
	}
	if (o->n > 0) {
		m->line = o->f[0].key->line;
		m->col = o->f[0].key->col;
	}
	return m;
}

static void
map_add(struct arena *a, struct node *m, const char *key, const struct node *v)
{
	m->u.kids[m->n++] = *scalar(a, key, v);
	m->u.kids[m->n++] = *v;
}

/* Add key: v, with the key as written when there is one. */
static void
map_add_key(struct arena *a, struct node *m, const struct node *key,
    const char *name, const struct node *v)
{
	if (key == NULL)
		map_add(a, m, name, v);
	else {
		m->u.kids[m->n++] = *key;
		m->u.kids[m->n++] = *v;
	}
}

static struct node *
seq(struct arena *a, size_t n)
{
	struct node	*s;

	s = arena_calloc(a, 1, sizeof(*s));
	s->kind = NODE_SEQ;
	s->style = STYLE_BLOCK;
	s->u.kids = arena_calloc(a, n + 1, sizeof(*s->u.kids));
	return s;
}

/* Note that the rebuilt mapping m stands for src, for its comments. */
static void
remember(struct hash *was, const struct node *m, const struct node *src)
{
	const struct node	**key;

	if (was == NULL || src == NULL || m->u.kids == NULL)
		return;
	key = (const struct node **)&m->u.kids;
	hash_put(was, (const char *)key, sizeof(*key), (void *)src);
}

static struct node *
write_cats(struct arena *a, struct hash *was, struct mcat **v, size_t n)
{
	struct node	*list, *m, *items, *subs;
	struct mcat	*c;
	size_t		 i, j;

	list = seq(a, n);
	for (i = 0; i < n; i++) {
		c = v[i];
		m = map_of(a, &c->o, 2);
		remember(was, m, c->src);
		items = seq(a, c->nitems);
		for (j = 0; j < c->nitems; j++)
			if (!c->items[j]->dead) {
				items->u.kids[items->n++] =
				    *map_of(a, &c->items[j]->o, 0);
				remember(was, &items->u.kids[items->n - 1],
				    c->items[j]->src);
			}
		if (items->n > 0 || (c->keep && c->itemskey != NULL))
			map_add_key(a, m, c->itemskey, "items", items);
		subs = write_cats(a, was, c->subs, c->nsubs);
		if (subs->n > 0 || (c->keep && c->subskey != NULL))
			map_add_key(a, m, c->subskey, "categories", subs);
		/*
		 * A category none of whose items apply here is left out,
		 * unless it is to be kept as written (a three-way merge).
		 */
		if (items->n > 0 || subs->n > 0 || c->keep)
			list->u.kids[list->n++] = *m;
	}
	return list;
}

/* An id-keyed list as a list node; NULL when empty and not written. */
static struct node *
write_elist(struct arena *a, const struct elist *l, const struct node *key)
{
	struct node	*s;
	size_t		 i;

	if (l->n == 0 && key == NULL)
		return NULL;
	s = seq(a, l->n);
	for (i = 0; i < l->n; i++)
		s->u.kids[s->n++] = *map_of(a, &l->v[i], 0);
	return s;
}

/*
 * The model as a document: gkml (if any), catalog, the other pairs carried as
 * written, categories, omit, not-applicable.  The lists' keys are
 * those of md (set by a three-way merge, which writes even an empty
 * list that was written); a resolved overlay writes only what is not
 * empty.
 */
static void
write_out(struct merged *m, struct model *md)
{
	struct arena		*a = &m->out.arena;
	const struct node	*gk;
	struct node		*root, *l, *cats;
	size_t			 i;
	int			 keep;

	root = map_of(a, &(struct obj){ NULL, 0, 0 }, md->doc.n + 5);
	if ((gk = obj_get(&md->doc, "gkml")) != NULL)
		map_add(a, root, "gkml", gk);
	map_add(a, root, "catalog", map_of(a, &md->catalog, 0));
	for (i = 0; i < md->doc.n; i++)
		if (md->doc.f[i].val != gk) {
			root->u.kids[root->n++] = *md->doc.f[i].key;
			root->u.kids[root->n++] = *md->doc.f[i].val;
		}
	/* Only comments need to know what a rebuilt mapping stands for. */
	for (i = 0, keep = 0; i < m->nlayers && !keep; i++)
		keep = memchr(m->layers[i]->src, '#', m->layers[i]->len) !=
		    NULL;
	cats = write_cats(a, keep ? &m->was : NULL, md->top, md->ntop);
	if (cats->n > 0 || md->catskey != NULL)
		map_add_key(a, root, md->catskey, "categories", cats);
	if ((l = write_elist(a, &md->omit, md->omitkey)) != NULL)
		map_add_key(a, root, md->omitkey, "omit", l);
	if ((l = write_elist(a, &md->na, md->nakey)) != NULL)
		map_add_key(a, root, md->nakey, "not-applicable", l);
	m->out.root = root;
}

/* --- loading the chain --- */

/*
 * rel, relative to the directory of from, with "dir/.." folded away so
 * that findings and provenance name files as a person would.
 */
static char *
resolve_path(const char *from, const char *rel)
{
	const char	*slash;
	char		*p, *q, *seg;

	if (rel[0] == '/' || (slash = strrchr(from, '/')) == NULL)
		return xstrdup(rel);
	p = xasprintf("%.*s/%s", (int)(slash - from), from, rel);
	while ((q = strstr(p, "/../")) != NULL) {
		/* The segment before it, unless it is itself "..". */
		for (seg = q; seg > p && seg[-1] != '/'; seg--)
			continue;
		if ((q - seg == 2 && strncmp(seg, "..", 2) == 0) ||
		    (q - seg == 1 && *seg == '.') || q == seg)
			break;
		memmove(seg, q + 4, strlen(q + 4) + 1);
	}
	return p;
}

static const char	*origin(const void *, const struct node *);

/* See merge.h. */
int
merge_check(struct doc *d, struct diag *dg, int whole)
{
	struct catalog_header	 h;
	const struct node	*cat;

	if (d->root->kind != NODE_MAP) {
		diag_add(dg, d->path, d->root->line, d->root->col, R_TYPE, NULL,
		    NULL, "the file is not a catalog");
		return -2;
	}
	catalog_read_header(&h, d->root, NULL);
	if ((cat = h.node) == NULL || cat->kind != NODE_MAP) {
		diag_add(dg, d->path, d->root->line, d->root->col,
		    R_MISSING_KEY, NULL, NULL, "document has no 'catalog'");
		return -2;
	}
	/* Of another format, no key can be taken to mean what it says. */
	if (schema_check_version(d, dg) != 0)
		return -2;
	/* Each id names one thing: a layer that repeats one would have
	 * one of them kept, and the other silently lost. */
	if (diff_check_ids(d, dg) != 0)
		return -2;
	/* A key written twice or a tag: the tree does not hold the file. */
	if (whole && (d->dupkeys > 0 || d->tags > 0))
		return -2;
	return 0;
}

/*
 * Load the file d extends, at its 'extends' value ext, as m's next
 * layer.  Only a regular file is a catalog's base: anything else is
 * refused before it is read, so a FIFO cannot hang the load and a
 * device is not read to the limit.  *real gets the file's real path,
 * for finding cycles.  Returns 0; -1 when ext names no file that can
 * be a base (a finding at ext); -2 when the file cannot be read or
 * loaded.
 */
static int
load_base(struct merged *m, const struct doc *d, const struct node *ext,
    const struct limits *lim, struct diag *dg, char **real)
{
	struct stat	 st;
	const char	*kind, *path;
	char		*p;
	size_t		 j, n;
	int		 fd, rc;

	if (ext->n == 0) {
		diag_add(dg, d->path, ext->line, ext->col, R_EXTENDS_FILE,
		    NULL, NULL, "'extends' is empty; it names the file of the "
		    "base catalog");
		return -1;
	}
	p = resolve_path(d->path, ext->u.s);
	/* The path lives with the layer's findings: keep it. */
	path = arena_strdup(&m->out.arena, p);
	free(p);
	if ((fd = file_open(path, FILE_REGULAR, &st, &kind)) == -1) {
		if (kind != NULL)
			diag_add(dg, d->path, ext->line, ext->col,
			    R_EXTENDS_FILE, NULL, NULL, "extends '%s', which is "
			    "%s, not a regular file", ext->u.s, kind);
		else if (errno == ENOENT || errno == ENOTDIR)
			diag_add(dg, d->path, ext->line, ext->col, R_EXTENDS,
			    NULL, NULL, "extends '%s', but there is no such "
			    "file", ext->u.s);
		else {
			diag_add(dg, d->path, ext->line, ext->col,
			    R_EXTENDS_FILE, NULL, NULL, "extends '%s', which "
			    "cannot be opened: %s", ext->u.s, strerror(errno));
			return -2;
		}
		return -1;
	}
	if ((*real = realpath(path, NULL)) != NULL)
		for (j = 0; j < m->nlayers; j++)
			if (m->real[j] != NULL && strcmp(m->real[j], *real) == 0) {
				diag_add(dg, d->path, ext->line, ext->col,
				    R_EXTENDS_CYCLE, NULL, NULL, "extends '%s', "
				    "which extends this catalog in turn",
				    ext->u.s);
				close(fd);
				return -1;
			}
	m->layers[m->nlayers++] = &m->own[m->nown];
	n = dg->n;
	if ((rc = doc_load_fd(&m->own[m->nown++], path, fd, lim, dg)) != 0) {
		/* A read that failed said why, but not where it was asked
		 * for: a finding at ext does. */
		if (rc == -2 && dg->n == n)
			diag_add(dg, d->path, ext->line, ext->col,
			    R_EXTENDS_FILE, NULL, NULL, "extends '%s', which "
			    "could not be read", ext->u.s);
		return -2;
	}
	return merge_check(m->layers[m->nlayers - 1], dg, 0);
}

int
merge_resolve(struct merged *m, struct doc *d, const struct schema *s,
    const struct limits *lim, struct diag *dg)
{
	struct model		 md;
	struct applier		 ap;
	struct catalog_header	 h;
	const struct catalog	*c;
	const struct node	*ext;
	struct doc		*top;
	size_t			 i;
	int			 rc = 0, base;

	memset(m, 0, sizeof(*m));
	arena_init(&m->out.arena);
	m->out.path = d->path;
	m->out.src = "";
	m->out.origin = origin;
	m->out.origin_ctx = m;
	m->layers[m->nlayers++] = d;
	if ((rc = merge_check(d, dg, 0)) != 0)
		return rc;
	/* Standard input is no file a base could lead back to. */
	if (strcmp(d->path, "<stdin>") != 0)
		m->real[0] = realpath(d->path, NULL);
	for (;;) {
		top = m->layers[m->nlayers - 1];
		catalog_read_header(&h, top->root, NULL);
		if ((ext = h.extends) == NULL || node_is_null(ext))
			break;
		if (ext->kind != NODE_SCALAR) {
			diag_add(dg, top->path, ext->line, ext->col, R_TYPE,
			    NULL, NULL, "'extends' must be a string, not %s",
			    node_kind_name(ext));
			return -2;
		}
		if (m->nlayers == MERGE_MAXLAYERS) {
			diag_add(dg, top->path, ext->line, ext->col, R_LIMIT,
			    NULL, NULL, "more than %d catalogs extend one "
			    "another", MERGE_MAXLAYERS);
			return -2;
		}
		/* A layer that does not load leaves nothing to resolve. */
		if ((rc = load_base(m, top, ext, lim, dg,
		    &m->real[m->nlayers])) != 0)
			return rc;
	}

	/* The root first, then each overlay on what is below it. */
	memset(&md, 0, sizeof(md));
	md.a = &m->out.arena;
	i = m->nlayers - 1;
	c = catalog_build(md.a, m->layers[i]->root, m->layers[i]);
	obj_from(md.a, &md.catalog, c->hdr.node, NULL);
	obj_rest(md.a, &md.doc, m->layers[i]->root, docparts, used);
	load_cats(&md, c);
	elist_load(md.a, &md.na, c->na_node);
	memset(&ap, 0, sizeof(ap));
	ap.md = &md;
	ap.s = s;
	ap.dg = dg;
	while (i-- > 0) {
		base = level_rank(s, obj_get(&md.catalog, "level"));
		ap.d = m->layers[i];
		apply(&ap, base);
		/* What this layer left out is no base of the next. */
		settle(md.top, md.ntop);
	}
	/* A catalog that stands alone says its format. */
	if (obj_get(&md.doc, "gkml") == NULL)
		obj_set(md.a, &md.doc, scalar(md.a, "gkml", NULL),
		    scalar(md.a, "1", NULL));
	if (ap.bad)
		rc = -1;
	else
		write_out(m, &md);
	hash_release(&md.items);
	hash_release(&md.cats);
	return rc;
}

/*
 * The catalog as JSON: mappings as objects, lists as arrays, strings
 * as strings (an integer written plain as a number).  With provenance,
 * each value is {"value": ..., "file": ..., "line": ...}.
 */
static void
json_node(struct buf *b, const struct merged *m, const struct node *n,
    int prov)
{
	const char	*file;
	unsigned	 i;

	if (prov && n->kind == NODE_SCALAR) {
		buf_adds(b, "{\"value\": ");
		json_node(b, m, n, 0);
		if ((file = merge_origin(m, n)) != NULL) {
			buf_adds(b, ", \"file\": \"");
			json_escape(b, file);
			buf_addf(b, "\", \"line\": %u}", n->line);
		} else
			buf_adds(b, ", \"file\": null, \"line\": null}");
		return;
	}
	switch (n->kind) {
	case NODE_MAP:
		buf_addch(b, '{');
		for (i = 0; i < n->n; i += 2) {
			buf_adds(b, i ? ", \"" : "\"");
			json_escape(b, n->u.kids[i].u.s);
			buf_adds(b, "\": ");
			json_node(b, m, &n->u.kids[i + 1], prov);
		}
		buf_addch(b, '}');
		break;
	case NODE_SEQ:
		buf_addch(b, '[');
		for (i = 0; i < n->n; i++) {
			if (i)
				buf_adds(b, ", ");
			json_node(b, m, &n->u.kids[i], prov);
		}
		buf_addch(b, ']');
		break;
	default:
		if (n->style == STYLE_PLAIN && n->n > 0 && n->n < 10 &&
		    strspn(n->u.s, "0123456789") == n->n)
			buf_add(b, n->u.s, n->n);
		else {
			buf_addch(b, '"');
			json_escape(b, n->u.s);
			buf_addch(b, '"');
		}
	}
}

void
merge_json(struct buf *b, const struct merged *m, int prov)
{
	json_node(b, m, m->out.root, prov);
	buf_addch(b, '\n');
}

void
merge_json_value(struct buf *b, const struct node *n)
{
	json_node(b, NULL, n, 0);
}


const struct node *
merge_was(const struct merged *m, const struct node *n)
{
	const struct node *const *key = (const struct node *const *)&n->u.kids;

	if (n->kind == NODE_SCALAR || n->u.kids == NULL)
		return NULL;
	return hash_get(&m->was, (const char *)key, sizeof(*key));
}

const char *
merge_origin(const struct merged *m, const struct node *n)
{
	const void	*p;
	size_t		 i;

	/* A value's bytes live in the arena of the file it was read from. */
	p = n->kind == NODE_SCALAR ? (const void *)n->u.s : (const void *)n->u.kids;
	if (p == NULL)
		return NULL;
	for (i = 0; i < m->nlayers; i++)
		if (arena_owns(&m->layers[i]->arena, p))
			return m->layers[i]->path;
	return NULL;
}

/* merge_origin() for doc.origin. */
static const char *
origin(const void *m, const struct node *n)
{
	return merge_origin(m, n);
}

void
merge_release(struct merged *m)
{
	size_t	 i;

	for (i = 0; i < m->nown; i++)
		doc_release(&m->own[i]);
	for (i = 0; i < MERGE_MAXLAYERS; i++)
		free(m->real[i]);
	hash_release(&m->was);
	arena_release(&m->out.arena);
	m->out.root = NULL;
}

/* --- three-way merge --- */

struct three {
	struct model		 b, o, t, r;
	struct diff_eq		*eq;
	struct diag		*dg;
	struct arena		*a;
	const char		*ofile;		/* ours, for the findings */
	size_t			 conflicts;
};

/* A value as short text, for a conflict's message. */
static const char *
brief(struct three *th, const struct node *n)
{
	struct buf	 b = BUF_INIT;
	const char	*s;
	unsigned	 i;

	if (n == NULL || node_is_null(n))
		return "(none)";
	if (n->kind == NODE_SCALAR)
		return n->u.s;
	for (i = 0; i < n->n; i++) {
		if (n->u.kids[i].kind == NODE_SCALAR)
			buf_addf(&b, "%s%s", i ? (n->kind == NODE_MAP && i % 2 ?
			    ": " : ", ") : "", n->u.kids[i].u.s);
	}
	s = arena_strfmt(th->a, "[%s]", b.ptr);
	buf_release(&b);
	return s;
}

/* {ours: …, theirs: …}: a value no validator accepts. */
static const struct node *
conflict_node(struct three *th, const struct node *ov, const struct node *tv,
    const struct node *at)
{
	struct node	*m;

	m = arena_calloc(th->a, 1, sizeof(*m));
	m->kind = NODE_MAP;
	m->style = STYLE_BLOCK;
	m->u.kids = arena_calloc(th->a, 4, sizeof(*m->u.kids));
	map_add(th->a, m, "ours", ov != NULL ? ov : scalar(th->a, "", at));
	map_add(th->a, m, "theirs", tv != NULL ? tv : scalar(th->a, "", at));
	if (at != NULL) {
		m->line = at->line;
		m->col = at->col;
	}
	return m;
}

/*
 * Report a conflict at what (an id) or at its field: fmt is a whole
 * message whose first conversion takes that place ("id.field").
 */
static void	 conflict(struct three *, const struct node *, const char *,
		    const char *, const char *, ...)
		    __attribute__((format(printf, 5, 6)));

static void
conflict(struct three *th, const struct node *at, const char *what,
    const char *field, const char *fmt, ...)
{
	va_list		 ap;

	va_start(ap, fmt);
	diag_vadd(th->dg, th->ofile, at != NULL ? at->line : 1,
	    at != NULL ? at->col : 1, R_CONFLICT, what, field, fmt, ap);
	va_end(ap);
	th->conflicts++;
}

/* A flow list of the members of a merged set. */
static const struct node *
members_node(struct three *th, const char **v, size_t n,
    const struct node *at)
{
	struct node	*s;
	size_t		 i;

	s = seq(th->a, n);
	s->style = STYLE_FLOW;
	for (i = 0; i < n; i++)
		s->u.kids[s->n++] = *scalar(th->a, v[i], at);
	if (at != NULL) {
		s->line = at->line;
		s->col = at->col;
	}
	return s;
}

/*
 * Merge one field.  The same change on both sides is taken once; a
 * change on one side only is taken; sets merge member by member;
 * anything else is a conflict.
 */
static const struct node *
merge_field(struct three *th, const char *type, const char *what,
    const char *field, const struct node *bv, const struct node *ov,
    const struct node *tv, const struct node *at)
{
	const char	**bm, **om, **tm, **rm;
	size_t		 nb, no, nt, nr = 0, i;

	if (diff_eq_same(th->eq, type, field, ov, tv))
		return ov;
	if (diff_eq_same(th->eq, type, field, bv, ov))
		return tv;
	if (diff_eq_same(th->eq, type, field, bv, tv))
		return ov;
	if (ov != NULL && tv != NULL && diff_eq_is_set(th->eq, type, field)) {
		nb = diff_eq_members(th->eq, type, field, bv, &bm);
		no = diff_eq_members(th->eq, type, field, ov, &om);
		nt = diff_eq_members(th->eq, type, field, tv, &tm);
		rm = arena_calloc(th->a, no + nt + 1, sizeof(*rm));
		/* Ours, less what theirs removed; then what theirs added. */
		for (i = 0; i < no; i++)
			if (!(diff_eq_has(bm, nb, om[i]) && !diff_eq_has(tm, nt, om[i])) &&
			    !diff_eq_has(rm, nr, om[i]))
				rm[nr++] = arena_strdup(th->a, om[i]);
		for (i = 0; i < nt; i++)
			if (!diff_eq_has(bm, nb, tm[i]) && !diff_eq_has(rm, nr, tm[i]))
				rm[nr++] = arena_strdup(th->a, tm[i]);
		return members_node(th, rm, nr, ov);
	}
	conflict(th, ov != NULL ? ov : at, what, field, "conflict in %s: ours "
	    "'%s', theirs '%s'", field != NULL ? arena_strfmt(th->a, "%s.%s",
	    what, field) : what,
	    brief(th, ov), brief(th, tv));
	return conflict_node(th, ov, tv, ov != NULL ? ov : at);
}

/* Merge every field of three objects into r. */
static void
merge_obj(struct three *th, const char *type, const char *what,
    const struct obj *b, const struct obj *o, const struct obj *t,
    struct obj *r, const struct node *at)
{
	const struct node	*key, *v;
	const struct obj	*src[2] = { o, t };
	size_t			 i, j;

	for (j = 0; j < 2; j++) {
		for (i = 0; src[j] != NULL && i < src[j]->n; i++) {
			key = src[j]->f[i].key;
			if (obj_get(r, key->u.s) != NULL ||
			    (j == 1 && o != NULL && obj_get(o, key->u.s) != NULL))
				continue;
			v = merge_field(th, type, what, key->u.s,
			    b ? obj_get(b, key->u.s) : NULL,
			    o ? obj_get(o, key->u.s) : NULL,
			    t ? obj_get(t, key->u.s) : NULL, at);
			if (v != NULL)
				obj_set(th->a, r, key, v);
		}
	}
}

static int
obj_same(struct three *th, const char *type, const struct obj *x,
    const struct obj *y)
{
	size_t	 i;

	for (i = 0; i < x->n; i++)
		if (!diff_eq_same(th->eq, type, x->f[i].key->u.s, x->f[i].val,
		    obj_get(y, x->f[i].key->u.s)))
			return 0;
	for (i = 0; i < y->n; i++)
		if (obj_get(x, y->f[i].key->u.s) == NULL)
			return 0;
	return 1;
}

static struct mitem *
find_item(struct model *md, const char *id)
{
	return hash_get(&md->items, id, strlen(id));
}

static struct mcat *
find_cat(struct model *md, const char *id)
{
	return hash_get(&md->cats, id, strlen(id));
}

static void
result_item(struct three *th, struct mcat *rc, struct mitem *bi,
    struct mitem *oi, struct mitem *ti)
{
	struct mitem	*r;
	const struct node *at;

	r = arena_calloc(th->a, 1, sizeof(*r));
	r->id = (oi ? oi : ti)->id;
	r->src = (oi ? oi : ti)->src;
	r->cat = rc;
	at = (oi ? oi : ti)->o.f[0].key;
	if (oi != NULL && ti != NULL)
		merge_obj(th, "item", r->id, bi ? &bi->o : NULL, &oi->o, &ti->o,
		    &r->o, at);
	else if (bi == NULL)
		obj_from_obj(th->a, &r->o, oi ? &oi->o : &ti->o);
	else {
		/* Modified on one side, removed on the other. */
		r->o = oi ? oi->o : ti->o;
		r->o.f = arena_memdup(th->a, r->o.f, r->o.n * sizeof(*r->o.f));
		r->o.cap = r->o.n;
		if (oi != NULL)
			conflict(th, at, r->id, NULL, "conflict in %s: "
			    "modified in ours, removed in theirs", r->id);
		else
			conflict(th, at, r->id, NULL, "conflict in %s: "
			    "removed in ours, modified in theirs", r->id);
		obj_set(th->a, &r->o, scalar(th->a, "conflict", at),
		    scalar(th->a, oi ? "modified in ours, removed in theirs" :
		    "removed in ours, modified in theirs", at));
	}
	rc->items = push(th->a, rc->items, &rc->nitems, &rc->capitems,
	    sizeof(*rc->items));
	rc->items[rc->nitems - 1] = r;
	hash_put(&th->r.items, r->id, strlen(r->id), r);
}

/*
 * Where an item kept on both sides goes: where ours has it (0), unless
 * theirs alone moved it to another category (1).  Moved to different
 * categories on both sides is a conflict, at ours' place (-1).
 */
static int
placement(const struct mitem *bi, const struct mitem *oi,
    const struct mitem *ti)
{
	int	 om, tm;

	if (bi == NULL)
		return 0;
	om = strcmp(oi->cat->id, bi->cat->id) != 0;
	tm = strcmp(ti->cat->id, bi->cat->id) != 0;
	if (tm && !om)
		return 1;
	return om && tm && strcmp(oi->cat->id, ti->cat->id) != 0 ? -1 : 0;
}

/*
 * Decide one item, seen from one side: kept (merged, or added on that
 * side), dropped (removed on the other side and unchanged here), or a
 * conflict (changed here, removed there).
 */
static void
take_item(struct three *th, struct mcat *rc, struct mitem *it, int ours)
{
	struct mitem	*bi, *other, *oi, *ti, *r;
	int		 where;

	if (find_item(&th->r, it->id) != NULL)
		return;		/* done from the other side */
	bi = find_item(&th->b, it->id);
	other = find_item(ours ? &th->t : &th->o, it->id);
	if (other != NULL) {
		oi = ours ? it : other;
		ti = ours ? other : it;
		if ((where = placement(bi, oi, ti)) == 1 && ours)
			return;		/* put where theirs moved it */
		result_item(th, rc, bi, oi, ti);
		if (where != -1)
			return;
		r = find_item(&th->r, it->id);
		conflict(th, oi->o.f[0].key, r->id, NULL, "conflict in %s: "
		    "moved to category '%s' in ours, to '%s' in theirs", r->id,
		    oi->cat->id, ti->cat->id);
		obj_set(th->a, &r->o, scalar(th->a, "conflict", oi->o.f[0].key),
		    scalar(th->a, arena_strfmt(th->a, "moved to '%s' in ours, "
		    "to '%s' in theirs", oi->cat->id, ti->cat->id),
		    oi->o.f[0].key));
	} else if (bi == NULL || !obj_same(th, "item", &bi->o, &it->o))
		/* Added on this side, or changed here and removed there. */
		result_item(th, rc, bi, ours ? it : NULL, ours ? NULL : it);
}

static struct mcat *
result_cat(struct three *th, struct mcat *parent, struct mcat *bc,
    struct mcat *oc, struct mcat *tc)
{
	struct mcat	*r;

	r = arena_calloc(th->a, 1, sizeof(*r));
	r->id = (oc ? oc : tc)->id;
	r->src = (oc ? oc : tc)->src;
	r->itemskey = (oc ? oc : tc)->itemskey;
	r->subskey = (oc ? oc : tc)->subskey;
	/* Kept, even empty, unless one side removed it. */
	r->keep = (oc != NULL && tc != NULL) || bc == NULL;
	if (oc != NULL && tc != NULL)
		merge_obj(th, "category", r->id, bc ? &bc->o : NULL, &oc->o,
		    &tc->o, &r->o, oc->o.n ? oc->o.f[0].key : NULL);
	else
		obj_from_obj(th->a, &r->o, oc ? &oc->o : &tc->o);
	if (parent == NULL) {
		th->r.top = push(th->a, th->r.top, &th->r.ntop, &th->r.captop,
		    sizeof(*th->r.top));
		th->r.top[th->r.ntop - 1] = r;
	} else {
		parent->subs = push(th->a, parent->subs, &parent->nsubs,
		    &parent->capsubs, sizeof(*parent->subs));
		parent->subs[parent->nsubs - 1] = r;
	}
	hash_put(&th->r.cats, r->id, strlen(r->id), r);
	return r;
}

static void
walk_three(struct three *th, struct mcat *parent, struct mcat **v, size_t n,
    int ours)
{
	struct mcat	*c, *rc, *other;
	size_t		 i, j;

	for (i = 0; i < n; i++) {
		c = v[i];
		if ((rc = find_cat(&th->r, c->id)) == NULL) {
			other = find_cat(ours ? &th->t : &th->o, c->id);
			rc = result_cat(th, parent, find_cat(&th->b, c->id),
			    ours ? c : other, ours ? other : c);
		}
		for (j = 0; j < c->nitems; j++)
			take_item(th, rc, c->items[j], ours);
		walk_three(th, rc, c->subs, c->nsubs, ours);
	}
}


/* One side of a three-way merge as a model: all it holds. */
static void
model_of(struct three *th, struct model *md, struct doc *d)
{
	const struct catalog	*c;

	memset(md, 0, sizeof(*md));
	md->a = th->a;
	c = catalog_build(md->a, d->root, d);
	obj_from(md->a, &md->catalog, c->hdr.node, NULL);
	obj_rest(md->a, &md->doc, d->root, docparts, NULL);
	load_cats(md, c);
	elist_load(md->a, &md->omit, c->omit_node);
	elist_load(md->a, &md->na, c->na_node);
	md->catskey = list_key(c->cats_node);
	md->omitkey = list_key(c->omit_node);
	md->nakey = list_key(c->na_node);
}

static void
model_release(struct model *md)
{
	hash_release(&md->items);
	hash_release(&md->cats);
}

static struct obj *
elist_find(const struct elist *l, const char *id)
{
	size_t	 i;

	for (i = 0; i < l->n; i++)
		if (node_str(obj_get(&l->v[i], "id")) != NULL &&
		    strcmp(obj_get(&l->v[i], "id")->u.s, id) == 0)
			return &l->v[i];
	return NULL;
}

/*
 * An id-keyed list (omit, not-applicable): ours' entries, then theirs'
 * new ones, less those one side removed; an entry both sides have is
 * merged field by field.
 */
static void
merge_elist(struct three *th, const char *type, const struct elist *b,
    const struct elist *o, const struct elist *t, struct elist *r)
{
	const struct elist	*side[2] = { o, t };
	const struct obj	*e, *other;
	struct obj		*re;
	const char		*id;
	size_t			 i, k;

	for (k = 0; k < 2; k++) {
		for (i = 0; i < side[k]->n; i++) {
			e = &side[k]->v[i];
			if ((id = node_str(obj_get(e, "id"))) == NULL) {
				if (k == 0) {	/* the validator's to report */
					r->v = push(th->a, r->v, &r->n, &r->cap,
					    sizeof(*r->v));
					r->v[r->n - 1] = *e;
				}
				continue;
			}
			if (elist_find(r, id) != NULL)
				continue;
			other = elist_find(side[1 - k], id);
			if (other == NULL && elist_find(b, id) != NULL)
				continue;	/* removed there */
			r->v = push(th->a, r->v, &r->n, &r->cap, sizeof(*r->v));
			re = &r->v[r->n - 1];
			memset(re, 0, sizeof(*re));
			if (other != NULL)
				merge_obj(th, type, id, elist_find(b, id),
				    k == 0 ? e : other, k == 0 ? other : e, re,
				    e->f[0].key);
			else
				*re = *e;
		}
	}
}

int
merge_three(struct merged *m, const char *base, const char *ours,
    const char *theirs, const struct schema *s, const struct limits *lim,
    struct diag *dg, size_t *nconflicts)
{
	struct three	 th;
	struct catalog_header h;
	const char	*paths[3] = { base, ours, theirs };
	size_t		 i;
	int		 rc = 0;

	memset(m, 0, sizeof(*m));
	arena_init(&m->out.arena);
	m->out.path = ours;
	m->out.src = "";
	*nconflicts = 0;
	/* Each file is loaded, so each one's findings are seen. */
	for (i = 0; i < 3; i++) {
		m->layers[m->nlayers++] = &m->own[m->nown];
		if (doc_load(&m->own[m->nown++], paths[i], lim, dg) != 0 ||
		    merge_check(m->layers[i], dg, 1) != 0)
			rc = -2;
	}
	if (rc != 0)
		return rc;

	memset(&th, 0, sizeof(th));
	th.a = &m->out.arena;
	th.dg = dg;
	th.ofile = m->layers[1]->path;
	th.eq = diff_eq_new(s);
	model_of(&th, &th.b, m->layers[0]);
	model_of(&th, &th.o, m->layers[1]);
	model_of(&th, &th.t, m->layers[2]);
	memset(&th.r, 0, sizeof(th.r));
	th.r.a = th.a;
	catalog_read_header(&h, m->layers[1]->root, NULL);
	merge_obj(&th, "catalog", "catalog", &th.b.catalog, &th.o.catalog,
	    &th.t.catalog, &th.r.catalog, h.node);
	/* Ours' order; theirs' additions after, where they were put. */
	walk_three(&th, NULL, th.o.top, th.o.ntop, 1);
	walk_three(&th, NULL, th.t.top, th.t.ntop, 0);
	merge_obj(&th, "document", "document", &th.b.doc, &th.o.doc,
	    &th.t.doc, &th.r.doc, m->layers[1]->root);
	merge_elist(&th, "omission", &th.b.omit, &th.o.omit, &th.t.omit,
	    &th.r.omit);
	merge_elist(&th, "not-applicable", &th.b.na, &th.o.na, &th.t.na,
	    &th.r.na);
	/* An empty list is written when a side that has it wrote it. */
	th.r.catskey = th.o.catskey != NULL ? th.o.catskey : th.t.catskey;
	th.r.omitkey = th.o.omitkey != NULL ? th.o.omitkey : th.t.omitkey;
	th.r.nakey = th.o.nakey != NULL ? th.o.nakey : th.t.nakey;
	write_out(m, &th.r);
	*nconflicts = th.conflicts;
	diff_eq_free(th.eq);
	model_release(&th.b);
	model_release(&th.o);
	model_release(&th.t);
	model_release(&th.r);
	return 0;
}
