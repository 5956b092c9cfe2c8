/*
 * The XML form of a catalog, and its XML Schema.  Both are derived from
 * the one structural description in schemas/structure.yaml, by the
 * rules in gkml(5), XML:
 *
 *   - the document is <gkml version="1">; every other mapping key is an
 *     element of the same name, in the schema's order, x- keys last as
 *     <ext key="x-…">;
 *   - a list (or a key that takes one or a list) is an element holding
 *     one element per entry, named by the entry's type: <categories>
 *     holds <category>, <channels> holds <channel>;
 *   - a vocabulary value is its slug, with its Chinese label in @label
 *     ("other: text" is <channel label="其他" other="text">other</…>);
 *   - a time limit is <deadline><text>as written</text><parsed …/>
 *     </deadline>, the parse of deadline.h as attributes.
 */
#ifndef GKML_OUT_XML_H
#define GKML_OUT_XML_H

#include <stddef.h>

struct buf;
struct catalog;
struct node;
struct schema;
struct xbuild;

/*
 * Append the XML form of the catalog whose document is root into the
 * current element of b (made by xb_new("gkml")).  With md, CommonMark
 * fields are built as markup (md.h) for the HTML templates; without,
 * they are text, as the XSD says.
 */
void	 catalog_xml(struct xbuild *b, const struct node *root,
	    const struct schema *, int md);

/*
 * A part of a catalog, for one page of a long one.  Items are numbered
 * from 0 within each top-level category in the order they are shown: a
 * category's own items, then its sub-categories', depth first.  The
 * part holds the top-level categories [first, first + n) of the list,
 * the first of them from its item from on and the last up to (not
 * including) its item to; SIZE_MAX is its end.  A category's notes go
 * with its last item, a category without items with the item after it
 * (or the last, at the end); a category shown in part after a page
 * before has cont="1".
 */
struct xpart {
	size_t	 first, n;
	size_t	 from, to;
	int	 na;		/* the not-applicable list too */
};

/* The same as catalog_xml(), of the catalog model m, with only the
 * categories of part. */
void	 catalog_xml_part(struct xbuild *b, const struct catalog *m,
	    const struct schema *, int md, const struct xpart *part);

/* The XML Schema of the XML form, derived from the schema. */
void	 xsd_write(struct buf *, const struct schema *);

#endif
