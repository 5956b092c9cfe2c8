/*
 * Zip archives, read and written in memory: the only door to libzip.
 *
 * Writing is deterministic: entries in the order added, every one with
 * the same timestamp, no extra fields, so the same files give the same
 * bytes.  Reading is guarded against zip bombs: an entry is refused
 * when it would pass a size limit or its compression ratio is absurd.
 */
#ifndef GKML_ZIP_H
#define GKML_ZIP_H

#include <stddef.h>
#include <time.h>

struct buf;
struct limits;
struct zipw;
struct zipr;

/*
 * Limits on what reading may inflate, each a key of GKML_LIMITS but
 * ratio_past.  The ratio is a zip bomb's mark, but a sheet of blank
 * styled cells compresses 1000:1 too; below ratio_past bytes inflating
 * costs milliseconds, and entry and total bound the rest, so the ratio
 * is held only against entries that inflate past it.
 */
struct ziplimits {
	size_t	 entry;		/* bytes of one inflated entry (inflate) */
	size_t	 total;		/* bytes inflated from one archive
				   (archive) */
	size_t	 ratio;		/* inflated / compressed ... (ratio) */
	size_t	 ratio_past;	/* ... of an entry past this size */
	size_t	 entries;	/* entries in one archive (entries) */
};

#define ZIP_RATIO_PAST	((size_t)16 << 20)

/* The zip limits of l (doc.h): those GKML_LIMITS sets. */
void	 ziplimits_set(struct ziplimits *, const struct limits *l);
/* The zip limits of limits_default(). */
void	 ziplimits_default(struct ziplimits *);

struct zipw	*zipw_new(void);
/* Add an entry; p is copied.  Names use '/' and are added as given. */
void	 zipw_add(struct zipw *, const char *name, const void *p, size_t len);
/* Add an entry of b's bytes, which the writer takes: b is left empty. */
void	 zipw_take(struct zipw *, const char *name, struct buf *b);
/*
 * Write the archive into out (appended), every entry stamped mtime
 * (local DOS time of a UTC clock: zip has no time zone).  Frees the
 * writer.  Returns 0, or -1 with the reason in err.
 */
int	 zipw_finish(struct zipw *, time_t mtime, struct buf *out,
	    struct buf *err);

/*
 * Open an archive held in memory (p must outlive the reader).  Returns
 * NULL with the reason in err ("not a zip archive", ...).  Limits are
 * checked as entries are read.
 */
struct zipr	*zipr_open(const void *p, size_t len, const struct ziplimits *,
		    struct buf *err);
size_t	 zipr_count(const struct zipr *);
/* The name of entry i, as stored (borrowed). */
const char *zipr_name(const struct zipr *, size_t i);
/*
 * Inflate the entry called name into out (appended).  Returns 0; 1 when
 * there is no such entry; -1 with the reason in err when the entry is
 * corrupt; -2 with the reason, naming the GKML_LIMITS key that raises
 * it, when a limit would be passed (an entry too large or compressed
 * too well, too much inflated from the archive, too many entries in
 * it).  The reasons are in the locale's language.
 */
int	 zipr_read(struct zipr *, const char *name, struct buf *out,
	    struct buf *err);
void	 zipr_close(struct zipr *);

#endif
