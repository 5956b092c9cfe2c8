/*
 * UTF-8 checks on raw input, before any parser sees it: invalid
 * sequences, GBK/GB18030 and UTF-16 files, and characters XML cannot
 * carry (NUL, C0 controls other than tab and newlines, U+FFFE, U+FFFF).
 */
#ifndef GKML_UTF8_H
#define GKML_UTF8_H

#include <stddef.h>

#include "text.h"	/* utf8_decode() and the rest of the text module */

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
 * Whether len bytes at p, though valid UTF-8 throughout, are GBK text:
 * as UTF-8 mostly characters Chinese text does not use, as GBK Chinese.
 * utf8_check() reports such a file as GK003.
 */
int	 utf8_disguised_gbk(const unsigned char *p, size_t len);

#endif
