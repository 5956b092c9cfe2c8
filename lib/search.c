/*
 * The folded text of the website's search index.  The index is
 * written in simplified characters; what a reader types is folded in
 * the browser with a table of the traditional characters that fold to
 * a character the index holds: the reverse of the project's one
 * folding (text_fold(), OpenCC's t2s), limited to the site.  Which
 * characters may fold to which is known ahead (search_t2s.c, made
 * from OpenCC's t2s.json and checked against it by the unit test):
 * with that configuration, the default, OpenCC is loaded only for
 * text that has a character it would fold (and the table is written
 * from search_t2s alone); with another ($GKML_OPENCC), OpenCC is asked
 * about the text and about the few candidates whose simplified form the
 * index holds, never about every ideograph.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "esc.h"
#include "search.h"
#include "synonyms.h"
#include "text.h"
#include "xmalloc.h"

/* The characters search_t2s folds (its first column), once. */
static unsigned char	 folds[0x10000 / 8];
static pthread_once_t	 folds_once = PTHREAD_ONCE_INIT;

static void
folds_init(void)
{
	size_t	 i;
	unsigned c;

	for (i = 0; i < search_t2s_n; i++) {
		c = search_t2s[i][0];
		folds[c >> 3] |= 1U << (c & 7);
	}
}

/* Whether search_t2s is OpenCC's answer: its default configuration. */
static int
t2s_default(void)
{
	const char	*cfg = getenv("GKML_OPENCC");

	return cfg == NULL || *cfg == '\0';
}

/*
 * Whether s[0..n) is left as it is by text_fold(TEXT_FOLD_T2S), known
 * without OpenCC: no character that search_t2s folds, and none past
 * the Basic Multilingual Plane (which it does not cover).
 */
static int
unfolded(const char *s, size_t n)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 i, k;
	unsigned		 c;

	if (!t2s_default())
		return 0;
	pthread_once(&folds_once, folds_init);
	for (i = 0; i < n; i += k)
		if ((k = utf8_decode(p + i, n - i, &c)) == 0)
			k = 1;
		else if (c >= 0x10000 ||
		    (folds[c >> 3] & (1U << (c & 7))) != 0)
			return 0;
	return 1;
}

void
search_mark(struct search_chars *sc, const char *s, size_t n)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 i, k;
	unsigned		 c;

	for (i = 0; i < n; i += k)
		if ((k = utf8_decode(p + i, n - i, &c)) == 0)
			k = 1;
		else if (c < 0x10000)
			sc->bit[c >> 3] |= 1U << (c & 7);
}

static int
marked(const struct search_chars *sc, unsigned c)
{
	return c < 0x10000 && (sc->bit[c >> 3] & (1U << (c & 7)));
}

void
search_add(struct buf *b, const char *s, struct search_chars *sc)
{
	char	*f;
	size_t	 n = strlen(s);

	if (unfolded(s, n)) {
		search_mark(sc, s, n);
		js_escape(b, s);
		return;
	}
	f = xmalloc(n + 1);
	n = text_fold(f, s, n, TEXT_FOLD_T2S, NULL);
	search_mark(sc, f, n);
	js_escape(b, f);
	free(f);
}

void
search_string(struct buf *b, const char *s, struct search_chars *sc)
{
	if (s == NULL) {
		buf_adds(b, "null");
		return;
	}
	buf_addch(b, '"');
	search_add(b, s, sc);
	buf_addch(b, '"');
}

void
search_synonyms(struct buf *b, const struct synonyms *syn,
    struct search_chars *sc)
{
	size_t	 i, j;

	buf_addch(b, '[');
	for (i = 0; syn != NULL && i < syn->n; i++) {
		buf_adds(b, i > 0 ? ",\n[" : "\n[");
		for (j = 0; j < syn->g[i].n; j++) {
			if (j > 0)
				buf_addch(b, ',');
			search_string(b, syn->g[i].w[j], sc);
		}
		buf_addch(b, ']');
	}
	buf_adds(b, syn != NULL && syn->n > 0 ? "\n]" : "]");
}

void
search_fold_table(struct buf *b, const struct search_chars *sc)
{
	struct buf	 ask = BUF_INIT;
	unsigned	 t, to;
	size_t		 i;
	char		*f;

	/* The default configuration's answers are the table's. */
	if (t2s_default()) {
		buf_addch(b, '"');
		for (i = 0; i < search_t2s_n; i++)
			if (marked(sc, search_t2s[i][1])) {
				utf8_add(b, search_t2s[i][0]);
				utf8_add(b, search_t2s[i][1]);
			}
		buf_addch(b, '"');
		return;
	}
	/*
	 * The candidates are asked about in one go, so that OpenCC is
	 * called in few batches; then each answer is the memo's.  What
	 * OpenCC says decides: a candidate it does not fold to a marked
	 * character is left out.
	 */
	for (i = 0; i < search_t2s_n; i++)
		if (marked(sc, search_t2s[i][1]))
			utf8_add(&ask, search_t2s[i][0]);
	f = xmalloc(ask.len + 1);
	text_fold(f, ask.ptr, ask.len, TEXT_FOLD_T2S, NULL);
	free(f);
	buf_release(&ask);

	buf_addch(b, '"');
	for (i = 0; i < search_t2s_n; i++) {
		t = search_t2s[i][0];
		if (!marked(sc, search_t2s[i][1]))
			continue;
		if ((to = text_fold_cp(t, TEXT_FOLD_T2S, NULL)) != t &&
		    marked(sc, to)) {
			utf8_add(b, t);
			utf8_add(b, to);
		}
	}
	buf_addch(b, '"');
}
