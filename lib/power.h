/*
 * Power lists (权责清单) and the items that cite them, across the files
 * of one run: the powers of every document of kind 'powers', the codes
 * catalog items and services cite in 'power', and the rules only the
 * set can tell (GK176-GK179), each said at one side and naming the
 * other's file, line and column.
 *
 * A struct powerset copies what it keeps into its arena, so a document
 * may be released once added; file names are borrowed and must outlive
 * the set.
 */
#ifndef GKML_POWER_H
#define GKML_POWER_H

#include <stddef.h>

#include "arena.h"
#include "hash.h"

struct catalog;
struct diag;
struct node;
struct schema;

/* A power of a power list. */
struct power {
	const char	*code, *name, *category;	/* category: a slug */
	const char	*file;
	unsigned	 line, col;	/* of its code */
	unsigned	 levels;	/* bit 1 << rank of each level
					   that exercises it */
	const char	*jur;		/* its list's jurisdiction key */
	int		 disclosed;	/* a catalog item cites it */
};

/* An item of a catalog or guide, with the code it cites or none. */
struct power_cite {
	const char	*code;		/* NULL: the item cites none */
	const char	*item;		/* its id */
	const char	*file;
	unsigned	 line, col;	/* of the code, or of the id */
	int		 rank;		/* its catalog's level, or -1 */
	const char	*jur;
	int		 guide;		/* a service, not a catalog item */
};

/* A power list's 'cited-by': its jurisdiction's items must cite. */
struct power_req {
	const char	*jur;
	const char	*file;
	unsigned	 line, col;
	int		 catalog, guide;
};

struct powerset {
	struct arena		 a;
	const struct schema	*s;
	struct power		*p;
	size_t			 np, maxp;
	struct power_cite	*c;
	size_t			 nc, maxc;
	struct power_req	*r;
	size_t			 nr;
	struct hash		 codes;		/* code -> first power */
};

void	 powerset_init(struct powerset *, const struct schema *);
void	 powerset_release(struct powerset *);

/*
 * Add the document root (resolved, if an overlay) read from file: its
 * powers, when it is a power list; else its items' citations.
 */
void	 powerset_add(struct powerset *, const char *file,
	    const struct node *root);

/*
 * Once all are added, report to dg, in the order added: a cited code
 * no power list has (GK176), a power cited by an item of a level it is
 * not exercised at (GK177), a 行政许可 or 行政处罚 power no catalog
 * item of its jurisdiction or below cites (GK178, only when the run
 * holds catalogs of that jurisdiction), and an item that cites no
 * power where a power list's 'cited-by' asks (GK179).
 */
void	 powerset_check(struct powerset *, struct diag *dg);

#endif
