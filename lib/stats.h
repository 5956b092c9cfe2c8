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
#include "guide.h"

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
	unsigned	 levels;	/* bit 1 << rank for each level an
					   item is published at */
};

#define STATS_LEVELS	3	/* county, township, village */

/*
 * The village's own area, its 村务公开 catalog: expected of every
 * village besides what its county assigns to villages.  Either slug
 * covers it (stats.c, own_area()).
 */
#define STATS_VILLAGE_AREA	"village-affairs"

/* Where a jurisdiction's expected areas come from. */
enum stats_from {
	SX_STANDARD,		/* the areas of the schema (a county) */
	SX_FILE,		/* --expect-areas */
	SX_COUNTY,		/* what its county assigns to its level */
	SX_TEMPLATES		/* no county in the tree: what the
				   standard templates assign */
};

/* An area and the levels its items are published at. */
struct sarea {
	const char	*area;
	unsigned	 levels;
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
	const char	**expect;	/* the areas expected of it */
	size_t		 nexpect;
	enum stats_from	 from;		/* and where they come from */
};

/*
 * Services (办事指南): the items of a jurisdiction's service guides,
 * counted as the county reports count them by hand: by 办件类型 and by
 * 跑动承诺 (visits promised).
 */
#define STATS_NPROMISE	4	/* GP_NONE ... GP_REMOTE (guide.h) */

struct sservices {
	const char	*key;		/* the jurisdiction's, from the id */
	const char	*name;		/* of its first guide */
	int		 level;		/* rank, or -1 */
	size_t		 nguides;
	size_t		 n;		/* services */
	size_t		 type[GT__MAX];	/* by 办件类型; [GT_NONE] not said */
	size_t		 promise[STATS_NPROMISE];
	int		 older;		/* a guide: a newer version is in
					   the run, not counted */
};

struct stats {
	struct arena	 a;
	const struct schema *s;
	struct scatalog	*cats;
	size_t		 ncats;
	struct sjur	*jurs;
	size_t		 njurs;
	struct sservices *guides;	/* one per guide, as added */
	size_t		 nguides;
	struct sservices *svc;		/* per jurisdiction, by key */
	size_t		 nsvc;
	/* --expect-areas: per level, whether given, and the areas */
	const char	*expect_path;	/* the file, or NULL (borrowed) */
	int		 given[STATS_LEVELS];
	const char	**expect[STATS_LEVELS];
	size_t		 nexpect[STATS_LEVELS];
	struct sarea	*tmpl;		/* the standard templates, loaded */
	size_t		 ntmpl;		/* when first needed */
	int		 tmpl_loaded;
	const char	*stale;		/* --stale-before, or NULL */
	/* What the HTML report says of the audit (borrowed). */
	const char	*date;		/* YYYY-MM-DD */
	const char	*version;
	char *const	*inputs;
	size_t		 ninputs;
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
 * Expect of counties the 26 areas of the schema, and of townships and
 * villages what their county assigns ("standard"), or what the file
 * what says: one area a line (slug, label, alias or x-<slug>) expected
 * of every county and township, or a level, a colon and the areas
 * expected of that level ("township: budget 义务教育"), '#' starting a
 * comment, blank lines skipped, an area listed twice counted once.  A
 * level the file does not name keeps what "standard" expects of it.
 * A name that is no area is a finding in dg (GK031), a prefix that is
 * no level too (GK032); a file that is not UTF-8 too.  Returns 0, or
 * -1 after saying why (findings in dg, or a message on stderr when the
 * file cannot be read, is a directory, passes lim's size or lists no
 * areas).
 */
int	 stats_expect(struct stats *, const char *what, const struct limits *,
	    struct diag *);

/* Count one resolved catalog; path names it in the report. */
void	 stats_add(struct stats *, const char *path, struct doc *);

/*
 * Count one resolved service guide (a document of kind guide): its
 * services by 办件类型 and 跑动承诺, for its jurisdiction.  Guides are
 * not catalogs: they cover no area.
 */
void	 stats_add_guide(struct stats *, const char *path, struct doc *);

/*
 * Add up the guides by jurisdiction, once all are added; gs holds the
 * same guides in the same order and says which are counted.
 */
void	 stats_group_guides(struct stats *, const struct catset *gs);

/*
 * Group the catalogs by jurisdiction, once all are added; cs holds the
 * same catalogs in the same order, and says which are counted (not an
 * older version of another).
 */
void	 stats_group(struct stats *, const struct catset *cs);

/*
 * Decide what each jurisdiction is expected to cover, once grouped:
 * see stats_expect().  A township or village whose county is not in
 * the tree is measured against the standard templates under dir,
 * loaded (as lim allows, findings in dg) when first needed.  Returns
 * 0, or -1 after saying why when they cannot be loaded.
 */
int	 stats_derive(struct stats *, const char *dir, const struct limits *,
	    struct diag *);

/* Expected areas a jurisdiction has no catalog for. */
size_t	 stats_missing(const struct stats *, const struct sjur *,
	    const char **out, size_t max);

void	 stats_print(struct buf *, const struct stats *, enum stats_format);

#endif
