/* Opening inputs, directory walks, temporaries, atomic writes and the
 * stdout check. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "diag.h"
#include "file.h"
#include "hash.h"
#include "msg.h"
#include "xmalloc.h"

const char *
file_kind(const struct stat *st)
{
	if (S_ISREG(st->st_mode))
		return NULL;
	if (S_ISDIR(st->st_mode))
		return msg_word("a directory");
	if (S_ISFIFO(st->st_mode))
		return msg_word("a FIFO");
	if (S_ISCHR(st->st_mode) || S_ISBLK(st->st_mode))
		return msg_word("a device");
	if (S_ISSOCK(st->st_mode))
		return msg_word("a socket");
	return msg_word("not a regular file");
}

int
file_open(const char *path, int flags, struct stat *st, const char **kind)
{
	int	 fd, oflags = O_RDONLY | O_CLOEXEC | O_NOCTTY;

	*kind = NULL;
	/* Opening a FIFO blocks until a writer comes; a device may too. */
	if (flags & FILE_REGULAR)
		oflags |= O_NONBLOCK;
	if ((fd = open(path, oflags)) == -1)
		return -1;
	if (fstat(fd, st) == -1) {
		close(fd);
		return -1;
	}
	if (S_ISDIR(st->st_mode) ||
	    ((flags & FILE_REGULAR) && !S_ISREG(st->st_mode))) {
		*kind = file_kind(st);
		close(fd);
		return -1;
	}
	if ((oflags & O_NONBLOCK) &&
	    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK) == -1) {
		close(fd);
		return -1;
	}
	return fd;
}

static void
push(struct paths *ps, char *p)
{
	if (ps->n == ps->cap) {
		ps->cap = ps->cap ? 2 * ps->cap : 16;
		ps->v = xreallocarray(ps->v, ps->cap, sizeof(*ps->v));
	}
	ps->v[ps->n++] = p;
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int
is_yaml(const char *name)
{
	size_t	 n = strlen(name);

	return n > 5 && strcmp(name + n - 5, ".yaml") == 0;
}

/* A directory, by device and inode, so links back up are seen once. */
struct dirid {
	dev_t	 dev;
	ino_t	 ino;
};

static int
walk(struct paths *ps, const char *dir, unsigned depth, struct hash *seen)
{
	DIR		*dp;
	struct dirent	*de;
	struct stat	 st;
	struct dirid	*id;
	char		*p;
	int		 rc = 0;

	if (depth > 64) {
		fprintf(stderr, _("%s: directories nested too deep\n"), dir);
		return -1;
	}
	if (stat(dir, &st) == 0) {
		id = xcalloc(1, sizeof(*id));
		id->dev = st.st_dev;
		id->ino = st.st_ino;
		if (hash_put(seen, (const char *)id, sizeof(*id), id)->val !=
		    id) {
			free(id);
			return 0;	/* a link to where we have been */
		}
	}
	if ((dp = opendir(dir)) == NULL) {
		fprintf(stderr, "%s: %s\n", dir, strerror(errno));
		return -1;
	}
	while ((de = readdir(dp)) != NULL) {
		if (de->d_name[0] == '.')
			continue;	/* ., .., and hidden files */
		p = xasprintf("%s/%s", dir, de->d_name);
		if (stat(p, &st) == -1) {
			fprintf(stderr, "%s: %s\n", p, strerror(errno));
			free(p);
			rc = -1;
		} else if (S_ISDIR(st.st_mode)) {
			if (walk(ps, p, depth + 1, seen) != 0)
				rc = -1;
			free(p);
		} else if (S_ISREG(st.st_mode) && is_yaml(de->d_name))
			push(ps, p);
		else
			free(p);
	}
	closedir(dp);
	return rc;
}

int
paths_add(struct paths *ps, const char *path)
{
	struct stat	 st;
	struct hash	 seen = HASH_INIT;
	size_t		 first = ps->n, i;
	char		*dir;
	size_t		 len;
	int		 rc;

	if (strcmp(path, "-") == 0 || stat(path, &st) == -1 ||
	    !S_ISDIR(st.st_mode)) {
		/* Errors opening it are the loader's to report. */
		push(ps, xstrdup(path));
		return 0;
	}
	len = strlen(path);
	while (len > 1 && path[len - 1] == '/')
		len--;
	dir = xstrndup(path, len);
	rc = walk(ps, dir, 0, &seen);
	free(dir);
	for (i = 0; i < seen.cap; i++)
		free(seen.slots[i].val);
	hash_release(&seen);
	if (rc == 0 && ps->n == first) {
		fprintf(stderr, _("%s: no *.yaml files in this directory\n"),
		    path);
		rc = -1;
	}
	qsort(ps->v + first, ps->n - first, sizeof(*ps->v), cmp_str);
	return rc;
}

void
paths_release(struct paths *ps)
{
	size_t	 i;

	for (i = 0; i < ps->n; i++)
		free(ps->v[i]);
	free(ps->v);
	ps->v = NULL;
	ps->n = ps->cap = 0;
}

int
file_within(const char *path, const char *top)
{
	char	*p, *t;
	size_t	 n;
	int	 in = 0;

	if ((t = realpath(top, NULL)) == NULL)
		return 0;
	if ((p = realpath(path, NULL)) != NULL) {
		n = strlen(t);
		in = strncmp(p, t, n) == 0 &&
		    (p[n] == '\0' || p[n] == '/' || strcmp(t, "/") == 0);
		free(p);
	}
	free(t);
	return in;
}

mode_t
file_umask(void)
{
	static mode_t	 mask;
	static int	 known;

	if (!known) {
		mask = umask(0);
		umask(mask);
		known = 1;
	}
	return mask;
}

/*
 * Temporaries.  Every path that a signal must remove is on one list,
 * newest first, from before it exists until tmp_forget(): a temporary
 * file, a temporary directory, and each file written below one (its
 * directories are the path's own, removed as they empty).  Nodes are
 * pushed whole with one atomic store, so the handler can walk the list
 * while threads add to it; only the main thread handles the signals
 * (tmp_thread()) and it takes nodes off only while they are held back.
 *
 * A thread about to make a file counts itself in busy and then looks
 * at dying; the handler sets dying and then waits for busy to fall to
 * its own thread's share.  Either the maker sees dying and never makes
 * the file, or the handler sees it and waits until the file is made
 * and can be removed.
 */
struct tmp {
	struct tmp	*next;
	int		 dir;		/* a temporary directory: rmdir */
	size_t		 top;		/* below a temporary directory: the
					   length of its path; else 0 */
	char		 path[];
};

static const int	 sigs[] = { SIGINT, SIGTERM, SIGHUP };
static _Atomic(struct tmp *) tmps;
static atomic_int	 busy, dying;
static _Thread_local int inside;
static int		 handling;

static void
sigs_set(sigset_t *set)
{
	size_t	 i;

	sigemptyset(set);
	for (i = 0; i < sizeof(sigs) / sizeof(*sigs); i++)
		sigaddset(set, sigs[i]);
}

/* Remove t; below a temporary directory, each directory it empties. */
static void
tmp_unlink(const struct tmp *t)
{
	char	 p[PATH_MAX];
	size_t	 n;

	if (t->dir) {
		rmdir(t->path);
		return;
	}
	unlink(t->path);
	if (t->top == 0 || (n = strlen(t->path)) >= sizeof(p))
		return;
	memcpy(p, t->path, n + 1);
	for (;;) {
		while (n > t->top && p[n] != '/')
			n--;
		if (n <= t->top)
			break;
		p[n] = '\0';
		if (rmdir(p) == -1 && errno != ENOENT)
			break;
	}
}

/* Async-signal-safe: atomics, rmdir and unlink; no memory. */
void
tmp_cleanup(void)
{
	struct tmp	*t;

	atomic_store(&dying, 1);
	while (atomic_load(&busy) > inside)
		continue;
	for (t = atomic_load(&tmps); t != NULL; t = t->next)
		tmp_unlink(t);
}

void
tmp_yield(void)
{
	atomic_fetch_sub(&busy, inside);
	inside = 0;
}

/* Async-signal-safe: tmp_cleanup(), sigaction and raise. */
static void
on_signal(int sig)
{
	struct sigaction	 sa;

	tmp_cleanup();
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = SIG_DFL;
	sigemptyset(&sa.sa_mask);
	sigaction(sig, &sa, NULL);
	/* Delivered when the handler returns: the process dies of it. */
	raise(sig);
}

/* Handle the signals, but leave ignored what the parent ignored. */
static void
tmp_handle(void)
{
	struct sigaction	 sa, old;
	size_t			 i;

	if (handling)
		return;
	handling = 1;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigs_set(&sa.sa_mask);
	for (i = 0; i < sizeof(sigs) / sizeof(*sigs); i++)
		if (sigaction(sigs[i], NULL, &old) == 0 &&
		    old.sa_handler != SIG_IGN)
			sigaction(sigs[i], &sa, NULL);
}

static struct tmp *
tmp_new(const char *path, int dir, size_t top)
{
	struct tmp	*t;
	size_t		 n = strlen(path);

	t = xmalloc(sizeof(*t) + n + 1);
	t->dir = dir;
	t->top = top;
	memcpy(t->path, path, n + 1);
	return t;
}

static void
tmp_push(struct tmp *t)
{
	t->next = atomic_load(&tmps);
	while (!atomic_compare_exchange_weak(&tmps, &t->next, t))
		continue;
}

/* Count this thread in busy; if the process is dying, wait for it. */
static void
tmp_enter(void)
{
	atomic_fetch_add(&busy, 1);
	inside++;
	if (atomic_load(&dying)) {
		inside--;
		atomic_fetch_sub(&busy, 1);
		for (;;)
			pause();
	}
}

static void
tmp_leave(void)
{
	inside--;
	atomic_fetch_sub(&busy, 1);
}

void
tmp_hold(sigset_t *old)
{
	sigset_t	 set;

	sigs_set(&set);
	pthread_sigmask(SIG_BLOCK, &set, old);
}

void
tmp_unhold(const sigset_t *old)
{
	pthread_sigmask(SIG_SETMASK, old, NULL);
}

int
tmp_thread(pthread_t *t, void *(*fn)(void *), void *arg)
{
	sigset_t	 old;
	int		 rc;

	tmp_hold(&old);
	rc = pthread_create(t, NULL, fn, arg);
	tmp_unhold(&old);
	return rc;
}

/* Make the temporary tmpl (mkstemp's or mkdtemp's) and register it. */
static int
tmp_make(char *tmpl, int dir)
{
	struct tmp	*t;
	sigset_t	 old;
	int		 fd = 0;

	(void)file_umask();
	tmp_handle();
	t = tmp_new(tmpl, dir, 0);
	tmp_hold(&old);
	tmp_enter();
	if (dir ? mkdtemp(t->path) == NULL : (fd = mkstemp(t->path)) == -1)
		fd = -1;
	else {
		memcpy(tmpl, t->path, strlen(tmpl));
		tmp_push(t);
		t = NULL;
	}
	tmp_leave();
	tmp_unhold(&old);
	free(t);
	return fd;
}

int
tmp_file(char *tmpl)
{
	return tmp_make(tmpl, 0);
}

int
tmp_dir(char *tmpl)
{
	if (tmp_make(tmpl, 1) == -1)
		return -1;
	/* mkdtemp makes 0700: give it what mkdir(2) would. */
	(void)chmod(tmpl, 0777 & ~file_umask());
	return 0;
}

int
tmp_put(const char *path, size_t top, const char *p, size_t n)
{
	FILE	*fp;
	char	*d, *s;
	int	 rc = 0, e;

	tmp_enter();
	tmp_push(tmp_new(path, 0, top));
	if ((fp = fopen(path, "wb")) == NULL && errno == ENOENT) {
		/* Make the directories it is in, then try again. */
		d = xstrdup(path);
		for (s = d + top + 1; (s = strchr(s, '/')) != NULL; s++) {
			*s = '\0';
			if (mkdir(d, 0777) != 0 && errno != EEXIST)
				rc = -1;
			*s = '/';
		}
		free(d);
		if (rc == 0)
			fp = fopen(path, "wb");
	}
	if (fp == NULL)
		rc = -1;
	else {
		if (fwrite(p, 1, n, fp) != n)
			rc = -1;
		if (fclose(fp) != 0)
			rc = -1;
	}
	e = errno;
	tmp_leave();
	errno = e;
	return rc;
}

static int
rm_entry(const char *path, const struct stat *sb, int flag, struct FTW *f)
{
	return remove(path);
}

void
tmp_forget(const char *path)
{
	struct tmp	*head, *t, **tp;
	size_t		 n = strlen(path);

	head = atomic_load(&tmps);
	tp = &head;
	while ((t = *tp) != NULL)
		if (strncmp(t->path, path, n) == 0 &&
		    (t->path[n] == '\0' || t->path[n] == '/')) {
			*tp = t->next;
			free(t);
		} else
			tp = &t->next;
	atomic_store(&tmps, head);
}

void
tmp_remove(const char *path)
{
	sigset_t	 old;

	tmp_hold(&old);
	nftw(path, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
	tmp_forget(path);
	tmp_unhold(&old);
}

int
write_atomic(const char *path, const char *p, size_t len)
{
	struct afile	 f;

	if (afile_open(&f, path) != 0)
		return -1;
	return afile_commit(&f, p, len);
}

int
file_keep(int fd, const struct stat *old)
{
	struct stat	 st;
	int		 e;

	if (fstat(fd, &st) == -1)
		return -1;
	/*
	 * Owner first: chown(2) may clear the set-user-ID and
	 * set-group-ID bits, which the mode then puts back.  Only root
	 * may give a file away, and others only to a group they are in:
	 * where the change is refused, what already matches will do.
	 */
	if ((st.st_uid != old->st_uid || st.st_gid != old->st_gid) &&
	    fchown(fd, old->st_uid, old->st_gid) == -1) {
		e = errno;
		if (fstat(fd, &st) == -1 || st.st_uid != old->st_uid ||
		    st.st_gid != old->st_gid) {
			errno = e;
			return -1;
		}
	}
	return fchmod(fd, old->st_mode & 07777);
}

int
afile_open(struct afile *f, const char *path)
{
	struct stat	 st;
	const char	*kind;
	int		 old;

	f->path = path;
	/* Renaming a file over a FIFO or a device would put a file in
	 * its place (as root, even over /dev/null). */
	if ((old = stat(path, &st) == 0) && (kind = file_kind(&st)) != NULL) {
		fprintf(stderr, _("%s: not replaced: it is %s\n"), path, kind);
		f->tmp = NULL;
		f->fd = -1;
		return -1;
	}
	f->tmp = xasprintf("%s.XXXXXX", path);
	if ((f->fd = tmp_file(f->tmp)) == -1) {
		fprintf(stderr, "%s: %s\n", path, strerror(errno));
		free(f->tmp);
		f->tmp = NULL;
		return -1;
	}
	/*
	 * mkstemp makes 0600, owned by whoever runs this: a file that is
	 * replaced keeps its owner, group and mode, or is not replaced
	 * (root rewriting another user's file must not take it over); a
	 * new one gets what open(2) would give it, 0666 less the umask.
	 */
	if (old) {
		if (file_keep(f->fd, &st) == -1) {
			fprintf(stderr, _("%s: not replaced: the new file cannot "
			    "keep its owner %lu and group %lu: %s\n"), path,
			    (unsigned long)st.st_uid, (unsigned long)st.st_gid,
			    strerror(errno));
			afile_abort(f);
			return -1;
		}
	} else
		(void)fchmod(f->fd, 0666 & ~file_umask());
	return 0;
}

int
afile_commit(struct afile *f, const char *p, size_t len)
{
	sigset_t	 old;
	ssize_t		 w;
	int		 rc = -1;

	while (len > 0) {
		if ((w = write(f->fd, p, len)) == -1) {
			if (errno == EINTR)
				continue;
			goto out;
		}
		p += w;
		len -= (size_t)w;
	}
	if (fsync(f->fd) == -1)
		goto out;
	tmp_hold(&old);
	if (close(f->fd) == 0 && rename(f->tmp, f->path) == 0) {
		tmp_forget(f->tmp);
		free(f->tmp);
		f->tmp = NULL;
		rc = 0;
	}
	f->fd = -1;
	tmp_unhold(&old);
 out:
	if (rc != 0)
		fprintf(stderr, "%s: %s\n", f->path, strerror(errno));
	afile_abort(f);
	return rc;
}

void
afile_abort(struct afile *f)
{
	if (f->tmp == NULL)
		return;
	if (f->fd != -1)
		close(f->fd);
	tmp_remove(f->tmp);
	free(f->tmp);
	f->tmp = NULL;
}

int
close_stdout(const char *prog)
{
	if (fflush(stdout) != 0 || ferror(stdout) || fclose(stdout) != 0) {
		fprintf(stderr, _("%s: standard output: %s\n"), prog,
		    strerror(errno ? errno : EIO));
		return 2;
	}
	return 0;
}

/* See file.h. */
int
file_slurp(int fd, const char *name, size_t hint, size_t max, char **p,
    size_t *len, struct diag *dg)
{
	size_t	 cap, n = 0;
	ssize_t	 r = 0;
	char	*src;

	/* One byte past max tells a file at the limit from one over it. */
	cap = hint > 0 ? hint + 1 : 65536;
	if (cap > max + 1)
		cap = max + 1;
	src = xmalloc(cap + 1);
	for (;;) {
		if (n == cap) {
			if (cap > max)
				break;
			cap = cap > max / 2 ? max + 1 : cap * 2;
			src = xrealloc(src, cap + 1);
		}
		if ((r = read(fd, src + n, cap - n)) == -1) {
			if (errno == EINTR)
				continue;
			fprintf(stderr, "%s: %s\n", name, strerror(errno));
			break;
		}
		if (r == 0)
			break;
		n += (size_t)r;
	}
	if (fd != STDIN_FILENO)
		close(fd);
	if (r == -1 || n > max) {
		if (r != -1)
			diag_add(dg, name, 1, 1, R_LIMIT, NULL, NULL, "file "
			    "size exceeds the limit of %zu bytes; raise it "
			    "with GKML_LIMITS=bytes=N if the file is genuine",
			    max);
		free(src);
		*p = NULL;
		return -2;
	}
	src[n] = '\0';
	*p = src;
	*len = n;
	return 0;
}

const char *
file_exe_dir(void)
{
	static _Thread_local char dir[PATH_MAX];
	char		*slash;
	ssize_t		 n;

	if ((n = readlink("/proc/self/exe", dir, sizeof(dir) - 1)) <= 0)
		return NULL;
	dir[n] = '\0';
	if ((slash = strrchr(dir, '/')) == NULL)
		return NULL;
	*slash = '\0';
	return dir;
}
