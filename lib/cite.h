/*
 * Checks on one 公开依据 (legal basis) citation, and splitting of a
 * cell that holds several (domain.md section 6).
 *
 * Strings in findings and split items are allocated from the arena
 * passed in and live as long as it does; the input is only read.  Any
 * byte string is accepted; invalid UTF-8 is treated as opaque bytes.
 */
#ifndef GKML_CITE_H
#define GKML_CITE_H

#include <stddef.h>

struct arena;

enum cite_kind {
	CITE_UNBALANCED,	/* 《 without 》 or 》 without 《 */
	CITE_DOCNO,		/* malformed 文号 such as 国办发〔201954号 */
	CITE_DANGLING_HAO,	/* "(国令第711号) 号" */
	CITE_VAGUE		/* "相关政策规定": no real citation */
};

/*
 * A finding covers the input bytes [off, off + len).  bad is a copy of
 * them and fix, when not NULL, is what should replace them; so fix is
 * a repaired fragment, or the whole repaired citation when the finding
 * spans all of it.  fix is NULL when no repair is certain.
 */
/* What is wrong, said in whole messages by whoever reports it. */
enum cite_how {
	CH_MISSING,		/* the bracket b1 is missing */
	CH_STRAY,		/* the bracket b1 closes nothing */
	CH_MISMATCHED,		/* brackets b1 and b2 do not pair */
	CH_MALFORMED,		/* a 文号 that is not well-formed */
	CH_DANGLING,		/* a 号 with no number before it */
	CH_VAGUE		/* a basis too vague to check */
};

struct cite_finding {
	enum cite_kind	 kind;
	size_t		 off;	/* byte offset of the problem in the input */
	size_t		 len;	/* bytes of the bad fragment (0 if none) */
	const char	*bad;	/* the bad fragment as written, or NULL */
	const char	*fix;	/* the repaired fragment, or NULL */
	enum cite_how	 how;	/* what is wrong, with b1 and b2 */
	const char	*b1;	/* the bracket missing or stray, or the
				   opening one of a mismatched pair */
	const char	*b2;	/* the closing one of that pair */
};

/*
 * Check the NUL-terminated citation s.  Write up to max findings to
 * out, ordered by offset, and return how many there are in all, which
 * may exceed max (out may be NULL when max is 0).  bad and fix are
 * allocated from a.
 */
size_t	 cite_check(struct arena *a, const char *s,
	    struct cite_finding *out, size_t max);

/*
 * Split a cell holding several citations at 、 ; ； , ， ● newlines,
 * "1." style numbering and between 》《, but never inside 《》,
 * parentheses or quotation marks.  Write up to max items to out, each
 * trimmed of whitespace and allocated from a; empty items are dropped.
 * Return how many items there are in all, which may exceed max.
 */
size_t	 cite_split(struct arena *a, const char *s, const char **out,
	    size_t max);

#endif
