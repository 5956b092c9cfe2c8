/*
 * Board sheets (公示栏): the pagination of a catalog's table on paper,
 * by arithmetic on text widths.  No font is read: glyph widths are
 * estimated from the characters (CJK 1 em, ASCII about half of that)
 * and over-estimated on purpose, so that a browser or a word processor
 * always fits on a page what the layout put there.
 *
 * The caller gives the geometry (column widths, type size, the height
 * a page leaves for rows) and the rows: cells as paragraphs of UTF-8
 * text, each row in a group (a category), the rows of a group
 * adjacent.  board_layout() wraps every cell into lines, then places
 * the rows on pages: a group that fits on one page is never split, a
 * row never leaves a page part-drawn unless it is taller than a whole
 * page, and then it is cut into pieces of whole lines, one a page.
 *
 * Ownership: what board_layout() allocates (lines, pieces, pages) is
 * owned by the struct board and freed by board_release(); the text of
 * the cells is borrowed and must outlive it.
 */
#ifndef GKML_BOARD_H
#define GKML_BOARD_H

#include <stddef.h>

/* One wrapped line: bytes [start, end) of paragraph para of a cell. */
struct bline {
	size_t	 para;
	size_t	 start, end;
};

/* A cell: paragraphs of text.  board_layout() fills in the lines. */
struct bcell {
	const char	**para;		/* NUL-terminated, borrowed */
	size_t		 npara;
	struct bline	*line;
	size_t		 nline;
	int		 cut;		/* lines were dropped to fit a page,
					   and one more line is kept for
					   the caller to mark it ("…") */
};

/* A row: one cell per column (the group column's is not used). */
struct brow {
	size_t		 group;
	struct bcell	*cell;
};

/* The text of a group's merged cell: on its first page, and after. */
struct bgroup {
	struct bcell	 name;
	struct bcell	 cont;		/* "name（续）" */
};

struct bgeom {
	double		 em;		/* type size, mm */
	double		 line;		/* line height, in em */
	double		 padx, pady;	/* cell padding, each side, mm */
	double		 rule;		/* a border, mm */
	double		 area;		/* height for rows on a page, mm */
	const double	*width;		/* column widths, mm */
	size_t		 ncol;
	size_t		 gcol;		/* the group's column, merged down */
	int		 paginate;	/* 0: one page, every row whole */
};

/*
 * A row, or the lines [from, to) of each of its cells, on a page.  The
 * first piece of a run (the pieces of one group on one page) has span,
 * the number of pieces its group cell covers; cont says the run goes
 * on from the page before.  keep: not the last piece of a group that
 * fits on a page (a word processor keeps it with the next).
 */
struct bpiece {
	size_t		 row;
	size_t		 from, to;
	size_t		 span;
	int		 cont;
	int		 keep;
	double		 height;	/* estimated, mm */
};

struct bpage {
	size_t		 first, n;	/* its pieces */
	double		 used;		/* estimated height of its rows, mm */
};

struct board {
	struct bpiece	*piece;
	size_t		 npiece;
	struct bpage	*page;
	size_t		 npage;		/* at least 1 */
	/* Borrowed, for board_release() to free their lines. */
	struct brow	*rows;
	size_t		 nrows, ncol, gcol;
	struct bgroup	*groups;
	size_t		 ngroups;
};

/* The estimated width of n bytes of UTF-8 at s, in em. */
double	 board_width(const char *s, size_t n);

/*
 * Wrap the NUL-terminated s into lines of at most width em, appending
 * them to *lines (with para as their paragraph; *lines is realloc'd,
 * the caller frees it).  Returns the number of lines added, at least 1.
 */
size_t	 board_wrap(const char *s, size_t para, double width,
	    struct bline **lines, size_t *nlines);

/* Lines that s takes at width em (at least 1). */
size_t	 board_lines(const char *s, double width);

/*
 * The width in em that a column of width mm leaves for text: less the
 * padding and rule, and BOARD_SLACK em for what the estimate cannot see
 * (kerning, a fallback font).
 */
#define BOARD_SLACK	0.1
double	 board_text_em(const struct bgeom *, double width);

/* The height of a row of n lines, mm. */
double	 board_height(const struct bgeom *, size_t n);

/*
 * Wrap the cells of rows and groups and place the rows on pages.
 * Every row's group is below ngroups, and the rows of a group are
 * adjacent.  Rows and groups are changed only in their lines (and cut),
 * which stay the board's until board_release().
 */
void	 board_layout(struct board *, const struct bgeom *,
	    struct brow *rows, size_t nrows, struct bgroup *groups,
	    size_t ngroups);
void	 board_release(struct board *);

#endif
