/*
 * A catalog said again as an overlay on a base (see rebase.h).
 *
 * What the base gives at the overlay's level is found the way every
 * other command finds it: by resolving an overlay that says nothing but
 * its id, level, base and 'inherit' (the view).  A second such overlay
 * that inherits every level gives the base items the view leaves out,
 * which an overlay takes back by naming them.  The catalog is then
 * walked in its own order and compared with them by id, values as
 * gkml-diff compares them; the overlay made is resolved in turn and
 * diffed with the catalog, so that nothing is written that would not
 * give it back.
 */
#include <stdio.h>
#include <string.h>

#include "arena.h"
#include "buf.h"
#include "catalog.h"
#include "diag.h"
#include "diff.h"
#include "doc.h"
#include "fmt.h"
#include "hash.h"
#include "merge.h"
#include "msg.h"
#include "rebase.h"
#include "schema.h"

/* The catalog keys an overlay says even when they equal its base's:
 * what it says of itself (gkml new writes them so). */
static const char *const own_keys[] = {
	"id", "title", "area", "level", "jurisdiction", "publisher",
	"version", "updated"
};

/* The reason of an omission the catalog gave none for. */
#define NO_REASON	"（导入的表格中没有此项，未涉及原因待填写）"

struct rb {
	struct doc		 od;		/* the overlay being made */
	const struct schema	*s;
	struct diag		*dg;
	const struct rebase	*r;
	struct diff_eq		*eq;
	struct hash		 vitems;	/* the view's items, by id */
	struct hash		 bitems, bcats;	/* every base item's */
	struct hash		 titems;	/* the catalog's */
	struct hash		 tna;		/* its not-applicable */
	struct hash		 noreason;	/* omitted with NO_REASON */
	struct diag		 ldg;		/* of resolving the layers */
};

/* The items of c by id, and its categories when cats is not NULL. */
static void
index_cats(struct hash *items, struct hash *cats,
    const struct catalog *c)
{
	struct catalog_iter	 it;
	const struct node	*id;

	catalog_iter_init(&it, c);
	while (catalog_next(&it) != CEV_DONE) {
		if (it.ev != CEV_ENTER)
			continue;
		if (it.kind == CK_CATEGORY && cats != NULL &&
		    node_str(id = it.u.cat->id) != NULL)
			hash_put(cats, id->u.s, id->n, (void *)it.u.cat);
		else if (it.kind == CK_ITEM &&
		    node_str(id = it.u.item->id) != NULL)
			hash_put(items, id->u.s, id->n, (void *)it.u.item);
	}
}

/*
 * An overlay that says only its id, level, base and inherit, loaded
 * from its canonical text, then resolved into m.  With all, it
 * inherits the items of every level and sets nothing.
 */
static int
view(struct merged *m, struct doc *sk, const struct node *id,
    const struct node *level, struct rb *rb, int all,
    const struct limits *lim)
{
	const struct vocab	*lv;
	struct buf		 b = BUF_INIT;
	struct doc		 d;
	struct node		*root, *cat, *inh, *levels;
	size_t			 i;
	int			 rc;

	doc_init(&d, rb->r->path);
	root = node_map(&d, 3);
	node_put(&d, root, "gkml", node_scalar(&d, "1", STYLE_PLAIN));
	cat = node_map(&d, 3);
	node_put(&d, cat, "id", id);
	node_put(&d, cat, "level", level);
	node_put(&d, cat, "extends", node_scalar(&d, rb->r->extends,
	    STYLE_DQUOTED));
	node_put(&d, root, "catalog", cat);
	if (all && (lv = schema_vocab(rb->s, "level")) != NULL) {
		inh = node_map(&d, 1);
		levels = node_seq(&d, lv->n, STYLE_FLOW);
		for (i = 0; i < lv->n; i++)
			node_push(levels, node_scalar(&d, lv->terms[i].slug,
			    STYLE_PLAIN));
		node_put(&d, inh, "levels", levels);
		node_put(&d, root, "inherit", inh);
	} else if (!all && rb->r->inherit != NULL)
		node_put(&d, root, "inherit", rb->r->inherit);
	d.root = root;
	fmt_doc(&d, rb->s, &b);
	doc_release(&d);
	rc = doc_load_mem(sk, rb->r->path, b.ptr, b.len, lim, &rb->ldg);
	buf_release(&b);
	if (rc != 0)
		return -2;
	return merge_resolve(m, sk, rb->s, lim, &rb->ldg);
}

/*
 * What resolving the base said, as one finding at the table: the
 * findings of the layers name files that live only as long as the
 * layers, and lines in them the table does not have.
 */
static void
base_trouble(struct rb *rb)
{
	struct buf	 b = BUF_INIT;
	size_t		 i;

	for (i = 0; i < rb->ldg.n; i++) {
		if (rules[rb->ldg.v[i].rule].sev != SEV_ERROR)
			continue;
		/* A layer's own finding says where in it. */
		if (rb->ldg.v[i].file != NULL &&
		    strcmp(rb->ldg.v[i].file, rb->r->path) != 0)
			buf_addf(&b, "%s:%u: ", rb->ldg.v[i].file,
			    rb->ldg.v[i].line);
		diag_message(&b, &rb->ldg.v[i]);
		break;
	}
	diag_add(rb->dg, rb->r->where, 0, 0, R_EXTENDS, NULL, NULL,
	    "the base '%s' of the catalog cannot be resolved from '%s': %s; "
	    "import into the overlay's directory, or give --base or "
	    "--standalone", rb->r->extends, rb->r->path, b.len > 0 ? b.ptr :
	    "?");
	buf_release(&b);
}

static int
is_own(const char *key)
{
	size_t	 i;

	for (i = 0; i < sizeof(own_keys) / sizeof(*own_keys); i++)
		if (strcmp(key, own_keys[i]) == 0)
			return 1;
	return 0;
}

/*
 * The pairs of the mapping tm (but its id, and its lists) whose values
 * differ from those vm has, into a new mapping with id first; NULL
 * when none differ and force is not set.
 */
static struct node *
changed(struct rb *rb, const char *type, const struct node *id,
    const struct node *tm, const struct node *vm, int force)
{
	const struct node	*k, *v, *was;
	struct node		*m;
	size_t			 i, n = 0;

	m = node_map(&rb->od, tm->n / 2 + 1);
	node_put(&rb->od, m, "id", id);
	for (i = 0; i + 1 < tm->n; i += 2) {
		k = &tm->u.kids[i];
		v = &tm->u.kids[i + 1];
		if (k->kind != NODE_SCALAR || strcmp(k->u.s, "id") == 0 ||
		    strcmp(k->u.s, "items") == 0 ||
		    strcmp(k->u.s, "categories") == 0)
			continue;
		was = vm != NULL ? node_get(vm, k->u.s, NULL) : NULL;
		if (vm != NULL && was != NULL &&
		    diff_eq_same(rb->eq, type, k->u.s, was, v))
			continue;
		node_put(&rb->od, m, k->u.s, v);
		/* What the import says of a value goes with a change, and
		 * is no change itself. */
		if (strcmp(k->u.s, "x-import") != 0)
			n++;
	}
	return n > 0 || force ? m : NULL;
}

static struct node *cats(struct rb *, const struct catalog_category *,
		    size_t);

/* A category of the catalog as the overlay says it, or NULL. */
static struct node *
category(struct rb *rb, const struct catalog_category *tc)
{
	const struct catalog_category	*bc;
	const struct catalog_item	*ti, *vi, *bi;
	struct node			*m, *items, *e, *subs;
	size_t				 i;

	if (node_str(tc->id) == NULL ||
	    (bc = hash_get(&rb->bcats, tc->id->u.s, tc->id->n)) == NULL)
		return (struct node *)tc->node;	/* new: all of it */
	items = node_seq(&rb->od, tc->nitems, STYLE_BLOCK);
	for (i = 0; i < tc->nitems; i++) {
		ti = &tc->items[i];
		if (ti->node->kind != NODE_MAP || node_str(ti->id) == NULL)
			continue;
		vi = hash_get(&rb->vitems, ti->id->u.s, ti->id->n);
		bi = hash_get(&rb->bitems, ti->id->u.s, ti->id->n);
		if (vi != NULL)
			e = changed(rb, "item", ti->id, ti->node, vi->node, 0);
		else if (bi != NULL)
			/* Left out at this level: naming it takes it. */
			e = changed(rb, "item", ti->id, ti->node, bi->node, 1);
		else
			e = (struct node *)ti->node;
		if (e != NULL)
			node_push(items, e);
	}
	subs = cats(rb, tc->cats, tc->ncats);
	m = changed(rb, "category", tc->id, tc->node, bc->node, items->n > 0 ||
	    subs != NULL);
	if (m == NULL)
		return NULL;
	if (items->n > 0)
		node_put(&rb->od, m, "items", items);
	if (subs != NULL)
		node_put(&rb->od, m, "categories", subs);
	return m;
}

static struct node *
cats(struct rb *rb, const struct catalog_category *v, size_t n)
{
	struct node	*l, *e;
	size_t		 i;

	l = node_seq(&rb->od, n, STYLE_BLOCK);
	for (i = 0; i < n; i++)
		if (v[i].node->kind == NODE_MAP &&
		    (e = category(rb, &v[i])) != NULL)
			node_push(l, e);
	return l->n > 0 ? l : NULL;
}

/* Each item of the view the catalog does not have, omitted. */
static struct node *
omits(struct rb *rb, const struct catalog *vc)
{
	struct catalog_iter	 it;
	const struct catalog_na	*na;
	const struct node	*id;
	struct node		*l, *e;

	l = node_seq(&rb->od, vc->allitems, STYLE_BLOCK);
	catalog_iter_init(&it, vc);
	while (catalog_next(&it) != CEV_DONE) {
		if (it.ev != CEV_ENTER || it.kind != CK_ITEM ||
		    node_str(id = it.u.item->id) == NULL ||
		    hash_get(&rb->titems, id->u.s, id->n) != NULL)
			continue;
		e = node_map(&rb->od, 2);
		node_put(&rb->od, e, "id", id);
		na = hash_get(&rb->tna, id->u.s, id->n);
		if (na != NULL && node_str(na->reason) != NULL &&
		    na->reason->n > 0)
			node_put(&rb->od, e, "reason", na->reason);
		else {
			node_put(&rb->od, e, "reason", node_scalar(&rb->od,
			    NO_REASON, STYLE_PLAIN));
			hash_put(&rb->noreason, id->u.s, id->n, (void *)id);
			diag_add(rb->dg, rb->r->where, 0, 0, R_IMP_OMITTED,
			    id->u.s, NULL, "item '%s' of the base is not in "
			    "the table: omitted; say why in 未涉及事项 "
			    "(未涉及原因)", id->u.s);
		}
		node_push(l, e);
	}
	return l->n > 0 ? l : NULL;
}

/* The overlay's document, made in rb->od from the catalog t and the
 * base's view vc. */
static void
make(struct rb *rb, const struct catalog *t, const struct catalog *vc)
{
	const struct node	*k, *v, *was, *th = t->hdr.node;
	struct node		*root, *hdr, *l;
	size_t			 i;

	root = node_map(&rb->od, 5);
	node_put(&rb->od, root, "gkml", node_scalar(&rb->od, "1",
	    STYLE_PLAIN));
	hdr = node_map(&rb->od, th->n / 2 + 1);
	for (i = 0; i + 1 < th->n; i += 2) {
		k = &th->u.kids[i];
		v = &th->u.kids[i + 1];
		if (k->kind != NODE_SCALAR || strcmp(k->u.s, "extends") == 0)
			continue;
		was = node_get(vc->hdr.node, k->u.s, NULL);
		if (is_own(k->u.s) || was == NULL ||
		    !diff_eq_same(rb->eq, "catalog", k->u.s, was, v))
			node_put(&rb->od, hdr, k->u.s, v);
	}
	node_put(&rb->od, hdr, "extends", node_scalar(&rb->od,
	    rb->r->extends, STYLE_DQUOTED));
	node_put(&rb->od, root, "catalog", hdr);
	if (rb->r->inherit != NULL)
		node_put(&rb->od, root, "inherit", rb->r->inherit);
	if ((l = cats(rb, t->cats, t->ncats)) != NULL)
		node_put(&rb->od, root, "categories", l);
	if ((l = omits(rb, vc)) != NULL)
		node_put(&rb->od, root, "omit", l);
	rb->od.root = root;
}

/* Resolve the overlay text made and diff it with the catalog: each
 * difference is what the overlay could not say.  Returns 0, -1, -2. */
static int
check(struct rb *rb, const struct buf *made, struct doc *t,
    const struct limits *lim)
{
	struct merged	 m;
	struct doc	 d;
	struct diff	 df;
	struct diff_opts o;
	const struct change *ch;
	size_t		 i, n;
	int		 rc;

	if ((rc = doc_load_mem(&d, rb->r->path, made->ptr, made->len, lim,
	    &rb->ldg)) != 0) {
		doc_release(&d);
		base_trouble(rb);
		return -2;
	}
	if ((rc = merge_resolve(&m, &d, rb->s, lim, &rb->ldg)) == 0) {
		diff_init(&df);
		memset(&o, 0, sizeof(o));
		diff_docs(&df, rb->s, t, &m.out, &o);
		for (i = 0, n = 0; i < df.n; i++) {
			ch = &df.v[i];
			/* The omissions it was told of by their absence. */
			if (ch->kind == CH_NA_ADDED && ch->item != NULL &&
			    hash_get(&rb->noreason, ch->item,
			    strlen(ch->item)) != NULL)
				continue;
			n++;
			diag_add(rb->dg, rb->r->where, 0, 0, R_IMP_OVERLAY,
			    ch->item, NULL, "'%s%s%s' as the table has it "
			    "cannot be said as an overlay on '%s' (a field "
			    "emptied, or an item moved to another category); "
			    "give --standalone to import it as a catalog of "
			    "its own", ch->item != NULL ? ch->item :
			    ch->category != NULL ? ch->category : "catalog",
			    ch->field != NULL ? "." : "", ch->field != NULL ?
			    ch->field : "", rb->r->extends);
		}
		if (n > 0)
			rc = -1;
		diff_release(&df);
	} else {
		base_trouble(rb);
		rc = -2;
	}
	merge_release(&m);
	doc_release(&d);
	return rc;
}

int
rebase(struct buf *out, struct doc *t, const struct rebase *r,
    const struct schema *s, const struct limits *lim, struct diag *dg)
{
	struct rb		 rb;
	struct merged		 mv, mb;
	struct doc		 dv, db;
	struct arena		 a = ARENA_INIT;
	const struct catalog	*tc, *vc, *bc;
	struct buf		 b = BUF_INIT;
	size_t			 i;
	int			 rc;

	memset(&rb, 0, sizeof(rb));
	memset(&mv, 0, sizeof(mv));
	memset(&mb, 0, sizeof(mb));
	rb.s = s;
	rb.dg = dg;
	rb.r = r;
	diag_init(&rb.ldg, DIAG_TEXT, SEV_NOTE);
	rb.ldg.quiet = 1;
	memset(&dv, 0, sizeof(dv));
	memset(&db, 0, sizeof(db));
	tc = catalog_build(&a, t->root, t);
	if ((rc = view(&mv, &dv, tc->hdr.id, tc->hdr.level, &rb, 0,
	    lim)) != 0 || (rc = view(&mb, &db, tc->hdr.id, tc->hdr.level,
	    &rb, 1, lim)) != 0) {
		base_trouble(&rb);
		rc = -2;
		goto done;
	}
	vc = catalog_build(&a, mv.out.root, &mv.out);
	bc = catalog_build(&a, mb.out.root, &mb.out);
	index_cats(&rb.vitems, NULL, vc);
	index_cats(&rb.bitems, &rb.bcats, bc);
	index_cats(&rb.titems, NULL, tc);
	for (i = 0; i < tc->nna; i++)
		if (node_str(tc->na[i].id) != NULL)
			hash_put(&rb.tna, tc->na[i].id->u.s, tc->na[i].id->n,
			    &tc->na[i]);
	rb.eq = diff_eq_new(s);
	doc_init(&rb.od, r->path);
	make(&rb, tc, vc);
	fmt_doc(&rb.od, s, &b);
	doc_release(&rb.od);
	if ((rc = check(&rb, &b, t, lim)) == 0)
		buf_add(out, b.ptr, b.len);
	diff_eq_free(rb.eq);
done:
	merge_release(&mv);
	merge_release(&mb);
	doc_release(&dv);
	doc_release(&db);
	hash_release(&rb.vitems);
	hash_release(&rb.bitems);
	hash_release(&rb.bcats);
	hash_release(&rb.titems);
	hash_release(&rb.tna);
	hash_release(&rb.noreason);
	buf_release(&b);
	arena_release(&a);
	diag_finish(&rb.ldg, "", "");
	return rc;
}
