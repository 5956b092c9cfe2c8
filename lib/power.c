/*
 * Power lists across a run (power.h): powers and citations gathered
 * file by file, then checked against each other once all are in.
 */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "catalog.h"
#include "catset.h"
#include "diag.h"
#include "doc.h"
#include "power.h"
#include "schema.h"
#include "xmalloc.h"

/* The keys of structure.yaml's power-item that the set needs. */
struct pitem {
	const struct node	*code, *name, *category, *levels;
};

static const struct catalog_key pitem_keys[] = {
	CATALOG_K("code", struct pitem, code),
	CATALOG_K("name", struct pitem, name),
	CATALOG_K("category", struct pitem, category),
	CATALOG_K("levels", struct pitem, levels)
};

void
powerset_init(struct powerset *ps, const struct schema *s)
{
	memset(ps, 0, sizeof(*ps));
	arena_init(&ps->a);
	ps->s = s;
}

void
powerset_release(struct powerset *ps)
{
	free(ps->p);
	free(ps->c);
	free(ps->r);
	hash_release(&ps->codes);
	arena_release(&ps->a);
}

static const char *
keep(struct powerset *ps, const struct node *n)
{
	return node_str(n) != NULL ? arena_strdup(&ps->a, n->u.s) : NULL;
}

/* The slug of n in vocabulary name, or NULL. */
static const char *
slug(const struct powerset *ps, const char *name, const struct node *n)
{
	const struct vmatch	*m;

	if (node_str(n) == NULL ||
	    (m = vocab_find(schema_vocab(ps->s, name), n->u.s, n->n)) == NULL)
		return NULL;
	return m->term->slug;
}

/* The levels of n (one or a list) as bits of their ranks. */
static unsigned
levels_of(const struct powerset *ps, const struct node *n)
{
	const struct node	*e;
	unsigned		 set = 0, i, cnt;
	int			 r;

	if (n == NULL || node_is_null(n))
		return 0;
	cnt = n->kind == NODE_SEQ ? n->n : 1;
	for (i = 0; i < cnt; i++) {
		e = n->kind == NODE_SEQ ? &n->u.kids[i] : n;
		if (e->kind == NODE_SCALAR && (r = schema_level_rank(ps->s,
		    e->u.s, e->n)) >= 0 && r < 32)
			set |= 1U << r;
	}
	return set;
}

static void
add_power(struct powerset *ps, const char *file, const char *jur,
    int rank, const struct catalog_item *it)
{
	struct pitem	 pi;
	struct power	*p;

	memset(&pi, 0, sizeof(pi));
	catalog_fill(NULL, it->node, pitem_keys,
	    sizeof(pitem_keys) / sizeof(pitem_keys[0]), &pi, NULL);
	if (node_str(pi.code) == NULL || pi.code->n == 0)
		return;
	if (ps->np == ps->maxp) {
		ps->maxp = ps->maxp ? 2 * ps->maxp : 64;
		ps->p = xreallocarray(ps->p, ps->maxp, sizeof(*ps->p));
	}
	p = &ps->p[ps->np++];
	memset(p, 0, sizeof(*p));
	p->code = keep(ps, pi.code);
	p->name = keep(ps, pi.name);
	p->category = slug(ps, "power-category", pi.category);
	p->file = file;
	p->line = pi.code->line;
	p->col = pi.code->col;
	p->jur = jur;
	if ((p->levels = levels_of(ps, pi.levels)) == 0 && rank >= 0)
		p->levels = 1U << rank;
	/* Indices, not pointers: the array grows. */
	if (hash_get(&ps->codes, p->code, strlen(p->code)) == NULL)
		hash_put(&ps->codes, p->code, strlen(p->code),
		    (void *)(ps->np));
}

static void
add_cite(struct powerset *ps, const char *file, const char *jur, int rank,
    int guide, const struct catalog_item *it, const struct node *code)
{
	struct power_cite	*c;
	const struct node	*at = code != NULL ? code : it->id;

	if (at == NULL)
		at = it->node;
	if (ps->nc == ps->maxc) {
		ps->maxc = ps->maxc ? 2 * ps->maxc : 64;
		ps->c = xreallocarray(ps->c, ps->maxc, sizeof(*ps->c));
	}
	c = &ps->c[ps->nc++];
	c->code = code != NULL ? keep(ps, code) : NULL;
	c->item = node_str(it->id) != NULL ? keep(ps, it->id) : "?";
	c->file = file;
	c->line = at->line;
	c->col = at->col;
	c->rank = rank;
	c->jur = jur;
	c->guide = guide;
}

void
powerset_add(struct powerset *ps, const char *file, const struct node *root)
{
	struct arena		 a = ARENA_INIT;
	const struct catalog	*c;
	const struct skind	*k;
	const struct catalog_item *it;
	const struct node	*pw, *e, *cb;
	struct catalog_iter	 iter;
	struct power_req	*r;
	const char		*id, *jur, *s;
	unsigned		 i, cnt;
	int			 rank, powers, guide;

	c = catalog_build(&a, root, NULL);
	k = schema_kind_of(ps->s, root);
	powers = k != NULL && strcmp(k->name, "powers") == 0;
	guide = k != NULL && strcmp(k->name, "guide") == 0;
	id = node_str(c->hdr.id) != NULL ? c->hdr.id->u.s : "";
	jur = arena_strndup(&ps->a, id, catset_jur(id, strlen(id)));
	rank = node_str(c->hdr.level) == NULL ? -1 :
	    schema_level_rank(ps->s, c->hdr.level->u.s, c->hdr.level->n);
	if (powers && (cb = c->hdr.cited_by) != NULL && !node_is_null(cb)) {
		ps->r = xreallocarray(ps->r, ps->nr + 1, sizeof(*ps->r));
		r = &ps->r[ps->nr++];
		memset(r, 0, sizeof(*r));
		r->jur = jur;
		r->file = file;
		r->line = cb->line;
		r->col = cb->col;
		cnt = cb->kind == NODE_SEQ ? cb->n : 1;
		for (i = 0; i < cnt; i++) {
			e = cb->kind == NODE_SEQ ? &cb->u.kids[i] : cb;
			if ((s = slug(ps, "kind", e)) == NULL)
				continue;
			r->catalog |= strcmp(s, "catalog") == 0;
			r->guide |= strcmp(s, "guide") == 0;
		}
	}
	catalog_iter_init(&iter, c);
	while (catalog_next(&iter) != CEV_DONE) {
		if (iter.kind != CK_ITEM || iter.u.item->node->kind != NODE_MAP)
			continue;
		it = iter.u.item;
		if (powers) {
			add_power(ps, file, jur, rank, it);
			continue;
		}
		pw = it->power;
		if (pw == NULL || node_is_null(pw) ||
		    (pw->kind == NODE_SEQ && pw->n == 0)) {
			add_cite(ps, file, jur, rank, guide, it, NULL);
			continue;
		}
		cnt = pw->kind == NODE_SEQ ? pw->n : 1;
		for (i = 0; i < cnt; i++) {
			e = pw->kind == NODE_SEQ ? &pw->u.kids[i] : pw;
			if (node_str(e) != NULL && e->n > 0)
				add_cite(ps, file, jur, rank, guide, it, e);
		}
	}
	arena_release(&a);
}

/* Whether jurisdiction key k is j or below it. */
static int
within(const char *k, const char *j)
{
	size_t	 n = strlen(j);

	return n == 0 || (strncmp(k, j, n) == 0 && (k[n] == '\0' ||
	    k[n] == '/'));
}

/* The level slugs of bits, "county, township", or their labels. */
static const char *
level_names(const struct powerset *ps, unsigned bits, struct buf *b,
    int label)
{
	const struct vocab	*lv = schema_vocab(ps->s, "level");
	size_t			 i;

	buf_reset(b);
	for (i = 0; i < lv->n && i < 32; i++)
		if (bits & 1U << i)
			buf_addf(b, "%s%s", b->len ? (label ? "、" : ", ") :
			    "", label ? lv->terms[i].label :
			    lv->terms[i].slug);
	return b->ptr;
}

void
powerset_check(struct powerset *ps, struct diag *dg)
{
	const struct power_cite	*c;
	const struct power_req	*r;
	struct power		*p;
	struct buf		 lv = BUF_INIT;
	size_t			 i, j, k;
	int			 has;

	for (i = 0; i < ps->nc; i++) {
		c = &ps->c[i];
		if (c->code == NULL)
			continue;
		k = (size_t)hash_get(&ps->codes, c->code, strlen(c->code));
		if (k == 0) {
			if (ps->np > 0)
				diag_add(dg, c->file, c->line, c->col,
				    R_UNKNOWN_POWER, c->item, "power",
				    "item '%s' cites power '%s', which no "
				    "power list of this run has", c->item,
				    c->code);
			continue;
		}
		p = &ps->p[k - 1];
		if (!c->guide)
			p->disclosed = 1;
		if (c->rank >= 0 && c->rank < 32 && p->levels != 0 &&
		    !(p->levels & 1U << c->rank)) {
			diag_add(dg, c->file, c->line, c->col, R_POWER_LEVEL,
			    c->item, "power", "item '%s' of a %s catalog cites "
			    "power '%s', which is exercised at %s level only "
			    "(%s:%u:%u)", c->item, schema_level_slug(ps->s,
			    c->rank), c->code, level_names(ps, p->levels, &lv, 0), p->file,
			    p->line, p->col);
			/* In a translated message levels go by their labels. */
			diag_show(dg, 1, schema_level_label(ps->s, c->rank));
			diag_show(dg, 3, level_names(ps, p->levels, &lv, 1));
		}
	}
	/* 双公示: a licence or penalty no disclosure item shows. */
	for (i = 0; i < ps->np; i++) {
		p = &ps->p[i];
		if (p->disclosed || p->category == NULL ||
		    (strcmp(p->category, "licensing") != 0 &&
		    strcmp(p->category, "penalty") != 0))
			continue;
		for (has = 0, j = 0; j < ps->nc && !has; j++)
			has = !ps->c[j].guide && within(ps->c[j].jur, p->jur);
		if (has)
			diag_add(dg, p->file, p->line, p->col, R_NO_DISCLOSURE,
			    NULL, "code", "power '%s' (%s) is a %s, but no "
			    "disclosure item of its jurisdiction cites it; "
			    "add 'power: %s' to the item that publishes it",
			    p->code, p->name != NULL ? p->name : "?",
			    strcmp(p->category, "licensing") == 0 ?
			    "行政许可" : "行政处罚", p->code);
	}
	for (i = 0; i < ps->nc; i++) {
		c = &ps->c[i];
		if (c->code != NULL)
			continue;
		for (j = 0; j < ps->nr; j++) {
			r = &ps->r[j];
			if (!(c->guide ? r->guide : r->catalog) ||
			    !within(c->jur, r->jur))
				continue;
			if (c->guide)
				diag_add(dg, c->file, c->line, c->col,
				    R_NO_POWER, c->item, "power", "service '%s' "
				    "cites no power, which the power list at "
				    "%s:%u:%u asks of every service here; add "
				    "'power' with its code", c->item, r->file,
				    r->line, r->col);
			else
				diag_add(dg, c->file, c->line, c->col,
				    R_NO_POWER, c->item, "power", "item '%s' "
				    "cites no power, which the power list at "
				    "%s:%u:%u asks of every catalog item here; "
				    "add 'power' with its code", c->item,
				    r->file, r->line, r->col);
			break;
		}
	}
	buf_release(&lv);
}
