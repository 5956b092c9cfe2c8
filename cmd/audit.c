/*
 * gkml-audit: catalogs against what was published.  The catalogs are
 * loaded, validated and resolved as gkml-render loads them, the ledgers
 * read by ledger.c, and audit.c says what does not agree.
 */
#include <sys/stat.h>

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "arena.h"
#include "audit.h"
#include "buf.h"
#include "calendar.h"
#include "catalog.h"
#include "catset.h"
#include "diag.h"
#include "doc.h"
#include "file.h"
#include "help.h"
#include "ledger.h"
#include "merge.h"
#include "msg.h"
#include "render.h"
#include "schema.h"
#include "xmalloc.h"

enum aform {
	AT_DIAG,	/* text, JSON, SARIF or the XLSX worklist */
	AT_CSV,
	AT_HTML
};

static void	 usage(int) __attribute__((noreturn));

static void
usage(int rc)
{
	if (rc == 0)
		help_command(stdout, "audit");
	else
		help_usage(stderr, "audit");
	exit(rc);
}

static const char *
origin(void *ctx, const struct node *n)
{
	return merge_origin(ctx, n);
}

/* Today, in the machine's time zone, as a day of calendar.h. */
static long
today(void)
{
	char		 buf[11];
	struct tm	*tm;
	time_t		 t = time(NULL);
	long		 d = 0;

	if ((tm = localtime(&t)) == NULL)
		return 0;
	strftime(buf, sizeof(buf), "%Y-%m-%d", tm);
	cal_parse(buf, &d);
	return d;
}

/* Read every ledger into l: 0, 1 when one has findings, 2 trouble. */
static int
read_ledgers(struct ledger *l, char **names, size_t n, const char *enc,
    const struct limits *lim, struct diag *dg)
{
	struct stat	 st;
	const char	*kind;
	char		*p;
	size_t		 i, len;
	int		 fd, rc = 0, r;

	for (i = 0; i < n; i++) {
		if ((fd = file_open(names[i], 0, &st, &kind)) == -1) {
			if (kind != NULL)
				fprintf(stderr, _("gkml-audit: %s: is %s\n"),
				    names[i], kind);
			else
				fprintf(stderr, "gkml-audit: %s: %s\n",
				    names[i], strerror(errno));
			rc = 2;
			continue;
		}
		if (file_slurp(fd, names[i], 0, lim->max_bytes, &p, &len,
		    dg) != 0) {
			rc = 2;
			continue;
		}
		r = ledger_read(l, names[i], p, len, enc, lim, dg);
		free(p);
		if (r == -2)
			rc = 2;
		else if (r == -1 && rc == 0)
			rc = 1;
	}
	return rc;
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "as-of", required_argument, NULL, 'a' },
		{ "encoding", required_argument, NULL, 'e' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct schema	 s;
	struct limits	 lim;
	struct paths	 ps = { NULL, 0, 0 };
	struct rinput	*in = NULL;
	struct catset	 cs;
	struct site	 st;
	struct ledger	 l;
	struct audit	 au;
	struct calendar	*cal = NULL;
	struct audit_cat *cats = NULL;
	struct diag	 dg, cdg;
	struct buf	 b = BUF_INIT;
	char		**ledgers = NULL;
	const char	*enc = NULL;
	size_t		 nledgers = 0, i, k, *which = NULL;
	long		 as_of = -1;
	int		 c, fmt = DIAG_TEXT, form = AT_DIAG, sev = SEV_WARNING;
	int		 quiet = 0, rc = 0, lrc;

	msg_init();
	while ((c = getopt_long(argc, argv, "hl:qT:W:", longopts, NULL)) !=
	    -1) {
		switch (c) {
		case 'a':
			if (cal_parse(optarg, &as_of) != 0) {
				fprintf(stderr, _("gkml-audit: --as-of takes a "
				    "day as YYYY-MM-DD, not '%s'\n"), optarg);
				usage(2);
			}
			break;
		case 'e':
			enc = optarg;
			break;
		case 'h':
			usage(0);
		case 'l':
			ledgers = xreallocarray(ledgers, nledgers + 1,
			    sizeof(*ledgers));
			ledgers[nledgers++] = optarg;
			break;
		case 'q':
			quiet = 1;
			break;
		case 'T':
			form = AT_DIAG;
			if (strcmp(optarg, "csv") == 0)
				form = AT_CSV;
			else if (strcmp(optarg, "html") == 0)
				form = AT_HTML;
			else if (strcmp(optarg, "xlsx") == 0)
				fmt = DIAG_XLSX;
			else if ((fmt = diag_parse_format(optarg)) == -1) {
				fprintf(stderr, _("gkml-audit: -T takes text, "
				    "json, sarif, csv, html or xlsx, not "
				    "'%s'\n"), optarg);
				usage(2);
			}
			break;
		case 'W':
			if ((sev = diag_parse_sev(optarg)) == -1) {
				fprintf(stderr, _("gkml-audit: -W takes error, "
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
	if (argc == 0 || nledgers == 0)
		usage(2);
	if ((fmt == DIAG_XLSX || form != AT_DIAG) && !quiet &&
	    form != AT_CSV && isatty(STDOUT_FILENO)) {
		fprintf(stderr, _("gkml-audit: -T %s writes a file; send "
		    "standard output to one: > audit.%s\n"), form == AT_HTML ?
		    "html" : "xlsx", form == AT_HTML ? "html" : "xlsx");
		return 2;
	}
	if (as_of < 0)
		as_of = today();

	limits_default(&lim);
	if (limits_from_env(&lim, "gkml-audit") != 0 ||
	    schema_load(&s, gkml_datadir()) != 0)
		return 2;
	catset_init(&cs, &s);
	ledger_init(&l);
	memset(&au, 0, sizeof(au));
	/* Findings about the inputs go to stderr as text; the audit's to
	 * the output asked for. */
	diag_init(&cdg, DIAG_TEXT, SEV_ERROR);
	for (i = 0; i < (size_t)argc; i++)
		if (paths_add(&ps, argv[i]) != 0)
			rc = 2;
	if (rc == 0 && ps.n == 0) {
		fprintf(stderr, _("gkml-audit: no catalogs in the paths "
		    "given\n"));
		rc = 2;
	}
	if (rc == 0)
		in = rinputs_load(&ps, &s, &lim, 1);
	for (i = 0; rc == 0 && i < ps.n; i++) {
		diag_move(&cdg, &in[i].dg);
		diag_flush(&cdg);
		if (in[i].rc != 0 || in[i].root == NULL) {
			fprintf(stderr, _("gkml-audit: %s: could not be "
			    "loaded\n"), ps.v[i]);
			rc = 2;
		} else
			in[i].entry = catset_add(&cs, in[i].d.path, in[i].root,
			    &cdg);
	}
	if (rc == 0) {
		catset_decide(&cs, &cdg);
		diag_flush(&cdg);
		if (cs.nclash > 0) {
			fprintf(stderr, _("gkml-audit: of the files with one "
			    "catalog id, which is the current one is not "
			    "known\n"));
			rc = 2;
		}
	}
	lrc = cdg.failed;
	if (diag_finish(&cdg, "gkml-audit", GKML_VERSION) != 0)
		rc = 2;
	if (rc == 0) {
		diag_init(&cdg, DIAG_TEXT, SEV_NOTE);
		rc = read_ledgers(&l, ledgers, nledgers, enc, &lim, &cdg);
		lrc |= rc == 1;
		if (rc == 1)
			rc = 0;
		diag_flush(&cdg);
		diag_finish(&cdg, "gkml-audit", GKML_VERSION);
	}
	if (rc == 0) {
		cal = calendar_open(gkml_datadir());
		site_init(&st, &s);
		cats = xreallocarray(NULL, ps.n, sizeof(*cats));
		which = xreallocarray(NULL, ps.n, sizeof(*which));
		for (i = 0, k = 0; i < ps.n; i++) {
			if (!catset_used(&cs, in[i].entry))
				continue;
			site_add(&st, ps.v[i], in[i].root);
			which[k++] = i;
		}
		for (i = 0; i < k; i++) {
			memset(&cats[i], 0, sizeof(cats[i]));
			cats[i].c = st.cats[i].m;
			cats[i].path = ps.v[which[i]];
			if (in[which[i]].m != NULL) {
				cats[i].file_of = origin;
				cats[i].ctx = in[which[i]].m;
			}
			cats[i].id = st.cats[i].id;
			cats[i].jurisdiction = st.cats[i].jurisdiction;
			cats[i].area = st.cats[i].area;
			cats[i].area_label = st.cats[i].area_label;
		}
		audit_run(&au, cats, k, &l, cal, as_of);
		if (calendar_broken(cal))
			rc = 2;
		diag_init(&dg, fmt, sev);
		dg.quiet = quiet || form != AT_DIAG;
		for (i = 0; i < au.n; i++) {
			audit_say(&dg, &au.v[i]);
			diag_flush(&dg);
		}
		if (form == AT_CSV)
			audit_csv(&b, &au, sev);
		else if (form == AT_HTML)
			audit_html(&b, &au, sev, "政务公开标准目录落实情况检查报告");
		if (!quiet && b.len > 0)
			fwrite(b.ptr, 1, b.len, stdout);
		if (diag_finish(&dg, "gkml-audit", GKML_VERSION) != 0)
			rc = 2;
		if (rc == 0 && (dg.failed || lrc))
			rc = 1;
		site_release(&st);
	}
	audit_release(&au);
	free(cats);
	free(which);
	calendar_free(cal);
	ledger_release(&l);
	rinputs_free(in, ps.n, "gkml-audit");
	catset_release(&cs);
	buf_release(&b);
	schema_release(&s);
	paths_release(&ps);
	free(ledgers);
	if (close_stdout("gkml-audit") != 0)
		rc = 2;
	return rc;
}
