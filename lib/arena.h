/*
 * A bump allocator: many small allocations, one release.
 *
 * Everything allocated from an arena is owned by it and freed by
 * arena_release(); nothing is freed one by one.  Memory is aligned for
 * any object.  An arena is not thread-safe; give each thread its own.
 */
#ifndef GKML_ARENA_H
#define GKML_ARENA_H

#include <stddef.h>

struct arena_block;

struct arena {
	struct arena_block	*head;
	char			*cur;
	size_t			 left;
	size_t			 total;	/* bytes handed out, for limits */
};

#define ARENA_INIT { NULL, NULL, 0, 0 }

void	 arena_init(struct arena *);
void	*arena_alloc(struct arena *, size_t);
void	*arena_calloc(struct arena *, size_t, size_t);
char	*arena_strdup(struct arena *, const char *);
char	*arena_strndup(struct arena *, const char *, size_t);
void	*arena_memdup(struct arena *, const void *, size_t);
char	*arena_strfmt(struct arena *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
/* Was p handed out by this arena?  (Linear in its blocks.) */
int	 arena_owns(const struct arena *, const void *p);

void	 arena_release(struct arena *);

#endif
