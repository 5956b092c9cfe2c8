/*
 * Semantic diff of catalogs: what changed between two versions, keyed
 * by category and item id, with values compared as meant (a slug and
 * its label are equal; time limits that parse alike are equal).
 *
 * A struct diff owns every change and every string in it (its arena);
 * the documents diffed must outlive it only while diff_docs() runs.
 */
#ifndef GKML_DIFF_H
#define GKML_DIFF_H

#include <stddef.h>

#include "arena.h"

struct buf;
struct diag;
struct doc;
struct node;
struct schema;

enum change_kind {
	CH_CATALOG_ADDED,	/* directories: a catalog on the new side only */
	CH_CATALOG_REMOVED,	/* ...on the old side only */
	CH_META,		/* a field of 'catalog' changed */
	CH_CATEGORY_ADDED,
	CH_CATEGORY_REMOVED,
	CH_CATEGORY_CHANGED,	/* a field (name, notes) changed */
	CH_CATEGORY_MOVED,	/* under another parent category */
	CH_CATEGORY_RENAMED,	/* new id; its items came along */
	CH_ITEM_ADDED,
	CH_ITEM_REMOVED,
	CH_ITEM_CHANGED,	/* one field of an item changed */
	CH_ITEM_MOVED,		/* into another category */
	CH_ITEM_RENAMED,	/* new id, same or nearly the same content */
	CH_NA_ADDED,		/* a not-applicable (omitted) item appeared */
	CH_NA_REMOVED,
	CH_NA_CHANGED,		/* its reason changed */
	CH_ORDER,		/* with --order: position changed */
	CH__MAX
};

struct change {
	enum change_kind kind;
	const char	*catalog;	/* catalog id */
	const char	*category;	/* category id (the new one if both);
					   NULL for catalog fields and for
					   not-applicable items */
	const char	*catname;	/* that category's name, or NULL */
	const char	*item;		/* item id (the new one for renames) */
	const char	*oldid;		/* renamed: the old id; moved: the old
					   category (or parent) id, which is
					   also in old, the new one in new */
	const char	*name;		/* the item's or category's name */
	const char	*field;		/* the field path: "channels",
					   "title"; NULL for whole things */
	const char	*old;		/* old value as one line of text */
	const char	*new;		/* new value */
	const char	**added;	/* members added to a list field */
	size_t		 nadded;
	const char	**removed;	/* members removed from it */
	size_t		 nremoved;
	const char	*oldfile;	/* the files the lines are in */
	const char	*newfile;
	const char	*olddoc;	/* the files diffed (for a resolved */
	const char	*newdoc;	/* overlay, not always the above) */
	const struct node *oldat;	/* while diff_docs() runs: the nodes */
	const struct node *newat;	/* the lines are read from */
	unsigned	 oldline;	/* 0 when there is no old side */
	unsigned	 newline;	/* 0 when there is no new side */
	int		 similarity;	/* renames: percent alike; for a
					   category, the share of its items
					   that came along */
	const char	*impact;	/* set when the change alters what the
					   public gets: one of diff.c's fixed
					   phrases ("time limit longer",
					   "channel removed", ...) */
};

struct diff_opts {
	int		  order;	/* report order changes */
	const char	**ignore;	/* field names or paths to skip */
	size_t		  nignore;
};

struct diff {
	struct arena	 arena;
	struct change	*v;
	size_t		 n, cap;
	size_t		 count[CH__MAX];	/* kept by diff.c as it adds */
	size_t		 impacts;	/* changes with an impact */
};

void	 diff_init(struct diff *);
void	 diff_release(struct diff *);

/*
 * Compare two loaded catalogs and append the changes to df, in a
 * stable order: catalog fields, then each category (in the new order,
 * removed ones after) with its own changes and its items' changes.
 */
void	 diff_docs(struct diff *df, const struct schema *,
	    struct doc *old, struct doc *new, const struct diff_opts *);

/*
 * Ids pair items, so a catalog that uses one twice cannot be diffed or
 * merged soundly: report each duplicate to dg (an id of a category or
 * item used twice, or one id twice in omit or in not-applicable) and
 * return -1; 0 when none.
 */
int	 diff_check_ids(struct doc *, struct diag *dg);

/* Record that a whole catalog exists on one side only. */
void	 diff_catalog(struct diff *df, enum change_kind, struct doc *);

/*
 * Comparing single values as the diff does, for other commands (the
 * three-way merge).  A struct diff_eq holds the schema and a cache; the
 * member lists it returns live until diff_eq_reset() or diff_eq_free().
 */
struct diff_eq;

struct diff_eq	*diff_eq_new(const struct schema *);
void		 diff_eq_reset(struct diff_eq *);
void		 diff_eq_free(struct diff_eq *);

/* Do two values of field of a mapping of type ("item", "catalog"...)
 * mean the same?  Either may be NULL (absent). */
int		 diff_eq_same(struct diff_eq *, const char *type,
		    const char *field, const struct node *, const struct node *);

/* Is field of type a set (a list of slugs or citations), merged member
 * by member? */
int		 diff_eq_is_set(struct diff_eq *, const char *type,
		    const char *field);

/* Is s one of the n strings of v? */
int		 diff_eq_has(const char **v, size_t n, const char *s);

/* The members of a set value, as meant (slugs); returns how many. */
size_t		 diff_eq_members(struct diff_eq *, const char *type,
		    const char *field, const struct node *, const char ***);

/* The stable name of a kind, as in the JSON and TSV outputs. */
const char *change_kind_name(enum change_kind);

#endif
