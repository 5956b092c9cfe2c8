/*
 * A growable byte buffer.
 *
 * Invariants: ptr is never NULL and ptr[len] is always '\0'; len < cap
 * unless cap is 0 (then ptr points at a static empty string).  The
 * buffer owns ptr; buf_detach() is the only way to take it over.
 * max, when non-zero, caps len: an append that would pass it sets
 * toobig and is dropped, so runaway output is refused, not truncated.
 */
#ifndef GKML_BUF_H
#define GKML_BUF_H

#include <stdarg.h>
#include <stddef.h>

struct buf {
	char	*ptr;
	size_t	 len;
	size_t	 cap;
	size_t	 max;
	int	 toobig;
};

extern char buf_empty[];
#define BUF_INIT { buf_empty, 0, 0, 0, 0 }

void	 buf_init(struct buf *, size_t max);
void	 buf_grow(struct buf *, size_t extra);
void	 buf_add(struct buf *, const void *, size_t);
void	 buf_adds(struct buf *, const char *);
void	 buf_addch(struct buf *, int);
void	 buf_addf(struct buf *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
void	 buf_vaddf(struct buf *, const char *, va_list);
void	 buf_setlen(struct buf *, size_t);
void	 buf_reset(struct buf *);
void	 buf_release(struct buf *);
char	*buf_detach(struct buf *, size_t *lenp);

#endif
