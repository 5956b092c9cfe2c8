/*
 * XML: the only door to libxml2 and libxslt.
 *
 * Reading: XML and HTML are parsed from memory into a small read-only
 * tree.  Nothing outside the bytes given is ever loaded: no DTD, no
 * external entity, no network; entities are not substituted.
 *
 * Writing: a catalog becomes its XML form (see gkml(5), XML), which the
 * templates of templates/ turn into every other output.
 */
#ifndef GKML_XML_H
#define GKML_XML_H

#include <stddef.h>

struct buf;

/* --- Reading --- */

struct xdoc;
struct xnode;		/* an element, or text in it */

/*
 * Attributes (namespace declarations included) one element may have.
 * libxml2 2.9 takes time quadratic in them: its parsers look for each
 * among those before it, and its tree builder walks the list to append
 * each.  Under this limit that costs at most about as much again as
 * parsing the same bytes; 10^6 attributes in one tag would take hours.
 */
#define XML_MAX_ATTRS	1000

/*
 * Parse len bytes at p as XML (html 0) or as HTML (html 1; libxml2's
 * forgiving HTML parser, UTF-8 unless the page says otherwise).
 * Returns NULL when the bytes are not well-formed XML, with "LINE:COL:
 * message" of the first error in err.  A start tag with more than
 * XML_MAX_ATTRS attributes is found by a scan before parsing: then
 * nothing is parsed, NULL is returned with its position and name in
 * err in the same form, and *limited is set (else cleared; limited may
 * be NULL).
 */
struct xdoc	*xdoc_parse(const char *p, size_t len, int html, struct buf *err,
		    int *limited);
void		 xdoc_free(struct xdoc *);
struct xnode	*xdoc_root(struct xdoc *);

/*
 * Reading a document too large to hold as a tree, one element at a
 * time.  xread_new() takes the bytes as xdoc_parse() does (p must
 * outlive the reader), and refuses them the same ways: NULL with err
 * and *limited.  xread_next() returns the next element at most depth
 * deep (the root element is at 0) and sets *at to its depth: one at
 * depth is read whole, so its children can be walked; one less deep
 * is returned as it starts, its attributes read but not its children,
 * which come as the elements that follow.  What it returns is valid
 * until the next call.  NULL at the end, or where the bytes are not
 * well-formed: then xread_failed() returns 1 with "LINE:COL: message"
 * in err, as xdoc_parse() would have.
 */
struct xread;
struct xread	*xread_new(const char *p, size_t len, struct buf *err,
		    int *limited);
struct xnode	*xread_next(struct xread *, int depth, int *at);
int		 xread_failed(struct xread *, struct buf *err);
void		 xread_free(struct xread *);

/* First element child, next element sibling; NULL at the end. */
struct xnode	*xnode_child(struct xnode *);
struct xnode	*xnode_next(struct xnode *);
/* The first element child called name (its local name), or NULL. */
struct xnode	*xnode_named(struct xnode *, const char *name);
/* First child and next sibling of any kind (elements and text). */
struct xnode	*xnode_first(struct xnode *);
struct xnode	*xnode_after(struct xnode *);
/* A text (or CDATA) node's bytes, else NULL; borrowed. */
const char	*xnode_text(struct xnode *);
/* An element's local name ("tbl" for w:tbl), lower case for HTML. */
const char	*xnode_name(struct xnode *);
/* Attribute by local name into out (appended); returns 0 if absent. */
int		 xnode_attr(struct xnode *, const char *name, struct buf *out);
/* All text below the node, in document order, into out (appended). */
void		 xnode_content(struct xnode *, struct buf *out);
/* The source line of an element (0 when unknown). */
long		 xnode_line(struct xnode *);
/* An attribute's value, borrowed; NULL when absent. */
const char	*xnode_prop(struct xnode *, const char *name);
/* Take an element out of its document and free it. */
void		 xnode_drop(struct xnode *);

/* --- Writing --- */

struct xbuild;

/* Start a document whose root element is called root. */
struct xbuild	*xb_new(const char *root);
/* Open a child element of the current one; it becomes current. */
void		 xb_open(struct xbuild *, const char *name);
/* Set an attribute of the current element (value NULL: none). */
void		 xb_attr(struct xbuild *, const char *name, const char *value);
/*
 * Append text to the current element.  Characters XML 1.0 cannot carry
 * (C0 controls but tab and newline, U+FFFE, U+FFFF, bytes that are not
 * UTF-8) become U+FFFD, so any string gives a well-formed document.
 */
void		 xb_text(struct xbuild *, const char *s);
/* Set an attribute of the current element to the number n. */
void		 xb_num(struct xbuild *, const char *name, long long n);
/* xb_open, xb_text, xb_close. */
void		 xb_leaf(struct xbuild *, const char *name, const char *text);
void		 xb_close(struct xbuild *);
/* The document built; the builder is freed. */
struct xdoc	*xb_finish(struct xbuild *);
/*
 * A builder that writes the document's text into out as it is built,
 * as xdoc_write() would write the tree, holding only the names of the
 * open elements: for output no stylesheet reads.  xb_end() closes
 * what is open and frees it.
 */
struct xbuild	*xb_new_text(const char *root, struct buf *out);
void		 xb_end(struct xbuild *);

/* Serialise doc, indented, with its XML declaration, into out. */
void		 xdoc_write(struct xdoc *, struct buf *out);

/* --- Transforming --- */

struct xslt;

/*
 * Load the stylesheet at path.  A stylesheet may read files (its
 * imports, document()) but never write one or reach the network.
 * Returns NULL with the reason in err.
 */
struct xslt	*xslt_load(const char *path, struct buf *err);
/*
 * Apply a stylesheet to doc, with string parameters given as name,
 * value pairs ending in NULL, and append the result (serialised as the
 * stylesheet's xsl:output says) to out.  Returns 0, or -1 with the
 * reason in err.
 */
int		 xslt_apply(struct xslt *, struct xdoc *, const char **params,
		    struct buf *out, struct buf *err);
void		 xslt_free(struct xslt *);

/* --- libxml2's HTML facts, for hout.c --- */

#define XH_KNOWN	0x01	/* an element of HTML 4 */
#define XH_INLINE	0x02
#define XH_EMPTY	0x04	/* no end tag: <br> */
#define XH_SAVE_END	0x08	/* an end tag that may be left out */
#define XH_BOOL		0x10	/* a boolean attribute: written bare */

/* What libxml2 knows of element (or, for XH_BOOL, attribute) name. */
int		 xhtml_flags(const char *name);
/* s as libxml2 escapes a URI in an HTML attribute, appended to out. */
void		 xhtml_uri(const char *s, struct buf *out);

/* Free what libxml2 and libxslt keep for the whole process. */
void		 xml_cleanup(void);

#endif
