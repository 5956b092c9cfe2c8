/* A growable NUL-terminated byte buffer with an optional size cap. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "xmalloc.h"

char buf_empty[1];

void
buf_init(struct buf *b, size_t max)
{
	b->ptr = buf_empty;
	b->len = b->cap = 0;
	b->max = max;
	b->toobig = 0;
}

void
buf_grow(struct buf *b, size_t extra)
{
	size_t	 want;

	if (b->len + extra + 1 <= b->cap)
		return;
	want = b->cap < 64 ? 64 : b->cap;
	while (want < b->len + extra + 1)
		want *= 2;
	if (b->cap == 0) {
		b->ptr = xmalloc(want);
		b->ptr[0] = '\0';
	} else
		b->ptr = xrealloc(b->ptr, want);
	b->cap = want;
}

void
buf_add(struct buf *b, const void *p, size_t n)
{
	if (b->max != 0 && b->len + n > b->max) {
		b->toobig = 1;
		return;
	}
	buf_grow(b, n);
	memcpy(b->ptr + b->len, p, n);
	b->len += n;
	b->ptr[b->len] = '\0';
}

void
buf_adds(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

void
buf_addch(struct buf *b, int c)
{
	char	 ch = (char)c;

	buf_add(b, &ch, 1);
}

void
buf_vaddf(struct buf *b, const char *fmt, va_list ap)
{
	va_list	 cp;
	int	 n;

	va_copy(cp, ap);
	n = vsnprintf(NULL, 0, fmt, cp);
	va_end(cp);
	if (n < 0)
		return;
	if (b->max != 0 && b->len + (size_t)n > b->max) {
		b->toobig = 1;
		return;
	}
	buf_grow(b, (size_t)n);
	vsnprintf(b->ptr + b->len, (size_t)n + 1, fmt, ap);
	b->len += (size_t)n;
}

void
buf_addf(struct buf *b, const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	buf_vaddf(b, fmt, ap);
	va_end(ap);
}

void
buf_setlen(struct buf *b, size_t len)
{
	if (len > b->len)
		len = b->len;
	b->len = len;
	if (b->cap != 0)
		b->ptr[len] = '\0';
}

void
buf_reset(struct buf *b)
{
	buf_setlen(b, 0);
	b->toobig = 0;
}

void
buf_release(struct buf *b)
{
	if (b->cap != 0)
		free(b->ptr);
	buf_init(b, b->max);
}

char *
buf_detach(struct buf *b, size_t *lenp)
{
	char	*p;

	if (lenp != NULL)
		*lenp = b->len;
	p = b->cap == 0 ? xstrdup("") : b->ptr;
	buf_init(b, b->max);
	return p;
}
