/* A bump allocator over a list of blocks, released in one call. */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "xmalloc.h"

#define ARENA_BLOCK	(256 * 1024)
#define ARENA_ALIGN	(_Alignof(max_align_t))

struct arena_block {
	struct arena_block	*next;
	max_align_t		 data[];
};

void
arena_init(struct arena *a)
{
	a->head = NULL;
	a->cur = NULL;
	a->left = 0;
	a->total = 0;
}

void *
arena_alloc(struct arena *a, size_t n)
{
	struct arena_block	*b;
	size_t			 sz;
	void			*p;

	if (n > SIZE_MAX - 2 * ARENA_ALIGN - sizeof(*b))
		xmalloc(SIZE_MAX);	/* reports and exits */
	n = (n + ARENA_ALIGN - 1) & ~(ARENA_ALIGN - 1);
	if (n > a->left) {
		/* Large requests get a block of their own. */
		sz = n > ARENA_BLOCK / 4 ? n : ARENA_BLOCK;
		b = xmalloc(sizeof(*b) + sz);
		if (sz == n && a->head != NULL) {
			b->next = a->head->next;
			a->head->next = b;
			a->total += n;
			return b->data;
		}
		b->next = a->head;
		a->head = b;
		a->cur = (char *)b->data;
		a->left = sz;
	}
	p = a->cur;
	a->cur += n;
	a->left -= n;
	a->total += n;
	return p;
}

void *
arena_calloc(struct arena *a, size_t nmemb, size_t size)
{
	void	*p;

	if (size != 0 && nmemb > SIZE_MAX / size)
		xmalloc(SIZE_MAX);
	p = arena_alloc(a, nmemb * size);
	memset(p, 0, nmemb * size);
	return p;
}

char *
arena_strndup(struct arena *a, const char *s, size_t n)
{
	char	*p;

	p = arena_alloc(a, n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *
arena_strdup(struct arena *a, const char *s)
{
	return arena_strndup(a, s, strlen(s));
}

void *
arena_memdup(struct arena *a, const void *s, size_t n)
{
	void	*p;

	p = arena_alloc(a, n);
	if (n != 0)
		memcpy(p, s, n);
	return p;
}

char *
arena_strfmt(struct arena *a, const char *fmt, ...)
{
	va_list	 ap;
	char	 small[256], *p;
	int	 n;

	va_start(ap, fmt);
	n = vsnprintf(small, sizeof(small), fmt, ap);
	va_end(ap);
	if (n < 0)
		return arena_strdup(a, "");
	if ((size_t)n < sizeof(small))
		return arena_strndup(a, small, (size_t)n);
	p = arena_alloc(a, (size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return p;
}

void
arena_release(struct arena *a)
{
	struct arena_block	*b, *next;

	for (b = a->head; b != NULL; b = next) {
		next = b->next;
		free(b);
	}
	arena_init(a);
}
