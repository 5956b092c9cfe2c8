/*
 * gkml-import's word lists, schemas/import.yaml (see gkml-import(1),
 * FILES): the header names of each column, the place words that give a
 * level, and the filler words of published tables, loaded once into the
 * schema and checked against vocab.yaml's levels.  Every pass of the
 * import asks them through im->s->imp.
 */
#include <stdio.h>
#include <string.h>

#include "doc.h"
#include "import.h"
#include "import_int.h"
#include "msg.h"
#include "schema.h"

/* Role names in import.yaml, by enum role (NULL: not nameable). */
static const char *const role_name[COL__MAX] = {
	NULL, NULL, "seq", "id", "item", "l1", "l2", "l3", "content",
	"basis", "deadline", "body", "channel", "audience", "mode", "level",
	"stage", "area", "notes", "extra", "catid", "column", "column-url"
};

static int
wbad(const struct schema *s, const struct node *n, const char *what,
    const char *arg)
{
	fprintf(stderr, _("%s:%u:%u: broken import.yaml: "),
	    s->docs[2].path, n != NULL ? n->line : 0, n != NULL ? n->col : 0);
	fprintf(stderr, what, arg);
	fputc('\n', stderr);
	return -1;
}

/* A list of distinct words, the value of key in map m. */
static int
load_words(struct schema *s, const struct node *m, const char *key,
    int need, struct words *w)
{
	const struct node	*n = node_get(m, key, NULL), *k;
	size_t			 i, j;

	if (n == NULL) {
		if (need)
			return wbad(s, m, _("no '%s' list"), key);
		return 0;
	}
	if (n->kind != NODE_SEQ)
		return wbad(s, n, _("'%s' is not a list of words"), key);
	w->v = arena_alloc(&s->arena, (n->n + 1) * sizeof(*w->v));
	for (i = 0; i < n->n; i++) {
		k = &n->u.kids[i];
		if (k->kind != NODE_SCALAR || *k->u.s == '\0')
			return wbad(s, k, _("'%s' is not a list of words"),
			    key);
		for (j = 0; j < i; j++)
			if (strcmp(w->v[j], k->u.s) == 0)
				return wbad(s, k, _("duplicate word '%s'"),
				    k->u.s);
		w->v[i] = k->u.s;
	}
	w->n = n->n;
	return 0;
}

/* A word of a that b holds too, or NULL. */
static const char *
dup_word(const struct words *a, const struct words *b)
{
	size_t	 i, j;

	for (i = 0; i < a->n; i++)
		for (j = 0; j < b->n; j++)
			if (strcmp(a->v[i], b->v[j]) == 0)
				return a->v[i];
	return NULL;
}

/* A list of {level, contains} or {end, level} rules. */
static int
load_lrules(struct schema *s, const struct node *root, const char *key,
    int ends, struct lrule **out, size_t *nout)
{
	const struct node	*n = node_get(root, key, NULL), *r, *l;
	struct lrule		*v;
	size_t			 i, j;

	if (n == NULL)
		return wbad(s, root, _("no '%s' list"), key);
	if (n->kind != NODE_SEQ)
		return wbad(s, n, _("'%s' is not a list of rules"), key);
	v = arena_alloc(&s->arena, (n->n + 1) * sizeof(*v));
	for (i = 0; i < n->n; i++) {
		r = &n->u.kids[i];
		if (r->kind != NODE_MAP)
			return wbad(s, r, _("'%s' is not a list of rules"),
			    key);
		l = node_get(r, "slug", NULL);
		if (l == NULL || l->kind != NODE_SCALAR)
			return wbad(s, r, _("a rule of '%s' names no level "
			    "slug"), key);
		if (schema_level_rank(s, l->u.s, strlen(l->u.s)) < 0 ||
		    strcmp(schema_level_slug(s, schema_level_rank(s, l->u.s,
		    strlen(l->u.s))), l->u.s) != 0)
			return wbad(s, l, _("unknown level '%s'; use a slug "
			    "of vocab.yaml's level list"), l->u.s);
		v[i].slug = l->u.s;
		if (ends) {
			l = node_get(r, "end", NULL);
			if (l == NULL || l->kind != NODE_SCALAR ||
			    *l->u.s == '\0')
				return wbad(s, r, _("a rule of '%s' has no "
				    "end"), key);
			for (j = 0; j < i; j++)
				if (strcmp(v[j].w.v[0], l->u.s) == 0)
					return wbad(s, l, _("duplicate word "
					    "'%s'"), l->u.s);
			v[i].w.v = arena_alloc(&s->arena, sizeof(char *));
			v[i].w.v[0] = l->u.s;
			v[i].w.n = 1;
		} else if (load_words(s, r, "contains", 1, &v[i].w) != 0)
			return -1;
	}
	*out = v;
	*nout = n->n;
	return 0;
}

/* See import.h. */
int
import_load_words(struct schema *s, const char *dir)
{
	const struct node	*root, *n, *r, *k;
	struct import_words	*w;
	const char		*dw;
	size_t			 i, j;
	int			 role;

	if ((root = schema_load_own(s, dir, "import.yaml")) == NULL) {
		fprintf(stderr, _("%s/schemas/import.yaml: cannot load "
		    "gkml-import's word lists (see gkml-import(1), FILES)\n"), dir);
		return -1;
	}
	if (root->kind != NODE_MAP)
		return wbad(s, root, _("not a mapping of lists"), "");
	w = arena_alloc(&s->arena, sizeof(*w));
	memset(w, 0, sizeof(*w));
	if ((n = node_get(root, "headers", NULL)) == NULL)
		return wbad(s, root, _("no '%s' list"), "headers");
	if (n->kind != NODE_SEQ)
		return wbad(s, n, _("'%s' is not a list of rules"),
		    "headers");
	w->head = arena_alloc(&s->arena, (n->n + 1) * sizeof(*w->head));
	for (i = 0; i < n->n; i++) {
		r = &n->u.kids[i];
		if (r->kind != NODE_MAP)
			return wbad(s, r, _("'%s' is not a list of rules"),
			    "headers");
		k = node_get(r, "role", NULL);
		if (k == NULL || k->kind != NODE_SCALAR)
			return wbad(s, r, _("a rule of '%s' names no role"),
			    "headers");
		for (role = 0; role < COL__MAX; role++)
			if (role_name[role] != NULL &&
			    strcmp(role_name[role], k->u.s) == 0)
				break;
		if (role == COL__MAX)
			return wbad(s, k, _("unknown role '%s'"), k->u.s);
		w->head[i].role = (enum role)role;
		if (load_words(s, r, "equals", 0, &w->head[i].eq) != 0 ||
		    load_words(s, r, "contains", 0, &w->head[i].has) != 0)
			return -1;
		if (w->head[i].eq.n + w->head[i].has.n == 0)
			return wbad(s, r, _("a rule of '%s' has no words"),
			    "headers");
		/* A word twice in the rules: the second can never win. */
		for (j = 0; j < i; j++)
			if ((dw = dup_word(&w->head[i].eq, &w->head[j].eq)) !=
			    NULL || (dw = dup_word(&w->head[i].has,
			    &w->head[j].has)) != NULL)
				return wbad(s, r, _("duplicate word '%s'"),
				    dw);
	}
	w->nhead = n->n;
	if (load_words(s, root, "ditto", 1, &w->ditto) != 0 ||
	    load_words(s, root, "footnotes", 1, &w->footnote) != 0 ||
	    load_words(s, root, "vague-bodies", 1, &w->vague_body) != 0 ||
	    load_words(s, root, "spam", 1, &w->spam) != 0 ||
	    load_words(s, root, "chrome", 0, &w->chrome) != 0 ||
	    load_words(s, root, "township-units", 0, &w->units) != 0 ||
	    load_words(s, root, "site-names", 0, &w->sites) != 0 ||
	    load_words(s, root, "page-labels", 0, &w->pagelabels) != 0 ||
	    load_words(s, root, "governments", 0, &w->govs) != 0 ||
	    load_words(s, root, "vague-places", 0, &w->vagueplaces) != 0 ||
	    load_lrules(s, root, "place-endings", 1, &w->ends,
	    &w->nends) != 0 ||
	    load_lrules(s, root, "level-words", 0, &w->lvwords,
	    &w->nlvwords) != 0 ||
	    load_lrules(s, root, "body-words", 0, &w->bodywords,
	    &w->nbodywords) != 0)
		return -1;
	s->imp = w;
	return 0;
}

/* Does the list hold s, or (has) a word s holds? */
int
in_words(const struct words *w, const char *s, int has_)
{
	size_t	 i;

	for (i = 0; i < w->n; i++)
		if (has_ ? strstr(s, w->v[i]) != NULL :
		    strcmp(s, w->v[i]) == 0)
			return 1;
	return 0;
}
