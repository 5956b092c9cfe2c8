/*
 * Allocation wrappers that never return NULL: on failure they call
 * xnomem() (see design.md, Exit status).  Every pointer returned is
 * owned by the caller and released with free(3).
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

/*
 * Memory ran out, here or in a library (lib/xml.c, lib/md.c, lib/yaml.c
 * and lib/zip.c send theirs here): print "PROG: out of memory" and exit
 * 2, which removes the temporaries of file.h.  Any thread may call it;
 * a second one waits for the first to end the process.
 */
void	 xnomem(void) __attribute__((noreturn));
void	 xnomem_words(const char *, const char *);

#endif
