/*
 * What the ledger readers share (ledger.c: tables and dates;
 * ledger_html.c: list and article pages).  Private to them.
 */
#ifndef GKML_LEDGER_INT_H
#define GKML_LEDGER_INT_H

#include <stddef.h>

#include "doc.h"

struct diag;
struct ledger;
struct ledger_rec;
struct tables;

/* A ledger reader at work on one file. */
struct lrd {
	struct ledger	*l;
	const char	*path;
	struct diag	*dg;
	struct limits	 lim;
	int		 rc;		/* 0; -1 broken; -2 a limit */
};

struct ledger_rec *lrd_rec(struct lrd *, unsigned line, unsigned col);
void	 lrd_date(struct lrd *, const char *s, unsigned line, unsigned col,
	    const char *what, long *day);
int	 lrd_date_in(const char *s, long *day, size_t *at, size_t *n);
int	 lrd_tables(struct lrd *, const struct tables *, int xlsx,
	    const char *base, int quiet);
int	 lrd_page(struct lrd *, const char *p, size_t len,
	    const char *encoding);

#endif
