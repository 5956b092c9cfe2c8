/*
 * Files: opening inputs, walking directories for catalogs, writing
 * outputs atomically, and checking that standard output really was
 * written.
 */
#ifndef GKML_FILE_H
#define GKML_FILE_H

#include <stddef.h>

struct stat;

#define FILE_REGULAR	0x01	/* file_open(): a regular file only */

/*
 * Open path for reading.  A directory is refused.  With FILE_REGULAR,
 * so is anything but a regular file (a FIFO, a device, a socket), at
 * once: the open does not wait for a FIFO's writer.  Without it, a
 * FIFO or a device is opened as usual, as a file named on the command
 * line may be.  Returns the descriptor, with *st filled; or -1, with
 * *kind saying what the file is when it was refused ("a FIFO"), else
 * *kind NULL and errno set.
 */
int	 file_open(const char *path, int flags, struct stat *st,
	    const char **kind);

/* What a file is, for a message: "a directory", "a FIFO", "a device",
 * "a socket"; NULL for a regular file. */
const char *file_kind(const struct stat *st);

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

/* Flush and close stdout; returns 0, or 2 after printing why. */
int	 close_stdout(const char *prog);

#endif
