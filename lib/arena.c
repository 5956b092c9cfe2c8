/*
 * A bump allocator over a list of blocks, released in one call.  Blocks
 * grow geometrically; large ones come straight from mmap(2) with a hint
 * for huge pages, since a 100 MB catalog otherwise spends more time in
 * page faults than in parsing.
 */
#include <sys/mman.h>

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "xmalloc.h"

#define ARENA_BLOCK	(64 * 1024)		/* the first block */
#define ARENA_MAXBLOCK	(64 * 1024 * 1024)	/* growth stops here */
#define ARENA_MMAP	(2 * 1024 * 1024)	/* mmap from here up */
#define ARENA_ALIGN	(_Alignof(max_align_t))

struct arena_block {
	struct arena_block	*next;
	size_t			 size;		/* of the whole block */
	max_align_t		 data[];
};

static struct arena_block *
block_new(size_t size)
{
	struct arena_block	*b;
	void			*p;

	if (size >= ARENA_MMAP) {
		p = mmap(NULL, size, PROT_READ | PROT_WRITE,
		    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if (p == MAP_FAILED)
			xnomem();
#ifdef MADV_HUGEPAGE
		(void)madvise(p, size, MADV_HUGEPAGE);
#endif
		b = p;
	} else
		b = xmalloc(size);
	b->size = size;
	return b;
}

static void
block_free(struct arena_block *b)
{
	if (b->size >= ARENA_MMAP)
		munmap(b, b->size);
	else
		free(b);
}

void
arena_init(struct arena *a)
{
	a->head = NULL;
	a->cur = NULL;
	a->left = 0;
	a->total = 0;
}

/* n bytes aligned to align (a power of two). */
static void *
arena_get(struct arena *a, size_t n, size_t align)
{
	struct arena_block	*b;
	size_t			 pad, sz;
	void			*p;

	if (n > SIZE_MAX / 4)
		xmalloc(SIZE_MAX);	/* reports and exits */
	pad = (size_t)(-(uintptr_t)a->cur & (align - 1));
	if (a->cur == NULL || n + pad > a->left) {
		sz = a->head == NULL ? ARENA_BLOCK : a->head->size * 2;
		if (sz > ARENA_MAXBLOCK)
			sz = ARENA_MAXBLOCK;
		while (sz - sizeof(*b) < n)
			sz *= 2;
		b = block_new(sz);
		b->next = a->head;
		a->head = b;
		a->cur = (char *)b->data;
		a->left = sz - sizeof(*b);
		pad = 0;
	}
	p = a->cur + pad;
	a->cur += pad + n;
	a->left -= pad + n;
	a->total += n;
	return p;
}

void *
arena_alloc(struct arena *a, size_t n)
{
	return arena_get(a, n, ARENA_ALIGN);
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

	p = arena_get(a, n + 1, 1);	/* strings need no alignment */
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
	p = arena_get(a, (size_t)n + 1, 1);
	va_start(ap, fmt);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return p;
}

int
arena_owns(const struct arena *a, const void *p)
{
	const struct arena_block	*b;
	const char			*c = p;

	for (b = a->head; b != NULL; b = b->next)
		if (c >= (const char *)b->data && c < (const char *)b + b->size)
			return 1;
	return 0;
}

void
arena_release(struct arena *a)
{
	struct arena_block	*b, *next;

	for (b = a->head; b != NULL; b = next) {
		next = b->next;
		block_free(b);
	}
	arena_init(a);
}
