/*
 * Escaping, by context: the one place where text from a catalog is made
 * safe for JSON, for HTML and for a spreadsheet.  Everything is appended
 * to a buf.
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

/*
 * s as text in an element, as libxml2 writes it for a stylesheet's
 * output: &, < and > as entities; in XML (html 0) a carriage return as
 * &#13;, in HTML (html 1) C0 controls but tab, newline and return left
 * out.  Other bytes as they are.  For what C writes in the place of a
 * stylesheet's <?gkml-rows?>.  NULL appends nothing.
 */
void	 xml_text(struct buf *, const char *s, int html);

/*
 * s as one cell of delimited text for a spreadsheet, every writer's
 * only way to put text in one: sep ',' gives a CSV field (RFC 4180:
 * quoted when it holds a comma, quote, CR or LF), sep '\t' a TSV cell
 * (tab, LF, CR, backslash and other controls as \t, \n, \r, \\ and
 * \xNN).  A cell a spreadsheet would take as a formula, one that starts
 * with =, +, -, @, tab or CR or with the fullwidth ＝ ＋ － ＠, gets an
 * apostrophe in front, which Excel, WPS and Calc read as "text"; a plain
 * number such as -12 or +3.5 is left as it is.  NULL appends nothing.
 */
void	 cell_escape(struct buf *, const char *s, int sep);

#endif
