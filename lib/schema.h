/*
 * The schema: the structure of a catalog and its vocabularies, loaded
 * at start-up from schemas/structure.yaml and schemas/vocab.yaml, and
 * what service guides must have, from schemas/guide.yaml (guide.h).
 *
 * Everything a struct schema points to is owned by it and freed by
 * schema_release(); lookups return borrowed pointers.
 */
#ifndef GKML_SCHEMA_H
#define GKML_SCHEMA_H

#include <stddef.h>

#include "arena.h"
#include "diag.h"
#include "doc.h"
#include "hash.h"

/* What a value is: a mapping of keys, or a kind of scalar. */
enum stype_kind {
	ST_MAP,
	ST_STRING,
	ST_TEXT,	/* CommonMark */
	ST_ID,
	ST_REF,
	ST_CATALOG_ID,
	ST_PATH,
	ST_DATE,
	ST_VERSION,
	ST_DEADLINE,
	ST_CITATION,
	ST_COLUMN,	/* a path of the website's column tree */
	ST_URL,
	ST_COUNT,	/* a whole number, 0 or more */
	ST_TIME_LIMIT,	/* a service's: a deadline, or on the spot */
	ST_VOCAB
};

enum shape {
	SHAPE_ONE,
	SHAPE_LIST,
	SHAPE_ONE_OR_LIST
};

enum required {
	REQ_NO,
	REQ_STANDALONE,	/* required unless the catalog is an overlay */
	REQ_ALWAYS
};

struct stype;

struct skey {
	const char		*name;
	size_t			 len;
	const struct stype	*type;
	enum shape		 shape;
	enum required		 required;
	int			 recommended;	/* warn when absent */
	int			 plain;		/* a list entry of a mapping
						   type may be a plain string:
						   its name */
	enum rule		 missing;	/* the rule when absent */
	const char		*label;		/* Chinese column name */
};

struct stype {
	const char	*name;
	enum stype_kind	 kind;
	struct skey	*keys;		/* ST_MAP, in canonical order */
	size_t		 nkeys;
	struct vocab	*vocab;		/* ST_VOCAB */
};

struct vterm {
	const char	*slug;
	const char	*label;
	const char	*dept;		/* areas: the lead department */
	unsigned	 levels;	/* areas: bit r set when jurisdictions
					   of level rank r keep a catalog of
					   it; 0 when every level may */
};

enum vmatch_how {
	VM_SLUG,
	VM_LABEL,
	VM_ALIAS
};

struct vmatch {
	const struct vterm	*term;
	enum vmatch_how		 how;
};

struct vocab {
	const char	*name;		/* "channel" */
	enum rule	 unknown;	/* the rule for a value not in it */
	struct vterm	*terms;
	size_t		 n;
	struct hash	 index;		/* slug, label, alias -> vmatch */
	int		 other;		/* accepts "other: <text>" */
	int		 local;		/* accepts x-<slug> */
};

#define SCHEMA_NVOCAB	11

/*
 * A document kind other than the catalog (structure.yaml, kinds): the
 * types that stand in for the catalog's in a document of that kind.
 */
#define SKIND_MAXSUB	4

struct skind {
	const char		*name;		/* "guide" */
	const struct stype	*from[SKIND_MAXSUB];
	const struct stype	*to[SKIND_MAXSUB];
	size_t			 nsub;
};

/* What marks the standard templates (structure.yaml, template). */
struct stemplate {
	const char	*id;		/* first segment of their ids */
	const char	*jurisdiction;	/* the placeholder they name */
	const char	*example;	/* first segment of the example's ids */
};

struct import_words;
struct guide_conf;

struct schema {
	struct arena	 arena;
	struct stemplate template;	/* members NULL when not given */
	struct stype	*types;
	size_t		 ntypes;
	const struct stype *root;
	struct vocab	 vocabs[SCHEMA_NVOCAB];
	struct skind	*kinds;
	size_t		 nkinds;
	struct doc	 docs[4];	/* the loaded files: strings live here;
					   docs[2] is a command's own file,
					   docs[3] guide.yaml */
	const struct guide_conf *guide;	/* guide.yaml, read (guide.h) */
	const struct import_words *imp;	/* gkml-import's word lists, or NULL */
};

/*
 * Load the schema from datadir/schemas.  Returns 0, or -1 after
 * printing what is wrong on stderr (the installation is broken).
 */
int		 schema_load(struct schema *, const char *datadir);
/*
 * Say on stderr that a data file of the schema (d, at node n, NULL for
 * none) is broken, and what; returns -1.
 */
int		 schema_broken(const struct doc *d, const struct node *n,
		    const char *what);
/*
 * Load datadir/schemas/name as the schema's own file of one command
 * (import.yaml), read only by the command that needs it.  Returns its
 * root, or NULL after printing what is wrong on stderr.
 */
const struct node *schema_load_own(struct schema *, const char *datadir,
		    const char *name);
void		 schema_release(struct schema *);

const struct vocab *schema_vocab(const struct schema *, const char *name);
/*
 * The rank of a level (slug, label or alias) from the top: its place
 * in vocab.yaml's level list, which goes county, township, village.
 * -1 when s is no level.
 */
int		 schema_level_rank(const struct schema *, const char *s,
		    size_t len);

/*
 * Whether jurisdictions of level rank keep catalogs of area t (its
 * 'levels' in vocab.yaml); 1 for an area that names no levels.
 */
int		 schema_area_kept(const struct vterm *t, int rank);

/* The slug and label of the level of that rank (0 <= rank < the levels). */
const char	*schema_level_slug(const struct schema *, int rank);
const char	*schema_level_label(const struct schema *, int rank);

const struct skey *stype_key(const struct stype *, const char *, size_t);

/*
 * The kind of the document whose root is root: its top-level 'kind'
 * (a slug, label or alias of vocabulary 'kind'), or NULL for a
 * catalog, a document that says no kind, or one whose kind is not
 * known (the validator reports that).
 */
const struct skind *schema_kind_of(const struct schema *,
		    const struct node *root);

/* The type that stands for t in documents of kind k (NULL: t). */
const struct stype *skind_type(const struct skind *k, const struct stype *t);

/* The type of that name, or NULL. */
const struct stype *schema_type(const struct schema *, const char *name);

/* Find s among a vocabulary's slugs, labels and aliases, or NULL. */
const struct vmatch *vocab_find(const struct vocab *, const char *s,
		    size_t len);

/*
 * The slug, label or alias nearest to s by edit distance, when near
 * enough to be a likely typo; NULL otherwise.  Sets *term.
 */
const char	*vocab_suggest(const struct vocab *, const char *s,
		    const struct vterm **term);

/* Edit distance in characters, capped at max + 1. */
size_t		 edit_distance(const char *, const char *, size_t max);

/* The format version this program reads: the value of 'gkml'. */
#define GKML_FORMAT	"1"

/*
 * Whether the document d is in the format this program reads: its
 * 'gkml' is GKML_FORMAT, or absent (which the validator reports of a
 * catalog that must say it).  Returns 0; or -1 after a GK025 finding
 * at the value, when dg is not NULL: commands that need to know what
 * the document means cannot use it.
 */
int		 schema_check_version(const struct doc *d, struct diag *dg);

/* Whether s is an ISO 8601 calendar date, YYYY-MM-DD, that exists. */
int		 schema_is_date(const char *s);

/* Where the schemas and templates are: see gkml(1), ENVIRONMENT. */
const char	*gkml_datadir(void);

#endif
