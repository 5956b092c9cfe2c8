/*
 * Printing a diff: text for a terminal, JSON for auditors' records,
 * TSV for spreadsheets and a standalone HTML report.  The output is
 * appended to a buf; nothing here writes to a file.
 */
#ifndef GKML_DIFFOUT_H
#define GKML_DIFFOUT_H

#include <stddef.h>

struct buf;
struct diff;

enum diff_format {
	DF_TEXT,
	DF_JSON,
	DF_TSV,
	DF_HTML
};

struct diff_input {
	const char	*path;		/* as named on the command line */
	char		 sha256[65];	/* hex; for a directory, of the
					   sorted "sha256  path" lines */
};

struct diff_meta {
	struct diff_input old, new;
	const char	*version;	/* gkml's */
	int		 color;		/* text: ANSI colours */
	int		 dirs;		/* directories: name each catalog's
					   files */
};

/* Append df to out in the given format. */
void	 diff_print(struct buf *out, const struct diff *df, enum diff_format,
	    const struct diff_meta *);

/* Parse "text", "json", "tsv" or "html"; -1 when none of them. */
int	 diff_parse_format(const char *);

#endif
