/*
 * What the table readers share (table.c and table_*.c, one file per
 * input format): the reader's state, cell text as it is gathered, the
 * grid cells are placed on, and the limits every format keeps.
 * Private to them; gkml-import sees only table.h.
 */
#ifndef GKML_TABLE_INT_H
#define GKML_TABLE_INT_H

#include <stddef.h>

#include "buf.h"
#include "doc.h"

struct diag;
struct tables;
struct xdoc;
struct xnode;
struct xread;
struct zipr;

#define MAX_CELLS	4000000	/* grid positions in one table: a
				   200,000-item sheet has 3,400,000 */
#define MAX_COLS	16384	/* columns in one table, as in Excel */
#define MAX_ROWS	1048576	/* rows in one table, as in Excel */
#define MAX_COLSPAN	1000	/* HTML's own cap, kept for w:gridSpan too */
#define MAX_NAME	100	/* characters in a table's name */

/* Symbol fonts, whose letters draw boxes and ticks. */
enum { SF_NONE, SF_WINGDINGS, SF_WINGDINGS2, SF_SYMBOL };

/* What an empty grid position says about where it is. */
enum { G_LINES, G_FIELDS, G_XY };

/* A reader at work on one file. */
struct rd {
	struct tables	*ts;
	const char	*path;
	struct diag	*dg;
	struct limits	 lim;
	size_t		 total;		/* grid positions so far */
	int		 rc;		/* 0; -1 broken input; -2 a limit */
	int		 deep;		/* the nesting limit was reported */
	struct buf	 tmp;		/* attribute values */
	struct buf	 fin;		/* text_finish() */
	const char	*pre;		/* the table's, for grid_emit() */
};

/* Text of one cell as it is gathered. */
struct text {
	struct buf	 b;
	int		 html;		/* runs of white space are one space */
	unsigned	 dropped;	/* symbol characters not known */
	unsigned	 dropcode;	/* the first of them */
	int		 dropfont;
	struct text	*hid;		/* DOCX: where hidden runs go; NULL
					   drops them */
};

/* A cell placed on a grid, before its spans are expanded. */
struct pcell {
	unsigned	 row, col;	/* top left */
	unsigned	 rs, cs;	/* spans, at least 1 */
	unsigned	 line, lcol;	/* where it is in the source */
	const char	*text;
	const char	*hidden;	/* or NULL */
};

struct grid {
	struct pcell	*v;
	size_t		 n, cap;
	unsigned	 nrows, ncols;
	unsigned	*rowline;	/* the source line of each row */
	size_t		 rowcap;
	unsigned	*a, *b;		/* per column: HTML rows held by a
					   rowspan; DOCX vertical merges */
	size_t		 colcap;
	size_t		 gfirst;	/* HTML: first cell of the row group */
	unsigned	 wstart;	/* HTML: last column a cell starts in */
	unsigned	 wmulti;	/* HTML: widest row of 2 cells+ */
};

/* A table element found, waiting to be read. */
struct found {
	struct xnode	*node;
	const char	*name;
	const char	*pre;		/* see struct table */
	unsigned	 nth;
};

struct finds {
	struct found	*v;
	size_t		 n, cap;
	unsigned	 nth;		/* table elements seen */
	struct xnode	*lastp;		/* DOCX: last paragraph with text */
	const char	*title;		/* HTML: last heading */
	struct buf	 pre;		/* paragraphs since the last table */
	int		 intable;	/* inside a table: no paragraph is */
};

/* Office Open XML: the relationships of a part. */
struct rel {
	const char	*id, *type, *target;
};

struct rels {
	struct rel	*v;
	size_t		 n, cap;
};

/* table.c: common ground */
void		 broken(struct rd *);
void		 limited(struct rd *);
int		 too_deep(struct rd *, int, unsigned);
unsigned	 line_of(struct xnode *);
const char	*symbol(int, unsigned);
int		 font_named(const char *, size_t);
void		 text_init(struct text *, int);
void		 text_drop(struct text *, int, unsigned);
int		 html_space(int);
void		 text_add(struct text *, const char *, size_t, int);
void		 text_nl(struct text *);
const char	*text_finish(struct rd *, struct text *);
const char	*cell_text(struct rd *, struct text *, unsigned);
const char	*name_of(struct rd *, const char *);
void		 pre_add(struct finds *, const char *);
void		 pre_take(struct rd *, struct finds *);
unsigned	 span_value(const char *, unsigned);
int		 name_in(const char *, const char *const *);
const char	*err_at(const char *, unsigned *, unsigned *);

/* table.c: grids */
void		 grid_init(struct grid *);
void		 grid_free(struct grid *);
void		 grid_cols(struct grid *, size_t);
int		 grid_row(struct rd *, struct grid *, unsigned);
struct pcell	*grid_add(struct grid *, unsigned, unsigned, unsigned,
		    unsigned, const char *, unsigned, unsigned);
size_t		 grid_emit(struct rd *, struct grid *, unsigned, int,
		    const char *, const char *, unsigned, unsigned);
void		 finds_add(struct finds *, struct xnode *, const char *,
		    unsigned);

/* table_csv.c */
int		 as_utf8(struct rd *, const char **, size_t *, const char *,
		    struct buf *);
int		 read_csv(struct rd *, const char *, size_t, const char *);

/* table_html.c */
int		 read_html(struct rd *, const char *, size_t, const char *);

/* table_ooxml.c: parts of a zip archive, shared by DOCX and XLSX */
struct zipr	*ooxml_open(struct rd *, const char *, size_t, const char *);
int		 part_read(struct rd *, struct zipr *, const char *,
		    struct buf *);
struct xdoc	*part_parse(struct rd *, const char *, struct buf *);
struct xread	*part_stream(struct rd *, const char *, struct buf *);
int		 part_end(struct rd *, const char *, struct xread *);
const char	*attr(struct rd *, struct xnode *, const char *);
unsigned	 attr_uint(struct rd *, struct xnode *, const char *, unsigned,
		    unsigned);
int		 attr_on(struct rd *, struct xnode *);
void		 rels_read(struct rd *, struct zipr *, const char *,
		    struct rels *);
const char	*rels_find(const struct rels *, const char *, const char *);
struct xdoc	*main_doc(struct rd *, struct zipr *, const char *,
		    const char *, const char **, struct buf *);

/* table_docx.c */
int		 read_docx(struct rd *, const char *, size_t);

/* table_xlsx.c */
int		 read_xlsx(struct rd *, const char *, size_t);

#endif
