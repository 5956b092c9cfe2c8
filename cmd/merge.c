/* gkml-merge: resolve an overlay into the catalog it stands for. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>

#include "buf.h"
#include "diag.h"
#include "doc.h"
#include "file.h"
#include "fmt.h"
#include "merge.h"
#include "schema.h"

static void	 usage(int) __attribute__((noreturn));

static void
usage(int rc)
{
	fputs("usage: gkml-merge [-o out] file\n"
	    "       gkml-merge -3 [--git] [-o out] base ours theirs\n",
	    rc ? stderr : stdout);
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
		{ NULL, 0, NULL, 0 }
	};
	struct schema	 s;
	struct diag	 dg;
	struct limits	 lim;
	struct merged	 m;
	struct buf	 out = BUF_INIT;
	const char	*outp = NULL;
	size_t		 nconflicts = 0;
	int		 c, rc, three = 0, git = 0;

	while ((c = getopt_long(argc, argv, "3ho:", longopts, NULL)) != -1) {
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
		default:
			usage(2);
		}
	}
	argc -= optind;
	argv += optind;
	if (argc != (three ? 3 : 1) || (git && (!three || outp != NULL)))
		usage(2);
	/* git merge driver: %O %A %B; the result goes into %A. */
	if (git)
		outp = argv[1];

	limits_default(&lim);
	if (limits_from_env(&lim, "gkml-merge") != 0 ||
	    schema_load(&s, gkml_datadir()) != 0)
		return 2;
	diag_init(&dg, DIAG_TEXT, SEV_ERROR);
	if (three)
		rc = merge_three(&m, argv[0], argv[1], argv[2], &s, &lim, &dg,
		    &nconflicts);
	else
		rc = merge_resolve(&m, argv[0], &s, &lim, &dg);
	diag_finish(&dg, "gkml-merge", GKML_VERSION);
	if (rc == 0) {
		fmt_doc(&m.out, &s, &out);
		if (outp == NULL)
			fwrite(out.ptr, 1, out.len, stdout);
		else if (write_atomic(outp, out.ptr, out.len) != 0)
			rc = -2;
	}
	merge_release(&m);
	buf_release(&out);
	schema_release(&s);
	rc = rc == 0 ? (nconflicts > 0) : rc == -1 ? 1 : 2;
	if (close_stdout("gkml-merge") != 0)
		rc = 2;
	return rc;
}
