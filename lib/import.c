/*
 * gkml-import's library half: grids of cells (lib/table.h) turned into
 * catalogs.  A table is read in four passes, a file each:
 *
 *   1. the header (import_head.c): the first row where three or more
 *      cells name known columns, then up to two rows of sub-headers;
 *   2. the rows (import_rows.c): 同上 resolved, lone rows taken as
 *      category headings, titles or footnotes, every other row an item
 *      whose category is the 一级事项 cell (merged cells share one
 *      origin); what the table says around its rows (import_meta.c);
 *   3. ids (import_rows.c): from outline numbers when every sibling has
 *      a distinct one, else from row order, so the same table gives the
 *      same ids;
 *   4. the document (here): the catalog's records (catalog.h) made into
 *      a document by catalog_make(), every string double-quoted,
 *      written by fmt_doc() and validated; the validator's findings are
 *      reported at the source cell of the field they concern.
 *
 * What the passes share is in import_int.h, the helpers every one uses
 * in import_text.c.  Every string of the model lives in the import's
 * arena.
 */
#include <stdlib.h>
#include <string.h>

#include "cite.h"
#include "fmt.h"
#include "import.h"
#include "import_int.h"
#include "schema.h"
#include "validate.h"
#include "xmalloc.h"

/* --- Checks on what was read --- */

/* The level a body names (0 county, 1 township, 2 village), or -1. */
static int
body_level(struct imp *im, const char *part)
{
	const struct import_words *w = im->s->imp;
	const char	*f = fold(im, part);
	size_t		 i;

	/* The township's police station, named after the county's bureau. */
	for (i = 0; i < w->units.n; i++)
		if (ends(f, w->units.v[i]))
			return schema_level_rank(im->s, "township", 8);
	for (i = 0; i < w->nbodywords; i++)
		if (in_words(&w->bodywords[i].w, f, 1))
			return schema_level_rank(im->s, w->bodywords[i].slug,
			    strlen(w->bodywords[i].slug));
	return -1;
}

static void
check_item(struct imp *im, const struct draft *k, struct item *it)
{
	struct cite_finding	 cf;
	const struct words	*vb = &im->s->imp->vague_body;
	const char		*f, *p, *e;
	char			 part[256];
	size_t			 i, n;
	size_t			 cites = 0;
	int			 want, lv, low = 0, high = 0;

	im->cols = it->cols;
	if (!im->exact) {
		strip_markers(im, &it->content);
		/* Citations in 公开内容 too, as some templates put them. */
		for (i = 0; i < it->content.n; i++)
			if (strstr(it->content.v[i], "号") != NULL)
				it->content.v[i] = cite_repair(im, it->row,
				    (unsigned)it->fcol[CF_CONTENT],
				    it->content.v[i]);
	}
	if (it->body != NULL && !it->warned[CF_BODY]) {
		f = fold(im, it->body);
		for (i = 0; i < vb->n; i++)
			if (eq(f, vb->v[i]))
				break;
		want = eq(k->level, "county") ? 0 : eq(k->level, "township") ?
		    1 : 2;
		for (p = it->body; *p != '\0'; p = *e ? e + (*e == ',' ||
		    *e == ';' || *e == '/' ? 1 : 3) : e) {
			for (e = p; *e != '\0' && !starts(e, "、") &&
			    !starts(e, "，") && !starts(e, "；") && *e != ',' &&
			    *e != ';' && *e != '/'; e++)
				continue;
			n = (size_t)(e - p) < sizeof(part) ? (size_t)(e - p) :
			    sizeof(part) - 1;
			memcpy(part, p, n);
			part[n] = '\0';
			if ((lv = body_level(im, part)) < 0)
				continue;
			if (lv >= want)
				low = 1;
			else
				high = 1;
		}
		if (i < vb->n)
			say(im, &it->x, it->row, it->fcol[CF_BODY], R_IMP_BODY,
			    "'%s' does not say who publishes (copied from a "
			    "template?)", it->body);
		/* Of an overlay gkml-render wrote, a body of a higher level
		 * is the base's, which speaks for itself: gkml-import gives
		 * back the overlay, and says only what the table changed. */
		else if (want > 0 && high && !low && k->base == NULL)
			say(im, &it->x, it->row, it->fcol[CF_BODY], R_IMP_BODY,
			    "'%s' is a body of a higher level than this %s "
			    "catalog (copied from a template?)", it->body,
			    k->level);
	}
	/* 民政 templates put the citations in 公开内容. */
	for (i = 0; i < it->content.n; i++)
		if (strstr(it->content.v[i], "《") != NULL &&
		    strstr(it->content.v[i], "》") != NULL)
			cites++;
	if (cites > 0 && cites == it->content.n && (it->basis.n == 0 ||
	    (it->basis.n == 1 && cite_check(&im->a, it->basis.v[0], &cf, 1)
	    == 1 && cf.kind == CITE_VAGUE)))
	{
		if (it->basis.n > 0)
			say(im, &it->x, it->row, it->fcol[CF_CONTENT],
			    R_IMP_MISPLACED, "公开内容 holds citations and "
			    "公开依据 says only '%s': they may belong in 公开依据",
			    it->basis.v[0]);
		else
			say(im, &it->x, it->row, it->fcol[CF_CONTENT],
			    R_IMP_MISPLACED, "公开内容 holds citations and "
			    "公开依据 is empty: they may belong in 公开依据");
	}
}

static void
check_cat(struct imp *im, const struct draft *k, struct cat *c)
{
	struct item	*it;
	struct cat	*s;

	for (it = c->items; it != NULL; it = it->next)
		check_item(im, k, it);
	for (s = c->subs; s != NULL; s = s->next)
		check_cat(im, k, s);
}

/* --- The document --- */

/* A string of the table: quoted, as nothing in it is YAML. */
static const struct node *
mstr(struct doc *d, const char *s)
{
	return s != NULL ? node_scalar(d, s, STYLE_DQUOTED) : NULL;
}

/* A list, or its one value alone when one is allowed. */
static const struct node *
mlist(struct doc *d, const struct strs *l, int one)
{
	struct node	*q;
	size_t		 i;

	if (l->n == 0)
		return NULL;
	if (one && l->n == 1)
		return mstr(d, l->v[0]);
	q = node_seq(d, l->n, STYLE_FLOW);
	for (i = 0; i < l->n; i++)
		node_push(q, mstr(d, l->v[i]));
	return q;
}

/* What the import said of a record, as its x-import list. */
static void
mx(struct doc *d, struct catalog_xs *x, const struct strs *l)
{
	struct catalog_x	*v;

	if (l->n == 0)
		return;
	v = arena_calloc(&d->arena, 1, sizeof(*v));
	v->key = node_scalar(d, "x-import", STYLE_PLAIN);
	v->val = mlist(d, l, 0);
	x->v = v;
	x->n = 1;
}

static void
mitem(struct doc *d, struct catalog_item *r, const struct item *it)
{
	struct buf	 notes = BUF_INIT;
	size_t		 i;

	r->id = mstr(d, it->id);
	r->name = mstr(d, it->name);
	r->f.content = mlist(d, &it->content, 1);
	r->f.basis = mlist(d, &it->basis, 0);
	r->f.deadline = mstr(d, it->deadline);
	r->f.body = mstr(d, it->body);
	r->f.channels = mlist(d, &it->channels, 0);
	r->f.audience = mlist(d, &it->audience, 1);
	r->f.mode = mlist(d, &it->mode, 1);
	r->f.levels = mlist(d, &it->levels, 0);
	r->f.stage = mlist(d, &it->stage, 1);
	r->column = mstr(d, it->column);
	r->column_url = mstr(d, it->column_url);
	for (i = 0; i < it->notes.n; i++) {
		if (i > 0)
			buf_addch(&notes, '\n');
		buf_adds(&notes, it->notes.v[i]);
	}
	if (notes.len > 0)
		r->f.notes = mstr(d, notes.ptr);
	mx(d, &r->x, &it->x);
	buf_release(&notes);
}

/* The records of the categories from c on, n of them. */
static struct catalog_category *
mcats(struct doc *d, const struct cat *c, size_t n)
{
	struct catalog_category	*v, *r;
	const struct item	*it;
	const struct cat	*s;
	size_t			 i;

	v = arena_calloc(&d->arena, n ? n : 1, sizeof(*v));
	for (r = v; c != NULL; c = c->next, r++) {
		r->id = mstr(d, c->id);
		r->name = mstr(d, c->name);
		r->notes = mstr(d, c->notes);
		r->column = mstr(d, c->column);
		r->column_url = mstr(d, c->column_url);
		for (it = c->items; it != NULL; it = it->next)
			r->nitems++;
		r->items = arena_calloc(&d->arena, r->nitems ? r->nitems : 1,
		    sizeof(*r->items));
		for (i = 0, it = c->items; it != NULL; it = it->next)
			mitem(d, &r->items[i++], it);
		for (s = c->subs; s != NULL; s = s->next)
			r->ncats++;
		r->cats = mcats(d, c->subs, r->ncats);
		mx(d, &r->x, &c->x);
	}
	return v;
}

/* The document of k, made in d. */
static void
mdraft(struct doc *d, const struct draft *k)
{
	struct catalog		 c;
	const struct cat	*s;
	size_t			 i;

	memset(&c, 0, sizeof(c));
	c.gkml = node_scalar(d, "1", STYLE_PLAIN);
	c.hdr.id = mstr(d, k->id);
	c.hdr.title = mstr(d, k->title);
	c.hdr.area = mstr(d, k->areaslug);
	c.hdr.level = mstr(d, k->level);
	c.hdr.jurisdiction = mstr(d, k->jurisdiction);
	c.hdr.publisher = mstr(d, k->publisher);
	c.hdr.version = mstr(d, k->version);
	/* An ISO date the import wrote: plain, a date. */
	if (k->updated != NULL)
		c.hdr.updated = node_scalar(d, k->updated, STYLE_PLAIN);
	c.hdr.contact = mstr(d, k->contact);
	c.hdr.column = mstr(d, k->column);
	c.hdr.column_url = mstr(d, k->column_url);
	mx(d, &c.hdr.x, &k->x);
	for (s = k->cats; s != NULL; s = s->next)
		c.ncats++;
	c.cats = mcats(d, k->cats, c.ncats);
	c.nna = k->nna;
	c.na = arena_calloc(&d->arena, k->nna ? k->nna : 1, sizeof(*c.na));
	for (i = 0; i < k->nna; i++) {
		c.na[i].id = mstr(d, k->na[i].id);
		c.na[i].name = mstr(d, k->na[i].name);
		c.na[i].reason = mstr(d, k->na[i].reason);
	}
	catalog_make(d, &c);
}

/* --- Validation, reported at the source --- */

static void
index_items(struct hash *h, struct cat *c)
{
	struct item	*it;
	struct cat	*s;

	for (it = c->items; it != NULL; it = it->next)
		hash_put(h, it->id, strlen(it->id), it);
	for (s = c->subs; s != NULL; s = s->next)
		index_items(h, s);
}

/* The field a validator path ends in: "…items[2].deadline[0]". */
static int
path_field(const char *path)
{
	const char	*p;

	if (path == NULL || (p = strrchr(path, '.')) == NULL)
		return -1;
	p++;
	return catalog_field_of(p, strcspn(p, "["));
}

/* The field a finding names: its own, or the key its path ends in. */
static int
finding_field(const struct finding *f)
{
	if (f->field == NULL)
		return path_field(f->path);
	return catalog_field_of(f->field, strlen(f->field));
}

static const enum role field_role[CF__MAX] = {
	COL_ITEM, COL_CONTENT, COL_BASIS, COL_DEADLINE, COL_BODY,
	COL_CHANNEL, COL_AUDIENCE, COL_MODE, COL_LEVEL, COL_STAGE, COL_NOTES
};

/*
 * Check the catalog made, and report what the validator finds at the
 * cell the value came from: an unreadable time limit, a malformed 文号,
 * a blank cell where the catalog wants a value.  What the import said
 * already (a column missing, a value it could not read) is not said
 * again.
 */
static void
validate_made(struct imp *im, struct doc *d, struct draft *k)
{
	struct validator	 v;
	struct diag		 vd;
	struct hash		 items = HASH_INIT;
	struct buf		 shown = BUF_INIT;
	struct finding		*f;
	struct item		*it;
	struct cat		*c;
	size_t			 i;
	int			 fi, col;

	for (c = k->cats; c != NULL; c = c->next)
		index_items(&items, c);
	diag_init(&vd, DIAG_TEXT, SEV_NOTE);
	vd.quiet = 1;
	validator_init(&v, im->s, &vd);
	validate_doc(&v, d);
	for (i = 0; i < vd.n; i++) {
		f = &vd.v[i];
		it = f->item != NULL ? hash_get(&items, f->item,
		    strlen(f->item)) : NULL;
		fi = finding_field(f);
		if (it != NULL && fi >= 0) {
			if (it->warned[fi])
				continue;
			if ((f->rule == R_MISSING_FIELD ||
			    f->rule == R_EMPTY) &&
			    !(it->roles & ((uint32_t)1 << field_role[fi])))
				continue;
			im->cols = it->cols;
			col = it->fcol[fi] >= 0 ? it->fcol[fi] :
			    fi == CF_NAME ? -1 :
			    first_col(im, field_role[fi]);
			say(im, NULL, it->row, col, f->rule, "%s", f->msg);
		} else if (it != NULL) {
			im->cols = it->cols;
			say(im, NULL, it->row, -1, f->rule, "%s", f->msg);
		} else if (im->ncatalogs > 1)
			say(im, NULL, NOROW, -1, f->rule, "catalog '%s': %s",
			    k->id, f->msg);
		else
			say(im, NULL, NOROW, -1, f->rule, "%s", f->msg);
		/* The validator's message, in the reader's language. */
		buf_reset(&shown);
		diag_message(&shown, f);
		diag_show(im->dg, it == NULL && im->ncatalogs > 1 ? 1 : 0,
		    shown.ptr);
		if (rules[f->rule].sev == SEV_ERROR)
			im->im->broken++;
	}
	diag_flush(&vd);
	diag_finish(&vd, "", "");
	validator_release(&v);
	hash_release(&items);
	buf_release(&shown);
}

/*
 * Headings with nothing under them: one of gkml-render's (whose 分类编号
 * makes it sure) stays a category; any other is no category, but text
 * the table held, kept in the catalog's x-import, and said.  *n counts
 * the list at *head.
 */
static void
empty_headings(struct imp *im, struct draft *k, struct cat **head, size_t *n)
{
	struct cat	*c;

	while ((c = *head) != NULL) {
		empty_headings(im, k, &c->subs, &c->nsubs);
		if (c->items != NULL || c->subs != NULL || c->idcell != NULL) {
			head = &c->next;
			continue;
		}
		im->cols = c->cols;
		say(im, &k->x, c->row, c->col, R_IMP_UNPLACED, "heading '%s' "
		    "has no items under it; kept in the catalog's x-import, "
		    "not made a category", c->name ? c->name : "");
		*head = c->next;
		(*n)--;
	}
}

/* The category of k whose ids, top first, are path ("a/a.b"). */
static struct cat *
cat_by_path(struct cat *c, const char *path)
{
	const char	*e;
	size_t		 n;

	for (;;) {
		if ((e = strchr(path, '/')) == NULL)
			e = path + strlen(path);
		n = (size_t)(e - path);
		for (; c != NULL; c = c->next)
			if (strlen(c->id) == n && strncmp(c->id, path, n) == 0)
				break;
		if (c == NULL || *e == '\0')
			return c;
		path = e + 1;
		c = c->subs;
	}
}

/* Does a row of gkml-render's own sheets concern table t?  Its 工作表
 * names t's sheet; a DOCX's, which have no 工作表, concern every table. */
static int
aux_for(const struct auxrow *a, const struct table *t)
{
	if (a->v[0] == NULL)
		return 1;
	return t->name != NULL && eq(a->v[0], t->name);
}

/* What the workbook's own sheets say of the sheet k was read from: its
 * not-applicable items and its categories' notes. */
static void
aux_sheets(struct imp *im, struct draft *k)
{
	const struct auxrow	*a;
	struct cat		*c;
	struct na		*na;
	size_t			 i;

	if (im->aux == NULL)
		return;
	for (i = 0; i < im->aux->n; i++) {
		a = &im->aux->v[i];
		if (a->kind == AUX_INFO || !aux_for(a, im->t))
			continue;
		if (a->kind == AUX_NA) {
			if (a->v[3] == NULL || !any_id(a->v[3])) {
				say(im, &k->x, NOROW, -1, R_IMP_UNPLACED,
				    "未涉及事项 '%s' has no id; left out",
				    a->v[1] ? a->v[1] : "");
				continue;
			}
			k->na = xreallocarray(k->na, k->nna + 1,
			    sizeof(*k->na));
			na = &k->na[k->nna++];
			na->id = a->v[3];
			na->name = a->v[1] != NULL && *a->v[1] ? a->v[1] :
			    NULL;
			na->reason = a->v[2] != NULL ? a->v[2] : "";
		} else if (a->v[1] != NULL && (c = cat_by_path(k->cats,
		    a->v[1])) != NULL) {
			/* A row may be there for its column alone. */
			if (a->v[3] != NULL && (*a->v[3] != '\0' ||
			    a->v[4] == NULL))
				c->notes = a->v[3];
			if (a->v[4] != NULL && *a->v[4] != '\0')
				c->column = a->v[4];
			if (a->v[5] != NULL && *a->v[5] != '\0')
				c->column_url = a->v[5];
		} else
			say(im, &k->x, NOROW, -1, R_IMP_UNPLACED, "分类备注 of "
			    "'%s' names no category of the sheet; kept here: "
			    "%s", a->v[1] ? a->v[1] : "", a->v[3] ? a->v[3] :
			    "");
	}
}

/* Was an item of these categories read by the header of cols? */
static int
read_by(const struct cat *c, const struct col *cols)
{
	const struct item	*it;

	for (; c != NULL; c = c->next) {
		for (it = c->items; it != NULL; it = it->next)
			if (it->cols == cols)
				return 1;
		if (read_by(c->subs, cols))
			return 1;
	}
	return 0;
}

/*
 * "<base>.yaml", unique in the run: else "<base>-N.yaml" with the least
 * N from 2 on that is free.  Every N below the one kept per base was
 * found taken (names are never given back), so the search starts there
 * and a page of many tables of one area costs time linear in them.
 */
static char *
out_name(struct imp *im, const char *base)
{
	size_t	*next, len = strlen(base), n;
	char	*name;

	if ((next = hash_get(&im->nextn, base, len)) == NULL) {
		next = arena_alloc(&im->a, sizeof(*next));
		*next = 1;
		hash_put(&im->nextn, arena_strdup(&im->a, base), len, next);
	}
	for (n = *next;; n++) {
		name = n == 1 ? xasprintf("%s.yaml", base) :
		    xasprintf("%s-%zu.yaml", base, n);
		if (hash_get(&im->names, name, strlen(name)) == NULL)
			break;
		free(name);
	}
	*next = n + 1;
	hash_put(&im->names, name, strlen(name), name);
	return name;
}

/*
 * The name a catalog gkml-render wrote had, without ".yaml", so that
 * importing a workbook into the directory it was made from writes each
 * catalog back into its file; else the area's slug.  Only a plain name
 * is taken: a path would write outside the directory asked for.
 */
static const char *
file_stem(struct imp *im, const char *file, const char *slug)
{
	size_t	 n;

	if (file == NULL || (n = strlen(file)) <= 5 || file[0] == '.' ||
	    strcmp(file + n - 5, ".yaml") != 0 || strspn(file,
	    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	    "._-") != n)
		return slug;
	return arena_strndup(&im->a, file, n - 5);
}

/* Make, format and check catalog k; add it to the import.  Returns 0,
 * -1 when it is broken, -2 when a limit was passed. */
static int
finish(struct imp *im, struct draft *k)
{
	struct import_out	*out;
	struct hash		 used = HASH_INIT;
	struct buf		 canon = BUF_INIT;
	struct doc		 d;
	struct cat		*c;
	size_t			 i;
	int			 rc = 0;

	empty_headings(im, k, &k->cats, &k->ncats);
	ids_cats(im, &used, k->cats, k->ncats, NULL);
	hash_release(&used);
	/* What was said of the headers its items were read by. */
	{
		struct strs	 x = { NULL, 0, 0 };
		struct header	*h;

		for (h = im->hdrs; h != NULL; h = h->next)
			if (h->x.n > 0 && read_by(k->cats, h->cols))
				for (i = 0; i < h->x.n; i++)
					strs_add(im, &x, h->x.v[i]);
		for (i = 0; i < k->x.n; i++)
			strs_add(im, &x, k->x.v[i]);
		k->x = x;
	}
	for (c = k->cats; c != NULL; c = c->next)
		check_cat(im, k, c);
	aux_sheets(im, k);
	doc_init(&d, "<import>");
	mdraft(&d, k);
	fmt_doc(&d, im->s, &canon);
	if (d.nodes > im->lim->max_nodes || canon.len > im->lim->max_bytes) {
		say(im, NULL, NOROW, -1, R_LIMIT, "the catalog made from the "
		    "table passes a limit (%zu bytes of YAML); raise it with "
		    "GKML_LIMITS if the table is genuine", canon.len);
		rc = -2;
	} else
		validate_made(im, &d, k);
	doc_release(&d);
	free(k->na);
	k->na = NULL;
	k->nna = 0;
	if (rc != 0) {
		buf_release(&canon);
		return rc;
	}
	if ((im->im->n & (im->im->n - 1)) == 0)
		im->im->v = xreallocarray(im->im->v, im->im->n ? im->im->n * 2 :
		    1, sizeof(*im->im->v));
	out = &im->im->v[im->im->n++];
	out->name = out_name(im, file_stem(im, k->file, k->areaslug));
	out->len = canon.len;
	out->yaml = buf_detach(&canon, NULL);
	out->where = im->t->where;
	out->base = k->base != NULL ? xstrdup(k->base) : NULL;
	out->inherit = k->inherit != NULL ? xstrdup(k->inherit) : NULL;
	return 0;
}

/* --- The entry points --- */

void
import_init(struct import *res)
{
	memset(res, 0, sizeof(*res));
}

void
import_release(struct import *res)
{
	size_t	 i;

	for (i = 0; i < res->n; i++) {
		free(res->v[i].name);
		free(res->v[i].yaml);
		free(res->v[i].base);
		free(res->v[i].inherit);
	}
	free(res->v);
	memset(res, 0, sizeof(*res));
}

static int
has_items(const struct cat *c)
{
	for (; c != NULL; c = c->next)
		if (c->items != NULL || has_items(c->subs))
			return 1;
	return 0;
}

/* One table into its catalogs.  Returns 0, 1 when it holds no catalog
 * (skipped), -1 when broken, -2 on a limit. */
static int
import_table(struct imp *im)
{
	struct draft	*k;
	size_t		 made = 0;
	int		 rc = 0, r;

	im->cols = NULL;
	im->cats = NULL;
	im->cattail = &im->cats;
	im->curk = NULL;
	im->ncatalogs = 0;
	im->trad = 0;
	im->emptyl1 = im->emptyl2 = 0;
	im->metadone = 0;
	im->footer = 0;
	im->jur = im->lvl = NULL;
	if (im->t->nrows == 0 || find_header(im) != 0)
		return 1;
	read_meta(im);
	if (map_columns(im) != 0) {
		say(im, NULL, im->h0, -1, R_IMP_HEADER, "the header names no "
		    "公开事项 (一级事项/二级事项) column: the items have no "
		    "names");
		return -1;
	}
	new_catalog(im, NULL);
	im->hdrs = im->hdr = NULL;
	new_header(im);
	check_columns(im, &im->hdr->x);
	read_rows(im);
	if (im->trad)
		say(im, NULL, NOROW, -1, R_IMP_REPAIR, "traditional characters "
		    "read as simplified for headers and vocabularies; text "
		    "kept as written");
	for (k = im->cats; k != NULL; k = k->next) {
		if (!has_items(k->cats))
			continue;
		if (catalog_meta(im, k, im->ncatalogs > 1) != 0) {
			rc = -1;
			continue;
		}
		if ((r = finish(im, k)) != 0)
			rc = rc == -2 ? -2 : r;
		else
			made++;
	}
	if (made == 0 && rc == 0) {
		say(im, NULL, im->h0, -1, R_IMP_HEADER, "a header, but no item "
		    "rows below it");
		rc = -1;
	}
	return rc;
}

int
import_tables(struct import *res, const struct tables *ts, const char *path,
    const struct import_opts *o, const struct schema *s,
    const struct limits *lim, struct diag *dg)
{
	struct imp	 im;
	struct aux	 aux = { NULL, 0 };
	const struct table **tv = NULL;
	unsigned char	*isaux = NULL;
	size_t		 i, j, skipped = 0, v;
	int		 rc = 0, r;

	memset(&im, 0, sizeof(im));
	im.s = s;
	im.dg = dg;
	im.lim = lim;
	im.path = path;
	im.o = o;
	im.im = res;
	im.ts = ts;
	arena_init(&im.a);
	buf_init(&im.tmp, 0);
	voc_index(&im);
	for (i = 0; i < res->n; i++)
		hash_put(&im.names, res->v[i].name, strlen(res->v[i].name),
		    res->v[i].name);
	if (o->area != NULL && opt_slug(&im, V_AREA, o->area) == NULL)
		res->badopt = "--area";
	else if (o->level != NULL && opt_slug(&im, V_LEVEL, o->level) == NULL)
		res->badopt = "--level";
	if (res->badopt != NULL) {
		rc = -2;
		goto out;
	}
	/* A DOCX of gkml-render's: its hidden columns. */
	tv = xcalloc(ts->n + 1, sizeof(*tv));
	for (i = 0; i < ts->n; i++)
		tv[i] = word_table(&im, &ts->v[i]);
	/* A workbook (or DOCX) of gkml-render's: its own sheets first. */
	isaux = xcalloc(ts->n + 1, 1);
	for (i = 0; i < ts->n; i++)
		isaux[i] = (unsigned char)read_aux(&im, tv[i], &aux);
	im.aux = &aux;
	for (i = 0; i < ts->n; i++) {
		im.t = tv[i];
		im.ti = i;
		if (isaux[i]) {
			say(&im, NULL, NOROW, -1, R_IMP_TABLE, "gkml-render's "
			    "目录信息, 未涉及事项 or 分类备注, read for the "
			    "catalogs");
			skipped++;
			continue;
		}
		im.info = NULL;
		for (j = 0; j < aux.n; j++)
			if (aux_for(&aux.v[j], im.t) &&
			    aux.v[j].kind == AUX_INFO)
				im.info = &aux.v[j];
		/* The page's metadata in the paragraphs before it. */
		if (im.t->pre != NULL)
			page_pre(&im, im.t->pre);
		r = import_table(&im);
		/* A table of no catalog (the page's metadata) hands its
		 * heading on to the table after it, if that has none. */
		if (r == 1 && im.t->name != NULL)
			im.carry = im.t->name;
		else if (r != 1 || im.t->name != NULL)
			im.carry = NULL;
		/* And what it says of the page (发布机构, 发布日期 …). */
		if (r == 1)
			page_meta(&im, im.t);
		else
			memset(&im.pmeta, 0, sizeof(im.pmeta));
		if (r == 1) {
			skipped++;
			if (ts->n > 1)
				say(&im, NULL, NOROW, -1, R_IMP_TABLE, "no "
				    "catalog header in the first %d rows; "
				    "skipped", HEAD_SCAN);
		} else if (r == -2)
			rc = -2;
		else if (r == -1 && rc == 0)
			rc = -1;
	}
	if (skipped == ts->n) {
		im.t = ts->n == 1 ? tv[0] : NULL;
		im.ts = NULL;
		im.cols = NULL;
		say(&im, NULL, NOROW, -1, R_IMP_HEADER, ts->n == 0 ?
		    "no table found" : ts->n == 1 ? "no header row naming "
		    "the columns (序号, 公开事项, 公开内容, 公开依据 …) in the "
		    "first rows: not a catalog table" : "none of the tables "
		    "has a header row naming the columns of a catalog");
		if (rc == 0)
			rc = -1;
	}
out:
	free(tv);
	free(isaux);
	free(aux.v);
	for (v = 0; v < V__MAX; v++)
		hash_release(&im.fk[v]);
	hash_release(&im.names);
	hash_release(&im.nextn);
	buf_release(&im.tmp);
	buf_release(&im.tmp2);
	buf_release(&im.ftmp[0]);
	buf_release(&im.ftmp[1]);
	arena_release(&im.a);
	return rc == 0 && res->broken > 0 ? -1 : rc;
}
