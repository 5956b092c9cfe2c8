/* gkml-validate: check catalogs against the schema and domain rules. */
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
#include "schema.h"
#include "validate.h"

static void	 usage(int) __attribute__((noreturn));

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

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct schema	 s;
	struct validator v;
	struct diag	 dg;
	struct limits	 lim;
	struct paths	 ps = { NULL, 0, 0 };
	struct doc	 d;
	struct catset	 cs;
	struct merged	 m;
	int		 c, fmt = DIAG_TEXT, sev = SEV_ERROR, quiet = 0, rc = 0;
	int		 lrc;
	size_t		 i;

	msg_init();
	while ((c = getopt_long(argc, argv, "hqs:T:W:", longopts, NULL)) != -1) {
		switch (c) {
		case 'h':
			usage(0);
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
	validator_init(&v, &s, &dg);
	catset_init(&cs, &s);
	for (i = 0; i < (size_t)argc; i++)
		if (paths_add(&ps, argv[i]) != 0)
			rc = 2;
	for (i = 0; i < ps.n; i++) {
		lrc = doc_load(&d, ps.v[i], &lim, &dg);
		if (lrc == -2)
			rc = 2;
		else if (lrc == 0) {
			validate_doc(&v, &d);
			memset(&m, 0, sizeof(m));
			if (validate_overlay(&d, &s, &lim, &dg, &m) != 0)
				rc = 2;
			/* The catalog it stands for, with the others. */
			catset_add(&cs, d.path, m.out.root != NULL ?
			    m.out.root : d.root, &dg);
			merge_release(&m);
		}
		diag_flush(&dg);
		doc_release(&d);
	}
	catset_decide(&cs, &dg);
	catset_release(&cs);
	if (diag_finish(&dg, "gkml-validate", GKML_VERSION) != 0)
		rc = 2;
	if (rc == 0 && dg.trouble)
		rc = 2;
	if (rc == 0 && dg.failed)
		rc = 1;
	validator_release(&v);
	schema_release(&s);
	paths_release(&ps);
	if (close_stdout("gkml-validate") != 0)
		rc = 2;
	return rc;
}
