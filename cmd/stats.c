/* gkml-stats: coverage audit over a tree of catalogs. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "buf.h"
#include "catset.h"
#include "diag.h"
#include "doc.h"
#include "file.h"
#include "help.h"
#include "merge.h"
#include "msg.h"
#include "schema.h"
#include "stats.h"
#include "xmalloc.h"

static void	 usage(int) __attribute__((noreturn));
static int	 audit_date(char *, size_t);

static void
usage(int rc)
{
	if (rc == 0)
		help_command(stdout, "stats");
	else
		help_usage(stderr, "stats");
	if (rc == 0)
		rc = close_stdout("gkml-stats");
	exit(rc);
}

/*
 * The date of the audit when --date does not give it: that of
 * SOURCE_DATE_EPOCH (UTC), else today's (local time), as YYYY-MM-DD.
 */
static int
audit_date(char *p, size_t size)
{
	const char	*e;
	char		*end;
	long long	 v;
	time_t		 t;
	struct tm	*tm;

	if ((e = getenv("SOURCE_DATE_EPOCH")) != NULL && *e != '\0') {
		errno = 0;
		v = strtoll(e, &end, 10);
		if (errno != 0 || *end != '\0' || v < 315532800 ||
		    v > 4102444799) {
			fprintf(stderr, _("gkml-stats: SOURCE_DATE_EPOCH '%s' is "
			    "not a time between 1980 and 2099\n"), e);
			return -1;
		}
		t = (time_t)v;
		tm = gmtime(&t);
	} else {
		t = time(NULL);
		tm = localtime(&t);
	}
	if (tm == NULL || strftime(p, size, "%Y-%m-%d", tm) == 0) {
		fprintf(stderr, _("gkml-stats: the date of the audit is not "
		    "known\n"));
		return -1;
	}
	return 0;
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "date", required_argument, NULL, 'd' },
		{ "expect-areas", required_argument, NULL, 'e' },
		{ "help", no_argument, NULL, 'h' },
		{ "require-complete", no_argument, NULL, 'r' },
		{ "stale-before", required_argument, NULL, 's' },
		{ NULL, 0, NULL, 0 }
	};
	struct schema	 s;
	struct diag	 dg;
	struct limits	 lim;
	struct stats	 st;
	struct catset	 cs, gs;
	const struct skind *k;
	struct paths	 ps = { NULL, 0, 0 };
	struct merged	 m;
	struct doc	 d;
	struct buf	 out = BUF_INIT;
	const char	*expect = "standard", *stale = NULL, *miss[1];
	const char	*date = NULL;
	char		 today[32], *dir;
	enum stats_format fmt = SF_TEXT;
	size_t		 i;
	int		 c, rc = 0, complete = 0;

	msg_init();
	while ((c = getopt_long(argc, argv, "hT:", longopts, NULL)) != -1) {
		switch (c) {
		case 'T':
			if (strcmp(optarg, "text") == 0)
				fmt = SF_TEXT;
			else if (strcmp(optarg, "json") == 0)
				fmt = SF_JSON;
			else if (strcmp(optarg, "csv") == 0)
				fmt = SF_CSV;
			else if (strcmp(optarg, "html") == 0)
				fmt = SF_HTML;
			else {
				fprintf(stderr, _("gkml-stats: -T takes text, json, "
				    "csv or html, not '%s'\n"), optarg);
				usage(2);
			}
			break;
		case 'd':
			if (!schema_is_date(optarg)) {
				fprintf(stderr, _("gkml-stats: --date takes a "
				    "date, YYYY-MM-DD, not '%s'\n"), optarg);
				usage(2);
			}
			date = optarg;
			break;
		case 'e':
			expect = optarg;
			break;
		case 'h':
			usage(0);
		case 'r':
			complete = 1;
			break;
		case 's':
			if (!schema_is_date(optarg)) {
				fprintf(stderr, _("gkml-stats: --stale-before "
				    "takes a date, YYYY-MM-DD, not '%s'\n"),
				    optarg);
				usage(2);
			}
			stale = optarg;
			break;
		default:
			usage(2);
		}
	}
	argc -= optind;
	argv += optind;
	if (argc == 0)
		usage(2);

	limits_default(&lim);
	/* Only the page says when; a bad SOURCE_DATE_EPOCH is trouble
	 * only where it would be used. */
	if (fmt == SF_HTML && date == NULL) {
		if (audit_date(today, sizeof(today)) != 0)
			return 2;
		date = today;
	}
	if (limits_from_env(&lim, "gkml-stats") != 0 ||
	    schema_load(&s, gkml_datadir()) != 0)
		return 2;
	stats_init(&st, &s);
	catset_init(&cs, &s);
	catset_init(&gs, &s);
	st.stale = stale;
	st.date = date;
	st.version = GKML_VERSION;
	st.inputs = argv;
	st.ninputs = (size_t)argc;
	diag_init(&dg, DIAG_TEXT, SEV_ERROR);
	/* A list that is not one of areas gives no answer worth having. */
	if (stats_expect(&st, expect, &lim, &dg) != 0) {
		diag_flush(&dg);
		rc = 2;
		goto done;
	}
	for (i = 0; i < (size_t)argc; i++)
		if (paths_add(&ps, argv[i]) != 0)
			rc = 2;
	/* Each catalog as it is published: an overlay resolved. */
	for (i = 0; i < ps.n; i++) {
		memset(&m, 0, sizeof(m));
		if (doc_load(&d, ps.v[i], &lim, &dg) != 0 ||
		    merge_resolve(&m, &d, &s, &lim, &dg) != 0)
			rc = 2;
		else if ((k = schema_kind_of(&s, m.out.root)) == NULL) {
			stats_add(&st, ps.v[i], &m.out);
			catset_add(&cs, ps.v[i], m.out.root, &dg);
		} else if (strcmp(k->name, "guide") == 0) {
			/* Services are counted apart: they cover no area. */
			stats_add_guide(&st, ps.v[i], &m.out);
			catset_add(&gs, ps.v[i], m.out.root, &dg);
		}
		diag_flush(&dg);
		merge_release(&m);
		doc_release(&d);
	}
	/* Of files with one catalog id and no newer, none is counted. */
	catset_decide(&cs, &dg);
	catset_decide(&gs, &dg);
	if (cs.nclash > 0 || gs.nclash > 0) {
		fprintf(stderr, _("gkml-stats: of the files with one catalog id, "
		    "which to count is not known\n"));
		rc = 2;
		goto done;
	}
	stats_group(&st, &cs);
	stats_group_guides(&st, &gs);
	/* A township or village without its county: the templates. */
	dir = xasprintf("%s/catalogs/standard", gkml_datadir());
	c = stats_derive(&st, dir, &lim, &dg);
	free(dir);
	if (c != 0) {
		diag_flush(&dg);
		fprintf(stderr, _("gkml-stats: the standard templates, which "
		    "say what a township or village without its county is "
		    "expected to cover, could not be loaded\n"));
		rc = 2;
		goto done;
	}
	stats_print(&out, &st, fmt);
	fwrite(out.ptr, 1, out.len, stdout);
	if (rc == 0 && complete)
		for (i = 0; i < st.njurs; i++)
			if (stats_missing(&st, &st.jurs[i], miss, 1) > 0)
				rc = 1;
 done:
	diag_finish(&dg, "gkml-stats", GKML_VERSION);
	buf_release(&out);
	catset_release(&cs);
	catset_release(&gs);
	stats_release(&st);
	schema_release(&s);
	paths_release(&ps);
	if (close_stdout("gkml-stats") != 0)
		rc = 2;
	return rc;
}
