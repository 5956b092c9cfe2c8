/*
 * Unit tests for lib/synonyms.c and lib/search.c: loading the search's
 * synonym groups, good and broken, and the search index's folding:
 * strings in simplified characters, escaped, their characters marked,
 * and the table of traditional characters limited to those marked.
 * The candidates of that table (lib/search_t2s.c) are checked against
 * OpenCC, asked about every ideograph; "test_search -g" writes them.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "esc.h"
#include "search.h"
#include "synonyms.h"
#include "text.h"
#include "harness.h"

/* The ideographs: CJK Extension A, the unified block, and the
   compatibility ideographs. */
static const unsigned	 han[][2] = {
	{ 0x3400, 0x4dbf }, { 0x4e00, 0x9fff }, { 0xf900, 0xfaff }
};

/*
 * Ask OpenCC about every ideograph; call pair() with each one it folds
 * to another character, in code point order.  Returns their number.
 */
static size_t
scan(void (*pair)(unsigned, unsigned, size_t))
{
	struct buf	 all = BUF_INIT;
	unsigned	 c, to;
	size_t		 r, n = 0;
	char		*f;

	for (r = 0; r < sizeof(han) / sizeof(han[0]); r++)
		for (c = han[r][0]; c <= han[r][1]; c++)
			utf8_add(&all, c);
	f = malloc(all.len + 1);
	text_fold(f, all.ptr, all.len, TEXT_FOLD_T2S, NULL);
	free(f);
	buf_release(&all);
	for (r = 0; r < sizeof(han) / sizeof(han[0]); r++)
		for (c = han[r][0]; c <= han[r][1]; c++)
			if ((to = text_fold_cp(c, TEXT_FOLD_T2S, NULL)) != c) {
				if (pair != NULL)
					pair(c, to, n);
				n++;
			}
	return n;
}

static void
print_pair(unsigned t, unsigned s, size_t i)
{
	printf("%s{ 0x%04x, 0x%04x },", i % 3 == 0 ? "\t" : " ", t, s);
	if (i % 3 == 2)
		putchar('\n');
}

/* Write lib/search_t2s.c. */
static int
generate(void)
{
	size_t	 n;

	printf("/*\n"
	    " * Made by \"test_search -g\" (tests/unit/test_search.c) from the\n"
	    " * OpenCC installed: each ideograph of the Basic Multilingual Plane\n"
	    " * that OpenCC's t2s folds to another character, and that one (see\n"
	    " * search.h).  Do not edit; test_search checks it against OpenCC.\n"
	    " */\n"
	    "#include <stddef.h>\n\n"
	    "#include \"search.h\"\n\n"
	    "const unsigned short\tsearch_t2s[][2] = {\n");
	n = scan(print_pair);
	printf("%s};\n\nconst size_t\tsearch_t2s_n = %zu;\n",
	    n % 3 != 0 ? "\n" : "", n);
	return fflush(stdout) != 0 || ferror(stdout) ? 1 : 0;
}

static size_t	 wrong;

static void
check_pair(unsigned t, unsigned s, size_t i)
{
	if (i >= search_t2s_n || search_t2s[i][0] != t ||
	    search_t2s[i][1] != s)
		wrong++;
}

/* The candidates are what OpenCC says, all of them. */
static void
test_t2s(void)
{
	INT_EQ(scan(check_pair), search_t2s_n);
	INT_EQ(wrong, 0);
	if (wrong > 0)
		fprintf(stderr, "lib/search_t2s.c is not what OpenCC says: "
		    "make it again with test_search -g\n");
}

/*
 * The table written from search_t2s alone (OpenCC's default
 * configuration) is the one OpenCC confirms (another configuration:
 * here the same file named), and search_add() without OpenCC writes
 * what text_fold() does.
 */
static void
test_default(void)
{
	static const char *const text[] = {
		"社会救助", "社會救助", "abc\xff\xfe", "\xf0\xa0\x80\x80乾",
		"", "低保 申請", "\xe9\xbe",
	};
	struct search_chars	*sc = calloc(1, sizeof(*sc));
	struct buf		 a = BUF_INIT, b = BUF_INIT;
	size_t			 i, n;
	char			*f;

	memset(sc, 0xff, sizeof(*sc));
	unsetenv("GKML_OPENCC");
	search_fold_table(&a, sc);
	setenv("GKML_OPENCC", OPENCC_T2S, 1);
	search_fold_table(&b, sc);
	unsetenv("GKML_OPENCC");
	OK(a.len > 2 * search_t2s_n);
	OK(strcmp(a.ptr, b.ptr) == 0);
	for (i = 0; i < sizeof(text) / sizeof(text[0]); i++) {
		buf_reset(&a);
		buf_reset(&b);
		search_add(&a, text[i], sc);
		n = strlen(text[i]);
		f = malloc(n + 1);
		text_fold(f, text[i], n, TEXT_FOLD_T2S, NULL);
		js_escape(&b, f);
		free(f);
		STR_EQ(a.ptr, b.ptr);
	}
	buf_release(&a);
	buf_release(&b);
	free(sc);
}

static int
load(struct synonyms *s, const char *text)
{
	return synonyms_load_mem(s, "synonyms.yaml", text, strlen(text));
}

static void
test_load(void)
{
	struct synonyms	 s;

	INT_EQ(load(&s, "# groups\ngroups:\n"
	    "  - [低保, 最低生活保障]\n"
	    "  - [医保, 医疗保障]\n"
	    "  - [医保, 医疗保险]\n"), 0);
	INT_EQ(s.n, 3);
	INT_EQ(s.g[0].n, 2);
	STR_EQ(s.g[0].w[0], "低保");
	STR_EQ(s.g[0].w[1], "最低生活保障");
	INT_EQ(s.g[0].line, 3);
	INT_EQ(s.g[0].col, 5);
	/* A word may be in several groups. */
	STR_EQ(s.g[2].w[0], "医保");
	STR_EQ(s.g[2].w[1], "医疗保险");
	synonyms_release(&s);
	INT_EQ(s.n, 0);
	OK(s.g == NULL);

	INT_EQ(load(&s, "groups: []\n"), 0);
	INT_EQ(s.n, 0);
	synonyms_release(&s);
}

/* Each is refused, with s released. */
static void
test_broken(void)
{
	static const char *const bad[] = {
		"",				/* no mapping */
		"- [a, b]\n",			/* a list, not a mapping */
		"words: [[a, b]]\n",		/* unknown key */
		"groups: [[a, b]]\nx: 1\n",	/* unknown key */
		"groups: {a: b}\n",		/* not a list */
		"groups: [[a]]\n",		/* one word */
		"groups: [a]\n",		/* not a list of words */
		"groups: [[a, a]]\n",		/* a word twice */
		"groups: [[a, \"\"]]\n",	/* empty */
		"groups: [[a, ~]]\n",		/* null */
		"groups: [[a, [b]]]\n",		/* a list as a word */
		"groups: [[a, b c]]\n",		/* a space */
		"groups: [[a, \"b\xe3\x80\x80" "c\"]]\n",	/* U+3000 */
		"groups: [[a, b], [b, a]]\n",	/* the same group */
		"groups: [[a, b\n",		/* not YAML */
	};
	struct synonyms	 s;
	size_t		 i;
	int		 rc, err;

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		/* What they say is the golden tests' (render/search-*). */
		fflush(stderr);
		err = dup(2);
		freopen("/dev/null", "w", stderr);
		rc = load(&s, bad[i]);
		fflush(stderr);
		dup2(err, 2);
		close(err);
		if (rc != -1)
			fprintf(stderr, "accepted: %s", bad[i]);
		INT_EQ(rc, -1);
		INT_EQ(s.n, 0);
		OK(s.g == NULL && s.path == NULL);
	}
	/* Groups that share words are not the same. */
	INT_EQ(load(&s, "groups: [[a, b], [a, b, c]]\n"), 0);
	synonyms_release(&s);
}

static int
has(const struct search_chars *sc, unsigned c)
{
	return (sc->bit[c >> 3] >> (c & 7)) & 1;
}

static void
test_add(void)
{
	struct search_chars	*sc = calloc(1, sizeof(*sc));
	struct buf		 b = BUF_INIT;

	search_add(&b, "社會救助<b>\"", sc);
	STR_EQ(b.ptr, "社会救助\\u003cb>\\\"");
	OK(has(sc, 0x4f1a));		/* 会 */
	OK(!has(sc, 0x6703));		/* 會: folded */
	OK(has(sc, '<'));
	buf_reset(&b);
	search_string(&b, NULL, sc);
	search_string(&b, "體", sc);
	STR_EQ(b.ptr, "null\"体\"");
	buf_release(&b);
	free(sc);
}

static void
test_table(void)
{
	struct search_chars	*sc = calloc(1, sizeof(*sc));
	struct buf		 b = BUF_INIT, x = BUF_INIT;
	struct synonyms		 s;
	const unsigned char	*p;
	unsigned		 t, c;
	size_t			 i, k, n;

	search_fold_table(&b, sc);
	STR_EQ(b.ptr, "\"\"");
	buf_reset(&b);

	search_add(&x, "社会", sc);
	search_fold_table(&b, sc);
	OK(strstr(b.ptr, "會会") != NULL);
	OK(strstr(b.ptr, "體") == NULL);	/* 体 is not in the index */
	/* Pairs, each folding to a marked character. */
	p = (const unsigned char *)b.ptr + 1;
	n = b.len - 2;
	for (i = 0; i < n; i += k) {
		k = utf8_decode(p + i, n - i, &t);
		OK(k == 3);
		k += utf8_decode(p + i + k, n - i - k, &c);
		OK(k == 6);
		OK(c == 0x793e || c == 0x4f1a);
		INT_EQ(text_fold_cp(t, TEXT_FOLD_T2S, NULL), c);
	}

	/* Synonyms are written folded, and their characters marked. */
	buf_reset(&b);
	INT_EQ(load(&s, "groups: [[醫保, 医疗保障]]\n"), 0);
	search_synonyms(&b, &s, sc);
	STR_EQ(b.ptr, "[\n[\"医保\",\"医疗保障\"]\n]");
	OK(has(sc, 0x533b));		/* 医 */
	buf_reset(&b);
	search_synonyms(&b, NULL, sc);
	STR_EQ(b.ptr, "[]");
	synonyms_release(&s);
	buf_release(&b);
	buf_release(&x);
	free(sc);
}

int
main(int argc, char *argv[])
{
	if (argc == 2 && strcmp(argv[1], "-g") == 0)
		return generate();
	test_t2s();
	test_load();
	test_broken();
	test_add();
	test_table();
	test_default();
	return harness_done("search");
}
