/* Escaping for JSON, HTML and spreadsheets, by context. */
#include <string.h>

#include "buf.h"
#include "esc.h"

void
json_escape(struct buf *b, const char *s)
{
	const unsigned char	*p;

	for (p = (const unsigned char *)s; *p != '\0'; p++) {
		switch (*p) {
		case '"':
			buf_add(b, "\\\"", 2);
			break;
		case '\\':
			buf_add(b, "\\\\", 2);
			break;
		case '\n':
			buf_add(b, "\\n", 2);
			break;
		case '\r':
			buf_add(b, "\\r", 2);
			break;
		case '\t':
			buf_add(b, "\\t", 2);
			break;
		default:
			if (*p < 0x20 || *p == 0x7f)
				buf_addf(b, "\\u%04x", *p);
			else
				buf_addch(b, *p);
		}
	}
}

void
json_string(struct buf *b, const char *s)
{
	if (s == NULL) {
		buf_adds(b, "null");
		return;
	}
	buf_addch(b, '"');
	json_escape(b, s);
	buf_addch(b, '"');
}

void
html_escape(struct buf *b, const char *s)
{
	const unsigned char	*p;

	if (s == NULL)
		return;
	for (p = (const unsigned char *)s; *p != '\0'; p++) {
		switch (*p) {
		case '&':
			buf_adds(b, "&amp;");
			break;
		case '<':
			buf_adds(b, "&lt;");
			break;
		case '>':
			buf_adds(b, "&gt;");
			break;
		case '"':
			buf_adds(b, "&quot;");
			break;
		case '\'':
			buf_adds(b, "&#39;");
			break;
		case '\t':
		case '\n':
			buf_addch(b, *p);
			break;
		default:
			if (*p < 0x20 || *p == 0x7f)
				/* Shown, so an auditor sees it is there. */
				buf_addf(b, "\\x%02x", *p);
			else if (*p == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f) {
				buf_adds(b, "\xef\xbf\xbd");
				p++;
			} else
				buf_addch(b, *p);
		}
	}
}

void
js_escape(struct buf *b, const char *s)
{
	struct buf	 t = BUF_INIT;
	size_t		 i;

	if (strchr(s, '<') == NULL) {
		json_escape(b, s);
		return;
	}
	json_escape(&t, s);
	for (i = 0; i < t.len; i++)
		if (t.ptr[i] == '<')
			buf_adds(b, "\\u003c");
		else
			buf_addch(b, t.ptr[i]);
	buf_release(&t);
}

void
js_string(struct buf *b, const char *s)
{
	if (s == NULL) {
		buf_adds(b, "null");
		return;
	}
	buf_addch(b, '"');
	js_escape(b, s);
	buf_addch(b, '"');
}

void
html_scrub(struct buf *b)
{
	struct buf		 t = BUF_INIT;
	const unsigned char	*p = (const unsigned char *)b->ptr;
	size_t			 i, n, from = 0;

	for (i = 0; i < b->len; i += n) {
		n = 1;
		if (p[i] == 0x7f)
			;
		else if (p[i] == 0xc2 && i + 1 < b->len && p[i + 1] >= 0x80 &&
		    p[i + 1] <= 0x9f)
			n = 2;
		else
			continue;
		buf_add(&t, b->ptr + from, i - from);
		buf_adds(&t, "\xef\xbf\xbd");
		from = i + n;
	}
	if (from == 0)
		return;
	buf_add(&t, b->ptr + from, b->len - from);
	buf_reset(b);
	buf_add(b, t.ptr, t.len);
	buf_release(&t);
}

void
xml_text(struct buf *b, const char *s, int html)
{
	const unsigned char	*p = (const unsigned char *)s;
	const char		*e;
	size_t			 from = 0, i;

	if (s == NULL)
		return;
	for (i = 0; p[i] != '\0'; i++) {
		switch (p[i]) {
		case '&':
			e = "&amp;";
			break;
		case '<':
			e = "&lt;";
			break;
		case '>':
			e = "&gt;";
			break;
		case '\r':
			if (html)
				continue;
			e = "&#13;";
			break;
		default:
			if (!html || p[i] >= 0x20 || p[i] == '\t' ||
			    p[i] == '\n')
				continue;
			e = "";
			break;
		}
		buf_add(b, s + from, i - from);
		buf_adds(b, e);
		from = i + 1;
	}
	buf_add(b, s + from, i - from);
}

/* [+-]digits[.digits]: a number, which a spreadsheet does not run. */
static int
plain_number(const char *s)
{
	if (*s == '+' || *s == '-')
		s++;
	if (*s < '0' || *s > '9')
		return 0;
	while (*s >= '0' && *s <= '9')
		s++;
	if (*s == '.' && s[1] >= '0' && s[1] <= '9')
		for (s++; *s >= '0' && *s <= '9'; s++)
			continue;
	return *s == '\0';
}

/*
 * Whether a spreadsheet would take s as a formula: OWASP's list, and
 * the fullwidth forms, which Excel and WPS with a Chinese or Japanese
 * input method can take as the ASCII ones.  Whether they ever do so
 * when opening a file is not documented; an apostrophe in front of
 * text that starts with one costs nothing.
 */
static int
formula(const char *s)
{
	static const char *const wide[] = { "\xef\xbc\x9d", "\xef\xbc\x8b",
	    "\xef\xbc\x8d", "\xef\xbc\xa0" };	/* ＝ ＋ － ＠ */
	size_t	 i;

	if (strchr("=+-@\t\r", *s) != NULL && *s != '\0')
		return !plain_number(s);
	for (i = 0; i < sizeof(wide) / sizeof(*wide); i++)
		if (strncmp(s, wide[i], 3) == 0)
			return 1;
	return 0;
}

void
cell_escape(struct buf *b, const char *s, int sep)
{
	int	 quote;

	if (s == NULL)
		return;
	quote = sep == ',' && strpbrk(s, ",\"\n\r") != NULL;
	if (quote)
		buf_addch(b, '"');
	if (formula(s))
		buf_addch(b, '\'');
	for (; *s != '\0'; s++) {
		if (sep == ',') {
			if (*s == '"')
				buf_addch(b, '"');
			buf_addch(b, *s);
			continue;
		}
		switch (*s) {
		case '\t':
			buf_adds(b, "\\t");
			break;
		case '\n':
			buf_adds(b, "\\n");
			break;
		case '\r':
			buf_adds(b, "\\r");
			break;
		case '\\':
			buf_adds(b, "\\\\");
			break;
		default:
			/* Control characters would reach a terminal. */
			if ((unsigned char)*s < 0x20 || *s == 0x7f)
				buf_addf(b, "\\x%02x", (unsigned char)*s);
			else
				buf_addch(b, *s);
		}
	}
	if (quote)
		buf_addch(b, '"');
}
