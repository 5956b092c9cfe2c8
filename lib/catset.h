/*
 * A set of catalogs: the files of one run taken together.  This one
 * module decides what only the set can tell, for every command alike:
 * which jurisdiction a catalog is in, which of the files that hold one
 * catalog id is used (versions and duplicates), and whether a catalog
 * is a standard template copied and not made its own.
 *
 * A struct catset copies what it keeps into its arena, so a document
 * may be released as soon as it is added; file names passed in are
 * borrowed and must outlive the set (findings name them).
 */
#ifndef GKML_CATSET_H
#define GKML_CATSET_H

#include <stddef.h>
#include <sys/types.h>

#include "arena.h"

struct diag;
struct node;
struct schema;

struct catent {
	const char	*file;		/* as named, borrowed */
	const char	*id;		/* NULL: no id, in no decision */
	unsigned	 line, col;	/* of the id's value */
	const char	*version;	/* or NULL */
	const char	*updated;	/* or NULL */
	dev_t		 dev;		/* the file, when it could be */
	ino_t		 ino;		/* stat(2)ed (ino != 0) */
	size_t		 newer;		/* the entry used in its place;
					   its own index when none */
	int		 clash;		/* one id in two files and no telling
					   which is newer (GK080) */
	int		 copy;		/* a template's id or jurisdiction
					   (GK082) */
};

struct catset {
	struct arena		 a;
	const struct schema	*s;
	struct catent		*v;
	size_t			 n;
	size_t			 nclash;	/* entries with clash set */
	size_t			 ncopy;		/* entries with copy set */
};

void	 catset_init(struct catset *, const struct schema *);
void	 catset_release(struct catset *);

/*
 * Add the catalog root (resolved, if an overlay) read from file, and
 * report to dg what it shows alone: a template's id or jurisdiction
 * (GK082).  Returns its index in cs->v.
 */
size_t	 catset_add(struct catset *, const char *file, const struct node *root,
	    struct diag *dg);

/*
 * Once all are added, decide which files hold one catalog id: of two,
 * the newer by 'updated' and 'version' is used and both are told
 * (GK081); when neither is newer (the same, none, or the two keys
 * disagree), both are in error (GK080).  A file named twice is one
 * catalog.  Findings go to dg entry by entry, in the order added, and
 * dg is flushed after each entry's.
 */
void	 catset_decide(struct catset *, struct diag *dg);

/* Entry i is used: no newer version of it, no clash. */
int	 catset_used(const struct catset *, size_t i);

/*
 * The jurisdiction of a catalog, by its id: the length of the len
 * bytes at id up to their last '/' (0 when there is none), so that
 * "county/town/area" is in "county/town".  Applied to a jurisdiction's
 * key, it gives the key of the one above it.
 */
size_t	 catset_jur(const char *id, size_t len);

#endif
