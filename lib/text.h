/*
 * Text primitives every module shares: UTF-8 decoding and encoding, the
 * one definition of whitespace, matching a literal at a position, and
 * folding text into the form that keywords and vocabularies are matched
 * in (no whitespace, ASCII for full-width forms, simplified characters
 * for traditional ones).  Encoding checks with findings on raw input
 * are in utf8.h.
 */
#ifndef GKML_TEXT_H
#define GKML_TEXT_H

#include <stddef.h>

struct buf;

/*
 * Length of the valid UTF-8 sequence at p (at most n bytes), or 0 when
 * the bytes there are not valid UTF-8: a stray continuation byte, a
 * truncated sequence, an overlong form, a surrogate or a value past
 * U+10FFFF.  *cp receives the code point.
 */
size_t	 utf8_decode(const unsigned char *p, size_t n, unsigned *cp);

/*
 * The bytes the sequence at p spans, valid or not: its lead byte's
 * length when the continuation bytes are all there (an overlong form,
 * a surrogate), else 1.  For replacing a malformed sequence as a whole.
 */
size_t	 utf8_span(const unsigned char *p, size_t n);

/* Write code point cp (at most U+10FFFF) to out; return its length. */
size_t	 utf8_encode(unsigned cp, char out[4]);

/* Append code point cp to b as UTF-8. */
void	 utf8_add(struct buf *b, unsigned cp);

/* Number of characters in n bytes (invalid bytes count one each). */
size_t	 utf8_chars(const char *p, size_t n);

/*
 * Whitespace.  TEXT_SPACE is what matching ignores and trimming drops:
 * ASCII tab to CR and space, NEL, NBSP, U+1680, U+2000..U+200A, the line
 * and paragraph separators, U+202F, U+205F, the ideographic space
 * U+3000, and the invisible U+200B and U+FEFF that pasted text carries.
 * TEXT_SPACE_HTML is the part of it that HTML collapses and breaks a
 * line at (space, tab, LF, CR): a no-break space must not break, and
 * U+3000 is drawn one em wide like the ideographs around it.
 */
#define TEXT_SPACE	0
#define TEXT_SPACE_HTML	1

int	 text_is_space(unsigned cp, int set);

/* Length of literal w if s[i..e) starts with it, else 0. */
size_t	 text_lit_at(const char *s, size_t e, size_t i, const char *w);

/*
 * Folding, character by character; how is an OR of:
 *	TEXT_FOLD_SPACE	 drop whitespace (TEXT_SPACE);
 *	TEXT_FOLD_WIDTH	 full-width ASCII (U+FF01..U+FF5E) as ASCII, and the
 *			 variant commas and semicolons (﹐ ﹔ ؛ ､) as , ; 、;
 *	TEXT_FOLD_T2S	 traditional characters as simplified, as OpenCC's
 *			 t2s conversion gives each one on its own.
 * No fold makes a character longer, so the result is never longer than
 * the input.  Bytes that are not UTF-8 are kept as they are.
 *
 * The first traditional fold of a process loads OpenCC (libopencc, its
 * configuration t2s.json, or $GKML_OPENCC when set) and asks it about
 * each Han character once; the answers are kept for the rest of the
 * process, so later folds cost a table look-up.  Callers fold with
 * TEXT_FOLD_T2S only when text they could not otherwise match has Han
 * characters.  When OpenCC cannot be loaded the command says why and
 * exits 2, as it does when memory runs out: results must not depend on
 * what happens to be installed.  Safe to call from several threads.
 */
#define TEXT_FOLD_SPACE	0x1
#define TEXT_FOLD_WIDTH	0x2
#define TEXT_FOLD_T2S	0x4

/*
 * Fold code point cp; returns the code point it becomes, or TEXT_DROP
 * when it is dropped.  *trad, when not NULL, is set to 1 if a
 * traditional character was folded and left alone otherwise.
 */
#define TEXT_DROP	0xFFFFFFFFU

unsigned text_fold_cp(unsigned cp, int how, int *trad);

/*
 * Fold s[0..n) into out, which must hold n + 1 bytes; out is NUL
 * terminated.  Returns the length written; *ntrad, when not NULL,
 * receives the number of traditional characters folded.
 */
size_t	 text_fold(char *out, const char *s, size_t n, int how,
	    size_t *ntrad);

#endif
