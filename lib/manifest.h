/*
 * The manifest of a website: what gkml-render made a directory of, so
 * that the next run over it makes again only what changed (see
 * MANIFEST in gkml-render(1) for the format).  It is written as
 * .gkml-manifest at the top of the site.
 */
#ifndef GKML_MANIFEST_H
#define GKML_MANIFEST_H

#include <sys/types.h>

#include <stddef.h>

#include "arena.h"
#include "buf.h"
#include "hash.h"
#include "render.h"

#define MANIFEST	".gkml-manifest"

/* A file as stat(2) saw it: changed when any of these did. */
struct mstat {
	long long	 size, mtime, ctime, ino;	/* times in ns */
};

struct minput {
	const char	*path;		/* as named */
	struct mstat	 st;
	char		 sha[65];	/* of it and its bases, in order */
	struct {
		const char	*path;	/* a base, real path */
		struct mstat	 st;
	}		*layers;
	size_t		 nlayers;
	struct rcat	 c;		/* its summary; search_at is in the
					   site's search-index.js */
	const char	*version;	/* for the catset: the id's place */
	unsigned	 line, col;
	const char	*marks;		/* the characters of its search
					   entries above ASCII, UTF-8 */
	int		 clean;		/* no finding: may be reused */
};

struct manifest {
	struct arena	 a;
	struct minput	*in;
	size_t		 nin, maxin;
	struct hash	 inputs;	/* path -> struct minput * */
	struct hash	 outputs;	/* path -> its key, 64 hex digits */
};

/* Fill sb of path; -1 with errno set when it cannot be stat(2)ed. */
int	 mstat(const char *path, struct mstat *sb);

/*
 * Read the manifest file over the site it is in.  Returns 0; -1 when
 * there is none or it is of other options (setup, 64 hex digits, is
 * not its own), to render everything; -2 when it is not a manifest this
 * gkml-render reads, *line the line that is not, and -3 when another
 * version wrote it.  m is to be released in every case.
 */
int	 manifest_read(struct manifest *m, const char *file, const char *setup,
	    size_t *line);
void	 manifest_release(struct manifest *);

/* Append to b the head, an input, an output, the end. */
void	 manifest_head(struct buf *, const char *setup);
void	 manifest_input(struct buf *, const struct minput *,
	    const struct rcat *);
void	 manifest_output(struct buf *, const char *path, const char *key);
void	 manifest_end(struct buf *);

#endif
