/* gkml-merge: resolve an overlay into the catalog it stands for. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "diag.h"
#include "doc.h"
#include "file.h"
#include "fmt.h"
#include "help.h"
#include "merge.h"
#include "msg.h"
#include "schema.h"

static void	 usage(int) __attribute__((noreturn));

/* The mapping a rebuilt item stands for, so its comments follow. */
static const struct node *
was(void *ctx, const struct node *n)
{
	return merge_was(ctx, n);
}

/* "file:line" of the layer that set a value, for --provenance. */
static const char *
origin(void *ctx, const struct node *n)
{
	static char	 buf[1024];
	const char	*file;

	/* What the merge built: a merged value says so; the lists and
	 * mappings that only hold the catalog together say nothing. */
	if ((file = merge_origin(ctx, n)) == NULL)
		return n->kind == NODE_SCALAR || n->style == STYLE_FLOW ?
		    "merged" : NULL;
	snprintf(buf, sizeof(buf), "%s:%u", file, n->line);
	return buf;
}

static void
usage(int rc)
{
	if (rc == 0)
		help_command(stdout, "merge");
	else
		help_usage(stderr, "merge");
	if (rc == 0)
		rc = close_stdout("gkml-merge");
	exit(rc);
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "git", no_argument, NULL, 'g' },
		{ "help", no_argument, NULL, 'h' },
		{ "provenance", no_argument, NULL, 'p' },
		{ NULL, 0, NULL, 0 }
	};
	struct schema	 s;
	struct diag	 dg;
	struct limits	 lim;
	struct merged	 m;
	struct doc	 top;
	struct buf	 out = BUF_INIT;
	const char	*outp = NULL;
	struct doc	*layers[MERGE_MAXLAYERS];
	struct fmt_opts	 fo;
	size_t		 nconflicts = 0, i;
	int		 c, rc, three = 0, git = 0, prov = 0, json = 0;

	msg_init();
	while ((c = getopt_long(argc, argv, "3ho:T:", longopts, NULL)) != -1) {
		switch (c) {
		case '3':
			three = 1;
			break;
		case 'g':
			git = 1;
			break;
		case 'h':
			usage(0);
		case 'o':
			outp = optarg;
			break;
		case 'p':
			prov = 1;
			break;
		case 'T':
			if (strcmp(optarg, "json") == 0)
				json = 1;
			else if (strcmp(optarg, "yaml") != 0) {
				fprintf(stderr, _("gkml-merge: -T takes yaml or "
				    "json, not '%s'\n"), optarg);
				usage(2);
			}
			break;
		default:
			usage(2);
		}
	}
	argc -= optind;
	argv += optind;
	if (argc != (three ? 3 : 1) || (git && (!three || outp != NULL)) ||
	    (three && (prov || json)))
		usage(2);
	if (outp != NULL && strcmp(outp, "-") == 0)
		outp = NULL;		/* -o - is standard output */
	/* git merge driver: %O %A %B; the result goes into %A. */
	if (git)
		outp = argv[1];

	limits_default(&lim);
	if (limits_from_env(&lim, "gkml-merge") != 0 ||
	    schema_load(&s, gkml_datadir()) != 0)
		return 2;
	diag_init(&dg, DIAG_TEXT, SEV_ERROR);
	memset(&top, 0, sizeof(top));
	memset(&m, 0, sizeof(m));
	if (three)
		rc = merge_three(&m, argv[0], argv[1], argv[2], &s, &lim, &dg,
		    &nconflicts);
	else if ((rc = doc_load(&top, argv[0], &lim, &dg)) == 0)
		rc = merge_resolve(&m, &top, &s, &lim, &dg);
	else
		rc = -2;	/* what is to be merged must load */
	/* An error said of a layer that resolved (a key used twice, of
	 * which one was kept) is a file that did not load cleanly. */
	if (!three && rc == 0 && dg.failed)
		rc = -2;
	diag_finish(&dg, "gkml-merge", GKML_VERSION);
	if (rc == 0) {
		/* The layers' comments follow their values. */
		for (i = 0; i < m.nlayers; i++)
			layers[i] = m.layers[three ? (i + 1) % 3 : i];
		memset(&fo, 0, sizeof(fo));
		fo.note = prov ? origin : NULL;
		fo.was = was;
		fo.ctx = &m;
		fo.comments = layers;
		fo.ncomments = m.nlayers;
		/* Its output is in canonical form, slugs and all. */
		fo.slugs = 1;
		if (json)
			merge_json(&out, &m, prov);
		else
			fmt_doc_opts(&m.out, &s, &out, &fo);
		if (outp == NULL)
			fwrite(out.ptr, 1, out.len, stdout);
		else if (write_atomic(outp, out.ptr, out.len) != 0)
			rc = -2;
	}
	merge_release(&m);
	doc_release(&top);
	buf_release(&out);
	schema_release(&s);
	rc = rc == 0 ? (nconflicts > 0) : rc == -1 ? 1 : 2;
	if (close_stdout("gkml-merge") != 0)
		rc = 2;
	return rc;
}
