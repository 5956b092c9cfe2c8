/*
 * Allocation wrappers that never return NULL: on failure they print a
 * message and exit with status 2 (see design.md, Exit status).
 * Every pointer returned is owned by the caller and released with free(3).
 */
#ifndef GKML_XMALLOC_H
#define GKML_XMALLOC_H

#include <stddef.h>

void	*xmalloc(size_t);
void	*xcalloc(size_t, size_t);
void	*xrealloc(void *, size_t);
void	*xreallocarray(void *, size_t, size_t);
char	*xstrdup(const char *);
char	*xstrndup(const char *, size_t);
char	*xasprintf(const char *, ...)
	    __attribute__((format(printf, 1, 2)));

#endif
