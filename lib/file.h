/*
 * Files: walking directories for catalogs, writing outputs atomically,
 * removing temporaries on exit, and checking that standard output
 * really was written.
 */
#ifndef GKML_FILE_H
#define GKML_FILE_H

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
 * A temporary: path (a file, or a directory and everything below it)
 * is removed if the process exits before tmp_done(path), as it does
 * from any thread when memory runs out (xnomem()).  path is borrowed
 * until tmp_done().  At most 128 are watched at once.
 */
void	 tmp_add(const char *path);
void	 tmp_done(const char *path);
/*
 * A thread that makes files or directories below a temporary does so
 * between tmp_enter() and tmp_leave(), so that none is made after the
 * temporaries are gone; in between it must not call xmalloc.c, which
 * may exit and so wait for tmp_leave() for ever.
 */
void	 tmp_enter(void);
void	 tmp_leave(void);

/* Flush and close stdout; returns 0, or 2 after printing why. */
int	 close_stdout(const char *prog);

#endif
