/* gkml-fmt: rewrite catalogs in canonical form, keeping comments. */
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
#include "msg.h"
#include "schema.h"

enum mode {
	MODE_PRINT,
	MODE_WRITE,
	MODE_CHECK
};

static void	 usage(int) __attribute__((noreturn));

static void
usage(int rc)
{
	if (rc == 0)
		help_command(stdout, "fmt");
	else
		help_usage(stderr, "fmt");
	if (rc == 0)
		rc = close_stdout("gkml-fmt");
	exit(rc);
}

/* Rewrite path, or what it links to: a link stays a link. */
static int
write_through(const char *path, const char *p, size_t len)
{
	char	*real;
	int	 rc;

	if ((real = realpath(path, NULL)) == NULL)
		return write_atomic(path, p, len);
	rc = write_atomic(real, p, len);
	free(real);
	return rc;
}

/* The 1-based line where a and b first differ. */
static unsigned
first_diff(const char *a, size_t na, const char *b, size_t nb)
{
	size_t		 i;
	unsigned	 line = 1;

	for (i = 0; i < na && i < nb && a[i] == b[i]; i++)
		if (a[i] == '\n')
			line++;
	return line;
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "check", no_argument, NULL, 'c' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct schema	 s;
	struct diag	 dg;
	struct limits	 lim;
	struct paths	 ps = { NULL, 0, 0 };
	struct doc	 d;
	struct buf	 out = BUF_INIT;
	struct fmt_opts	 fo;
	enum mode	 mode = MODE_PRINT;
	int		 c, rc = 0, lrc;
	size_t		 i, nprinted = 0;

	msg_init();
	while ((c = getopt_long(argc, argv, "hw", longopts, NULL)) != -1) {
		switch (c) {
		case 'c':
			if (mode == MODE_WRITE)
				usage(2);
			mode = MODE_CHECK;
			break;
		case 'h':
			usage(0);
		case 'w':
			if (mode == MODE_CHECK)
				usage(2);
			mode = MODE_WRITE;
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
	if (limits_from_env(&lim, "gkml-fmt") != 0 ||
	    schema_load(&s, gkml_datadir()) != 0)
		return 2;
	diag_init(&dg, DIAG_TEXT, SEV_ERROR);
	/* The canonical form of a vocabulary value is its slug. */
	memset(&fo, 0, sizeof(fo));
	fo.slugs = 1;
	for (i = 0; i < (size_t)argc; i++)
		if (paths_add(&ps, argv[i]) != 0)
			rc = 2;
	for (i = 0; i < ps.n; i++) {
		lrc = doc_load(&d, ps.v[i], &lim, &dg);
		/* Another format's canonical form is not this one's. */
		if (lrc == 0 && schema_check_version(&d, &dg) != 0)
			lrc = -2;
		diag_flush(&dg);
		if (lrc == 0 && d.dupkeys > 0)
			fprintf(stderr, _("gkml-fmt: %s: not formatted: a "
			    "duplicate key would lose a value\n"), d.path);
		else if (lrc == 0 && d.tags > 0)
			fprintf(stderr, _("gkml-fmt: %s: not formatted: a YAML "
			    "tag would be lost\n"), d.path);
		if (lrc != 0 || d.dupkeys > 0 || d.tags > 0) {
			/* Never rewrite what could not be read whole. */
			rc = 2;
			doc_release(&d);
			continue;
		}
		buf_reset(&out);
		/* Several catalogs on stdout: a stream of YAML documents. */
		if (mode != MODE_CHECK && (mode == MODE_PRINT ||
		    strcmp(ps.v[i], "-") == 0) && nprinted++ > 0)
			buf_adds(&out, "---\n");
		fmt_doc_opts(&d, &s, &out, &fo);
		if (mode == MODE_PRINT || (mode == MODE_WRITE &&
		    strcmp(ps.v[i], "-") == 0))
			fwrite(out.ptr, 1, out.len, stdout);
		else if (out.len != d.len || memcmp(out.ptr, d.src, d.len) != 0) {
			if (mode == MODE_CHECK) {
				diag_add(&dg, d.path, first_diff(d.src, d.len,
				    out.ptr, out.len), 1, R_NOT_CANONICAL, NULL,
				    NULL, strcmp(ps.v[i], "-") == 0 ?
				    N_("not in canonical form; gkml-fmt "
				    "prints it") : N_("not in canonical form; "
				    "run 'gkml-fmt -w %s'"), d.path);
				diag_flush(&dg);
				if (rc == 0)
					rc = 1;
			} else if (strcmp(ps.v[i], "-") != 0 &&
			    write_through(ps.v[i], out.ptr, out.len) != 0)
				rc = 2;
		}
		doc_release(&d);
	}
	diag_finish(&dg, "gkml-fmt", GKML_VERSION);
	buf_release(&out);
	schema_release(&s);
	paths_release(&ps);
	if (close_stdout("gkml-fmt") != 0)
		rc = 2;
	return rc;
}
