/*
 * The loader of schemas/synonyms.yaml: groups of search words, each a
 * list of two or more distinct words without spaces, no two groups the
 * same.  Read with the catalogs' own loader, so that every complaint
 * has the file, line and column of the word at fault.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "msg.h"
#include "synonyms.h"
#include "text.h"
#include "xmalloc.h"

static int	 sbad(struct synonyms *, const struct node *, const char *,
		    ...) __attribute__((format(printf, 3, 4)));

/* Say what is wrong at n, release s; returns -1. */
static int
sbad(struct synonyms *s, const struct node *n, const char *fmt, ...)
{
	va_list	 ap;

	fprintf(stderr, _("%s:%u:%u: broken synonyms.yaml: "), s->path,
	    n != NULL ? n->line : 1, n != NULL ? n->col : 1);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	synonyms_release(s);
	return -1;
}

/* Whether s holds whitespace, of any kind a search splits at. */
static int
has_space(const char *s)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 i, k, n = strlen(s);
	unsigned		 c;

	for (i = 0; i < n; i += k)
		if ((k = utf8_decode(p + i, n - i, &c)) == 0)
			k = 1;
		else if (text_is_space(c, TEXT_SPACE))
			return 1;
	return 0;
}

/* Whether groups a and b have the same words, in any order. */
static int
same_group(const struct syngroup *a, const struct syngroup *b)
{
	size_t	 i, j;

	if (a->n != b->n)
		return 0;
	for (i = 0; i < a->n; i++) {
		for (j = 0; j < b->n; j++)
			if (strcmp(a->w[i], b->w[j]) == 0)
				break;
		if (j == b->n)
			return 0;
	}
	return 1;
}

/* The groups of the loaded document. */
static int
read_groups(struct synonyms *s)
{
	const struct node	*root = s->doc.root, *list, *e, *w;
	struct syngroup		*g;
	size_t			 i, j, k;

	if (root == NULL || root->kind != NODE_MAP)
		return sbad(s, root, _("not a mapping with a 'groups' list"));
	for (i = 0; i < root->n; i += 2)
		if (strcmp(root->u.kids[i].u.s, "groups") != 0)
			return sbad(s, &root->u.kids[i],
			    _("unknown key '%s'"), root->u.kids[i].u.s);
	if ((list = node_get(root, "groups", NULL)) == NULL)
		return sbad(s, root, _("not a mapping with a 'groups' list"));
	if (list->kind != NODE_SEQ)
		return sbad(s, list, _("'groups' is not a list of groups"));
	s->g = xcalloc(list->n + 1, sizeof(*s->g));
	for (i = 0; i < list->n; i++) {
		e = &list->u.kids[i];
		if (e->kind != NODE_SEQ || e->n < 2)
			return sbad(s, e, _("a group is a list of two or "
			    "more words"));
		g = &s->g[s->n++];
		g->w = xcalloc(e->n, sizeof(*g->w));
		g->line = e->line;
		g->col = e->col;
		for (j = 0; j < e->n; j++) {
			w = &e->u.kids[j];
			if (w->kind != NODE_SCALAR || node_is_null(w) ||
			    *w->u.s == '\0')
				return sbad(s, w, _("a word must be a "
				    "string, not empty"));
			if (has_space(w->u.s))
				return sbad(s, w, _("'%s' has a space: what "
				    "is typed is split into words at spaces"),
				    w->u.s);
			for (k = 0; k < j; k++)
				if (strcmp(g->w[k], w->u.s) == 0)
					return sbad(s, w, _("duplicate word "
					    "'%s'"), w->u.s);
			g->w[g->n++] = w->u.s;
		}
		for (k = 0; k + 1 < s->n; k++)
			if (same_group(&s->g[k], g))
				return sbad(s, e, _("the same group as "
				    "line %u"), s->g[k].line);
	}
	return 0;
}

/* The loader's findings are printed now; then the groups. */
static int
finish(struct synonyms *s, struct diag *dg, int rc)
{
	diag_finish(dg, "gkml", "");
	if (rc != 0 || s->doc.root == NULL) {
		fprintf(stderr, _("%s: cannot load the search's synonyms "
		    "(see gkml-render(1), FILES)\n"), s->path);
		synonyms_release(s);
		return -1;
	}
	return read_groups(s);
}

int
synonyms_load(struct synonyms *s, const char *path)
{
	struct diag	 dg;
	struct limits	 lim;

	memset(s, 0, sizeof(*s));
	s->path = xstrdup(path);
	limits_default(&lim);
	diag_init(&dg, DIAG_TEXT, SEV_ERROR);
	return finish(s, &dg, doc_load(&s->doc, s->path, &lim, &dg));
}

int
synonyms_load_mem(struct synonyms *s, const char *name, const char *p,
    size_t n)
{
	struct diag	 dg;
	struct limits	 lim;

	memset(s, 0, sizeof(*s));
	s->path = xstrdup(name);
	limits_default(&lim);
	diag_init(&dg, DIAG_TEXT, SEV_ERROR);
	return finish(s, &dg, doc_load_mem(&s->doc, s->path, p, n, &lim,
	    &dg));
}

void
synonyms_release(struct synonyms *s)
{
	size_t	 i;

	for (i = 0; i < s->n; i++)
		free(s->g[i].w);
	free(s->g);
	doc_release(&s->doc);
	free(s->path);
	memset(s, 0, sizeof(*s));
}
