/*
 * The validator.  One walk over the tree, driven by the schema's types:
 * each mapping's keys are looked up in its type, each value is checked
 * by its shape and scalar kind, and the domain rules (vocabularies,
 * time limits, citations, levels) are applied to the scalars as they
 * pass.  Ids go into one table so duplicates are found in linear time.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "buf.h"
#include "catalog.h"
#include "column.h"
#include "cite.h"
#include "deadline.h"
#include "diag.h"
#include "diff.h"
#include "doc.h"
#include "file.h"
#include "guide.h"
#include "merge.h"
#include "msg.h"
#include "schema.h"
#include "validate.h"
#include "xmalloc.h"

#define MAXVALS		32	/* list members checked for duplicates */
#define CITE_MAX	8	/* findings kept per citation */

static void	 check_map(struct validator *, const struct stype *,
		    const struct node *, const char *what);

void
validator_init(struct validator *v, const struct schema *s, struct diag *dg)
{
	size_t	 i;

	memset(v, 0, sizeof(*v));
	v->s = s;
	v->dg = dg;
	arena_init(&v->arena);
	for (i = 0; i < s->ntypes; i++) {
		if (strcmp(s->types[i].name, "item") == 0)
			v->t_item = &s->types[i];
		else if (strcmp(s->types[i].name, "category") == 0)
			v->t_category = &s->types[i];
	}
	if (v->t_item != NULL)
		v->k_levels = stype_key(v->t_item, "levels", 6);
}

void
validator_release(struct validator *v)
{
	hash_release(&v->ids);
	hash_release(&v->deadlines);
	hash_release(&v->citations);
	arena_release(&v->arena);
}

/* The path of the value being checked, as "categories[0].items[2]". */
static char *
path_str(const struct validator *v, struct buf *b)
{
	unsigned	 i;

	buf_reset(b);
	for (i = 0; i < v->depth && i < VPATH_MAX; i++) {
		if (v->path[i].key != NULL)
			buf_addf(b, "%s%s", i ? "." : "", v->path[i].key);
		else
			buf_addf(b, "[%u]", v->path[i].idx);
	}
	return b->len ? b->ptr : NULL;
}

static void
push(struct validator *v, const char *key, unsigned idx)
{
	if (v->depth < VPATH_MAX) {
		v->path[v->depth].key = key;
		v->path[v->depth].idx = idx;
	}
	v->depth++;
}

static void
pop(struct validator *v)
{
	v->depth--;
}

static void
report(struct validator *v, const struct node *at, enum rule r,
    const char *fmt, ...) __attribute__((format(printf, 4, 5)));

static void
report(struct validator *v, const struct node *at, enum rule r,
    const char *fmt, ...)
{
	struct buf	 path = BUF_INIT;
	const char	*file;
	va_list		 ap;

	if (rules[r].sev < v->dg->threshold) {
		v->dg->last = 0;	/* diag_show() has nothing to show */
		return;
	}
	if (v->file_of == NULL || (file = v->file_of(v->file_ctx, at)) == NULL)
		file = v->d->path;
	va_start(ap, fmt);
	diag_vadd(v->dg, file, at->line, at->col, r, v->item,
	    path_str(v, &path), fmt, ap);
	va_end(ap);
	if (v->field != NULL)
		diag_field(v->dg, v->field);
	buf_release(&path);
}

static int
match_id(const char *s, int slash)
{
	const char	*p;

	if (*s == '\0')
		return 0;
	for (p = s; *p != '\0'; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') ||
		    *p == '.' || *p == '_' || *p == '-' || (slash && *p == '/')))
			return 0;
	return 1;
}

/*
 * What is wrong with the parts of an id whose characters are right, or
 * NULL.  A catalog id is a relative path of names, 'a/b/c'; an item or
 * category id is one name.  A name is not empty and not only dots, so
 * that no id reads as '.' or '..' where it becomes a path.
 */
static const char *
id_parts(const char *s, int slash)
{
	const char	*p, *end;

	if (slash && s[0] == '/')
		return msg_word("begins with '/'");
	for (p = s;; p = end + 1) {
		end = slash ? strchr(p, '/') : NULL;
		if (end == NULL)
			end = p + strlen(p);
		if (end == p)
			return msg_word(*end == '\0' ? "ends with '/'" :
			    "has an empty part between slashes");
		if (strspn(p, ".") >= (size_t)(end - p))
			return msg_word(slash ? "has a part that is only dots" :
			    "is only dots");
		if (*end == '\0')
			return NULL;
	}
}

static void
check_id(struct validator *v, const struct node *n, int slash, int define)
{
	const char		*why;
	struct hash_slot	*s;
	char			*low, *p;

	if (!match_id(n->u.s, slash)) {
		low = xstrdup(n->u.s);
		for (p = low; *p != '\0'; p++)
			*p = (char)tolower((unsigned char)*p);
		if (match_id(low, slash))
			report(v, n, R_BAD_ID, "id '%s' has characters outside "
			    "%s; did you mean '%s'?", n->u.s,
			    slash ? "[a-z0-9._/-]" : "[a-z0-9._-]", low);
		else
			report(v, n, R_BAD_ID, "id '%s' has characters outside "
			    "%s", n->u.s, slash ? "[a-z0-9._/-]" : "[a-z0-9._-]");
		free(low);
		return;
	}
	if ((why = id_parts(n->u.s, slash)) != NULL) {
		if (slash)
			report(v, n, R_BAD_ID, "id '%s' %s; a catalog id is "
			    "names joined by '/', such as "
			    "'dayao/shiyang/compulsory-education'", n->u.s, why);
		else
			report(v, n, R_BAD_ID, "id '%s' %s; an id is a name, "
			    "such as 'policy.dropout'", n->u.s, why);
		return;
	}
	if (!define)
		return;
	s = hash_put(&v->ids, n->u.s, n->n, (void *)n);
	if (s->val != n)
		report(v, n, R_DUP_ID, "id '%s' is used twice; first at line %u",
		    n->u.s, ((const struct node *)s->val)->line);
}

static void
check_extends(struct validator *v, const struct node *n)
{
	struct stat	 st;
	const char	*slash, *kind;
	char		*path;

	if (n->n == 0) {
		report(v, n, R_EXTENDS_FILE, "'extends' is empty; it names the "
		    "file of the base catalog");
		return;
	}
	if (n->u.s[0] == '/' || strcmp(v->d->path, "<stdin>") == 0 ||
	    (slash = strrchr(v->d->path, '/')) == NULL)
		path = xstrdup(n->u.s);
	else
		path = xasprintf("%.*s/%s", (int)(slash - v->d->path),
		    v->d->path, n->u.s);
	if (stat(path, &st) == -1)
		report(v, n, R_EXTENDS, "extends '%s', but there is no such "
		    "file", n->u.s);
	else if ((kind = file_kind(&st)) != NULL)
		report(v, n, R_EXTENDS_FILE, "extends '%s', which is %s, not a "
		    "regular file", n->u.s, kind);
	free(path);
}

static void
check_deadline(struct validator *v, const struct node *n)
{
	struct deadline	 dl;
	struct hash_slot *s;
	uintptr_t	 kind;

	/* Real catalogs repeat a handful of phrasings: parse each once. */
	if ((kind = (uintptr_t)hash_get(&v->deadlines, n->u.s, n->n)) == 0) {
		deadline_parse(&v->arena, n->u.s, &dl);
		kind = (uintptr_t)dl.kind + 1;
		s = hash_put(&v->deadlines, arena_strndup(&v->arena, n->u.s,
		    n->n), n->n, (void *)kind);
		(void)s;
	}
	switch (kind - 1) {
	case DL_DITTO:
		report(v, n, R_DITTO, "time limit '%s' (same as above) means "
		    "nothing on its own; write the time limit out", n->u.s);
		break;
	case DL_TEXT:
		report(v, n, R_DEADLINE, "cannot read time limit '%s'; write "
		    "it like '信息形成或者变更之日起20个工作日内', '实时公开' "
		    "or '每季度公布一次'", n->u.s);
		break;
	default:
		break;
	}
}

/* A citation's findings, kept so each distinct citation is read once. */
struct cite_cache {
	size_t			 n;
	struct cite_finding	 f[CITE_MAX];
};

static void
check_citation(struct validator *v, const struct node *n)
{
	struct cite_cache	*c;
	struct cite_finding	*f;
	size_t			 i;

	if ((c = hash_get(&v->citations, n->u.s, n->n)) == NULL) {
		c = arena_alloc(&v->arena, sizeof(*c));
		c->n = cite_check(&v->arena, n->u.s, c->f, CITE_MAX);
		hash_put(&v->citations, arena_strndup(&v->arena, n->u.s, n->n),
		    n->n, c);
	}
	f = c->f;
	for (i = 0; i < c->n && i < CITE_MAX; i++) {
		switch (f[i].kind) {
		case CITE_UNBALANCED:
			if (f[i].how == CH_STRAY && f[i].fix != NULL)
				report(v, n, R_BRACKETS, "citation '%s' has "
				    "unbalanced 《》 (stray '%s'); did you mean "
				    "'%s'?", n->u.s, f[i].b1, f[i].fix);
			else if (f[i].how == CH_STRAY)
				report(v, n, R_BRACKETS, "citation '%s' has "
				    "unbalanced 《》 (stray '%s')", n->u.s,
				    f[i].b1);
			else if (f[i].fix != NULL)
				report(v, n, R_BRACKETS, "citation '%s' has "
				    "unbalanced 《》 (missing '%s'); did you mean "
				    "'%s'?", n->u.s, f[i].b1, f[i].fix);
			else
				report(v, n, R_BRACKETS, "citation '%s' has "
				    "unbalanced 《》 (missing '%s')", n->u.s,
				    f[i].b1);
			break;
		case CITE_DOCNO:
		case CITE_DANGLING_HAO:
			if (f[i].fix != NULL && f[i].bad != NULL)
				report(v, n, R_DOCNO, "'%s' looks like '%s'",
				    f[i].bad, f[i].fix);
			else if (f[i].how == CH_MISSING)
				report(v, n, R_DOCNO, "malformed document "
				    "number in '%s' (missing '%s')", n->u.s,
				    f[i].b1);
			else if (f[i].how == CH_MISMATCHED)
				report(v, n, R_DOCNO, "malformed document "
				    "number in '%s' (mismatched brackets '%s' "
				    "and '%s')", n->u.s, f[i].b1, f[i].b2);
			else if (f[i].how == CH_DANGLING)
				report(v, n, R_DOCNO, "malformed document "
				    "number in '%s' (dangling '号')", n->u.s);
			else
				report(v, n, R_DOCNO, "malformed document "
				    "number in '%s'", n->u.s);
			break;
		case CITE_VAGUE:
			report(v, n, R_VAGUE_BASIS, "basis '%s' is too vague to "
			    "check; cite the law or document itself, its title "
			    "in 《》", n->u.s);
			break;
		}
	}
}

/* Is s "other: <text>"?  Sets *text to the text (may be empty). */
static int
is_other(const char *s, const char **text)
{
	if (strncmp(s, "other:", 6) != 0)
		return 0;
	for (s += 6; *s == ' '; s++)
		continue;
	*text = s;
	return 1;
}

static const struct vterm *
check_vocab(struct validator *v, const struct vocab *voc, const struct node *n)
{
	const struct vmatch	*m;
	const struct vterm	*t;
	const struct node	*o;
	const char		*text, *sug;

	if (voc->other && n->kind == NODE_MAP && n->n == 2 &&
	    (o = node_get(n, "other", NULL)) != NULL) {
		if (o->kind != NODE_SCALAR || node_is_null(o) || o->n == 0)
			report(v, n, R_OTHER_EMPTY, "'other' channel without "
			    "its text; write 'other: <where it is published>'");
		return NULL;
	}
	if (n->kind != NODE_SCALAR) {
		report(v, n, R_TYPE, "a %s must be a string, not %s",
		    msg_word(voc->name), node_kind_name(n));
		return NULL;
	}
	if ((m = vocab_find(voc, n->u.s, n->n)) != NULL) {
		if (m->how == VM_LABEL)
			report(v, n, R_LABEL, "'%s' is the label of %s '%s'; "
			    "write '%s'", n->u.s, msg_word(voc->name),
			    m->term->slug, m->term->slug);
		else if (m->how == VM_ALIAS)
			report(v, n, R_LABEL, "'%s' is another name for %s "
			    "'%s' (%s); write '%s'", n->u.s,
			    msg_word(voc->name), m->term->slug,
			    m->term->label, m->term->slug);
		return m->term;
	}
	if (voc->other && is_other(n->u.s, &text)) {
		if (*text == '\0')
			report(v, n, R_OTHER_EMPTY, "'other' channel without "
			    "its text; write 'other: <where it is published>'");
		return NULL;
	}
	if (voc->local && strncmp(n->u.s, "x-", 2) == 0 &&
	    match_id(n->u.s + 2, 0) && strchr(n->u.s + 2, '.') == NULL)
		return NULL;
	sug = vocab_suggest(voc, n->u.s, &t);
	if (sug != NULL && strcmp(sug, t->slug) == 0)
		report(v, n, voc->unknown, "unknown %s '%s'; did you mean "
		    "'%s'?", msg_word(voc->name), n->u.s, sug);
	else if (sug != NULL)
		report(v, n, voc->unknown, "unknown %s '%s'; did you mean "
		    "'%s' (%s)?", msg_word(voc->name), n->u.s, t->slug,
		    t->label);
	else if (voc->other)
		report(v, n, voc->unknown, "unknown %s '%s'; use a slug from "
		    "schemas/vocab.yaml or 'other: <text>'",
		    msg_word(voc->name), n->u.s);
	else if (voc->local)
		report(v, n, voc->unknown, "unknown %s '%s'; use a slug from "
		    "schemas/vocab.yaml or x-<slug> (a-z, 0-9 and '-') for a "
		    "local area", msg_word(voc->name), n->u.s);
	else
		report(v, n, voc->unknown, "unknown %s '%s'; use a slug from "
		    "schemas/vocab.yaml", msg_word(voc->name), n->u.s);
	return NULL;
}

/* Check one scalar (or vocabulary value); returns its term, if any. */
static const struct vterm *
check_scalar(struct validator *v, const struct stype *t, const struct node *n)
{
	const char	*why;

	if (t->kind == ST_VOCAB)
		return check_vocab(v, t->vocab, n);
	if (n->kind != NODE_SCALAR) {
		report(v, n, R_TYPE, "expected a string, not %s",
		    node_kind_name(n));
		return NULL;
	}
	switch (t->kind) {
	case ST_ID:
	case ST_REF:
		check_id(v, n, 0, t->kind == ST_ID);
		break;
	case ST_CATALOG_ID:
		check_id(v, n, 1, 0);
		break;
	case ST_DATE:
		if (schema_is_date(n->u.s))
			break;
		if (n->n == 10 && strspn(n->u.s, "0123456789-") == 10 &&
		    n->u.s[4] == '-' && n->u.s[7] == '-')
			report(v, n, R_DATE, "'%s' is not a day of the "
			    "calendar", n->u.s);
		else
			report(v, n, R_DATE, "'%s' is not a date; write "
			    "YYYY-MM-DD, e.g. 2024-06-05", n->u.s);
		break;
	case ST_VERSION:
		if (strcmp(n->u.s, GKML_FORMAT) != 0)
			report(v, n, R_VERSION, "format version '%s' is not "
			    "one this program reads; it reads 'gkml: %s'",
			    n->u.s, GKML_FORMAT);
		break;
	case ST_PATH:
		check_extends(v, n);
		break;
	case ST_DEADLINE:
		check_deadline(v, n);
		break;
	case ST_TIME_LIMIT:
		if (!guide_spot(v->s->guide, n))
			check_deadline(v, n);
		break;
	case ST_CITATION:
		check_citation(v, n);
		break;
	case ST_COLUMN:
		v->columns = 1;
		if ((why = column_syntax(n->u.s, n->n, 1)) != NULL)
			report(v, n, R_COLUMN_PATH, "'%s': %s", n->u.s,
			    _(why));
		break;
	case ST_COUNT:
		if (n->n == 0 || n->n > 4 || strspn(n->u.s, "0123456789") !=
		    n->n || (n->n > 1 && n->u.s[0] == '0'))
			report(v, n, R_COUNT, "'%s' is not a count; write a "
			    "whole number such as 0, 1 or 2", n->u.s);
		break;
	case ST_URL:
		v->columns = 1;
		if ((why = column_url_syntax(n->u.s, n->n)) != NULL)
			report(v, n, R_COLUMN_URL, "'%s': %s", n->u.s,
			    _(why));
		break;
	default:
		break;
	}
	return NULL;
}

static int
is_empty(const struct node *n)
{
	unsigned	 i;

	if (n->kind == NODE_SCALAR)
		return node_is_null(n) || n->n == 0;
	if (n->kind == NODE_SEQ) {
		for (i = 0; i < n->n; i++)
			if (!is_empty(&n->u.kids[i]))
				return 0;
		return 1;
	}
	return n->n == 0;
}

/*
 * How a message names the mapping n of type t: by its type (a word of
 * msg_word()) and, for categories, items and omissions, not catalogs,
 * by its id, which *id is set to (else NULL).  A message has a form
 * for each, "item 'a.b' has ..." and "catalog has ...", whole
 * sentences that translate.
 */
static const char *
what_of(const struct stype *t, const struct node *n, const char **idp)
{
	const struct skey	*k;
	const struct node	*id;

	k = stype_key(t, "id", 2);
	id = n != NULL && k != NULL && (k->type->kind == ST_ID ||
	    k->type->kind == ST_REF) ? node_get(n, "id", NULL) : NULL;
	*idp = id != NULL && id->kind == NODE_SCALAR && id->n > 0 &&
	    id->n < 100 ? id->u.s : NULL;
	return msg_word(t->name);
}

/* An item's levels must include the catalog's own level. */
static void
check_levels(struct validator *v, const struct node *n,
    const struct vterm **terms, size_t nterms)
{
	struct buf	 b = BUF_INIT, shown = BUF_INIT;
	size_t		 i;

	if (v->level == NULL || nterms == 0)
		return;
	for (i = 0; i < nterms; i++)
		if (terms[i] == NULL || terms[i] == v->level)
			return;
	buf_adds(&b, terms[0]->slug);
	for (i = 1; i < nterms; i++)
		buf_addf(&b, ", %s", terms[i]->slug);
	/* In a translated message the levels go by their labels. */
	buf_adds(&shown, terms[0]->label);
	for (i = 1; i < nterms; i++)
		buf_addf(&shown, "、%s", terms[i]->label);
	if (nterms == 1)
		report(v, n, R_LEVEL_MISMATCH, "item '%s' is published at "
		    "%s level only, but this is a %s catalog; add '%s' to its "
		    "levels or leave the item out", v->item ? v->item : "?",
		    b.ptr, v->level->slug, v->level->slug);
	else
		report(v, n, R_LEVEL_MISMATCH, "item '%s' is published at "
		    "%s levels only, but this is a %s catalog; add '%s' to its "
		    "levels or leave the item out", v->item ? v->item : "?",
		    b.ptr, v->level->slug, v->level->slug);
	diag_show(v->dg, 1, shown.ptr);
	diag_show(v->dg, 2, v->level->label);
	buf_release(&b);
	buf_release(&shown);
}

static void
check_value(struct validator *v, const struct stype *owner,
    const struct node *map, const struct skey *k, const struct node *key,
    const struct node *val)
{
	const struct vterm	*terms[MAXVALS];
	const char		*what, *id;
	size_t			 nterms = 0, i;
	unsigned		 j;

	/* A path written empty ('') names no file: check_extends says so. */
	if (is_empty(val) && k->type->kind != ST_MAP &&
	    (k->type->kind != ST_PATH || node_is_null(val))) {
		v->field = k->name;
		what = what_of(owner, map, &id);
		if (k->required == REQ_ALWAYS ||
		    (k->required == REQ_STANDALONE && !v->overlay)) {
			if (id != NULL)
				report(v, key, k->missing, "%s '%s' has an "
				    "empty '%s'", what, id, k->name);
			else
				report(v, key, k->missing, "%s has an empty "
				    "'%s'", what, k->name);
		} else if (k->recommended && !v->overlay) {
			if (id != NULL && k->label != NULL)
				report(v, key, R_EMPTY, "%s '%s' has an empty "
				    "'%s' (%s)", what, id, k->name, k->label);
			else if (id != NULL)
				report(v, key, R_EMPTY, "%s '%s' has an empty "
				    "'%s'", what, id, k->name);
			else if (k->label != NULL)
				report(v, key, R_EMPTY, "%s has an empty '%s' "
				    "(%s)", what, k->name, k->label);
			else
				report(v, key, R_EMPTY, "%s has an empty '%s'",
				    what, k->name);
		}
		v->field = NULL;
		return;
	}
	if (val->kind == NODE_SEQ && k->shape != SHAPE_ONE) {
		for (j = 0; j < val->n; j++) {
			push(v, NULL, j);
			if (k->type->kind == ST_MAP && k->plain &&
			    val->u.kids[j].kind == NODE_SCALAR &&
			    !is_empty(&val->u.kids[j]))
				;	/* a plain entry: its name */
			else if (k->type->kind == ST_MAP)
				check_map(v, k->type, &val->u.kids[j], NULL);
			else if ((terms[nterms] = check_scalar(v, k->type,
			    &val->u.kids[j])) != NULL && nterms < MAXVALS) {
				for (i = 0; i < nterms; i++)
					if (terms[i] == terms[nterms])
						break;
				if (i < nterms)
					report(v, &val->u.kids[j], R_DUP_VALUE,
					    "%s '%s' is listed twice",
					    msg_word(k->type->name),
					    terms[i]->slug);
				else if (nterms + 1 < MAXVALS)
					nterms++;
			}
			pop(v);
		}
	} else if (k->shape == SHAPE_LIST) {
		report(v, val, R_TYPE, "'%s' must be a list, not %s", k->name,
		    node_kind_name(val));
		return;
	} else if (k->type->kind == ST_MAP)
		check_map(v, k->type, val, k->name);
	else if (val->kind == NODE_SEQ || (val->kind == NODE_MAP &&
	    !(k->type->kind == ST_VOCAB && k->type->vocab->other))) {
		if (k->shape == SHAPE_ONE)
			report(v, val, R_TYPE, "'%s' must be a string, not %s",
			    k->name, node_kind_name(val));
		else
			report(v, val, R_TYPE, "'%s' must be a string or a "
			    "list of strings, not %s", k->name,
			    node_kind_name(val));
		return;
	} else if ((terms[0] = check_scalar(v, k->type, val)) != NULL)
		nterms = 1;
	if (k == v->k_levels)
		check_levels(v, val, terms, nterms);
}

static const char *
suggest_key(const struct stype *t, const struct node *key, const char **label)
{
	const char	*best = NULL;
	size_t		 i, d, bestd = 3;

	*label = NULL;
	for (i = 0; i < t->nkeys; i++) {
		/* A column name written as the key: 公开渠道 for channels. */
		if (t->keys[i].label != NULL && key->n >= 6 &&
		    (strstr(t->keys[i].label, key->u.s) != NULL ||
		    strstr(key->u.s, t->keys[i].label) != NULL)) {
			*label = t->keys[i].label;
			return t->keys[i].name;
		}
		d = edit_distance(key->u.s, t->keys[i].name, 2);
		if (d < bestd) {
			bestd = d;
			best = t->keys[i].name;
		}
	}
	return best;
}

static void
check_map(struct validator *v, const struct stype *t, const struct node *n,
    const char *name)
{
	const struct skey	*k;
	const struct node	*key, *id;
	const char		*sug, *label, *olditem = v->item, *what, *wid;
	uint64_t		 seen = 0;
	unsigned		 i;
	size_t			 ki, next = 0;

	t = skind_type(v->kind, t);
	if (n->kind != NODE_MAP) {
		if (name != NULL)
			report(v, n, R_TYPE, "'%s' must be a mapping of keys, "
			    "not %s", name, node_kind_name(n));
		else
			report(v, n, R_TYPE, "%s must be a mapping of keys, "
			    "not %s", msg_word(t->name), node_kind_name(n));
		return;
	}
	if (t == v->t_kitem) {
		id = node_get(n, "id", NULL);
		v->item = id != NULL && id->kind == NODE_SCALAR ? id->u.s : NULL;
	}
	for (i = 0; i < n->n; i += 2) {
		key = &n->u.kids[i];
		if (key->kind != NODE_SCALAR) {
			report(v, key, R_TYPE, "a key must be a string, not %s",
			    node_kind_name(key));
			continue;
		}
		if (key->u.s[0] == 'x' && key->u.s[1] == '-')
			continue;
		/* Keys mostly come in schema order: try the next one. */
		if (next < t->nkeys && t->keys[next].len == key->n &&
		    memcmp(t->keys[next].name, key->u.s, key->n) == 0)
			k = &t->keys[next];
		else
			k = stype_key(t, key->u.s, key->n);
		if (k == NULL) {
			sug = suggest_key(t, key, &label);
			what = what_of(t, n, &wid);
			if (sug != NULL && label != NULL && wid != NULL)
				report(v, key, R_UNKNOWN_KEY, "unknown key '%s' "
				    "in %s '%s'; did you mean '%s' (%s)?",
				    key->u.s, what, wid, sug, label);
			else if (sug != NULL && label != NULL)
				report(v, key, R_UNKNOWN_KEY, "unknown key '%s' "
				    "in %s; did you mean '%s' (%s)?", key->u.s,
				    what, sug, label);
			else if (sug != NULL && wid != NULL)
				report(v, key, R_UNKNOWN_KEY, "unknown key '%s' "
				    "in %s '%s'; did you mean '%s'?", key->u.s,
				    what, wid, sug);
			else if (sug != NULL)
				report(v, key, R_UNKNOWN_KEY, "unknown key '%s' "
				    "in %s; did you mean '%s'?", key->u.s,
				    what, sug);
			else if (wid != NULL)
				report(v, key, R_UNKNOWN_KEY, "unknown key '%s' "
				    "in %s '%s'; extensions start with 'x-'",
				    key->u.s, what, wid);
			else
				report(v, key, R_UNKNOWN_KEY, "unknown key '%s' "
				    "in %s; extensions start with 'x-'",
				    key->u.s, what);
			continue;
		}
		ki = (size_t)(k - t->keys);
		next = ki + 1;
		if (ki < 64)
			seen |= (uint64_t)1 << ki;
		push(v, k->name, 0);
		check_value(v, t, n, k, key, &n->u.kids[i + 1]);
		pop(v);
	}
	for (ki = 0; ki < t->nkeys && ki < 64; ki++) {
		if (seen & ((uint64_t)1 << ki))
			continue;
		k = &t->keys[ki];
		v->field = k->name;
		what = what_of(t, n, &wid);
		if ((k->required == REQ_ALWAYS ||
		    (k->required == REQ_STANDALONE && !v->overlay)) &&
		    k->missing == R_OMIT_REASON) {
			if (wid != NULL)
				report(v, n, k->missing, "%s '%s' needs a "
				    "'reason' saying why the item does not "
				    "apply here", what, wid);
			else
				report(v, n, k->missing, "%s needs a 'reason' "
				    "saying why the item does not apply here",
				    what);
		} else if (k->required == REQ_ALWAYS ||
		    (k->required == REQ_STANDALONE && !v->overlay)) {
			if (wid != NULL)
				report(v, n, k->missing, "%s '%s' has no '%s'",
				    what, wid, k->name);
			else
				report(v, n, k->missing, "%s has no '%s'",
				    what, k->name);
		} else if (k->recommended && !v->overlay) {
			if (wid != NULL && k->label != NULL)
				report(v, n, R_MISSING_FIELD, "%s '%s' has no "
				    "'%s' (%s)", what, wid, k->name, k->label);
			else if (wid != NULL)
				report(v, n, R_MISSING_FIELD, "%s '%s' has no "
				    "'%s'", what, wid, k->name);
			else if (k->label != NULL)
				report(v, n, R_MISSING_FIELD, "%s has no '%s' "
				    "(%s)", what, k->name, k->label);
			else
				report(v, n, R_MISSING_FIELD, "%s has no '%s'",
				    what, k->name);
		}
		v->field = NULL;
	}
	v->item = olditem;
}

/* An id of omit or not-applicable used twice (catalog_dup_ids()). */
static void
dup_entry(void *ctx, const struct node *id, const struct node *first,
    enum catalog_ids list, size_t i)
{
	struct validator	*v = ctx;

	push(v, list == CI_OMIT ? "omit" : "not-applicable", 0);
	push(v, NULL, (unsigned)i);
	push(v, "id", 0);
	report(v, id, R_DUP_ID, "id '%s' is used twice; first at line %u",
	    id->u.s, first->line);
	v->depth -= 3;
}

/*
 * The columns of the catalog d is or resolves to, when it binds any or
 * an unbound item would be shown: building the model costs a walk.
 */
static void
check_columns(struct validator *v, struct doc *d, const char *only)
{
	const struct catalog	*c;
	struct colset		 set;

	/*
	 * A catalog that binds no column is not told of its unbound
	 * items unless the user asked (-s no-column=...): columns are
	 * new, and the catalogs that predate them are valid.
	 */
	if (d->root == NULL || (!v->columns &&
	    (!diag_sev_chosen(R_NO_COLUMN) ||
	    rules[R_NO_COLUMN].sev < v->dg->threshold)))
		return;
	c = catalog_build(&d->arena, d->root, d);
	column_bind(&set, c, &d->arena);
	column_check(&set, d->path, v->file_of, v->file_ctx, only, v->dg);
}

/*
 * A catalog of an area that only jurisdictions of other levels keep
 * (村务公开 is kept by villages): said at its level, which is more
 * likely wrong than the area.
 */
static void
check_area_level(struct validator *v, const struct catalog *top)
{
	const struct node	*a = top->hdr.area, *lv = top->hdr.level;
	const struct vocab	*levels = schema_vocab(v->s, "level");
	const struct vmatch	*m;
	struct buf		 b = BUF_INIT, shown = BUF_INIT;
	size_t			 i, n = 0;
	int			 rank;

	if (v->level == NULL || a == NULL || a->kind != NODE_SCALAR ||
	    (m = vocab_find(schema_vocab(v->s, "area"), a->u.s, a->n)) ==
	    NULL)
		return;
	rank = (int)(v->level - levels->terms);
	if (schema_area_kept(m->term, rank))
		return;
	for (i = 0; i < levels->n; i++)
		if (schema_area_kept(m->term, (int)i)) {
			n++;
			buf_addf(&b, "%s%s", b.len ? ", " : "",
			    levels->terms[i].slug);
			buf_addf(&shown, "%s%s", shown.len ? "、" : "",
			    levels->terms[i].label);
		}
	push(v, "catalog", 0);
	push(v, "level", 0);
	if (n == 1)
		report(v, lv, R_AREA_LEVEL, "catalogs of area '%s' (%s) are "
		    "kept at %s level only, but this catalog is at %s level; "
		    "check its level, or choose another area", m->term->slug,
		    m->term->label, b.ptr, v->level->slug);
	else
		report(v, lv, R_AREA_LEVEL, "catalogs of area '%s' (%s) are "
		    "kept at %s levels only, but this catalog is at %s level; "
		    "check its level, or choose another area", m->term->slug,
		    m->term->label, b.ptr, v->level->slug);
	diag_show(v->dg, 2, shown.ptr);
	diag_show(v->dg, 3, v->level->label);
	pop(v);
	pop(v);
	buf_release(&b);
	buf_release(&shown);
}

/*
 * Put the path of a record of the model on v's path stack, as the walk
 * does: "categories[0].items[2]".  Returns how many levels it pushed.
 */
static unsigned
push_cat(struct validator *v, const struct catalog *c,
    const struct catalog_category *cat)
{
	const struct catalog_category *first;
	unsigned		 n = 0;

	if (cat->parent != NULL) {
		n = push_cat(v, c, cat->parent);
		first = cat->parent->cats;
	} else
		first = c->cats;
	push(v, "categories", 0);
	push(v, NULL, (unsigned)(cat - first));
	return n + 2;
}

static unsigned
push_item(struct validator *v, const struct catalog *c,
    const struct catalog_item *it)
{
	unsigned	 n;

	n = push_cat(v, c, it->parent);
	push(v, "items", 0);
	push(v, NULL, (unsigned)(it - it->parent->items));
	return n + 2;
}

/* The label of a key of the item type, for a message. */
static const char *
label_of(const struct validator *v, const char *key)
{
	const struct skey	*k;

	k = stype_key(v->t_kitem, key, strlen(key));
	return k != NULL && k->label != NULL ? k->label : key;
}

/* The rules of one service (GK170-GK173), at the values that break them. */
static void
check_service(struct validator *v, const struct guide_item *gi)
{
	const struct guide_limit *l;
	int			 plo, phi, llo, lhi;

	/* In one unit the numbers tell; across units, only the bounds. */
	if (guide_limit_days(&gi->promised, &plo, &phi) == 0 &&
	    guide_limit_days(&gi->legal, &llo, &lhi) == 0 &&
	    (gi->promised.spot || gi->legal.spot ||
	    gi->promised.dl.unit != gi->legal.dl.unit ? plo > lhi :
	    gi->promised.dl.amount > gi->legal.dl.amount)) {
		push(v, "promised-limit", 0);
		report(v, gi->promised.node, R_PROMISE_LIMIT, "item '%s' "
		    "promises '%s', longer than its legal time limit '%s' "
		    "(法定时限); a promised time limit (承诺时限) is at most "
		    "the legal one", v->item, gi->promised.node->u.s,
		    gi->legal.node->u.s);
		pop(v);
	}
	l = gi->promised.node != NULL ? &gi->promised : &gi->legal;
	if (gi->t == GT_IMMEDIATE && l->node != NULL && !l->spot &&
	    l->dl.kind == DL_RELATIVE && l->dl.amount > 0) {
		push(v, l == &gi->promised ? "promised-limit" : "legal-limit",
		    0);
		report(v, l->node, R_IMMEDIATE, "item '%s' is a 即办件 "
		    "(immediate), but takes '%s'; an immediate service is "
		    "done on the spot: write '即时办结', or make it a 承诺件 "
		    "(promised)", v->item, l->node->u.s);
		pop(v);
	}
	if (gi->p == GP_AT_MOST_ONCE && gi->nvisits > 1) {
		push(v, "visits", 0);
		report(v, gi->visits, R_VISITS, "item '%s' is on the 最多跑一次 "
		    "list (at most one visit), but its 'visits' is %d",
		    v->item, gi->nvisits);
		pop(v);
	} else if ((gi->p == GP_ZERO || gi->p == GP_REMOTE) &&
	    gi->nvisits > 0) {
		push(v, "visits", 0);
		report(v, gi->visits, R_VISITS, "item '%s' promises %s "
		    "(no visit), but its 'visits' is %d", v->item,
		    gi->p == GP_ZERO ? "零跑动" : "不见面审批", gi->nvisits);
		pop(v);
	}
	if (gi->charged && !guide_has(gi, "fee-basis")) {
		push(v, "fee", 0);
		report(v, gi->fee, R_FEE_BASIS, "item '%s' charges '%s' but "
		    "cites no basis for the fee; add 'fee-basis' (收费依据), or "
		    "write '不收费'", v->item, gi->fee->u.s);
		pop(v);
	}
}

/*
 * A service guide's own rules: each service's, and the elements its
 * profile requires (its header's 'profile', else guide.yaml's for its
 * jurisdiction).
 */
static void
check_guide(struct validator *v, struct doc *d)
{
	const struct catalog	*c;
	const struct guide	*g;
	const struct guide_conf	*gc = v->s->guide;
	const struct guide_profile *p = NULL;
	const struct node	*pn, *id;
	const struct skey	*k;
	struct arena		 a;
	size_t			 i, j;
	unsigned		 n;

	arena_init(&a);
	c = catalog_build(&a, d->root, d);
	g = guide_build(&a, c, v->s);
	pn = c->hdr.profile;
	id = c->hdr.id;
	if (pn != NULL && pn->kind == NODE_SCALAR && !node_is_null(pn)) {
		if ((p = guide_profile(gc, pn->u.s, pn->n)) == NULL) {
			push(v, "catalog", 0);
			push(v, "profile", 0);
			report(v, pn, R_PROFILE, "no element profile '%s' in "
			    "schemas/guide.yaml", pn->u.s);
			v->depth -= 2;
		}
	} else
		p = guide_profile_for(gc, id != NULL && id->kind ==
		    NODE_SCALAR ? id->u.s : "");
	for (i = 0; i < g->n; i++) {
		id = g->v[i].ci->id;
		v->item = id != NULL && id->kind == NODE_SCALAR ? id->u.s :
		    "?";
		n = push_item(v, c, g->v[i].ci);
		check_service(v, &g->v[i]);
		for (j = 0; p != NULL && j < p->n; j++) {
			/* What the structure requires, GK021 says. */
			k = stype_key(v->t_kitem, p->elements[j],
			    strlen(p->elements[j]));
			if (guide_has(&g->v[i], p->elements[j]) ||
			    (k != NULL && k->required != REQ_NO))
				continue;
			v->field = p->elements[j];
			/* At the id: a resolved item's mapping is made, its
			 * id is the layer's that wrote it. */
			report(v, g->v[i].ci->id != NULL ? g->v[i].ci->id :
			    g->v[i].ci->node, R_ELEMENT, "item '%s' has "
			    "no '%s' (%s), which element profile '%s' "
			    "requires", v->item, p->elements[j],
			    label_of(v, p->elements[j]), p->name);
			v->field = NULL;
		}
		v->depth -= n;
	}
	v->item = NULL;
	arena_release(&a);
}

void
validate_doc(struct validator *v, struct doc *d)
{
	struct catalog		 top;
	const struct node	*lv, *ext;
	const struct vmatch	*m;

	v->d = d;
	v->depth = 0;
	v->item = NULL;
	v->level = NULL;
	v->columns = 0;
	hash_release(&v->ids);
	v->kind = schema_kind_of(v->s, d->root);
	v->t_kitem = skind_type(v->kind, v->t_item);
	if (v->t_kitem != NULL)
		v->k_levels = stype_key(v->t_kitem, "levels", 6);

	/* What the walk needs to know first: overlay, and the level. */
	catalog_read_top(&top, d->root, d);
	ext = top.hdr.extends;
	v->overlay = ext != NULL && !node_is_null(ext);
	lv = top.hdr.level;
	if (lv != NULL && lv->kind == NODE_SCALAR &&
	    (m = vocab_find(schema_vocab(v->s, "level"), lv->u.s, lv->n)) != NULL)
		v->level = m->term;
	if (!v->overlay) {
		if (top.inherit.node != NULL)
			report(v, catalog_key(top.inherit.node), R_OVERLAY,
			    "'inherit' in a catalog that "
			    "extends nothing; add 'extends' to 'catalog' or "
			    "remove it");
		if (top.omit_node != NULL)
			report(v, catalog_key(top.omit_node), R_OVERLAY,
			    "'omit' in a catalog that "
			    "extends nothing; list such items under "
			    "'not-applicable' instead");
	}
	check_map(v, v->s->root, d->root, "the document");
	check_area_level(v, &top);
	/* An overlay's services are checked as it resolves, whole. */
	if (v->kind != NULL && strcmp(v->kind->name, "guide") == 0 &&
	    (!v->overlay || v->file_of != NULL))
		check_guide(v, d);
	/* Omitting an item lists it: each list is keyed apart. */
	catalog_read_entries(&top, &d->arena);
	catalog_dup_ids(&top, CI_OMIT | CI_NA, dup_entry, v);
	/* An overlay's columns are those of what it resolves to. */
	if (!v->overlay && v->file_of == NULL)
		check_columns(v, d, NULL);
}

/* The file a node of a resolved overlay was read from. */
static const char *
origin(void *ctx, const struct node *n)
{
	return merge_origin(ctx, n);
}

/* Whether dg holds a finding of f's rule at f's place already. */
static int
said(const struct diag *dg, const struct finding *f)
{
	size_t	 i;

	for (i = 0; i < dg->n; i++)
		if (dg->v[i].rule == f->rule && dg->v[i].line == f->line &&
		    dg->v[i].col == f->col &&
		    strcmp(dg->v[i].file, f->file) == 0)
			return 1;
	return 0;
}

/* See validate.h.  What validate_doc() reported already about d is not
 * repeated: only a base that cannot be read, which only loading it
 * shows, is said of the overlay's 'extends' here, and an area its level
 * does not keep when the area comes from the base. */
int
validate_overlay(struct doc *d, const struct schema *s,
    const struct limits *lim, struct diag *dg, struct merged *keep)
{
	struct merged	 own, *m = keep != NULL ? keep : &own;
	struct diag	 tmp;
	struct validator v;
	struct catalog_header h;
	const struct node *ext;
	size_t		 i;
	int		 rc, cols = 0;

	catalog_read_header(&h, d->root, NULL);
	ext = h.extends;
	/* An 'extends' that is no string is reported as such already. */
	if (ext == NULL || ext->kind != NODE_SCALAR || node_is_null(ext))
		return 0;
	diag_init(&tmp, dg->format, dg->threshold);
	/*
	 * An overlay in another format, or with an id used twice, does
	 * not resolve; validate_doc() said why, as findings about the file
	 * (not trouble, as a base of that kind is).
	 */
	tmp.quiet = 1;
	if (schema_check_version(d, NULL) != 0 ||
	    diff_check_ids(d, &tmp) != 0) {
		diag_finish(&tmp, "", "");
		return 0;
	}
	tmp.quiet = 0;
	rc = merge_resolve(m, d, s, lim, &tmp);
	if (rc == 0) {
		/* The catalog it stands for, each finding at its file. */
		validator_init(&v, s, &tmp);
		v.file_of = origin;
		v.file_ctx = m;
		validate_doc(&v, &m->out);
		cols = v.columns;
		validator_release(&v);
	}
	for (i = 0; i < tmp.n; i++)
		if (strcmp(tmp.v[i].file, d->path) == 0 &&
		    tmp.v[i].rule != R_UNKNOWN_BASE_ID &&
		    tmp.v[i].rule != R_OVERLAY_LEVEL &&
		    tmp.v[i].rule != R_EXTENDS_CYCLE &&
		    tmp.v[i].rule != R_LEVEL_MISMATCH &&
		    (tmp.v[i].rule < R_PROMISE_LIMIT ||
		    tmp.v[i].rule > R_PROFILE) &&
		    ((tmp.v[i].rule != R_EXTENDS_FILE &&
		    tmp.v[i].rule != R_AREA_LEVEL) ||
		    said(dg, &tmp.v[i]))) {
			diag_remove(&tmp, i--);
		} else if (tmp.v[i].rule >= R_PROMISE_LIMIT &&
		    tmp.v[i].rule <= R_PROFILE &&
		    strcmp(tmp.v[i].file, d->path) != 0) {
			/* A service as its base wrote it: the base's. */
			diag_remove(&tmp, i--);
		}
	/* What was left out was reported, and counted, by validate_doc(). */
	tmp.failed = tmp.n > 0;
	if (rc == 0) {
		/* The columns it binds, and those it inherits and derives
		 * anew, said where the overlay says them. */
		validator_init(&v, s, &tmp);
		v.file_of = origin;
		v.file_ctx = m;
		v.columns = cols;
		v.d = &m->out;
		check_columns(&v, &m->out, d->path);
		validator_release(&v);
	}
	/* The findings name files the chain loaded: keep them alive. */
	for (i = 0; i < tmp.n; i++)
		tmp.v[i].file = arena_strdup(&d->arena, tmp.v[i].file);
	diag_move(dg, &tmp);
	if (keep == NULL)
		merge_release(m);
	return rc == -2 ? 2 : 0;
}
