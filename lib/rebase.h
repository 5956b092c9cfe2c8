/*
 * A catalog said again as an overlay on a base: what gkml-import gives
 * back for the workbook or document gkml-render made of an overlay,
 * once an officer has edited it.
 *
 * The overlay holds only what differs from what the base gives at its
 * level: the catalog's own particulars, the fields of base items that
 * changed, the items and categories that are new, and each base item
 * the catalog no longer has as an 'omit' with its reason.  It resolves
 * to the catalog given; one that would not (a field emptied, an item
 * moved to another category: what an overlay cannot say) is refused
 * with a finding for each difference, rather than written to lose it.
 */
#ifndef GKML_REBASE_H
#define GKML_REBASE_H

struct buf;
struct diag;
struct doc;
struct limits;
struct node;
struct schema;

struct rebase {
	const char	*path;		/* where the overlay is to be written:
					   'extends' is relative to it */
	const char	*extends;	/* the base, as the overlay says it */
	const struct node *inherit;	/* the overlay's 'inherit', or NULL */
	const char	*where;		/* the file findings name */
};

/*
 * Append to out the canonical YAML of the overlay on r->extends that
 * resolves to the standalone catalog t (loaded).  Returns 0; -1 when
 * t cannot be said so (findings at r->where say why); -2 when the base
 * cannot be loaded or resolved (findings say why) or on trouble.  A
 * base item t lacks, and gives no reason for in its not-applicable
 * list, is omitted with a reason that says so, and a warning.
 */
int	 rebase(struct buf *out, struct doc *t, const struct rebase *r,
	    const struct schema *, const struct limits *, struct diag *);

#endif
