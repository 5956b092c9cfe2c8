/*
 * Website columns (栏目): where on the site each category and item of a
 * catalog is published, as its 'column' keys bind it (gkml(5)).
 *
 * A catalog binds its area's column once, in its header:
 *
 *	catalog: {column: 基层政务公开/河西街道/社会救助, ...}
 *
 * and every category below it is the column of its name under its
 * parent's, and every item published on the website (channel
 * 'website') the column of its name under its category's.  A category
 * or item may name its column itself: a value with a '/' is the whole
 * path, one without is the column's name under its parent's.  An
 * overlay inherits the bindings of its base like any other key, and
 * binding its own header re-roots all that derive from it.
 *
 * Nothing here reports: column_bind() says of each binding what is
 * wrong with it, column_check() says it as findings.
 */
#ifndef GKML_COLUMN_H
#define GKML_COLUMN_H

#include <stddef.h>

#define COLUMN_MAX_DEPTH	16	/* the levels of a column path */

struct arena;
struct catalog;
struct catalog_category;
struct catalog_item;
struct diag;
struct node;

enum colerr {
	CE_OK,
	CE_SYNTAX,	/* its own value is no path: validate says why */
	CE_RELATIVE,	/* a name with no bound column above it */
	CE_DEEP,	/* more than COLUMN_MAX_DEPTH levels */
	CE_NONAME,	/* derived from a name that is not there */
	CE_ABOVE	/* what it derives from is wrong: said there */
};

/* The column of the header, a category or an item. */
struct colbind {
	const char		*path;	/* the whole path, or NULL */
	size_t			 len;
	const struct node	*url;	/* its column-url, or NULL */
	const struct node	*own;	/* its own 'column' value, or NULL */
	const struct node	*src;	/* the 'column' it derives from:
					   own, or the nearest above */
	const struct node	*at;	/* the entry (or the header) */
	const struct catalog_category *cat;	/* the category, or NULL */
	const struct catalog_item *item;	/* the item, or NULL */
	int			 website;	/* an item on the website */
	enum colerr		 err;
};

struct colset {
	struct colbind		*v;	/* the header's first, then the
					   walker's order (catalog.h) */
	size_t			 n;
	const struct node	*id;	/* the catalog's */
};

/* The bindings of c, in a (the set and paths die with it). */
void	 column_bind(struct colset *, const struct catalog *c,
	    struct arena *a);

/*
 * What is wrong with a column value (a path, or a name when !path):
 * NULL, or why not, in English for _().  Segments are not empty, have
 * no space at either end and no control character.
 */
const char *column_syntax(const char *s, size_t len, int path);

/* Whether s is an http or https URL with a host: NULL, or why not. */
const char *column_url_syntax(const char *s, size_t len);

/*
 * Report, in dg, what the bindings of c say: an item on the website
 * with no column (no-column), two bound to one column, one column with
 * two URLs or one URL for two columns (shared-column), and paths that
 * break the tree (column-path).  file_of(ctx, node) names the file of
 * a node (NULL: path); when only is set, a finding is kept only where
 * it is about that file: at an entry of it, or at a binding of it that
 * an entry of another file derives from.
 */
void	 column_check(const struct colset *, const char *path,
	    const char *(*file_of)(void *, const struct node *), void *ctx,
	    const char *only, struct diag *dg);

#endif
