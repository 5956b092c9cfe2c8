/*
 * The document model: a YAML file loaded into a tree of nodes that keep
 * their source positions.
 *
 * Every node, key and string of a document is owned by the document's
 * arena and freed by doc_release(); pointers into a document are
 * borrowed and die with it.  Scalars are NUL-terminated; n is their
 * length in bytes.  A mapping's kids hold keys and values alternately
 * (kids[2i] is a key, kids[2i+1] its value), so n is twice the number
 * of pairs.  Lines and columns are 1-based; columns count characters.
 */
#ifndef GKML_DOC_H
#define GKML_DOC_H

#include <stddef.h>

#include "arena.h"

struct buf;
struct diag;

enum node_kind {
	NODE_SCALAR = 1,
	NODE_SEQ,
	NODE_MAP
};

enum node_style {
	STYLE_PLAIN,
	STYLE_SQUOTED,
	STYLE_DQUOTED,
	STYLE_LITERAL,
	STYLE_FOLDED,
	STYLE_BLOCK,	/* a block collection */
	STYLE_FLOW	/* a flow collection */
};

#define NODE_ALIAS	0x01	/* a copy made by an alias */

struct node {
	unsigned char	 kind;
	unsigned char	 style;
	unsigned short	 flags;
	unsigned	 line, col;	/* where it starts */
	unsigned	 n;
	union {
		char		*s;
		struct node	*kids;
	} u;
};

/* Limits on hostile input; GKML_LIMITS overrides the defaults. */
struct limits {
	size_t		 max_bytes;	/* bytes in one file */
	size_t		 max_scalar;	/* bytes in one scalar */
	size_t		 max_nodes;	/* nodes in one document */
	size_t		 max_alias;	/* nodes copied by aliases */
	unsigned	 max_depth;	/* nesting of collections */
	size_t		 max_inflate;	/* bytes one zip entry inflates to */
	size_t		 max_archive;	/* bytes inflated from one archive */
	size_t		 max_ratio;	/* inflated to compressed, of an
					   entry past 16M (zip.h) */
	size_t		 max_entries;	/* entries in one zip archive */
};

struct doc {
	const char	*path;		/* as named, for diagnostics */
	const char	*src;		/* the bytes read, owned */
	size_t		 len;
	size_t		 mapped;	/* src is mmap(2)ed, this long */
	struct node	*root;		/* NULL when the load failed */
	struct arena	 arena;
	size_t		 nodes;
	int		 bom;		/* the file started with a UTF-8 BOM */
	int		 crlf;		/* lines end in CR LF */
	size_t		 dupkeys;	/* duplicate keys: loaded, but a
					   writer would lose one value */
	size_t		 tags;		/* explicit YAML tags and %TAG
					   directives: loaded without them,
					   so a writer would drop them */
	size_t		*lines;		/* byte offset of each line, lazily */
	size_t		 nlines;
	/* A resolved overlay: the file a node of it was read from. */
	const char	*(*origin)(const void *ctx, const struct node *);
	const void	*origin_ctx;
};

void	 limits_default(struct limits *);

/*
 * Read GKML_LIMITS ("bytes=N,scalar=N,nodes=N,aliases=N,depth=N,
 * inflate=N,archive=N,ratio=N,entries=N", numbers may end in K, M or
 * G).  Returns 0, or -1 with a
 * message on stderr.
 */
int	 limits_from_env(struct limits *, const char *prog);

/*
 * Load path ("-" is standard input) into d.  Findings go to dg.
 * Returns 0 when d->root holds the document; -1 when the data is
 * broken (a finding says why: the answer is "no", exit 1); -2 on
 * trouble (unreadable file or a limit passed: exit 2).  Call
 * doc_release() in every case.
 */
int	 doc_load(struct doc *d, const char *path, const struct limits *,
	    struct diag *dg);

/*
 * As doc_load(), from fd, open for reading path (which names it in
 * findings); fd is closed, unless it is standard input.
 */
int	 doc_load_fd(struct doc *d, const char *path, int fd,
	    const struct limits *, struct diag *dg);

/*
 * As doc_load(), but what doc_load() says on stderr about the file
 * itself (that it cannot be read, that it is a directory) is appended
 * to err instead: for threads, whose messages must come out in order.
 */
int	 doc_load_err(struct doc *d, const char *path, const struct limits *,
	    struct diag *dg, struct buf *err);

/* As doc_load(), from memory; the bytes are copied. */
int	 doc_load_mem(struct doc *d, const char *name, const char *p,
	    size_t len, const struct limits *, struct diag *dg);

void	 doc_release(struct doc *);

/*
 * A document made in memory rather than loaded (gkml-import makes its
 * catalogs so): doc_init() starts d empty, named name (borrowed), and
 * the functions below make nodes in its arena.  A made node has no
 * source: its line is its place in the order of making, from 1, so
 * that what is said of made nodes comes in that order; its column is 0.
 * Strings are copied.  node_seq() and node_map() leave room for cap
 * entries or pairs, filled in order by node_push() and node_put(),
 * which copy the node given (a collection's entries are shared).
 */
void	 doc_init(struct doc *d, const char *name);
struct node *node_scalar(struct doc *, const char *s, enum node_style);
struct node *node_seq(struct doc *, size_t cap, enum node_style);
struct node *node_map(struct doc *, size_t cap);
void	 node_push(struct node *seq, const struct node *v);
void	 node_put(struct doc *, struct node *map, const char *key,
	    const struct node *v);

/*
 * The byte spans [start, end) of d's scalars as written, in order,
 * from libyaml's scanner: where text is, comments are not.  Returns
 * how many; *spans (two offsets each) is the caller's to free.
 */
size_t	 doc_scalar_spans(struct doc *d, size_t **spans);

/* Byte offset in d->src of a 1-based line and character column. */
size_t	 doc_offset(struct doc *d, unsigned line, unsigned col);

/* The value under key in a mapping, or NULL; *keyp gets the key node. */
struct node *node_get(const struct node *map, const char *key,
	    const struct node **keyp);

/* A plain empty, "~" or "null" scalar: YAML's null. */
int	 node_is_null(const struct node *);

/* The string of a scalar that is not null, else NULL (n may be NULL). */
const char *node_str(const struct node *n);

/* A human name for a node's kind: "mapping", "list", "string". */
const char *node_kind_name(const struct node *);

/* Parse a file into bare libyaml events and count them: the floor. */
int	 yaml_floor(const char *p, size_t len, size_t *nevents);

#endif
