/*
 * HTML out: a small tree of HTML elements and text, built in an arena
 * and written byte for byte as libxml2's HTML serialiser writes the
 * same tree (the one libxslt uses for xsl:output method="html"
 * indent="yes"): the same line breaks, the same escaping.
 *
 * It lets a page be made partly in C and partly by a stylesheet, and
 * come out as if the stylesheet had made it all (render.c, the rows of
 * the catalog table).
 *
 * Strings are not copied: a name, a value or a text must live until the
 * tree is written.  A text that is empty adds nothing, as in XSLT.
 */
#ifndef GKML_HOUT_H
#define GKML_HOUT_H

struct arena;
struct buf;
struct hnode;

/* An element: the parent of what is written (a <table>, say). */
struct hnode	*hn_root(struct arena *, const char *name);
/* A new last child of parent. */
struct hnode	*hn_elem(struct arena *, struct hnode *parent,
		    const char *name);
void		 hn_attr(struct arena *, struct hnode *, const char *name,
		    const char *value);
void		 hn_text(struct arena *, struct hnode *parent, const char *s);
/* hn_elem, then hn_attr(..., "class", class) when class is not NULL. */
struct hnode	*hn_elemc(struct arena *, struct hnode *parent,
		    const char *name, const char *class);

/* The children of n, as they would be written inside it, into out. */
void		 hn_write_children(const struct hnode *n, struct buf *out);

#endif
