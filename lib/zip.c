/* Zip archives in memory, through libzip: see zip.h. */
#include <dlfcn.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <zip.h>

#include "buf.h"
#include "doc.h"
#include "msg.h"
#include "xmalloc.h"
#include "zip.h"

/*
 * libzip is loaded when an archive is first read or written, not
 * linked: with it come libbz2, libz and libcrypto, whose loading would
 * slow the start of every command, most of which never open a zip.
 */
#ifndef ZIP_SO
#define ZIP_SO	"libzip.so.4"
#endif

/* Entries larger than this are deflated fast rather than small. */
#define ZIP_FAST	(1024 * 1024)

#define ZIP_FUNCS \
	F(zip_close) \
	F(zip_discard) \
	F(zip_error_code_zip) \
	F(zip_error_fini) \
	F(zip_error_init) \
	F(zip_error_strerror) \
	F(zip_fclose) \
	F(zip_file_add) \
	F(zip_file_get_error) \
	F(zip_file_set_dostime) \
	F(zip_file_set_external_attributes) \
	F(zip_fopen_index) \
	F(zip_fread) \
	F(zip_get_error) \
	F(zip_get_name) \
	F(zip_get_num_entries) \
	F(zip_name_locate) \
	F(zip_open_from_source) \
	F(zip_set_file_compression) \
	F(zip_source_buffer) \
	F(zip_source_buffer_create) \
	F(zip_source_close) \
	F(zip_source_error) \
	F(zip_source_free) \
	F(zip_source_keep) \
	F(zip_source_open) \
	F(zip_source_read) \
	F(zip_stat_index)

static struct {
	void		*dl;
	const char	*error;		/* why it could not be loaded */
#define F(f)	__typeof__(f)	*f;
	ZIP_FUNCS
#undef F
} zf;
static pthread_once_t	 zf_once = PTHREAD_ONCE_INIT;

static void
zf_open(void)
{
	if ((zf.dl = dlopen(ZIP_SO, RTLD_NOW | RTLD_LOCAL)) == NULL) {
		zf.error = "libzip cannot be loaded (install libzip4)";
		return;
	}
#define F(f)	if ((zf.f = (__typeof__(zf.f))dlsym(zf.dl, #f)) == NULL) \
		zf.error = ZIP_SO " lacks " #f;
	ZIP_FUNCS
#undef F
}

/* Load libzip once; NULL, or why it cannot be used. */
static const char *
zf_load(void)
{
	pthread_once(&zf_once, zf_open);
	return zf.error;
}

struct zentry {
	char	*name;
	void	*p;
	size_t	 len;
};

struct zipw {
	struct zentry	*v;
	size_t		 n;
};

struct zipr {
	zip_t		*za;
	struct ziplimits lim;
	size_t		 inflated;	/* bytes so far, for lim.total */
};

void
ziplimits_set(struct ziplimits *z, const struct limits *l)
{
	z->entry = l->max_inflate;
	z->total = l->max_archive;
	z->ratio = l->max_ratio;
	z->ratio_past = ZIP_RATIO_PAST;
	z->entries = l->max_entries;
}

void
ziplimits_default(struct ziplimits *z)
{
	struct limits	 l;

	limits_default(&l);
	ziplimits_set(z, &l);
}

struct zipw *
zipw_new(void)
{
	return xcalloc(1, sizeof(struct zipw));
}

void
zipw_add(struct zipw *w, const char *name, const void *p, size_t len)
{
	struct zentry	*e;

	w->v = xreallocarray(w->v, w->n + 1, sizeof(*w->v));
	e = &w->v[w->n++];
	e->name = xstrdup(name);
	e->p = xmalloc(len ? len : 1);
	memcpy(e->p, p, len);
	e->len = len;
}

void
zipw_take(struct zipw *w, const char *name, struct buf *b)
{
	struct zentry	*e;

	w->v = xreallocarray(w->v, w->n + 1, sizeof(*w->v));
	e = &w->v[w->n++];
	e->name = xstrdup(name);
	e->p = buf_detach(b, &e->len);
}

static void
zipw_free(struct zipw *w)
{
	size_t	 i;

	for (i = 0; i < w->n; i++) {
		free(w->v[i].name);
		free(w->v[i].p);
	}
	free(w->v);
	free(w);
}

/* libzip's words for an error; out of memory goes to xnomem(). */
static const char *
zmsg(zip_error_t *ze)
{
	if (zf.zip_error_code_zip(ze) == ZIP_ER_MEMORY)
		xnomem();
	return zf.zip_error_strerror(ze);
}

static int
zfail(struct buf *err, const char *what, zip_error_t *ze)
{
	buf_addf(err, "%s: %s", what, zmsg(ze));
	return -1;
}

int
zipw_finish(struct zipw *w, time_t mtime, struct buf *out, struct buf *err)
{
	zip_error_t	 ze;
	zip_source_t	*src, *s;
	zip_t		*za;
	zip_int64_t	 idx, got;
	struct tm	 tm;
	zip_uint16_t	 dostime, dosdate;
	size_t		 i;
	int		 rc = -1;
	char		 chunk[65536];
	const char	*why;

	if ((why = zf_load()) != NULL) {
		buf_adds(err, why);
		zipw_free(w);
		return -1;
	}
	/*
	 * Zip stores a DOS date and time with no zone.  They are set as
	 * the UTC clock says, not through localtime(3), so the same time
	 * gives the same bytes on every machine, and no thread touches
	 * the environment.
	 */
	gmtime_r(&mtime, &tm);
	if (tm.tm_year < 80) {		/* before 1980: zip's first day */
		memset(&tm, 0, sizeof(tm));
		tm.tm_year = 80;
		tm.tm_mday = 1;
	}
	dosdate = (zip_uint16_t)((tm.tm_year - 80) << 9 | (tm.tm_mon + 1) << 5 |
	    tm.tm_mday);
	dostime = (zip_uint16_t)(tm.tm_hour << 11 | tm.tm_min << 5 |
	    tm.tm_sec / 2);
	zf.zip_error_init(&ze);
	if ((src = zf.zip_source_buffer_create(NULL, 0, 0, &ze)) == NULL) {
		zfail(err, "zip", &ze);
		goto out;
	}
	zf.zip_source_keep(src);
	if ((za = zf.zip_open_from_source(src, ZIP_CREATE | ZIP_TRUNCATE,
	    &ze)) == NULL) {
		zfail(err, "zip", &ze);
		zf.zip_source_free(src);
		goto out;
	}
	for (i = 0; i < w->n; i++) {
		s = zf.zip_source_buffer(za, w->v[i].p, w->v[i].len, 0);
		if (s == NULL || (idx = zf.zip_file_add(za, w->v[i].name, s,
		    ZIP_FL_ENC_UTF_8)) < 0) {
			zf.zip_source_free(s);
			buf_addf(err, "zip: %s: %s", w->v[i].name,
			    zmsg(zf.zip_get_error(za)));
			zf.zip_discard(za);
			zf.zip_source_free(src);
			goto out;
		}
		zf.zip_file_set_dostime(za, idx, dostime, dosdate, 0);
		zf.zip_file_set_external_attributes(za, idx, 0, ZIP_OPSYS_UNIX,
		    (zip_uint32_t)0100644 << 16);
		/*
		 * The most deflate can do, but for a large entry (the sheet
		 * of a long catalog), which at level 9 takes three times as
		 * long as all the rest of the work: level 1 writes 200,000
		 * items' sheet ten times faster, half as large again.
		 */
		zf.zip_set_file_compression(za, idx, ZIP_CM_DEFLATE,
		    w->v[i].len > ZIP_FAST ? 1 : 9);
	}
	if (zf.zip_close(za) != 0) {
		buf_addf(err, "zip: %s", zmsg(zf.zip_get_error(za)));
		zf.zip_discard(za);
		zf.zip_source_free(src);
		goto out;
	}
	/* The archive is now the source's data: copy it out. */
	if (zf.zip_source_open(src) != 0) {
		zfail(err, "zip", zf.zip_source_error(src));
		zf.zip_source_free(src);
		goto out;
	}
	while ((got = zf.zip_source_read(src, chunk, sizeof(chunk))) > 0)
		buf_add(out, chunk, (size_t)got);
	if (got < 0)
		(void)zmsg(zf.zip_source_error(src));
	zf.zip_source_close(src);
	zf.zip_source_free(src);
	rc = got < 0 ? -1 : 0;
	if (rc != 0)
		buf_adds(err, "zip: cannot read the archive back");
 out:
	zipw_free(w);
	return rc;
}

struct zipr *
zipr_open(const void *p, size_t len, const struct ziplimits *lim,
    struct buf *err)
{
	zip_error_t	 ze;
	zip_source_t	*src;
	zip_t		*za;
	struct zipr	*r;
	const char	*why;

	if ((why = zf_load()) != NULL) {
		buf_adds(err, why);
		return NULL;
	}
	zf.zip_error_init(&ze);
	if ((src = zf.zip_source_buffer_create(p, len, 0, &ze)) == NULL) {
		zfail(err, "zip", &ze);
		return NULL;
	}
	if ((za = zf.zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS,
	    &ze)) == NULL) {
		if (zf.zip_error_code_zip(&ze) == ZIP_ER_NOZIP)
			buf_adds(err, _("not a zip archive"));
		else
			zfail(err, _("not a readable zip archive"), &ze);
		zf.zip_error_fini(&ze);
		zf.zip_source_free(src);
		return NULL;
	}
	r = xcalloc(1, sizeof(*r));
	r->za = za;
	r->lim = *lim;
	return r;
}

size_t
zipr_count(const struct zipr *r)
{
	return (size_t)zf.zip_get_num_entries(r->za, 0);
}

const char *
zipr_name(const struct zipr *r, size_t i)
{
	const char	*s;

	s = zf.zip_get_name(r->za, (zip_uint64_t)i, ZIP_FL_ENC_GUESS);
	return s == NULL ? "" : s;
}

/*
 * Say which limit an entry passes, of size bytes (0: not known, found
 * by inflating), the archive having left bytes to inflate: the one
 * that is less names the key that raises it.
 */
static void
toobig(const struct zipr *r, const char *name, unsigned long long size,
    size_t left, struct buf *err)
{
	if (r->lim.entry <= left && size > 0)
		buf_addf(err, _("%s: inflates to %llu bytes, more than the "
		    "limit of %zu (GKML_LIMITS=inflate=N raises it)"), name,
		    size, r->lim.entry);
	else if (r->lim.entry <= left)
		buf_addf(err, _("%s: inflates past the limit of %zu bytes "
		    "(GKML_LIMITS=inflate=N raises it)"), name, r->lim.entry);
	else
		buf_addf(err, _("%s: would take what is inflated from the "
		    "archive past the limit of %zu bytes (GKML_LIMITS="
		    "archive=N raises it)"), name, r->lim.total);
}

int
zipr_read(struct zipr *r, const char *name, struct buf *out, struct buf *err)
{
	zip_stat_t	 st;
	zip_file_t	*f;
	zip_int64_t	 idx, got;
	size_t		 n = 0, cap, comp, left;
	char		 chunk[16384];

	if ((size_t)zf.zip_get_num_entries(r->za, 0) > r->lim.entries) {
		buf_addf(err, _("more than %zu entries in the archive, the "
		    "limit (GKML_LIMITS=entries=N raises it)"),
		    r->lim.entries);
		return -2;
	}
	if ((idx = zf.zip_name_locate(r->za, name, 0)) < 0)
		return 1;
	if (zf.zip_stat_index(r->za, (zip_uint64_t)idx, 0, &st) != 0) {
		buf_addf(err, "%s: %s", name, zmsg(zf.zip_get_error(r->za)));
		return -1;
	}
	/*
	 * The sizes stated may lie; the reading below counts for itself.
	 * What the archive may still inflate is the cap when it is less
	 * than an entry may.
	 */
	cap = r->lim.entry;
	left = r->lim.total > r->inflated ? r->lim.total - r->inflated : 0;
	if (left < cap)
		cap = left;
	if ((st.valid & ZIP_STAT_SIZE) && st.size > cap) {
		toobig(r, name, (unsigned long long)st.size, left, err);
		return -2;
	}
	/* The ratio against the compressed size (0: not known). */
	comp = !(st.valid & ZIP_STAT_COMP_SIZE) ? 0 : st.comp_size > 0 ?
	    (size_t)st.comp_size : 1;
	if (comp > 0 && (st.valid & ZIP_STAT_SIZE) &&
	    st.size > r->lim.ratio_past && st.size / comp > r->lim.ratio) {
		buf_addf(err, _("%s: compressed %zu:1, a zip bomb (more than "
		    "%zu:1 past %zu bytes; GKML_LIMITS=ratio=N raises it)"),
		    name, (size_t)st.size / comp, r->lim.ratio,
		    r->lim.ratio_past);
		return -2;
	}
	/* Room for the size stated, not doubling to it (twice as much). */
	if (st.valid & ZIP_STAT_SIZE)
		buf_grow(out, (size_t)st.size);
	if ((f = zf.zip_fopen_index(r->za, (zip_uint64_t)idx, 0)) == NULL) {
		buf_addf(err, "%s: %s", name, zmsg(zf.zip_get_error(r->za)));
		return -1;
	}
	while ((got = zf.zip_fread(f, chunk, sizeof(chunk))) > 0) {
		n += (size_t)got;
		if (n > cap) {
			toobig(r, name, 0, left, err);
			zf.zip_fclose(f);
			return -2;
		}
		/* Sizes stated may lie; the bytes read do not. */
		if (comp > 0 && n > r->lim.ratio_past &&
		    n / comp > r->lim.ratio) {
			buf_addf(err, _("%s: compressed more than %zu:1 past "
			    "%zu bytes, a zip bomb (GKML_LIMITS=ratio=N raises "
			    "it)"), name, r->lim.ratio, r->lim.ratio_past);
			zf.zip_fclose(f);
			return -2;
		}
		buf_add(out, chunk, (size_t)got);
	}
	if (got < 0) {
		buf_addf(err, "%s: %s", name, zmsg(zf.zip_file_get_error(f)));
		zf.zip_fclose(f);
		return -1;
	}
	zf.zip_fclose(f);
	r->inflated += n;
	return 0;
}

void
zipr_close(struct zipr *r)
{
	if (r == NULL)
		return;
	zf.zip_discard(r->za);
	free(r);
}
