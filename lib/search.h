/*
 * The text of the website's search index (search-index.js, written by
 * render_html()): its strings folded from traditional characters to
 * simplified, the synonym groups, and the table with which the search
 * in the browser folds what is typed the same way.
 *
 * Nothing here owns memory beyond a call: the caller's buf receives
 * everything.
 */
#ifndef GKML_SEARCH_H
#define GKML_SEARCH_H

#include <stddef.h>

struct buf;
struct synonyms;

/* The characters (of the Basic Multilingual Plane) the index holds. */
struct search_chars {
	unsigned char	 bit[0x10000 / 8];
};

/*
 * Append s, folded to simplified characters (TEXT_FOLD_T2S), escaped
 * for a JavaScript string, and mark its characters in sc.  Loads
 * OpenCC (see text_fold()) the first time s has a character that
 * search_t2s folds, or past the Basic Multilingual Plane, or every
 * time when $GKML_OPENCC is set.  Safe to call from several threads.
 */
/* Mark in sc the characters of the n bytes of UTF-8 at s. */
void	 search_mark(struct search_chars *sc, const char *s, size_t n);
void	 search_add(struct buf *b, const char *s, struct search_chars *sc);

/* Append s as a JavaScript string (search_add() in quotes), or null. */
void	 search_string(struct buf *b, const char *s, struct search_chars *sc);

/*
 * Append the synonym groups as a JavaScript array of arrays of
 * strings, their words folded and marked like the index's.
 */
void	 search_synonyms(struct buf *b, const struct synonyms *syn,
	    struct search_chars *sc);

/*
 * Append, as a JavaScript string, the folding table of the search:
 * pairs of characters, a traditional one and the simplified one it
 * folds to, for every traditional character of the CJK blocks of the
 * Basic Multilingual Plane whose simplified form sc marks, in code
 * point order.  Only those can make what is typed match the index, so
 * the table stays small; the search folds a character it does not
 * list to itself.
 */
void	 search_fold_table(struct buf *b, const struct search_chars *sc);

/*
 * Every pair of a character of those blocks and the other character
 * OpenCC's t2s folds it to, in code point order.  With OpenCC's
 * default configuration these are its answers, so that search_add()
 * and search_fold_table() need not load it for text without a
 * character that folds; with another ($GKML_OPENCC) they are the
 * candidates that search_fold_table() asks OpenCC about.  Made by
 * "test_search -g" (tests/unit) from the OpenCC installed, against
 * which test_search checks it.
 */
extern const unsigned short	 search_t2s[][2];
extern const size_t		 search_t2s_n;

#endif
