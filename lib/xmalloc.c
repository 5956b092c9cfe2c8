/* Allocation wrappers that exit on failure, so callers never check. */
#include <errno.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "file.h"
#include "xmalloc.h"

/*
 * What xnomem() says, after the program's name: translated by
 * msg_init() while there is memory, not looked up when there is none.
 */
static const char	*nomem = "%s: out of memory\n";
static const char	*overflow = "%s: allocation of %zu x %zu bytes overflows\n";

void
xnomem_words(const char *nomem_fmt, const char *overflow_fmt)
{
	nomem = nomem_fmt;
	overflow = overflow_fmt;
}

void *
xmalloc(size_t n)
{
	void	*p;

	if ((p = malloc(n == 0 ? 1 : n)) == NULL)
		xnomem();
	return p;
}

void *
xcalloc(size_t nmemb, size_t size)
{
	void	*p;

	if ((p = calloc(nmemb == 0 ? 1 : nmemb, size == 0 ? 1 : size)) == NULL)
		xnomem();
	return p;
}

void *
xrealloc(void *p, size_t n)
{
	if ((p = realloc(p, n == 0 ? 1 : n)) == NULL)
		xnomem();
	return p;
}

void *
xreallocarray(void *p, size_t nmemb, size_t size)
{
	if (size != 0 && nmemb > SIZE_MAX / size) {
		tmp_cleanup();
		fprintf(stderr, overflow, program_invocation_short_name,
		    nmemb, size);
		exit(2);
	}
	return xrealloc(p, nmemb * size);
}

char *
xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *
xstrndup(const char *s, size_t n)
{
	char	*p;

	p = xmalloc(n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *
xasprintf(const char *fmt, ...)
{
	va_list	 ap;
	char	*p;

	va_start(ap, fmt);
	if (vasprintf(&p, fmt, ap) == -1)
		xnomem();
	va_end(ap);
	return p;
}

void
xnomem(void)
{
	static atomic_flag	 once = ATOMIC_FLAG_INIT;

	/* exit(3) twice at once is undefined: the first one ends it. */
	if (atomic_flag_test_and_set(&once)) {
		tmp_yield();
		for (;;)
			pause();
	}
	tmp_cleanup();
	/* stderr is unbuffered: fprintf(3) needs no memory of its own. */
	fprintf(stderr, nomem, program_invocation_short_name);
	exit(2);
}
