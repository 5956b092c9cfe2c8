/*
 * The schema loader.  The structure and the vocabularies are data, read
 * with the same loader as catalogs, so a province can extend them
 * without a rebuild; only the scalar kinds are known to the code.
 */
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "file.h"
#include "guide.h"
#include "msg.h"
#include "schema.h"
#include "utf8.h"
#include "xmalloc.h"

static const struct {
	const char	*name;
	enum stype_kind	 kind;
} scalars[] = {
	{ "string", ST_STRING },
	{ "text", ST_TEXT },
	{ "id", ST_ID },
	{ "ref", ST_REF },
	{ "catalog-id", ST_CATALOG_ID },
	{ "path", ST_PATH },
	{ "date", ST_DATE },
	{ "version", ST_VERSION },
	{ "deadline", ST_DEADLINE },
	{ "citation", ST_CITATION },
	{ "column", ST_COLUMN },
	{ "url", ST_URL },
	{ "count", ST_COUNT },
	{ "time-limit", ST_TIME_LIMIT },
};

/* The vocabularies and the rule for a value that is not in each. */
static const struct {
	const char	*name;
	enum rule	 unknown;
	int		 other, local;
} vocabs[SCHEMA_NVOCAB] = {
	{ "area", R_UNKNOWN_AREA, 0, 1 },
	{ "level", R_UNKNOWN_LEVEL, 0, 0 },
	{ "audience", R_UNKNOWN_AUDIENCE, 0, 0 },
	{ "mode", R_UNKNOWN_MODE, 0, 0 },
	{ "stage", R_UNKNOWN_STAGE, 0, 0 },
	{ "channel", R_UNKNOWN_CHANNEL, 1, 0 },
	{ "kind", R_UNKNOWN_KIND, 0, 0 },
	{ "service-type", R_UNKNOWN_SERVICE_TYPE, 0, 0 },
	{ "visit-promise", R_UNKNOWN_PROMISE, 0, 0 },
	{ "online", R_UNKNOWN_ONLINE, 0, 0 },
	{ "power-category", R_UNKNOWN_POWER_CATEGORY, 0, 0 },
};

int
schema_broken(const struct doc *d, const struct node *n, const char *what)
{
	fprintf(stderr, _("%s:%u:%u: broken schema: %s\n"), d->path,
	    n ? n->line : 0, n ? n->col : 0, what);
	return -1;
}

static const char *
str(const struct node *n)
{
	return n != NULL && n->kind == NODE_SCALAR ? n->u.s : NULL;
}

static int
load_file(struct doc *d, const char *dir, const char *name)
{
	struct diag	 dg;
	struct limits	 lim;
	char		*path;
	int		 rc;

	limits_default(&lim);
	diag_init(&dg, DIAG_TEXT, SEV_ERROR);
	path = xasprintf("%s/schemas/%s", dir, name);
	rc = doc_load(d, path, &lim, &dg);
	/* The path must outlive the findings printed below. */
	diag_finish(&dg, "gkml", "");
	d->path = path;
	return rc;
}

static int
add_term(struct schema *s, struct vocab *v, const char *str_, size_t len,
    const struct vterm *t, enum vmatch_how how, const struct doc *d,
    const struct node *at)
{
	struct vmatch	*m;
	struct hash_slot *slot;

	m = arena_alloc(&s->arena, sizeof(*m));
	m->term = t;
	m->how = how;
	slot = hash_put(&v->index, str_, len, m);
	if (slot->val != m) {
		fprintf(stderr, _("%s:%u:%u: broken schema: '%s' appears twice "
		    "in vocabulary '%s'\n"), d->path, at->line, at->col, str_,
		    v->name);
		return -1;
	}
	return 0;
}

static int
load_vocab(struct schema *s, struct vocab *v, const struct doc *d,
    const struct node *list)
{
	const struct node	*e, *slug, *label, *aliases, *dept;
	struct vterm		*t;
	unsigned		 i, j;

	if (list == NULL || list->kind != NODE_SEQ)
		return schema_broken(d, list, "a vocabulary must be a list");
	v->terms = arena_calloc(&s->arena, list->n, sizeof(*v->terms));
	for (i = 0; i < list->n; i++) {
		e = &list->u.kids[i];
		slug = node_get(e, "slug", NULL);
		label = node_get(e, "label", NULL);
		aliases = node_get(e, "aliases", NULL);
		dept = node_get(e, "dept", NULL);
		if (str(slug) == NULL || str(label) == NULL)
			return schema_broken(d, e, "an entry needs a slug and a label");
		t = &v->terms[v->n++];
		t->slug = slug->u.s;
		t->label = label->u.s;
		t->dept = str(dept);
		if (add_term(s, v, slug->u.s, slug->n, t, VM_SLUG, d, slug) ||
		    add_term(s, v, label->u.s, label->n, t, VM_LABEL, d, label))
			return -1;
		if (aliases == NULL)
			continue;
		if (aliases->kind != NODE_SEQ)
			return schema_broken(d, aliases, "aliases must be a list");
		for (j = 0; j < aliases->n; j++) {
			if (str(&aliases->u.kids[j]) == NULL)
				return schema_broken(d, &aliases->u.kids[j],
				    "an alias must be a string");
			if (add_term(s, v, aliases->u.kids[j].u.s,
			    aliases->u.kids[j].n, t, VM_ALIAS, d,
			    &aliases->u.kids[j]))
				return -1;
		}
	}
	return 0;
}

/*
 * The areas' 'levels', read once the levels are known: each a level's
 * slug, kept as a bit of its rank.  vocabs[0] is the areas, vocabs[1]
 * the levels (vocabs[] above).
 */
static int
load_area_levels(struct schema *s, const struct doc *d,
    const struct node *list)
{
	const struct vocab	*lv = &s->vocabs[1];
	const struct vmatch	*m;
	const struct node	*ls, *e;
	unsigned		 i, j, r;

	for (i = 0; i < list->n; i++) {
		if ((ls = node_get(&list->u.kids[i], "levels", NULL)) == NULL)
			continue;
		if (ls->kind != NODE_SEQ || ls->n == 0)
			return schema_broken(d, ls, "an area's levels must be a list of "
			    "levels");
		for (j = 0; j < ls->n; j++) {
			e = &ls->u.kids[j];
			if (str(e) == NULL ||
			    (m = vocab_find(lv, e->u.s, e->n)) == NULL ||
			    m->how != VM_SLUG)
				return schema_broken(d, e, "an area's levels are slugs "
				    "of the level vocabulary");
			r = (unsigned)(m->term - lv->terms);
			if (r >= sizeof(unsigned) * CHAR_BIT)
				return schema_broken(d, e, "too many levels");
			s->vocabs[0].terms[i].levels |= 1u << r;
		}
	}
	return 0;
}

static const struct stype *
find_type(const struct schema *s, const char *name)
{
	size_t	 i;

	for (i = 0; i < s->ntypes; i++)
		if (strcmp(s->types[i].name, name) == 0)
			return &s->types[i];
	return NULL;
}

static int
load_key(struct schema *s, const struct doc *d, struct skey *k,
    const struct node *key, const struct node *spec)
{
	const struct node	*v;
	const char		*t;
	size_t			 i;
	int			 r;

	k->name = key->u.s;
	k->len = key->n;
	k->missing = R_MISSING_KEY;
	if (spec->kind != NODE_MAP)
		return schema_broken(d, spec, "a key's spec must be a mapping");
	for (i = 0; i < spec->n; i += 2) {
		t = spec->u.kids[i].u.s;
		v = &spec->u.kids[i + 1];
		if (str(v) == NULL)
			return schema_broken(d, v, "a spec value must be a string");
		if (strcmp(t, "type") == 0) {
			if ((k->type = find_type(s, v->u.s)) == NULL)
				return schema_broken(d, v, "unknown type");
		} else if (strcmp(t, "shape") == 0) {
			if (strcmp(v->u.s, "list") == 0)
				k->shape = SHAPE_LIST;
			else if (strcmp(v->u.s, "one-or-list") == 0)
				k->shape = SHAPE_ONE_OR_LIST;
			else if (strcmp(v->u.s, "one") != 0)
				return schema_broken(d, v, "unknown shape");
		} else if (strcmp(t, "required") == 0) {
			if (strcmp(v->u.s, "always") == 0)
				k->required = REQ_ALWAYS;
			else if (strcmp(v->u.s, "standalone") == 0)
				k->required = REQ_STANDALONE;
			else
				return schema_broken(d, v, "required is always or "
				    "standalone");
		} else if (strcmp(t, "recommended") == 0) {
			k->recommended = strcmp(v->u.s, "true") == 0;
		} else if (strcmp(t, "plain") == 0) {
			k->plain = strcmp(v->u.s, "true") == 0;
		} else if (strcmp(t, "rule") == 0) {
			for (r = 0; r < R__MAX; r++)
				if (strcmp(rules[r].name, v->u.s) == 0)
					break;
			if (r == R__MAX)
				return schema_broken(d, v, "unknown rule");
			k->missing = (enum rule)r;
		} else if (strcmp(t, "label") == 0) {
			k->label = v->u.s;
		} else
			return schema_broken(d, &spec->u.kids[i], "unknown spec key");
	}
	if (k->type == NULL)
		return schema_broken(d, spec, "a key needs a type");
	return 0;
}

static int	 is_datadir(const char *);

/* guide.yaml, once the types are known: its elements are their keys. */
static int
load_guide(struct schema *s, const char *dir)
{
	struct guide_conf	*gc;

	if (load_file(&s->docs[3], dir, "guide.yaml") != 0)
		return -1;
	gc = arena_calloc(&s->arena, 1, sizeof(*gc));
	if (guide_conf_read(gc, &s->arena, &s->docs[3], s) != 0)
		return -1;
	s->guide = gc;
	return 0;
}

/* structure.yaml's kinds: each a kind's slug and its types by name. */
static int
load_kinds(struct schema *s, const struct doc *d, const struct node *map)
{
	const struct vocab	*kv = &s->vocabs[6];
	const struct node	*subs, *from, *to;
	struct skind		*k;
	size_t			 i, j;

	if (map == NULL)
		return 0;
	if (map->kind != NODE_MAP)
		return schema_broken(d, map, "kinds must be a mapping");
	s->kinds = arena_calloc(&s->arena, map->n / 2 + 1, sizeof(*s->kinds));
	for (i = 0; i < map->n; i += 2) {
		k = &s->kinds[s->nkinds++];
		k->name = map->u.kids[i].u.s;
		if (vocab_find(kv, k->name, map->u.kids[i].n) == NULL)
			return schema_broken(d, &map->u.kids[i], "a kind is a slug of "
			    "the vocabulary 'kind'");
		subs = &map->u.kids[i + 1];
		if (subs->kind != NODE_MAP || subs->n / 2 > SKIND_MAXSUB)
			return schema_broken(d, subs, "a kind maps a few type names to "
			    "type names");
		for (j = 0; j < subs->n; j += 2) {
			from = &subs->u.kids[j];
			to = &subs->u.kids[j + 1];
			if (str(to) == NULL ||
			    (k->from[k->nsub] = find_type(s, from->u.s)) ==
			    NULL || (k->to[k->nsub] = find_type(s, to->u.s)) ==
			    NULL)
				return schema_broken(d, from, "unknown type");
			k->nsub++;
		}
	}
	return 0;
}

static int
load_schema(struct schema *s, const char *dir)
{
	const struct node	*root, *types, *r;
	struct stype		*t;
	size_t			 i, j, nscalar;

	memset(s, 0, sizeof(*s));
	arena_init(&s->arena);
	if (load_file(&s->docs[0], dir, "vocab.yaml") != 0 ||
	    load_file(&s->docs[1], dir, "structure.yaml") != 0) {
		/* Say where the directory came from and how to name one. */
		if (!is_datadir(dir))
			fprintf(stderr, _("%s: no gkml data directory here; set "
			    "GKML_DATADIR to the one that holds schemas/ "
			    "(see gkml(1))\n"), dir);
		return -1;
	}

	root = s->docs[0].root;
	for (i = 0; i < SCHEMA_NVOCAB; i++) {
		s->vocabs[i].name = vocabs[i].name;
		s->vocabs[i].unknown = vocabs[i].unknown;
		s->vocabs[i].other = vocabs[i].other;
		s->vocabs[i].local = vocabs[i].local;
		if (load_vocab(s, &s->vocabs[i], &s->docs[0],
		    node_get(root, vocabs[i].name, NULL)) != 0)
			return -1;
	}
	if (load_area_levels(s, &s->docs[0], node_get(root, "area",
	    NULL)) != 0)
		return -1;

	/* Scalars and vocabularies first, then the mapping types. */
	root = s->docs[1].root;
	types = node_get(root, "types", NULL);
	if (types == NULL || types->kind != NODE_MAP)
		return schema_broken(&s->docs[1], root, "no types");
	nscalar = sizeof(scalars) / sizeof(scalars[0]);
	s->types = arena_calloc(&s->arena, nscalar + SCHEMA_NVOCAB +
	    types->n / 2, sizeof(*s->types));
	for (i = 0; i < nscalar; i++) {
		s->types[s->ntypes].name = scalars[i].name;
		s->types[s->ntypes++].kind = scalars[i].kind;
	}
	for (i = 0; i < SCHEMA_NVOCAB; i++) {
		s->types[s->ntypes].name = vocabs[i].name;
		s->types[s->ntypes].kind = ST_VOCAB;
		s->types[s->ntypes++].vocab = &s->vocabs[i];
	}
	for (i = 0; i < types->n; i += 2) {
		t = &s->types[s->ntypes++];
		t->name = types->u.kids[i].u.s;
		t->kind = ST_MAP;
	}
	for (i = 0; i < types->n; i += 2) {
		r = &types->u.kids[i + 1];
		t = (struct stype *)find_type(s, types->u.kids[i].u.s);
		if (r->kind != NODE_MAP)
			return schema_broken(&s->docs[1], r, "a type must be a mapping");
		t->keys = arena_calloc(&s->arena, r->n / 2, sizeof(*t->keys));
		for (j = 0; j < r->n; j += 2)
			if (load_key(s, &s->docs[1], &t->keys[t->nkeys++],
			    &r->u.kids[j], &r->u.kids[j + 1]) != 0)
				return -1;
	}
	r = node_get(root, "root", NULL);
	if (str(r) == NULL || (s->root = find_type(s, r->u.s)) == NULL ||
	    s->root->kind != ST_MAP)
		return schema_broken(&s->docs[1], root, "no root type");
	if (load_kinds(s, &s->docs[1], node_get(root, "kinds", NULL)) != 0)
		return -1;
	if (load_guide(s, dir) != 0)
		return -1;
	r = node_get(root, "template", NULL);
	s->template.id = str(node_get(r, "id", NULL));
	s->template.jurisdiction = str(node_get(r, "jurisdiction", NULL));
	s->template.example = str(node_get(r, "example", NULL));
	return 0;
}

/* See schema.h.  A schema that failed to load holds nothing. */
int
schema_load(struct schema *s, const char *dir)
{
	if (load_schema(s, dir) == 0)
		return 0;
	schema_release(s);
	return -1;
}

/* See schema.h. */
const struct node *
schema_load_own(struct schema *s, const char *dir, const char *name)
{
	if (load_file(&s->docs[2], dir, name) != 0)
		return NULL;
	return s->docs[2].root;
}

void
schema_release(struct schema *s)
{
	size_t	 i;

	for (i = 0; i < SCHEMA_NVOCAB; i++)
		hash_release(&s->vocabs[i].index);
	for (i = 0; i < 4; i++) {
		free((char *)s->docs[i].path);
		doc_release(&s->docs[i]);
	}
	arena_release(&s->arena);
	/* Released twice (after a failed load, say), it is released. */
	memset(s, 0, sizeof(*s));
}

const struct vocab *
schema_vocab(const struct schema *s, const char *name)
{
	size_t	 i;

	for (i = 0; i < SCHEMA_NVOCAB; i++)
		if (strcmp(s->vocabs[i].name, name) == 0)
			return &s->vocabs[i];
	return NULL;
}

int
schema_level_rank(const struct schema *s, const char *str, size_t len)
{
	const struct vocab	*v = schema_vocab(s, "level");
	const struct vmatch	*m;

	if ((m = vocab_find(v, str, len)) == NULL)
		return -1;
	return (int)(m->term - v->terms);
}

int
schema_area_kept(const struct vterm *t, int rank)
{
	if (t->levels == 0)
		return 1;
	return rank >= 0 && (unsigned)rank < sizeof(unsigned) * CHAR_BIT &&
	    (t->levels & 1u << rank) != 0;
}

const char *
schema_level_slug(const struct schema *s, int rank)
{
	return schema_vocab(s, "level")->terms[rank].slug;
}

const char *
schema_level_label(const struct schema *s, int rank)
{
	return schema_vocab(s, "level")->terms[rank].label;
}

const struct skey *
stype_key(const struct stype *t, const char *name, size_t len)
{
	size_t	 i;

	for (i = 0; i < t->nkeys; i++)
		if (t->keys[i].len == len &&
		    memcmp(t->keys[i].name, name, len) == 0)
			return &t->keys[i];
	return NULL;
}

const struct skind *
schema_kind_of(const struct schema *s, const struct node *root)
{
	const struct node	*k;
	const struct vmatch	*m;
	size_t			 i;

	if (s->nkinds == 0 || root == NULL || root->kind != NODE_MAP ||
	    (k = node_get(root, "kind", NULL)) == NULL ||
	    k->kind != NODE_SCALAR ||
	    (m = vocab_find(&s->vocabs[6], k->u.s, k->n)) == NULL)
		return NULL;
	for (i = 0; i < s->nkinds; i++)
		if (strcmp(s->kinds[i].name, m->term->slug) == 0)
			return &s->kinds[i];
	return NULL;
}

const struct stype *
skind_type(const struct skind *k, const struct stype *t)
{
	size_t	 i;

	for (i = 0; k != NULL && i < k->nsub; i++)
		if (k->from[i] == t)
			return k->to[i];
	return t;
}

const struct stype *
schema_type(const struct schema *s, const char *name)
{
	return find_type(s, name);
}

const struct vmatch *
vocab_find(const struct vocab *v, const char *s, size_t len)
{
	return hash_get(&v->index, s, len);
}

/* Decode s into code points; returns how many, at most max. */
static size_t
codepoints(const char *s, unsigned *out, size_t max)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 n = 0, k, len = strlen(s);

	while (len > 0 && n < max) {
		if ((k = utf8_decode(p, len, &out[n])) == 0) {
			out[n] = *p;
			k = 1;
		}
		n++;
		p += k;
		len -= k;
	}
	return n;
}

size_t
edit_distance(const char *a, const char *b, size_t max)
{
	unsigned	 ca[64], cb[64];
	size_t		 na, nb, i, j, row[65], prev, tmp, best;

	na = codepoints(a, ca, 64);
	nb = codepoints(b, cb, 64);
	if ((na > nb ? na - nb : nb - na) > max)
		return max + 1;
	for (j = 0; j <= nb; j++)
		row[j] = j;
	for (i = 1; i <= na; i++) {
		prev = row[0];
		row[0] = i;
		best = row[0];
		for (j = 1; j <= nb; j++) {
			tmp = row[j];
			row[j] = prev + (ca[i - 1] != cb[j - 1]);
			if (row[j - 1] + 1 < row[j])
				row[j] = row[j - 1] + 1;
			if (tmp + 1 < row[j])
				row[j] = tmp + 1;
			prev = tmp;
			if (row[j] < best)
				best = row[j];
		}
		if (best > max)
			return max + 1;
	}
	return row[nb] > max ? max + 1 : row[nb];
}

const char *
vocab_suggest(const struct vocab *v, const char *s,
    const struct vterm **term)
{
	const struct hash_slot	*slot;
	const char		*best = NULL;
	size_t			 i, d, bestd, max, n;

	n = utf8_chars(s, strlen(s));
	max = n <= 4 ? 1 : n <= 8 ? 2 : 3;
	bestd = max + 1;
	for (i = 0; i < v->index.cap; i++) {
		slot = &v->index.slots[i];
		if (slot->key == NULL)
			continue;
		d = edit_distance(s, slot->key, max);
		/* Ties go to the smaller string, so the answer is stable. */
		if (d < bestd || (d == bestd && best != NULL &&
		    strcmp(slot->key, best) < 0)) {
			bestd = d;
			best = slot->key;
			*term = ((const struct vmatch *)slot->val)->term;
		}
	}
	return bestd <= max ? best : NULL;
}

static int
is_datadir(const char *dir)
{
	struct stat	 st;
	char		*p;
	int		 ok;

	p = xasprintf("%s/schemas/structure.yaml", dir);
	ok = stat(p, &st) == 0;
	free(p);
	return ok;
}

/*
 * The data directory, in this order: GKML_DATADIR when set; the
 * installed tree the binary is in (<prefix>/bin/../share/gkml); the
 * source tree whose build directory holds it (<src>/build/..), so an
 * unpacked tree works without installing; the DATADIR compiled in.
 */
const char *
gkml_datadir(void)
{
	static _Thread_local char buf[PATH_MAX + 32];
	const char	*env, *dir;
	char		*slash;

	if ((env = getenv("GKML_DATADIR")) != NULL && *env != '\0')
		return env;
	/*
	 * The binary's directory is absolute and free of links; cutting
	 * its name leaves the prefix, so the answer has no "..".
	 */
	if ((dir = file_exe_dir()) != NULL) {
		snprintf(buf, sizeof(buf), "%s", dir);
		if ((slash = strrchr(buf, '/')) != NULL) {
			*slash = '\0';
			snprintf(slash, sizeof(buf) - (size_t)(slash - buf),
			    "/share/gkml");
			if (is_datadir(buf))
				return buf;
			*slash = '\0';
			if (buf[0] == '\0') {
				buf[0] = '/';
				buf[1] = '\0';
			}
			if (is_datadir(buf))
				return buf;
		}
	}
	return DATADIR;
}

int
schema_check_version(const struct doc *d, struct diag *dg)
{
	const struct node	*v;

	if (d->root == NULL || d->root->kind != NODE_MAP ||
	    (v = node_get(d->root, "gkml", NULL)) == NULL)
		return 0;
	if (node_str(v) != NULL && strcmp(v->u.s, GKML_FORMAT) == 0)
		return 0;
	if (dg == NULL)
		return -1;
	if (node_str(v) != NULL)
		diag_add(dg, d->path, v->line, v->col, R_VERSION, NULL, "gkml",
		    "format version '%s' is not one this program reads; it "
		    "reads 'gkml: %s'", v->u.s, GKML_FORMAT);
	else
		diag_add(dg, d->path, v->line, v->col, R_VERSION, NULL, "gkml",
		    "'gkml' is %s, not a format version; this program reads "
		    "'gkml: %s'", node_is_null(v) ? "empty" :
		    node_kind_name(v), GKML_FORMAT);
	return -1;
}

int
schema_is_date(const char *s)
{
	static const int mdays[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31,
	    30, 31 };
	int	 y, m, d, i;

	for (i = 0; i < 10; i++)
		if (i == 4 || i == 7 ? s[i] != '-' : !isdigit((unsigned char)s[i]))
			return 0;
	if (s[10] != '\0')
		return 0;
	y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 +
	    (s[3] - '0');
	m = (s[5] - '0') * 10 + (s[6] - '0');
	d = (s[8] - '0') * 10 + (s[9] - '0');
	if (m < 1 || m > 12 || d < 1 || d > mdays[m - 1])
		return 0;
	if (m == 2 && d == 29 && !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)))
		return 0;
	return 1;
}
