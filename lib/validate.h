/*
 * The validator: a loaded document checked against the schema and the
 * domain rules (design.md, domain.md §4-§6).  Findings go to the struct
 * diag given at init.  A validator may check many documents in turn and
 * keeps a cache of parsed time limits across them.
 */
#ifndef GKML_VALIDATE_H
#define GKML_VALIDATE_H

#include "arena.h"
#include "hash.h"

struct diag;
struct limits;
struct merged;
struct doc;
struct node;
struct schema;
struct skey;
struct skind;
struct stype;
struct vterm;

#define VPATH_MAX	64

struct vpath {
	const char	*key;	/* a key, or NULL for a list index */
	unsigned	 idx;
};

struct validator {
	const struct schema	*s;
	struct diag		*dg;
	struct doc		*d;
	const struct stype	*t_item;
	const struct stype	*t_category;
	const struct skey	*k_levels;	/* item.levels */
	const struct skind	*kind;		/* the document's kind, or
						   NULL: a catalog */
	const struct stype	*t_kitem;	/* its item type */
	int			 overlay;	/* the catalog extends another */
	int			 columns;	/* it has a key of the columns */
	const struct vterm	*level;		/* the catalog's level */
	const char		*item;		/* id of the item being read */
	const char		*field;		/* the key a finding about a
						   missing or empty value names */
	struct hash		 ids;		/* id -> defining node */
	struct hash		 deadlines;	/* raw -> kind + 1, cached */
	struct hash		 citations;	/* raw -> findings, cached */
	struct arena		 arena;		/* the cache's keys */
	struct vpath		 path[VPATH_MAX];
	unsigned		 depth;
	/* For a document made of other files' nodes (a resolved
	 * overlay): the file a node was read from, or NULL. */
	const char		*(*file_of)(void *, const struct node *);
	void			*file_ctx;
};

void	 validator_init(struct validator *, const struct schema *,
	    struct diag *);

/* Check d (loaded, d->root not NULL); findings go to the diag. */
void	 validate_doc(struct validator *, struct doc *d);

void	 validator_release(struct validator *);

/*
 * When d (checked by validate_doc) is an overlay, resolve it, so that
 * what only its bases can show (an id the base does not have, a level
 * not below the base's, a cycle) is reported at the overlay's lines and
 * what is wrong in its bases at theirs; and check the catalog it
 * resolves to, each finding at the file and line of the layer that
 * wrote the value.  With keep, the resolved catalog is left there for
 * the caller (keep->out.root, NULL when it did not resolve; call
 * merge_release() in every case), and keep is untouched when d is no
 * overlay.  Returns 2 on trouble (a base unreadable, a limit),
 * else 0.
 */
int	 validate_overlay(struct doc *d, const struct schema *,
	    const struct limits *, struct diag *, struct merged *keep);

#endif
