/*
 * gkml: run gkml-<verb>, as git runs git-<verb>; and say what the
 * commands are (gkml help) and how a shell completes them.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "file.h"
#include "help.h"
#include "msg.h"

static void	 usage(int) __attribute__((noreturn));

/* The commands and what they do: on standard output when asked for. */
static void
usage(int rc)
{
	help_commands(rc ? stderr : stdout);
	if (rc == 0)
		rc = close_stdout("gkml");
	exit(rc);
}

/* gkml help [command] */
static int
help(int argc, char *argv[])
{
	if (argc == 2)
		usage(0);
	if (argc > 3 || !help_known(argv[2])) {
		fprintf(stderr, _("gkml: no help for '%s'; the commands "
		    "are:\n"), argv[2]);
		help_commands(stderr);
		return 2;
	}
	help_command(stdout, argv[2]);
	return close_stdout("gkml");
}

/* gkml completion bash | --words area|level|field */
static int
completion(int argc, char *argv[])
{
	if (argc == 3 && strcmp(argv[2], "bash") == 0)
		help_bash(stdout);
	else if (argc == 4 && strcmp(argv[2], "--words") == 0) {
		if (help_words(stdout, argv[3]) == -1) {
			fprintf(stderr, _("gkml: completion --words takes "
			    "area, level or field\n"));
			return 2;
		}
	} else {
		fprintf(stderr, _("usage: gkml completion bash\n"));
		return 2;
	}
	return close_stdout("gkml");
}

int
main(int argc, char *argv[])
{
	char		 path[PATH_MAX + 64];
	const char	*dir;

	msg_init();
	if (argc < 2)
		usage(2);
	if (strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0)
		usage(0);
	if (strcmp(argv[1], "--version") == 0) {
		printf("gkml %s\n", GKML_VERSION);
		return 0;
	}
	if (strcmp(argv[1], "help") == 0)
		return help(argc, argv);
	if (strcmp(argv[1], "completion") == 0)
		return completion(argc, argv);
	if (argv[1][0] == '-' || strchr(argv[1], '/') != NULL)
		usage(2);
	/* First beside this binary, then on PATH. */
	if ((dir = file_exe_dir()) != NULL) {
		snprintf(path, sizeof(path), "%s/gkml-%s", dir, argv[1]);
		if (access(path, X_OK) == 0) {
			argv[1] = path;
			execv(path, argv + 1);
			fprintf(stderr, "gkml: %s: %s\n", path, strerror(errno));
			return 2;
		}
	}
	snprintf(path, sizeof(path), "gkml-%s", argv[1]);
	argv[1] = path;
	execvp(path, argv + 1);
	fprintf(stderr, _("gkml: '%s' is not a gkml command (%s); see "
	    "'gkml --help'\n"), path + 5, strerror(errno));
	return 2;
}
