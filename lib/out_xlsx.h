/*
 * The rows of the XLSX workbook that grow with a catalog, written in C
 * straight into a buf (templates/xlsx/sheet.xsl makes the frame of each
 * sheet and marks where they go).  The layout is templates/README.md,
 * XLSX; every string is the one the catalog's XML form would give, so
 * the cells are those the stylesheet made of it.  Strings are borrowed
 * from the catalog; nothing here keeps a pointer after it returns.
 */
#ifndef GKML_OUT_XLSX_H
#define GKML_OUT_XLSX_H

#include <stddef.h>

struct buf;
struct catalog;
struct schema;

/*
 * The shape of an area sheet: the rows below its header (one an item,
 * one for each category without items or sub-categories) and the
 * levels of categories (at least 1), which make its 事项 columns.
 */
struct xlsx_shape {
	size_t	 rows;
	size_t	 depth;
};

void	 xlsx_area_shape(const struct catalog *, struct xlsx_shape *);

/*
 * The <row> elements of an area sheet of shape sh, from row 4, and the
 * <mergeCell> elements of its categories that span rows.
 */
void	 xlsx_area_rows(struct buf *, const struct catalog *,
	    const struct schema *, const struct xlsx_shape *);
void	 xlsx_area_merges(struct buf *, const struct catalog *);

/*
 * The rows of the sheets 未涉及事项 and 分类备注 that come from catalog
 * m, on the area sheet called sheet, from row *r on (advanced past
 * them).  With catcols, 分类备注 has the columns 栏目 and 栏目地址.
 * The count functions say how many rows they write.
 */
size_t	 xlsx_na_count(const struct catalog *);
void	 xlsx_na_rows(struct buf *, const struct catalog *m,
	    const char *sheet, size_t *r);
size_t	 xlsx_notes_count(const struct catalog *);
void	 xlsx_notes_rows(struct buf *, const struct catalog *m,
	    const char *sheet, int catcols, size_t *r);
/* Whether a category of m names its own column (栏目, 栏目地址). */
int	 xlsx_catcols(const struct catalog *m);

/*
 * The lines text s takes in a column w characters wide (a character
 * outside printable ASCII counts two, each line wraps on its own), at
 * most XLSX_MAXLINES: what the height of a row is made of.
 */
#define XLSX_MAXLINES	28
size_t	 xlsx_fit(const char *s, size_t w);

/*
 * An inline-string cell at column c, row r, style s, of text v (an
 * empty cell, kept for its borders, when v is empty): v as XML 1.0
 * carries it, "_x" escaped as "_x005F_x".
 */
void	 xlsx_cell(struct buf *, size_t c, size_t r, int s, const char *v);

/* The letters of column i (1 is A). */
void	 xlsx_col(struct buf *, size_t i);

#endif
