/*
 * gkml-new: start the catalogs of a jurisdiction.  A county gets
 * standalone copies of the standard catalogs; a township and a village
 * get overlays of the catalogs above them, only where items reach
 * their level.  Every file is made in memory, written in canonical
 * form, and nothing is written when any file is already there.
 */
#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "buf.h"
#include "catalog.h"
#include "diag.h"
#include "doc.h"
#include "file.h"
#include "fmt.h"
#include "help.h"
#include "merge.h"
#include "msg.h"
#include "schema.h"
#include "xmalloc.h"

#define PROG	"gkml-new"
#define NAMES_MAX	256	/* catalogs of one jurisdiction (gkml-new(1)) */
#define AREAS_MAX	64	/* --area */

enum kind {
	K_COUNTY,
	K_TOWNSHIP,
	K_VILLAGE
};

struct opts {
	enum kind	 kind;
	const char	*out;
	const char	*jur;
	const char	*id;
	const char	*publisher;
	const char	*contact;
	const char	*version;
	const char	*updated;
	const char	*column;
	const char	*base;		/* --county or --township */
	char		*areas[AREAS_MAX];
	size_t		 nareas;
};

/* One file to write. */
struct plan {
	char		*path;
	char		*yaml;
	size_t		 len;
};

struct plans {
	struct plan	*v;
	size_t		 n, cap;
};

static struct schema	 s;
static struct limits	 lim;
static struct diag	 dg;
static char		*shortname;	/* of the last overlay made */

static void	 usage(int) __attribute__((noreturn));

static void
usage(int rc)
{
	if (rc == 0)
		help_command(stdout, "new");
	else
		help_usage(stderr, "new");
	if (rc == 0)
		rc = close_stdout(PROG);
	exit(rc);
}

/*
 * str with its leading name old replaced by name; str itself when it
 * does not start so.  With part, the end of old will do, two
 * characters or more: a township's title names it without its county.
 */
static const char *
rename_lead(struct doc *d, const char *str, const char *old, const char *name,
    int part)
{
	size_t	 k, n;

	if (str == NULL || old == NULL || *old == '\0')
		return str;
	n = strlen(old);
	for (k = 0; k < n && (k == 0 || part); k++) {
		/* Only whole characters: skip UTF-8 continuation bytes. */
		if (((unsigned char)old[k] & 0xc0) == 0x80)
			continue;
		if ((k == 0 || n - k >= 6) &&
		    strncmp(str, old + k, n - k) == 0)
			return arena_strfmt(&d->arena, "%s%s", name,
			    str + (n - k));
	}
	return str;
}

/* name without the leading name of the jurisdiction above it. */
static const char *
short_name(const char *name, const char *above)
{
	size_t	 n;

	if (above == NULL)
		return name;
	n = strlen(above);
	if (strncmp(name, above, n) == 0 && name[n] != '\0')
		return name + n;
	return name;
}

/* Whether an item of the resolved catalog c reaches level rank. */
static int
reaches(const struct catalog *c, int rank)
{
	struct catalog_iter	 it;
	const struct node	*lv;
	size_t			 i;

	catalog_iter_init(&it, c);
	while (catalog_next(&it) != CEV_DONE) {
		if (it.ev != CEV_ENTER || it.kind != CK_ITEM)
			continue;
		if ((lv = it.u.item->f.levels) == NULL ||
		    lv->kind != NODE_SEQ)
			continue;
		for (i = 0; i < lv->n; i++)
			if (lv->u.kids[i].kind == NODE_SCALAR &&
			    schema_level_rank(&s, lv->u.kids[i].u.s,
			    lv->u.kids[i].n) == rank)
				return 1;
	}
	return 0;
}

/*
 * Give the items' bodies of a copied catalog the new names: the old
 * publisher becomes the new one, and a body named after the old
 * jurisdiction is named after the new.
 */
static void
rename_bodies(struct doc *d, const struct catalog *c, const char *oldpub,
    const char *pub, const char *oldjur, const char *jur)
{
	struct catalog_iter	 it;
	struct node		*b;
	const char		*v;

	catalog_iter_init(&it, c);
	while (catalog_next(&it) != CEV_DONE) {
		if (it.ev != CEV_ENTER || it.kind != CK_ITEM)
			continue;
		/* The copy is ours: its nodes may change in place. */
		b = (struct node *)it.u.item->f.body;
		if (b == NULL || b->kind != NODE_SCALAR || b->n == 0)
			continue;
		if (oldpub != NULL && strcmp(b->u.s, oldpub) == 0)
			v = arena_strdup(&d->arena, pub);
		else
			v = rename_lead(d, b->u.s, oldjur, jur, 0);
		b->u.s = (char *)v;
		b->n = strlen(v);
	}
}

static void
put_str(struct doc *d, struct node *map, const char *key, const char *v,
    enum node_style st)
{
	if (v != NULL)
		node_put(d, map, key, node_scalar(d, v, st));
}

/* The label of an area for its column; the slug when it has none. */
static const char *
area_label(const char *area)
{
	const struct vocab	*v;
	const struct vmatch	*m;

	if ((v = schema_vocab(&s, "area")) != NULL &&
	    (m = vocab_find(v, area, strlen(area))) != NULL)
		return m->term->label;
	return area;
}

/*
 * Make out: the catalog of area, level and title for the jurisdiction,
 * extending extends when that is not NULL, else a copy of src's
 * categories and not-applicable entries.
 */
static void
make(struct doc *out, const struct opts *o, const char *area,
    const char *level, const char *title, const char *pub,
    const char *extends, const struct node *src)
{
	struct node	*root, *h, *inh, *lv;
	const char	*version = o->version;
	size_t		 i;

	root = node_map(out, src != NULL ? src->n / 2 + 1 : 3);
	node_put(out, root, "gkml", node_scalar(out, GKML_FORMAT,
	    STYLE_PLAIN));
	h = node_map(out, 11);
	put_str(out, h, "id", arena_strfmt(&out->arena, "%s/%s", o->id,
	    area[0] == 'x' && area[1] == '-' ? area + 2 : area), STYLE_PLAIN);
	put_str(out, h, "title", title, STYLE_PLAIN);
	put_str(out, h, "area", area, STYLE_PLAIN);
	put_str(out, h, "level", level, STYLE_PLAIN);
	put_str(out, h, "jurisdiction", o->jur, STYLE_PLAIN);
	put_str(out, h, "publisher", pub, STYLE_PLAIN);
	if (version == NULL)
		version = arena_strndup(&out->arena, o->updated, 4);
	put_str(out, h, "version", version, STYLE_DQUOTED);
	put_str(out, h, "updated", o->updated, STYLE_PLAIN);
	put_str(out, h, "contact", o->contact, STYLE_PLAIN);
	put_str(out, h, "extends", extends, STYLE_PLAIN);
	if (o->column != NULL)
		put_str(out, h, "column", arena_strfmt(&out->arena, "%s/%s",
		    o->column, area_label(area)), STYLE_PLAIN);
	node_put(out, root, "catalog", h);
	if (extends != NULL) {
		inh = node_map(out, 1);
		lv = node_seq(out, 1, STYLE_FLOW);
		node_push(lv, node_scalar(out, level, STYLE_PLAIN));
		node_put(out, inh, "levels", lv);
		node_put(out, root, "inherit", inh);
	} else
		for (i = 0; i + 1 < src->n; i += 2) {
			const struct node *k = &src->u.kids[i];

			if (k->kind != NODE_SCALAR ||
			    strcmp(k->u.s, "gkml") == 0 ||
			    strcmp(k->u.s, "catalog") == 0)
				continue;
			node_put(out, root, k->u.s, &src->u.kids[i + 1]);
		}
	out->root = root;
}

/* Add to ps the file name in dir, with the catalog out in canonical form. */
static void
plan_add(struct plans *ps, const struct opts *o, const char *name,
    struct doc *out)
{
	struct buf	 b = BUF_INIT;
	struct plan	*p;

	if (ps->n == ps->cap) {
		ps->cap = ps->cap ? ps->cap * 2 : 32;
		ps->v = xreallocarray(ps->v, ps->cap, sizeof(*ps->v));
	}
	p = &ps->v[ps->n++];
	fmt_doc(out, &s, &b);
	p->path = xasprintf("%s/%s", o->out, name);
	p->yaml = buf_detach(&b, &p->len);
}

/* The path of to, relative to the directory from; both must exist. */
static char *
relpath(const char *from, const char *to)
{
	char		*a, *b, *r;
	size_t		 i, common = 0;
	struct buf	 out = BUF_INIT;

	if ((a = realpath(from, NULL)) == NULL ||
	    (b = realpath(to, NULL)) == NULL) {
		fprintf(stderr, "%s: %s: %s\n", PROG, a == NULL ? from : to,
		    strerror(errno));
		free(a);
		return NULL;
	}
	for (i = 0; a[i] != '\0' && a[i] == b[i]; i++)
		if (a[i] == '/')
			common = i;
	if (a[i] == '\0' && b[i] == '/')
		common = i;
	for (i = common; a[i] != '\0'; i++)
		if (a[i] == '/' && (i > common || a[i + 1] != '\0'))
			buf_adds(&out, "../");
	if (strcmp(a, "/") == 0)
		common = 0;
	buf_adds(&out, b + common + 1);
	r = buf_detach(&out, NULL);
	free(a);
	free(b);
	return r;
}

/*
 * Make dir and the directories above it that are missing, as mkdir -p
 * does.  Returns how many were made (the last ones of the path), or -1
 * after saying why.
 */
static int
mkdirs(const char *dir)
{
	char	*p = xstrdup(dir), *q, c;
	int	 made = 0;

	for (q = p + 1; ; q++) {
		if (*q != '/' && *q != '\0')
			continue;
		c = *q;
		*q = '\0';
		if (mkdir(p, 0777) == 0)
			made++;
		else if (errno != EEXIST) {
			fprintf(stderr, "%s: %s: %s\n", PROG, p,
			    strerror(errno));
			free(p);
			return -1;
		}
		*q = c;
		if (c == '\0')
			break;
	}
	free(p);
	return made;
}

static int
load(struct doc *d, const char *path)
{
	int	 rc;

	rc = doc_load(d, path, &lim, &dg);
	if (rc == 0 && (schema_check_version(d, &dg) != 0 ||
	    d->root->kind != NODE_MAP))
		rc = -2;
	diag_flush(&dg);
	return rc;
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/*
 * The *.yaml files directly in dir, in byte order (below it are the
 * catalogs of the jurisdictions below, not its own).
 */
static int
list_yaml(const char *dir, char **names, size_t *n)
{
	DIR		*dp;
	struct dirent	*e;
	size_t		 l;

	*n = 0;
	if ((dp = opendir(dir)) == NULL) {
		fprintf(stderr, "%s: %s: %s\n", PROG, dir, strerror(errno));
		return -1;
	}
	while ((e = readdir(dp)) != NULL) {
		l = strlen(e->d_name);
		if (l <= 5 || e->d_name[0] == '.' ||
		    strcmp(e->d_name + l - 5, ".yaml") != 0)
			continue;
		if (*n == NAMES_MAX) {
			fprintf(stderr, _("%s: %s: more than %d catalogs\n"),
			    PROG, dir, NAMES_MAX);
			closedir(dp);
			while (*n > 0)
				free(names[--*n]);
			return -1;
		}
		names[(*n)++] = xstrdup(e->d_name);
	}
	closedir(dp);
	qsort(names, *n, sizeof(*names), cmp_str);
	return 0;
}

/*
 * Plan the standard template at path as the catalog name (its file
 * name.yaml) of kind: the template's jurisdiction renamed, its
 * publisher the one given, else pubfmt of the short name (pubfmt set),
 * else the template's renamed.  0, or 2 when it cannot be read.
 */
static int
plan_template(struct plans *ps, const struct opts *o, const char *path,
    const char *name, const char *kind, const char *pubfmt)
{
	struct doc	 src, out;
	struct arena	 a;
	struct catalog	*c;
	const char	*ojur, *opub, *pub;
	char		*file;

	if (load(&src, path) != 0) {
		doc_release(&src);
		return 2;
	}
	arena_init(&a);
	c = catalog_build(&a, src.root, &src);
	ojur = node_str(c->hdr.jurisdiction);
	opub = node_str(c->hdr.publisher);
	file = xasprintf("%s.yaml", name);
	doc_init(&out, file);
	if ((pub = o->publisher) == NULL)
		pub = pubfmt != NULL ? arena_strfmt(&out.arena, pubfmt,
		    shortname != NULL ? shortname : o->jur) :
		    rename_lead(&out, opub, ojur, o->jur, 0);
	rename_bodies(&src, c, opub, pub, ojur, o->jur);
	make(&out, o, name, kind, rename_lead(&out, node_str(c->hdr.title),
	    ojur, o->jur, 0), pub, NULL, src.root);
	plan_add(ps, o, file, &out);
	doc_release(&out);
	doc_release(&src);
	arena_release(&a);
	free(file);
	return 0;
}

static int
plan_county(struct plans *ps, const struct opts *o)
{
	char		 dir[PATH_MAX], *names[NAMES_MAX];
	size_t		 i, n = 0;
	int		 rc;

	snprintf(dir, sizeof(dir), "%s/catalogs/standard", gkml_datadir());
	if (o->nareas > 0)
		for (i = 0; i < o->nareas; i++)
			names[n++] = xasprintf("%s.yaml", o->areas[i]);
	else if (list_yaml(dir, names, &n) != 0)
		return 2;
	for (i = 0; i < n; i++) {
		char	*path = xasprintf("%s/%s", dir, names[i]);
		size_t	 l = strlen(names[i]) - 5;

		if (access(path, F_OK) != 0) {
			fprintf(stderr, _("%s: %.*s: no such standard area "
			    "(see %s)\n"), PROG, (int)l, names[i], dir);
			free(path);
			break;
		}
		names[i][l] = '\0';
		rc = plan_template(ps, o, path, names[i], "county", NULL);
		names[i][l] = '.';
		free(path);
		if (rc != 0)
			break;
		free(names[i]);
	}
	/* What was not planned, after a failure. */
	rc = i < n ? 2 : 0;
	for (; i < n; i++)
		free(names[i]);
	return rc;
}

/* Add the overlay of c (resolved), of area, that extends ext. */
static void
plan_overlay(struct plans *ps, const struct opts *o, const struct catalog *c,
    int rank, const char *area, const char *ext, const char *file,
    const char *name)
{
	struct doc	 out;
	const char	*ojur, *pub, *shrt;
	size_t		 n;

	ojur = node_str(c->hdr.jurisdiction);
	shrt = short_name(o->jur, ojur);
	free(shortname);
	shortname = xstrdup(shrt);
	doc_init(&out, file);
	n = strlen(shrt);
	if ((pub = o->publisher) == NULL)
		pub = arena_strfmt(&out.arena, "%s%s", shrt,
		    rank == 2 ? "村民委员会" : n > 6 &&
		    strcmp(shrt + n - 6, "街道") == 0 ? "办事处" :
		    "人民政府");
	make(&out, o, area, schema_level_slug(&s, rank), rename_lead(&out,
	    node_str(c->hdr.title), ojur, shrt, 1), pub, ext, NULL);
	plan_add(ps, o, name, &out);
	doc_release(&out);
}

/*
 * The overlays of a township (rank 1) or a village (rank 2): one for
 * each catalog of the directory above whose items reach the level.
 */
static int
plan_overlays(struct plans *ps, const struct opts *o, int rank)
{
	char		*names[NAMES_MAX], *file;
	size_t		 nfiles;
	struct doc	 d;
	struct merged	 m;
	struct arena	 a;
	struct catalog	*c;
	const char	*area;
	char		*ext;
	size_t		 i;
	int		 rc = 0, mrc, resolved;

	if (list_yaml(o->base, names, &nfiles) != 0)
		return 2;
	for (i = 0; i < nfiles && rc == 0; i++) {
		memset(&m, 0, sizeof(m));
		file = xasprintf("%s/%s", o->base, names[i]);
		if (load(&d, file) != 0) {
			doc_release(&d);
			free(file);
			rc = 2;
			break;
		}
		arena_init(&a);
		c = catalog_build(&a, d.root, &d);
		mrc = resolved = 0;
		if (c->hdr.extends != NULL) {
			if (rank == 1) {
				/* A county has no overlays to start from. */
				arena_release(&a);
				doc_release(&d);
				free(file);
				continue;
			}
			mrc = merge_resolve(&m, &d, &s, &lim, &dg);
			resolved = 1;
			diag_flush(&dg);
			if (mrc == 0)
				c = catalog_build(&a, m.out.root, &m.out);
		}
		if (mrc != 0)
			rc = 2;
		else if (reaches(c, rank)) {
			/* A catalog that names no area: its file does. */
			if ((area = node_str(c->hdr.area)) == NULL)
				area = arena_strndup(&a, names[i],
				    strlen(names[i]) - 5);
			if ((ext = relpath(o->out, file)) == NULL)
				rc = 2;
			else
				plan_overlay(ps, o, c, rank, area, ext, file,
				    names[i]);
			free(ext);
		}
		/* The resolved model has no 'extends': remember. */
		if (resolved)
			merge_release(&m);
		arena_release(&a);
		doc_release(&d);
		free(file);
	}
	for (i = 0; i < nfiles; i++)
		free(names[i]);
	return rc;
}

/* A village's own catalog of village affairs (村务公开). */
static int
plan_affairs(struct plans *ps, const struct opts *o)
{
	char	*path;
	int	 rc;

	path = xasprintf("%s/catalogs/standard/village/"
	    "village-affairs.yaml", gkml_datadir());
	rc = plan_template(ps, o, path, "village-affairs", "village",
	    "%s村民委员会");
	free(path);
	return rc;
}

/* Add the area of len bytes at s unless it is there: -1 when too many,
 * or not an area's name (a '/'). */
static int
add_area(struct opts *o, const char *s, size_t len)
{
	size_t	 i;

	if (memchr(s, '/', len) != NULL)
		return -1;
	for (i = 0; i < o->nareas; i++)
		if (strlen(o->areas[i]) == len &&
		    memcmp(o->areas[i], s, len) == 0)
			return 0;
	if (o->nareas == AREAS_MAX)
		return -1;
	o->areas[o->nareas++] = xstrndup(s, len);
	return 0;
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "area", required_argument, NULL, 'a' },
		{ "column", required_argument, NULL, 'C' },
		{ "contact", required_argument, NULL, 'c' },
		{ "county", required_argument, NULL, 'K' },
		{ "help", no_argument, NULL, 'h' },
		{ "id", required_argument, NULL, 'i' },
		{ "jurisdiction", required_argument, NULL, 'j' },
		{ "publisher", required_argument, NULL, 'p' },
		{ "township", required_argument, NULL, 'T' },
		{ "updated", required_argument, NULL, 'u' },
		{ "version", required_argument, NULL, 'v' },
		{ NULL, 0, NULL, 0 }
	};
	struct opts	 o;
	struct plans	 ps = { NULL, 0, 0 };
	struct stat	 st;
	char		 today[11], *p, *tok, *out;
	time_t		 now;
	struct tm	 tm;
	size_t		 i, n;
	int		 c, rc = 0, made = 0, loaded = 0;

	msg_init();
	memset(&o, 0, sizeof(o));
	while ((c = getopt_long(argc, argv, "ho:", longopts, NULL)) != -1) {
		switch (c) {
		case 'a':
			/* --area a --area b, or --area a,b: each area its
			 * own copy, freed at the end. */
			for (tok = optarg; *tok != '\0'; tok += n) {
				n = strcspn(tok, ",");
				if (n > 0 && add_area(&o, tok, n) != 0)
					usage(2);
				if (tok[n] == ',')
					n++;
			}
			break;
		case 'C':
			o.column = optarg;
			break;
		case 'c':
			o.contact = optarg;
			break;
		case 'h':
			usage(0);
		case 'i':
			o.id = optarg;
			break;
		case 'j':
			o.jur = optarg;
			break;
		case 'K':
		case 'T':
			if (o.base != NULL)
				usage(2);
			o.base = optarg;
			o.kind = c == 'K' ? K_TOWNSHIP : K_VILLAGE;
			break;
		case 'o':
			o.out = optarg;
			break;
		case 'p':
			o.publisher = optarg;
			break;
		case 'u':
			o.updated = optarg;
			break;
		case 'v':
			o.version = optarg;
			break;
		default:
			usage(2);
		}
	}
	argc -= optind;
	argv += optind;
	if (argc != 1 || o.out == NULL || o.jur == NULL || o.id == NULL ||
	    *o.out == '\0' || *o.jur == '\0' || *o.id == '\0')
		usage(2);
	/* dir/ names dir: the paths printed have one slash. */
	out = xstrdup(o.out);
	for (i = strlen(out); i > 1 && out[i - 1] == '/'; i--)
		out[i - 1] = '\0';
	o.out = out;
	if (strcmp(argv[0], "county") == 0) {
		if (o.base != NULL)
			usage(2);
		o.kind = K_COUNTY;
	} else if (strcmp(argv[0], "township") == 0) {
		if (o.kind != K_TOWNSHIP)
			usage(2);
	} else if (strcmp(argv[0], "village") == 0) {
		if (o.kind != K_VILLAGE)
			usage(2);
	} else
		usage(2);
	if (o.nareas > 0 && o.kind != K_COUNTY)
		usage(2);
	if (o.updated == NULL) {
		now = time(NULL);
		localtime_r(&now, &tm);
		strftime(today, sizeof(today), "%Y-%m-%d", &tm);
		o.updated = today;
	} else if (!schema_is_date(o.updated)) {
		fprintf(stderr, _("%s: --updated %s: not a date "
		    "(YYYY-MM-DD)\n"), PROG, o.updated);
		rc = 2;
		goto done;
	}

	limits_default(&lim);
	if (limits_from_env(&lim, PROG) != 0 ||
	    schema_load(&s, gkml_datadir()) != 0) {
		rc = 2;
		goto done;
	}
	loaded = 1;
	diag_init(&dg, DIAG_TEXT, SEV_ERROR);
	if (stat(o.out, &st) != 0) {
		if ((made = mkdirs(o.out)) < 0) {
			rc = 2;
			goto done;
		}
	} else if (!S_ISDIR(st.st_mode)) {
		fprintf(stderr, _("%s: %s: not a directory\n"), PROG, o.out);
		rc = 2;
		goto done;
	}
	if (o.kind == K_COUNTY)
		rc = plan_county(&ps, &o);
	else {
		rc = plan_overlays(&ps, &o, o.kind == K_TOWNSHIP ? 1 : 2);
		if (rc == 0 && o.kind == K_VILLAGE)
			rc = plan_affairs(&ps, &o);
	}
	if (rc == 0 && ps.n == 0) {
		fprintf(stderr, _("%s: %s: no catalog there has items at "
		    "this level\n"), PROG, o.base);
		rc = 2;
	}
	/* All or nothing: an officer's edited file is never replaced. */
	for (i = 0; rc == 0 && i < ps.n; i++)
		if (lstat(ps.v[i].path, &st) == 0) {
			fprintf(stderr, _("%s: %s: already exists; nothing "
			    "written\n"), PROG, ps.v[i].path);
			rc = 2;
		}
	for (i = 0; rc == 0 && i < ps.n; i++) {
		if (write_atomic(ps.v[i].path, ps.v[i].yaml,
		    ps.v[i].len) != 0)
			rc = 2;
		else
			printf("%s\n", ps.v[i].path);
	}
	/* Remove what was made for nothing: the deepest first. */
	if (rc != 0 && made > 0) {
		p = xstrdup(o.out);
		while (made-- > 0 && rmdir(p) == 0 &&
		    (tok = strrchr(p, '/')) != NULL)
			*tok = '\0';
		free(p);
	}
	for (i = 0; i < ps.n; i++) {
		free(ps.v[i].path);
		free(ps.v[i].yaml);
	}
	free(ps.v);
 done:
	for (i = 0; i < o.nareas; i++)
		free(o.areas[i]);
	free(out);
	if (loaded)
		schema_release(&s);
	if (rc == 0)
		rc = close_stdout(PROG);
	return rc;
}
