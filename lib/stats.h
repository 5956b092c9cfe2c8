/*
 * The coverage audit: what a tree of catalogs publishes, per
 * jurisdiction (county, township, village), the way city reports count
 * it: areas covered out of those expected, first-level (一级事项) and
 * second-level (二级事项) items per area, items by mode, audience,
 * channel and kind of time limit, not-applicable items, townships with
 * no village catalogs, stale catalogs.
 *
 * A struct stats owns all its strings (its arena).
 */
#ifndef GKML_STATS_H
#define GKML_STATS_H

#include <stddef.h>

#include "arena.h"

struct buf;
struct catset;
struct diag;
struct doc;
struct limits;
struct schema;

struct tally {
	const char	*key;
	size_t		 n;
};

#define STATS_MAXTALLY	32

struct tallies {
	struct tally	 v[STATS_MAXTALLY];
	size_t		 n;
};

struct na {
	const char	*id, *name, *reason;
};

struct scatalog {
	const char	*path, *id, *area, *level, *updated;
	const char	*jur;		/* its 'jurisdiction', the name */
	const char	*key;		/* its jurisdiction's key, from the id */
	size_t		 ncat, nitem;
	struct tallies	 mode, audience, channel, deadline, stage;
	struct na	*na;
	size_t		 nna;
	int		 older;		/* a newer version is in the tree,
					   or it clashes with another */
};

/* A jurisdiction: what the ids of its catalogs say (catset_jur()). */
struct sjur {
	const char	*key;		/* "county/town" */
	const char	*name;		/* of its first catalog */
	int		 level;		/* 0 county, 1 township, 2 village */
	struct sjur	*parent;
	size_t		*cats;		/* indices into stats.cats */
	size_t		 ncats;
	size_t		 nchildren;
};

struct stats {
	struct arena	 a;
	const struct schema *s;
	struct scatalog	*cats;
	size_t		 ncats;
	struct sjur	*jurs;
	size_t		 njurs;
	const char	**expect;	/* expected area slugs */
	size_t		 nexpect;
	const char	*stale;		/* --stale-before, or NULL */
};

enum stats_format {
	SF_TEXT,
	SF_JSON,
	SF_CSV,
	SF_HTML
};

void	 stats_init(struct stats *, const struct schema *);
void	 stats_release(struct stats *);

/*
 * Expect the 26 areas of the schema ("standard") or those listed in the
 * file what: one area a line (slug, label, alias or x-<slug>), '#'
 * starting a comment, blank lines skipped, an area listed twice counted
 * once.  A line that is no area is a finding in dg (GK031); a file
 * that is not UTF-8 too.  Returns 0, or -1 after saying why (findings
 * in dg, or a message on stderr when the file cannot be read, is a
 * directory, passes lim's size or lists no areas).
 */
int	 stats_expect(struct stats *, const char *what, const struct limits *,
	    struct diag *);

/* Count one resolved catalog; path names it in the report. */
void	 stats_add(struct stats *, const char *path, struct doc *);

/*
 * Group the catalogs by jurisdiction, once all are added; cs holds the
 * same catalogs in the same order, and says which are counted (not an
 * older version of another).
 */
void	 stats_group(struct stats *, const struct catset *cs);

/* Expected areas a county or township has no catalog for. */
size_t	 stats_missing(const struct stats *, const struct sjur *,
	    const char **out, size_t max);

void	 stats_print(struct buf *, const struct stats *, enum stats_format);

#endif
