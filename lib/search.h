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
 * OpenCC on first use (see text_fold()).
 */
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
 * OpenCC's t2s folds it to, in code point order: the candidates of
 * search_fold_table(), so that it asks OpenCC about a few characters
 * and not about all of them.  Made by "test_search -g" (tests/unit)
 * from the OpenCC installed, against which test_search checks it.
 */
extern const unsigned short	 search_t2s[][2];
extern const size_t		 search_t2s_n;

#endif
