/*
 * The set of catalogs of one run.  Files are grouped by catalog id by
 * sorting, not by comparing each with each: a province has tens of
 * thousands.  Within a group the newest is found, and every other file
 * is either an older version of it or in a clash with it; each finding
 * is made twice, once at each file, each naming the other.
 */
#include <sys/stat.h>

#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "catset.h"
#include "diag.h"
#include "doc.h"
#include "schema.h"
#include "xmalloc.h"

/* What told two files of one id apart, or did not. */
enum why {
	WHY_NONE,		/* the same 'updated' and 'version', or none */
	WHY_DISAGREE,		/* 'updated' and 'version' point both ways */
	WHY_UPDATED,
	WHY_VERSION
};

/* One finding to make at entry at, about entry other. */
struct half {
	size_t		 at, other;
	enum rule	 r;
	enum why	 why;
	int		 newer;		/* at is the newer of the two */
};

static const struct catset *sort_set;

void
catset_init(struct catset *cs, const struct schema *s)
{
	memset(cs, 0, sizeof(*cs));
	arena_init(&cs->a);
	cs->s = s;
}

void
catset_release(struct catset *cs)
{
	free(cs->v);
	arena_release(&cs->a);
}

size_t
catset_jur(const char *id, size_t len)
{
	while (len > 0 && id[len - 1] != '/')
		len--;
	return len > 0 ? len - 1 : 0;
}

/* id's first segment is seg. */
static int
under(const char *id, const char *seg)
{
	size_t	 n;

	if (id == NULL || seg == NULL)
		return 0;
	n = strlen(seg);
	return strncmp(id, seg, n) == 0 && id[n] == '/';
}

/* file is where its id puts a template: ".../standard/budget.yaml". */
static int
own_file(const char *file, const char *id)
{
	char	*real, *tail;
	size_t	 n, k;
	int	 own = 0;

	if (strcmp(file, "-") == 0 || (real = realpath(file, NULL)) == NULL)
		return 0;
	tail = xasprintf("/%s.yaml", id);
	n = strlen(real);
	k = strlen(tail);
	own = n >= k && strcmp(real + n - k, tail) == 0;
	free(tail);
	free(real);
	return own;
}

/*
 * A template copied and not made its own still has a template's id
 * (in a file other than the template's), or names the templates'
 * placeholder jurisdiction (and is not the example county, which is
 * that jurisdiction).
 */
static void
check_template(struct catset *cs, struct catent *e,
    const struct catalog_header *h, struct diag *dg)
{
	const struct stemplate	*t = &cs->s->template;
	const struct node	*jur = h->jurisdiction;

	if (under(e->id, t->id)) {
		if (own_file(e->file, e->id))
			return;
		diag_add(dg, e->file, e->line, e->col, R_TEMPLATE_COPY, NULL,
		    "catalog.id", "catalog id '%s' is that of a standard "
		    "template; a catalog copied from it needs its own id",
		    e->id);
		e->copy = 1;
		return;
	}
	if (t->jurisdiction == NULL || node_str(jur) == NULL ||
	    strcmp(jur->u.s, t->jurisdiction) != 0 || under(e->id, t->example))
		return;
	diag_add(dg, e->file, jur->line, jur->col, R_TEMPLATE_COPY, NULL,
	    "catalog.jurisdiction", "jurisdiction '%s' is the standard "
	    "templates' placeholder; write the catalog's own", jur->u.s);
	e->copy = 1;
}

static const char *
keep(struct catset *cs, const struct node *n)
{
	const char	*s = node_str(n);

	return s != NULL ? arena_strdup(&cs->a, s) : NULL;
}

size_t
catset_add(struct catset *cs, const char *file, const struct node *root,
    struct diag *dg)
{
	struct catalog_header	 h;
	const struct node	*id;
	struct catent		*e;
	struct stat		 st;

	cs->v = xreallocarray(cs->v, cs->n + 1, sizeof(*cs->v));
	e = &cs->v[cs->n];
	memset(e, 0, sizeof(*e));
	e->file = file;
	e->newer = cs->n;
	catalog_read_header(&h, root, NULL);
	if ((id = h.id) != NULL && node_str(id) != NULL) {
		e->id = keep(cs, id);
		e->line = id->line;
		e->col = id->col;
	}
	e->version = keep(cs, h.version);
	e->updated = keep(cs, h.updated);
	if (strcmp(file, "-") != 0 && stat(file, &st) == 0) {
		e->dev = st.st_dev;
		e->ino = st.st_ino;
	}
	check_template(cs, e, &h, dg);
	if (e->copy)
		cs->ncopy++;
	return cs->n++;
}

int
catset_used(const struct catset *cs, size_t i)
{
	return cs->v[i].newer == i && !cs->v[i].clash;
}

/*
 * Which of two versions of one catalog is newer: > 0 a, < 0 b, 0 no
 * telling.  'updated' (an ISO date) and 'version' (free text, compared
 * with its numbers as numbers) each decide when both files give it and
 * they differ; when both decide, they must agree.
 */
static int
compare(const struct catent *a, const struct catent *b, enum why *why)
{
	int	 d = 0, v = 0;

	if (a->updated != NULL && b->updated != NULL &&
	    schema_is_date(a->updated) && schema_is_date(b->updated))
		d = strcmp(a->updated, b->updated);
	if (a->version != NULL && b->version != NULL)
		v = strverscmp(a->version, b->version);
	if (d != 0 && v != 0 && (d > 0) != (v > 0)) {
		*why = WHY_DISAGREE;
		return 0;
	}
	if (d != 0) {
		*why = WHY_UPDATED;
		return d;
	}
	*why = v != 0 ? WHY_VERSION : WHY_NONE;
	return v;
}

static int
cmp_id(const void *a, const void *b)
{
	const struct catent	*x = &sort_set->v[*(const size_t *)a];
	const struct catent	*y = &sort_set->v[*(const size_t *)b];
	int			 c;

	if ((c = strcmp(x->id, y->id)) != 0)
		return c;
	return *(const size_t *)a < *(const size_t *)b ? -1 :
	    *(const size_t *)a > *(const size_t *)b;
}

static int
cmp_half(const void *a, const void *b)
{
	const struct half	*x = a, *y = b;

	if (x->at != y->at)
		return x->at < y->at ? -1 : 1;
	return x->other < y->other ? -1 : x->other > y->other;
}

static void
pair(struct half **h, size_t *n, size_t older, size_t newer, enum rule r,
    enum why why)
{
	*h = xreallocarray(*h, *n + 2, sizeof(**h));
	(*h)[*n].at = older;
	(*h)[*n].other = newer;
	(*h)[*n].newer = 0;
	(*h)[*n + 1].at = newer;
	(*h)[*n + 1].other = older;
	(*h)[*n + 1].newer = 1;
	(*h)[*n].r = (*h)[*n + 1].r = r;
	(*h)[*n].why = (*h)[*n + 1].why = why;
	*n += 2;
}

/* Decide one group of entries with one id, g[0..n), in order added. */
static void
decide(struct catset *cs, size_t *g, size_t n, struct half **h, size_t *nh)
{
	struct catent	*e, *f;
	enum why	 why;
	size_t		 i, k, m = 0, best;

	/* A file named twice is one catalog. */
	for (i = 0; i < n; i++) {
		e = &cs->v[g[i]];
		for (k = 0; k < m && (e->ino == 0 ||
		    cs->v[g[k]].ino != e->ino || cs->v[g[k]].dev != e->dev); k++)
			continue;
		if (k < m)
			e->newer = g[k];
		else
			g[m++] = g[i];
	}
	if (m < 2)
		return;
	best = g[0];
	for (i = 1; i < m; i++)
		if (compare(&cs->v[g[i]], &cs->v[best], &why) > 0)
			best = g[i];
	for (i = 0; i < m; i++) {
		if (g[i] == best)
			continue;
		e = &cs->v[g[i]];
		f = &cs->v[best];
		if (compare(f, e, &why) > 0) {
			e->newer = best;
			pair(h, nh, g[i], best, R_OLDER_VERSION, why);
		} else {
			e->clash = f->clash = 1;
			pair(h, nh, g[i], best, R_DUP_CATALOG, why);
		}
	}
}

static void
report(const struct catset *cs, const struct half *h, struct diag *dg)
{
	const struct catent	*e = &cs->v[h->at], *o = &cs->v[h->other];
	const char		*a, *b;

	if (h->r == R_DUP_CATALOG && h->why == WHY_DISAGREE) {
		diag_add(dg, e->file, e->line, e->col, h->r, NULL, "catalog.id",
		    "catalog id '%s' is also that of %s:%u:%u, and 'updated' "
		    "and 'version' disagree on which is newer; correct the one "
		    "that is wrong", e->id, o->file, o->line, o->col);
		return;
	}
	if (h->r == R_DUP_CATALOG) {
		diag_add(dg, e->file, e->line, e->col, h->r, NULL, "catalog.id",
		    "catalog id '%s' is also that of %s:%u:%u, and neither "
		    "'updated' nor 'version' says which is newer; give one of "
		    "them another id, or the newer a later 'updated'", e->id,
		    o->file, o->line, o->col);
		return;
	}
	a = h->why == WHY_UPDATED ? e->updated : e->version;
	b = h->why == WHY_UPDATED ? o->updated : o->version;
	/* Whole sentences, each of which a translation can say its way. */
	if (h->newer && h->why == WHY_UPDATED)
		diag_add(dg, e->file, e->line, e->col, h->r, NULL, "catalog.id",
		    "catalog '%s' is a newer version of the one at %s:%u:%u "
		    "(updated '%s', after '%s'); this one is used", e->id,
		    o->file, o->line, o->col, a, b);
	else if (h->newer)
		diag_add(dg, e->file, e->line, e->col, h->r, NULL, "catalog.id",
		    "catalog '%s' is a newer version of the one at %s:%u:%u "
		    "(version '%s', after '%s'); this one is used", e->id,
		    o->file, o->line, o->col, a, b);
	else if (h->why == WHY_UPDATED)
		diag_add(dg, e->file, e->line, e->col, h->r, NULL, "catalog.id",
		    "catalog '%s' is an older version of the one at %s:%u:%u "
		    "(updated '%s', before '%s'); that one is used", e->id,
		    o->file, o->line, o->col, a, b);
	else
		diag_add(dg, e->file, e->line, e->col, h->r, NULL, "catalog.id",
		    "catalog '%s' is an older version of the one at %s:%u:%u "
		    "(version '%s', before '%s'); that one is used", e->id,
		    o->file, o->line, o->col, a, b);
}

void
catset_decide(struct catset *cs, struct diag *dg)
{
	struct half	*h = NULL;
	size_t		*g, i, k, n = 0, nh = 0;

	g = xreallocarray(NULL, cs->n ? cs->n : 1, sizeof(*g));
	for (i = 0; i < cs->n; i++)
		if (cs->v[i].id != NULL)
			g[n++] = i;
	sort_set = cs;
	qsort(g, n, sizeof(*g), cmp_id);
	for (i = 0; i < n; i = k) {
		for (k = i + 1; k < n &&
		    strcmp(cs->v[g[k]].id, cs->v[g[i]].id) == 0; k++)
			continue;
		if (k - i > 1)
			decide(cs, g + i, k - i, &h, &nh);
	}
	for (i = 0; i < cs->n; i++)
		if (cs->v[i].clash)
			cs->nclash++;
	/* Each entry's findings together, entries in the order added. */
	if (nh > 1)
		qsort(h, nh, sizeof(*h), cmp_half);
	for (i = 0; i < nh; i = k) {
		for (k = i; k < nh && h[k].at == h[i].at; k++)
			report(cs, &h[k], dg);
		diag_flush(dg);
	}
	free(h);
	free(g);
}
