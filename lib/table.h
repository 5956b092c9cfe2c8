/*
 * Tables as found in published catalogs (HTML pages, DOCX, XLSX, CSV),
 * read into plain grids for gkml-import.
 *
 * A reader expands merged cells (rowspan/colspan, vMerge/gridSpan,
 * XLSX mergeCells): every grid position holds a cell, and a copy made
 * by a merge says so and where its origin is.  Cell text is UTF-8,
 * trimmed, with line breaks and paragraphs as '\n'; checkbox glyphs
 * and form controls are turned into the text marks ■ and □.  Text a
 * reader of the document does not see (DOCX runs marked w:vanish) is
 * kept apart from it, in hidden.  Every string is owned by the tables'
 * arena.
 */
#ifndef GKML_TABLE_H
#define GKML_TABLE_H

#include <stddef.h>

#include "arena.h"

struct diag;
struct limits;

struct cell {
	const char	*text;		/* never NULL; "" when empty */
	unsigned	 line, col;	/* where it is in the source (1-based):
					   HTML/XML line and 0, CSV line and
					   field, XLSX row and column */
	unsigned	 orow, ocol;	/* the grid position (0-based) of the
					   cell a merge copied this from; its
					   own position when not merged */
	unsigned char	 merged;	/* a copy made by a merge */
	const char	*hidden;	/* hidden text (DOCX w:vanish runs),
					   trimmed, paragraphs as '\n'; ""
					   when none; copied by merges like
					   text.  Not in text. */
};

struct table {
	const char	*name;		/* caption, sheet name, or the heading
					   just before the table; or NULL */
	const char	*pre;		/* HTML, DOCX: the short paragraphs
					   between the table before and this
					   one (a page's metadata block), a
					   line each; NULL when none */
	const char	*where;		/* "sheet 2", "table 3": for messages */
	const char	*what;		/* "sheet" or "table" (static) */
	unsigned	 nth;		/* which one, from 1 */
	unsigned	 line;		/* where the table starts */
	unsigned	 nrows, ncols;
	struct cell	*cells;		/* nrows * ncols, row by row */
};

#define TABLE_CELL(t, r, c)	(&(t)->cells[(size_t)(r) * (t)->ncols + (c)])

struct tables {
	struct arena	 a;
	struct table	*v;
	size_t		 n;
};

enum table_format {
	TF_CSV,
	TF_HTML,
	TF_DOCX,
	TF_XLSX
};

void	 tables_init(struct tables *);
void	 tables_release(struct tables *);

/*
 * Read every table of len bytes at p, a file called path in the given
 * format, into ts.  encoding is NULL (UTF-8) or "gbk" (or another
 * iconv(3) name), for CSV and for HTML that declares no charset; bytes
 * that are not UTF-8 without it are refused with the iconv command.
 * Of lim (NULL: the defaults), a cell may hold max_scalar bytes and a
 * DOCX or XLSX entry inflate to max_inflate.  Findings go to dg with
 * path and the source position.  Returns 0; -1 when the input is
 * broken (a finding says why: exit 1); -2 when a limit is passed (exit
 * 2).
 */
int	 tables_read(struct tables *ts, enum table_format, const char *path,
	    const char *p, size_t len, const char *encoding,
	    const struct limits *lim, struct diag *dg);

/*
 * The bytes of an HTML page as the HTML reader parses them: *p and *len
 * are left alone when the page is UTF-8 or declares a charset (the
 * parser converts from it), else point at its conversion from encoding
 * into conv, as tables_read() does it.  Returns 0, or -1 with the
 * finding tables_read() makes (bytes that are not UTF-8 and no
 * encoding given, or bytes not in it).
 */
struct buf;
int	 tables_html_bytes(const char *path, const char **p, size_t *len,
	    const char *encoding, struct buf *conv, struct diag *dg);

#endif
