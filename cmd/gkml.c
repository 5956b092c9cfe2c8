/* gkml: run gkml-<verb>, as git runs git-<verb>. */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "file.h"

static void	 usage(int) __attribute__((noreturn));

static void
usage(int rc)
{
	fputs("usage: gkml verb [arg ...]\n", rc ? stderr : stdout);
	if (rc == 0)
		rc = close_stdout("gkml");
	exit(rc);
}

int
main(int argc, char *argv[])
{
	char	 exe[PATH_MAX], path[PATH_MAX + 64], *slash;
	ssize_t	 n;

	if (argc < 2)
		usage(2);
	if (strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0)
		usage(0);
	if (strcmp(argv[1], "--version") == 0) {
		printf("gkml %s\n", GKML_VERSION);
		return 0;
	}
	if (argv[1][0] == '-' || strchr(argv[1], '/') != NULL)
		usage(2);
	/* First beside this binary, then on PATH. */
	if ((n = readlink("/proc/self/exe", exe, sizeof(exe) - 1)) > 0) {
		exe[n] = '\0';
		if ((slash = strrchr(exe, '/')) != NULL) {
			*slash = '\0';
			snprintf(path, sizeof(path), "%s/gkml-%s", exe, argv[1]);
			if (access(path, X_OK) == 0) {
				argv[1] = path;
				execv(path, argv + 1);
				fprintf(stderr, "gkml: %s: %s\n", path,
				    strerror(errno));
				return 2;
			}
		}
	}
	snprintf(path, sizeof(path), "gkml-%s", argv[1]);
	argv[1] = path;
	execvp(path, argv + 1);
	fprintf(stderr, "gkml: '%s' is not a gkml command (%s); see "
	    "'gkml --help'\n", path + 5, strerror(errno));
	return 2;
}
