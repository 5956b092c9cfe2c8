/*
 * The canonical writer: a loaded document written back in gkml's one
 * form (key order from the schema, one quoting style, two-space
 * indentation, lists of slugs in flow style), with its comments.
 */
#ifndef GKML_FMT_H
#define GKML_FMT_H

struct buf;
struct doc;
struct node;
struct schema;

/*
 * Append the canonical form of d to out.  Comments are attached to the
 * node that follows them (or, at the end of a line, to the node on that
 * line) and written back beside it.  fmt_doc() of its own output
 * yields the same bytes.
 */
void	 fmt_doc(struct doc *d, const struct schema *, struct buf *out);

struct fmt_opts {
	/* After each value of a mapping, the comment note(ctx, value)
	 * returns, if not NULL (provenance, for gkml-merge). */
	const char	*(*note)(void *, const struct node *);
	void		 *ctx;
	/* The documents whose comments to carry, when d was made of their
	 * nodes (a merge); the first gives the header and footer. */
	struct doc	**comments;
	size_t		  ncomments;
	/* For a list or mapping rebuilt from another (a merged item),
	 * the one it stands for, whose comments it carries; or NULL. */
	const struct node *(*was)(void *, const struct node *);
	/* Write the slug in place of a label or alias of a vocabulary
	 * (全社会 -> public) in the values the schema types by one. */
	int		  slugs;
};

/* As fmt_doc(), with the options of o (which may be NULL). */
void	 fmt_doc_opts(struct doc *d, const struct schema *, struct buf *out,
	    const struct fmt_opts *o);

#endif
