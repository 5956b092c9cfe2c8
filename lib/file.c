/* Directory walks, atomic writes and the stdout check. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "file.h"
#include "hash.h"
#include "xmalloc.h"

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
		fprintf(stderr, "%s: directories nested too deep\n", dir);
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
		fprintf(stderr, "%s: no *.yaml files in this directory\n",
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

int
write_atomic(const char *path, const char *p, size_t len)
{
	struct stat	 st;
	char		*tmp;
	ssize_t		 w;
	int		 fd;

	tmp = xasprintf("%s.XXXXXX", path);
	if ((fd = mkstemp(tmp)) == -1) {
		fprintf(stderr, "%s: %s\n", path, strerror(errno));
		free(tmp);
		return -1;
	}
	/* mkstemp makes 0600: keep the file's mode, or give a new one
	 * what open(2) would have, 0666 less the umask. */
	if (stat(path, &st) == 0)
		(void)fchmod(fd, st.st_mode & 07777);
	else
		(void)fchmod(fd, 0666 & ~file_umask());
	while (len > 0) {
		if ((w = write(fd, p, len)) == -1) {
			if (errno == EINTR)
				continue;
			goto fail;
		}
		p += w;
		len -= (size_t)w;
	}
	if (fsync(fd) == -1 || close(fd) == -1) {
		fd = -1;
		goto fail;
	}
	if (rename(tmp, path) == -1) {
		fd = -1;
		goto fail;
	}
	free(tmp);
	return 0;
fail:
	fprintf(stderr, "%s: %s\n", path, strerror(errno));
	if (fd != -1)
		close(fd);
	unlink(tmp);
	free(tmp);
	return -1;
}

int
close_stdout(const char *prog)
{
	if (fflush(stdout) != 0 || ferror(stdout) || fclose(stdout) != 0) {
		fprintf(stderr, "%s: standard output: %s\n", prog,
		    strerror(errno ? errno : EIO));
		return 2;
	}
	return 0;
}
