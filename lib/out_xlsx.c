/*
 * XLSX: a workbook for each jurisdiction (or one for all), one sheet an
 * area.  The stylesheets of templates/xlsx/ make the package's parts
 * and the frame of each sheet over a <workbook> document that holds
 * the headers of its catalogs; the rows that grow with a catalog are
 * written in C (out_xlsx_rows.c) where the frame marks them.
 * templates/README.md (XLSX) gives the layout, which gkml-import reads
 * back.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "arena.h"
#include "buf.h"
#include "catalog.h"
#include "doc.h"
#include "msg.h"
#include "out_xml.h"
#include "out_xlsx.h"
#include "render.h"
#include "schema.h"
#include "utf8.h"
#include "xmalloc.h"
#include "xml.h"
#include "zip.h"

#define SHEET_MAX	31	/* UTF-16 units in a sheet name (Excel) */

/*
 * The sheets after the areas, in this order: kind and name.  The last,
 * hidden, holds the lists of the area sheets' dropdowns.
 */
enum { EX_NA, EX_NOTES, EX_INFO, EX_LISTS, EX_N };
static const char *const extra[EX_N][2] = {
	{ "not-applicable", "未涉及事项" },
	{ "notes", "分类备注" },
	{ "info", "目录信息" },
	{ "lists", "选项" },
};

/*
 * The vocabularies offered in dropdowns, in the order of their columns
 * in an area sheet (and in the list sheet); their labels come from the
 * schema.
 */
static const char *const dropdowns[] = {
	"channel", "audience", "mode", "level", "stage"
};

static int	 has_notes(const struct catalog *);
static void	 sheet_name(struct buf *, const char *, size_t);
static const char *local_label(struct arena *, const struct rcat *);
static const char *unique_name(struct arena *, const char *,
		    const char **, size_t);
static int	 add_template(struct zipw *, const struct ropts *,
		    const char *, const char *);
static int	 add_transform(struct zipw *, const struct ropts *,
		    const char *, struct xdoc *, const char **, const char *);
static void	 lists_xml(struct xbuild *, const struct schema *,
		    const char *);
static struct xdoc *workbook_doc(const struct site *, const struct ropts *,
		    const struct rjur *, const char **, const int *,
		    const size_t *, int);
static int	 sheet_rows(const struct site *, const struct ropts *,
		    const struct rjur *, const char **, size_t, int, int,
		    struct buf *, struct buf *);
static int	 workbook(const struct site *, const struct ropts *,
		    const struct rjur *, int, struct buf *);

/* Whether any of a catalog's categories has notes or its own column
 * (分类备注). */
static int
has_notes(const struct catalog *m)
{
	struct catalog_iter	 it;
	const char		*notes;

	catalog_iter_init(&it, m);
	while (catalog_next(&it) != CEV_DONE)
		if (it.ev == CEV_ENTER && it.kind == CK_CATEGORY &&
		    (((notes = node_str(it.u.cat->notes)) != NULL &&
		    *notes != '\0') || it.u.cat->column != NULL ||
		    it.u.cat->column_url != NULL))
			return 1;
	return 0;
}

/*
 * Append s to b as a sheet name Excel accepts: none of []:*?/\ nor an
 * apostrophe (which would need quoting in print titles) nor a control
 * character or a byte that is not UTF-8 ('_' for each), and at most
 * max UTF-16 units.
 */
static void
sheet_name(struct buf *b, const char *s, size_t max)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 left = strlen(s), n, units = 0, w;
	unsigned		 cp;

	while (left > 0) {
		if ((n = utf8_decode(p, left, &cp)) == 0) {
			n = 1;
			cp = '_';
		}
		if (cp < 0x20 || cp == 0x7f ||
		    (cp < 0x80 && strchr("[]:*?/\\'", (int)cp) != NULL))
			cp = '_';
		w = cp >= 0x10000 ? 2 : 1;
		if (units + w > max)
			break;
		units += w;
		if (cp == '_')
			buf_addch(b, '_');
		else
			buf_add(b, p, n);
		p += n;
		left -= n;
	}
}

/*
 * What a local area (x-...) is called, having no label: its title less
 * the jurisdiction before and the words for a catalog after
 * ("示例县清水镇东村村务公开目录" is "村务公开"), else its slug.
 */
static const char *
local_label(struct arena *a, const struct rcat *c)
{
	static const char *const tails[] = { "领域基层政务公开标准目录",
	    "基层政务公开标准目录", "政务公开标准目录", "领域公开目录",
	    "标准目录", "目录" };
	const char	*t = c->title, *j = c->jurisdiction;
	size_t		 n, k, len;

	if (t == NULL)
		return c->area != NULL ? c->area : "";
	if (j != NULL && strncmp(t, j, strlen(j)) == 0)
		t += strlen(j);
	n = strlen(t);
	for (k = 0; k < sizeof(tails) / sizeof(*tails); k++) {
		len = strlen(tails[k]);
		if (n > len && strcmp(t + n - len, tails[k]) == 0) {
			n -= len;
			break;
		}
	}
	if (n == 0)
		return c->area != NULL ? c->area : "";
	return arena_strndup(a, t, n);
}

/* The sheet name for label, unlike the n names taken (Excel ignores
 * case): the label, else the label shortened with "(2)", "(3)"... */
static const char *
unique_name(struct arena *a, const char *label, const char **taken,
    size_t n)
{
	struct buf	 b = BUF_INIT;
	const char	*s;
	char		 suffix[16];
	size_t		 i, k;

	if (*label == '\0')
		label = "领域";
	for (k = 1;; k++) {
		buf_reset(&b);
		if (k == 1)
			sheet_name(&b, label, SHEET_MAX);
		else {
			snprintf(suffix, sizeof(suffix), "(%zu)", k);
			sheet_name(&b, label, SHEET_MAX - strlen(suffix));
			buf_adds(&b, suffix);
		}
		for (i = 0; i < n; i++)
			if (strcasecmp(taken[i], b.ptr) == 0)
				break;
		if (i == n)
			break;
	}
	s = arena_strdup(a, b.ptr);
	buf_release(&b);
	return s;
}

/* Add the template file called name, as it is, as entry. */
static int
add_template(struct zipw *zw, const struct ropts *o, const char *name,
    const char *entry)
{
	struct buf	 b = BUF_INIT;
	int		 rc;

	if ((rc = template_read(o, name, &b)) == 0)
		zipw_add(zw, entry, b.ptr, b.len);
	buf_release(&b);
	return rc;
}

/* Add the result of the stylesheet xsl over d as entry. */
static int
add_transform(struct zipw *zw, const struct ropts *o, const char *xsl,
    struct xdoc *d, const char **params, const char *entry)
{
	struct buf	 b = BUF_INIT;
	int		 rc;

	if ((rc = transform(o, xsl, d, params, &b)) == 0)
		zipw_add(zw, entry, b.ptr, b.len);
	buf_release(&b);
	return rc;
}

/*
 * <lists sheet=NAME>: for each vocabulary of dropdowns, <list key=> and
 * its labels, one <term> each; other="1" where the vocabulary takes
 * "other: TEXT".  其他 is not offered: picked alone it says nothing, and
 * the import leaves it out.
 */
static void
lists_xml(struct xbuild *b, const struct schema *s, const char *sheet)
{
	const struct vocab	*v;
	size_t			 i, k;

	xb_open(b, "lists");
	xb_attr(b, "sheet", sheet);
	for (i = 0; i < sizeof(dropdowns) / sizeof(*dropdowns); i++) {
		if ((v = schema_vocab(s, dropdowns[i])) == NULL)
			continue;
		xb_open(b, "list");
		xb_attr(b, "key", dropdowns[i]);
		if (v->other)
			xb_attr(b, "other", "1");
		for (k = 0; k < v->n; k++)
			xb_leaf(b, "term", v->terms[k].label);
		xb_close(b);
	}
	xb_close(b);
}

/*
 * The document the stylesheets read: <workbook> with a <sheet> for each
 * sheet, an area's holding its catalog, then the <lists> of the
 * dropdowns; names[EX_N + i] is area i's sheet name, has[] says which
 * extra sheets there are.  With only, just the area sheet numbered
 * *only (and the lists), to make that sheet from.  An area's <sheet>
 * says its rows and levels of categories, a list sheet of rows made in
 * C its rows, <workbook catcols="1"> that a category names its own
 * column: all the frame needs.  The catalogs are their headers, but
 * with full (a sheet.xsl of the user's own) whole.
 */
static struct xdoc *
workbook_doc(const struct site *st, const struct ropts *o,
    const struct rjur *j, const char **names, const int *has,
    const size_t *only, int full)
{
	static const struct xpart header = { 0, 0, 0, 0, 0 };
	struct xbuild		*b;
	const struct rcat	*c;
	struct xlsx_shape	 sh;
	char			 num[24];
	size_t			 i, n, k, rows;
	int			 catcols = 0;

	b = xb_new("workbook");
	xb_attr(b, "key", j->key);
	xb_attr(b, "name", j->name);
	xb_attr(b, "level", j->level);
	xb_attr(b, "date", st->date);
	xb_attr(b, "paper", o->a3 ? "a3" : "a4");
	xb_attr(b, "title", o->title);
	for (i = 0; i < j->ncats && !catcols; i++)
		catcols = xlsx_catcols(st->cats[j->cats[i]].m);
	if (catcols)
		xb_attr(b, "catcols", "1");
	for (i = n = 0; i < j->ncats + EX_N; i++) {
		if (i >= j->ncats && !has[i - j->ncats])
			continue;
		n++;
		if (only != NULL && n != *only)
			continue;
		snprintf(num, sizeof(num), "%zu", n);
		xb_open(b, "sheet");
		xb_attr(b, "n", num);
		if (i < j->ncats) {
			c = &st->cats[j->cats[i]];
			xb_attr(b, "name", names[EX_N + i]);
			xb_attr(b, "kind", "area");
			xlsx_area_shape(c->m, &sh);
			xb_num(b, "rows", (long long)sh.rows);
			xb_num(b, "depth", (long long)sh.depth);
			if (st->cats[j->cats[i]].extends != NULL)
				xb_attr(b, "extends",
				    st->cats[j->cats[i]].extends);
			if (st->cats[j->cats[i]].inherit != NULL)
				xb_attr(b, "inherit",
				    st->cats[j->cats[i]].inherit);
			xb_attr(b, "file", st->cats[j->cats[i]].fname);
			xb_open(b, "gkml");
			if (full)
				catalog_xml(b, c->root, st->s, 0);
			else
				catalog_xml_part(b, c->m, st->s, 0, &header);
			xb_close(b);
		} else {
			xb_attr(b, "name", names[i - j->ncats]);
			xb_attr(b, "kind", extra[i - j->ncats][0]);
			if (i - j->ncats == EX_NA || i - j->ncats == EX_NOTES) {
				for (rows = 0, k = 0; k < j->ncats; k++)
					rows += i - j->ncats == EX_NA ?
					    xlsx_na_count(st->cats[j->cats[k]].m) :
					    xlsx_notes_count(
					    st->cats[j->cats[k]].m);
				xb_num(b, "rows", (long long)rows);
			}
		}
		xb_close(b);
	}
	lists_xml(b, st->s, names[EX_LISTS]);
	return xb_finish(b);
}

/*
 * Sheet out of its frame, which sheet.xsl made: for area sheet area (or
 * SIZE_MAX) or extra sheet ex (or -1), the rows made here where the
 * frame writes <?gkml-rows?>, and an area's merged cells where it
 * writes <?gkml-merges?>.  A sheet.xsl of the user's own (own) may
 * leave the marks out, having made the rows itself; ours may not.
 */
static int
sheet_rows(const struct site *st, const struct ropts *o,
    const struct rjur *j, const char **names, size_t area, int ex, int own,
    struct buf *frame, struct buf *out)
{
	static const char	 rmark[] = "<?gkml-rows?>";
	static const char	 mmark[] = "<?gkml-merges?>";
	const struct catalog	*m;
	struct xlsx_shape	 sh;
	const char		*p = frame->ptr, *end = p + frame->len, *at;
	const char		*mark = rmark;
	size_t			 i, r = 2;
	int			 catcols = 0;

	if (area == SIZE_MAX && ex != EX_NA && ex != EX_NOTES)
		goto rest;
	if ((at = memmem(p, (size_t)(end - p), rmark,
	    sizeof(rmark) - 1)) == NULL)
		goto nomark;
	buf_grow(out, frame->len);
	buf_add(out, p, (size_t)(at - p));
	p = at + sizeof(rmark) - 1;
	if (area != SIZE_MAX) {
		m = st->cats[j->cats[area]].m;
		xlsx_area_shape(m, &sh);
		xlsx_area_rows(out, m, st->s, &sh);
		mark = mmark;
		if ((at = memmem(p, (size_t)(end - p), mmark,
		    sizeof(mmark) - 1)) == NULL)
			goto nomark;
		buf_add(out, p, (size_t)(at - p));
		p = at + sizeof(mmark) - 1;
		xlsx_area_merges(out, m);
		goto rest;
	}
	for (i = 0; i < j->ncats && ex == EX_NOTES && !catcols; i++)
		catcols = xlsx_catcols(st->cats[j->cats[i]].m);
	for (i = 0; i < j->ncats; i++) {
		m = st->cats[j->cats[i]].m;
		if (ex == EX_NA)
			xlsx_na_rows(out, m, names[EX_N + i], &r);
		else
			xlsx_notes_rows(out, m, names[EX_N + i], catcols, &r);
	}
	goto rest;
nomark:
	if (!own) {
		rctx_error(o->ctx, _("xlsx/sheet.xsl: no %s where the rows "
		    "go"), mark);
		return -1;
	}
rest:
	buf_add(out, p, (size_t)(end - p));
	return 0;
}

/*
 * The workbook of jurisdiction j, zipped into out.  With mixed, j
 * gathers the catalogs of several jurisdictions, and each sheet's name
 * says whose it is.
 */
static int
workbook(const struct site *st, const struct ropts *o, const struct rjur *j,
    int mixed, struct buf *out)
{
	static const char *const parts[][2] = {
		{ "content-types", "[Content_Types].xml" },
		{ NULL, "_rels/.rels" },
		{ "app", "docProps/app.xml" },
		{ "core", "docProps/core.xml" },
		{ "workbook", "xl/workbook.xml" },
		{ "workbook-rels", "xl/_rels/workbook.xml.rels" },
		{ NULL, "xl/styles.xml" },
	};
	struct arena		 a = ARENA_INIT;
	struct buf		 err = BUF_INIT;
	struct buf		 frame = BUF_INIT, sheet = BUF_INIT;
	struct xdoc		*d, *one;
	struct zipw		*zw;
	const struct rcat	*c;
	const char		**names, *params[3], *label;
	int			 has[EX_N], ex, own, rc = 0;
	size_t			 i, n, k;

	/* The names: those of the extra sheets, then the areas'. */
	names = xcalloc(EX_N + j->ncats, sizeof(*names));
	for (i = 0; i < EX_N; i++)
		names[i] = extra[i][1];
	has[EX_NA] = has[EX_NOTES] = 0;
	has[EX_INFO] = has[EX_LISTS] = 1;
	for (i = 0; i < j->ncats; i++) {
		c = &st->cats[j->cats[i]];
		label = c->area_label != NULL ? c->area_label :
		    local_label(&a, c);
		if (mixed)
			label = arena_strfmt(&a, "%s %s", label,
			    st->jurs[c->jur].name);
		names[EX_N + i] = unique_name(&a, label, names, EX_N + i);
		if (c->nna > 0)
			has[EX_NA] = 1;
		if (has_notes(c->m))
			has[EX_NOTES] = 1;
	}
	for (i = n = 0; i < EX_N; i++)
		n += has[i];
	n += j->ncats;

	/*
	 * The package's parts, then each sheet in turn, added as soon as
	 * it is made and let go: an area's from a document of its own
	 * (only one result is held at a time), the others from the
	 * workbook's.
	 */
	own = template_own(o, "xlsx/sheet.xsl");
	d = workbook_doc(st, o, j, names, has, NULL, own);
	zw = zipw_new();
	params[0] = "part";
	params[2] = NULL;
	for (i = 0; i < sizeof(parts) / sizeof(*parts) && rc == 0; i++) {
		params[1] = parts[i][0];
		if (params[1] != NULL)
			rc = add_transform(zw, o, "xlsx/workbook.xsl", d,
			    params, parts[i][1]);
		else
			rc = add_template(zw, o, i == 1 ? "xlsx/rels.xml" :
			    "xlsx/styles.xml", parts[i][1]);
	}
	params[0] = "n";
	for (k = 1, ex = 0; k <= n && rc == 0; k++) {
		params[1] = arena_strfmt(&a, "%zu", k);
		if (k <= j->ncats) {
			one = workbook_doc(st, o, j, names, has, &k, own);
			rc = transform(o, "xlsx/sheet.xsl", one, params,
			    &frame);
			xdoc_free(one);
		} else {
			while (!has[ex])
				ex++;
			rc = transform(o, "xlsx/sheet.xsl", d, params, &frame);
		}
		/*
		 * A sheet.xsl of the user's own, made before a kind of
		 * sheet was added (选项), makes nothing of it: an empty
		 * part, which Excel calls a broken workbook.
		 */
		if (rc == 0 && frame.len == 0) {
			rctx_error(o->ctx, _("xlsx/sheet.xsl made nothing of "
			    "sheet %zu (does a stylesheet of your own know "
			    "every kind of sheet?)"), k);
			rc = -1;
		}
		if (rc == 0)
			rc = sheet_rows(st, o, j, names, k <= j->ncats ? k - 1 :
			    SIZE_MAX, k <= j->ncats ? -1 : ex++, own, &frame,
			    &sheet);
		if (rc == 0)
			zipw_take(zw, arena_strfmt(&a,
			    "xl/worksheets/sheet%zu.xml", k), &sheet);
		buf_reset(&frame);
		buf_release(&sheet);
	}
	buf_release(&frame);
	if (zipw_finish(zw, site_stamp(st->date), out, &err) != 0 && rc == 0) {
		rctx_error(o->ctx, "%s", err.ptr);
		rc = -1;
	}
	xdoc_free(d);
	free(names);
	buf_release(&err);
	arena_release(&a);
	return rc;
}

/* What the threads making workbooks share. */
struct xjob {
	const struct site	*st;
	const struct ropts	*o;
	struct outputs		*out;
	size_t			*jurs;	/* the jurisdictions with catalogs */
	size_t			 first;	/* out->v[first + i] is jurs[i]'s */
};

static int
workbook_one(void *ctx, size_t i)
{
	struct xjob	*xj = ctx;

	return workbook(xj->st, xj->o, &xj->st->jurs[xj->jurs[i]], 0,
	    &xj->out->v[xj->first + i].b);
}

/*
 * One workbook for the n jurisdictions of xj: their catalogs, in their
 * order, named after the first.
 */
static int
workbook_all(struct xjob *xj, size_t n)
{
	const struct site	*st = xj->st;
	struct rjur		 all;
	size_t			 i, k;
	int			 rc;

	all = st->jurs[xj->jurs[0]];
	all.cats = xreallocarray(NULL, st->ncats, sizeof(*all.cats));
	all.ncats = 0;
	for (i = 0; i < n; i++)
		for (k = 0; k < st->jurs[xj->jurs[i]].ncats; k++)
			all.cats[all.ncats++] = st->jurs[xj->jurs[i]].cats[k];
	outputs_add(xj->out, "catalog.xlsx");
	rc = workbook(st, xj->o, &all, 1, &xj->out->v[xj->first].b);
	free(all.cats);
	return rc;
}

int
render_xlsx(const struct site *st, const struct ropts *o, struct outputs *out)
{
	struct xjob	 xj = { st, o, out, NULL, out->n };
	const struct rjur *j;
	char		*p;
	size_t		 i, n = 0;
	int		 rc;

	xj.jurs = xreallocarray(NULL, st->njurs ? st->njurs : 1,
	    sizeof(*xj.jurs));
	for (i = 0; i < st->njurs; i++) {
		j = &st->jurs[i];
		if (j->ncats == 0)
			continue;
		xj.jurs[n++] = i;
	}
	if (o->onefile && n > 1) {
		rc = workbook_all(&xj, n);
		free(xj.jurs);
		return rc;
	}
	for (i = 0; i < n; i++) {
		j = &st->jurs[xj.jurs[i]];
		p = xasprintf("%s.xlsx", *j->key != '\0' ? j->key : "catalog");
		outputs_add(out, p);
		free(p);
	}
	rc = par_for(n, o->jobs, workbook_one, &xj);
	free(xj.jurs);
	return rc;
}
