/*
 * The website search's synonyms, schemas/synonyms.yaml (see
 * gkml-render(1), FILES): groups of words that find each other, 低保
 * and 最低生活保障.  gkml-render -T html writes them into the search
 * index; the search in the browser (templates/html/search.js) expands
 * what is typed with them.
 *
 * The groups and their words are owned by struct synonyms and freed by
 * synonyms_release().
 */
#ifndef GKML_SYNONYMS_H
#define GKML_SYNONYMS_H

#include <stddef.h>

#include "doc.h"

struct syngroup {
	const char	**w;		/* its words, as written */
	size_t		  n;		/* at least 2 */
	unsigned	  line, col;	/* where it is */
};

struct synonyms {
	struct doc	 doc;		/* the file: the words live here */
	char		*path;
	struct syngroup	*g;
	size_t		 n;
};

/*
 * Load the groups from the file at path, or (synonyms_load_mem) from
 * p[0..n), named name in messages.  Returns 0; or -1 after saying on
 * stderr what is wrong, as "file:line:col: broken synonyms.yaml: ...",
 * with s released.
 */
int	 synonyms_load(struct synonyms *s, const char *path);
int	 synonyms_load_mem(struct synonyms *s, const char *name,
	    const char *p, size_t n);

void	 synonyms_release(struct synonyms *s);

#endif
