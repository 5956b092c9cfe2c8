/*
 * Encoding checks.  One pass over the bytes with a fast path for ASCII;
 * positions are counted as they go, so findings carry line and column.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "buf.h"
#include "diag.h"
#include "msg.h"
#include "text.h"
#include "utf8.h"

#define MAX_CONTROL	20	/* control characters reported per file */
#define ONES		0x0101010101010101ULL

/*
 * Does the file read as GBK/GB18030?  Count double-byte pairs of the
 * GB ranges among the non-ASCII bytes; Chinese text in GBK is almost
 * all such pairs, while stray Latin-1 bytes or binary data are not.
 * A UTF-8 file with a damaged byte also pairs up, but most of its
 * characters still decode as UTF-8, which GBK text seldom does.
 */
static int
looks_gbk(const unsigned char *p, size_t len)
{
	size_t		 i, k, good = 0, bad = 0, utf8 = 0;
	unsigned	 cp;

	for (i = 0; i < len; i++) {
		if (p[i] < 0x80)
			continue;
		if ((k = utf8_decode(p + i, len - i, &cp)) > 1)
			utf8++;
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
	return good >= 2 && bad * 20 <= good && utf8 * 4 < good;
}

/*
 * Is this code point likely in a Chinese catalog written in UTF-8?
 * Han characters, CJK and general punctuation, full-width forms and a
 * few symbols of the Latin-1 block that such text uses (·, ×, °, ±).
 * Everything else above ASCII, Latin letters with accents, Greek,
 * Cyrillic, Arabic, Hangul, rare Han of extension A, private use, is
 * what GBK bytes read as UTF-8 mostly turn into.
 */
#define LETTER(c)	(((c) | 0x20) >= 'a' && ((c) | 0x20) <= 'z')

static int
common_cp(unsigned cp)
{
	return (cp >= 0x4e00 && cp <= 0x9fff) ||
	    (cp >= 0x3000 && cp <= 0x303f) ||
	    (cp >= 0xff00 && cp <= 0xffef) ||
	    (cp >= 0x2000 && cp <= 0x27bf) ||
	    cp == 0xb7 || cp == 0xd7 || cp == 0xb0 || cp == 0xb1;
}

/*
 * Bytes that are valid UTF-8 but were written in GBK.  A pair of GBK
 * bytes whose lead is C2..DF and whose trail is A1..BF is also a
 * well-formed two-byte UTF-8 sequence (某 is C4 B3, and reads as U+0133),
 * so a short GBK file can be valid UTF-8 throughout.  Call it GBK only
 * when both readings agree: as UTF-8 more than two thirds of the
 * characters above ASCII are unlikely ones, at least four; and as GBK
 * every byte above ASCII pairs up, most pairs being characters of
 * GB 2312 (Han or its punctuation); and the unlikely characters seldom
 * touch a Latin letter.  Real UTF-8 Chinese is mostly
 * Han as UTF-8, and its three-byte sequences do not pair up as GBK.
 */
int
utf8_disguised_gbk(const unsigned char *p, size_t len)
{
	size_t		 i, k, common = 0, rare = 0, inword = 0, pairs = 0;
	size_t		 gb2312 = 0;
	unsigned	 cp;

	for (i = 0; i < len; i += k) {
		if (p[i] < 0x80) {
			k = 1;
			continue;
		}
		if ((k = utf8_decode(p + i, len - i, &cp)) == 0)
			return 0;	/* not UTF-8: utf8_check() says so */
		if (common_cp(cp))
			common++;
		else {
			rare++;
			if ((i > 0 && LETTER(p[i - 1])) ||
			    (i + k < len && LETTER(p[i + k])))
				inword++;
		}
	}
	/* Accented letters sit inside words of Latin ones (café); the
	 * Han characters of GBK text seldom touch a Latin letter. */
	if (rare < 4 || rare < 2 * common || inword * 4 > rare)
		return 0;
	for (i = 0; i < len; i++) {
		if (p[i] < 0x80)
			continue;
		if (p[i] < 0x81 || p[i] > 0xfe || i + 1 >= len ||
		    p[i + 1] < 0x40 || p[i + 1] == 0x7f || p[i + 1] > 0xfe)
			return 0;
		pairs++;
		if (((p[i] >= 0xa1 && p[i] <= 0xa9) ||
		    (p[i] >= 0xb0 && p[i] <= 0xf7)) &&
		    p[i + 1] >= 0xa1 && p[i + 1] <= 0xfe)
			gb2312++;
		i++;
	}
	return gb2312 * 4 >= pairs * 3;
}

/*
 * UTF-16 without a byte order mark: Chinese or ASCII text in UTF-16
 * has a NUL in about every other byte, on one side.
 */
static int
looks_utf16(const unsigned char *p, size_t len)
{
	size_t	 i, n = len < 4096 ? len : 4096, even = 0, odd = 0;

	if (n < 4)
		return 0;
	for (i = 0; i + 1 < n; i += 2) {
		even += p[i] == 0;
		odd += p[i + 1] == 0;
	}
	return (even > n / 8 && odd == 0) || (odd > n / 8 && even == 0);
}

/* Append path to b, quoted for a POSIX shell when it needs quotes. */
static void
shell_quote(struct buf *b, const char *path)
{
	const char	*s;

	if (path[strspn(path, "abcdefghijklmnopqrstuvwxyz"
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-./+")] == '\0') {
		buf_adds(b, path);
		return;
	}
	buf_addch(b, '\'');
	for (s = path; *s != '\0'; s++) {
		if (*s == '\'')
			buf_adds(b, "'\\''");
		else
			buf_addch(b, *s);
	}
	buf_addch(b, '\'');
}

/* Tell how to convert from another encoding, as a command to paste. */
static void
convert(struct diag *dg, const char *path, unsigned line, unsigned col,
    const char *what, const char *from)
{
	struct buf	 cmd = BUF_INIT;

	if (strcmp(path, "<stdin>") == 0)
		buf_addf(&cmd, "iconv -f %s -t UTF-8", from);
	else {
		buf_addf(&cmd, "iconv -f %s -t UTF-8 ", from);
		shell_quote(&cmd, path);
		buf_adds(&cmd, " > ");
		shell_quote(&cmd, path);
		buf_adds(&cmd, ".utf8");
	}
	diag_add(dg, path, line, col, R_GBK, NULL, NULL, "file is %s, not "
	    "UTF-8; convert it with: %s", what, cmd.ptr);
	buf_release(&cmd);
}

/* The column of byte i, counted only when a finding needs it. */
#define COL	((unsigned)utf8_chars((const char *)p + linestart, \
		    i - linestart) + 1)

/* Report a control character, or count it past the first few. */
#define CONTROL(...) do {						\
	if (nctl++ < MAX_CONTROL)					\
		diag_add(dg, path, line, COL, R_CONTROL, NULL, NULL,	\
		    __VA_ARGS__);					\
	else if (nctl == MAX_CONTROL + 1) {				\
		moreline = line;					\
		morecol = COL;						\
	}								\
} while (0)

int
utf8_check(const char *path, const unsigned char *p, size_t len,
    struct diag *dg, int *crlf)
{
	size_t		 i = 0, k, linestart = 0, nbad = 0, nctl = 0;
	unsigned	 line = 1, cp, badline = 0, badcol = 0, badbyte = 0;
	unsigned	 moreline = 0, morecol = 0;
	uint64_t	 w, x;

	*crlf = 0;
	if (len >= 2 && ((p[0] == 0xff && p[1] == 0xfe) ||
	    (p[0] == 0xfe && p[1] == 0xff))) {
		convert(dg, path, 1, 1, "UTF-16", "UTF-16");
		return -1;
	}
	if (looks_utf16(p, len)) {
		convert(dg, path, 1, 1, "UTF-16 without a byte order mark",
		    p[0] == 0 ? "UTF-16BE" : "UTF-16LE");
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
		 * byte has its high bit set, is below 0x20 or is DEL), and
		 * runs of ASCII and well-formed characters of U+3000..U+CFFF,
		 * where Chinese text lives and nothing needs checking.
		 */
		while (i + 8 <= len) {
			memcpy(&w, p + i, 8);
			x = w ^ ONES * 0x7f;
			if ((w | (w - ONES * 0x20) | ((x - ONES) & ~x)) &
			    ONES * 0x80)
				break;
			i += 8;
		}
		while (i + 3 <= len) {
			if (p[i] >= 0x20 && p[i] < 0x7f)
				i++;
			else if (p[i] >= 0xe3 && p[i] <= 0xec &&
			    (p[i + 1] & 0xc0) == 0x80 && (p[i + 2] & 0xc0) == 0x80)
				i += 3;
			else
				break;
		}
		while (i < len && p[i] >= 0x20 && p[i] < 0x7f)
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
			else
				CONTROL("carriage return without a line feed; "
				    "lines end in LF (or CR LF)");
			i++;
			continue;
		}
		if (p[i] < 0x20 || p[i] == 0x7f) {
			if (p[i] == 0)
				CONTROL("NUL byte in the file");
			else
				CONTROL("control character U+%04X; YAML and "
				    "XML cannot carry it", p[i]);
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
		if (cp == 0xfffe || cp == 0xffff)
			CONTROL("non-character U+%04X; XML cannot carry it",
			    cp);
		else if (cp == 0x85 || cp == 0x2028 || cp == 0x2029)
			/* YAML reads these as line breaks; text pasted from
			 * Word has them.  Positions would drift. */
			CONTROL("line separator U+%04X; YAML reads it as a "
			    "line break: use a newline, or remove it", cp);
		else if (cp >= 0x80 && cp < 0xa0)
			/* Often Windows-1252 punctuation read as Latin-1. */
			CONTROL("control character U+%04X; YAML and XML "
			    "cannot carry it (a dash or quote saved in the "
			    "wrong encoding?)", cp);
		i += k;
	}
	if (nctl > MAX_CONTROL)
		diag_add(dg, path, moreline, morecol, R_CONTROL, NULL, NULL,
		    "%zu more control characters from here on not shown",
		    nctl - MAX_CONTROL);
	if (nbad == 0 && utf8_disguised_gbk(p, len)) {
		/* At the first byte above ASCII: where the text begins. */
		for (i = 0, line = 1, linestart = 0; p[i] < 0x80; i++)
			if (p[i] == '\n') {
				line++;
				linestart = i + 1;
			}
		convert(dg, path, line, COL, _("GBK/GB18030 (it reads as "
		    "Chinese in GBK, and as unlikely characters in UTF-8)"),
		    "GB18030");
		return -1;
	}
	if (nbad > 0) {
		if (looks_gbk(p, len))
			convert(dg, path, badline, badcol,
			    "GBK/GB18030 (it reads as Chinese in GBK)",
			    "GB18030");
		else if (nbad == 1)
			diag_add(dg, path, badline, badcol, R_ENCODING, NULL,
			    NULL, "invalid UTF-8 byte 0x%02X; save the file "
			    "as UTF-8", badbyte);
		else
			diag_add(dg, path, badline, badcol, R_ENCODING, NULL,
			    NULL, "invalid UTF-8 byte 0x%02X (%zu such bytes "
			    "in the file); save the file as UTF-8", badbyte,
			    nbad);
	}
	return nbad > 0 || nctl > 0 ? -1 : 0;
}
