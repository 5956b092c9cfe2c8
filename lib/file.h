/*
 * Files: walking directories for catalogs, writing outputs atomically,
 * and checking that standard output really was written.
 */
#ifndef GKML_FILE_H
#define GKML_FILE_H

#include <sys/types.h>

#include <stddef.h>

struct paths {
	char	**v;		/* owned, each owned */
	size_t	  n, cap;
};

/*
 * Add path to ps: a file as named, or every *.yaml file below a
 * directory, in byte order of their paths (so runs are repeatable).
 * Returns 0, or -1 after printing why on stderr.
 */
int	 paths_add(struct paths *ps, const char *path);
void	 paths_release(struct paths *);

/*
 * Replace path's contents with len bytes at p: written to a temporary
 * file beside it, given path's mode, then renamed over it, so readers
 * see the old file or the new one, never a part.  Returns 0, or -1
 * after printing why on stderr (path is then untouched).
 */
int	 write_atomic(const char *path, const char *p, size_t len);

/*
 * The process's umask.  Reading it means setting it for a moment, so
 * the first call must come before any thread that makes files starts;
 * later calls return the value read then.
 */
mode_t	 file_umask(void);

/* Flush and close stdout; returns 0, or 2 after printing why. */
int	 close_stdout(const char *prog);

#endif
