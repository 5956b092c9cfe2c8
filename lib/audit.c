/*
 * The audit of catalogs against a ledger: see audit.h.
 *
 * A record is matched, in this order, by its item id (事项编号) where
 * that names one item; by the URL of the column page it was listed on;
 * by its own URL, whose longest leading part that is a column's URL
 * gives the column (articles live below their column); by its column
 * path, whose longest trailing part that is a bound path gives it (a
 * breadcrumb starts higher than the catalogs' tree); and by a column's
 * name alone where one bound column has it.  Every step is a hash
 * lookup, so the audit is linear in the records and the bindings.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "arena.h"
#include "audit.h"
#include "buf.h"
#include "calendar.h"
#include "catalog.h"
#include "column.h"
#include "deadline.h"
#include "diag.h"
#include "doc.h"
#include "hash.h"
#include "ledger.h"
#include "msg.h"
#include "xmalloc.h"

const enum rule audit_kinds[8] = {
	R_AUDIT_UNBOUND, R_EMPTY_COLUMN, R_LATE, R_OVERDUE, R_NOT_UPDATED,
	R_AREA_UNBOUND, R_ORPHAN, R_UNKNOWN_DAYS
};

/* A bound column of a catalog: an item's, or one above items. */
struct col {
	const struct colbind	*b;
	const struct audit_cat	*cat;
	size_t			 sum;		/* index of its catalog */
	struct deadline		 dl;
	int			 parsed;
	size_t			 nrec;
	const struct ledger_rec	*newest;
	struct col		*same_id;	/* next item of this id */
};

struct auditor {
	struct audit		*au;
	const struct audit_cat	*cat0;
	struct calendar		*cal;
	struct col		*cols;
	size_t			 ncols;
	struct hash		 ids, paths, urls, names;
	struct buf		 key;
};

/* --- Keys --- */

/*
 * A URL as a key: host (lower case) and path, the scheme, query and
 * fragment dropped, a directory's index page as the directory.  NULL
 * when it is no http(s) URL.
 */
static const char *
url_key(struct buf *k, const char *u)
{
	const char	*p, *end;
	static const char *const index[] = { "index.html", "index.htm",
	    "index.shtml", "index.jhtml", "default.html", "default.htm" };
	size_t		 i, n, last;

	if (u == NULL)
		return NULL;
	if (strncasecmp(u, "http://", 7) == 0)
		u += 7;
	else if (strncasecmp(u, "https://", 8) == 0)
		u += 8;
	else
		return NULL;
	buf_reset(k);
	for (p = u; *p != '\0' && *p != '/' && *p != '?' && *p != '#'; p++)
		buf_addch(k, *p >= 'A' && *p <= 'Z' ? *p + 32 : *p);
	end = p + strcspn(p, "?#");
	if (p == end)
		buf_addch(k, '/');
	else
		buf_add(k, p, (size_t)(end - p));
	/* "/a/index.html" is "/a/"; "/a" (no '.') is "/a/". */
	for (last = k->len; last > 0 && k->ptr[last - 1] != '/'; last--)
		continue;
	n = k->len - last;
	for (i = 0; i < sizeof(index) / sizeof(*index); i++)
		if (n == strlen(index[i]) &&
		    strncasecmp(k->ptr + last, index[i], n) == 0) {
			k->len = last;
			break;
		}
	if (k->len > last && memchr(k->ptr + last, '.', k->len - last) ==
	    NULL)
		buf_addch(k, '/');
	buf_addch(k, '\0');
	k->len--;
	return k->ptr;
}

/* --- The index of the bindings --- */

static void
add_cols(struct auditor *ad, const struct audit_cat *cat, size_t sum)
{
	struct colset		 set;
	struct col		*c;
	size_t			 i;

	column_bind(&set, cat->c, &ad->au->a);
	ad->cols = xreallocarray(ad->cols, ad->ncols + set.n,
	    sizeof(*ad->cols));
	for (i = 0; i < set.n; i++) {
		c = &ad->cols[ad->ncols++];
		memset(c, 0, sizeof(*c));
		c->b = &set.v[i];
		c->cat = cat;
		c->sum = sum;
	}
}

/* After the array has stopped moving: the hashes of its columns. */
static void
index_cols(struct auditor *ad)
{
	struct hash_slot	*hs;
	struct col		*c, *o;
	const char		*u, *k, *name, *id;
	size_t			 i;

	for (i = 0; i < ad->ncols; i++) {
		c = &ad->cols[i];
		if (c->b->item != NULL && (id = node_str(c->b->item->id)) !=
		    NULL) {
			hs = hash_put(&ad->ids, id, strlen(id), c);
			if (hs->val != c) {
				for (o = hs->val; o->same_id != NULL;
				    o = o->same_id)
					continue;
				o->same_id = c;
			}
		}
		if (c->b->path == NULL)
			continue;
		hash_put(&ad->paths, c->b->path, c->b->len, c);
		name = strrchr(c->b->path, '/');
		name = name != NULL ? name + 1 : c->b->path;
		hs = hash_put(&ad->names, name, strlen(name), c);
		if (hs->val != c && ((struct col *)hs->val)->b->len != 0 &&
		    strcmp(((struct col *)hs->val)->b->path, c->b->path) != 0)
			hs->val = ad;	/* two columns of this name */
		if (c->b->url != NULL && (u = node_str(c->b->url)) != NULL &&
		    (k = url_key(&ad->key, u)) != NULL) {
			k = arena_strdup(&ad->au->a, k);
			hash_put(&ad->urls, k, strlen(k), c);
		}
	}
}

/* The column of a URL: its own, or the longest leading part's. */
static struct col *
by_url(struct auditor *ad, const char *u, int prefix)
{
	const char	*k;
	struct col	*c;
	size_t		 n;

	if ((k = url_key(&ad->key, u)) == NULL)
		return NULL;
	n = ad->key.len;
	if ((c = hash_get(&ad->urls, k, n)) != NULL || !prefix)
		return c;
	/* Each shorter leading part that ends in '/'. */
	while (n > 1) {
		n--;
		while (n > 0 && k[n - 1] != '/')
			n--;
		if (n == 0)
			break;
		if ((c = hash_get(&ad->urls, k, n)) != NULL)
			return c;
	}
	return NULL;
}

/* The column of a path: the longest trailing part that is bound. */
static struct col *
by_path(struct auditor *ad, const char *p)
{
	struct col	*c;
	const char	*s;
	size_t		 n = strlen(p);

	for (s = p; ; s++) {
		if ((c = hash_get(&ad->paths, s, n - (size_t)(s - p))) != NULL)
			return c;
		if ((s = strchr(s, '/')) == NULL)
			break;
	}
	if (strchr(p, '/') == NULL && (c = hash_get(&ad->names, p, n)) !=
	    NULL && (void *)c != (void *)ad)
		return c;
	return NULL;
}

static struct col *
match(struct auditor *ad, const struct ledger_rec *r)
{
	struct col	*byid = NULL, *o, *c, *found[3];
	size_t		 i;

	if (r->item != NULL)
		byid = hash_get(&ad->ids, r->item, strlen(r->item));
	if (byid != NULL && byid->same_id == NULL)
		return byid;
	found[0] = r->column_url != NULL ? by_url(ad, r->column_url, 0) :
	    NULL;
	found[1] = r->url != NULL ? by_url(ad, r->url, 1) : NULL;
	found[2] = r->column != NULL ? by_path(ad, r->column) : NULL;
	/* Of the items of one id, the one in a column found. */
	for (o = byid; o != NULL; o = o->same_id)
		for (i = 0; i < 3; i++)
			if ((c = found[i]) != NULL && c->b->path != NULL &&
			    o->b->path != NULL &&
			    strcmp(o->b->path, c->b->path) == 0)
				return o;
	/* An item's column before one above items (an address below
	 * the area's column, say, with its item's column path). */
	for (i = 0; i < 3; i++)
		if (found[i] != NULL && found[i]->b->item != NULL)
			return found[i];
	for (i = 0; i < 3; i++)
		if (found[i] != NULL)
			return found[i];
	return NULL;
}

/* --- Findings --- */

size_t
audit_kind(enum rule r)
{
	size_t	 i;

	for (i = 0; i < 8; i++)
		if (audit_kinds[i] == r)
			return i;
	return 0;
}

static struct audit_finding *
finding(struct auditor *ad, enum rule r, const struct col *c,
    const struct ledger_rec *rec)
{
	struct audit		*au = ad->au;
	struct audit_finding	*f;
	const struct node	*at;

	if (au->n == au->cap) {
		au->cap = au->cap ? 2 * au->cap : 64;
		au->v = xreallocarray(au->v, au->cap, sizeof(*au->v));
	}
	f = &au->v[au->n++];
	memset(f, 0, sizeof(*f));
	f->rule = r;
	f->rec = rec;
	f->formed = f->published = f->due = f->days = f->limit = -1;
	f->as_of = au->as_of;
	f->cat0 = ad->cat0;
	if (c != NULL) {
		f->cat = c->cat;
		at = c->b->at;
		f->file = c->cat->file_of != NULL ? c->cat->file_of(
		    c->cat->ctx, at) : NULL;
		if (f->file == NULL)
			f->file = c->cat->path;
		f->line = at->line;
		f->col = at->col;
		if (c->b->item != NULL) {
			f->item = node_str(c->b->item->id);
			f->name = node_str(c->b->item->name);
		}
		f->column = c->b->path;
		au->sums[c->sum].n[audit_kind(r)]++;
	} else if (rec != NULL) {
		f->file = rec->file;
		f->line = rec->line;
		f->col = rec->col;
	}
	if (rec != NULL) {
		f->formed = rec->formed;
		f->published = rec->published;
	}
	return f;
}

/* The days of a period of a periodic item (deadline.h's names). */
static long
period_days(const char *period)
{
	static const struct {
		const char	*name;
		long		 days;
	} p[] = { { "year", 366 }, { "semester", 184 }, { "quarter", 92 },
	    { "month", 31 }, { "week", 7 }, { "day", 1 } };
	size_t	 i;

	for (i = 0; period != NULL && i < sizeof(p) / sizeof(*p); i++)
		if (strcmp(period, p[i].name) == 0)
			return p[i].days;
	return 0;
}

static const struct deadline *
deadline_of(struct auditor *ad, struct col *c)
{
	const struct node	*n = c->b->item->f.deadline;

	if (!c->parsed) {
		deadline_parse(&ad->au->a, n != NULL && n->kind ==
		    NODE_SCALAR ? node_str(n) : NULL, &c->dl);
		c->parsed = 1;
	}
	return &c->dl;
}

/* day plus n months, the day of the month kept where the month has it. */
static long
add_months(long day, long n)
{
	static const int mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31,
	    30, 31 };
	char	 buf[16];
	long	 out;
	int	 y, m, d, md;

	cal_format(day, buf);
	y = (int)strtol(buf, NULL, 10);
	m = (int)strtol(buf + 5, NULL, 10) - 1 + (int)n;
	d = (int)strtol(buf + 8, NULL, 10);
	y += m / 12;
	m %= 12;
	md = mdays[m] + (m == 1 && (y % 4 == 0 && (y % 100 != 0 ||
	    y % 400 == 0)));
	if (d > md)
		d = md;
	snprintf(buf, sizeof(buf), "%04d-%02d-%02d", y, m + 1, d);
	return cal_parse(buf, &out) == 0 ? out : day;
}

/* Was r published within c's time limit of the day it was formed? */
static void
check_time(struct auditor *ad, struct col *c, const struct ledger_rec *r)
{
	const struct deadline	*dl = deadline_of(ad, c);
	struct audit_finding	*f;
	long			 limit = AUDIT_DEFAULT_DAYS, n, due = -1;
	enum dl_unit		 unit = DL_UNIT_WORKING_DAY;

	if (r->formed < 0 || r->published < 0 || dl->kind == DL_PERIODIC)
		return;
	if (dl->kind == DL_RELATIVE && dl->amount > 0 &&
	    dl->unit != DL_UNIT_NONE) {
		limit = dl->amount;
		unit = dl->unit;
	}
	switch (unit) {
	case DL_UNIT_WORKING_DAY:
		if (cal_between(ad->cal, r->formed, r->published, &n) != 0) {
			f = finding(ad, R_UNKNOWN_DAYS, c, r);
			f->limit = limit;
			f->unit = "working days";
			return;
		}
		if (n <= limit)
			return;
		if (cal_after(ad->cal, r->formed, (unsigned)limit, &due) != 0)
			due = -1;
		break;
	case DL_UNIT_MONTH:
		due = add_months(r->formed, limit);
		if (r->published <= due)
			return;
		n = r->published - r->formed;
		break;
	default:
		n = r->published - r->formed;
		if (n <= limit)
			return;
		due = r->formed + limit;
		break;
	}
	f = finding(ad, R_LATE, c, r);
	f->days = n;
	f->limit = limit;
	f->due = due;
	f->unit = unit == DL_UNIT_WORKING_DAY ? "working days" :
	    unit == DL_UNIT_MONTH ? "months" : "days";
}

/* An item's column: its records, and how recent the newest is. */
static void
check_col(struct auditor *ad, struct col *c)
{
	const struct deadline	*dl;
	struct audit_finding	*f;
	long			 age, limit;

	if (c->b->item == NULL || c->b->path == NULL)
		return;
	if (c->nrec == 0) {
		finding(ad, R_EMPTY_COLUMN, c, NULL);
		return;
	}
	if (c->newest == NULL)
		return;
	dl = deadline_of(ad, c);
	age = ad->au->as_of - c->newest->published;
	if (dl->kind == DL_PERIODIC && (limit = period_days(dl->period)) > 0) {
		if (age <= limit)
			return;
		f = finding(ad, R_OVERDUE, c, c->newest);
		f->why = dl->period;
	} else {
		limit = dl->kind == DL_REALTIME ? AUDIT_DYNAMIC_DAYS :
		    AUDIT_OTHER_DAYS;
		if (age <= limit)
			return;
		f = finding(ad, R_NOT_UPDATED, c, c->newest);
	}
	f->days = age;
	f->limit = limit;
	f->unit = "days";
}

static int
by_place(const void *a, const void *b)
{
	const struct audit_finding *x = a, *y = b;
	size_t	 cx = x->cat != NULL ? (size_t)(x->cat - x->cat0) : (size_t)-1;
	size_t	 cy = y->cat != NULL ? (size_t)(y->cat - y->cat0) : (size_t)-1;

	if (cx != cy)
		return cx < cy ? -1 : 1;
	if (x->cat != NULL && x->line != y->line)
		return x->line < y->line ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

int
audit_run(struct audit *au, const struct audit_cat *cats, size_t n,
    const struct ledger *l, struct calendar *cal, long as_of)
{
	struct auditor		 ad;
	struct audit_finding	*f;
	struct col		*c, **m;
	const struct ledger_rec	*r;
	size_t			 i, k, first, bound, web;

	memset(au, 0, sizeof(*au));
	arena_init(&au->a);
	au->as_of = as_of;
	au->records = l->n;
	au->sums = xreallocarray(NULL, n ? n : 1, sizeof(*au->sums));
	au->nsums = n;
	memset(&ad, 0, sizeof(ad));
	ad.au = au;
	ad.cal = cal;
	ad.cat0 = cats;
	buf_init(&ad.key, 0);
	for (i = 0; i < n; i++) {
		memset(&au->sums[i], 0, sizeof(au->sums[i]));
		au->sums[i].cat = &cats[i];
		add_cols(&ad, &cats[i], i);
	}
	index_cols(&ad);

	m = xreallocarray(NULL, l->n ? l->n : 1, sizeof(*m));
	for (i = 0; i < l->n; i++) {
		r = &l->v[i];
		if ((c = m[i] = match(&ad, r)) == NULL || c->b->item == NULL)
			continue;
		au->matched++;
		au->sums[c->sum].records++;
		c->nrec++;
		if (r->published >= 0 && (c->newest == NULL ||
		    r->published > c->newest->published))
			c->newest = r;
	}
	/* Catalog by catalog, in the order of its entries. */
	for (i = 0, k = 0; i < n; i++) {
		first = k;
		bound = web = 0;
		for (; k < ad.ncols && ad.cols[k].sum == i; k++) {
			c = &ad.cols[k];
			bound += c->b->path != NULL;
			web += c->b->item != NULL && c->b->website;
		}
		if (bound == 0 && web > 0) {
			f = finding(&ad, R_AREA_UNBOUND, &ad.cols[first], NULL);
			f->days = (long)web;
			continue;
		}
		for (k = first; k < ad.ncols && ad.cols[k].sum == i; k++) {
			c = &ad.cols[k];
			if (c->b->item == NULL)
				continue;
			au->sums[i].items++;
			if (c->b->path != NULL)
				au->sums[i].columns++;
			else if (c->b->website)
				finding(&ad, R_AUDIT_UNBOUND, c, NULL);
		}
	}
	for (i = 0; i < l->n; i++)
		if ((c = m[i]) != NULL && c->b->item != NULL)
			check_time(&ad, c, &l->v[i]);
	for (k = 0; k < ad.ncols; k++)
		check_col(&ad, &ad.cols[k]);
	for (i = 0; i < l->n; i++)
		if ((c = m[i]) == NULL || c->b->item == NULL) {
			f = finding(&ad, R_ORPHAN, NULL, &l->v[i]);
			f->column = c != NULL ? c->b->path : NULL;
			au->orphans++;
		}
	free(m);
	/* The worklist's order: catalog by catalog, line by line; the
	 * records of no item last, in the ledgers' order. */
	for (i = 0; i < au->n; i++)
		au->v[i].seq = i;
	qsort(au->v, au->n, sizeof(*au->v), by_place);
	hash_release(&ad.ids);
	hash_release(&ad.paths);
	hash_release(&ad.urls);
	hash_release(&ad.names);
	buf_release(&ad.key);
	free(ad.cols);
	return 0;
}

void
audit_release(struct audit *au)
{
	free(au->v);
	free(au->sums);
	arena_release(&au->a);
	memset(au, 0, sizeof(*au));
}
