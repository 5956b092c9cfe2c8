/* gkml-validate: check catalogs against the schema and domain rules. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "catset.h"
#include "diag.h"
#include "doc.h"
#include "file.h"
#include "help.h"
#include "merge.h"
#include "msg.h"
#include "par.h"
#include "power.h"
#include "schema.h"
#include "validate.h"
#include "xmalloc.h"

/*
 * Files are loaded and checked on several threads, WINDOW of them at
 * most ahead of the one whose findings are printed, in the order
 * named: the output is the same whatever the number of threads, and
 * what is held does not grow with the number of files.
 */
#define WINDOW(jobs)	(4 * (size_t)(jobs))

/* One file, loaded and checked alone. */
struct vfile {
	struct doc	 d;
	struct diag	 dg;		/* its findings, until printed */
	struct merged	 m;		/* the catalog, if an overlay */
	struct buf	 err;		/* what doc_load() would print */
	int		 lrc;		/* doc_load() */
	int		 orc;		/* validate_overlay() */
};

/* What the threads share. */
struct run {
	const struct paths	*ps;
	const struct schema	*s;
	const struct limits	*lim;
	struct vfile		*v;	/* WINDOW slots */
	size_t			 window;
	int			 fmt, sev;
	struct diag		*dg;	/* the output */
	struct catset		*cs;
	struct powerset		*pw;
	int			 rc;
};

static void	 usage(int) __attribute__((noreturn));
static void	 check(void *, size_t);
static void	 report(void *, size_t);

static void
usage(int rc)
{
	if (rc == 0)
		help_command(stdout, "validate");
	else
		help_usage(stderr, "validate");
	if (rc == 0)
		rc = close_stdout("gkml-validate");
	exit(rc);
}

/* Load and check file i, into its slot. */
static void
check(void *ctx, size_t i)
{
	struct run	*r = ctx;
	struct vfile	*f = &r->v[i % r->window];
	struct validator v;

	memset(f, 0, sizeof(*f));
	diag_init(&f->dg, r->fmt, r->sev);
	buf_init(&f->err, 0);
	f->lrc = doc_load_err(&f->d, r->ps->v[i], r->lim, &f->dg, &f->err);
	if (f->lrc != 0)
		return;
	validator_init(&v, r->s, &f->dg);
	validate_doc(&v, &f->d);
	validator_release(&v);
	f->orc = validate_overlay(&f->d, r->s, r->lim, &f->dg, &f->m);
}

/* Print file i's findings, and put its catalog with the others. */
static void
report(void *ctx, size_t i)
{
	struct run	*r = ctx;
	struct vfile	*f = &r->v[i % r->window];

	fflush(r->dg->out);
	fputs(f->err.ptr, stderr);
	diag_move(r->dg, &f->dg);
	if (f->lrc == -2)
		r->rc = 2;
	else if (f->lrc == 0) {
		if (f->orc != 0)
			r->rc = 2;
		/* The catalog it stands for, with the others. */
		catset_add(r->cs, f->d.path, f->m.out.root != NULL ?
		    f->m.out.root : f->d.root, r->dg);
		powerset_add(r->pw, f->d.path, f->m.out.root != NULL ?
		    f->m.out.root : f->d.root);
	}
	merge_release(&f->m);
	diag_flush(r->dg);
	doc_release(&f->d);
	buf_release(&f->err);
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct schema	 s;
	struct diag	 dg;
	struct limits	 lim;
	struct paths	 ps = { NULL, 0, 0 };
	struct catset	 cs;
	struct powerset	 pw;
	struct run	 r;
	char		*end;
	long		 jobs;
	int		 c, fmt = DIAG_TEXT, sev = SEV_ERROR, quiet = 0, rc = 0;
	size_t		 i;

	msg_init();
	jobs = sysconf(_SC_NPROCESSORS_ONLN);
	jobs = jobs < 1 ? 1 : jobs > 64 ? 64 : jobs;
	while ((c = getopt_long(argc, argv, "hj:qs:T:W:", longopts,
	    NULL)) != -1) {
		switch (c) {
		case 'h':
			usage(0);
		case 'j':
			errno = 0;
			jobs = strtol(optarg, &end, 10);
			if (errno != 0 || *end != '\0' || jobs < 1 ||
			    jobs > 64) {
				fprintf(stderr, _("gkml-validate: -j takes a "
				    "number from 1 to 64, not '%s'\n"), optarg);
				usage(2);
			}
			break;
		case 'q':
			quiet = 1;
			break;
		case 's':
			if (diag_set_sev(optarg) != 0) {
				fprintf(stderr, _("gkml-validate: -s takes "
				    "RULE=error, warning or note, RULE a rule "
				    "that is not an error, not '%s'\n"), optarg);
				usage(2);
			}
			break;
		case 'T':
			if (strcmp(optarg, "xlsx") == 0)
				fmt = DIAG_XLSX;
			else if ((fmt = diag_parse_format(optarg)) == -1) {
				fprintf(stderr, _("gkml-validate: -T takes text, "
				    "json, sarif or xlsx, not '%s'\n"), optarg);
				usage(2);
			}
			break;
		case 'W':
			if ((sev = diag_parse_sev(optarg)) == -1) {
				fprintf(stderr, _("gkml-validate: -W takes error, "
				    "warning or note, not '%s'\n"), optarg);
				usage(2);
			}
			break;
		default:
			usage(2);
		}
	}
	argc -= optind;
	argv += optind;
	if (argc == 0)
		usage(2);
	if (fmt == DIAG_XLSX && !quiet && isatty(STDOUT_FILENO)) {
		fprintf(stderr, _("gkml-validate: -T xlsx writes a workbook; "
		    "send standard output to a file: > findings.xlsx\n"));
		return 2;
	}

	limits_default(&lim);
	if (limits_from_env(&lim, "gkml-validate") != 0 ||
	    schema_load(&s, gkml_datadir()) != 0)
		return 2;
	diag_init(&dg, fmt, sev);
	dg.quiet = quiet;
	catset_init(&cs, &s);
	powerset_init(&pw, &s);
	for (i = 0; i < (size_t)argc; i++)
		if (paths_add(&ps, argv[i]) != 0)
			rc = 2;
	memset(&r, 0, sizeof(r));
	r.ps = &ps;
	r.s = &s;
	r.lim = &lim;
	r.window = WINDOW(jobs);
	r.v = xcalloc(r.window, sizeof(*r.v));
	r.fmt = fmt;
	r.sev = sev;
	r.dg = &dg;
	r.cs = &cs;
	r.pw = &pw;
	par_ordered(ps.n, (int)jobs, r.window, check, report, &r);
	free(r.v);
	if (r.rc != 0)
		rc = r.rc;
	catset_decide(&cs, &dg);
	catset_release(&cs);
	/* Power lists and what cites them, across the files. */
	powerset_check(&pw, &dg);
	diag_flush(&dg);
	powerset_release(&pw);
	if (diag_finish(&dg, "gkml-validate", GKML_VERSION) != 0)
		rc = 2;
	if (rc == 0 && dg.trouble)
		rc = 2;
	if (rc == 0 && dg.failed)
		rc = 1;
	schema_release(&s);
	paths_release(&ps);
	if (close_stdout("gkml-validate") != 0)
		rc = 2;
	return rc;
}
