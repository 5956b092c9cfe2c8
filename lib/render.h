/*
 * Rendering: catalogs, validated and resolved, turned into files by the
 * stylesheets of templates/ over their XML form (out_xml.h).
 *
 * A struct site holds the catalogs of one run and the jurisdictions
 * they belong to; a renderer adds the files it makes to a struct
 * outputs, which the caller writes (a directory, a zip or one file).
 * Paths in outputs are relative, '/'-separated, and never leave the
 * output: every segment comes from site_path().
 */
#ifndef GKML_RENDER_H
#define GKML_RENDER_H

#include <sys/types.h>

#include <pthread.h>
#include <stddef.h>
#include <stdio.h>
#include <time.h>

#include "arena.h"
#include "buf.h"
#include "diag.h"
#include "doc.h"
#include "par.h"

struct catalog;
struct catset;
struct manifest;
struct merged;
struct minput;
struct paths;
struct node;
struct rinput;
struct schema;
struct search_chars;
struct xbuild;
struct xdoc;

struct xslt;

#define RCTX_SHEETS	16

/*
 * What the threads of one run share: the stylesheets, compiled once,
 * and what went wrong, a line each in the locale's language, for the
 * command to print (lib/ prints nothing).  Made by the command, named
 * by its struct ropts and struct outputs.
 */
struct rctx {
	pthread_mutex_t	 lock;
	struct {
		char		*name;
		struct xslt	*x;
	}		 sheets[RCTX_SHEETS];
	struct buf	 err;
};

void	 rctx_init(struct rctx *);
void	 rctx_release(struct rctx *);
/* Record a line of what went wrong (a printf format, translated). */
void	 rctx_error(struct rctx *, const char *fmt, ...)
	    __attribute__((format(printf, 2, 3)));

struct rcat {
	const char	*path;		/* the file as named */
	const char	*fname;		/* its last part, the file's name */
	const struct node *root;	/* the catalog, resolved */
	const struct catalog *m;	/* root read into the model */
	const char	*id, *title, *area, *area_label, *level;
	const char	*jurisdiction, *publisher, *updated, *contact;
	const char	*file;		/* output stem: "county/town/area" */
	const char	*extends;	/* an overlay's base, as written */
	const char	*inherit;	/* and its 'inherit', as JSON */
	size_t		 jur;		/* index into site.jurs */
	size_t		 ncat, nitem, nna;
	size_t		*tops;		/* the items of each top-level
					   category: how its pages are cut */
	size_t		 ntops;
	size_t		 in;		/* its input's index (site_scan()) */
	off_t		 search_at;	/* its entries of the search index */
	size_t		 search_len;	/* in site.spool, "\n[...]" each */
	int		 search_old;	/* or in the site made before */
	struct minput	*mi;		/* what the manifest keeps of it */
};

struct rjur {
	const char	*key;		/* "county/town"; "" for the top */
	const char	*name;		/* 行政区域 of its catalogs */
	const char	*level;
	size_t		 parent;	/* index, or (size_t)-1 */
	size_t		*cats;		/* indices into site.cats, by area */
	size_t		 ncats;
	const char	*updated;	/* the latest of its catalogs */
};

struct site {
	struct arena		 a;
	const struct schema	*s;
	struct rcat		*cats;
	size_t			 ncats;
	struct rjur		*jurs;
	size_t			 njurs;
	const char		*date;	/* SOURCE_DATE_EPOCH, or the
					   latest 'updated', as YYYY-MM-DD */
	/* A site scanned (site_scan()): the catalogs are not kept, only
	 * what the index pages need, and are loaded again to be rendered;
	 * their search entries wait in spool. */
	const struct limits	*lim;
	FILE			*spool;
	struct search_chars	*sc;	/* the characters of the entries */
	struct rinput		*kept;	/* a run of one file: its input */
	/* The site made before into the same directory, and its
	 * manifest: what did not change is taken from it. */
	const char		*olddir;
	struct manifest		*old;
	int			 oldsearch;	/* its search-index.js, or -1 */
	char			 setup[65];	/* of this run: manifest.h */
};

struct outfile {
	char		*path;
	struct buf	 b;
	int		 written;	/* to outputs.dir, b released */
	char		*key;		/* what it was made of, hashed, for
					   the manifest; or NULL */
};

struct outputs {
	struct outfile	*v;
	size_t		 n;
	const char	*dir;		/* where finished files go at once
					   (a directory not yet in place),
					   or NULL to keep them all */
	struct rctx	*ctx;		/* where a failure is told */
};

/*
 * The most second-level items an area page of the website holds: a
 * longer catalog is cut into pages (render_html()).
 */
#define PAGE_ITEMS	1000

/* Options of a run (-O key=val and --templates). */
struct ropts {
	const char	*templates;	/* the user's directory, or NULL */
	int		 a3;		/* paper: A3 rather than A4 */
	int		 landscape;
	const char	*title;		/* the site's name, or NULL */
	/* The site's particulars for the footer of every page, or NULL:
	 * 主办单位, 联系方式, 网站标识码, ICP备案号, 公安备案号. */
	const char	*host, *contact, *site_code, *icp, *psb;
	const char	*base_url;	/* the site's address, ending in '/',
					   for sitemap.xml; NULL: none */
	int		 jobs;		/* threads (-j) */
	int		 onefile;	/* -o names one file: XLSX makes one
					   workbook for all jurisdictions */
	const char	*only;		/* of the outputs, make only this
					   one (-T columns to one file) */
	struct rctx	*ctx;		/* the run's shared state */
};

/*
 * The output directory dir, replaced whole: render_dir_begin() makes a
 * new directory beside it, *tmp, with dir's owner, group and mode, for
 * the outputs as they are done; render_dir_finish() writes what is not
 * written yet and a marker, and renames it into dir's place.  An
 * existing dir is replaced only if gkml-render made it (the marker)
 * or it is empty.  Both return 0, or -1 having told the context why;
 * render_dir_finish() removes and frees tmp in every case.
 */
int	 render_dir_begin(struct rctx *, const char *dir, char **tmp);
int	 render_dir_finish(struct outputs *, const char *dir, char *tmp);

void	 site_init(struct site *, const struct schema *);
/* Add a resolved catalog; path names its file.  Returns its index. */
size_t	 site_add(struct site *, const char *path, const struct node *root);
/* Note that catalog i is the overlay doc resolved: the printed forms
 * keep its base and 'inherit' so that gkml-import can give it back. */
void	 site_overlay(struct site *, size_t i, const struct node *doc);
/* Keep of the catalogs only those whose input i has use[i] set. */
void	 site_keep(struct site *, const unsigned char *use);
/* Group the catalogs into jurisdictions, once all are added. */
void	 site_group(struct site *);
void	 site_release(struct site *);

/* The catalog id as a relative path: unsafe segments become "_". */
char	*site_path(struct arena *, const char *id);

/* The site index (<site>) as XML, for index.xml and the templates. */
void	 site_xml(struct xbuild *, const struct site *);

/* The file of a template: the user's directory first, then ours.
 * Returns NULL, having told o->ctx, when neither has it. */
char	*template_path(const struct ropts *, const char *name);

/* Does the user's templates directory have its own file name? */
int	 template_own(const struct ropts *, const char *name);

/* Append the template file called name, as it is, to b.  Returns 0, or
 * -1 having told o->ctx why. */
int	 template_read(const struct ropts *, const char *name, struct buf *);

/* Midnight UTC of a YYYY-MM-DD date (1980-01-01 without one): the time
 * stamped into archives. */
time_t	 site_stamp(const char *date);

struct outfile *outputs_add(struct outputs *, const char *path);
/*
 * Output i is complete: with o->dir set, write it there and free its
 * bytes, so that a large site is never all in memory.  Threads may call
 * it for different i.  Returns 0, or -1 after printing why.
 */
int	 outputs_done(struct outputs *, size_t i);
/* An output for each catalog: its file with suffix ("KEY/AREA.xml"). */
void	 outputs_per_catalog(struct outputs *, const struct site *,
	    const char *suffix);
void	 outputs_sort(struct outputs *);
void	 outputs_release(struct outputs *);

/*
 * The inputs of a run: each file loaded, validated and, when it is an
 * overlay, resolved over its base, on jobs threads (a file in each).
 * Findings stay in each input's dg, for the caller to print in the
 * order of the files; rc says 2 when the input cannot be rendered at
 * all (broken YAML, unreadable, a limit, another format, an overlay
 * without its base), whatever -O force.
 */
struct rinput {
	struct doc		 d;
	struct merged		*m;	/* an overlay, resolved */
	const struct node	*root;	/* the catalog to render, or NULL */
	struct diag		 dg;
	int			 rc;
	size_t			 entry;	/* its index in a catset */
	const struct minput	*reused;	/* not loaded: unchanged since
						   the manifest (site_scan()) */
};

/* n inputs, one for each path of ps: release with rinputs_free(). */
struct rinput	*rinputs_load(const struct paths *ps, const struct schema *,
		    const struct limits *, int jobs);
/* Release n inputs, printing what is left of their findings as prog's. */
void		 rinputs_free(struct rinput *, size_t n, const char *prog);

/*
 * Pass 1 of a website in bounded memory: load the inputs as
 * rinputs_load() does, a few at a time on jobs threads, and hand each,
 * in the order of ps, to fn (ctx, its index, the input) to print its
 * findings.  Of each input with a catalog, the site keeps what the
 * index pages, the sitemap and the search index need; the catalog is
 * freed, and render_html() loads it again (a run of one file keeps
 * it).  fn returns 1 when the input drew no finding at all (only such
 * are reused).  Returns 0, or -1 having told ctx why.
 */
int		 site_scan(struct site *, struct rctx *, const struct paths *ps,
		    const struct limits *, int jobs,
		    int (*fn)(void *, size_t, struct rinput *), void *ctx);

/*
 * Before site_scan(): the website goes to the directory dir, which may
 * hold one made before with its manifest.  Inputs that did not change
 * since are then not loaded (fn of site_scan() gets them with reused
 * set, to add with site_catent()), and pages made of what did not
 * change are linked from dir, not made again.  Other options, limits
 * or templates than the manifest's make everything.  Returns 0; -1 when
 * everything is made, with a note in *note (translated, or NULL).
 */
int		 site_reuse(struct site *, const struct ropts *,
		    const struct limits *, const char *dir, const char **note);
/* Add the unchanged input in to the set cs, as catset_add() would. */
size_t		 site_catent(struct catset *, const char *file,
		    const struct minput *in);

/*
 * The renderers.  Each adds its files to out and returns 0, or -1
 * after printing why on stderr (a template missing or failing).
 */
int	 render_xml(const struct site *, const struct ropts *,
	    struct outputs *);
int	 render_html(const struct site *, const struct ropts *,
	    struct outputs *);
int	 render_board(const struct site *, const struct ropts *,
	    struct outputs *);
int	 render_docx(const struct site *, const struct ropts *,
	    struct outputs *);
/* The column tree (out_columns.c): columns.csv, .xml and .xsd. */
int	 render_columns(const struct site *, const struct ropts *,
	    struct outputs *);
void	 columns_xsd(struct buf *);
int	 render_xlsx(const struct site *, const struct ropts *,
	    struct outputs *);

/*
 * Shared by the renderers: the catalog's XML form with a <render>
 * element appended to its root telling the templates where the page
 * is (root: the relative way to the site's top; crumbs: the
 * jurisdictions above; siblings: the other areas of the jurisdiction)
 * and the run's options.  md builds CommonMark as markup.
 */
struct xdoc *catalog_page(const struct site *, size_t cat,
	    const struct ropts *, int md);
/* The same, unfinished: the builder is at the root, for a renderer to
 * append its own element before xb_finish(). */
struct xbuild *catalog_page_begin(const struct site *, size_t cat,
	    const struct ropts *, int md);
/* The same without the categories and the items not applicable, for a
 * renderer that writes its rows itself. */
struct xbuild *catalog_head_begin(const struct site *, size_t cat,
	    const struct ropts *);
/* Apply the template called name to doc with params (NULL-ended name,
 * value pairs), into b.  Returns 0, or -1 after printing why. */
int	 transform(const struct ropts *, const char *name, struct xdoc *,
	    const char **params, struct buf *b);

#endif
