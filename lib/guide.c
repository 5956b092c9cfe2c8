/*
 * The service-guide model (guide.h): each item of a guide's catalog
 * model read once more, for the keys of structure.yaml's guide-item,
 * and schemas/guide.yaml read into element profiles.
 */
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "arena.h"
#include "catalog.h"
#include "doc.h"
#include "guide.h"
#include "msg.h"
#include "schema.h"

#define K(name, field)	CATALOG_K(name, struct guide_item, field)

/* structure.yaml's guide-item, but for id, which the catalog reads. */
static const struct catalog_key item_keys[] = {
	K("code", code),
	K("name", name),
	K("basis", basis),
	K("conditions", conditions),
	K("materials", materials),
	K("process", process),
	K("legal-limit", legal_limit),
	K("promised-limit", promised_limit),
	K("type", type),
	K("visits", visits),
	K("promise", promise),
	K("online", online),
	K("fee", fee),
	K("fee-basis", fee_basis),
	K("unit", unit),
	K("place", place),
	K("hours", hours),
	K("phone", phone),
	K("complaint-phone", complaint_phone),
	K("levels", levels),
	K("power", power),
	K("notes", notes)
};

static const struct catalog_key material_keys[] = {
	CATALOG_K("name", struct guide_material, name),
	CATALOG_K("original", struct guide_material, original),
	CATALOG_K("copies", struct guide_material, copies),
	CATALOG_K("notes", struct guide_material, notes)
};

#define NKEYS(a)	(sizeof(a) / sizeof((a)[0]))

static const char *
str(const struct node *n)
{
	return n != NULL && n->kind == NODE_SCALAR && !node_is_null(n) ?
	    n->u.s : NULL;
}

/* Whether n is a list of strings (or absent). */
static int
is_words(const struct node *n)
{
	unsigned	 i;

	if (n == NULL)
		return 1;
	if (n->kind != NODE_SEQ)
		return 0;
	for (i = 0; i < n->n; i++)
		if (str(&n->u.kids[i]) == NULL)
			return 0;
	return 1;
}

int
guide_conf_read(struct guide_conf *gc, struct arena *a, const struct doc *d,
    const struct schema *s)
{
	const struct node	*root = d->root, *ps, *p, *el, *def;
	const struct stype	*t = schema_type(s, "guide-item");
	struct guide_profile	*v;
	size_t			 i, j;

	memset(gc, 0, sizeof(*gc));
	ps = node_get(root, "profiles", NULL);
	if (t == NULL || ps == NULL || ps->kind != NODE_MAP || ps->n == 0)
		return schema_broken(d, root, "no element profiles");
	v = arena_calloc(a, ps->n / 2, sizeof(*v));
	for (i = 0; i < ps->n; i += 2) {
		p = &ps->u.kids[i + 1];
		v[i / 2].name = ps->u.kids[i].u.s;
		v[i / 2].label = str(node_get(p, "label", NULL));
		el = node_get(p, "elements", NULL);
		if (el == NULL || el->kind != NODE_SEQ || !is_words(el))
			return schema_broken(d, p, "a profile needs a list of elements");
		v[i / 2].elements = arena_calloc(a, el->n + 1,
		    sizeof(*v[i / 2].elements));
		for (j = 0; j < el->n; j++) {
			if (stype_key(t, el->u.kids[j].u.s, el->u.kids[j].n) ==
			    NULL)
				return schema_broken(d, &el->u.kids[j], "an element is a "
				    "key of guide-item in structure.yaml");
			v[i / 2].elements[v[i / 2].n++] = el->u.kids[j].u.s;
		}
	}
	gc->profiles = v;
	gc->nprofiles = ps->n / 2;
	def = node_get(root, "default", NULL);
	if (str(def) == NULL ||
	    (gc->def = guide_profile(gc, def->u.s, def->n)) == NULL)
		return schema_broken(d, def != NULL ? def : root, "'default' names no "
		    "profile");
	gc->jurisdictions = node_get(root, "jurisdictions", NULL);
	if (gc->jurisdictions != NULL) {
		if (gc->jurisdictions->kind != NODE_MAP)
			return schema_broken(d, gc->jurisdictions, "jurisdictions must be "
			    "a mapping");
		for (i = 0; i < gc->jurisdictions->n; i += 2) {
			p = &gc->jurisdictions->u.kids[i + 1];
			if (str(p) == NULL || guide_profile(gc, p->u.s, p->n) ==
			    NULL)
				return schema_broken(d, p, "a jurisdiction's profile is "
				    "one of profiles");
		}
	}
	gc->spot = node_get(root, "on-the-spot", NULL);
	gc->free = node_get(root, "free", NULL);
	if (!is_words(gc->spot) || !is_words(gc->free))
		return schema_broken(d, root, "on-the-spot and free are lists of words");
	return 0;
}

const struct guide_profile *
guide_profile(const struct guide_conf *gc, const char *name, size_t len)
{
	size_t	 i;

	for (i = 0; i < gc->nprofiles; i++)
		if (strlen(gc->profiles[i].name) == len &&
		    memcmp(gc->profiles[i].name, name, len) == 0)
			return &gc->profiles[i];
	return NULL;
}

const struct guide_profile *
guide_profile_for(const struct guide_conf *gc, const char *id)
{
	const struct node	*j = gc->jurisdictions, *best = NULL;
	size_t			 i, n;

	for (i = 0; j != NULL && i < j->n; i += 2) {
		n = j->u.kids[i].n;
		if (strncmp(id, j->u.kids[i].u.s, n) == 0 &&
		    (id[n] == '/' || id[n] == '\0') &&
		    (best == NULL || n > best->n))
			best = &j->u.kids[i];
	}
	if (best == NULL)
		return gc->def;
	return guide_profile(gc, best[1].u.s, best[1].n);
}

static int	 is_word(const struct node *, const struct node *);

int
guide_spot(const struct guide_conf *gc, const struct node *n)
{
	return gc != NULL && is_word(gc->spot, n);
}

/* Whether n is one of the words of list (a sequence of strings). */
static int
is_word(const struct node *list, const struct node *n)
{
	unsigned	 i;

	if (list == NULL || str(n) == NULL)
		return 0;
	for (i = 0; i < list->n; i++)
		if (list->u.kids[i].n == n->n &&
		    memcmp(list->u.kids[i].u.s, n->u.s, n->n) == 0)
			return 1;
	return 0;
}

/* The index of n's slug in vocabulary name's terms, plus 1; or 0. */
static int
term_of(const struct schema *s, const char *name, const struct node *n,
    const char *const *slugs, int nslugs)
{
	const struct vmatch	*m;
	int			 i;

	if (str(n) == NULL ||
	    (m = vocab_find(schema_vocab(s, name), n->u.s, n->n)) == NULL)
		return 0;
	for (i = 0; i < nslugs; i++)
		if (strcmp(m->term->slug, slugs[i]) == 0)
			return i + 1;
	return 0;
}

static void
read_limit(struct arena *a, const struct guide_conf *gc,
    const struct node *n, struct guide_limit *l)
{
	l->node = n;
	if (str(n) == NULL)
		return;
	if (gc != NULL && is_word(gc->spot, n)) {
		l->spot = 1;
		return;
	}
	deadline_parse(a, n->u.s, &l->dl);
}

static int
count_of(const struct node *n)
{
	const char	*p;
	int		 v = 0;

	if (str(n) == NULL || n->n == 0 || n->n > 4)
		return -1;
	for (p = n->u.s; *p != '\0'; p++) {
		if (*p < '0' || *p > '9')
			return -1;
		v = v * 10 + (*p - '0');
	}
	return v;
}

struct guide *
guide_build(struct arena *a, const struct catalog *c, const struct schema *s)
{
	static const char *const types[] = { "immediate", "promised",
	    "joint", "reported" };
	static const char *const promises[] = { "at-most-once", "zero",
	    "remote" };
	const struct guide_conf	*gc = s->guide;
	struct catalog_iter	 it;
	struct guide		*g;
	struct guide_item	*gi;
	struct guide_material	*m;
	const struct node	*e;
	size_t			 j;

	g = arena_calloc(a, 1, sizeof(*g));
	g->c = c;
	if (c->allitems > 0)
		g->v = arena_calloc(a, c->allitems, sizeof(*g->v));
	catalog_iter_init(&it, c);
	while (catalog_next(&it) != CEV_DONE) {
		if (it.kind != CK_ITEM || it.u.item->node->kind != NODE_MAP)
			continue;
		gi = &g->v[g->n++];
		gi->ci = it.u.item;
		catalog_fill(a, gi->ci->node, item_keys, NKEYS(item_keys), gi,
		    NULL);
		gi->t = (enum guide_type)term_of(s, "service-type", gi->type,
		    types, 4);
		gi->p = (enum guide_promise)term_of(s, "visit-promise",
		    gi->promise, promises, 3);
		gi->nvisits = count_of(gi->visits);
		gi->charged = str(gi->fee) != NULL && gi->fee->n > 0 &&
		    (gc == NULL || !is_word(gc->free, gi->fee));
		read_limit(a, gc, gi->legal_limit, &gi->legal);
		read_limit(a, gc, gi->promised_limit, &gi->promised);
		if (gi->materials == NULL || gi->materials->kind != NODE_SEQ)
			continue;
		gi->mat = arena_calloc(a, gi->materials->n + 1,
		    sizeof(*gi->mat));
		for (j = 0; j < gi->materials->n; j++) {
			e = &gi->materials->u.kids[j];
			m = &gi->mat[gi->nmat++];
			m->node = e;
			if (e->kind == NODE_SCALAR)
				m->name = e;
			else
				catalog_fill(a, e, material_keys,
				    NKEYS(material_keys), m, NULL);
		}
	}
	return g;
}

/* Whether n holds something: not null, not empty, not an empty list. */
static int
filled(const struct node *n)
{
	unsigned	 i;

	if (n == NULL)
		return 0;
	if (n->kind == NODE_SCALAR)
		return !node_is_null(n) && n->n > 0;
	for (i = 0; i < n->n; i++)
		if (filled(&n->u.kids[i]))
			return 1;
	return 0;
}

int
guide_has(const struct guide_item *gi, const char *key)
{
	const struct node *const *slot;
	size_t			 i;

	for (i = 0; i < NKEYS(item_keys); i++)
		if (strcmp(item_keys[i].name, key) == 0) {
			slot = (const struct node *const *)((const char *)gi +
			    item_keys[i].off);
			return filled(*slot);
		}
	return 0;
}

int
guide_limit_days(const struct guide_limit *l, int *lo, int *hi)
{
	int	 n = l->dl.amount;

	if (l->spot) {
		*lo = *hi = 0;
		return 0;
	}
	if (l->node == NULL || l->dl.kind != DL_RELATIVE || n <= 0)
		return -1;
	switch (l->dl.unit) {
	case DL_UNIT_WORKING_DAY:
		*lo = n;
		*hi = n * 7 / 5 + 9;
		return 0;
	case DL_UNIT_DAY:
		*lo = *hi = n;
		return 0;
	case DL_UNIT_MONTH:
		*lo = n * 28;
		*hi = n * 31;
		return 0;
	default:
		return -1;
	}
}
