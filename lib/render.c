/* Rendering: the site model, templates, outputs; XML and HTML. */
#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "arena.h"
#include "buf.h"
#include "catalog.h"
#include "catset.h"
#include "diag.h"
#include "doc.h"
#include "esc.h"
#include "file.h"
#include "hash.h"
#include "manifest.h"
#include "merge.h"
#include "msg.h"
#include "out_html.h"
#include "out_xml.h"
#include "render.h"
#include "schema.h"
#include "search.h"
#include "sha256.h"
#include "synonyms.h"
#include "text.h"
#include "validate.h"
#include "xmalloc.h"
#include "xml.h"

static void	 rinput_release(struct rinput *, const char *);

/* --- The site --- */

void
site_init(struct site *st, const struct schema *s)
{
	memset(st, 0, sizeof(*st));
	arena_init(&st->a);
	st->s = s;
	st->oldsearch = -1;
}

void
site_release(struct site *st)
{
	size_t	 i;

	for (i = 0; i < st->njurs; i++)
		free(st->jurs[i].cats);
	free(st->jurs);
	free(st->cats);
	if (st->spool != NULL)
		fclose(st->spool);
	if (st->kept != NULL) {
		rinput_release(st->kept, "gkml-render");
		free(st->kept);
	}
	if (st->old != NULL) {
		manifest_release(st->old);
		free(st->old);
	}
	if (st->oldsearch != -1)
		close(st->oldsearch);
	free(st->sc);
	arena_release(&st->a);
}

char *
site_path(struct arena *a, const char *id)
{
	char	*p, *seg, *q;
	size_t	 n;

	p = arena_strdup(a, id != NULL && *id != '\0' ? id : "_");
	for (q = p; *q != '\0'; q++)
		if (!((*q >= 'a' && *q <= 'z') || (*q >= '0' && *q <= '9') ||
		    *q == '.' || *q == '_' || *q == '-' || *q == '/'))
			*q = '_';
	/* No segment may be empty, "." or "..", or start with a dot. */
	for (seg = p; *seg != '\0'; seg += n + (seg[n] == '/')) {
		n = strcspn(seg, "/");
		if (n == 0 || seg[0] == '.') {
			if (n == 0) {
				memmove(seg + 1, seg, strlen(seg) + 1);
				n = 1;
			}
			seg[0] = '_';
		}
	}
	n = strlen(p);
	if (n > 0 && p[n - 1] == '/')
		p = arena_strfmt(a, "%s_", p);
	return p;
}

/* What the site keeps of the catalog root read from path, in a. */
static void
cat_summary(struct rcat *c, struct arena *a, const struct schema *s,
    const char *path, const struct node *root)
{
	const struct catalog	*m;
	const struct vocab	*voc;
	const struct vmatch	*vm;
	struct catalog_iter	 it;
	size_t			 i;

	memset(c, 0, sizeof(*c));
	c->path = arena_strdup(a, path);
	c->fname = strrchr(c->path, '/') != NULL ? strrchr(c->path, '/') + 1 :
	    c->path;
	c->root = root;
	c->m = m = catalog_build(a, root, NULL);
	c->id = node_str(m->hdr.id);
	c->title = node_str(m->hdr.title);
	c->area = node_str(m->hdr.area);
	c->level = node_str(m->hdr.level);
	c->jurisdiction = node_str(m->hdr.jurisdiction);
	c->publisher = node_str(m->hdr.publisher);
	c->updated = node_str(m->hdr.updated);
	c->contact = node_str(m->hdr.contact);
	if (c->area != NULL && (voc = schema_vocab(s, "area")) != NULL &&
	    (vm = vocab_find(voc, c->area, strlen(c->area))) != NULL) {
		c->area = vm->term->slug;
		c->area_label = vm->term->label;
	}
	if (c->level != NULL && (voc = schema_vocab(s, "level")) != NULL &&
	    (vm = vocab_find(voc, c->level, strlen(c->level))) != NULL)
		c->level = vm->term->slug;
	c->file = site_path(a, c->id);
	/* Categories that are mappings, and every entry of their item
	 * lists: what the index says a catalog has. */
	catalog_iter_init(&it, m);
	while (catalog_next(&it) != CEV_DONE)
		if (it.ev == CEV_ENTER && it.kind == CK_CATEGORY &&
		    it.u.cat->node->kind == NODE_MAP) {
			if (it.u.cat->depth == 0)
				c->ncat++;
			c->nitem += it.u.cat->nitems;
		}
	c->nna = m->nna;
	c->ntops = m->ncats;
	c->tops = arena_alloc(a, (m->ncats ? m->ncats : 1) *
	    sizeof(*c->tops));
	for (i = 0; i < m->ncats; i++)
		c->tops[i] = m->cats[i].total;
}

size_t
site_add(struct site *st, const char *path, const struct node *root)
{
	st->cats = xreallocarray(st->cats, st->ncats + 1, sizeof(*st->cats));
	cat_summary(&st->cats[st->ncats], &st->a, st->s, path, root);
	return st->ncats++;
}

/* Of the overlay doc, its base and 'inherit' for the printed forms. */
static void
cat_overlay(struct rcat *c, struct arena *a, const struct node *doc)
{
	struct catalog		 top;
	struct buf		 b = BUF_INIT;

	catalog_read_top(&top, doc, NULL);
	c->extends = node_str(top.hdr.extends);
	if (top.inherit.node == NULL)
		return;
	/* On one line: a cell keeps no indentation. */
	merge_json_value(&b, top.inherit.node);
	c->inherit = arena_strndup(a, b.ptr, b.len);
	buf_release(&b);
}

void
site_overlay(struct site *st, size_t i, const struct node *doc)
{
	cat_overlay(&st->cats[i], &st->a, doc);
}

void
site_keep(struct site *st, const unsigned char *use)
{
	size_t	 i, n;

	for (i = n = 0; i < st->ncats; i++)
		if (use[st->cats[i].in])
			st->cats[n++] = st->cats[i];
	st->ncats = n;
}

static const struct site *sort_site;

/* The schema's order of areas, then local areas by slug. */
static size_t
area_rank(const struct site *st, const char *area)
{
	const struct vocab	*voc;
	const struct vmatch	*m;

	if (area == NULL || (voc = schema_vocab(st->s, "area")) == NULL ||
	    (m = vocab_find(voc, area, strlen(area))) == NULL)
		return SIZE_MAX;
	return (size_t)(m->term - voc->terms);
}

static int
cmp_cat(const void *a, const void *b)
{
	const struct rcat	*x = &sort_site->cats[*(const size_t *)a];
	const struct rcat	*y = &sort_site->cats[*(const size_t *)b];
	size_t			 rx, ry;

	rx = area_rank(sort_site, x->area);
	ry = area_rank(sort_site, y->area);
	if (rx != ry)
		return rx < ry ? -1 : 1;
	return strcmp(x->file, y->file);
}

static int
cmp_jur(const void *a, const void *b)
{
	return strcmp(((const struct rjur *)a)->key,
	    ((const struct rjur *)b)->key);
}

/* The index of the jurisdiction keyed key (h maps keys to index + 1). */
static size_t
jur_find(const struct hash *h, const char *key, size_t len)
{
	uintptr_t	 v;

	v = (uintptr_t)hash_get(h, key, len);
	return v == 0 ? SIZE_MAX : (size_t)v - 1;
}

void
site_group(struct site *st)
{
	struct hash	 h = HASH_INIT;
	struct rjur	*j;
	struct rcat	*c;
	const char	**keys;
	size_t		 i, k, n;

	/* A jurisdiction for each directory the catalogs' files are in,
	 * which is where their ids put them. */
	keys = xreallocarray(NULL, st->ncats ? st->ncats : 1, sizeof(*keys));
	for (i = 0; i < st->ncats; i++) {
		keys[i] = arena_strndup(&st->a, st->cats[i].file,
		    catset_jur(st->cats[i].file, strlen(st->cats[i].file)));
		if (hash_put(&h, keys[i], strlen(keys[i]),
		    &keys[i])->val != &keys[i])
			continue;
		st->jurs = xreallocarray(st->jurs, st->njurs + 1,
		    sizeof(*st->jurs));
		j = &st->jurs[st->njurs++];
		memset(j, 0, sizeof(*j));
		j->key = keys[i];
	}
	qsort(st->jurs, st->njurs, sizeof(*st->jurs), cmp_jur);
	hash_release(&h);
	for (k = 0; k < st->njurs; k++)
		hash_put(&h, st->jurs[k].key, strlen(st->jurs[k].key),
		    (void *)(uintptr_t)(k + 1));
	for (i = 0; i < st->ncats; i++) {
		c = &st->cats[i];
		k = jur_find(&h, keys[i], strlen(keys[i]));
		j = &st->jurs[k];
		c->jur = k;
		j->cats = xreallocarray(j->cats, j->ncats + 1,
		    sizeof(*j->cats));
		j->cats[j->ncats++] = i;
		if (j->name == NULL)
			j->name = c->jurisdiction;
		if (j->level == NULL)
			j->level = c->level;
		if (c->updated != NULL && (j->updated == NULL ||
		    strcmp(c->updated, j->updated) > 0))
			j->updated = c->updated;
		if (c->updated != NULL && (st->date == NULL ||
		    strcmp(c->updated, st->date) > 0))
			st->date = c->updated;
	}
	for (i = 0; i < st->njurs; i++) {
		j = &st->jurs[i];
		sort_site = st;
		qsort(j->cats, j->ncats, sizeof(*j->cats), cmp_cat);
		if (j->name == NULL)
			j->name = j->key;
		/* The parent: the longest other key that is a prefix of
		 * whole segments, "" the last of them. */
		j->parent = SIZE_MAX;
		for (n = strlen(j->key); n > 0 && j->parent == SIZE_MAX; ) {
			n = catset_jur(j->key, n);
			j->parent = jur_find(&h, j->key, n);
		}
	}
	hash_release(&h);
	free(keys);
}

/* "../" once for each directory of a site-relative path. */
static const char *
up(struct arena *a, const char *path)
{
	struct buf	 b = BUF_INIT;
	const char	*p, *s;

	for (p = path; (p = strchr(p, '/')) != NULL; p++)
		buf_adds(&b, "../");
	s = arena_strdup(a, b.ptr);
	buf_release(&b);
	return s;
}

static const char *
jur_home(struct arena *a, const struct rjur *j)
{
	return *j->key == '\0' ? "index.html" :
	    arena_strfmt(a, "%s/index.html", j->key);
}

static void
cat_attrs(struct xbuild *b, struct arena *a, const struct rcat *c)
{
	xb_attr(b, "id", c->id);
	xb_attr(b, "area", c->area);
	xb_attr(b, "label", c->area_label != NULL ? c->area_label : c->area);
	xb_attr(b, "title", c->title);
	xb_attr(b, "level", c->level);
	xb_attr(b, "updated", c->updated);
	xb_num(b, "categories", c->ncat);
	xb_num(b, "items", c->nitem);
	xb_num(b, "not-applicable", c->nna);
	xb_attr(b, "href", arena_strfmt(a, "%s.html", c->file));
	xb_attr(b, "xml", arena_strfmt(a, "%s.xml", c->file));
}

/* The site index with only the jurisdictions keep marks (NULL: all). */
static void
site_xml_keep(struct xbuild *b, const struct site *st,
    const unsigned char *keep)
{
	struct arena		 a = ARENA_INIT;
	const struct rjur	*j;
	size_t			 i, k, items;

	xb_attr(b, "date", st->date);
	for (i = 0; i < st->njurs; i++) {
		if (keep != NULL && !keep[i])
			continue;
		j = &st->jurs[i];
		xb_open(b, "jurisdiction");
		xb_attr(b, "key", j->key);
		xb_attr(b, "name", j->name);
		xb_attr(b, "level", j->level);
		if (j->parent != SIZE_MAX)
			xb_attr(b, "parent", st->jurs[j->parent].key);
		xb_attr(b, "href", jur_home(&a, j));
		xb_attr(b, "updated", j->updated);
		for (k = items = 0; k < j->ncats; k++)
			items += st->cats[j->cats[k]].nitem;
		xb_num(b, "items", items);
		for (k = 0; k < j->ncats; k++) {
			xb_open(b, "catalog");
			cat_attrs(b, &a, &st->cats[j->cats[k]]);
			xb_close(b);
		}
		xb_close(b);
	}
	arena_release(&a);
}

void
site_xml(struct xbuild *b, const struct site *st)
{
	site_xml_keep(b, st, NULL);
}

/* --- Inputs --- */

/*
 * Load, check (unless again: loaded once and checked already) and
 * resolve one input; 2 on trouble, else 0.
 */
static int
load(struct rinput *in, const char *path, const struct schema *s,
    const struct limits *lim, int again)
{
	struct catalog_header	 h;
	const struct node	*ext;
	struct validator	 v;
	int			 rc;

	if ((rc = doc_load(&in->d, path, lim, &in->dg)) != 0)
		return rc == -2 ? 2 : 0;
	if (!again) {
		validator_init(&v, s, &in->dg);
		validate_doc(&v, &in->d);
		validator_release(&v);
	}
	/* Of another format, nothing can be rendered, even by force (the
	 * validator said why). */
	if (schema_check_version(&in->d, NULL) != 0)
		return 2;
	catalog_read_header(&h, in->d.root, NULL);
	ext = h.extends;
	if (ext == NULL || node_is_null(ext)) {
		in->root = in->d.root;
		return 0;
	}
	/* No catalog to render (the finding says why, at 'extends'). */
	if (ext->kind != NODE_SCALAR)
		return 2;
	/* The overlay as checked is the catalog rendered. */
	in->m = xcalloc(1, sizeof(*in->m));
	if (validate_overlay(&in->d, s, lim, &in->dg, in->m) != 0)
		return 2;
	in->root = in->m->out.root;
	return 0;
}

/* What the threads loading the inputs share, read-only. */
struct loader {
	struct rinput		*in;
	const struct paths	*ps;
	const struct schema	*s;
	const struct limits	*lim;
};

static int
load_one(void *ctx, size_t i)
{
	struct loader	*l = ctx;

	l->in[i].rc = load(&l->in[i], l->ps->v[i], l->s, l->lim, 0);
	return 0;
}

struct rinput *
rinputs_load(const struct paths *ps, const struct schema *s,
    const struct limits *lim, int jobs)
{
	struct loader	 ld;
	size_t		 i;

	ld.in = xcalloc(ps->n ? ps->n : 1, sizeof(*ld.in));
	for (i = 0; i < ps->n; i++)
		diag_init(&ld.in[i].dg, DIAG_TEXT, SEV_ERROR);
	ld.ps = ps;
	ld.s = s;
	ld.lim = lim;
	par_for(ps->n, jobs, load_one, &ld);
	return ld.in;
}

/* Release one input, printing what is left of its findings. */
static void
rinput_release(struct rinput *in, const char *prog)
{
	if (in->m != NULL) {
		merge_release(in->m);
		free(in->m);
	}
	doc_release(&in->d);
	diag_finish(&in->dg, prog, GKML_VERSION);
}

void
rinputs_free(struct rinput *in, size_t n, const char *prog)
{
	size_t	 i;

	for (i = 0; in != NULL && i < n; i++)
		rinput_release(&in[i], prog);
	free(in);
}

/* --- Templates --- */

int
template_own(const struct ropts *o, const char *name)
{
	struct stat	 sb;
	char		*p;
	int		 rc;

	if (o->templates == NULL)
		return 0;
	p = xasprintf("%s/%s", o->templates, name);
	rc = stat(p, &sb) == 0;
	free(p);
	return rc;
}

char *
template_path(const struct ropts *o, const char *name)
{
	struct stat	 sb;
	char		*p;

	if (template_own(o, name))
		return xasprintf("%s/%s", o->templates, name);
	p = xasprintf("%s/templates/%s", gkml_datadir(), name);
	if (stat(p, &sb) == 0)
		return p;
	if (o->templates != NULL)
		rctx_error(o->ctx, _("template %s not found in %s or "
		    "%s/templates"), name, o->templates, gkml_datadir());
	else
		rctx_error(o->ctx, _("template %s not found in %s/templates"),
		    name, gkml_datadir());
	free(p);
	return NULL;
}

void
rctx_init(struct rctx *c)
{
	memset(c, 0, sizeof(*c));
	pthread_mutex_init(&c->lock, NULL);
}

void
rctx_release(struct rctx *c)
{
	size_t	 i;

	for (i = 0; i < RCTX_SHEETS && c->sheets[i].name != NULL; i++) {
		xslt_free(c->sheets[i].x);
		free(c->sheets[i].name);
	}
	buf_release(&c->err);
	pthread_mutex_destroy(&c->lock);
}

void
rctx_error(struct rctx *c, const char *fmt, ...)
{
	va_list	 ap;

	pthread_mutex_lock(&c->lock);
	va_start(ap, fmt);
	buf_vaddf(&c->err, fmt, ap);
	va_end(ap);
	buf_addch(&c->err, '\n');
	pthread_mutex_unlock(&c->lock);
}

/* --- Putting a directory of outputs in place --- */

#define MARKER	".gkml-render"	/* in a directory gkml-render made */

static int
dir_is_empty(const char *dir)
{
	DIR		*dp;
	struct dirent	*de;
	int		 empty = 1;

	if ((dp = opendir(dir)) == NULL)
		return 0;
	while (empty && (de = readdir(dp)) != NULL)
		if (strcmp(de->d_name, ".") != 0 &&
		    strcmp(de->d_name, "..") != 0)
			empty = 0;
	closedir(dp);
	return empty;
}

/*
 * Begin the directory dir: a new directory beside it, *tmp, that
 * dir_finish() renames into place once complete.  An existing dir is
 * replaced only if this command made it (it holds MARKER) or it is
 * empty.
 */
int
render_dir_begin(struct rctx *ctx, const char *dir, char **tmp)
{
	struct stat	 sb;
	char		*p;
	int		 ok, old, fd, e;

	if ((old = stat(dir, &sb) == 0)) {
		p = xasprintf("%s/%s", dir, MARKER);
		ok = S_ISDIR(sb.st_mode) && (access(p, F_OK) == 0 ||
		    dir_is_empty(dir));
		free(p);
		if (!ok) {
			rctx_error(ctx, _("%s exists and was not made by "
			    "gkml-render; not replacing it"), dir);
			return -1;
		}
	}
	*tmp = xasprintf("%s.tmp.XXXXXX", dir);
	if (tmp_dir(*tmp) != 0) {
		rctx_error(ctx, "%s: %s", *tmp, strerror(errno));
		free(*tmp);
		*tmp = NULL;
		return -1;
	}
	/* A directory replaced keeps its owner, group and mode. */
	if (old) {
		e = 0;
		if ((fd = open(*tmp, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) ==
		    -1 || file_keep(fd, &sb) == -1)
			e = errno;
		if (fd != -1)
			close(fd);
		if (e != 0) {
			rctx_error(ctx, _("%s: not replaced: the new "
			    "directory cannot keep its owner %lu and group "
			    "%lu: %s"), dir, (unsigned long)sb.st_uid,
			    (unsigned long)sb.st_gid, strerror(e));
			tmp_remove(*tmp);
			free(*tmp);
			*tmp = NULL;
			return -1;
		}
	}
	return 0;
}

/*
 * Write what is not yet written of out into tmp, and the marker, then
 * put tmp in dir's place.  tmp is removed and freed in every case.
 */
int
render_dir_finish(struct outputs *out, const char *dir, char *tmp)
{
	struct stat	 sb;
	sigset_t	 mask;
	char		*old = NULL;
	size_t		 i;
	int		 rc = -1;

	out->dir = tmp;
	for (i = 0; i < out->n; i++)
		if (!out->v[i].written && outputs_done(out, i) != 0)
			goto out;
	if (outputs_add(out, MARKER) == NULL || outputs_done(out,
	    out->n - 1) != 0)
		goto out;
	/* A signal now waits until the new directory is in place. */
	tmp_hold(&mask);
	if (stat(dir, &sb) == 0) {
		old = xasprintf("%s.old.XXXXXX", dir);
		if (mkdtemp(old) == NULL || rename(dir, old) != 0) {
			rctx_error(out->ctx, "%s: %s", dir, strerror(errno));
			if (*old != '\0')
				rmdir(old);
			tmp_unhold(&mask);
			goto out;
		}
	}
	if (rename(tmp, dir) != 0) {
		rctx_error(out->ctx, "%s: %s", dir, strerror(errno));
		if (old != NULL)
			rename(old, dir);
		tmp_unhold(&mask);
		goto out;
	}
	tmp_forget(tmp);
	if (old != NULL)
		tmp_remove(old);
	tmp_unhold(&mask);
	rc = 0;
 out:
	if (rc != 0)
		tmp_remove(tmp);
	out->dir = NULL;
	free(tmp);
	free(old);
	return rc;
}

/* A stylesheet, compiled once and shared by the threads. */
static struct xslt *
sheet(const struct ropts *o, const char *name)
{
	struct rctx	*c = o->ctx;
	struct buf	 err = BUF_INIT;
	struct xslt	*x = NULL;
	char		*path;
	size_t		 i;

	pthread_mutex_lock(&c->lock);
	for (i = 0; i < RCTX_SHEETS && c->sheets[i].name != NULL; i++)
		if (strcmp(c->sheets[i].name, name) == 0) {
			x = c->sheets[i].x;
			pthread_mutex_unlock(&c->lock);
			return x;
		}
	pthread_mutex_unlock(&c->lock);
	if (i == RCTX_SHEETS || (path = template_path(o, name)) == NULL)
		return NULL;
	pthread_mutex_lock(&c->lock);
	/* Another thread may have compiled it meanwhile. */
	for (i = 0; i < RCTX_SHEETS && c->sheets[i].name != NULL; i++)
		if (strcmp(c->sheets[i].name, name) == 0)
			break;
	if (i < RCTX_SHEETS && c->sheets[i].name != NULL)
		x = c->sheets[i].x;
	else if (i < RCTX_SHEETS && (x = xslt_load(path, &err)) != NULL) {
		c->sheets[i].name = xstrdup(name);
		c->sheets[i].x = x;
	}
	pthread_mutex_unlock(&c->lock);
	if (x == NULL && err.len > 0)
		rctx_error(c, "%s", err.ptr);
	free(path);
	buf_release(&err);
	return x;
}

int
transform(const struct ropts *o, const char *name, struct xdoc *d,
    const char **params, struct buf *b)
{
	struct buf	 err = BUF_INIT;
	struct xslt	*x;
	int		 rc = 0;

	if ((x = sheet(o, name)) == NULL)
		return -1;
	if (xslt_apply(x, d, params, b, &err) != 0) {
		rctx_error(o->ctx, "%s: %s", name, err.ptr);
		rc = -1;
	}
	buf_release(&err);
	return rc;
}

int
template_read(const struct ropts *o, const char *name, struct buf *b)
{
	FILE	*fp;
	char	*path, chunk[8192];
	size_t	 n;
	int	 rc = 0;

	if ((path = template_path(o, name)) == NULL)
		return -1;
	if ((fp = fopen(path, "rb")) == NULL) {
		rctx_error(o->ctx, "%s: %s", path, strerror(errno));
		free(path);
		return -1;
	}
	while ((n = fread(chunk, 1, sizeof(chunk), fp)) > 0)
		buf_add(b, chunk, n);
	if (ferror(fp)) {
		rctx_error(o->ctx, "%s: %s", path, strerror(errno));
		rc = -1;
	}
	fclose(fp);
	free(path);
	return rc;
}

time_t
site_stamp(const char *date)
{
	struct tm	 tm;

	memset(&tm, 0, sizeof(tm));
	if (date == NULL || sscanf(date, "%4d-%2d-%2d", &tm.tm_year,
	    &tm.tm_mon, &tm.tm_mday) != 3)
		return 315532800;	/* 1980-01-01, zip's first day */
	tm.tm_year -= 1900;
	tm.tm_mon -= 1;
	return timegm(&tm);
}

/* --- Outputs --- */

struct outfile *
outputs_add(struct outputs *o, const char *path)
{
	struct outfile	*f;

	o->v = xreallocarray(o->v, o->n + 1, sizeof(*o->v));
	f = &o->v[o->n++];
	memset(f, 0, sizeof(*f));
	f->path = xstrdup(path);
	buf_init(&f->b, 0);
	return f;
}

static int
cmp_out(const void *a, const void *b)
{
	return strcmp(((const struct outfile *)a)->path,
	    ((const struct outfile *)b)->path);
}

void
outputs_sort(struct outputs *o)
{
	qsort(o->v, o->n, sizeof(*o->v), cmp_out);
}

void
outputs_per_catalog(struct outputs *o, const struct site *st,
    const char *suffix)
{
	char	*p;
	size_t	 i;

	for (i = 0; i < st->ncats; i++) {
		p = xasprintf("%s%s", st->cats[i].file, suffix);
		outputs_add(o, p);
		free(p);
	}
}

int
outputs_done(struct outputs *o, size_t i)
{
	struct outfile	*f = &o->v[i];
	char		*p;
	int		 rc = 0;

	if (o->dir == NULL)
		return 0;
	p = xasprintf("%s/%s", o->dir, f->path);
	if (tmp_put(p, strlen(o->dir), f->b.ptr, f->b.len) != 0) {
		rctx_error(o->ctx, "%s: %s", p, strerror(errno));
		rc = -1;
	} else {
		buf_release(&f->b);
		f->written = 1;
	}
	free(p);
	return rc;
}

void
outputs_release(struct outputs *o)
{
	size_t	 i;

	for (i = 0; i < o->n; i++) {
		free(o->v[i].path);
		free(o->v[i].key);
		buf_release(&o->v[i].b);
	}
	free(o->v);
	o->v = NULL;
	o->n = 0;
}

/* --- Pages --- */

struct xdoc *
catalog_page(const struct site *st, size_t ci, const struct ropts *o, int md)
{
	return xb_finish(catalog_page_begin(st, ci, o, md));
}

/* The site's particulars that -O gave, for the footer of every page. */
static void
furniture(struct xbuild *b, const struct ropts *o)
{
	xb_attr(b, "host", o->host);
	xb_attr(b, "contact", o->contact);
	xb_attr(b, "site-code", o->site_code);
	xb_attr(b, "icp", o->icp);
	xb_attr(b, "psb", o->psb);
}

/*
 * Open the <render> element of the page at path (relative to the top)
 * of catalog ci: where it is, the run's options, the jurisdictions
 * above and the areas beside it.  The builder is left in it.
 */
static void
render_open(struct xbuild *b, struct arena *a, const struct site *st,
    size_t ci, const struct ropts *o, const char *path)
{
	const struct rcat	*c = &st->cats[ci], *sib;
	const struct rjur	*j, *anc[32];
	const char		*root;
	size_t			 k, n;

	root = up(a, c->file);
	xb_open(b, "render");
	xb_attr(b, "root", root);
	xb_attr(b, "page", path);
	xb_attr(b, "date", st->date);
	xb_attr(b, "paper", o->a3 ? "a3" : "a4");
	xb_attr(b, "orientation", o->landscape ? "landscape" : "portrait");
	xb_attr(b, "site-title", o->title);
	furniture(b, o);
	xb_attr(b, "area-label", c->area_label != NULL ? c->area_label :
	    c->area);
	/* The jurisdictions above, from the top down. */
	for (n = 0, j = &st->jurs[c->jur]; n < 32; ) {
		anc[n++] = j;
		if (j->parent == SIZE_MAX)
			break;
		j = &st->jurs[j->parent];
	}
	while (n-- > 0) {
		xb_open(b, "crumb");
		xb_attr(b, "name", anc[n]->name);
		xb_attr(b, "level", anc[n]->level);
		xb_attr(b, "href", arena_strfmt(a, "%s%s", root,
		    jur_home(a, anc[n])));
		xb_close(b);
	}
	j = &st->jurs[c->jur];
	for (k = 0; k < j->ncats; k++) {
		sib = &st->cats[j->cats[k]];
		xb_open(b, "sibling");
		cat_attrs(b, a, sib);
		xb_attr(b, "href", arena_strfmt(a, "%s%s.html", root,
		    sib->file));
		if (sib == c)
			xb_attr(b, "current", "1");
		xb_close(b);
	}
}

struct xbuild *
catalog_page_begin(const struct site *st, size_t ci, const struct ropts *o,
    int md)
{
	struct arena		 a = ARENA_INIT;
	struct xbuild		*b;

	b = xb_new("gkml");
	catalog_xml(b, st->cats[ci].root, st->s, md);
	render_open(b, &a, st, ci, o, arena_strfmt(&a, "%s.html",
	    st->cats[ci].file));
	xb_close(b);
	arena_release(&a);
	return b;
}

/*
 * The page with the catalog's header alone, its categories and items
 * not applicable left out: for a renderer that writes the rows itself.
 */
struct xbuild *
catalog_head_begin(const struct site *st, size_t ci, const struct ropts *o)
{
	static const struct xpart	 none = { SIZE_MAX, 0, 0, 0, 0 };
	struct arena			 a = ARENA_INIT;
	struct xbuild			*b;

	b = xb_new("gkml");
	catalog_xml_part(b, st->cats[ci].m, st->s, 0, &none);
	render_open(b, &a, st, ci, o, arena_strfmt(&a, "%s.html",
	    st->cats[ci].file));
	xb_close(b);
	arena_release(&a);
	return b;
}

/* --- XML --- */

struct hpage;

struct job {
	const struct site	*st;
	const struct ropts	*o;
	struct outputs		*out;
	size_t			 first;	/* out->v[first + i] is cats[i]'s,
					   or pages[i]'s */
	const struct hpage	*pages;
	struct buf		*search;	/* search-index.js */
	size_t			 search_at;	/* its place in out */
	const struct synonyms	*syn;		/* written into it */
	/* The catalogs of a scanned site, loaded again for their pages. */
	struct hload		*ld;
	pthread_mutex_t		 lock;
	pthread_cond_t		 loaded;
	off_t			*soff;	/* where each catalog's entries
					   begin in search-index.js */
};

/*
 * A catalog of a scanned site while its pages are made: loaded by the
 * first page to need it, freed by the last, so that only the catalogs
 * of the pages in the works are in memory.
 */
struct hload {
	int			 state;	/* 0: not loaded; 1: loading; 2 */
	size_t			 left;	/* its pages not yet made */
	struct rinput		*in;
	struct arena		 a;
	const struct node	*root;	/* NULL: could not be loaded */
	const struct catalog	*m;
};

static int
xml_one(void *ctx, size_t i)
{
	struct job	*jb = ctx;
	struct xbuild	*b;

	b = xb_new_text("gkml", &jb->out->v[jb->first + i].b);
	catalog_xml(b, jb->st->cats[i].root, jb->st->s, 0);
	xb_end(b);
	return 0;
}

int
render_xml(const struct site *st, const struct ropts *o, struct outputs *out)
{
	struct job	 jb;
	struct xbuild	*b;
	struct xdoc	*d;

	memset(&jb, 0, sizeof(jb));
	jb.st = st;
	jb.o = o;
	jb.out = out;
	jb.first = out->n;
	outputs_per_catalog(out, st, ".xml");
	par_for(st->ncats, o->jobs, xml_one, &jb);
	if (st->ncats > 1) {
		b = xb_new("site");
		site_xml(b, st);
		d = xb_finish(b);
		xdoc_write(d, &outputs_add(out, "index.xml")->b);
		xdoc_free(d);
	}
	return 0;
}

/* --- HTML --- */

/*
 * A page of the website: a catalog, or a part of a long one.  A
 * catalog's pages follow each other in the plan, from its first,
 * whose path is the catalog's own ("KEY/AREA.html"; "KEY/AREA-2.html"
 * for the second, ...).
 */
struct hpage {
	size_t		 cat;		/* index into site.cats */
	size_t		 n, npages;	/* its number from 1, of how many */
	size_t		 page0;		/* index of the catalog's page 1 */
	struct xpart	 part;
	size_t		 first;		/* the 序号 of its first item */
	size_t		 nitems;
	const char	*path;
};

struct hplan {
	struct hpage	*v;
	size_t		 n;
};

static struct hpage *
page_add(struct hplan *pl, size_t ci, size_t cat, size_t from, size_t first)
{
	struct hpage	*pg;

	pl->v = xreallocarray(pl->v, pl->n + 1, sizeof(*pl->v));
	pg = &pl->v[pl->n++];
	memset(pg, 0, sizeof(*pg));
	pg->cat = ci;
	pg->part.first = cat;
	pg->part.from = from;
	pg->part.to = SIZE_MAX;
	pg->first = first;
	return pg;
}

/*
 * Cut catalog ci into pages of at most PAGE_ITEMS items, whole
 * top-level categories on each while they fit (one without items
 * counts as one).  A category longer than a page starts a page and
 * fills pages of its own; what is left of it begins the next.
 */
static void
plan_pages(struct hplan *pl, struct arena *a, const struct rcat *c,
    size_t ci)
{
	struct hpage		*pg;
	size_t			 i, k, items, w, used, from, page0;

	page0 = pl->n;
	pg = page_add(pl, ci, 0, 0, 1);
	for (i = used = 0; i < c->ntops; i++) {
		items = c->tops[i];
		w = items > 0 ? items : 1;
		if (used > 0 && used + w > PAGE_ITEMS) {
			pg = page_add(pl, ci, i, 0, pg->first + pg->nitems);
			used = 0;
		}
		for (from = 0; w - from > PAGE_ITEMS; from += PAGE_ITEMS) {
			pg->part.n = 1;
			pg->part.to = from + PAGE_ITEMS;
			pg->nitems = PAGE_ITEMS;
			pg = page_add(pl, ci, i, from + PAGE_ITEMS,
			    pg->first + PAGE_ITEMS);
		}
		pg->part.n++;
		pg->nitems += items - from;
		used += w - from;
	}
	for (k = page0; k < pl->n; k++) {
		pg = &pl->v[k];
		pg->n = k - page0 + 1;
		pg->npages = pl->n - page0;
		pg->page0 = page0;
		pg->part.na = k + 1 == pl->n;
		pg->path = pg->n == 1 ? arena_strfmt(a, "%s.html", c->file) :
		    arena_strfmt(a, "%s-%zu.html", c->file, pg->n);
	}
}

/*
 * An area page: html_rows() makes the rows of its table, the one source
 * of them, and area.xsl the page around them, leaving a <?gkml-rows>
 * where they go.  Ours is given the XML form without the categories,
 * which it never reads; a templates directory's own area.xsl gets the
 * whole form, and a page without the mark is taken as it made it.
 */
static int
page_rows(const struct ropts *o, struct xdoc *d, struct buf *out)
{
	static const char	 mark[] = "<?gkml-rows>";
	struct buf		 rows = BUF_INIT, page = BUF_INIT;
	struct xnode		*n;
	const char		*at = NULL;
	int			 rc, own;

	if (!(own = template_own(o, "html/area.xsl"))) {
		html_rows(xdoc_root(d), &rows);
		for (n = xnode_child(xdoc_root(d)); n != NULL;
		    n = xnode_next(n))
			if (strcmp(xnode_name(n), "categories") == 0) {
				xnode_drop(n);
				break;
			}
	}
	if ((rc = transform(o, "html/area.xsl", d, NULL, &page)) != 0)
		goto done;
	at = memmem(page.ptr, page.len, mark, sizeof(mark) - 1);
	if (at == NULL && !own) {
		rctx_error(o->ctx, _("html/area.xsl: no %s where the rows go"),
		    mark);
		rc = -1;
		goto done;
	}
	if (at == NULL) {
		buf_add(out, page.ptr, page.len);
		goto done;
	}
	if (own)
		html_rows(xdoc_root(d), &rows);
	buf_add(out, page.ptr, (size_t)(at - page.ptr));
	buf_add(out, rows.ptr, rows.len);
	at += sizeof(mark) - 1;
	buf_add(out, at, page.len - (size_t)(at - page.ptr));
done:
	buf_release(&rows);
	buf_release(&page);
	return rc;
}

/*
 * The <render> element of page i: where it is, and the pages of its
 * catalog.  The builder is left where it was.
 */
static void
page_render(struct xbuild *b, const struct job *jb, size_t i)
{
	const struct hpage	*pg = &jb->pages[i], *p;
	const struct rcat	*c = &jb->st->cats[pg->cat];
	struct arena		 a = ARENA_INIT;
	const char		*root;
	size_t			 k;

	render_open(b, &a, jb->st, pg->cat, jb->o, pg->path);
	xb_num(b, "page-number", pg->n);
	xb_num(b, "page-count", pg->npages);
	xb_num(b, "first", pg->first);
	root = up(&a, c->file);
	for (k = 0; k < pg->npages; k++) {
		p = &jb->pages[pg->page0 + k];
		xb_open(b, "page");
		xb_num(b, "n", p->n);
		xb_attr(b, "href", arena_strfmt(&a, "%s%s", root, p->path));
		xb_num(b, "first", p->first);
		xb_num(b, "items", p->nitems);
		if (p == pg)
			xb_attr(b, "current", "1");
		xb_close(b);
	}
	xb_close(b);
	arena_release(&a);
}

static int
page_one(struct job *jb, size_t i, const struct node *doc,
    const struct catalog *m)
{
	const struct hpage	*pg = &jb->pages[i];
	struct buf		*out = &jb->out->v[jb->first + i].b;
	struct xbuild		*b;
	struct xdoc		*d;
	int			 rc;

	b = xb_new("gkml");
	/* One page is the catalog as it is: the same for every output. */
	if (pg->npages == 1)
		catalog_xml(b, doc, jb->st->s, 1);
	else
		catalog_xml_part(b, m, jb->st->s, 1, &pg->part);
	page_render(b, jb, i);
	d = xb_finish(b);
	rc = page_rows(jb->o, d, out);
	/* Freed as soon as done: a long catalog is never one tree. */
	xdoc_free(d);
	html_scrub(out);
	return rc;
}

/* The SHA-256 of len bytes at p, in hex, allocated. */
static char *
digest(const void *p, size_t len)
{
	struct sha256	 sha;
	char		 hex[65];

	sha256_init(&sha);
	sha256_update(&sha, p, len);
	sha256_hex(&sha, hex);
	return xstrdup(hex);
}

/*
 * The key of a page: what it is made of, hashed.  The catalog's bytes
 * (and its bases'), the part of it the page shows and everything else
 * the page says (the <render> element), under the run's setup.
 */
static char *
page_key(const struct job *jb, size_t i)
{
	const struct hpage	*pg = &jb->pages[i];
	const struct rcat	*c = &jb->st->cats[pg->cat];
	struct xbuild		*b;
	struct xdoc		*d;
	struct buf		 x = BUF_INIT;
	char			*key;

	b = xb_new("key");
	page_render(b, jb, i);
	d = xb_finish(b);
	xdoc_write(d, &x);
	xdoc_free(d);
	buf_addf(&x, "\n%s %zu %zu %zu %zu %d %zu %zu\n", c->mi->sha,
	    pg->part.first, pg->part.from, pg->part.to, pg->part.n,
	    pg->part.na, pg->npages, pg->first);
	key = digest(x.ptr, x.len);
	buf_release(&x);
	return key;
}

/*
 * Output i has key, the same as the site made before says its file
 * there has: link that file into the new site.  Returns 0, or -1 when
 * it is to be made (nothing to link, or the link failed).
 */
static int
relink(struct outputs *out, size_t i, const struct site *st)
{
	struct outfile	*f = &out->v[i];
	const char	*was;
	char		*from, *to;
	int		 rc;

	if (st->old == NULL || f->key == NULL || out->dir == NULL ||
	    (was = hash_get(&st->old->outputs, f->path,
	    strlen(f->path))) == NULL || strcmp(was, f->key) != 0)
		return -1;
	from = xasprintf("%s/%s", st->olddir, f->path);
	to = xasprintf("%s/%s", out->dir, f->path);
	/* Made as a temporary first, so that a signal removes it. */
	rc = tmp_put(to, strlen(out->dir), "", 0) != 0 || unlink(to) != 0 ||
	    link(from, to) != 0 ? -1 : 0;
	if (rc == 0) {
		buf_release(&f->b);
		f->written = 1;
	}
	free(from);
	free(to);
	return rc;
}

/* Which page the next item of a catalog is on. */
struct hcursor {
	const struct hpage	*pg, *end;	/* the catalog's pages */
	size_t			 item;		/* its 序号 */
};

/* A field's text for the search: a string, or the strings of a list. */
static void
search_text(struct buf *b, const struct node *v, struct search_chars *sc)
{
	unsigned	 e;

	if (v == NULL)
		return;
	if (v->kind == NODE_SCALAR && !node_is_null(v)) {
		search_add(b, v->u.s, sc);
		buf_addch(b, ' ');
	} else if (v->kind == NODE_SEQ)
		for (e = 0; e < v->n; e++)
			if (v->u.kids[e].kind == NODE_SCALAR) {
				search_add(b, v->u.kids[e].u.s, sc);
				buf_addch(b, ' ');
			}
}

/*
 * Everything a reader may search for in a catalog, one entry an item,
 * in simplified characters.  An item's category is the top-most of its
 * categories that has a name.
 */
static void
search_items(struct buf *b, const struct rcat *c, struct hcursor *cur,
    int *first, struct search_chars *sc)
{
	const struct catalog_item	*it;
	const struct catalog_category	*k;
	struct catalog_iter		 ci;
	const char			*catname;

	catalog_iter_init(&ci, c->m);
	while (catalog_next(&ci) != CEV_DONE) {
		if (ci.ev != CEV_ENTER || ci.kind != CK_ITEM ||
		    ci.u.item->node->kind != NODE_MAP)
			continue;
		it = ci.u.item;
		for (catname = NULL, k = it->parent; k != NULL; k = k->parent)
			if (node_str(k->name) != NULL)
				catname = node_str(k->name);
		/* The items are numbered in this order too. */
		while (cur->pg + 1 < cur->end &&
		    cur->pg[1].first <= cur->item)
			cur->pg++;
		cur->item++;
		buf_adds(b, *first ? "\n[" : ",\n[");
		*first = 0;
		search_string(b, node_str(it->name), sc);
		buf_addch(b, ',');
		search_string(b, catname, sc);
		buf_addch(b, ',');
		search_string(b, c->jurisdiction, sc);
		buf_addch(b, ',');
		search_string(b, c->area_label != NULL ? c->area_label :
		    c->title != NULL ? c->title : c->area, sc);
		buf_adds(b, ",\"");
		js_escape(b, cur->pg->path);
		buf_adds(b, "#i-");
		js_escape(b, node_str(it->id) != NULL ? node_str(it->id) : "");
		buf_adds(b, "\",\"");
		search_text(b, it->f.content, sc);
		search_text(b, it->f.basis, sc);
		search_text(b, it->f.body, sc);
		search_text(b, it->f.deadline, sc);
		search_text(b, it->f.notes, sc);
		buf_adds(b, "\"]");
	}
}

/*
 * The search index: a script, so that it loads from file://.  After
 * the entries come the synonym groups and the table that folds what
 * is typed to the simplified characters the index is in (search.h).
 */
static void
search_index(struct buf *b, const struct site *st, const struct hpage *pages,
    const struct synonyms *syn)
{
	struct search_chars	*sc;
	struct hcursor		 cur;
	size_t			 i, k;
	int			 first = 1;

	sc = xcalloc(1, sizeof(*sc));
	buf_adds(b, "/* gkml search index: name, category, "
	    "jurisdiction, area, link, text; then synonym groups and "
	    "pairs of a traditional character and its simplified one */\n"
	    "var GKML_INDEX = [");
	for (i = k = 0; i < st->ncats; i++, k += pages[k].npages) {
		cur.pg = &pages[k];
		cur.end = cur.pg + cur.pg->npages;
		cur.item = 1;
		search_items(b, &st->cats[i], &cur, &first, sc);
	}
	buf_adds(b, "\n];\nvar GKML_SYN = ");
	search_synonyms(b, syn, sc);
	buf_adds(b, ";\nvar GKML_FOLD = ");
	search_fold_table(b, sc);
	buf_adds(b, ";\n");
	free(sc);
}

/*
 * The catalog of page i, loaded again when the site was scanned.  It
 * must be what pass 1 saw: the same id and number of items.  Returns
 * it, or NULL having told why.
 */
static struct hload *
page_catalog(struct job *jb, size_t i)
{
	const struct site	*st = jb->st;
	const struct rcat	*c = &st->cats[jb->pages[i].cat];
	struct hload		*h = &jb->ld[jb->pages[i].cat];
	struct rcat		 now;
	int			 state;

	pthread_mutex_lock(&jb->lock);
	while (h->state == 1)
		pthread_cond_wait(&jb->loaded, &jb->lock);
	if ((state = h->state) == 0)
		h->state = 1;
	pthread_mutex_unlock(&jb->lock);
	if (state == 2)
		return h->root != NULL ? h : NULL;
	h->in = xcalloc(1, sizeof(*h->in));
	diag_init(&h->in->dg, DIAG_TEXT, SEV_ERROR);
	h->in->dg.quiet = 1;
	arena_init(&h->a);
	if (load(h->in, c->path, st->s, st->lim, 1) == 0 &&
	    h->in->root != NULL) {
		cat_summary(&now, &h->a, st->s, c->path, h->in->root);
		if (now.nitem == c->nitem && now.id != NULL && c->id != NULL &&
		    strcmp(now.id, c->id) == 0) {
			h->root = now.root;
			h->m = now.m;
		}
	}
	if (h->root == NULL)
		rctx_error(jb->o->ctx, _("%s changed or went while the site "
		    "was made; render again"), c->path);
	pthread_mutex_lock(&jb->lock);
	h->state = 2;
	pthread_cond_broadcast(&jb->loaded);
	pthread_mutex_unlock(&jb->lock);
	return h->root != NULL ? h : NULL;
}

/* Page i is done with its catalog: the last frees it. */
static void
page_catalog_done(struct job *jb, size_t i)
{
	struct hload	*h = &jb->ld[jb->pages[i].cat];
	int		 last;

	pthread_mutex_lock(&jb->lock);
	last = --h->left == 0;
	pthread_mutex_unlock(&jb->lock);
	if (!last || h->in == NULL)
		return;
	rinput_release(h->in, "gkml-render");
	free(h->in);
	h->in = NULL;
	arena_release(&h->a);
}

/*
 * Append the n bytes at p to output i, written to out->dir once it
 * holds more than a little (a province's search index is larger than
 * the memory a run may take); *started: a part of it is there.
 */
static int
spill(struct outputs *out, size_t i, int *started, off_t *flushed, int last)
{
	struct outfile	*f = &out->v[i];
	char		*p;
	ssize_t		 w;
	size_t		 at;
	int		 fd, rc = 0;

	if (out->dir == NULL || (!last && f->b.len < (1 << 20)))
		return 0;
	if (last && !*started)
		return outputs_done(out, i);
	p = xasprintf("%s/%s", out->dir, f->path);
	if (!*started) {
		rc = tmp_put(p, strlen(out->dir), f->b.ptr, f->b.len);
		*started = 1;
	} else if ((fd = open(p, O_WRONLY | O_APPEND | O_CLOEXEC)) == -1)
		rc = -1;
	else {
		for (at = 0; rc == 0 && at < f->b.len; at += (size_t)w)
			if ((w = write(fd, f->b.ptr + at, f->b.len - at)) < 0)
				rc = -1;
		if (close(fd) != 0)
			rc = -1;
	}
	if (rc != 0)
		rctx_error(out->ctx, "%s: %s", p, strerror(errno));
	free(p);
	*flushed += (off_t)f->b.len;
	buf_reset(&f->b);
	if (last) {
		buf_release(&f->b);
		f->written = rc == 0;
	}
	return rc;
}

/*
 * The search index of a scanned site: the entries its catalogs left in
 * the spool, then what search_index() writes after them.
 */
static int
search_spooled(struct job *jb)
{
	const struct site	*st = jb->st;
	const struct rcat	*c;
	struct buf		*b = &jb->out->v[jb->search_at].b;
	ssize_t			 r;
	off_t			 flushed = 0;
	size_t			 i, at;
	int			 first = 1, started = 0, rc = 0, fd;

	buf_adds(b, "/* gkml search index: name, category, "
	    "jurisdiction, area, link, text; then synonym groups and "
	    "pairs of a traditional character and its simplified one */\n"
	    "var GKML_INDEX = [");
	for (i = 0; rc == 0 && i < st->ncats; i++) {
		c = &st->cats[i];
		if (!first && c->search_len > 0)
			buf_addch(b, ',');
		jb->soff[i] = flushed + (off_t)b->len;
		if (c->search_len == 0)
			continue;
		first = 0;
		fd = c->search_old ? st->oldsearch : fileno(st->spool);
		buf_grow(b, c->search_len);
		for (at = 0; at < c->search_len; at += (size_t)r)
			if ((r = pread(fd, b->ptr + b->len + at,
			    c->search_len - at, c->search_at + (off_t)at)) <= 0) {
				rctx_error(jb->o->ctx, _("the search index's "
				    "spool: %s"), r == 0 ? _("cut short") :
				    strerror(errno));
				return -1;
			}
		b->len += c->search_len;
		b->ptr[b->len] = '\0';
		rc = spill(jb->out, jb->search_at, &started, &flushed, 0);
	}
	if (rc != 0)
		return -1;
	buf_adds(b, "\n];\nvar GKML_SYN = ");
	search_synonyms(b, jb->syn, st->sc);
	buf_adds(b, ";\nvar GKML_FOLD = ");
	search_fold_table(b, st->sc);
	buf_adds(b, ";\n");
	return spill(jb->out, jb->search_at, &started, &flushed, 1);
}

/* Job 0 is the search index, made while the pages are; then a page. */
static int
html_one(void *ctx, size_t i)
{
	struct job		*jb = ctx;
	const struct rcat	*c;
	struct hload		*h;
	int			 rc;

	if (i == 0 && jb->st->spool != NULL)
		return search_spooled(jb);
	if (i == 0) {
		search_index(jb->search, jb->st, jb->pages, jb->syn);
		return outputs_done(jb->out, jb->search_at);
	}
	i--;
	c = &jb->st->cats[jb->pages[i].cat];
	if (c->mi != NULL && jb->out->dir != NULL)
		jb->out->v[jb->first + i].key = page_key(jb, i);
	if (relink(jb->out, jb->first + i, jb->st) == 0)
		rc = 0;
	else if (c->root != NULL)
		rc = page_one(jb, i, c->root, c->m);
	else if ((h = page_catalog(jb, i)) != NULL)
		rc = page_one(jb, i, h->root, h->m);
	else
		rc = -1;
	if (c->root == NULL)
		page_catalog_done(jb, i);
	if (rc != 0)
		return -1;
	return jb->out->v[jb->first + i].written ? 0 :
	    outputs_done(jb->out, jb->first + i);
}

/* --- Pass 1 of a website: the site scanned --- */

/* One input in flight: loaded, summed up, its search entries made. */
struct rscan {
	struct rinput		 in;
	struct arena		 a;
	struct rcat		 c;
	int			 have;	/* c sums up a catalog */
	struct buf		 search;
	struct search_chars	 sc;
	struct minput		 mi;	/* for the manifest, in a */
};

struct scanner {
	struct site		*st;
	struct rctx		*ctx;
	const struct paths	*ps;
	struct rscan		*slot;	/* input i is in slot i % window */
	size_t			 window;
	int			 keep;	/* one input: keep its catalog */
	int			(*fn)(void *, size_t, struct rinput *);
	void			*arg;
	int			 rc;
};

/* Has in, and every base it had, not changed since the manifest? */
static int
unchanged(const struct minput *in)
{
	struct mstat	 sb;
	size_t		 k;

	if (mstat(in->path, &sb) != 0 || memcmp(&sb, &in->st, sizeof(sb)))
		return 0;
	for (k = 0; k < in->nlayers; k++)
		if (mstat(in->layers[k].path, &sb) != 0 ||
		    memcmp(&sb, &in->layers[k].st, sizeof(sb)) != 0)
			return 0;
	return 1;
}

/*
 * What the manifest keeps of input r, loaded from path: the file and
 * its bases as they are now (stat(2)ed before they were read: a change
 * meanwhile is seen next time), the hash of their bytes, and the
 * characters of its search entries.  mi.clean is 0 when it cannot be
 * told whether they change.
 */
static void
scan_note(struct rscan *r, const char *path, const struct mstat *sb)
{
	struct minput		*mi = &r->mi;
	struct catalog_header	 h;
	struct sha256		 sha;
	struct buf		 b = BUF_INIT;
	const struct merged	*m = r->in.m;
	size_t			 k;
	unsigned		 cp;

	mi->path = path;
	mi->st = *sb;
	mi->clean = strcmp(path, "-") != 0;
	sha256_init(&sha);
	sha256_update(&sha, r->in.d.src, r->in.d.len);
	if (m != NULL && m->nlayers > 1) {
		mi->nlayers = m->nlayers - 1;
		mi->layers = arena_alloc(&r->a, mi->nlayers *
		    sizeof(*mi->layers));
		for (k = 1; k < m->nlayers; k++) {
			sha256_update(&sha, "", 1);
			sha256_update(&sha, m->layers[k]->src,
			    m->layers[k]->len);
			mi->layers[k - 1].path = m->real[k] != NULL ?
			    arena_strdup(&r->a, m->real[k]) : NULL;
			if (m->real[k] == NULL ||
			    mstat(m->real[k], &mi->layers[k - 1].st) != 0)
				mi->clean = 0;
		}
	}
	sha256_hex(&sha, mi->sha);
	catalog_read_header(&h, r->in.root, NULL);
	if (h.id != NULL && node_str(h.id) != NULL) {
		mi->line = h.id->line;
		mi->col = h.id->col;
	}
	mi->version = node_str(h.version) != NULL ?
	    arena_strdup(&r->a, node_str(h.version)) : NULL;
	for (cp = 0x80; cp < 0x10000; cp++)
		if (r->sc.bit[cp >> 3] & (1U << (cp & 7)))
			utf8_add(&b, cp);
	mi->marks = arena_strndup(&r->a, b.ptr != NULL ? b.ptr : "", b.len);
	buf_release(&b);
}

static void
scan_work(void *ctx, size_t i)
{
	struct scanner	*sn = ctx;
	struct site	*st = sn->st;
	struct rscan	*r = &sn->slot[i % sn->window];
	struct arena	*a = sn->keep ? &st->a : &r->a;
	struct hplan	 pl = { NULL, 0 };
	struct hcursor	 cur;
	struct minput	*old;
	struct mstat	 sb;
	const char	*path = sn->ps->v[i];
	int		 first = 1, statok;

	memset(r, 0, sizeof(*r));
	arena_init(&r->a);
	buf_init(&r->search, 0);
	diag_init(&r->in.dg, DIAG_TEXT, SEV_ERROR);
	if (st->old != NULL && (old = hash_get(&st->old->inputs, path,
	    strlen(path))) != NULL && unchanged(old)) {
		r->in.reused = old;
		r->have = 1;
		return;
	}
	statok = strcmp(path, "-") != 0 && mstat(path, &sb) == 0;
	r->in.rc = load(&r->in, path, st->s, st->lim, 0);
	if (r->in.rc != 0 || r->in.root == NULL)
		return;
	cat_summary(&r->c, a, st->s, path, r->in.root);
	if (r->in.m != NULL)
		cat_overlay(&r->c, a, r->in.d.root);
	plan_pages(&pl, &r->a, &r->c, 0);
	cur.pg = pl.v;
	cur.end = pl.v + pl.n;
	cur.item = 1;
	search_items(&r->search, &r->c, &cur, &first, &r->sc);
	free(pl.v);
	if (statok)
		scan_note(r, path, &sb);
	r->have = 1;
}

/* Keep what the manifest needs of in, in a. */
static struct minput *
minput_copy(struct arena *a, const struct minput *in)
{
	struct minput	*mi;
	size_t		 k;

	mi = arena_alloc(a, sizeof(*mi));
	*mi = *in;
	mi->path = arena_strdup(a, in->path);
	mi->version = in->version != NULL ? arena_strdup(a, in->version) :
	    NULL;
	mi->marks = arena_strdup(a, in->marks != NULL ? in->marks : "");
	mi->layers = arena_alloc(a, (in->nlayers ? in->nlayers : 1) *
	    sizeof(*mi->layers));
	for (k = 0; k < in->nlayers; k++) {
		mi->layers[k] = in->layers[k];
		mi->layers[k].path = arena_strdup(a, in->layers[k].path);
	}
	return mi;
}

static const char *
sdup(struct arena *a, const char *s)
{
	return s != NULL ? arena_strdup(a, s) : NULL;
}

/* Keep c, whose strings are in the input's document, in a. */
static void
cat_copy(struct rcat *c, struct arena *a)
{
	size_t	*tops;

	c->path = sdup(a, c->path);
	c->fname = strrchr(c->path, '/') != NULL ? strrchr(c->path, '/') + 1 :
	    c->path;
	c->root = NULL;
	c->m = NULL;
	c->id = sdup(a, c->id);
	c->title = sdup(a, c->title);
	c->area = sdup(a, c->area);
	c->area_label = sdup(a, c->area_label);
	c->level = sdup(a, c->level);
	c->jurisdiction = sdup(a, c->jurisdiction);
	c->publisher = sdup(a, c->publisher);
	c->updated = sdup(a, c->updated);
	c->contact = sdup(a, c->contact);
	c->file = sdup(a, c->file);
	c->extends = sdup(a, c->extends);
	c->inherit = sdup(a, c->inherit);
	tops = arena_alloc(a, (c->ntops ? c->ntops : 1) * sizeof(*tops));
	memcpy(tops, c->tops, c->ntops * sizeof(*tops));
	c->tops = tops;
}

static void
scan_done(void *ctx, size_t i)
{
	struct scanner		*sn = ctx;
	struct site		*st = sn->st;
	struct rscan		*r = &sn->slot[i % sn->window];
	const struct minput	*old = r->in.reused;
	struct rcat		*c;
	size_t			 k;
	int			 clean;

	clean = sn->fn(sn->arg, i, &r->in);
	if (r->have && sn->rc == 0) {
		st->cats = xreallocarray(st->cats, st->ncats + 1,
		    sizeof(*st->cats));
		c = &st->cats[st->ncats++];
		*c = old != NULL ? old->c : r->c;
		if (!sn->keep || old != NULL)
			cat_copy(c, &st->a);
		c->in = i;
		if (old != NULL) {
			c->mi = minput_copy(&st->a, old);
			c->search_old = 1;
			search_mark(st->sc, old->marks, strlen(old->marks));
		} else {
			if (r->mi.path != NULL) {
				c->mi = minput_copy(&st->a, &r->mi);
				c->mi->clean = r->mi.clean && clean;
			}
			c->search_at = ftello(st->spool);
			c->search_len = r->search.len;
			if (r->search.len > 0 && fwrite(r->search.ptr, 1,
			    r->search.len, st->spool) != r->search.len) {
				rctx_error(sn->ctx, _("the search index's "
				    "spool: %s"), strerror(errno));
				sn->rc = -1;
			}
			for (k = 0; k < sizeof(st->sc->bit); k++)
				st->sc->bit[k] |= r->sc.bit[k];
		}
	}
	if (sn->keep && r->have && old == NULL) {
		st->kept = xmalloc(sizeof(*st->kept));
		*st->kept = r->in;
	} else
		rinput_release(&r->in, "gkml-render");
	buf_release(&r->search);
	arena_release(&r->a);
}

int
site_scan(struct site *st, struct rctx *ctx, const struct paths *ps,
    const struct limits *lim, int jobs,
    int (*fn)(void *, size_t, struct rinput *), void *arg)
{
	struct scanner	 sn;

	memset(&sn, 0, sizeof(sn));
	st->lim = lim;
	st->sc = xcalloc(1, sizeof(*st->sc));
	if ((st->spool = tmpfile()) == NULL) {
		rctx_error(ctx, _("the search index's spool: %s"),
		    strerror(errno));
		return -1;
	}
	sn.st = st;
	sn.ctx = ctx;
	sn.ps = ps;
	/* A few inputs ahead of the one whose findings are told. */
	sn.window = jobs < 1 ? 2 : 2 * (size_t)jobs;
	sn.slot = xcalloc(sn.window, sizeof(*sn.slot));
	sn.keep = ps->n == 1;
	sn.fn = fn;
	sn.arg = arg;
	par_ordered(ps->n, jobs, sn.window, scan_work, scan_done, &sn);
	free(sn.slot);
	if (sn.rc == 0 && fflush(st->spool) != 0) {
		rctx_error(ctx, _("the search index's spool: %s"),
		    strerror(errno));
		sn.rc = -1;
	}
	return sn.rc;
}

/* --- Reusing the site made before --- */

static int
cmp_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Hash the names and bytes of the files in dir (none: nothing). */
static void
hash_dir(struct sha256 *sha, const char *dir)
{
	DIR		*dp;
	struct dirent	*de;
	struct buf	 b = BUF_INIT;
	char		**v = NULL, *p;
	size_t		 n = 0, i;
	FILE		*fp;
	char		 chunk[8192];
	size_t		 k;

	if ((dp = opendir(dir)) == NULL)
		return;
	while ((de = readdir(dp)) != NULL)
		if (de->d_name[0] != '.') {
			v = xreallocarray(v, n + 1, sizeof(*v));
			v[n++] = xstrdup(de->d_name);
		}
	closedir(dp);
	qsort(v, n, sizeof(*v), cmp_name);
	for (i = 0; i < n; i++) {
		p = xasprintf("%s/%s", dir, v[i]);
		sha256_update(sha, v[i], strlen(v[i]) + 1);
		if ((fp = fopen(p, "rb")) != NULL) {
			while ((k = fread(chunk, 1, sizeof(chunk), fp)) > 0)
				sha256_update(sha, chunk, k);
			fclose(fp);
		}
		sha256_update(sha, "", 1);
		free(p);
		free(v[i]);
	}
	free(v);
	buf_release(&b);
}

/* A text of the setup, NULL told from "". */
static void
hash_str(struct sha256 *sha, const char *s)
{
	if (s == NULL)
		sha256_update(sha, "-", 1);
	else {
		sha256_update(sha, "=", 1);
		sha256_update(sha, s, strlen(s) + 1);
	}
}

/*
 * What a website is made of besides its catalogs: this gkml, its data
 * (schemas, vocabularies, synonyms), the templates and the options.
 */
static void
site_setup(const struct ropts *o, const struct limits *lim, char hex[65])
{
	struct sha256	 sha;
	char		*p;

	sha256_init(&sha);
	hash_str(&sha, "html " GKML_VERSION);
	/* What may be loaded at all. */
	p = xasprintf("%zu %zu %zu %zu %u", lim->max_bytes, lim->max_scalar,
	    lim->max_nodes, lim->max_alias, lim->max_depth);
	hash_str(&sha, p);
	free(p);
	hash_str(&sha, gkml_datadir());
	hash_str(&sha, o->templates);
	hash_str(&sha, o->a3 ? "a3" : "a4");
	hash_str(&sha, o->landscape ? "landscape" : "portrait");
	hash_str(&sha, o->title);
	hash_str(&sha, o->host);
	hash_str(&sha, o->contact);
	hash_str(&sha, o->site_code);
	hash_str(&sha, o->icp);
	hash_str(&sha, o->psb);
	hash_str(&sha, o->base_url);
	p = xasprintf("%s/schemas", gkml_datadir());
	hash_dir(&sha, p);
	free(p);
	p = xasprintf("%s/templates/html", gkml_datadir());
	hash_dir(&sha, p);
	free(p);
	if (o->templates != NULL) {
		hash_dir(&sha, o->templates);
		p = xasprintf("%s/html", o->templates);
		hash_dir(&sha, p);
		free(p);
	}
	sha256_hex(&sha, hex);
}

int
site_reuse(struct site *st, const struct ropts *o, const struct limits *lim,
    const char *dir, const char **note)
{
	char	*p;
	size_t	 line;
	int	 rc;

	*note = NULL;
	site_setup(o, lim, st->setup);
	st->olddir = arena_strdup(&st->a, dir);
	st->old = xcalloc(1, sizeof(*st->old));
	p = xasprintf("%s/%s", dir, MANIFEST);
	rc = manifest_read(st->old, p, st->setup, &line);
	if (rc == -2)
		*note = arena_strfmt(&st->a, _("%s: line %zu: not a manifest "
		    "of gkml-render %s; making the whole site"), p, line,
		    GKML_VERSION);
	else if (rc == -3)
		*note = arena_strfmt(&st->a, _("%s: made by another version "
		    "of gkml-render; making the whole site"), p);
	free(p);
	if (rc == 0) {
		p = xasprintf("%s/search-index.js", dir);
		st->oldsearch = open(p, O_RDONLY | O_CLOEXEC);
		free(p);
	}
	if (rc != 0 || st->oldsearch == -1) {
		manifest_release(st->old);
		free(st->old);
		st->old = NULL;
		return -1;
	}
	return 0;
}

size_t
site_catent(struct catset *cs, const char *file, const struct minput *in)
{
	struct catent	*e;
	struct stat	 sb;

	cs->v = xreallocarray(cs->v, cs->n + 1, sizeof(*cs->v));
	e = &cs->v[cs->n];
	memset(e, 0, sizeof(*e));
	e->file = file;
	e->newer = cs->n;
	if (in->c.id != NULL) {
		e->id = arena_strdup(&cs->a, in->c.id);
		e->line = in->line;
		e->col = in->col;
	}
	e->version = in->version != NULL ? arena_strdup(&cs->a,
	    in->version) : NULL;
	e->updated = in->c.updated != NULL ? arena_strdup(&cs->a,
	    in->c.updated) : NULL;
	if (stat(file, &sb) == 0) {
		e->dev = sb.st_dev;
		e->ino = sb.st_ino;
	}
	return cs->n++;
}

/* What the threads making home pages share. */
struct hjob {
	const struct site	*st;
	const struct ropts	*o;
	struct outputs		*out;
	size_t			 first;	/* out->v[first + i] is jurs[i]'s;
					   then the top page, if any */
};

/* The key of a home page: the part of the site it shows, its params. */
static char *
home_key(struct xdoc *d, const char **params)
{
	struct buf	 x = BUF_INIT;
	char		*key;

	xdoc_write(d, &x);
	for (; *params != NULL; params++) {
		buf_addch(&x, '\0');
		buf_adds(&x, *params);
	}
	key = digest(x.ptr, x.len);
	buf_release(&x);
	return key;
}

/*
 * The home page of jurisdiction i (or, past the last, the top page).
 * It is transformed over the part of the site it shows: itself, those
 * above it and two levels below, so that a province of many thousand
 * jurisdictions costs each page its own size, not the province's.
 * The top page, and the page of a jurisdiction at the top (key ""),
 * show the whole tree.
 */
static int
home_one(void *ctx, size_t i)
{
	struct hjob		*hj = ctx;
	const struct site	*st = hj->st;
	struct arena		 a = ARENA_INIT;
	struct xbuild		*b;
	struct xdoc		*d;
	struct outfile		*f = &hj->out->v[hj->first + i];
	unsigned char		*keep = NULL;
	const char		*params[5];
	size_t			 k, p;
	int			 rc;

	if (i < st->njurs && *st->jurs[i].key != '\0') {
		keep = xcalloc(st->njurs, 1);
		for (k = i; k != SIZE_MAX; k = st->jurs[k].parent)
			keep[k] = 1;
		for (k = 0; k < st->njurs; k++)
			if ((p = st->jurs[k].parent) != SIZE_MAX && (p == i ||
			    (st->jurs[p].parent == i)))
				keep[k] = 1;
	}
	b = xb_new("site");
	site_xml_keep(b, st, keep);
	if (hj->o->title != NULL)
		xb_attr(b, "title", hj->o->title);
	furniture(b, hj->o);
	d = xb_finish(b);
	if (i < st->njurs) {
		params[0] = "jur";
		params[1] = st->jurs[i].key;
		params[2] = "root";
		params[3] = up(&a, jur_home(&a, &st->jurs[i]));
		params[4] = NULL;
	} else {
		params[0] = "top";
		params[1] = "1";
		params[2] = NULL;
	}
	if (*st->setup != '\0' && hj->out->dir != NULL)
		f->key = home_key(d, params);
	if (relink(hj->out, hj->first + i, st) == 0)
		rc = 0;
	else {
		rc = transform(hj->o, "html/home.xsl", d, params, &f->b);
		html_scrub(&f->b);
		if (rc == 0)
			rc = outputs_done(hj->out, hj->first + i);
	}
	xdoc_free(d);
	free(keep);
	arena_release(&a);
	return rc;
}

/* --- The sitemap (sitemaps.org protocol 0.9) --- */

#define SITEMAP_URLS	50000		/* what one file may list */
#define SITEMAP_BYTES	(50L * 1024 * 1024)	/* and its size */
#define SITEMAP_LOC	2048		/* the longest address */
#define SITEMAP_NS	"http://www.sitemaps.org/schemas/sitemap/0.9"

struct smap {
	const struct ropts	*o;
	struct buf		*v;	/* the <url>s of each file */
	size_t			*nurls;	/* how many in each */
	const char		**last;	/* the newest lastmod of each */
	size_t			 n;
	int			 rc;
};

/* A date the protocol takes: YYYY-MM-DD, a month and a day that may be. */
static int
is_date(const char *s)
{
	int	 y, m, d;
	char	 end;

	return s != NULL && strlen(s) == 10 && s[4] == '-' && s[7] == '-' &&
	    sscanf(s, "%4d-%2d-%2d%c", &y, &m, &d, &end) == 3 &&
	    m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

/* The page at path (from the top of the site), changed on date. */
static void
smap_add(struct smap *sm, const char *path, const char *date)
{
	struct buf	 e = BUF_INIT;
	const char	*base = sm->o->base_url;
	size_t		 k;

	buf_adds(&e, "<url><loc>");
	html_escape(&e, base);
	if (base[strlen(base) - 1] != '/')
		buf_addch(&e, '/');
	html_escape(&e, path);
	if (e.len - 10 > SITEMAP_LOC) {
		rctx_error(sm->o->ctx, _("sitemap.xml: the address of %s is "
		    "longer than the %d bytes a sitemap allows"), path,
		    SITEMAP_LOC);
		sm->rc = -1;
		buf_release(&e);
		return;
	}
	buf_adds(&e, "</loc>");
	if (is_date(date))
		buf_addf(&e, "<lastmod>%s</lastmod>", date);
	buf_adds(&e, "</url>\n");
	/* A new file when this one is full (its head and tail are less
	 * than a kilobyte). */
	k = sm->n - 1;
	if (sm->n == 0 || sm->nurls[k] == SITEMAP_URLS ||
	    sm->v[k].len + e.len + 1024 > SITEMAP_BYTES) {
		k = sm->n++;
		sm->v = xreallocarray(sm->v, sm->n, sizeof(*sm->v));
		sm->nurls = xreallocarray(sm->nurls, sm->n,
		    sizeof(*sm->nurls));
		sm->last = xreallocarray(sm->last, sm->n, sizeof(*sm->last));
		buf_init(&sm->v[k], 0);
		sm->nurls[k] = 0;
		sm->last[k] = NULL;
	}
	buf_add(&sm->v[k], e.ptr, e.len);
	sm->nurls[k]++;
	if (is_date(date) && (sm->last[k] == NULL ||
	    strcmp(date, sm->last[k]) > 0))
		sm->last[k] = date;
	buf_release(&e);
}

/* The newer of two dates, either NULL. */
static const char *
newer(const char *x, const char *y)
{
	return x == NULL || (y != NULL && strcmp(y, x) > 0) ? y : x;
}

/*
 * sitemap.xml at the top of the site: every page, its address the
 * base URL and its path, its lastmod the date of what it shows (a
 * catalog's 'updated'; for a home page the newest of those it lists).
 * Past the protocol's limits of a file, sitemap-1.xml, sitemap-2.xml,
 * ... and sitemap.xml their index.
 */
static int
sitemap(const struct site *st, const struct ropts *o, struct outputs *out,
    const struct hplan *pl, int top)
{
	struct smap		 sm;
	struct arena		 a = ARENA_INIT;
	struct buf		*b;
	const struct rjur	*j;
	const char		*base = o->base_url, *d, **date;
	char			*name;
	size_t			 i, k, c, p, *page0;

	memset(&sm, 0, sizeof(sm));
	sm.o = o;
	/* A home page shows its jurisdiction and two levels below. */
	date = xcalloc(st->njurs ? st->njurs : 1, sizeof(*date));
	for (i = 0; i < st->njurs; i++) {
		d = st->jurs[i].updated;
		date[i] = newer(date[i], d);
		if ((p = st->jurs[i].parent) != SIZE_MAX) {
			date[p] = newer(date[p], d);
			if ((p = st->jurs[p].parent) != SIZE_MAX)
				date[p] = newer(date[p], d);
		}
	}
	/* Where each catalog's pages begin in the plan. */
	page0 = xcalloc(st->ncats ? st->ncats : 1, sizeof(*page0));
	for (k = pl->n; k-- > 0; )
		page0[pl->v[k].cat] = k;
	if (!top)
		smap_add(&sm, "index.html", st->date);
	for (i = 0; i < st->njurs; i++) {
		j = &st->jurs[i];
		smap_add(&sm, jur_home(&a, j), date[i]);
		for (c = 0; c < j->ncats; c++)
			for (k = page0[j->cats[c]]; k < pl->n &&
			    pl->v[k].cat == j->cats[c]; k++)
				smap_add(&sm, pl->v[k].path,
				    st->cats[j->cats[c]].updated);
	}
	free(date);
	free(page0);
	for (i = 0; sm.rc == 0 && i < sm.n; i++) {
		name = sm.n == 1 ? xstrdup("sitemap.xml") :
		    xasprintf("sitemap-%zu.xml", i + 1);
		b = &outputs_add(out, name)->b;
		buf_adds(b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
		    "<urlset xmlns=\"" SITEMAP_NS "\">\n");
		buf_add(b, sm.v[i].ptr, sm.v[i].len);
		buf_adds(b, "</urlset>\n");
		free(name);
		if (outputs_done(out, out->n - 1) != 0)
			sm.rc = -1;
	}
	if (sm.rc == 0 && sm.n > 1) {
		b = &outputs_add(out, "sitemap.xml")->b;
		buf_adds(b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
		    "<sitemapindex xmlns=\"" SITEMAP_NS "\">\n");
		for (i = 0; i < sm.n; i++) {
			buf_adds(b, "<sitemap><loc>");
			html_escape(b, base);
			if (base[strlen(base) - 1] != '/')
				buf_addch(b, '/');
			buf_addf(b, "sitemap-%zu.xml</loc>", i + 1);
			if (sm.last[i] != NULL)
				buf_addf(b, "<lastmod>%s</lastmod>",
				    sm.last[i]);
			buf_adds(b, "</sitemap>\n");
		}
		buf_adds(b, "</sitemapindex>\n");
		if (outputs_done(out, out->n - 1) != 0)
			sm.rc = -1;
	}
	for (i = 0; i < sm.n; i++)
		buf_release(&sm.v[i]);
	free(sm.v);
	free(sm.nurls);
	free(sm.last);
	arena_release(&a);
	return sm.rc;
}

/*
 * Copy a template file as it is into the outputs: over a site made
 * before that has the same bytes there, it stays as it was.
 */
static int
copy_asset(const struct site *st, const struct ropts *o, const char *name,
    const char *to, struct outputs *out)
{
	struct outfile	*f = outputs_add(out, to);

	if (template_read(o, name, &f->b) != 0)
		return -1;
	if (*st->setup == '\0' || out->dir == NULL)
		return 0;
	f->key = digest(f->b.ptr, f->b.len);
	(void)relink(out, out->n - 1, st);
	return 0;
}

/*
 * The manifest of the site: its setup, the inputs that drew no finding
 * with what the site keeps of them (their entries at soff in the new
 * search-index.js), and the key of each page.
 */
static int
manifest(const struct site *st, struct outputs *out, const off_t *soff)
{
	struct buf	*b;
	struct rcat	 c;
	size_t		 i, n = out->n;

	b = &outputs_add(out, MANIFEST)->b;
	manifest_head(b, st->setup);
	for (i = 0; i < st->ncats; i++)
		if (st->cats[i].mi != NULL && st->cats[i].mi->clean) {
			c = st->cats[i];
			c.search_at = soff[i];
			manifest_input(b, c.mi, &c);
		}
	for (i = 0; i < n; i++)
		if (out->v[i].key != NULL)
			manifest_output(b, out->v[i].path, out->v[i].key);
	manifest_end(b);
	return outputs_done(out, out->n - 1);
}

int
render_html(const struct site *st, const struct ropts *o, struct outputs *out)
{
	struct job	 jb;
	struct synonyms	 syn;
	struct hjob	 hj = { st, o, out, 0 };
	struct arena	 a = ARENA_INIT;
	struct hplan	 pl = { NULL, 0 };
	size_t		 i, si;
	char		*path;
	int		 rc = 0, top = 0;

	memset(&jb, 0, sizeof(jb));
	jb.st = st;
	jb.o = o;
	jb.out = out;
	/* A template that does not load is said once, not once a page. */
	if (sheet(o, "html/area.xsl") == NULL ||
	    sheet(o, "html/home.xsl") == NULL)
		return -1;
	/* The search's synonyms, data like the vocabularies. */
	path = xasprintf("%s/schemas/synonyms.yaml", gkml_datadir());
	rc = synonyms_load(&syn, path);
	free(path);
	if (rc != 0)
		return -1;
	jb.syn = &syn;
	for (i = 0; i < st->ncats; i++)
		plan_pages(&pl, &a, &st->cats[i], i);
	si = out->n;
	outputs_add(out, "search-index.js");
	jb.first = out->n;
	for (i = 0; i < pl.n; i++)
		outputs_add(out, pl.v[i].path);
	/* Every page of every catalog, spread over the threads. */
	jb.pages = pl.v;
	jb.search = &out->v[si].b;
	jb.search_at = si;
	jb.ld = xcalloc(st->ncats ? st->ncats : 1, sizeof(*jb.ld));
	jb.soff = xcalloc(st->ncats ? st->ncats : 1, sizeof(*jb.soff));
	for (i = 0; i < pl.n; i++)
		jb.ld[pl.v[i].cat].left++;
	pthread_mutex_init(&jb.lock, NULL);
	pthread_cond_init(&jb.loaded, NULL);
	if (par_for(pl.n + 1, o->jobs, html_one, &jb) != 0)
		rc = -1;
	pthread_mutex_destroy(&jb.lock);
	pthread_cond_destroy(&jb.loaded);
	free(jb.ld);
	/* The home page of each jurisdiction, and the top. */
	for (i = 0; i < st->njurs; i++)
		if (*st->jurs[i].key == '\0')
			top = 1;
	hj.first = out->n;
	for (i = 0; i < st->njurs; i++)
		outputs_add(out, jur_home(&a, &st->jurs[i]));
	if (!top)
		outputs_add(out, "index.html");
	if (rc == 0 && par_for(st->njurs + !top, o->jobs, home_one, &hj) != 0)
		rc = -1;
	if (rc == 0)
		rc = copy_asset(st, o, "html/gkml.css", "assets/gkml.css", out);
	if (rc == 0)
		rc = copy_asset(st, o, "html/search.js", "assets/search.js", out);
	if (rc == 0 && o->base_url != NULL)
		rc = sitemap(st, o, out, &pl, top);
	if (rc == 0 && *st->setup != '\0' && out->dir != NULL)
		rc = manifest(st, out, jb.soff);
	free(jb.soff);
	synonyms_release(&syn);
	free(pl.v);
	arena_release(&a);
	return rc;
}
