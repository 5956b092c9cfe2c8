/*
 * The findings worklist: a workbook with a row per finding that an
 * officer sorts, filters and ticks off in WPS or Excel (gkml-validate
 * -T xlsx).
 */
#ifndef GKML_WORKLIST_H
#define GKML_WORKLIST_H

#include <stdio.h>

struct buf;
struct finding;

/*
 * Append f as a row of the sheet to rows (SpreadsheetML, row number
 * r, counting the header as 1).
 */
void	 worklist_row(struct buf *rows, size_t r, const struct finding *f);

/*
 * Write the workbook of rows (nrows of them, after the header) to out:
 * the header row frozen and filtered, the columns sized for their
 * text.  Returns 0, or -1 with a message on standard error.
 */
int	 worklist_write(FILE *out, const struct buf *rows, size_t nrows);

#endif
