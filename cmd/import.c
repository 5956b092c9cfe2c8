/* gkml-import: catalogs as published (HTML, DOCX, XLSX, CSV) into YAML. */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "buf.h"
#include "diag.h"
#include "doc.h"
#include "file.h"
#include "help.h"
#include "import.h"
#include "msg.h"
#include "rebase.h"
#include "schema.h"
#include "table.h"
#include "xmalloc.h"

static void	 usage(int) __attribute__((noreturn));

static void
usage(int rc)
{
	if (rc == 0)
		help_command(stdout, "import");
	else
		help_usage(stderr, "import");
	if (rc == 0)
		rc = close_stdout("gkml-import");
	exit(rc);
}

/* The format a file name says, or -1. */
static int
format_of(const char *s)
{
	static const struct {
		const char	*name;
		int		 f;
	} fmts[] = {
		{ "csv", TF_CSV }, { "txt", TF_CSV }, { "html", TF_HTML },
		{ "htm", TF_HTML }, { "xhtml", TF_HTML }, { "shtml", TF_HTML },
		{ "docx", TF_DOCX }, { "xlsx", TF_XLSX },
	};
	const char	*dot;
	size_t		 i;

	if ((dot = strrchr(s, '.')) == NULL || strchr(dot, '/') != NULL)
		return -1;
	for (i = 0; i < sizeof(fmts) / sizeof(fmts[0]); i++)
		if (strcasecmp(dot + 1, fmts[i].name) == 0)
			return fmts[i].f;
	return -1;
}

/* Whether out names a directory (one that is, or one to make). */
static int
out_dir(const char *out)
{
	struct stat	 st;

	return stat(out, &st) == 0 ? S_ISDIR(st.st_mode) :
	    out[strlen(out) - 1] == '/';
}

/* Where catalog i goes: its file, or for standard output its name in
 * the current directory, from which a relative 'extends' is read. */
static char *
out_path(const struct import *im, size_t i, const char *out)
{
	if (out == NULL)
		return xstrdup(im->v[i].name);
	if (!out_dir(out))
		return xstrdup(out);
	return xasprintf("%s%s%s", out, out[strlen(out) - 1] == '/' ? "" :
	    "/", im->v[i].name);
}

/*
 * The path of file from the directory of the file at, both relative to
 * the current directory (or absolute): what an 'extends' in at says to
 * name file.  NULL when either cannot be found.
 */
static char *
rel_path(const char *at, const char *file)
{
	char		*d, *from, *to, *r;
	const char	*p, *q, *slash;
	size_t		 common, i;
	struct buf	 b = BUF_INIT;

	if ((slash = strrchr(at, '/')) != NULL)
		d = xasprintf("%.*s", (int)(slash == at ? 1 : slash - at), at);
	else
		d = xstrdup(".");
	from = realpath(d, NULL);
	to = realpath(file, NULL);
	free(d);
	if (from == NULL || to == NULL) {
		free(from);
		free(to);
		return NULL;
	}
	/* The directories both are in: whole components only. */
	for (common = i = 0; from[i] != '\0' && from[i] == to[i]; i++)
		if (from[i] == '/')
			common = i;
	if (from[i] == '\0' && to[i] == '/')
		common = i;
	for (p = from + common; *p != '\0'; p++)
		if (*p == '/' && p[1] != '\0')
			buf_adds(&b, "../");
	q = to + common + (to[common] == '/');
	buf_adds(&b, q);
	r = buf_detach(&b, NULL);
	free(from);
	free(to);
	return r;
}

/*
 * Say each catalog that was an overlay (gkml-render keeps its base and
 * 'inherit' in what it writes), or all with base, as an overlay again.
 * Returns 0, 1 when one cannot be, 2 on trouble.
 */
static int
overlays(struct import *im, const char *out, const char *base,
    const char *path, const struct schema *s, const struct limits *lim,
    struct diag *dg)
{
	struct rebase	 r;
	struct buf	 b = BUF_INIT;
	struct doc	 t, inh;
	char		*p, *ext;
	size_t		 i;
	int		 rc = 0, x;

	for (i = 0; i < im->n && rc < 2; i++) {
		if (base == NULL && im->v[i].base == NULL)
			continue;
		memset(&r, 0, sizeof(r));
		p = out_path(im, i, out);
		r.path = p;
		r.where = path;
		ext = NULL;
		if (base != NULL && (ext = rel_path(p, base)) == NULL) {
			fprintf(stderr, "gkml-import: %s: %s\n", base,
			    strerror(errno));
			free(p);
			return 2;
		}
		r.extends = ext != NULL ? ext : im->v[i].base;
		memset(&inh, 0, sizeof(inh));
		if (im->v[i].inherit != NULL &&
		    doc_load_mem(&inh, path, im->v[i].inherit,
		    strlen(im->v[i].inherit), lim, dg) == 0 &&
		    inh.root->kind == NODE_MAP)
			r.inherit = inh.root;
		buf_reset(&b);
		if (doc_load_mem(&t, p, im->v[i].yaml, im->v[i].len, lim,
		    dg) != 0)
			x = -2;
		else
			x = rebase(&b, &t, &r, s, lim, dg);
		if (x == 0) {
			free(im->v[i].yaml);
			im->v[i].yaml = buf_detach(&b, &im->v[i].len);
		} else
			rc = x == -1 ? 1 : 2;
		doc_release(&t);
		doc_release(&inh);
		free(ext);
		free(p);
	}
	buf_release(&b);
	return rc;
}

/* Write the catalogs: to stdout, to one file, or into a directory. */
static int
write_out(const struct import *im, const char *out)
{
	struct stat	 st;
	char		*p;
	size_t		 i;
	int		 dir;

	if (out == NULL) {
		for (i = 0; i < im->n; i++) {
			if (i > 0)
				fputs("---\n", stdout);
			fwrite(im->v[i].yaml, 1, im->v[i].len, stdout);
		}
		return 0;
	}
	dir = out_dir(out);
	if (dir && stat(out, &st) != 0 && mkdir(out, 0777) != 0) {
		fprintf(stderr, "gkml-import: %s: %s\n", out, strerror(errno));
		return 2;
	}
	if (!dir && im->n > 1) {
		fprintf(stderr, _("gkml-import: %zu catalogs, one per table: -o "
		    "must name a directory\n"), im->n);
		return 2;
	}
	for (i = 0; i < im->n; i++) {
		p = out_path(im, i, out);
		if (write_atomic(p, im->v[i].yaml, im->v[i].len) != 0) {
			free(p);
			return 2;
		}
		free(p);
	}
	return 0;
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "area", required_argument, NULL, 'a' },
		{ "base", required_argument, NULL, 'b' },
		{ "encoding", required_argument, NULL, 'e' },
		{ "help", no_argument, NULL, 'h' },
		{ "id", required_argument, NULL, 'i' },
		{ "jurisdiction", required_argument, NULL, 'j' },
		{ "level", required_argument, NULL, 'l' },
		{ "standalone", no_argument, NULL, 'S' },
		{ "strict", no_argument, NULL, 's' },
		{ NULL, 0, NULL, 0 }
	};
	struct import_opts o;
	struct import	 im;
	struct tables	 ts;
	struct schema	 s;
	struct limits	 lim;
	struct diag	 dg, rdg;
	struct stat	 st;
	const char	*kind;
	char		*src = NULL;
	size_t		 len = 0;
	int		 fd;
	const char	*out = NULL, *enc = NULL, *path, *base = NULL;
	char		 ext[16];
	size_t		 i, uncertain = 0;
	int		 c, fmt = -1, dfmt = DIAG_TEXT, sev = SEV_WARNING;
	int		 strict = 0, standalone = 0, rc = 0, r;

	msg_init();
	memset(&o, 0, sizeof(o));
	while ((c = getopt_long(argc, argv, "f:ho:T:W:", longopts,
	    NULL)) != -1) {
		switch (c) {
		case 'T':
			if ((dfmt = diag_parse_format(optarg)) == -1) {
				fprintf(stderr, _("gkml-import: -T takes text, "
				    "json or sarif, not '%s'\n"), optarg);
				usage(2);
			}
			break;
		case 'W':
			if ((sev = diag_parse_sev(optarg)) == -1) {
				fprintf(stderr, _("gkml-import: -W takes error, "
				    "warning or note, not '%s'\n"), optarg);
				usage(2);
			}
			break;
		case 'a':
			o.area = optarg;
			break;
		case 'b':
			base = optarg;
			break;
		case 'S':
			standalone = 1;
			break;
		case 'e':
			if (strcasecmp(optarg, "gbk") != 0 &&
			    strcasecmp(optarg, "gb18030") != 0 &&
			    strcasecmp(optarg, "utf-8") != 0) {
				fprintf(stderr, _("gkml-import: --encoding takes "
				    "gbk, not '%s'\n"), optarg);
				usage(2);
			}
			enc = strcasecmp(optarg, "utf-8") == 0 ? NULL : "gbk";
			break;
		case 'f':
			snprintf(ext, sizeof(ext), ".%s", optarg);
			if ((fmt = format_of(ext)) == -1) {
				fprintf(stderr, _("gkml-import: -f takes html, "
				    "docx, xlsx or csv, not '%s'\n"), optarg);
				usage(2);
			}
			break;
		case 'h':
			usage(0);
		case 'i':
			if (strspn(optarg, "abcdefghijklmnopqrstuvwxyz"
			    "0123456789._/-") != strlen(optarg) ||
			    *optarg == '\0') {
				fprintf(stderr, _("gkml-import: --id '%s' has "
				    "characters outside [a-z0-9._/-]\n"),
				    optarg);
				usage(2);
			}
			o.idprefix = optarg;
			break;
		case 'j':
			o.jurisdiction = optarg;
			break;
		case 'l':
			o.level = optarg;
			break;
		case 'o':
			out = optarg;
			break;
		case 's':
			strict = 1;
			break;
		default:
			usage(2);
		}
	}
	argc -= optind;
	argv += optind;
	if (argc != 1)
		usage(2);
	if (base != NULL && standalone) {
		fprintf(stderr, _("gkml-import: --base and --standalone "
		    "exclude each other\n"));
		usage(2);
	}
	path = argv[0];
	if (fmt == -1 && (fmt = format_of(path)) == -1) {
		fprintf(stderr, _("gkml-import: cannot tell the format of '%s' "
		    "from its name; give -f html, docx, xlsx or csv\n"), path);
		return 2;
	}

	limits_default(&lim);
	if (limits_from_env(&lim, "gkml-import") != 0 ||
	    schema_load(&s, gkml_datadir()) != 0)
		return 2;
	/* Only gkml-import reads its word lists: the others stay quick. */
	if (import_load_words(&s, gkml_datadir()) != 0) {
		schema_release(&s);
		return 2;
	}
	if (strcmp(path, "-") == 0) {
		fd = STDIN_FILENO;
		path = "<stdin>";
	} else if ((fd = file_open(path, 0, &st, &kind)) == -1) {
		if (kind != NULL)
			fprintf(stderr, _("gkml-import: %s: is %s\n"), path,
			    kind);
		else
			fprintf(stderr, "gkml-import: %s: %s\n", path,
			    strerror(errno));
		schema_release(&s);
		return 2;
	}
	/* Every finding is counted for --strict, whatever -W shows. */
	diag_init(&dg, dfmt, sev);
	dg.out = stderr;	/* standard output holds the catalogs */
	diag_init(&rdg, dfmt, SEV_NOTE);
	tables_init(&ts);
	import_init(&im);
	if (file_slurp(fd, path, 0, lim.max_bytes, &src, &len, &rdg) != 0)
		r = -2;
	else
		r = tables_read(&ts, fmt, path, src, len, enc, &lim, &rdg);
	if (r == 0)
		r = import_tables(&im, &ts, path, &o, &s, &lim, &rdg);
	if (r == 0 && base != NULL && im.n > 1) {
		fprintf(stderr, _("gkml-import: %s: %zu catalogs; --base is "
		    "the base of one\n"), path, im.n);
		r = -2;
	} else if (r == 0 && !standalone)
		switch (overlays(&im, out, base, path, &s, &lim, &rdg)) {
		case 1:
			r = -1;
			break;
		case 2:
			r = -2;
			break;
		}
	if (im.badopt != NULL && strcmp(im.badopt, "--area") == 0)
		fprintf(stderr, _("gkml-import: --area '%s' is not an area "
		    "(or x-<slug>) of schemas/vocab.yaml\n"), o.area);
	else if (im.badopt != NULL)
		fprintf(stderr, _("gkml-import: --level '%s' is not a level "
		    "of schemas/vocab.yaml\n"), o.level);
	for (i = 0; i < rdg.n; i++) {
		if (rdg.v[i].rule >= R_IMP_HEADER &&
		    rdg.v[i].rule <= R_IMP_OMITTED &&
		    rules[rdg.v[i].rule].sev == SEV_WARNING)
			uncertain++;
		diag_again(&dg, &rdg.v[i]);
	}
	if (r == -2 || rdg.trouble)
		rc = 2;
	else if (r == -1)
		rc = 1;
	else if (strict && uncertain > 0)
		rc = 1;
	rdg.quiet = 1;
	diag_finish(&rdg, "", "");
	diag_flush(&dg);
	/* Nothing is written unless all was imported as asked. */
	if (rc == 0)
		rc = write_out(&im, out);
	diag_finish(&dg, "gkml-import", GKML_VERSION);
	import_release(&im);
	tables_release(&ts);
	schema_release(&s);
	free(src);
	if (close_stdout("gkml-import") != 0)
		rc = 2;
	return rc;
}
