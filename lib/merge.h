/*
 * Overlays: a catalog that extends another, resolved into the one
 * standalone catalog it stands for (design.md, Overlays).
 *
 * A struct merged owns the layers it loaded and the resolved document;
 * the nodes of the result point into the layers, so both live until
 * merge_release().
 */
#ifndef GKML_MERGE_H
#define GKML_MERGE_H

#include <stddef.h>

#include "doc.h"

struct diag;
struct schema;

#define MERGE_MAXLAYERS	16

struct merged {
	struct doc	 layers[MERGE_MAXLAYERS];	/* the file first,
							   its bases after */
	size_t		 nlayers;
	struct doc	 out;		/* the resolved catalog: out.root */
};

/*
 * Load path and every catalog it extends, and resolve them into
 * m->out.  Returns 0; -1 when a layer breaks a rule of overlays or
 * does not load as a catalog (findings say why); -2 on trouble (an
 * unreadable file, a limit).  Call merge_release() in every case.
 */
int	 merge_resolve(struct merged *m, const char *path, const struct schema *,
	    const struct limits *, struct diag *);

void	 merge_release(struct merged *);

#endif
