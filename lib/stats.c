/*
 * The coverage audit.  Catalogs are counted one by one as they are
 * added; grouping by jurisdiction comes after.  A catalog's
 * jurisdiction is what its id says (catset_jur(): county/town/area is
 * in county/town, under county), never its display name, which two
 * townships may share.  Of two versions of one catalog, the set
 * (catset.h) says which counts; the older is listed as such.  What a
 * jurisdiction is expected to cover depends on its level and, below
 * the county, on which of its county's items reach that level
 * (stats_derive()).
 */
#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "catalog.h"
#include "catset.h"
#include "deadline.h"
#include "diag.h"
#include "doc.h"
#include "esc.h"
#include "file.h"
#include "guide.h"
#include "merge.h"
#include "msg.h"
#include "schema.h"
#include "stats.h"
#include "utf8.h"
#include "xmalloc.h"


void
stats_init(struct stats *st, const struct schema *s)
{
	memset(st, 0, sizeof(*st));
	arena_init(&st->a);
	st->s = s;
}

void
stats_release(struct stats *st)
{
	size_t	 i;

	for (i = 0; i < st->njurs; i++) {
		free(st->jurs[i].cats);
		free(st->jurs[i].expect);
	}
	free(st->jurs);
	free(st->cats);
	free(st->guides);
	free(st->svc);
	for (i = 0; i < STATS_LEVELS; i++)
		free(st->expect[i]);
	free(st->tmpl);
	arena_release(&st->a);
}

/* Whether s is a local area, x-<slug>, as validate accepts one. */
static int
is_local_area(const char *s, size_t len)
{
	size_t	 i;

	if (len < 3 || strncmp(s, "x-", 2) != 0)
		return 0;
	for (i = 2; i < len; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') ||
		    (s[i] >= '0' && s[i] <= '9') || s[i] == '-' || s[i] == '_'))
			return 0;
	return 1;
}

/*
 * The slugs a village's own 村务公开 catalog is kept under: the area of
 * the vocabulary, and the local area villages used before there was
 * one.  STATS_VILLAGE_AREA is the one expected.
 */
static const char *const own_areas[] = { STATS_VILLAGE_AREA,
    "x-village-affairs" };

static int
own_area(const char *area)
{
	size_t	 i;

	for (i = 0; i < sizeof(own_areas) / sizeof(own_areas[0]); i++)
		if (strcmp(area, own_areas[i]) == 0)
			return 1;
	return 0;
}

/* Whether a catalog of area have is one of area want. */
static int
same_area(const char *have, const char *want)
{
	return strcmp(have, want) == 0 || (own_area(have) && own_area(want));
}

/* Add slug to the list v of n areas, once. */
static void
area_add(const char ***v, size_t *n, const char *slug)
{
	size_t	 i;

	for (i = 0; i < *n; i++)
		if (same_area((*v)[i], slug))
			return;
	*v = xreallocarray(*v, *n + 1, sizeof(**v));
	(*v)[(*n)++] = slug;
}

/*
 * An area of an --expect-areas file, p, len bytes at line:col, as
 * catalogs name it (slug or x-<slug>) or as people do (label or
 * alias): its slug in *slug, or -1 after a finding.
 */
static int
expect_name(struct stats *st, const char *path, unsigned line, unsigned col,
    const char *p, size_t len, struct diag *dg, const char **slug)
{
	const struct vocab	*v = schema_vocab(st->s, "area");
	const struct vmatch	*m;
	const struct vterm	*t;
	const char		*sug;
	char			*val;

	if ((m = vocab_find(v, p, len)) != NULL)
		*slug = m->term->slug;
	else if (is_local_area(p, len))
		*slug = arena_strndup(&st->a, p, len);
	else {
		val = arena_strndup(&st->a, p, len);
		sug = vocab_suggest(v, val, &t);
		if (sug != NULL)
			diag_add(dg, path, line, col, R_UNKNOWN_AREA, NULL, NULL,
			    "unknown area '%s' in the list of expected areas; "
			    "did you mean '%s' (%s)?", val, t->slug, t->label);
		else
			diag_add(dg, path, line, col, R_UNKNOWN_AREA, NULL, NULL,
			    "unknown area '%s' in the list of expected areas; "
			    "write a slug, label or alias of schemas/vocab.yaml, "
			    "or x-<slug> for a local area", val);
		return -1;
	}
	return 0;
}

/* The length of the separator between areas at p (before end), or 0. */
static size_t
separator(const char *p, const char *end)
{
	static const char *const wide[] = { "\xef\xbc\x8c", "\xe3\x80\x81",
	    "\xef\xbc\x9b", "\xe3\x80\x80" };	/* ，、；and a wide space */
	size_t	 i;

	if (*p == ' ' || *p == '\t' || *p == ',' || *p == ';')
		return 1;
	for (i = 0; i < sizeof(wide) / sizeof(wide[0]); i++)
		if (end - p >= 3 && memcmp(p, wide[i], 3) == 0)
			return 3;
	return 0;
}

/*
 * One line of an --expect-areas file, comment and blanks gone: p, len
 * bytes, at column col.  "LEVEL: area area ..." (a colon, ASCII or
 * full-width) names areas expected of that level, separated by blanks
 * or commas; any other line is one area, expected of counties and
 * townships, as the file always said.
 */
static int
expect_line(struct stats *st, const char *path, unsigned line, unsigned col,
    const char *p, size_t len, struct diag *dg)
{
	const char	*end = p + len, *colon, *q, *slug;
	size_t		 n, cl = 1, plen;
	int		 lv, rc = 0;
	char		*val;

	if ((colon = memchr(p, ':', len)) == NULL) {
		for (q = p; q + 3 <= end; q++)
			if (memcmp(q, "\xef\xbc\x9a", 3) == 0)
				break;
		colon = q + 3 <= end ? q : NULL;
		cl = 3;
	}
	if (colon == NULL) {
		if (expect_name(st, path, line, col, p, len, dg, &slug) != 0)
			return -1;
		st->given[0] = st->given[1] = 1;
		area_add(&st->expect[0], &st->nexpect[0], slug);
		area_add(&st->expect[1], &st->nexpect[1], slug);
		return 0;
	}
	for (plen = colon - p; plen > 0 && (p[plen - 1] == ' ' ||
	    p[plen - 1] == '\t'); plen--)
		continue;
	if ((lv = schema_level_rank(st->s, p, plen)) < 0 ||
	    lv >= STATS_LEVELS) {
		val = arena_strndup(&st->a, p, plen);
		diag_add(dg, path, line, col, R_UNKNOWN_LEVEL, NULL, NULL,
		    "unknown level '%s' in the list of expected areas; write "
		    "county, township or village before the colon", val);
		return -1;
	}
	st->given[lv] = 1;
	for (q = colon + cl; q < end; q += n) {
		if ((n = separator(q, end)) > 0)
			continue;
		for (n = 0; q + n < end && separator(q + n, end) == 0; n++)
			continue;
		if (expect_name(st, path, line, col + (unsigned)utf8_chars(p,
		    q - p), q, n, dg, &slug) != 0)
			rc = -1;
		else
			area_add(&st->expect[lv], &st->nexpect[lv], slug);
	}
	return rc;
}

int
stats_expect(struct stats *st, const char *what, const struct limits *lim,
    struct diag *dg)
{
	struct stat		 sb;
	const char		*kind, *p, *end, *eol, *q;
	char			*src;
	size_t			 i, len = 0, total;
	unsigned		 line;
	int			 fd, crlf, rc = 0;

	for (i = 0; i < STATS_LEVELS; i++) {
		free(st->expect[i]);
		st->expect[i] = NULL;
		st->nexpect[i] = 0;
		st->given[i] = 0;
	}
	st->expect_path = NULL;
	if (strcmp(what, "standard") == 0)
		return 0;
	st->expect_path = what;
	/* A FIFO is read (a shell's <(...)); a directory is no list. */
	if ((fd = file_open(what, 0, &sb, &kind)) == -1) {
		if (kind != NULL)
			fprintf(stderr, _("%s: is %s\n"), what, kind);
		else
			fprintf(stderr, "%s: %s\n", what, strerror(errno));
		return -1;
	}
	if (file_slurp(fd, what, 0, lim->max_bytes, &src, &len, dg) != 0)
		return -1;
	/* Not UTF-8 (a GBK list, say): the checks of a catalog say so. */
	if (utf8_check(what, (const unsigned char *)src, len, dg, &crlf) != 0) {
		free(src);
		return -1;
	}
	p = src;
	end = src + len;
	if (len >= 3 && memcmp(p, "\xef\xbb\xbf", 3) == 0)
		p += 3;
	for (line = 1; p < end; line++, p = eol + 1) {
		if ((eol = memchr(p, '\n', end - p)) == NULL)
			eol = end;
		if ((q = memchr(p, '#', eol - p)) == NULL)
			q = eol;
		while (q > p && (q[-1] == ' ' || q[-1] == '\t' ||
		    q[-1] == '\r'))
			q--;
		for (i = 0; p + i < q && (p[i] == ' ' || p[i] == '\t'); i++)
			continue;
		if (p + i < q && expect_line(st, what, line,
		    1 + (unsigned)utf8_chars(p, i), p + i, q - p - i, dg) != 0)
			rc = -1;
	}
	free(src);
	for (i = 0, total = 0; i < STATS_LEVELS; i++)
		total += st->nexpect[i];
	if (rc == 0 && total == 0) {
		fprintf(stderr, _("%s: lists no areas\n"), what);
		rc = -1;
	}
	return rc;
}

static const char *
str(struct stats *st, const struct node *n)
{
	return node_str(n) != NULL ? arena_strdup(&st->a, n->u.s) : NULL;
}

static void
tally(struct stats *st, struct tallies *t, const char *key)
{
	size_t	 i;

	for (i = 0; i < t->n; i++)
		if (strcmp(t->v[i].key, key) == 0) {
			t->v[i].n++;
			return;
		}
	if (t->n < STATS_MAXTALLY) {
		t->v[t->n].key = arena_strdup(&st->a, key);
		t->v[t->n++].n = 1;
	}
}

/* Each value of a vocabulary field, as its slug. */
static void
tally_vocab(struct stats *st, struct tallies *t, const char *vocab,
    const struct node *n)
{
	const struct vocab	*v = schema_vocab(st->s, vocab);
	const struct vmatch	*m;
	const struct node	*e;
	unsigned		 i, cnt;

	if (n == NULL || node_is_null(n))
		return;
	cnt = n->kind == NODE_SEQ ? n->n : 1;
	for (i = 0; i < cnt; i++) {
		e = n->kind == NODE_SEQ ? &n->u.kids[i] : n;
		if (e->kind == NODE_MAP)
			tally(st, t, "other");
		else if (e->kind == NODE_SCALAR) {
			m = vocab_find(v, e->u.s, e->n);
			tally(st, t, m != NULL ? m->term->slug :
			    strncmp(e->u.s, "other:", 6) == 0 ? "other" : e->u.s);
		}
	}
}

/*
 * The levels an item is published at ('levels', one or a list), as
 * bits 1 << rank; those of its catalog, rank, when it says none.
 */
static unsigned
item_levels(const struct stats *st, const struct node *n, int rank)
{
	const struct node	*e;
	unsigned		 set = 0, i, cnt;
	int			 r;

	if (n != NULL && !node_is_null(n)) {
		cnt = n->kind == NODE_SEQ ? n->n : 1;
		for (i = 0; i < cnt; i++) {
			e = n->kind == NODE_SEQ ? &n->u.kids[i] : n;
			if (e->kind == NODE_SCALAR && (r = schema_level_rank(
			    st->s, e->u.s, e->n)) >= 0 && r < STATS_LEVELS)
				set |= 1U << r;
		}
	}
	return set != 0 || rank < 0 ? set : 1U << rank;
}

/* The rank of a catalog's 'level', or -1. */
static int
cat_rank(const struct stats *st, const struct catalog *cat)
{
	const struct node	*lv = cat->hdr.level;

	return node_str(lv) == NULL ? -1 :
	    schema_level_rank(st->s, lv->u.s, lv->n);
}

/* One item: its vocabularies and its kind of time limit. */
static void
count_item(struct stats *st, struct scatalog *c, const struct catalog_item *it,
    int rank)
{
	const struct node	*dl = it->f.deadline;
	struct deadline		 d;

	c->nitem++;
	c->levels |= item_levels(st, it->f.levels, rank);
	tally_vocab(st, &c->mode, "mode", it->f.mode);
	tally_vocab(st, &c->audience, "audience", it->f.audience);
	tally_vocab(st, &c->channel, "channel", it->f.channels);
	tally_vocab(st, &c->stage, "stage", it->f.stage);
	if (dl != NULL && dl->kind == NODE_SCALAR && !node_is_null(dl)) {
		deadline_parse(&st->a, dl->u.s, &d);
		tally(st, &c->deadline, dl_kind_name(d.kind));
	} else
		tally(st, &c->deadline, "none");
}

void
stats_add(struct stats *st, const char *path, struct doc *d)
{
	struct arena		 a = ARENA_INIT;
	const struct catalog	*cat;
	const struct catalog_na	*na;
	struct catalog_iter	 it;
	struct scatalog		*c;
	int			 rank;

	st->cats = xreallocarray(st->cats, st->ncats + 1, sizeof(*st->cats));
	c = &st->cats[st->ncats++];
	memset(c, 0, sizeof(*c));
	cat = catalog_build(&a, d->root, d);
	c->path = arena_strdup(&st->a, path);
	c->id = str(st, cat->hdr.id);
	c->area = str(st, cat->hdr.area);
	c->level = str(st, cat->hdr.level);
	c->jur = str(st, cat->hdr.jurisdiction);
	c->updated = str(st, cat->hdr.updated);
	if (c->area == NULL)
		c->area = "?";
	if (c->jur == NULL)
		c->jur = "?";
	c->key = c->id == NULL ? "" : arena_strndup(&st->a, c->id,
	    catset_jur(c->id, strlen(c->id)));
	/* First levels are the top categories; sub-categories (三级事项)
	 * add items, not first levels. */
	c->ncat = cat->ncats;
	if (cat->nna > 0)
		c->na = arena_calloc(&st->a, cat->nna, sizeof(*c->na));
	rank = cat_rank(st, cat);
	catalog_iter_init(&it, cat);
	while (catalog_next(&it) != CEV_DONE) {
		if (it.ev != CEV_ENTER)
			continue;
		if (it.kind == CK_ITEM)
			count_item(st, c, it.u.item, rank);
		else if (it.kind == CK_NA) {
			na = it.u.na;
			c->na[c->nna].id = str(st, na->id);
			c->na[c->nna].name = str(st, na->name);
			c->na[c->nna++].reason = str(st, na->reason);
		}
	}
	arena_release(&a);
}

void
stats_add_guide(struct stats *st, const char *path, struct doc *d)
{
	struct arena		 a = ARENA_INIT;
	const struct catalog	*cat;
	const struct guide	*g;
	struct sservices	*v;
	const char		*id;
	size_t			 i;

	(void)path;
	st->guides = xreallocarray(st->guides, st->nguides + 1,
	    sizeof(*st->guides));
	v = &st->guides[st->nguides++];
	memset(v, 0, sizeof(*v));
	cat = catalog_build(&a, d->root, d);
	g = guide_build(&a, cat, st->s);
	id = str(st, cat->hdr.id);
	v->key = id == NULL ? "" : arena_strndup(&st->a, id,
	    catset_jur(id, strlen(id)));
	v->name = str(st, cat->hdr.jurisdiction);
	if (v->name == NULL)
		v->name = "?";
	v->level = cat_rank(st, cat);
	v->nguides = 1;
	v->n = g->n;
	for (i = 0; i < g->n; i++) {
		v->type[g->v[i].t]++;
		v->promise[g->v[i].p]++;
	}
	arena_release(&a);
}

static int
cmp_svc(const void *a, const void *b)
{
	const struct sservices *x = a, *y = b;

	return strcmp(x->key, y->key);
}

void
stats_group_guides(struct stats *st, const struct catset *gs)
{
	const struct sservices	*g;
	struct sservices	*v = NULL;
	size_t			 i, k;

	for (i = 0; i < st->nguides; i++) {
		g = &st->guides[i];
		if (i < gs->n && !catset_used(gs, i)) {
			st->guides[i].older = 1;
			continue;
		}
		for (v = NULL, k = 0; k < st->nsvc && v == NULL; k++)
			if (strcmp(st->svc[k].key, g->key) == 0)
				v = &st->svc[k];
		if (v == NULL) {
			st->svc = xreallocarray(st->svc, st->nsvc + 1,
			    sizeof(*st->svc));
			v = &st->svc[st->nsvc++];
			*v = *g;
			continue;
		}
		v->nguides++;
		v->n += g->n;
		for (k = 0; k < GT__MAX; k++)
			v->type[k] += g->type[k];
		for (k = 0; k < STATS_NPROMISE; k++)
			v->promise[k] += g->promise[k];
	}
	/* In the order of the tree, as the jurisdictions are. */
	if (st->nsvc > 0)
		qsort(st->svc, st->nsvc, sizeof(*st->svc), cmp_svc);
}

static int
cmp_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* A catalog's level from the top (vocab.yaml's order); 0 when none. */
static int
rank(const struct stats *st, const struct scatalog *c)
{
	int	 r;

	if (c->level == NULL ||
	    (r = schema_level_rank(st->s, c->level, strlen(c->level))) < 0)
		return 0;
	return r;
}

/* A catalog of the tree and its place in stats.cats. */
struct ref {
	const struct scatalog	*c;
	size_t			 i;
};

/*
 * The n bytes at a against the string b, in the order of the tree: a
 * key before those below it ('/' before any other byte).
 */
static int
cmp_key(const char *a, size_t n, const char *b)
{
	size_t	 i;
	int	 ca, cb;

	for (i = 0; ; i++) {
		ca = i < n ? (unsigned char)a[i] : -1;
		cb = b[i] != '\0' ? (unsigned char)b[i] : -1;
		if (ca != cb || ca == -1)
			break;
	}
	if (ca == cb)
		return 0;
	ca = ca == '/' ? 0 : ca;
	cb = cb == '/' ? 0 : cb;
	return ca < cb ? -1 : 1;
}

/* By jurisdiction, then the order of the tree. */
static int
cmp_ref(const void *a, const void *b)
{
	const struct ref	*x = a, *y = b;
	int			 c;

	if ((c = cmp_key(x->c->key, strlen(x->c->key), y->c->key)) != 0)
		return c;
	return x->i < y->i ? -1 : x->i > y->i;
}

/* The jurisdiction whose key is the len bytes at key, or NULL. */
static struct sjur *
jur_find(const struct stats *st, const char *key, size_t len)
{
	size_t	 lo = 0, hi = st->njurs, mid;
	int	 c;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if ((c = cmp_key(key, len, st->jurs[mid].key)) == 0)
			return &st->jurs[mid];
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

/*
 * Sorting, not comparing every catalog or jurisdiction with every
 * other: a province's tree has tens of thousands.
 */
void
stats_group(struct stats *st, const struct catset *cs)
{
	struct ref	*r;
	struct sjur	*j;
	size_t		 i, e, first, n;

	r = xreallocarray(NULL, st->ncats ? st->ncats : 1, sizeof(*r));
	for (i = 0; i < st->ncats; i++) {
		r[i].c = &st->cats[i];
		r[i].i = i;
		st->cats[i].older = i < cs->n && !catset_used(cs, i);
	}
	qsort(r, st->ncats, sizeof(*r), cmp_ref);
	for (i = 0; i < st->ncats; i = e) {
		/* One jurisdiction: its name and level are those of its
		 * first catalog. */
		first = r[i].i;
		for (e = i + 1; e < st->ncats &&
		    strcmp(r[e].c->key, r[i].c->key) == 0; e++)
			continue;
		st->jurs = xreallocarray(st->jurs, st->njurs + 1,
		    sizeof(*st->jurs));
		j = &st->jurs[st->njurs++];
		memset(j, 0, sizeof(*j));
		j->key = st->cats[first].key;
		j->name = st->cats[first].jur;
		j->level = rank(st, &st->cats[first]);
	}
	free(r);
	/* In the order of the tree, as the jurisdictions now are. */
	for (i = 0; i < st->ncats; i++) {
		j = jur_find(st, st->cats[i].key, strlen(st->cats[i].key));
		j->cats = xreallocarray(j->cats, j->ncats + 1, sizeof(*j->cats));
		j->cats[j->ncats++] = i;
	}
	/* The parent: the nearest key above whose catalogs are here. */
	for (i = 0; i < st->njurs; i++) {
		j = &st->jurs[i];
		for (n = strlen(j->key); n > 0 && j->parent == NULL; ) {
			n = catset_jur(j->key, n);
			j->parent = jur_find(st, j->key, n);
		}
		if (j->parent != NULL)
			j->parent->nchildren++;
	}
}

/*
 * The standard templates: each *.yaml directly under dir (the village
 * template, in a directory of its own, is the village's own area),
 * resolved, by area, with the levels their items are published at.
 */
static int
load_templates(struct stats *st, const char *dir, const struct limits *lim,
    struct diag *dg)
{
	struct arena		 a = ARENA_INIT;
	struct merged		 m;
	struct doc		 d;
	const struct catalog	*cat;
	struct catalog_iter	 it;
	struct dirent		*de;
	DIR			*dp;
	char			**names = NULL;
	const char		*path;
	size_t			 i, n = 0, len;
	int			 rank, rc = 0;

	st->tmpl_loaded = 1;
	if ((dp = opendir(dir)) == NULL) {
		fprintf(stderr, "%s: %s\n", dir, strerror(errno));
		return -1;
	}
	while ((de = readdir(dp)) != NULL) {
		len = strlen(de->d_name);
		if (len <= 5 || de->d_name[0] == '.' ||
		    strcmp(de->d_name + len - 5, ".yaml") != 0)
			continue;
		names = xreallocarray(names, n + 1, sizeof(*names));
		names[n++] = xstrdup(de->d_name);
	}
	closedir(dp);
	if (n > 0)
		qsort(names, n, sizeof(*names), cmp_name);
	for (i = 0; i < n; i++) {
		/* In the stats' arena: findings name it until printed. */
		path = arena_strfmt(&st->a, "%s/%s", dir, names[i]);
		memset(&m, 0, sizeof(m));
		if (doc_load(&d, path, lim, dg) != 0 ||
		    merge_resolve(&m, &d, st->s, lim, dg) != 0)
			rc = -1;
		else {
			cat = catalog_build(&a, m.out.root, &m.out);
			st->tmpl = xreallocarray(st->tmpl, st->ntmpl + 1,
			    sizeof(*st->tmpl));
			st->tmpl[st->ntmpl].area = node_str(cat->hdr.area) ?
			    arena_strdup(&st->a, cat->hdr.area->u.s) : "?";
			st->tmpl[st->ntmpl].levels = 0;
			rank = cat_rank(st, cat);
			catalog_iter_init(&it, cat);
			while (catalog_next(&it) != CEV_DONE)
				if (it.ev == CEV_ENTER && it.kind == CK_ITEM)
					st->tmpl[st->ntmpl].levels |=
					    item_levels(st,
					    it.u.item->f.levels, rank);
			st->ntmpl++;
		}
		merge_release(&m);
		doc_release(&d);
		free(names[i]);
	}
	free(names);
	arena_release(&a);
	return rc;
}

/* Areas in the order of vocab.yaml, then local areas by slug. */
static int
area_cmp(const struct stats *st, const char *a, const char *b)
{
	const struct vocab	*v = schema_vocab(st->s, "area");
	const struct vmatch	*ma, *mb;
	size_t			 ra, rb;

	ma = vocab_find(v, a, strlen(a));
	mb = vocab_find(v, b, strlen(b));
	ra = ma != NULL ? (size_t)(ma->term - v->terms) : v->n;
	rb = mb != NULL ? (size_t)(mb->term - v->terms) : v->n;
	if (ra != rb)
		return ra < rb ? -1 : 1;
	return strcmp(a, b);
}

/* What a county assigns to the level: areas whose items reach it. */
static void
assign(struct stats *st, struct sjur *j, const char *area, unsigned levels)
{
	size_t	 i;

	if ((levels & (1U << j->level)) == 0)
		return;
	area_add(&j->expect, &j->nexpect, area);
	/* Kept sorted, by insertion: a handful of areas. */
	for (i = j->nexpect - 1; i > 0 &&
	    area_cmp(st, j->expect[i - 1], j->expect[i]) > 0; i--) {
		area = j->expect[i];
		j->expect[i] = j->expect[i - 1];
		j->expect[i - 1] = area;
	}
}

int
stats_derive(struct stats *st, const char *dir, const struct limits *lim,
    struct diag *dg)
{
	const struct vocab	*v = schema_vocab(st->s, "area");
	const struct scatalog	*c;
	struct sjur		*j, *p;
	size_t			 i, k;
	int			 lv;

	for (i = 0; i < st->njurs; i++) {
		j = &st->jurs[i];
		lv = j->level < STATS_LEVELS ? j->level : STATS_LEVELS - 1;
		free(j->expect);
		j->expect = NULL;
		j->nexpect = 0;
		if (st->given[lv]) {
			j->from = SX_FILE;
			for (k = 0; k < st->nexpect[lv]; k++)
				area_add(&j->expect, &j->nexpect,
				    st->expect[lv][k]);
			continue;
		}
		if (lv == 0) {
			/* Not those only villages keep (村务公开). */
			j->from = SX_STANDARD;
			for (k = 0; k < v->n; k++)
				if (schema_area_kept(&v->terms[k], 0))
					area_add(&j->expect, &j->nexpect,
					    v->terms[k].slug);
			continue;
		}
		for (p = j->parent; p != NULL && p->level != 0; p = p->parent)
			continue;
		if (p != NULL) {
			j->from = SX_COUNTY;
			for (k = 0; k < p->ncats; k++) {
				c = &st->cats[p->cats[k]];
				if (!c->older)
					assign(st, j, c->area, c->levels);
			}
		} else {
			j->from = SX_TEMPLATES;
			if (!st->tmpl_loaded &&
			    load_templates(st, dir, lim, dg) != 0)
				return -1;
			for (k = 0; k < st->ntmpl; k++)
				assign(st, j, st->tmpl[k].area,
				    st->tmpl[k].levels);
		}
		if (lv == 2)
			assign(st, j, STATS_VILLAGE_AREA, 1U << lv);
	}
	return 0;
}

static int
covers(const struct stats *st, const struct sjur *j, const char *area)
{
	size_t	 i;

	for (i = 0; i < j->ncats; i++)
		if (same_area(st->cats[j->cats[i]].area, area))
			return 1;
	return 0;
}

size_t
stats_missing(const struct stats *st, const struct sjur *j, const char **out,
    size_t max)
{
	size_t	 i, n = 0;

	for (i = 0; i < j->nexpect; i++)
		if (!covers(st, j, j->expect[i])) {
			if (n < max)
				out[n] = j->expect[i];
			n++;
		}
	return n;
}

/* --- printing --- */

static const char *
area_label(const struct stats *st, const char *slug)
{
	const struct vmatch	*m;

	m = vocab_find(schema_vocab(st->s, "area"), slug, strlen(slug));
	return m != NULL ? m->term->label : slug;
}

/*
 * How an area is named to people: its label; the village's own area,
 * local today and so without one, in the locale's words.
 */
static const char *
area_word(const struct stats *st, const char *slug)
{
	const struct vmatch	*m;

	m = vocab_find(schema_vocab(st->s, "area"), slug, strlen(slug));
	if (m != NULL)
		return m->term->label;
	return own_area(slug) ? _("village affairs") : slug;
}

static int
counted(const struct stats *st, const struct scatalog *c)
{
	(void)st;
	return !c->older;
}

static void
sum(const struct stats *st, const struct sjur *j, size_t *ncat,
    size_t *nitem, size_t *nareas)
{
	size_t	 i;

	*ncat = *nitem = *nareas = 0;
	for (i = 0; i < j->ncats; i++)
		if (counted(st, &st->cats[j->cats[i]])) {
			*ncat += st->cats[j->cats[i]].ncat;
			*nitem += st->cats[j->cats[i]].nitem;
			(*nareas)++;
		}
}

/* What the jurisdictions of each level count, as city reports total
 * them: jurisdictions, catalogs, expected area-slots (an area expected
 * of a jurisdiction) and those missing, first- and second-level items. */
struct level_total {
	size_t	 njurs, ncats, ncat, nitem, nslot, nmiss;
};

static void
level_totals(const struct stats *st, struct level_total lt[3])
{
	const struct sjur	*j;
	size_t			 i, ncat, nitem, nareas;

	memset(lt, 0, 3 * sizeof(*lt));
	for (i = 0; i < st->njurs; i++) {
		j = &st->jurs[i];
		if (j->level < 0 || j->level > 2)
			continue;
		sum(st, j, &ncat, &nitem, &nareas);
		lt[j->level].nslot += j->nexpect;
		lt[j->level].nmiss += stats_missing(st, j, NULL, 0);
		lt[j->level].njurs++;
		lt[j->level].ncats += nareas;
		lt[j->level].ncat += ncat;
		lt[j->level].nitem += nitem;
	}
}

/* The tallies of a jurisdiction's counted catalogs, added up. */
static void
merge_tallies(const struct stats *st, const struct sjur *j, int which,
    struct tallies *out)
{
	const struct tallies	*t;
	size_t			 i, k, m;

	memset(out, 0, sizeof(*out));
	for (i = 0; i < j->ncats; i++) {
		if (!counted(st, &st->cats[j->cats[i]]))
			continue;
		t = which == 0 ? &st->cats[j->cats[i]].mode : which == 1 ?
		    &st->cats[j->cats[i]].audience : which == 2 ?
		    &st->cats[j->cats[i]].channel : which == 3 ?
		    &st->cats[j->cats[i]].deadline : &st->cats[j->cats[i]].stage;
		for (k = 0; k < t->n; k++) {
			for (m = 0; m < out->n; m++)
				if (strcmp(out->v[m].key, t->v[k].key) == 0)
					break;
			if (m == out->n && out->n < STATS_MAXTALLY)
				out->v[out->n++].key = t->v[k].key;
			if (m < STATS_MAXTALLY)
				out->v[m].n += t->v[k].n;
		}
	}
}

/* enum stats_from, in the JSON. */
static const char *const fromkey[] = { "standard", "file", "county",
    "templates" };

/* The tallies, by merge_tallies()'s which. */
#define NTALLY	5
static const char *const tallyname[NTALLY] = { N_("by mode:"),
    N_("by audience:"), N_("by channel:"), N_("by time limit:"),
    N_("by stage (五公开):") };
static const char *const tallykey[NTALLY] = { "mode", "audience",
    "channel", "deadline", "stage" };

/*
 * How a tally's key is named to people: under a Chinese locale a
 * vocabulary term by its label; the kinds of time limit in the
 * locale's words.
 */
static const char *
tally_word(const struct stats *st, int m, const char *key)
{
	static const char *const vocab[] = { "mode", "audience", "channel",
	    NULL, "stage" };
	static const char *const dl[][2] = {
		{ "relative", N_("relative") }, { "realtime", N_("realtime") },
		{ "timely", N_("timely") }, { "periodic", N_("periodic") },
		{ "standing", N_("standing") }, { "ditto", N_("ditto") },
		{ "text", N_("text") }, { "none", N_("none") }
	};
	const struct vmatch	*v;
	size_t			 i;

	if (m == 3) {
		for (i = 0; i < sizeof(dl) / sizeof(dl[0]); i++)
			if (strcmp(dl[i][0], key) == 0)
				return _(dl[i][1]);
		return key;
	}
	if (strcmp(key, "other") == 0)
		return _("other");
	if (msg_chinese() && (v = vocab_find(schema_vocab(st->s, vocab[m]),
	    key, strlen(key))) != NULL)
		return v->term->label;
	return key;
}

/* How a level is named to people: its label under a Chinese locale. */
static const char *
level_name(const struct stats *st, int rank)
{
	const struct vocab	*v = schema_vocab(st->s, "level");

	return msg_chinese() ? v->terms[rank].label : v->terms[rank].slug;
}

/*
 * Coverage, covered out of slots, in per cent to one decimal, rounded
 * half up, into p (at least 8 bytes); "-" when nothing is expected.
 */
static const char *
percent(char *p, size_t size, size_t covered, size_t slots)
{
	size_t	 t;

	if (slots == 0)
		snprintf(p, size, "-");
	else {
		t = (covered * 1000 + slots / 2) / slots;
		snprintf(p, size, "%zu.%zu%%", t / 10, t % 10);
	}
	return p;
}

/* The slugs of 办件类型 and 跑动承诺 in guide.h's order, from 1. */
static const char *const svc_type[GT__MAX] = { NULL, "immediate",
    "promised", "joint", "reported" };
static const char *const svc_promise[STATS_NPROMISE] = { NULL,
    "at-most-once", "zero", "remote" };

/* A term of a vocabulary as people read it: its label in Chinese. */
static const char *
term_word(const struct stats *st, const char *vocab, const char *slug)
{
	const struct vmatch	*v;

	if (msg_chinese() && (v = vocab_find(schema_vocab(st->s, vocab),
	    slug, strlen(slug))) != NULL)
		return v->term->label;
	return slug;
}

/* "immediate 1, promised 2, ...; at-most-once 1, ..." of v. */
static void
svc_counts(struct buf *b, const struct stats *st, const struct sservices *v)
{
	size_t	 k;

	for (k = 1; k < GT__MAX; k++)
		buf_addf(b, "%s%s %zu", k > 1 ? _(", ") : _("; "),
		    term_word(st, "service-type", svc_type[k]), v->type[k]);
	for (k = 1; k < STATS_NPROMISE; k++)
		buf_addf(b, "%s%s %zu", k > 1 ? _(", ") : _("; "),
		    term_word(st, "visit-promise", svc_promise[k]),
		    v->promise[k]);
	buf_addch(b, '\n');
}

/* The services section: per jurisdiction, then per level. */
static void
print_services(struct buf *b, const struct stats *st)
{
	const struct sservices	*v;
	struct sservices	 lt[STATS_LEVELS];
	size_t			 i, k, depth, nj[STATS_LEVELS];
	const char		*p;

	if (st->nsvc == 0)
		return;
	memset(lt, 0, sizeof(lt));
	memset(nj, 0, sizeof(nj));
	buf_adds(b, _("services (办事指南):\n"));
	for (i = 0; i < st->nsvc; i++) {
		v = &st->svc[i];
		/* Under each jurisdiction above it that has guides. */
		for (depth = 0, k = 0; k < i; k++) {
			p = st->svc[k].key;
			if (strncmp(v->key, p, strlen(p)) == 0 &&
			    v->key[strlen(p)] == '/')
				depth++;
		}
		buf_addf(b, "%*s", (int)(2 * depth), "");
		if (v->level >= 0 && v->level < STATS_LEVELS)
			buf_addf(b, _("%s (%s): "), v->name,
			    level_name(st, v->level));
		else
			buf_addf(b, "%s: ", v->name);
		buf_addf(b, _("%zu guides, %zu services"), v->nguides, v->n);
		svc_counts(b, st, v);
		if (v->level < 0 || v->level >= STATS_LEVELS)
			continue;
		nj[v->level]++;
		lt[v->level].n += v->n;
		for (k = 0; k < GT__MAX; k++)
			lt[v->level].type[k] += v->type[k];
		for (k = 0; k < STATS_NPROMISE; k++)
			lt[v->level].promise[k] += v->promise[k];
	}
	for (i = 0; i < STATS_LEVELS; i++) {
		if (nj[i] == 0)
			continue;
		buf_addf(b, _("%s level: %zu jurisdictions, %zu services"),
		    level_name(st, (int)i), nj[i], lt[i].n);
		svc_counts(b, st, &lt[i]);
	}
}

/* The services as JSON: a member of the report's object. */
static void
json_services(struct buf *b, const struct stats *st)
{
	const struct sservices	*v;
	size_t			 i, k;

	buf_adds(b, ",\n \"services\": [");
	for (i = 0; i < st->nsvc; i++) {
		v = &st->svc[i];
		buf_adds(b, i ? ",\n  {\"name\": " : "\n  {\"name\": ");
		json_string(b, v->name);
		buf_adds(b, ", \"key\": ");
		json_string(b, v->key);
		buf_adds(b, ", \"level\": ");
		json_string(b, v->level >= 0 && v->level < STATS_LEVELS ?
		    schema_level_slug(st->s, v->level) : NULL);
		buf_addf(b, ", \"guides\": %zu, \"services\": %zu, "
		    "\"by_type\": {", v->nguides, v->n);
		for (k = 1; k < GT__MAX; k++)
			buf_addf(b, "%s\"%s\": %zu", k > 1 ? ", " : "",
			    svc_type[k], v->type[k]);
		buf_adds(b, "}, \"by_promise\": {");
		for (k = 1; k < STATS_NPROMISE; k++)
			buf_addf(b, "%s\"%s\": %zu", k > 1 ? ", " : "",
			    svc_promise[k], v->promise[k]);
		buf_adds(b, "}}");
	}
	buf_adds(b, "]");
}

static int
stale(const struct stats *st, const struct scatalog *c)
{
	return st->stale != NULL && counted(st, c) &&
	    (c->updated == NULL || strcmp(c->updated, st->stale) < 0);
}

static void
print_text(struct buf *b, const struct stats *st)
{
	const struct sjur	*j, *p;
	const struct scatalog	*c;
	struct tallies		 t;
	const char		*miss[64], *older;
	struct level_total	 lt[3];
	char			 pc[48];
	size_t			 i, k, m, n, ncat, nitem, nareas, depth;
	size_t			 tc = 0, ti = 0, tn = 0;

	for (i = 0; i < st->njurs; i++) {
		j = &st->jurs[i];
		for (depth = 0, p = j->parent; p != NULL; p = p->parent)
			depth++;
		sum(st, j, &ncat, &nitem, &nareas);
		tc += ncat;
		ti += nitem;
		buf_addf(b, "%*s", (int)(2 * depth), "");
		buf_addf(b, _("%s (%s): "), j->name, level_name(st, j->level));
		if (j->nexpect > 0) {
			n = stats_missing(st, j, miss, 64);
			buf_addf(b, _("%zu of %zu areas"), j->nexpect - n,
			    j->nexpect);
			for (k = 0; k < n && k < 64; k++) {
				buf_adds(b, k ? _(", ") : _("; missing: "));
				/* A slug says nothing more in Chinese. */
				if (msg_chinese())
					buf_adds(b, area_word(st, miss[k]));
				else
					buf_addf(b, "%s (%s)",
					    area_word(st, miss[k]), miss[k]);
			}
		} else
			buf_addf(b, _("catalogs: %zu"), nareas);
		if (j->from == SX_TEMPLATES)
			buf_adds(b, _("; areas as the standard templates assign "
			    "them (no county in the tree)"));
		buf_addf(b, _("; %zu first-level, %zu second-level items\n"),
		    ncat, nitem);
		for (k = 0; k < j->ncats; k++) {
			c = &st->cats[j->cats[k]];
			older = c->older ? _(" (older version, not counted)") :
			    "";
			/* In Chinese the area by its label alone, in words:
			 * a padded column does not line up in CJK. */
			if (msg_chinese())
				buf_addf(b, _("%*s  %s%s: %zu first-level, %zu "
				    "second-level items\n"), (int)(2 * depth), "",
				    area_word(st, c->area), older, c->ncat,
				    c->nitem);
			else
				buf_addf(b, "%*s  %-24s %3zu %4zu  %s%s\n",
				    (int)(2 * depth), "", c->area, c->ncat,
				    c->nitem, area_word(st, c->area), older);
		}
		for (m = 0; m < NTALLY; m++) {
			merge_tallies(st, j, (int)m, &t);
			if (t.n == 0)
				continue;
			buf_addf(b, "%*s  %s", (int)(2 * depth), "",
			    _(tallyname[m]));
			for (k = 0; k < t.n; k++)
				buf_addf(b, " %s %zu", tally_word(st, (int)m,
				    t.v[k].key), t.v[k].n);
			buf_addch(b, '\n');
		}
		for (k = 0; k < j->ncats; k++) {
			c = &st->cats[j->cats[k]];
			for (m = 0; counted(st, c) && m < c->nna; m++) {
				buf_addf(b, "%*s  ", (int)(2 * depth), "");
				buf_addf(b, _("not applicable: %s %s: %s\n"),
				    c->na[m].id ? c->na[m].id : "?",
				    c->na[m].name ? c->na[m].name : "",
				    c->na[m].reason ? c->na[m].reason :
				    _("(no reason)"));
				tn++;
			}
		}
	}
	for (i = 0, n = 0; i < st->njurs; i++)
		if (st->jurs[i].level == 1 && st->jurs[i].nchildren == 0)
			buf_addf(b, "%s%s", n++ ? _(", ") :
			    _("townships with no village catalogs: "),
			    st->jurs[i].name);
	if (n > 0)
		buf_addch(b, '\n');
	for (i = 0, n = 0; i < st->ncats; i++)
		if (stale(st, &st->cats[i])) {
			if (n++ == 0)
				buf_addf(b, _("not updated since %s:\n"),
				    st->stale);
			if (st->cats[i].updated != NULL)
				buf_addf(b, _("  %s (updated %s)\n"),
				    st->cats[i].path, st->cats[i].updated);
			else
				buf_addf(b, _("  %s (never updated)\n"),
				    st->cats[i].path);
		}
	level_totals(st, lt);
	for (i = 0; i < 3; i++)
		if (lt[i].njurs > 0)
			buf_addf(b, _("%s level: %zu jurisdictions, %zu "
			    "catalogs; %zu of %zu expected areas covered, %zu "
			    "missing, coverage %s; %zu first-level, %zu "
			    "second-level items\n"), level_name(st, (int)i),
			    lt[i].njurs, lt[i].ncats, lt[i].nslot - lt[i].nmiss,
			    lt[i].nslot, lt[i].nmiss, percent(pc, sizeof(pc),
			    lt[i].nslot - lt[i].nmiss, lt[i].nslot), lt[i].ncat,
			    lt[i].nitem);
	buf_addf(b, _("total: %zu jurisdictions, %zu catalogs, %zu "
	    "first-level, %zu second-level items, %zu not applicable\n"),
	    st->njurs, st->ncats, tc, ti, tn);
	print_services(b, st);
}

static void
print_json(struct buf *b, const struct stats *st)
{
	const struct sjur	*j;
	const struct scatalog	*c;
	struct tallies		 t;
	const char		*miss[64];
	struct level_total	 lt[3];
	char			 pc[48];
	size_t			 i, k, m, n, ncat, nitem, nareas;

	buf_adds(b, "{\"jurisdictions\": [");
	for (i = 0; i < st->njurs; i++) {
		j = &st->jurs[i];
		sum(st, j, &ncat, &nitem, &nareas);
		buf_adds(b, i ? ",\n  {\"name\": " : "\n  {\"name\": ");
		json_string(b, j->name);
		buf_adds(b, ", \"key\": ");
		json_string(b, j->key);
		buf_addf(b, ", \"level\": \"%s\", \"parent\": ",
		    schema_level_slug(st->s, j->level));
		json_string(b, j->parent ? j->parent->name : NULL);
		buf_adds(b, ", \"parent_key\": ");
		json_string(b, j->parent ? j->parent->key : NULL);
		buf_addf(b, ", \"first_level\": %zu, \"second_level\": %zu, "
		    "\"areas\": [", ncat, nitem);
		for (k = 0; k < j->ncats; k++) {
			c = &st->cats[j->cats[k]];
			buf_adds(b, k ? ", {\"area\": " : "{\"area\": ");
			json_string(b, c->area);
			buf_addf(b, ", \"first_level\": %zu, \"second_level\": "
			    "%zu, \"counted\": %s, \"updated\": ", c->ncat,
			    c->nitem, counted(st, c) ? "true" : "false");
			json_string(b, c->updated);
			buf_adds(b, ", \"file\": ");
			json_string(b, c->path);
			buf_adds(b, ", \"not_applicable\": [");
			for (m = 0; m < c->nna; m++) {
				buf_adds(b, m ? ", {\"id\": " : "{\"id\": ");
				json_string(b, c->na[m].id);
				buf_adds(b, ", \"reason\": ");
				json_string(b, c->na[m].reason);
				buf_addch(b, '}');
			}
			buf_adds(b, "]}");
		}
		buf_adds(b, "], \"expected\": [");
		for (k = 0; k < j->nexpect; k++) {
			buf_adds(b, k ? ", " : "");
			json_string(b, j->expect[k]);
		}
		buf_addf(b, "], \"expected_from\": \"%s\"", fromkey[j->from]);
		buf_adds(b, ", \"missing\": [");
		n = stats_missing(st, j, miss, 64);
		for (k = 0; k < n && k < 64; k++) {
			buf_adds(b, k ? ", " : "");
			json_string(b, miss[k]);
		}
		buf_adds(b, "]");
		for (m = 0; m < NTALLY; m++) {
			merge_tallies(st, j, (int)m, &t);
			buf_addf(b, ", \"by_%s\": {", tallykey[m]);
			for (k = 0; k < t.n; k++) {
				buf_adds(b, k ? ", " : "");
				json_string(b, t.v[k].key);
				buf_addf(b, ": %zu", t.v[k].n);
			}
			buf_addch(b, '}');
		}
		buf_addch(b, '}');
	}
	buf_adds(b, "\n], \"townships_without_villages\": [");
	for (i = 0, n = 0; i < st->njurs; i++)
		if (st->jurs[i].level == 1 && st->jurs[i].nchildren == 0) {
			buf_adds(b, n++ ? ", " : "");
			json_string(b, st->jurs[i].name);
		}
	buf_adds(b, "], \"stale\": [");
	for (i = 0, n = 0; i < st->ncats; i++)
		if (stale(st, &st->cats[i])) {
			buf_adds(b, n++ ? ", " : "");
			json_string(b, st->cats[i].path);
		}
	buf_adds(b, "], \"levels\": {");
	level_totals(st, lt);
	for (i = 0, n = 0; i < 3; i++)
		if (lt[i].njurs > 0) {
			buf_addf(b, "%s\"%s\": {\"jurisdictions\": %zu, "
			    "\"catalogs\": %zu, \"expected\": %zu, "
			    "\"covered\": %zu, \"missing\": %zu, \"coverage\": ",
			    n++ ? ", " : "", schema_level_slug(st->s, (int)i),
			    lt[i].njurs, lt[i].ncats, lt[i].nslot,
			    lt[i].nslot - lt[i].nmiss, lt[i].nmiss);
			/* A number of per cent, as the text gives it. */
			percent(pc, sizeof(pc), lt[i].nslot - lt[i].nmiss,
			    lt[i].nslot);
			if (lt[i].nslot == 0)
				buf_adds(b, "null");
			else
				buf_add(b, pc, strlen(pc) - 1);
			buf_addf(b, ", \"first_level\": %zu, "
			    "\"second_level\": %zu}", lt[i].ncat, lt[i].nitem);
		}
	buf_adds(b, "}");
	if (st->nsvc > 0)
		json_services(b, st);
	buf_adds(b, "}\n");
}

static void
print_csv(struct buf *b, const struct stats *st)
{
	const struct sjur	*j;
	const struct scatalog	*c;
	struct level_total	 lt[3];
	char			 pc[48];
	size_t			 i, k;

	buf_adds(b, "jurisdiction,level,parent,area,area_name,first_level,"
	    "second_level,not_applicable,updated,counted,file\r\n");
	for (i = 0; i < st->njurs; i++) {
		j = &st->jurs[i];
		for (k = 0; k < j->ncats; k++) {
			c = &st->cats[j->cats[k]];
			cell_escape(b, j->name, ',');
			buf_addf(b, ",%s,", schema_level_slug(st->s, j->level));
			cell_escape(b, j->parent ? j->parent->name : NULL, ',');
			buf_addch(b, ',');
			cell_escape(b, c->area, ',');
			buf_addch(b, ',');
			cell_escape(b, area_label(st, c->area), ',');
			buf_addf(b, ",%zu,%zu,%zu,", c->ncat, c->nitem, c->nna);
			cell_escape(b, c->updated, ',');
			buf_addf(b, ",%s,", counted(st, c) ? "yes" : "no");
			cell_escape(b, c->path, ',');
			buf_adds(b, "\r\n");
		}
	}
	/* The totals by level: a second table after an empty row, as
	 * a spreadsheet shows two tables on one sheet. */
	level_totals(st, lt);
	buf_adds(b, "\r\nlevel,jurisdictions,catalogs,expected,covered,"
	    "missing,coverage,first_level,second_level\r\n");
	for (i = 0; i < 3; i++) {
		if (lt[i].njurs == 0)
			continue;
		percent(pc, sizeof(pc), lt[i].nslot - lt[i].nmiss,
		    lt[i].nslot);
		buf_addf(b, "%s,%zu,%zu,%zu,%zu,%zu,%s,%zu,%zu\r\n",
		    schema_level_slug(st->s, (int)i), lt[i].njurs, lt[i].ncats,
		    lt[i].nslot, lt[i].nslot - lt[i].nmiss, lt[i].nmiss,
		    lt[i].nslot ? pc : "", lt[i].ncat, lt[i].nitem);
	}
}

static void
head(struct buf *b, const char *s)
{
	buf_adds(b, "<th scope=\"col\">");
	html_escape(b, s);
	buf_adds(b, "</th>");
}

/* The areas of the grid: every area expected or published, in order. */
static size_t
grid_areas(const struct stats *st, const char ***out)
{
	const struct sjur	*j;
	const char		**v = NULL, *t;
	size_t			 i, k, n = 0, m;

	for (i = 0; i < st->njurs; i++) {
		j = &st->jurs[i];
		for (k = 0; k < j->nexpect + j->ncats; k++) {
			if (k >= j->nexpect &&
			    !counted(st, &st->cats[j->cats[k - j->nexpect]]))
				continue;
			area_add(&v, &n, k < j->nexpect ? j->expect[k] :
			    st->cats[j->cats[k - j->nexpect]].area);
			for (m = n - 1; m > 0 &&
			    area_cmp(st, v[m - 1], v[m]) > 0; m--) {
				t = v[m];
				v[m] = v[m - 1];
				v[m - 1] = t;
			}
		}
	}
	*out = v;
	return n;
}

static int
expects(const struct sjur *j, const char *area)
{
	size_t	 i;

	for (i = 0; i < j->nexpect; i++)
		if (same_area(j->expect[i], area))
			return 1;
	return 0;
}

/* The cells of the grid: class, symbol (read without colour), word. */
static const char *const cell[4][3] = {
	{ "cov", "\u2713", N_("covered") },
	{ "miss", "\u2717", N_("missing") },
	{ "extra", "+", N_("published, not expected") },
	{ "none", "\u00b7", N_("not expected") }
};

static void
html_cell(struct buf *b, int kind)
{
	buf_addf(b, "<td class=\"%s\" title=\"", cell[kind][0]);
	html_escape(b, _(cell[kind][2]));
	buf_addf(b, "\">%s</td>", cell[kind][1]);
}

static size_t
depth_of(const struct sjur *j)
{
	size_t	 d = 0;

	for (j = j->parent; j != NULL; j = j->parent)
		d++;
	return d;
}

/* A term of the page's description list and what it is. */
static void
html_meta(struct buf *b, const char *term, const char *def)
{
	buf_adds(b, "<dt>");
	html_escape(b, term);
	buf_adds(b, "</dt><dd>");
	html_escape(b, def);
	buf_adds(b, "</dd>\n");
}

/*
 * The page to attach to a report: who made it from what and when, the
 * totals by level, the grid of jurisdictions by areas (each cell a
 * symbol as well as a colour, for a black-and-white printer), then the
 * coverage of each jurisdiction and its catalogs.  A4 landscape when
 * printed; no scripts and nothing loaded from elsewhere.
 */
static void
print_html(struct buf *b, const struct stats *st)
{
	const struct sjur	*j;
	const struct scatalog	*c;
	const char		*miss[64], **areas;
	struct level_total	 lt[3];
	char			 pc[48];
	size_t			 i, k, n, na, ncat, nitem, nareas, tm;

	buf_addf(b, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n"
	    "<meta charset=\"utf-8\">\n<title>", msg_chinese() ? "zh-CN" :
	    "en");
	html_escape(b, _("Coverage of the standard disclosure catalogs"));
	buf_adds(b, "</title>\n<style>\n"
	    "@page{size:A4 landscape;margin:12mm}\n"
	    "body{font-family:\"Noto Serif CJK SC\",\"Songti SC\",serif;"
	    "margin:2em auto;max-width:75em;color:#222}\n"
	    "h1{font-size:1.5em;border-bottom:2px solid #9b1c1c}\n"
	    "h2{font-size:1.2em}\n"
	    "dl.meta{display:grid;grid-template-columns:max-content auto;"
	    "gap:.2em 1em}\ndl.meta dt{font-weight:bold}\n"
	    "dl.meta dd{margin:0}\n"
	    "table{border-collapse:collapse;margin:1em 0}\n"
	    "th,td{border:1px solid #999;padding:.3em .5em;text-align:left}\n"
	    "th{background:#f2efe8}\ntd.n{text-align:right}\n"
	    ".bar{background:#9b1c1c;height:1em}\n.track{background:#eee;"
	    "width:8em}\n.missing{color:#9b1c1c}\n"
	    "table.grid th.a{writing-mode:vertical-rl;white-space:nowrap;"
	    "vertical-align:bottom;font-weight:normal;padding:.3em .1em}\n"
	    "table.grid td{text-align:center;padding:.1em .3em}\n"
	    "table.grid th small{font-weight:normal;color:#555}\n"
	    ".cov{background:#d5ecd4}\n.miss{background:#f3c4bf;"
	    "font-weight:bold}\n.extra{background:#dbe6f4}\n"
	    ".none{color:#888}\n.key span{display:inline-block;"
	    "min-width:1.5em;text-align:center;border:1px solid #999;"
	    "margin:0 .3em 0 1em}\n"
	    "@media print{body{margin:0;max-width:none;font-size:9pt}"
	    "thead{display:table-header-group}tr{break-inside:avoid}"
	    "h2{break-after:avoid}*{-webkit-print-color-adjust:exact;"
	    "print-color-adjust:exact}}\n"
	    "</style>\n</head>\n<body>\n<main>\n<h1>");
	html_escape(b, _("Coverage of the standard disclosure catalogs"));
	buf_adds(b, "</h1>\n<dl class=\"meta\">\n");
	if (st->date != NULL)
		html_meta(b, _("Audit date"), st->date);
	buf_adds(b, "<dt>");
	html_escape(b, _("Inputs"));
	buf_adds(b, "</dt><dd>");
	for (i = 0; i < st->ninputs; i++) {
		buf_adds(b, i ? " <code>" : "<code>");
		html_escape(b, st->inputs[i]);
		buf_adds(b, "</code>");
	}
	buf_adds(b, "</dd>\n<dt>");
	html_escape(b, _("Expected areas"));
	buf_adds(b, "</dt><dd>");
	if (st->expect_path != NULL) {
		buf_adds(b, "<code>");
		html_escape(b, st->expect_path);
		buf_adds(b, "</code>");
	} else
		html_escape(b, _("counties: the standard areas; townships "
		    "and villages: the areas their county assigns to their "
		    "level"));
	buf_adds(b, "</dd>\n");
	if (st->version != NULL)
		html_meta(b, _("Version"), st->version);
	buf_adds(b, "</dl>\n<h2>");

	html_escape(b, _("Totals by level"));
	buf_adds(b, "</h2>\n<table>\n<thead><tr>");
	head(b, _("Level"));
	head(b, _("Jurisdictions"));
	head(b, _("Catalogs"));
	head(b, _("Expected areas"));
	head(b, _("Covered"));
	head(b, _("Missing"));
	head(b, _("Coverage"));
	head(b, _("First-level items"));
	head(b, _("Second-level items"));
	buf_adds(b, "</tr></thead>\n<tbody>\n");
	level_totals(st, lt);
	for (i = 0; i < 3; i++) {
		if (lt[i].njurs == 0)
			continue;
		buf_adds(b, "<tr><th scope=\"row\">");
		html_escape(b, level_name(st, (int)i));
		buf_addf(b, "</th><td class=\"n\">%zu</td><td class=\"n\">%zu"
		    "</td><td class=\"n\">%zu</td><td class=\"n\">%zu</td>"
		    "<td class=\"n\">%zu</td><td class=\"n\">%s</td>"
		    "<td class=\"n\">%zu</td><td class=\"n\">%zu</td></tr>\n",
		    lt[i].njurs, lt[i].ncats, lt[i].nslot,
		    lt[i].nslot - lt[i].nmiss, lt[i].nmiss, percent(pc,
		    sizeof(pc), lt[i].nslot - lt[i].nmiss, lt[i].nslot),
		    lt[i].ncat, lt[i].nitem);
	}
	buf_adds(b, "</tbody>\n</table>\n<h2>");

	html_escape(b, _("Areas by jurisdiction"));
	buf_adds(b, "</h2>\n<p class=\"key\">");
	for (k = 0; k < 4; k++) {
		buf_addf(b, "<span class=\"%s\">%s</span>", cell[k][0],
		    cell[k][1]);
		html_escape(b, _(cell[k][2]));
	}
	buf_adds(b, "</p>\n<table class=\"grid\">\n<thead><tr>");
	head(b, _("Jurisdiction"));
	na = grid_areas(st, &areas);
	for (k = 0; k < na; k++) {
		buf_adds(b, "<th scope=\"col\" class=\"a\">");
		html_escape(b, area_word(st, areas[k]));
		buf_adds(b, "</th>");
	}
	head(b, _("Covered / expected"));
	buf_adds(b, "</tr></thead>\n<tbody>\n");
	for (i = 0, tm = 0; i < st->njurs; i++) {
		j = &st->jurs[i];
		n = stats_missing(st, j, NULL, 0);
		buf_addf(b, "<tr><th scope=\"row\" style=\"padding-left:"
		    "%zuem\">", 1 + depth_of(j));
		html_escape(b, j->name);
		/* Measured by the templates: marked, said below. */
		if (j->from == SX_TEMPLATES) {
			buf_adds(b, "<sup>*</sup>");
			tm++;
		}
		buf_adds(b, " <small>");
		html_escape(b, level_name(st, j->level));
		buf_adds(b, "</small></th>");
		for (k = 0; k < na; k++) {
			if (expects(j, areas[k]))
				html_cell(b, covers(st, j, areas[k]) ? 0 : 1);
			else
				html_cell(b, covers(st, j, areas[k]) ? 2 : 3);
		}
		buf_addf(b, "<td class=\"n\">%zu/%zu</td></tr>\n",
		    j->nexpect - n, j->nexpect);
	}
	free(areas);
	buf_adds(b, "</tbody>\n</table>\n");
	if (tm > 0) {
		buf_adds(b, "<p>* ");
		html_escape(b, _("areas as the standard templates assign them "
		    "(no county in the tree)"));
		buf_adds(b, "</p>\n");
	}
	buf_adds(b, "<h2>");

	html_escape(b, _("Coverage by jurisdiction"));
	buf_adds(b, "</h2>\n<table>\n<caption>");
	html_escape(b, _("Areas covered"));
	buf_adds(b, "</caption>\n<thead><tr>");
	head(b, _("Jurisdiction"));
	head(b, _("Level"));
	head(b, _("Areas"));
	head(b, _("First-level items"));
	head(b, _("Second-level items"));
	head(b, _("Coverage"));
	buf_adds(b, "</tr></thead>\n<tbody>\n");
	for (i = 0; i < st->njurs; i++) {
		j = &st->jurs[i];
		sum(st, j, &ncat, &nitem, &nareas);
		n = stats_missing(st, j, NULL, 0);
		buf_adds(b, "<tr><th scope=\"row\">");
		html_escape(b, j->name);
		buf_adds(b, "</th><td>");
		html_escape(b, level_name(st, j->level));
		buf_addf(b, "</td><td class=\"n\">%zu</td><td class=\"n\">%zu"
		    "</td><td class=\"n\">%zu</td><td>", nareas, ncat, nitem);
		if (j->nexpect > 0)
			buf_addf(b, "<div class=\"track\"><div class=\"bar\" "
			    "style=\"width:%zu%%\"></div></div>",
			    100 * (j->nexpect - n) / j->nexpect);
		buf_adds(b, percent(pc, sizeof(pc), j->nexpect - n,
		    j->nexpect));
		buf_adds(b, "</td></tr>\n");
	}
	buf_adds(b, "</tbody>\n</table>\n");
	for (i = 0; i < st->njurs; i++) {
		j = &st->jurs[i];
		buf_adds(b, "<h2>");
		html_escape(b, j->name);
		buf_adds(b, " <small>");
		html_escape(b, level_name(st, j->level));
		buf_adds(b, "</small></h2>\n");
		n = stats_missing(st, j, miss, 64);
		if (n > 0) {
			buf_adds(b, "<p class=\"missing\">");
			html_escape(b, _("Areas missing: "));
			for (k = 0; k < n && k < 64; k++) {
				buf_adds(b, k ? _(", ") : "");
				html_escape(b, area_word(st, miss[k]));
			}
			buf_adds(b, "</p>\n");
		}
		buf_adds(b, "<table>\n<thead><tr>");
		head(b, _("Area"));
		head(b, _("First-level items"));
		head(b, _("Second-level items"));
		head(b, _("Not applicable"));
		head(b, _("Updated"));
		buf_adds(b, "</tr></thead>\n<tbody>\n");
		for (k = 0; k < j->ncats; k++) {
			c = &st->cats[j->cats[k]];
			buf_adds(b, "<tr><th scope=\"row\">");
			html_escape(b, area_word(st, c->area));
			if (c->older)
				html_escape(b, _(" (older version, not counted)"));
			buf_addf(b, "</th><td class=\"n\">%zu</td><td class=\"n\">"
			    "%zu</td><td class=\"n\">%zu</td><td>", c->ncat,
			    c->nitem, c->nna);
			html_escape(b, c->updated);
			buf_adds(b, "</td></tr>\n");
		}
		buf_adds(b, "</tbody>\n</table>\n");
	}
	buf_adds(b, "</main>\n</body>\n</html>\n");
}

void
stats_print(struct buf *b, const struct stats *st, enum stats_format f)
{
	switch (f) {
	case SF_JSON:
		print_json(b, st);
		break;
	case SF_CSV:
		print_csv(b, st);
		break;
	case SF_HTML:
		print_html(b, st);
		break;
	default:
		print_text(b, st);
	}
}
