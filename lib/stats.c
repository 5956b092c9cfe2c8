/*
 * The coverage audit.  Catalogs are counted one by one as they are
 * added; grouping by jurisdiction comes after.  A catalog's
 * jurisdiction is what its id says (catset_jur(): county/town/area is
 * in county/town, under county), never its display name, which two
 * townships may share.  Of two versions of one catalog, the set
 * (catset.h) says which counts; the older is listed as such.
 */
#include <sys/stat.h>

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

	for (i = 0; i < st->njurs; i++)
		free(st->jurs[i].cats);
	free(st->jurs);
	free(st->cats);
	free(st->expect);
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
 * One line of an --expect-areas file, comment and blanks gone: p, len
 * bytes, at column col.  An area is named as catalogs name it (slug or
 * x-<slug>) or as people do (label or alias); it counts once.
 */
static int
expect_line(struct stats *st, const char *path, unsigned line, unsigned col,
    const char *p, size_t len, struct diag *dg)
{
	const struct vocab	*v = schema_vocab(st->s, "area");
	const struct vmatch	*m;
	const struct vterm	*t;
	const char		*slug, *sug;
	char			*val;
	size_t			 i;

	if ((m = vocab_find(v, p, len)) != NULL)
		slug = m->term->slug;
	else if (is_local_area(p, len))
		slug = arena_strndup(&st->a, p, len);
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
	for (i = 0; i < st->nexpect; i++)
		if (strcmp(st->expect[i], slug) == 0)
			return 0;
	st->expect = xreallocarray(st->expect, st->nexpect + 1,
	    sizeof(*st->expect));
	st->expect[st->nexpect++] = slug;
	return 0;
}

int
stats_expect(struct stats *st, const char *what, const struct limits *lim,
    struct diag *dg)
{
	const struct vocab	*v = schema_vocab(st->s, "area");
	struct stat		 sb;
	const char		*kind, *p, *end, *eol, *q;
	char			*src;
	size_t			 i, len = 0;
	unsigned		 line;
	int			 fd, crlf, rc = 0;

	free(st->expect);
	st->expect = NULL;
	st->nexpect = 0;
	if (strcmp(what, "standard") == 0) {
		st->expect = xcalloc(v->n, sizeof(*st->expect));
		/* Not those only villages keep (村务公开). */
		for (i = 0; i < v->n; i++)
			if (schema_area_kept(&v->terms[i], 0) ||
			    schema_area_kept(&v->terms[i], 1))
				st->expect[st->nexpect++] = v->terms[i].slug;
		return 0;
	}
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
	if (rc == 0 && st->nexpect == 0) {
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

/* One item: its vocabularies and its kind of time limit. */
static void
count_item(struct stats *st, struct scatalog *c, const struct catalog_item *it)
{
	const struct node	*dl = it->f.deadline;
	struct deadline		 d;

	c->nitem++;
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
	catalog_iter_init(&it, cat);
	while (catalog_next(&it) != CEV_DONE) {
		if (it.ev != CEV_ENTER)
			continue;
		if (it.kind == CK_ITEM)
			count_item(st, c, it.u.item);
		else if (it.kind == CK_NA) {
			na = it.u.na;
			c->na[c->nna].id = str(st, na->id);
			c->na[c->nna].name = str(st, na->name);
			c->na[c->nna++].reason = str(st, na->reason);
		}
	}
	arena_release(&a);
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

static int
covers(const struct stats *st, const struct sjur *j, const char *area)
{
	size_t	 i;

	for (i = 0; i < j->ncats; i++)
		if (strcmp(st->cats[j->cats[i]].area, area) == 0)
			return 1;
	return 0;
}

size_t
stats_missing(const struct stats *st, const struct sjur *j, const char **out,
    size_t max)
{
	size_t	 i, n = 0;

	if (j->level > 1)
		return 0;	/* villages keep 村务公开 catalogs */
	for (i = 0; i < st->nexpect; i++)
		if (!covers(st, j, st->expect[i])) {
			if (n < max)
				out[n] = st->expect[i];
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
 * them: jurisdictions, catalogs, first- and second-level items. */
struct level_total {
	size_t	 njurs, ncats, ncat, nitem;
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
		if (j->level < 2 && st->nexpect > 0) {
			n = stats_missing(st, j, miss, 64);
			buf_addf(b, _("%zu of %zu areas"), st->nexpect - n,
			    st->nexpect);
			for (k = 0; k < n && k < 64; k++) {
				buf_adds(b, k ? _(", ") : _("; missing: "));
				/* A slug says nothing more in Chinese. */
				if (msg_chinese())
					buf_adds(b, area_label(st, miss[k]));
				else
					buf_addf(b, "%s (%s)",
					    area_label(st, miss[k]), miss[k]);
			}
		} else
			buf_addf(b, _("catalogs: %zu"), nareas);
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
				    area_label(st, c->area), older, c->ncat,
				    c->nitem);
			else
				buf_addf(b, "%*s  %-24s %3zu %4zu  %s%s\n",
				    (int)(2 * depth), "", c->area, c->ncat,
				    c->nitem, area_label(st, c->area), older);
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
			    "catalogs, %zu first-level, %zu second-level "
			    "items\n"), level_name(st, (int)i), lt[i].njurs,
			    lt[i].ncats, lt[i].ncat, lt[i].nitem);
	buf_addf(b, _("total: %zu jurisdictions, %zu catalogs, %zu "
	    "first-level, %zu second-level items, %zu not applicable\n"),
	    st->njurs, st->ncats, tc, ti, tn);
}

static void
print_json(struct buf *b, const struct stats *st)
{
	const struct sjur	*j;
	const struct scatalog	*c;
	struct tallies		 t;
	const char		*miss[64];
	struct level_total	 lt[3];
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
		buf_adds(b, "], \"missing\": [");
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
		if (lt[i].njurs > 0)
			buf_addf(b, "%s\"%s\": {\"jurisdictions\": %zu, "
			    "\"catalogs\": %zu, \"first_level\": %zu, "
			    "\"second_level\": %zu}", n++ ? ", " : "",
			    schema_level_slug(st->s, (int)i), lt[i].njurs,
			    lt[i].ncats, lt[i].ncat, lt[i].nitem);
	buf_adds(b, "}}\n");
}

static void
print_csv(struct buf *b, const struct stats *st)
{
	const struct sjur	*j;
	const struct scatalog	*c;
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
}

static void
head(struct buf *b, const char *s)
{
	buf_adds(b, "<th scope=\"col\">");
	html_escape(b, s);
	buf_adds(b, "</th>");
}

static void
print_html(struct buf *b, const struct stats *st)
{
	const struct sjur	*j;
	const struct scatalog	*c;
	const char		*miss[64];
	size_t			 i, k, n, ncat, nitem, nareas, pct;

	buf_addf(b, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n"
	    "<meta charset=\"utf-8\">\n<title>", msg_chinese() ? "zh-CN" :
	    "en");
	html_escape(b, _("Coverage of the standard disclosure catalogs"));
	buf_adds(b, "</title>\n<style>\nbody{font-family:\"Noto Serif CJK SC\","
	    "\"Songti SC\",serif;margin:2em auto;max-width:60em;color:#222}\n"
	    "h1{font-size:1.5em;border-bottom:2px solid #9b1c1c}\n"
	    "table{border-collapse:collapse;width:100%;margin:1em 0}\n"
	    "th,td{border:1px solid #999;padding:.3em .5em;text-align:left}\n"
	    "th{background:#f2efe8}\ntd.n{text-align:right}\n"
	    ".bar{background:#9b1c1c;height:1em}\n.track{background:#eee;"
	    "width:100%}\n.missing{color:#9b1c1c}\n"
	    "@media print{th{background:none}.bar{background:#555}}\n"
	    "</style>\n</head>\n<body>\n<h1>");
	html_escape(b, _("Coverage of the standard disclosure catalogs"));
	buf_adds(b, "</h1>\n<h2>");
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
		n = stats_missing(st, j, miss, 64);
		pct = j->level < 2 && st->nexpect ? 100 * (st->nexpect - n) /
		    st->nexpect : 0;
		buf_adds(b, "<tr><th scope=\"row\">");
		html_escape(b, j->name);
		buf_adds(b, "</th><td>");
		html_escape(b, level_name(st, j->level));
		buf_addf(b, "</td><td class=\"n\">%zu</td><td class=\"n\">%zu"
		    "</td><td class=\"n\">%zu</td><td>", nareas, ncat, nitem);
		if (j->level < 2 && st->nexpect)
			buf_addf(b, "<div class=\"track\"><div class=\"bar\" "
			    "style=\"width:%zu%%\"></div></div>%zu%%", pct, pct);
		else
			html_escape(b, _("village affairs"));
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
				html_escape(b, area_label(st, miss[k]));
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
			html_escape(b, area_label(st, c->area));
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
	buf_adds(b, "</body>\n</html>\n");
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
