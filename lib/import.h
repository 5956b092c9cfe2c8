/*
 * Import: tables as published (read by lib/table.c into grids) turned
 * into gkml catalogs, one per catalog table.
 *
 * The header rows are found by their meaning, columns mapped, 同上
 * resolved, item names split from their outline numbers into stable
 * ids, channel marks, ticks and vocabulary read through the aliases of
 * schemas/vocab.yaml.  What can be repaired with certainty is repaired
 * (a note); what cannot be decided is a warning at the source cell and
 * an x-import note on the item; a table that cannot be imported is an
 * error.  The catalogs come out in gkml-fmt's canonical form and are
 * validated before they are handed back.
 *
 * An struct import owns its outputs (names and YAML text); they are
 * freed by import_release().  Findings go to the struct diag given,
 * with the file name passed in, which must outlive it.
 */
#ifndef GKML_IMPORT_H
#define GKML_IMPORT_H

#include <stddef.h>

struct diag;
struct limits;
struct schema;
struct tables;

/* What the command line says; NULL where it says nothing. */
struct import_opts {
	const char	*area;		/* a slug, label or alias; x-<slug> */
	const char	*level;		/* a slug, label or alias */
	const char	*jurisdiction;
	const char	*idprefix;	/* catalog ids are PREFIX/<area> */
};

/* One catalog made from one table (or one area of a combined table). */
struct import_out {
	char		*name;		/* "<area>.yaml", unique in the run */
	char		*yaml;		/* canonical YAML, NUL-terminated */
	size_t		 len;
	const char	*where;		/* the table it came from (borrowed) */
	char		*base;		/* the overlay it was, as gkml-render */
	char		*inherit;	/* wrote it: 'extends' and 'inherit'
					   (YAML), or NULL */
};

struct import {
	struct import_out *v;
	size_t		 n;
	size_t		 uncertain;	/* warnings of the import-* rules */
	size_t		 broken;	/* errors: what could not be imported */
	const char	*badopt;	/* "--area" or "--level" when its value
					   is not of the vocabulary (-2) */
};

void	 import_init(struct import *);

/*
 * Load gkml-import's word lists, datadir/schemas/import.yaml, into the
 * schema: header names, place words, filler words.  Returns 0, or -1
 * after printing what is wrong on stderr.  import_tables() needs them.
 */
int	 import_load_words(struct schema *, const char *datadir);

/*
 * Turn the tables of ts, read from path, into catalogs appended to im.
 * Returns 0 when every catalog table was imported (warnings allowed);
 * -1 when the input is broken: no catalog table, or one that could not
 * be imported (im->broken says how many; an error names each); -2 on
 * trouble (a limit passed).  On -1 and -2 im may hold the catalogs
 * that were made; the caller decides whether to write them.
 */
int	 import_tables(struct import *im, const struct tables *ts,
	    const char *path, const struct import_opts *,
	    const struct schema *, const struct limits *, struct diag *dg);

void	 import_release(struct import *);

/*
 * Fold s for matching against vocabularies and header names: drop
 * whitespace, full-width ASCII to ASCII, traditional characters to
 * simplified (a table of those used in headers, vocabularies, areas
 * and place names).  The result is appended to out.  Exposed for the
 * unit test.
 */
struct buf;
void	 import_fold(struct buf *out, const char *s);

/*
 * Split an outline number off the front of an item name: "一、", "（一）",
 * "(1)", "1.", "1、", "1.1", "1.1.2", "①".  Up to 3 numbers go to num;
 * returns how many (0 when the name has none) and sets *rest to the
 * name after the number and its punctuation.  Exposed for the unit test.
 */
int	 import_outline(const char *name, int num[3], const char **rest);

#endif
