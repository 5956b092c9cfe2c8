/*
 * Printing a diff: text for a terminal, JSON for auditors' records,
 * TSV for spreadsheets, a standalone HTML report and a change notice
 * in plain Chinese (lib/notice.c).  The output is appended to a buf;
 * nothing here writes to a file.  The documents and the schema a
 * struct diff_meta points to are borrowed.
 */
#ifndef GKML_DIFFOUT_H
#define GKML_DIFFOUT_H

#include <stddef.h>

struct buf;
struct diff;
struct doc;
struct schema;

enum diff_format {
	DF_TEXT,
	DF_JSON,
	DF_TSV,
	DF_HTML,
	DF_NOTICE
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
	/* The notice: labels, and the catalogs compared (any may be
	 * NULL), for what the changes do not say (titles, names). */
	const struct schema *schema;
	struct doc	**olddocs, **newdocs;
	size_t		 nold, nnew;
	int		 oneline;	/* a sentence a line, nothing else */
};

/* Append df to out in the given format. */
void	 diff_print(struct buf *out, const struct diff *df, enum diff_format,
	    const struct diff_meta *);

/*
 * Append the change notice of df to out (lib/notice.c): Chinese
 * sentences naming what changed by the names the public knows, in
 * every locale.
 */
void	 diff_notice(struct buf *out, const struct diff *df,
	    const struct diff_meta *);

/* Parse "text", "json", "tsv", "html" or "notice"; -1 when none. */
int	 diff_parse_format(const char *);

#endif
