/*
 * The audit of catalogs against what was published (gkml-audit): each
 * record of the ledgers (ledger.h) is matched to the item whose column
 * it was published in, and the catalogs' rules are checked against the
 * records: every item on the website has a column, every column has
 * records, each record was published within its item's 公开时限 of the
 * day it was formed (in working days, calendar.h), periodic items and
 * columns were updated in time as of a day, and every record belongs
 * to an item.
 *
 * A finding is data: its rule, where the catalog set the rule, the
 * record that broke it and the numbers; audit_say() makes it a finding
 * of diag.h, audit_csv() and audit_html() a table row.
 */
#ifndef GKML_AUDIT_H
#define GKML_AUDIT_H

#include <stddef.h>

#include "arena.h"
#include "diag.h"

struct calendar;
struct catalog;
struct ledger;
struct ledger_rec;
struct node;
struct buf;

#define AUDIT_DEFAULT_DAYS	20	/* 条例 第二十六条: working days */
#define AUDIT_DYNAMIC_DAYS	14	/* a dynamic column's inspection */
#define AUDIT_OTHER_DAYS	183	/* six months: any other column */

/* A catalog of the audit, as the command loaded it. */
struct audit_cat {
	const struct catalog	*c;
	const char		*path;		/* its file */
	const char		*(*file_of)(void *, const struct node *);
	void			*ctx;		/* file_of's */
	const char		*id, *jurisdiction, *area, *area_label;
};

struct audit_finding {
	enum rule		 rule;
	const struct audit_cat	*cat;		/* or NULL (an orphan) */
	const char		*file;		/* where the catalog set it */
	unsigned		 line, col;
	const char		*item;		/* item id, or NULL */
	const char		*name;		/* item name, or NULL */
	const char		*column;	/* the column path, or NULL */
	const struct ledger_rec	*rec;		/* the record, or NULL */
	long			 formed, published, due, as_of;
	long			 days;		/* counted: working days
						   taken, or days since */
	long			 limit;		/* what was allowed */
	const char		*unit;		/* "working days", "days" */
	const char		*why;		/* a static word: the period
						   ("quarter"), or NULL */
	const struct audit_cat	*cat0;		/* the first catalog */
	size_t			 seq;
};

/* What one catalog's items and columns came to. */
struct audit_sum {
	const struct audit_cat	*cat;
	size_t			 items, columns, records;
	size_t			 n[8];		/* findings by kind, in the
						   order of audit_kinds[] */
};

struct audit {
	struct arena		 a;
	struct audit_finding	*v;
	size_t			 n, cap;
	struct audit_sum	*sums;		/* one per catalog */
	size_t			 nsums;
	size_t			 records, matched, orphans;
	long			 as_of;
};

/* The audit rules, in the order of audit_sum.n[]; the index of r. */
extern const enum rule audit_kinds[8];
size_t	 audit_kind(enum rule r);

/*
 * Audit the n catalogs cats against the ledger l as of the day as_of
 * (calendar.h), counting working days with cal.  Findings in the
 * order of the catalogs and their entries, then the records that
 * match no item in ledger order.  Returns 0.
 */
int	 audit_run(struct audit *, const struct audit_cat *cats, size_t n,
	    const struct ledger *l, struct calendar *cal, long as_of);
void	 audit_release(struct audit *);

/* f as a finding of dg, at the catalog's line (or the record's). */
void	 audit_say(struct diag *dg, const struct audit_finding *f);

/* The findings as CSV (a header row, CR LF), and as a Chinese HTML
 * report: a summary per jurisdiction and area, then the worklist. */
void	 audit_csv(struct buf *, const struct audit *, enum sev threshold);
void	 audit_html(struct buf *, const struct audit *, enum sev threshold,
	    const char *title);

#endif
