/*
 * Escaping, by context: the one place where text from a catalog is made
 * safe for JSON and for HTML.  Everything is appended to a buf.
 */
#ifndef GKML_ESC_H
#define GKML_ESC_H

struct buf;

/* s as the body of a JSON string (no quotes). */
void	 json_escape(struct buf *, const char *s);

/* s as a quoted JSON string, or null when s is NULL. */
void	 json_string(struct buf *, const char *s);

/*
 * s safe in HTML text and in a quoted attribute; NULL appends nothing.
 * Control characters other than tab and newline, which an HTML
 * document may not hold, are shown as \xNN so a reader sees them; C1
 * controls become U+FFFD.
 */
void	 html_escape(struct buf *, const char *s);

/*
 * s as the body of a string in a script: JSON's escapes, and '<' as
 * \u003c, so that no "</script>" or "<!--" is there even if inlined.
 */
void	 js_escape(struct buf *, const char *s);
/* s as a quoted script string, or null when s is NULL. */
void	 js_string(struct buf *, const char *s);

/*
 * An HTML page made from XML, in place: DEL and the C1 controls, which
 * XML carries and HTML may not hold, become U+FFFD as in html_escape().
 */
void	 html_scrub(struct buf *);

#endif
