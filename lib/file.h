/*
 * Files: opening inputs, walking directories for catalogs, writing
 * outputs atomically through temporaries that signals remove, and
 * checking that standard output really was written.
 */
#ifndef GKML_FILE_H
#define GKML_FILE_H

#include <sys/types.h>

#include <pthread.h>
#include <signal.h>
#include <stddef.h>

struct diag;
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
 * Temporaries: files and directories made beside an output and renamed
 * into place when complete.  From before one exists until it is
 * forgotten, SIGINT, SIGTERM and SIGHUP (those the process does not
 * ignore) remove it, with every file tmp_put() below it and the
 * directories they are in, and then kill the process with the signal
 * as if it were not handled.  Only the main thread handles them:
 * start other threads with tmp_thread().
 */

/*
 * mkstemp(3) and mkdtemp(3) on tmpl, registered; a directory gets mode
 * 0777 less the umask.  tmp_file() returns the descriptor, tmp_dir() 0;
 * both -1 with errno set.
 */
int	 tmp_file(char *tmpl);
int	 tmp_dir(char *tmpl);

/*
 * Write the n bytes at p to the new file path below a temporary
 * directory whose path is the first top bytes of it, making the
 * directories between.  Threads may call it at once.  Returns 0, or -1
 * with errno set.
 */
int	 tmp_put(const char *path, size_t top, const char *p, size_t n);

/*
 * Hold the signals back in this thread (old receives the mask to
 * restore with tmp_unhold()): around putting a finished output in
 * place, which no signal should cut in two.
 */
void	 tmp_hold(sigset_t *old);
void	 tmp_unhold(const sigset_t *old);

/*
 * The temporary path, and all registered below it, was renamed or
 * removed: forget it.  Only while the signals are held, and no other
 * thread is registering.
 */
void	 tmp_forget(const char *path);

/*
 * The process is ending (out of memory, from any thread): remove every
 * temporary now, once the files other threads are making exist, and
 * make none after.  Allocates nothing.  A thread that will not end the
 * process itself calls tmp_yield() first, so that tmp_cleanup() does
 * not wait for it.
 */
void	 tmp_cleanup(void);
void	 tmp_yield(void);

/* Remove the temporary path (a whole tree) and forget it. */
void	 tmp_remove(const char *path);

/* pthread_create(3) of a thread in which the signals are blocked. */
int	 tmp_thread(pthread_t *, void *(*)(void *), void *);

/*
 * Give the new file fd, made to replace the file whose stat(2) is old,
 * old's owner, group and mode.  An owner or group that cannot be given
 * (EPERM when not root) is no failure if fd already has it.  Returns
 * 0, or -1 with errno set.
 */
int	 file_keep(int fd, const struct stat *old);

/*
 * Read all of fd (named name in what is said) into *p, NUL-terminated,
 * and close it unless it is standard input.  hint, when not 0, is the
 * size to expect.  More than max bytes is a finding at name (GK008,
 * to dg); a failed read is said on stderr.  Returns 0, or -2 (trouble)
 * with *p freed.
 */
int	 file_slurp(int fd, const char *name, size_t hint, size_t max,
	    char **p, size_t *len, struct diag *dg);

/*
 * An output file written atomically: afile_open() makes the temporary
 * file beside path (with path's owner, group and mode, see
 * file_keep(), or 0666 less the umask);
 * afile_commit() writes len bytes at p to it and renames it over path,
 * so readers see the old file or the new one, never a part;
 * afile_abort() removes it.  An existing path that is not a regular
 * file (a FIFO, a device, a directory) is refused.  The first two
 * return 0, or -1 after printing why on stderr (path is then untouched
 * and the temporary gone).  path must outlive the struct afile.
 */
struct afile {
	const char	*path;
	char		*tmp;		/* NULL once committed or aborted */
	int		 fd;
};

int	 afile_open(struct afile *, const char *path);
int	 afile_commit(struct afile *, const char *p, size_t len);
void	 afile_abort(struct afile *);

/* afile_open() and afile_commit() in one. */
int	 write_atomic(const char *path, const char *p, size_t len);

/*
 * Whether path, with symbolic links resolved, is top or lies below it;
 * 0 when either does not exist.
 */
int	 file_within(const char *path, const char *top);

/*
 * The process's umask.  Reading it means setting it for a moment, so
 * the first call must come before any thread that makes files starts;
 * later calls return the value read then.
 */
mode_t	 file_umask(void);

/* Flush and close stdout; returns 0, or 2 after printing why. */
int	 close_stdout(const char *prog);

/*
 * The directory of the running binary, absolute and free of links (the
 * kernel's /proc/self/exe), or NULL when it cannot be told.  A static
 * buffer of this thread.
 */
const char *file_exe_dir(void);

#endif
