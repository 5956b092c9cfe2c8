/*
 * Encoding checks.  One pass over the bytes with a fast path for ASCII;
 * positions are counted as they go, so findings carry line and column.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "diag.h"
#include "utf8.h"

#define MAX_CONTROL	20	/* control characters reported per file */
#define ONES		0x0101010101010101ULL

size_t
utf8_decode(const unsigned char *p, size_t n, unsigned *cp)
{
	unsigned	 c;
	size_t		 len, i;

	if (n == 0)
		return 0;
	c = p[0];
	if (c < 0x80) {
		*cp = c;
		return 1;
	} else if (c >= 0xc2 && c <= 0xdf) {
		len = 2;
		c &= 0x1f;
	} else if (c >= 0xe0 && c <= 0xef) {
		len = 3;
		c &= 0x0f;
	} else if (c >= 0xf0 && c <= 0xf4) {
		len = 4;
		c &= 0x07;
	} else
		return 0;
	if (n < len)
		return 0;
	for (i = 1; i < len; i++) {
		if ((p[i] & 0xc0) != 0x80)
			return 0;
		c = (c << 6) | (p[i] & 0x3f);
	}
	/* Overlong forms, surrogates and values past U+10FFFF. */
	if ((len == 3 && c < 0x800) || (len == 4 && c < 0x10000) ||
	    (c >= 0xd800 && c <= 0xdfff) || c > 0x10ffff)
		return 0;
	*cp = c;
	return len;
}

size_t
utf8_chars(const char *s, size_t n)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 i, k = 0;

	for (i = 0; i < n; i++)
		if ((p[i] & 0xc0) != 0x80)
			k++;
	return k;
}

/*
 * Does the file read as GBK/GB18030?  Count double-byte pairs of the
 * GB ranges among the non-ASCII bytes; Chinese text in GBK is almost
 * all such pairs, while stray Latin-1 bytes or binary data are not.
 */
static int
looks_gbk(const unsigned char *p, size_t len)
{
	size_t	 i, good = 0, bad = 0;

	for (i = 0; i < len; i++) {
		if (p[i] < 0x80)
			continue;
		if (p[i] >= 0x81 && p[i] <= 0xfe && i + 1 < len &&
		    ((p[i + 1] >= 0x40 && p[i + 1] <= 0x7e) ||
		    (p[i + 1] >= 0x80 && p[i + 1] <= 0xfe))) {
			good++;
			i++;
		} else if (p[i] >= 0x81 && p[i] <= 0xfe && i + 3 < len &&
		    p[i + 1] >= 0x30 && p[i + 1] <= 0x39) {
			good++;		/* a GB18030 four-byte sequence */
			i += 3;
		} else
			bad++;
	}
	return good >= 2 && bad * 20 <= good;
}

/* The column of byte i, counted only when a finding needs it. */
#define COL	((unsigned)utf8_chars((const char *)p + linestart, \
		    i - linestart) + 1)

int
utf8_check(const char *path, const unsigned char *p, size_t len,
    struct diag *dg, int *crlf)
{
	size_t		 i = 0, k, linestart = 0, nbad = 0, nctl = 0;
	unsigned	 line = 1, cp, badline = 0, badcol = 0, badbyte = 0;
	uint64_t	 w;

	*crlf = 0;
	if (len >= 2 && ((p[0] == 0xff && p[1] == 0xfe) ||
	    (p[0] == 0xfe && p[1] == 0xff))) {
		diag_add(dg, path, 1, 1, R_GBK, NULL, NULL,
		    "file is UTF-16, not UTF-8; convert it with "
		    "'iconv -f UTF-16 -t UTF-8 %s > %s.utf8'", path, path);
		return -1;
	}
	if (len >= 3 && p[0] == 0xef && p[1] == 0xbb && p[2] == 0xbf) {
		diag_add(dg, path, 1, 1, R_BOM, NULL, NULL,
		    "file starts with a byte order mark; "
		    "gkml-fmt removes it");
		i = 3;
		linestart = 3;
	}
	while (i < len) {
		/*
		 * The fast paths: printable ASCII eight bytes at a time (no
		 * byte has its high bit set or is below 0x20), and runs of
		 * ASCII and well-formed characters of U+3000..U+CFFF, where
		 * Chinese text lives and nothing needs checking.
		 */
		while (i + 8 <= len) {
			memcpy(&w, p + i, 8);
			if ((w | (w - ONES * 0x20)) & ONES * 0x80)
				break;
			i += 8;
		}
		while (i + 3 <= len) {
			if (p[i] >= 0x20 && p[i] < 0x80)
				i++;
			else if (p[i] >= 0xe3 && p[i] <= 0xec &&
			    (p[i + 1] & 0xc0) == 0x80 && (p[i + 2] & 0xc0) == 0x80)
				i += 3;
			else
				break;
		}
		while (i < len && p[i] >= 0x20 && p[i] < 0x80)
			i++;
		if (i == len)
			break;
		if (p[i] == '\n') {
			line++;
			linestart = ++i;
			continue;
		}
		if (p[i] == '\t') {
			i++;
			continue;
		}
		if (p[i] == '\r') {
			if (i + 1 < len && p[i + 1] == '\n')
				*crlf = 1;
			else if (nctl++ < MAX_CONTROL)
				diag_add(dg, path, line, COL, R_CONTROL, NULL,
				    NULL, "carriage return without a line feed; "
				    "lines end in LF (or CR LF)");
			i++;
			continue;
		}
		if (p[i] < 0x20) {
			if (nctl++ < MAX_CONTROL)
				diag_add(dg, path, line, COL, R_CONTROL, NULL,
				    NULL, p[i] == 0 ? "NUL byte in the file" :
				    "control character U+%04X; XML cannot carry "
				    "it", p[i]);
			i++;
			continue;
		}
		if ((k = utf8_decode(p + i, len - i, &cp)) == 0) {
			if (nbad++ == 0) {
				badline = line;
				badcol = COL;
				badbyte = p[i];
			}
			i++;
			continue;
		}
		if ((cp == 0xfffe || cp == 0xffff) && nctl++ < MAX_CONTROL)
			diag_add(dg, path, line, COL, R_CONTROL, NULL, NULL,
			    "non-character U+%04X; XML cannot carry it", cp);
		/* YAML reads these as line breaks; text pasted from Word has
		 * them.  Positions would drift, so they are refused. */
		if ((cp == 0x85 || cp == 0x2028 || cp == 0x2029) &&
		    nctl++ < MAX_CONTROL)
			diag_add(dg, path, line, COL, R_CONTROL, NULL, NULL,
			    "line separator U+%04X; YAML reads it as a line "
			    "break: use a newline, or remove it", cp);
		i += k;
	}
	if (nctl > MAX_CONTROL)
		diag_add(dg, path, line, 1, R_CONTROL, NULL, NULL,
		    "%zu more control characters not shown",
		    nctl - MAX_CONTROL);
	if (nbad > 0) {
		if (looks_gbk(p, len))
			diag_add(dg, path, badline, badcol, R_GBK, NULL, NULL,
			    "file is not UTF-8; it looks like GBK/GB18030: "
			    "convert it with 'iconv -f GB18030 -t UTF-8 %s > "
			    "%s.utf8'", path, path);
		else
			diag_add(dg, path, badline, badcol, R_ENCODING, NULL,
			    NULL, "invalid UTF-8 byte 0x%02X (%zu such bytes "
			    "in the file); save it as UTF-8", badbyte, nbad);
	}
	return nbad > 0 || nctl > 0 ? -1 : 0;
}
