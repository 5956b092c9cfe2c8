/*
 * A publication ledger (台账): one record per piece of information a
 * site published, as its CMS exports them (CSV, XLSX, a table saved as
 * HTML) or as its pages show them (a column's list pages, an article
 * page), for checking catalogs against what was published.
 *
 * Records are appended in file order, then row (or page) order.  Every
 * string of a record is owned by the ledger's arena; path is borrowed
 * and must outlive the ledger.  Dates are day numbers of calendar.h.
 */
#ifndef GKML_LEDGER_H
#define GKML_LEDGER_H

#include <stddef.h>

#include "arena.h"

struct diag;
struct limits;

struct ledger_rec {
	const char	*title;		/* never NULL */
	const char	*item;		/* 事项编号 as written, or NULL */
	const char	*column;	/* column path ("a/b/c") or name as
					   written, or NULL */
	const char	*column_url;	/* the URL of the column page it was
					   listed on, or NULL */
	const char	*url;		/* absolute when it could be resolved,
					   or NULL */
	const char	*index;		/* 索引号, or NULL */
	const char	*docno;		/* 文号, or NULL */
	const char	*publisher;	/* 发布机构, or NULL */
	long		 formed;	/* 成文日期: a day, -1 when absent or
					   unreadable */
	long		 published;	/* 发布日期, likewise */
	const char	*file;		/* the path as named */
	unsigned	 line, col;	/* the row: CSV line, XLSX row (col
					   0) or HTML line (col 0) */
	unsigned	 fline, fcol;	/* where the formed date is (0: none) */
	unsigned	 pline, pcol;	/* where the published date is */
};

struct ledger {
	struct arena		 a;
	struct ledger_rec	*v;
	size_t			 n, cap;
};

void	 ledger_init(struct ledger *);
void	 ledger_release(struct ledger *);

/*
 * Append the records of one file, len bytes at p called path, to l.
 * The format is the name's: .csv, .xlsx, .htm or .html (any case);
 * another is a finding.  encoding is NULL (UTF-8) or "gbk" (or another
 * iconv(3) name) for CSV and for HTML that declares no charset.  Of
 * lim (NULL: the defaults), a cell or a title may hold max_scalar
 * bytes.  Findings go to dg at the cell's position.  A date that does
 * not exist or cannot be read is a finding and leaves the record's day
 * at -1; a row with no title is skipped with a finding.  Returns 0;
 * -1 when the file is broken or has no title or no publication date
 * column (exit 1; an article page without its publication date is
 * still a record); -2 when a limit is passed (exit 2).
 *
 * An HTML page is read as what it holds (ledger_html.c says how): a
 * table with a ledger's header row (a CMS export saved as a page; its
 * titles' links are the URLs when it has no URL column); else entries
 * of a link and a date (a column's list page, one of its pages, each
 * read on its own); else one article, its title and dates from the
 * metadata table at its top.
 */
int	 ledger_read(struct ledger *l, const char *path, const char *p,
	    size_t len, const char *encoding, const struct limits *lim,
	    struct diag *dg);

/*
 * A date as ledgers write it: 2024-03-05, 2024-3-5, 2024/3/5, 2024.3.5,
 * 2024年3月5日 or 20240305, full-width digits too, with a time after it
 * or not (10:22, 10:22:33).  Returns 0 with the day in *day; -1 when it
 * names no day that exists (2023-02-29); -2 when it is not a date.
 */
int	 ledger_date(const char *s, long *day);

/*
 * ref resolved against the absolute URL base (http, https) into the
 * arena: NULL when ref is no link to a page (javascript:, mailto:, a
 * fragment) or when it is relative and base is NULL.
 */
const char *ledger_url(struct arena *, const char *base, const char *ref);

#endif
