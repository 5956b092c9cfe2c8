/* Escaping for JSON and HTML, by context. */
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
