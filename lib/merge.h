/*
 * Overlays: a catalog that extends another, resolved into the one
 * standalone catalog it stands for (design.md, Overlays).
 *
 * A struct merged owns the layers it loaded and the resolved document;
 * the nodes of the result point into the layers, so both live until
 * merge_release().  The document given to merge_resolve() is borrowed:
 * it is the first layer, and must outlive the result.
 */
#ifndef GKML_MERGE_H
#define GKML_MERGE_H

#include <stddef.h>

#include "doc.h"
#include "hash.h"

struct buf;
struct diag;
struct schema;

#define MERGE_MAXLAYERS	16

struct merged {
	struct doc	*layers[MERGE_MAXLAYERS];	/* the file first,
							   its bases after */
	size_t		 nlayers;
	struct doc	 own[MERGE_MAXLAYERS];		/* those loaded here */
	size_t		 nown;
	char		*real[MERGE_MAXLAYERS];		/* each layer's real
							   path, or NULL */
	struct doc	 out;		/* the resolved catalog: out.root */
	struct hash	 was;		/* rebuilt item or category (its
					   children) -> the mapping it
					   stands for */
};

/*
 * Load every catalog d (loaded, from a file or standard input) extends,
 * and resolve them into m->out.  A relative 'extends' is relative to the
 * directory of the file that says it, and for standard input to the
 * current directory.  Returns 0; -1 when a layer breaks a rule of
 * overlays (findings say why); -2 when a layer cannot be loaded as a
 * catalog (a finding says why: see merge_check()), or on trouble (an
 * unreadable file, a limit).  Call merge_release() in every case.  m->out.origin names the
 * layer a node was read from, through m: m stays where it is while
 * m->out is used.
 */
int	 merge_resolve(struct merged *m, struct doc *d, const struct schema *,
	    const struct limits *, struct diag *);

/*
 * Whether d (loaded) can be merged or compared by id: a mapping with a
 * 'catalog' mapping, in the format this program reads, no id used
 * twice (diff_check_ids()), and with whole no key used twice and no
 * YAML tag either (the tree would not hold the whole file).
 * Returns 0, or -2 after a finding that says why.
 */
int	 merge_check(struct doc *d, struct diag *dg, int whole);

/*
 * Three-way merge: what ours and theirs each changed since base, merged
 * by item id and field, into m->out.  Set fields merge as sets.  Each
 * conflict is reported to dg at ours' line and written into the result
 * in a form that fails validation ({ours: …, theirs: …} in place of the
 * value, or a 'conflict' key on an item modified on one side and
 * removed on the other, or moved to different categories); *nconflicts counts them.  Returns as
 * merge_resolve() does.
 */
int	 merge_three(struct merged *m, const char *base, const char *ours,
	    const char *theirs, const struct schema *, const struct limits *,
	    struct diag *, size_t *nconflicts);

/*
 * Which layer a value of m->out came from: its file (borrowed), or NULL
 * for a value the merge made (a conflict, a merged set).  The value's
 * line is n->line in that file.
 */
const char *merge_origin(const struct merged *m, const struct node *n);

/* The layer's mapping a rebuilt item or category of m->out stands for
 * (for its comments), or NULL. */
const struct node *merge_was(const struct merged *m, const struct node *n);

/*
 * Append m->out as JSON: mappings as objects, lists as arrays, strings
 * as strings (an integer written plain as a number); with prov, each
 * value as {"value": ..., "file": ..., "line": ...}.
 */
void	 merge_json(struct buf *, const struct merged *, int prov);

/* One value of a document as JSON, as merge_json() writes it: on one
 * line, which YAML reads as a flow collection. */
void	 merge_json_value(struct buf *, const struct node *);

void	 merge_release(struct merged *);

#endif
