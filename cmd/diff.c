/* gkml-diff: what changed between two versions of a catalog. */
#include <sys/stat.h>

#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "catalog.h"
#include "catset.h"
#include "diag.h"
#include "diff.h"
#include "diffout.h"
#include "doc.h"
#include "file.h"
#include "help.h"
#include "merge.h"
#include "msg.h"
#include "schema.h"
#include "sha256.h"
#include "xmalloc.h"

/* One side: a file, or every catalog in a directory. */
struct side {
	struct paths	 ps;
	struct doc	*docs;		/* as written */
	struct merged	*merged;	/* overlays, resolved */
	struct doc	**use;		/* what is compared */
	size_t		 n;
	int		 dir;
	struct catset	 cs;		/* a directory's catalogs */
	size_t		*entry;		/* each one's in cs, or SIZE_MAX */
};

static void	 usage(int) __attribute__((noreturn));

static void
usage(int rc)
{
	if (rc == 0)
		help_command(stdout, "diff");
	else
		help_usage(stderr, "diff");
	if (rc == 0)
		rc = close_stdout("gkml-diff");
	exit(rc);
}

static const char *
catalog_id(const struct doc *d)
{
	struct catalog_header	 h;
	const struct node	*id;

	catalog_read_header(&h, d->root, NULL);
	id = h.id;
	return id != NULL && id->kind == NODE_SCALAR ? id->u.s : d->path;
}

/*
 * Load one side; /dev/null (what git passes for a file that does not
 * exist on that side) is an empty side.  Returns 0, or 2 on trouble.
 */
static int
load_side(struct side *sd, const char *path, struct diff_input *in,
    const struct schema *s, int raw, int digest, const struct limits *lim,
    struct diag *dg)
{
	struct sha256	 all, one;
	struct stat	 st;
	struct diag	 sdg;
	struct doc	*d;
	struct catalog_header h;
	const struct node *ext;
	char		 hex[65];
	size_t		 i;
	int		 rc = 0;

	memset(sd, 0, sizeof(*sd));
	catset_init(&sd->cs, s);
	in->path = path;
	sha256_init(&all);
	if (strcmp(path, "/dev/null") == 0) {
		sha256_hex(&all, in->sha256);
		return 0;
	}
	sd->dir = stat(path, &st) == 0 && S_ISDIR(st.st_mode);
	if (paths_add(&sd->ps, path) != 0)
		return 2;
	sd->docs = xcalloc(sd->ps.n, sizeof(*sd->docs));
	sd->merged = xcalloc(sd->ps.n, sizeof(*sd->merged));
	sd->use = xcalloc(sd->ps.n, sizeof(*sd->use));
	sd->entry = xcalloc(sd->ps.n, sizeof(*sd->entry));
	for (i = 0; i < sd->ps.n; i++) {
		d = &sd->docs[sd->n];
		/* A key written twice has two readings, and a tag is not
		 * in the tree: nothing to compare. */
		if (doc_load(d, sd->ps.v[i], lim, dg) != 0 ||
		    merge_check(d, dg, 1) != 0)
			rc = 2;
		else {
			/* merge_check() saw a 'catalog' mapping. */
			catalog_read_header(&h, d->root, NULL);
			if (sd->dir && h.id == NULL) {
				/* In a directory, catalogs are paired by id. */
				diag_add(dg, d->path, h.node->line,
				    h.node->col, R_MISSING_KEY, NULL, NULL,
				    "catalog has no 'id'");
				rc = 2;
			}
		}
		diag_flush(dg);
		/*
		 * An overlay is compared as the catalog it stands for,
		 * unless --raw asks for the file as written.
		 */
		sd->use[sd->n] = d;
		if (rc == 0 && !raw && d->root != NULL &&
		    (ext = h.extends) != NULL && !node_is_null(ext)) {
			if (merge_resolve(&sd->merged[sd->n], d, s, lim,
			    dg) != 0) {
				merge_release(&sd->merged[sd->n]);
				rc = 2;
			} else
				sd->use[sd->n] = &sd->merged[sd->n].out;
		}
		/* Of versions of one catalog, the newer is compared. */
		sd->entry[sd->n] = SIZE_MAX;
		if (sd->dir && sd->use[sd->n]->root != NULL)
			sd->entry[sd->n] = catset_add(&sd->cs, d->path,
			    sd->use[sd->n]->root, dg);
		/* The report names its inputs by their bytes. */
		if (digest && sd->dir) {
			sha256_init(&one);
			sha256_update(&one, d->src, d->len);
			sha256_hex(&one, hex);
			sha256_update(&all, hex, 64);
			sha256_update(&all, "  ", 2);
			sha256_update(&all, sd->ps.v[i] + strlen(path) + 1,
			    strlen(sd->ps.v[i] + strlen(path) + 1));
			sha256_update(&all, "\n", 1);
		} else if (digest) {
			sha256_update(&all, d->src, d->len);
			sha256_hex(&all, in->sha256);
		}
		sd->n++;
	}
	if (sd->dir && digest)
		sha256_hex(&all, in->sha256);
	/* Which one is compared is said; an id that pairs none is trouble. */
	diag_init(&sdg, DIAG_TEXT, SEV_NOTE);
	catset_decide(&sd->cs, &sdg);
	diag_finish(&sdg, "gkml-diff", GKML_VERSION);
	if (sd->cs.nclash > 0)
		rc = 2;
	return rc;
}

static void
release_side(struct side *sd)
{
	size_t	 i;

	for (i = 0; i < sd->n; i++) {
		doc_release(&sd->docs[i]);
		if (sd->use[i] != &sd->docs[i])
			merge_release(&sd->merged[i]);
	}
	free(sd->docs);
	free(sd->merged);
	free(sd->use);
	free(sd->entry);
	catset_release(&sd->cs);
	paths_release(&sd->ps);
}

/*
 * Each --ignore names a field of a catalog, category, item or
 * not-applicable entry, bare or qualified ("catalog.updated"), or an
 * extension.  Returns 0, or 2 after saying what is wrong.
 */
static int
check_ignore(const struct schema *s, const struct diff_opts *opts)
{
	static const char *const scopes[] = { "catalog", "category", "item",
	    "not-applicable" };
	static const char *const qual[] = { "catalog", "categories", "items",
	    "not-applicable" };
	const struct stype	*t;
	const char		*f, *best = NULL, *dot;
	size_t			 i, j, k, d, bestd = 3;
	int			 found;

	for (i = 0; i < opts->nignore; i++) {
		f = opts->ignore[i];
		if ((dot = strchr(f, '.')) != NULL)
			f = dot + 1;
		found = strncmp(f, "x-", 2) == 0;
		for (j = 0; j < 4 && !found; j++) {
			if (dot != NULL && (strlen(qual[j]) != (size_t)(dot -
			    opts->ignore[i]) || strncmp(qual[j],
			    opts->ignore[i], strlen(qual[j])) != 0))
				continue;
			for (k = 0, t = NULL; k < s->ntypes; k++)
				if (strcmp(s->types[k].name, scopes[j]) == 0)
					t = &s->types[k];
			if (t == NULL)
				continue;
			if (stype_key(t, f, strlen(f)) != NULL)
				found = 1;
			for (k = 0; k < t->nkeys && !found; k++)
				if ((d = edit_distance(f, t->keys[k].name,
				    2)) < bestd) {
					bestd = d;
					best = t->keys[k].name;
				}
		}
		if (found)
			continue;
		if (best != NULL)
			fprintf(stderr, _("gkml-diff: --ignore: no field '%s'; "
			    "did you mean '%s'?\n"), opts->ignore[i], best);
		else
			fprintf(stderr, _("gkml-diff: --ignore: no field '%s'\n"),
			    opts->ignore[i]);
		return 2;
	}
	return 0;
}

static int
cmp_doc(const void *a, const void *b)
{
	return strcmp(catalog_id(*(struct doc *const *)a),
	    catalog_id(*(struct doc *const *)b));
}

/* Doc k of a side is compared: no newer version of it is there. */
static int
used(const struct side *sd, size_t k)
{
	return sd->entry[k] == SIZE_MAX || catset_used(&sd->cs, sd->entry[k]);
}

/* The documents of a side that are compared; *n says how many. */
static struct doc **
compared(const struct side *sd, size_t *n)
{
	struct doc	**v;
	size_t		 k;

	v = xcalloc(sd->n + 1, sizeof(*v));
	for (k = *n = 0; k < sd->n; k++)
		if (used(sd, k))
			v[(*n)++] = sd->use[k];
	return v;
}

/* Pair the catalogs of two sides by catalog id and diff each pair. */
static void
diff_sides(struct diff *df, const struct schema *s, struct side *a,
    struct side *b, const struct diff_opts *opts)
{
	struct doc	**va, **vb;
	size_t		 i = 0, j = 0, na, nb;
	int		 c;

	/* Two files are the two versions, whatever their ids say. */
	if (!a->dir && !b->dir && a->n == 1 && b->n == 1) {
		diff_docs(df, s, a->use[0], b->use[0], opts);
		return;
	}
	va = compared(a, &na);
	vb = compared(b, &nb);
	qsort(va, na, sizeof(*va), cmp_doc);
	qsort(vb, nb, sizeof(*vb), cmp_doc);
	while (i < na || j < nb) {
		c = i == na ? 1 : j == nb ? -1 :
		    strcmp(catalog_id(va[i]), catalog_id(vb[j]));
		if (c < 0)
			diff_catalog(df, CH_CATALOG_REMOVED, va[i++]);
		else if (c > 0)
			diff_catalog(df, CH_CATALOG_ADDED, vb[j++]);
		else
			diff_docs(df, s, va[i++], vb[j++], opts);
	}
	free(va);
	free(vb);
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "brief", no_argument, NULL, 'b' },
		{ "git", no_argument, NULL, 'g' },
		{ "help", no_argument, NULL, 'h' },
		{ "ignore", required_argument, NULL, 'i' },
		{ "order", no_argument, NULL, 'o' },
		{ "raw", no_argument, NULL, 'r' },
		{ NULL, 0, NULL, 0 }
	};
	struct schema	 s;
	struct diag	 dg;
	struct limits	 lim;
	struct side	 a, b;
	struct diff	 df;
	struct diff_opts opts;
	struct diff_meta meta;
	struct buf	 out = BUF_INIT;
	const char	*oldp, *newp, *env;
	int		 c, fmt = DF_TEXT, brief = 0, git = 0, raw = 0, rc;
	int		 oneline = 0, digest;

	msg_init();
	memset(&opts, 0, sizeof(opts));
	while ((c = getopt_long(argc, argv, "hO:T:", longopts, NULL)) != -1) {
		switch (c) {
		case 'O':
			if (strcmp(optarg, "oneline") != 0) {
				fprintf(stderr, _("gkml-diff: -O takes oneline, "
				    "not '%s'\n"), optarg);
				usage(2);
			}
			oneline = 1;
			break;
		case 'T':
			if ((fmt = diff_parse_format(optarg)) == -1) {
				fprintf(stderr, _("gkml-diff: -T takes text, json, "
				    "html, tsv or notice, not '%s'\n"), optarg);
				usage(2);
			}
			break;
		case 'b':
			brief = 1;
			break;
		case 'g':
			git = 1;
			break;
		case 'h':
			usage(0);
		case 'i':
			opts.ignore = xreallocarray(opts.ignore,
			    opts.nignore + 1, sizeof(*opts.ignore));
			opts.ignore[opts.nignore++] = optarg;
			break;
		case 'o':
			opts.order = 1;
			break;
		case 'r':
			raw = 1;
			break;
		default:
			usage(2);
		}
	}
	argc -= optind;
	argv += optind;
	/* The one-line form is a form of the notice. */
	if (oneline && fmt != DF_NOTICE) {
		fprintf(stderr, _("gkml-diff: -O oneline needs -T notice\n"));
		usage(2);
	}
	/* git: path old-file old-hex old-mode new-file new-hex new-mode */
	if (git && argc == 7) {
		oldp = argv[1];
		newp = argv[4];
	} else if (!git && argc == 2) {
		oldp = argv[0];
		newp = argv[1];
	} else
		usage(2);

	limits_default(&lim);
	if (limits_from_env(&lim, "gkml-diff") != 0 ||
	    schema_load(&s, gkml_datadir()) != 0)
		return 2;
	if (check_ignore(&s, &opts) != 0) {
		schema_release(&s);
		free(opts.ignore);
		return 2;
	}
	diag_init(&dg, DIAG_TEXT, SEV_ERROR);
	memset(&meta, 0, sizeof(meta));
	/* Hashing 200,000 items' bytes takes a sixth of the run: done
	 * only for a report that prints the digests. */
	digest = !brief && fmt != DF_TEXT && fmt != DF_TSV &&
	    fmt != DF_NOTICE;
	rc = load_side(&a, oldp, &meta.old, &s, raw, digest, &lim, &dg);
	if (load_side(&b, newp, &meta.new, &s, raw, digest, &lim, &dg) != 0)
		rc = 2;
	if (rc == 0 && a.n > 0 && b.n > 0 && a.dir != b.dir) {
		fprintf(stderr, _("gkml-diff: compare two files or two "
		    "directories, not one of each\n"));
		rc = 2;
	}
	diff_init(&df);
	if (rc == 0) {
		if (git) {
			meta.old.path = xasprintf("a/%s", argv[0]);
			meta.new.path = xasprintf("b/%s", argv[0]);
		}
		diff_sides(&df, &s, &a, &b, &opts);
		meta.version = GKML_VERSION;
		meta.dirs = a.dir || b.dir;
		meta.color = fmt == DF_TEXT && isatty(STDOUT_FILENO) &&
		    ((env = getenv("NO_COLOR")) == NULL || *env == '\0');
		meta.schema = &s;
		meta.olddocs = compared(&a, &meta.nold);
		meta.newdocs = compared(&b, &meta.nnew);
		meta.oneline = oneline;
		if (brief) {
			if (df.n > 0)
				printf(_("%s and %s differ\n"), meta.old.path,
				    meta.new.path);
		} else if (df.n > 0 || fmt != DF_TEXT) {
			diff_print(&out, &df, fmt, &meta);
			fwrite(out.ptr, 1, out.len, stdout);
		}
		rc = df.n > 0 && !git ? 1 : 0;
		free(meta.olddocs);
		free(meta.newdocs);
		if (git) {
			free((char *)meta.old.path);
			free((char *)meta.new.path);
		}
	}
	diag_finish(&dg, "gkml-diff", GKML_VERSION);
	diff_release(&df);
	buf_release(&out);
	release_side(&a);
	release_side(&b);
	schema_release(&s);
	free(opts.ignore);
	if (close_stdout("gkml-diff") != 0)
		rc = 2;
	return rc;
}
