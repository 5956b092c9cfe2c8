/*
 * UTF-8 checks on raw input, before any parser sees it: invalid
 * sequences, GBK/GB18030 and UTF-16 files, and characters XML cannot
 * carry (NUL, C0 controls other than tab and newlines, U+FFFE, U+FFFF).
 */
#ifndef GKML_UTF8_H
#define GKML_UTF8_H

#include <stddef.h>

struct diag;

/*
 * Check len bytes at p, named path in findings.  Returns 0 when the
 * bytes are clean UTF-8 (a leading BOM is allowed and reported as a
 * warning); -1 when findings were made that stop loading.  *crlf is set
 * when a line ends in CR LF.
 */
int	 utf8_check(const char *path, const unsigned char *p, size_t len,
	    struct diag *, int *crlf);

/*
 * Length of the valid UTF-8 sequence at p (at most n bytes), or 0 when
 * the bytes there are not valid UTF-8.  *cp receives the code point.
 */
size_t	 utf8_decode(const unsigned char *p, size_t n, unsigned *cp);

/* Number of characters in n bytes (invalid bytes count one each). */
size_t	 utf8_chars(const char *p, size_t n);

#endif
