/* The manifest of a website: see manifest.h. */
#include <sys/stat.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "buf.h"
#include "hash.h"
#include "manifest.h"
#include "xmalloc.h"

int
mstat(const char *path, struct mstat *sb)
{
	struct stat	 st;

	if (stat(path, &st) != 0)
		return -1;
	sb->size = (long long)st.st_size;
	sb->mtime = (long long)st.st_mtim.tv_sec * 1000000000 +
	    st.st_mtim.tv_nsec;
	sb->ctime = (long long)st.st_ctim.tv_sec * 1000000000 +
	    st.st_ctim.tv_nsec;
	sb->ino = (long long)st.st_ino;
	return 0;
}

/* A text field: "-" for none, else "=" and the text, escaped. */
static void
put_str(struct buf *b, const char *s)
{
	buf_addch(b, ' ');
	if (s == NULL) {
		buf_addch(b, '-');
		return;
	}
	buf_addch(b, '=');
	for (; *s != '\0'; s++)
		switch (*s) {
		case ' ':
			buf_adds(b, "\\s");
			break;
		case '\t':
			buf_adds(b, "\\t");
			break;
		case '\n':
			buf_adds(b, "\\n");
			break;
		case '\r':
			buf_adds(b, "\\r");
			break;
		case '\\':
			buf_adds(b, "\\\\");
			break;
		default:
			buf_addch(b, *s);
		}
}

static void
put_num(struct buf *b, long long n)
{
	buf_addf(b, " %lld", n);
}

static void
put_stat(struct buf *b, const struct mstat *sb)
{
	put_num(b, sb->size);
	put_num(b, sb->mtime);
	put_num(b, sb->ctime);
	put_num(b, sb->ino);
}

void
manifest_head(struct buf *b, const char *setup)
{
	buf_adds(b, "gkml-manifest 1\nversion");
	put_str(b, GKML_VERSION);
	buf_addf(b, "\nsetup %s\n", setup);
}

void
manifest_input(struct buf *b, const struct minput *in, const struct rcat *c)
{
	size_t	 i;

	buf_adds(b, "input");
	put_str(b, in->path);
	put_stat(b, &in->st);
	buf_addf(b, " %s %zu\n", in->sha, in->nlayers);
	for (i = 0; i < in->nlayers; i++) {
		buf_adds(b, "layer");
		put_str(b, in->layers[i].path);
		put_stat(b, &in->layers[i].st);
		buf_addch(b, '\n');
	}
	buf_adds(b, "cat");
	put_str(b, c->id);
	put_num(b, in->line);
	put_num(b, in->col);
	put_str(b, in->version);
	put_str(b, c->title);
	put_str(b, c->area);
	put_str(b, c->area_label);
	put_str(b, c->level);
	put_str(b, c->jurisdiction);
	put_str(b, c->publisher);
	put_str(b, c->updated);
	put_str(b, c->contact);
	put_str(b, c->file);
	put_str(b, c->extends);
	put_str(b, c->inherit);
	put_num(b, (long long)c->ncat);
	put_num(b, (long long)c->nitem);
	put_num(b, (long long)c->nna);
	put_num(b, (long long)c->search_at);
	put_num(b, (long long)c->search_len);
	put_str(b, in->marks);
	put_num(b, (long long)c->ntops);
	for (i = 0; i < c->ntops; i++)
		put_num(b, (long long)c->tops[i]);
	buf_addch(b, '\n');
}

void
manifest_output(struct buf *b, const char *path, const char *key)
{
	buf_adds(b, "output");
	put_str(b, path);
	buf_addf(b, " %s\n", key);
}

void
manifest_end(struct buf *b)
{
	buf_adds(b, "end\n");
}

/* --- Reading --- */

struct mline {
	char		**f;
	size_t		 n, cap;
};

/* Cut line at its spaces (it loses its newline). */
static void
split(struct mline *l, char *line)
{
	char	*p;

	l->n = 0;
	line[strcspn(line, "\n")] = '\0';
	for (p = line; p != NULL; ) {
		if (l->n == l->cap) {
			l->cap = l->cap ? 2 * l->cap : 32;
			l->f = xreallocarray(l->f, l->cap, sizeof(*l->f));
		}
		l->f[l->n++] = p;
		if ((p = strchr(p, ' ')) != NULL)
			*p++ = '\0';
	}
}

/* Field s as text, into a; 0, or -1 when it is not one. */
static int
get_str(struct arena *a, const char *s, const char **out)
{
	char	*t, *q;

	if (strcmp(s, "-") == 0) {
		*out = NULL;
		return 0;
	}
	if (*s++ != '=')
		return -1;
	q = t = arena_strdup(a, s);
	for (; *s != '\0'; s++) {
		if (*s != '\\') {
			*q++ = *s;
			continue;
		}
		switch (*++s) {
		case 's':
			*q++ = ' ';
			break;
		case 't':
			*q++ = '\t';
			break;
		case 'n':
			*q++ = '\n';
			break;
		case 'r':
			*q++ = '\r';
			break;
		case '\\':
			*q++ = '\\';
			break;
		default:
			return -1;
		}
	}
	*q = '\0';
	*out = t;
	return 0;
}

static int
get_num(const char *s, long long *n)
{
	char	*end;

	if (*s < '0' || *s > '9')
		return -1;
	errno = 0;
	*n = strtoll(s, &end, 10);
	return errno != 0 || *end != '\0' ? -1 : 0;
}

static int
get_size(const char *s, size_t *n)
{
	long long	 v;

	if (get_num(s, &v) != 0)
		return -1;
	*n = (size_t)v;
	return 0;
}

static int
get_stat(char **f, struct mstat *sb)
{
	return get_num(f[0], &sb->size) != 0 ||
	    get_num(f[1], &sb->mtime) != 0 ||
	    get_num(f[2], &sb->ctime) != 0 ||
	    get_num(f[3], &sb->ino) != 0 ? -1 : 0;
}

static int
is_hex(const char *s)
{
	return strlen(s) == 64 && strspn(s, "0123456789abcdef") == 64;
}

/* The cat line l of input in; 0, or -1. */
static int
get_cat(struct arena *a, struct mline *l, struct minput *in)
{
	struct rcat	*c = &in->c;
	long long	 line, col, at;
	char		**f = l->f;
	size_t		 i;

	if (l->n < 23 || strcmp(f[0], "cat") != 0 ||
	    get_str(a, f[1], &c->id) != 0 ||
	    get_num(f[2], &line) != 0 || get_num(f[3], &col) != 0 ||
	    get_str(a, f[4], &in->version) != 0 ||
	    get_str(a, f[5], &c->title) != 0 ||
	    get_str(a, f[6], &c->area) != 0 ||
	    get_str(a, f[7], &c->area_label) != 0 ||
	    get_str(a, f[8], &c->level) != 0 ||
	    get_str(a, f[9], &c->jurisdiction) != 0 ||
	    get_str(a, f[10], &c->publisher) != 0 ||
	    get_str(a, f[11], &c->updated) != 0 ||
	    get_str(a, f[12], &c->contact) != 0 ||
	    get_str(a, f[13], &c->file) != 0 || c->file == NULL ||
	    get_str(a, f[14], &c->extends) != 0 ||
	    get_str(a, f[15], &c->inherit) != 0 ||
	    get_size(f[16], &c->ncat) != 0 ||
	    get_size(f[17], &c->nitem) != 0 ||
	    get_size(f[18], &c->nna) != 0 ||
	    get_num(f[19], &at) != 0 ||
	    get_size(f[20], &c->search_len) != 0 ||
	    get_str(a, f[21], &in->marks) != 0 ||
	    get_size(f[22], &c->ntops) != 0 || c->ntops != l->n - 23)
		return -1;
	in->line = (unsigned)line;
	in->col = (unsigned)col;
	c->search_at = (off_t)at;
	c->tops = arena_alloc(a, (c->ntops ? c->ntops : 1) *
	    sizeof(*c->tops));
	for (i = 0; i < c->ntops; i++)
		if (get_size(f[23 + i], &c->tops[i]) != 0)
			return -1;
	return 0;
}

int
manifest_read(struct manifest *m, const char *file, const char *setup,
    size_t *lineno)
{
	struct mline	 l = { NULL, 0, 0 };
	struct minput	*in = NULL;
	FILE		*fp;
	char		*line = NULL, *key;
	const char	*s;
	size_t		 cap = 0, k, nl = 0;
	int		 rc = -2, ended = 0;

	memset(m, 0, sizeof(*m));
	arena_init(&m->a);
	*lineno = 0;
	if ((fp = fopen(file, "r")) == NULL)
		return -1;
#define NEXT()	(++*lineno, getline(&line, &cap, fp) > 0 ? \
		    (split(&l, line), 1) : 0)
	if (!NEXT() || l.n != 2 || strcmp(l.f[0], "gkml-manifest") != 0 ||
	    strcmp(l.f[1], "1") != 0)
		goto out;
	if (!NEXT() || l.n != 2 || strcmp(l.f[0], "version") != 0 ||
	    get_str(&m->a, l.f[1], &s) != 0 || s == NULL)
		goto out;
	if (strcmp(s, GKML_VERSION) != 0) {
		rc = -3;
		goto out;
	}
	if (!NEXT() || l.n != 2 || strcmp(l.f[0], "setup") != 0 ||
	    !is_hex(l.f[1]))
		goto out;
	if (strcmp(l.f[1], setup) != 0) {
		rc = -1;
		goto out;
	}
	while (!ended && NEXT()) {
		if (l.n == 1 && strcmp(l.f[0], "end") == 0)
			ended = 1;
		else if (l.n == 3 && strcmp(l.f[0], "output") == 0 &&
		    get_str(&m->a, l.f[1], &s) == 0 && s != NULL &&
		    is_hex(l.f[2])) {
			key = arena_strdup(&m->a, l.f[2]);
			hash_put(&m->outputs, s, strlen(s), key);
		} else if (l.n == 8 && strcmp(l.f[0], "input") == 0) {
			if (m->nin == m->maxin) {
				m->maxin = m->maxin ? 2 * m->maxin : 64;
				m->in = xreallocarray(m->in, m->maxin,
				    sizeof(*m->in));
			}
			in = &m->in[m->nin++];
			memset(in, 0, sizeof(*in));
			if (get_str(&m->a, l.f[1], &in->path) != 0 ||
			    in->path == NULL || get_stat(&l.f[2], &in->st) ||
			    !is_hex(l.f[6]) || get_size(l.f[7], &nl) != 0 ||
			    nl > 64)
				goto out;
			memcpy(in->sha, l.f[6], 65);
			in->nlayers = nl;
			in->layers = arena_alloc(&m->a, (nl ? nl : 1) *
			    sizeof(*in->layers));
			for (k = 0; k < nl; k++)
				if (!NEXT() || l.n != 6 ||
				    strcmp(l.f[0], "layer") != 0 ||
				    get_str(&m->a, l.f[1],
				    &in->layers[k].path) != 0 ||
				    in->layers[k].path == NULL ||
				    get_stat(&l.f[2], &in->layers[k].st) != 0)
					goto out;
			if (!NEXT() || get_cat(&m->a, &l, in) != 0)
				goto out;
			in->clean = 1;
			in->c.path = in->path;
			in->c.fname = strrchr(in->path, '/') != NULL ?
			    strrchr(in->path, '/') + 1 : in->path;
		} else
			goto out;
	}
	if (!ended || NEXT())
		goto out;
	for (k = 0; k < m->nin; k++)
		hash_put(&m->inputs, m->in[k].path, strlen(m->in[k].path),
		    &m->in[k]);
	rc = 0;
#undef NEXT
 out:
	if (ferror(fp))
		rc = -2;
	free(line);
	free(l.f);
	fclose(fp);
	return rc;
}

void
manifest_release(struct manifest *m)
{
	hash_release(&m->inputs);
	hash_release(&m->outputs);
	free(m->in);
	arena_release(&m->a);
	memset(m, 0, sizeof(*m));
}
