/*
 * The catalog model: a loaded or resolved document (doc.h) read once
 * into typed records, so that every consumer asks the same questions
 * of a catalog in one place instead of looking keys up by name.
 *
 * The keys and shapes are those of schemas/structure.yaml (format
 * version 1); schemas/gkml.5 explains them.  The model does not check
 * anything: validate.c and schema.c do, against the schema.  It reads
 * what is there and leaves what is not NULL, so that it can be built
 * from any document that loaded, valid or not:
 *
 *  - A field is the value node of its key, or NULL when the key is
 *    absent (or its mapping is not a mapping).  A null value ("~",
 *    empty) is kept as its node: node_str() says NULL for it.  Of a
 *    key given twice, the first counts, as with node_get().
 *  - A list (categories, items, omit, not-applicable) has one record
 *    for each entry of its sequence, in order, whatever the entry is:
 *    an entry that is not a mapping has its node and no fields.  A
 *    value that is not a sequence gives no records; its node is kept.
 *  - Extension keys (x-...) of every mapping are kept in order as
 *    (key, value) pairs.  Other keys the schema does not know are
 *    not kept; validation reports them.
 *
 * Every field points into the document: nodes carry their line and
 * column, strings are the nodes' own (no copies), and for a resolved
 * overlay doc->origin names the file each node came from
 * (catalog_origin()).  Records are allocated in the arena given to
 * catalog_build(); they die with it or with the document, whichever
 * goes first.
 *
 * A walker is a loop over catalog_next() (after cmark's cmark_iter):
 *
 *	struct catalog_iter	 it;
 *	enum catalog_ev		 ev;
 *
 *	catalog_iter_init(&it, cat);
 *	while ((ev = catalog_next(&it)) != CEV_DONE)
 *		switch (it.kind) { ... }
 *
 * It reports, depth first, in document order:
 *
 *	CEV_ENTER CK_CATALOG
 *	  for each category, recursively:
 *	    CEV_ENTER CK_CATEGORY
 *	      CEV_ENTER CK_ITEM, for each item (a leaf: no exit)
 *	      its sub-categories
 *	    CEV_EXIT CK_CATEGORY
 *	  CEV_ENTER CK_NA, for each not-applicable entry (a leaf)
 *	CEV_EXIT CK_CATALOG
 *	CEV_DONE
 *
 * Items come before the sub-categories of their category, the order in
 * which every published form lists them.
 */
#ifndef GKML_CATALOG_H
#define GKML_CATALOG_H

#include <stddef.h>

struct arena;
struct doc;
struct node;

/* An extension key and its value, both nodes of the document. */
struct catalog_x {
	const struct node	*key;
	const struct node	*val;
};

/* The extension keys of one mapping, in the order written. */
struct catalog_xs {
	const struct catalog_x	*v;
	size_t			 n;
};

/* The catalog: header, the mapping under 'catalog'. */
struct catalog_header {
	const struct node	*node;		/* the mapping, or NULL */
	const struct node	*id;		/* catalog-id, required */
	const struct node	*title;		/* 目录名称 */
	const struct node	*area;		/* 领域, vocabulary 'area' */
	const struct node	*level;		/* 层级: county, township,
						   village */
	const struct node	*jurisdiction;	/* 行政区域, a name */
	const struct node	*publisher;	/* 编制单位 */
	const struct node	*version;	/* 版本, free text */
	const struct node	*updated;	/* 更新日期, YYYY-MM-DD */
	const struct node	*contact;	/* 监督电话 */
	const struct node	*extends;	/* an overlay's base, a path */
	const struct node	*column;	/* 栏目: the area's column */
	const struct node	*column_url;	/* 栏目地址 */
	const struct node	*profile;	/* a service guide's element
						   profile (要素规范) */
	const struct node	*cited_by;	/* a power list's: the kinds
						   whose items must cite a
						   power */
	struct catalog_xs	 x;
};

/* The fields an item may have; 'inherit: set:' gives them defaults. */
struct catalog_fields {
	const struct node	*content;	/* 公开内容: text or list */
	const struct node	*basis;		/* 公开依据: citation(s) */
	const struct node	*deadline;	/* 公开时限 */
	const struct node	*body;		/* 公开主体 */
	const struct node	*channels;	/* 公开渠道和载体 */
	const struct node	*audience;	/* 公开对象 */
	const struct node	*mode;		/* 公开方式 */
	const struct node	*levels;	/* 公开层级 */
	const struct node	*stage;		/* 五公开 */
	const struct node	*notes;		/* 备注, CommonMark */
};

/* An item's name and fields, for what is said of one of them. */
enum catalog_field {
	CF_NAME,
	CF_CONTENT,
	CF_BASIS,
	CF_DEADLINE,
	CF_BODY,
	CF_CHANNELS,
	CF_AUDIENCE,
	CF_MODE,
	CF_LEVELS,
	CF_STAGE,
	CF_NOTES,
	CF__MAX
};

/* The field key names (len bytes of it), or -1 when it names none. */
int	 catalog_field_of(const char *key, size_t len);

/* 'inherit': what the items of an overlay take from their base. */
struct catalog_inherit {
	const struct node	*node;		/* the mapping, or NULL */
	const struct node	*levels;
	const struct node	*set;		/* the mapping of defaults */
	struct catalog_fields	 f;		/* set's fields */
	struct catalog_xs	 x;		/* of inherit itself */
	struct catalog_xs	 setx;		/* of set */
};

struct catalog_category;

/* A second-level item (二级事项). */
struct catalog_item {
	const struct node	*node;		/* the list entry */
	struct catalog_category	*parent;
	const struct node	*id;
	const struct node	*name;
	struct catalog_fields	 f;
	const struct node	*column;	/* 栏目: a path or a name */
	const struct node	*column_url;
	const struct node	*power;		/* 权责事项编码: the code(s)
						   of the powers it serves */
	struct catalog_xs	 x;
};

/* A category: a first-level item (一级事项), or one below it. */
struct catalog_category {
	const struct node	*node;		/* the list entry */
	struct catalog_category	*parent;	/* NULL at the top */
	unsigned		 depth;		/* 0 at the top */
	const struct node	*id;
	const struct node	*name;
	const struct node	*notes;
	const struct node	*column;	/* 栏目: a path or a name */
	const struct node	*column_url;
	const struct node	*items_node;	/* the value of 'items' */
	const struct node	*cats_node;	/* of 'categories' */
	struct catalog_item	*items;
	size_t			 nitems;
	struct catalog_category	*cats;
	size_t			 ncats;
	size_t			 total;		/* its items that are
						   mappings, and those of
						   its sub-categories: the
						   rows it publishes */
	struct catalog_xs	 x;
};

/* An entry of 'omit' (an overlay drops a base item). */
struct catalog_omit {
	const struct node	*node;
	const struct node	*id;
	const struct node	*reason;
	struct catalog_xs	 x;
};

/* An entry of 'not-applicable' (未涉及事项). */
struct catalog_na {
	const struct node	*node;
	const struct node	*id;
	const struct node	*name;
	const struct node	*reason;
	struct catalog_xs	 x;
};

struct catalog {
	const struct doc	*doc;		/* may be NULL */
	const struct node	*root;		/* the document mapping */
	const struct node	*gkml;		/* the format version */
	const struct node	*kind;		/* 清单类别: NULL for a
						   catalog; guide.h, power.h */
	struct catalog_header	 hdr;
	struct catalog_inherit	 inherit;
	const struct node	*cats_node;	/* the value of 'categories' */
	struct catalog_category	*cats;		/* the top level */
	size_t			 ncats;
	const struct node	*omit_node;
	struct catalog_omit	*omit;
	size_t			 nomit;
	const struct node	*na_node;
	struct catalog_na	*na;
	size_t			 nna;
	struct catalog_xs	 x;		/* of the document */
	size_t			 allcats;	/* categories at every depth */
	size_t			 allitems;	/* items at every depth */
};

/*
 * A key of a mapping and where its value goes in a record: the models
 * of the other document kinds (guide.h, power.h) read their items'
 * keys with catalog_fill(), as this model reads its own.
 */
struct catalog_key {
	const char	*name;
	size_t		 len;
	size_t		 off;
};

#define CATALOG_K(name, type, field) \
	{ name, sizeof(name) - 1, offsetof(type, field) }

/*
 * The values of map's keys (of keys[0..nkeys)) into the node pointers
 * of rec at their offsets, the first of a key given twice; its
 * extension keys into x when x is not NULL (allocated in a).
 */
void	 catalog_fill(struct arena *a, const struct node *map,
	    const struct catalog_key *keys, size_t nkeys, void *rec,
	    struct catalog_xs *x);

/*
 * Read root (a document's root, or NULL) into a catalog allocated in a.
 * d is the document it belongs to, for catalog_origin(); it may be
 * NULL.  Never fails (the arena's allocator exits on OOM).
 */
struct catalog *catalog_build(struct arena *a, const struct node *root,
	    const struct doc *d);

/*
 * Make d's document (a made one, doc.h) from c, a catalog whose records
 * hold made nodes rather than nodes of a document: its version (gkml),
 * header, categories with their items at every depth, and
 * not-applicable entries, each field that is not NULL under its key,
 * in the order of schemas/structure.yaml, extension keys after.  The
 * lists are read from the records' arrays (cats/ncats, items/nitems,
 * na/nna); their _node fields are not read.  catalog_build() of d's
 * root then gives the model of what was made.  gkml-import makes its
 * catalogs so, naming no key.
 */
void	 catalog_make(struct doc *d, const struct catalog *c);

/*
 * Only the header of root's catalog, for those that need no more: no
 * tree is read.  Extension keys are read into a when it is not NULL.
 */
void	 catalog_read_header(struct catalog_header *, const struct node *root,
	    struct arena *a);

/*
 * The document's keys and the header (with inherit), not the lists:
 * for a check that needs to know what kind of catalog it has before
 * it walks it.  c's lists are empty; their nodes are set.
 */
void	 catalog_read_top(struct catalog *c, const struct node *root,
	    const struct doc *d);

/*
 * Read the entries of omit and not-applicable into c (from
 * catalog_read_top()), in a: what a check of those lists needs without
 * the tree.
 */
void	 catalog_read_entries(struct catalog *c, struct arena *a);

/*
 * The key node of a field's value: the kids of a mapping alternate
 * keys and values, so it is the node before.  Only for a value taken
 * from a field or an x pair of the model.
 */
const struct node *catalog_key(const struct node *val);

/*
 * The text of a channel written as a mapping, {other: TEXT} (the form
 * of "other: TEXT" that YAML reads when the colon is followed by a
 * space), or NULL when v is not one.
 */
const char *catalog_other(const struct node *v);

/*
 * The file a node of the catalog was read from, for a resolved overlay
 * (doc->origin); NULL when the document is not one or does not know.
 */
const char *catalog_origin(const struct catalog *, const struct node *);

/* The lists an id belongs to: each is a namespace of its own. */
enum catalog_ids {
	CI_TREE = 1,		/* categories and items, at every depth */
	CI_OMIT = 2,		/* the entries of 'omit' */
	CI_NA = 4		/* the entries of 'not-applicable' */
};

/*
 * Every id of the lists asked for (an or of enum catalog_ids) that is
 * used a second time in its list, in document order: found(ctx, id,
 * first, list, i) with the id node, the node of its first use, the
 * list, and for omit and not-applicable the index of the entry.  Ids
 * that are not strings are not ids.  Returns how many were found.
 * The one rule for duplicate ids, for validate, diff and merge alike.
 */
size_t	 catalog_dup_ids(const struct catalog *, unsigned lists,
	    void (*found)(void *ctx, const struct node *id,
	    const struct node *first, enum catalog_ids list, size_t i),
	    void *ctx);

enum catalog_ev {
	CEV_DONE = 0,
	CEV_ENTER,
	CEV_EXIT
};

enum catalog_kind {
	CK_CATALOG = 1,
	CK_CATEGORY,
	CK_ITEM,
	CK_NA
};

struct catalog_iter {
	const struct catalog	*c;
	enum catalog_ev		 ev;	/* the last event */
	enum catalog_kind	 kind;	/* what it is about */
	union {
		const struct catalog_category	*cat;
		const struct catalog_item	*item;
		const struct catalog_na		*na;
	} u;			/* the record (none for CK_CATALOG);
				   an item's category is its parent */
	int			 started;
};

void	 catalog_iter_init(struct catalog_iter *, const struct catalog *);
/* The next event; it.kind and it.u say of what.  CEV_DONE at the end,
 * and again on every later call. */
enum catalog_ev catalog_next(struct catalog_iter *);

#endif
