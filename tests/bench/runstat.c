/*
 * runstat: run a command several times; print its best wall-clock
 * time, its peak resident set size and the exit status of the last run.
 *
 * The output is one line for scripts to read:
 *	<min seconds, 6 decimals> <max ru_maxrss KiB> <last exit status>
 * A run killed by a signal reports 128 plus the signal number, as sh does.
 */

#include <sys/resource.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>

#include <err.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

static void	usage(void) __attribute__((noreturn));

static double
now(void)
{
	struct timespec ts;

	if (clock_gettime(CLOCK_MONOTONIC, &ts) == -1)
		err(2, "clock_gettime");
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

/*
 * Run argv once, with standard output and error on devnull unless it
 * is -1.  The child reports a failed exec through a close-on-exec
 * pipe, so "could not run" is told apart from a command that ran and
 * exited 127.
 */
static void
runonce(char *argv[], int devnull, double *secs, long *rss, int *status)
{
	struct rusage ru;
	double t0;
	pid_t pid;
	ssize_t n;
	int fd[2], st, xerrno;

	if (pipe2(fd, O_CLOEXEC) == -1)
		err(2, "pipe");
	t0 = now();
	if ((pid = fork()) == -1)
		err(2, "fork");
	if (pid == 0) {
		close(fd[0]);
		if (devnull != -1 && (dup2(devnull, STDOUT_FILENO) == -1 ||
		    dup2(devnull, STDERR_FILENO) == -1))
			_exit(127);
		execvp(argv[0], argv);
		xerrno = errno;
		n = write(fd[1], &xerrno, sizeof(xerrno));
		_exit(n == -1 ? 126 : 127);
	}
	close(fd[1]);
	while ((n = read(fd[0], &xerrno, sizeof(xerrno))) == -1 &&
	    errno == EINTR)
		continue;
	close(fd[0]);
	while (wait4(pid, &st, 0, &ru) == -1)
		if (errno != EINTR)
			err(2, "wait4");
	*secs = now() - t0;
	if (n > 0) {
		errno = xerrno;
		err(2, "%s", argv[0]);
	}
	*rss = ru.ru_maxrss;
	if (WIFEXITED(st))
		*status = WEXITSTATUS(st);
	else if (WIFSIGNALED(st))
		*status = 128 + WTERMSIG(st);
	else
		*status = 255;
}

static void
usage(void)
{
	fprintf(stderr, "usage: runstat [-n runs] [-q] -- command "
	    "[argument ...]\n");
	exit(2);
}

int
main(int argc, char *argv[])
{
	double best, secs;
	long i, maxrss, rss, runs;
	char *end;
	int ch, devnull, status;

	runs = 3;
	devnull = -1;
	/* '+': stop at the command, whose options are its own. */
	while ((ch = getopt(argc, argv, "+n:q")) != -1) {
		switch (ch) {
		case 'n':
			errno = 0;
			runs = strtol(optarg, &end, 10);
			if (end == optarg || *end != '\0' || errno != 0 ||
			    runs < 1 || runs > INT_MAX)
				errx(2, "-n %s: not a number of runs", optarg);
			break;
		case 'q':
			if (devnull == -1 &&
			    (devnull = open("/dev/null", O_WRONLY | O_CLOEXEC)) == -1)
				err(2, "/dev/null");
			break;
		default:
			usage();
		}
	}
	argc -= optind;
	argv += optind;
	if (argc < 1)
		usage();

	best = 0;
	maxrss = 0;
	status = 0;
	for (i = 0; i < runs; i++) {
		runonce(argv, devnull, &secs, &rss, &status);
		if (i == 0 || secs < best)
			best = secs;
		if (rss > maxrss)
			maxrss = rss;
	}

	printf("%.6f %ld %d\n", best, maxrss, status);
	if (fflush(stdout) == EOF || ferror(stdout))
		err(2, "stdout");
	return 0;
}
