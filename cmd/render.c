/* gkml-render: catalogs as a website, XML, board sheets, DOCX, XLSX. */
#include <sys/stat.h>

#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <malloc.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include "arena.h"
#include "buf.h"
#include "catalog.h"
#include "catset.h"
#include "diag.h"
#include "doc.h"
#include "file.h"
#include "help.h"
#include "merge.h"
#include "msg.h"
#include "out_xml.h"
#include "render.h"
#include "schema.h"
#include "validate.h"
#include "xmalloc.h"
#include "xml.h"
#include "zip.h"


/* Where the output goes. */
enum dest {
	D_STDOUT,		/* -o - */
	D_FILE,			/* one file, begun before rendering */
	D_DIR,			/* a directory, begun before rendering */
	D_LATER			/* a file if there is one output, else a
				   directory */
};

enum rformat {
	RF_HTML,
	RF_XML,
	RF_BOARD,
	RF_DOCX,
	RF_XLSX,
	RF_COLUMNS,
	RF_XSD,
	RF__MAX
};

/* The formats of -T, by enum rformat: their names and renderers. */
static const struct {
	const char	*name;
	int		(*render)(const struct site *, const struct ropts *,
			    struct outputs *);
} formats[RF__MAX] = {
	{ "html", render_html },
	{ "xml", render_xml },
	{ "board", render_board },
	{ "docx", render_docx },
	{ "xlsx", render_xlsx },
	{ "columns", render_columns },
	{ "xsd", NULL }		/* the schema alone, before any catalog */
};

/* Of a sitemap's 2048 bytes a <loc> may have, what the base may take. */
#define BASE_URL_MAX	1024

static int	 base_url(const char *);
static void	 usage(int) __attribute__((noreturn));

static void
usage(int rc)
{
	if (rc == 0)
		help_command(stdout, "render");
	else
		help_usage(stderr, "render");
	if (rc == 0)
		rc = close_stdout("gkml-render");
	exit(rc);
}

/* Print what the renderer said went wrong, a line each. */
static void
told(struct rctx *c)
{
	const char	*p, *nl;

	for (p = c->err.ptr; p != NULL && *p != '\0'; p = nl + 1) {
		if ((nl = strchr(p, '\n')) == NULL)
			break;
		fprintf(stderr, "gkml-render: %.*s\n", (int)(nl - p), p);
	}
	buf_reset(&c->err);
}

static int
option(struct ropts *o, int *force, char *kv)
{
	char	*v, *w;

	if ((v = strchr(kv, '=')) != NULL)
		*v++ = '\0';
	if (strcmp(kv, "force") == 0 && v == NULL)
		*force = 1;
	else if (strcmp(kv, "paper") == 0 && v != NULL) {
		for (w = strtok_r(v, ",", &v); w != NULL;
		    w = strtok_r(NULL, ",", &v)) {
			if (strcmp(w, "a4") == 0)
				o->a3 = 0;
			else if (strcmp(w, "a3") == 0)
				o->a3 = 1;
			else if (strcmp(w, "portrait") == 0)
				o->landscape = 0;
			else if (strcmp(w, "landscape") == 0)
				o->landscape = 1;
			else {
				fprintf(stderr, _("gkml-render: paper: '%s' is "
				    "not a4, a3, portrait or landscape\n"), w);
				return -1;
			}
		}
	} else if (v != NULL && *v != '\0' && strcmp(kv, "title") == 0)
		o->title = v;
	else if (v != NULL && *v != '\0' && strcmp(kv, "host") == 0)
		o->host = v;
	else if (v != NULL && *v != '\0' && strcmp(kv, "contact") == 0)
		o->contact = v;
	else if (v != NULL && *v != '\0' && strcmp(kv, "site-code") == 0)
		o->site_code = v;
	else if (v != NULL && *v != '\0' && strcmp(kv, "icp") == 0)
		o->icp = v;
	else if (v != NULL && *v != '\0' && strcmp(kv, "psb") == 0)
		o->psb = v;
	else if (v != NULL && strcmp(kv, "base-url") == 0) {
		if (base_url(v) != 0)
			return -1;
		o->base_url = v;
	} else {
		fprintf(stderr, _("gkml-render: -O takes force, paper=a4|a3"
		    "[,portrait|landscape], title=TEXT, host=TEXT, "
		    "contact=TEXT, site-code=TEXT, icp=TEXT, psb=TEXT or "
		    "base-url=URL, not '%s%s%s'\n"),
		    kv, v != NULL ? "=" : "", v != NULL ? v : "");
		return -1;
	}
	return 0;
}

/*
 * Is url an address the sitemap's <loc>s can begin with: http:// or
 * https://, a host, then only the ASCII an address may hold as it is
 * (RFC 3986), no query or fragment?  0, or -1 after saying why.
 */
static int
base_url(const char *url)
{
	const char	*p;
	size_t		 n;

	if (strncmp(url, "https://", n = 8) != 0 &&
	    strncmp(url, "http://", n = 7) != 0) {
		fprintf(stderr, _("gkml-render: base-url: '%s' is not an "
		    "address that begins with http:// or https://\n"), url);
		return -1;
	}
	if (url[n] == '\0' || url[n] == '/') {
		fprintf(stderr, _("gkml-render: base-url: '%s' names no "
		    "host\n"), url);
		return -1;
	}
	for (p = url; *p != '\0'; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		    (*p >= '0' && *p <= '9') || strchr("-._~:/@!$&'()*+,;=%",
		    *p) != NULL)) {
			if ((unsigned char)*p >= 0x80)
				fprintf(stderr, _("gkml-render: base-url: "
				    "'%s' is not ASCII: write it "
				    "percent-encoded (and the host in "
				    "punycode)\n"), url);
			else if ((unsigned char)*p < 0x20 || *p == 0x7f)
				/* Not echoed: it could act on a terminal. */
				fprintf(stderr, _("gkml-render: base-url: "
				    "holds the control character 0x%02x at "
				    "byte %zu\n"), (unsigned char)*p,
				    (size_t)(p - url) + 1);
			else
				fprintf(stderr, _("gkml-render: base-url: "
				    "'%s' holds '%c': write the address "
				    "percent-encoded, without a query or "
				    "fragment\n"), url, *p);
			return -1;
		}
	if (strlen(url) > BASE_URL_MAX) {
		fprintf(stderr, _("gkml-render: base-url: longer than %d "
		    "bytes\n"), BASE_URL_MAX);
		return -1;
	}
	return 0;
}

/* The date of the run: SOURCE_DATE_EPOCH, else none (the catalogs'). */
static int
source_date(time_t *t)
{
	const char	*e;
	char		*end;
	long long	 v;

	if ((e = getenv("SOURCE_DATE_EPOCH")) == NULL || *e == '\0')
		return 0;
	errno = 0;
	v = strtoll(e, &end, 10);
	if (errno != 0 || *end != '\0' || v < 315532800 || v > 4102444799) {
		fprintf(stderr, _("gkml-render: SOURCE_DATE_EPOCH '%s' is not "
		    "a time between 1980 and 2099\n"), e);
		return -1;
	}
	*t = (time_t)v;
	return 1;
}

static int
write_one(const char *path, const char *p, size_t len)
{
	if (strcmp(path, "-") == 0) {
		fwrite(p, 1, len, stdout);
		return 0;
	}
	return write_atomic(path, p, len);
}

static int
is_dir(const char *path)
{
	struct stat	 sb;

	return stat(path, &sb) == 0 && S_ISDIR(sb.st_mode);
}

/* Whether name says one file: the name of an archive or a document. */
static int
one_file(const char *name)
{
	static const char *const sfx[] = { ".csv", ".docx", ".htm", ".html",
	    ".xlsx", ".xml", ".xsd", ".zip" };
	size_t	 i, n = strlen(name), k;

	for (i = 0; i < sizeof(sfx) / sizeof(*sfx); i++)
		if (n > (k = strlen(sfx[i])) &&
		    strcasecmp(name + n - k, sfx[i]) == 0)
			return 1;
	return 0;
}

/* Put the bytes of b where dest says: the file begun in af or not. */
static int
put_file(struct afile *af, enum dest dest, const char *path,
    const struct buf *b)
{
	if (dest == D_FILE)
		return afile_commit(af, b->ptr, b->len);
	return write_one(dest == D_STDOUT ? "-" : path, b->ptr, b->len);
}

/*
 * Where -o *outpath sends the output, in *dest.  "site/" is the
 * directory site, and says so: *outpath loses its slashes, in a copy
 * *outdir the caller frees.  Returns -1 after saying why when the
 * format cannot be written there.
 */
static int
destination(const char **outpath, char **outdir, enum rformat fmt, int zip,
    enum dest *dest)
{
	const char	*path = *outpath;
	size_t		 n;
	int		 slash = 0;

	if ((n = strlen(path)) > 1 && path[n - 1] == '/') {
		while (n > 1 && path[n - 1] == '/')
			n--;
		path = *outpath = *outdir = xstrndup(path, n);
		slash = 1;
	}
	if (strcmp(path, "-") == 0)
		*dest = D_STDOUT;
	else if (zip || fmt == RF_XSD)
		*dest = D_FILE;
	else if (slash || is_dir(path))
		*dest = D_DIR;
	else if (one_file(path))
		*dest = D_FILE;
	else
		*dest = fmt == RF_HTML ? D_DIR : D_LATER;
	if (slash && *dest != D_DIR) {
		fprintf(stderr, _("gkml-render: %s writes one file, and -o "
		    "%s/ names a directory\n"), zip ? "--zip" : "-T xsd",
		    path);
		return -1;
	}
	if (fmt == RF_HTML && !zip && *dest != D_DIR) {
		fprintf(stderr, _("gkml-render: -o %s is one file, and a "
		    "website is many: name a directory, or use --zip\n"),
		    path);
		return -1;
	}
	return 0;
}

/* What is told of the inputs, one after the other, and decided. */
struct told {
	struct diag	 dg;		/* the inputs' findings */
	struct diag	 sdg;		/* the set's */
	struct catset	*cs;
	const struct paths *ps;
	size_t		*entry;		/* of each input in cs, or SIZE_MAX */
	int		 unloaded;
};

static void
told_init(struct told *t, struct catset *cs, const struct paths *ps)
{
	size_t	 i;

	memset(t, 0, sizeof(*t));
	diag_init(&t->dg, DIAG_TEXT, SEV_ERROR);
	/*
	 * What could not be loaded is never rendered, -O force or not;
	 * what the set shows is said whatever -W: which one is used.
	 */
	diag_init(&t->sdg, DIAG_TEXT, SEV_NOTE);
	t->cs = cs;
	t->ps = ps;
	t->entry = xreallocarray(NULL, ps->n ? ps->n : 1, sizeof(*t->entry));
	for (i = 0; i < ps->n; i++)
		t->entry[i] = SIZE_MAX;
}

/*
 * Print input i's findings and add it to the set.  Returns 1 when it
 * drew none.
 */
static int
tell(void *arg, size_t i, struct rinput *in)
{
	struct told	*t = arg;
	int		 clean;

	if (in->reused != NULL) {
		t->entry[i] = site_catent(t->cs, t->ps->v[i], in->reused);
		return 1;
	}
	clean = in->dg.n == 0;
	diag_move(&t->dg, &in->dg);
	diag_flush(&t->dg);
	if (in->rc != 0 || in->root == NULL) {
		fprintf(stderr, _("gkml-render: %s: could not be loaded; "
		    "nothing written\n"), t->ps->v[i]);
		t->unloaded = 1;
		return 0;
	}
	t->entry[i] = catset_add(t->cs, in->d.path, in->root, &t->sdg);
	if (t->sdg.n > 0)
		clean = 0;
	diag_flush(&t->sdg);
	return clean;
}

/*
 * Once every input is told, ask the set which catalogs are rendered.
 * Returns the exit status so far: 2 when an input could not be loaded
 * (rc already 2: none were) or which of the files with one id to
 * publish is not known; 1 for catalogs with errors or copied from a
 * template, unless force; else 0.
 */
static int
decide(struct told *t, int force, int rc)
{
	struct catset	*cs = t->cs;

	if (t->unloaded)
		rc = 2;
	if (rc == 0)
		catset_decide(cs, &t->sdg);
	diag_finish(&t->sdg, "gkml-render", GKML_VERSION);
	diag_finish(&t->dg, "gkml-render", GKML_VERSION);
	if (rc == 0 && cs->nclash > 0) {
		fprintf(stderr, _("gkml-render: not rendering: of the files "
		    "with one catalog id, which to publish is not known\n"));
		rc = 2;
	}
	if (rc == 0 && t->dg.failed && !force) {
		fprintf(stderr, _("gkml-render: not rendering catalogs with "
		    "errors (-O force renders them anyway)\n"));
		rc = 1;
	}
	if (rc == 0 && cs->ncopy > 0 && !force) {
		fprintf(stderr, _("gkml-render: not rendering catalogs copied "
		    "from a template (-O force renders them anyway)\n"));
		rc = 1;
	}
	return rc;
}

/* Is input i rendered (decided)? */
static int
used(const struct told *t, size_t i)
{
	return t->entry[i] != SIZE_MAX && catset_used(t->cs, t->entry[i]);
}

/*
 * Write the outputs where dest says: one zip archive, one file, or a
 * directory (begun in *tmp already, or now; *tmp is then handed over).
 * Returns 0, or 2 after saying why.
 */
static int
deliver(struct outputs *out, struct rctx *ctx, enum dest dest,
    const char *outpath, int zip, const char *date, struct afile *af,
    char **tmp)
{
	struct buf	 b = BUF_INIT, err = BUF_INIT;
	struct zipw	*zw;
	size_t		 i;
	int		 rc = 0;

	outputs_sort(out);
	/* "a/b-2" is also the second page of a long "a/b". */
	for (i = 1; i < out->n; i++)
		if (strcmp(out->v[i - 1].path, out->v[i].path) == 0) {
			fprintf(stderr, _("gkml-render: two outputs would be "
			    "%s; give one catalog another id\n"), out->v[i].path);
			return 2;
		}
	if (zip) {
		zw = zipw_new();
		for (i = 0; i < out->n; i++)
			zipw_add(zw, out->v[i].path, out->v[i].b.ptr,
			    out->v[i].b.len);
		if (zipw_finish(zw, site_stamp(date), &b, &err) != 0) {
			fprintf(stderr, "gkml-render: %s\n", err.ptr);
			rc = 2;
		} else if (put_file(af, dest, outpath, &b) != 0)
			rc = 2;
	} else if (dest != D_DIR && (dest != D_LATER || out->n == 1)) {
		if (out->n != 1) {
			fprintf(stderr, _("gkml-render: -o %s is one file, and "
			    "there are %zu to write: name a directory, or "
			    "use --zip\n"), outpath, out->n);
			rc = 2;
		} else if (put_file(af, dest, outpath, &out->v[0].b) != 0)
			rc = 2;
	} else if (*tmp == NULL && render_dir_begin(ctx, outpath, tmp) != 0)
		rc = 2;
	else {
		if (render_dir_finish(out, outpath, *tmp) != 0)
			rc = 2;
		*tmp = NULL;
	}
	buf_release(&b);
	buf_release(&err);
	return rc;
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ "templates", required_argument, NULL, 't' },
		{ "zip", no_argument, NULL, 'z' },
		{ NULL, 0, NULL, 0 }
	};
	struct ropts	 o;
	struct rctx	 ctx;
	struct schema	 s;
	struct limits	 lim;
	struct paths	 ps = { NULL, 0, 0 };
	struct rinput	*in = NULL;
	struct site	 st;
	struct catset	 cs;
	struct told	 tl;
	struct outputs	 out = { NULL, 0, NULL, NULL };
	struct buf	 b = BUF_INIT;
	struct afile	 af = { NULL, NULL, -1 };
	const char	*outpath = NULL, *note;
	char		*end, *tmp = NULL, *outdir = NULL, date[16];
	unsigned char	*use = NULL;
	enum rformat	 fmt = RF_HTML;
	enum dest	 dest;
	int		 c, rc = 0, force = 0, zip = 0, tset = 0;
	size_t		 i, n;
	time_t		 t;
	long		 jobs;

	msg_init();
	/*
	 * libxml2 makes and frees millions of small nodes; glibc's fast
	 * bins then consolidate on every larger request (a sixth of the
	 * time of a big render).  Without them the same work is faster.
	 */
	mallopt(M_MXFAST, 0);
	memset(&o, 0, sizeof(o));
	rctx_init(&ctx);
	o.ctx = out.ctx = &ctx;
	/* As many threads as processors, by default. */
	jobs = sysconf(_SC_NPROCESSORS_ONLN);
	o.jobs = jobs < 1 ? 1 : jobs > 64 ? 64 : (int)jobs;
	o.landscape = -1;	/* as the format has it, unless -O paper */
	while ((c = getopt_long(argc, argv, "hj:o:O:T:", longopts,
	    NULL)) != -1) {
		switch (c) {
		case 'O':
			if (option(&o, &force, optarg) != 0)
				usage(2);
			break;
		case 'T':
			tset = 1;
			for (fmt = 0; fmt < RF__MAX; fmt++)
				if (strcmp(optarg, formats[fmt].name) == 0)
					break;
			if (fmt == RF__MAX) {
				fprintf(stderr, _("gkml-render: -T takes html, "
				    "xml, board, docx, xlsx or xsd, not "
				    "'%s'\n"), optarg);
				usage(2);
			}
			break;
		case 'h':
			usage(0);
		case 'j':
			errno = 0;
			jobs = strtol(optarg, &end, 10);
			if (errno != 0 || *end != '\0' || jobs < 1 ||
			    jobs > 64) {
				fprintf(stderr, _("gkml-render: -j takes a "
				    "number from 1 to 64, not '%s'\n"), optarg);
				usage(2);
			}
			o.jobs = (int)jobs;
			break;
		case 'o':
			outpath = optarg;
			break;
		case 't':
			/* A mistyped name would publish the default look. */
			if (!is_dir(optarg)) {
				fprintf(stderr, _("gkml-render: --templates %s: "
				    "not a directory\n"), optarg);
				usage(2);
			}
			o.templates = optarg;
			break;
		case 'z':
			zip = 1;
			break;
		default:
			usage(2);
		}
	}
	argc -= optind;
	argv += optind;
	/* A DOCX has every column: landscape, unless portrait is asked. */
	if (o.landscape < 0)
		o.landscape = fmt == RF_DOCX;
	if (!tset || outpath == NULL || (argc == 0) != (fmt == RF_XSD))
		usage(2);
	limits_default(&lim);
	if (limits_from_env(&lim, "gkml-render") != 0 ||
	    schema_load(&s, gkml_datadir()) != 0)
		return 2;
	catset_init(&cs, &s);
	if (destination(&outpath, &outdir, fmt, zip, &dest) != 0) {
		rc = 2;
		goto done;
	}
	/* One workbook for all the jurisdictions, a sheet per area. */
	o.onefile = fmt == RF_XLSX && !zip &&
	    (dest == D_FILE || dest == D_STDOUT);
	/* The column tree to one file: the form its name says. */
	if (fmt == RF_COLUMNS && !zip && (dest == D_FILE ||
	    dest == D_STDOUT)) {
		n = strlen(outpath);
		o.only = n > 4 && strcasecmp(outpath + n - 4, ".xml") == 0 ?
		    "columns.xml" : n > 4 && strcasecmp(outpath + n - 4,
		    ".xsd") == 0 ? "columns.xsd" : "columns.csv";
	}
	if (fmt == RF_XSD) {
		xsd_write(&b, &s);
		rc = write_one(outpath, b.ptr, b.len) != 0 ? 2 : 0;
		goto done;
	}
	for (i = 0; i < (size_t)argc; i++)
		if (paths_add(&ps, argv[i]) != 0)
			rc = 2;
	if (rc == 0 && ps.n == 0) {
		fprintf(stderr, _("gkml-render: no catalogs in the paths "
		    "given\n"));
		rc = 2;
	}
	/* Replacing the output must not touch an input. */
	for (i = 0; rc == 0 && dest != D_STDOUT && i < ps.n; i++)
		if (file_within(ps.v[i], outpath)) {
			fprintf(stderr, _("gkml-render: -o %s would replace the "
			    "input %s; name another output\n"), outpath,
			    ps.v[i]);
			rc = 2;
		}
	site_init(&st, &s);
	told_init(&tl, &cs, &ps);
	/*
	 * A website is made in two passes, in memory that does not grow
	 * with the tree: the catalogs summed up, then loaded again to be
	 * rendered.  The other forms keep them all.
	 */
	/* Over a site it made before, what did not change is kept. */
	if (rc == 0 && fmt == RF_HTML && dest == D_DIR &&
	    site_reuse(&st, &o, &lim, outpath, &note) != 0 && note != NULL)
		fprintf(stderr, _("gkml-render: note: %s\n"), note);
	if (rc == 0 && fmt == RF_HTML) {
		if (site_scan(&st, &ctx, &ps, &lim, o.jobs, tell, &tl) != 0)
			rc = 2;
	} else if (rc == 0) {
		in = rinputs_load(&ps, &s, &lim, o.jobs);
		for (i = 0; i < ps.n; i++)
			tell(&tl, i, &in[i]);
	}
	if ((rc = decide(&tl, force, rc)) != 0)
		goto site;
	if (fmt == RF_HTML) {
		use = xcalloc(ps.n ? ps.n : 1, 1);
		for (i = 0; i < ps.n; i++)
			use[i] = used(&tl, i);
		site_keep(&st, use);
	} else
		for (i = 0; i < ps.n; i++)
			if (used(&tl, i)) {
				n = site_add(&st, ps.v[i], in[i].root);
				if (in[i].m != NULL)
					site_overlay(&st, n, in[i].d.root);
			}
	site_group(&st);
	switch (source_date(&t)) {
	case -1:
		rc = 2;
		goto site;
	case 1:
		strftime(date, sizeof(date), "%Y-%m-%d", gmtime(&t));
		st.date = date;
		break;
	default:
		break;
	}
	if (!zip && dest != D_DIR && dest != D_LATER && fmt != RF_XLSX &&
	    fmt != RF_COLUMNS && st.ncats > 1) {
		fprintf(stderr, _("gkml-render: -o %s is one file, and %zu "
		    "catalogs make a file each: name a directory, or use "
		    "--zip\n"), outpath, st.ncats);
		rc = 2;
		goto site;
	}
	/*
	 * The output's temporary is made before the work, so that a
	 * place that cannot be written fails at once.  A website goes
	 * into its directory page by page as it is made.
	 */
	if (dest == D_DIR) {
		if (render_dir_begin(&ctx, outpath, &tmp) != 0) {
			rc = 2;
			goto site;
		}
		out.dir = tmp;
	} else if (dest == D_FILE && afile_open(&af, outpath) != 0) {
		rc = 2;
		goto site;
	}
	if (formats[fmt].render(&st, &o, &out) != 0) {
		rc = 2;
		goto site;
	}
	rc = deliver(&out, &ctx, dest, outpath, zip, st.date, &af, &tmp);
 site:
	told(&ctx);
	afile_abort(&af);
	if (tmp != NULL) {
		tmp_remove(tmp);
		free(tmp);
	}
	site_release(&st);
	free(tl.entry);
	free(use);
 done:
	rinputs_free(in, ps.n, "gkml-render");
	catset_release(&cs);
	outputs_release(&out);
	buf_release(&b);
	schema_release(&s);
	paths_release(&ps);
	free(outdir);
	rctx_release(&ctx);
	xml_cleanup();
	if (close_stdout("gkml-render") != 0)
		rc = 2;
	return rc;
}
