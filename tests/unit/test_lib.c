/*
 * Unit tests for lib/: buffers, arenas, hashing, UTF-8, the loader's
 * positions and limits, the schema and its suggestions, the writer,
 * spreadsheet cells, what a replaced file keeps.
 */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "arena.h"
#include "buf.h"
#include "catset.h"
#include "diag.h"
#include "doc.h"
#include "esc.h"
#include "file.h"
#include "fmt.h"
#include "hash.h"
#include "merge.h"
#include "par.h"
#include "schema.h"
#include "stats.h"
#include "utf8.h"
#include "validate.h"
#include "xmalloc.h"
#include "zip.h"
#include "harness.h"

static void
test_buf(void)
{
	struct buf	 b = BUF_INIT;
	char		*p;
	size_t		 len;
	int		 i;

	STR_EQ(b.ptr, "");
	INT_EQ(b.len, 0);
	buf_adds(&b, "ab");
	buf_addch(&b, 'c');
	buf_addf(&b, "%d-%s", 42, "x");
	STR_EQ(b.ptr, "abc42-x");
	INT_EQ(b.len, 7);
	for (i = 0; i < 1000; i++)
		buf_addch(&b, 'z');
	INT_EQ(b.len, 1007);
	OK(b.ptr[b.len] == '\0');
	buf_setlen(&b, 3);
	STR_EQ(b.ptr, "abc");
	p = buf_detach(&b, &len);
	STR_EQ(p, "abc");
	INT_EQ(len, 3);
	STR_EQ(b.ptr, "");
	free(p);

	/* The cap refuses, it does not truncate. */
	buf_init(&b, 4);
	buf_adds(&b, "abc");
	buf_adds(&b, "de");
	STR_EQ(b.ptr, "abc");
	OK(b.toobig);
	buf_release(&b);
	INT_EQ(b.len, 0);
}

static void
test_arena(void)
{
	struct arena	 a = ARENA_INIT;
	char		*s, *big;
	int		*v;
	int		 i;

	s = arena_strdup(&a, "石羊镇");
	STR_EQ(s, "石羊镇");
	v = arena_calloc(&a, 100, sizeof(*v));
	for (i = 0; i < 100; i++)
		OK(v[i] == 0);
	OK(((size_t)v % _Alignof(max_align_t)) == 0);
	big = arena_alloc(&a, 1 << 20);
	memset(big, 'x', 1 << 20);
	STR_EQ(arena_strfmt(&a, "%s/%d", "a", 7), "a/7");
	STR_EQ(arena_strndup(&a, "abcdef", 3), "abc");
	STR_EQ(s, "石羊镇");	/* earlier blocks survive */
	/* Ownership: what the arena handed out, and nothing else. */
	OK(arena_owns(&a, s));
	OK(arena_owns(&a, big + (1 << 20) - 1));
	OK(!arena_owns(&a, &a));
	arena_release(&a);
	OK(!arena_owns(&a, s));
	OK(a.head == NULL);
}

static void
test_hash(void)
{
	struct hash	 h = HASH_INIT;
	char		 keys[1000][16];
	int		 i, found = 0;

	for (i = 0; i < 1000; i++) {
		snprintf(keys[i], sizeof(keys[i]), "k%d", i);
		hash_put(&h, keys[i], strlen(keys[i]), keys[i]);
	}
	INT_EQ(h.n, 1000);
	for (i = 0; i < 1000; i++)
		found += hash_get(&h, keys[i], strlen(keys[i])) == keys[i];
	INT_EQ(found, 1000);
	OK(hash_get(&h, "nope", 4) == NULL);
	/* Putting an existing key returns the old slot. */
	OK(hash_put(&h, "k5", 2, NULL)->val == keys[5]);
	INT_EQ(h.n, 1000);
	hash_release(&h);
}

static void
test_utf8(void)
{
	struct diag	 dg;
	unsigned	 cp;
	int		 crlf;

	INT_EQ(utf8_decode((const unsigned char *)"镇", 3, &cp), 3);
	INT_EQ(cp, 0x9547);
	INT_EQ(utf8_decode((const unsigned char *)"\xc0\xaf", 2, &cp), 0);
	INT_EQ(utf8_decode((const unsigned char *)"\xed\xa0\x80", 3, &cp), 0);
	INT_EQ(utf8_decode((const unsigned char *)"\xf4\x90\x80\x80", 4, &cp),
	    0);
	INT_EQ(utf8_decode((const unsigned char *)"\xe9\x95", 2, &cp), 0);
	INT_EQ(utf8_chars("a镇b", 5), 3);

	diag_init(&dg, DIAG_TEXT, SEV_NOTE);
	dg.quiet = 1;
	INT_EQ(utf8_check("t", (const unsigned char *)"a: 镇\r\n", 8, &dg,
	    &crlf), 0);
	INT_EQ(crlf, 1);
	INT_EQ(dg.n, 0);
	/* Position of an invalid byte: line 2, third character. */
	INT_EQ(utf8_check("t", (const unsigned char *)"a\n镇b\xff", 7, &dg,
	    &crlf), -1);
	INT_EQ(dg.n, 1);
	INT_EQ(dg.v[0].rule, R_ENCODING);
	INT_EQ(dg.v[0].line, 2);
	INT_EQ(dg.v[0].col, 3);
	diag_flush(&dg);
	/* "镇政府" in GBK. */
	INT_EQ(utf8_check("t", (const unsigned char *)"a: \xd5\xf2\xd5\xfe"
	    "\xb8\xae\n", 10, &dg, &crlf), -1);
	INT_EQ(dg.v[0].rule, R_GBK);
	diag_flush(&dg);
	INT_EQ(utf8_check("t", (const unsigned char *)"a: \x01", 4, &dg,
	    &crlf), -1);
	INT_EQ(dg.v[0].rule, R_CONTROL);
	INT_EQ(dg.v[0].col, 4);
	diag_finish(&dg, "t", "");
}

static int
load(struct doc *d, const char *src, struct limits *lim, struct diag *dg)
{
	return doc_load_mem(d, "t.yaml", src, strlen(src), lim, dg);
}

/* The GBK files of the tree that are valid UTF-8: the detector's cases. */
static const char *const disguised[] = {
	"tests/validate/gk003-gbk-as-utf8.yaml"
};
static size_t	 nwalked;

/*
 * Every file under catalogs/ and tests/ that is valid UTF-8 is real
 * UTF-8, but for the cases above: none may be taken for GBK.
 */
static int
walk_one(const char *path, const struct stat *st, int type, struct FTW *fw)
{
	FILE		*fp;
	char		*p;
	size_t		 i, n;
	int		 want = 0;

	(void)fw;
	if (type != FTW_F || !S_ISREG(st->st_mode))
		return 0;
	if ((fp = fopen(path, "rb")) == NULL)
		return 0;
	p = xmalloc((size_t)st->st_size + 1);
	n = fread(p, 1, (size_t)st->st_size, fp);
	fclose(fp);
	for (i = 0; i < sizeof(disguised) / sizeof(disguised[0]); i++)
		if (strcmp(path, disguised[i]) == 0)
			want = 1;
	if (utf8_disguised_gbk((unsigned char *)p, n) != want) {
		harness_fail++;
		fprintf(stderr, "%s: utf8_disguised_gbk() is %d\n", path,
		    !want);
	} else
		harness_pass++;
	nwalked++;
	free(p);
	return 0;
}

static void
test_disguised_gbk(void)
{
	struct diag	 dg;
	int		 crlf;
	/* 某某学校 in GBK: as UTF-8, U+0133 U+0133 U+0467 U+0423. */
	static const char gbk[] = "title: \xc4\xb3\xc4\xb3\xd1\xa7\xd0\xa3\n"
	    "name: \xc4\xb3\xc4\xb3\n";

	OK(utf8_disguised_gbk((const unsigned char *)gbk, sizeof(gbk) - 1));
	/* The same in UTF-8, and Latin words with accents. */
	OK(!utf8_disguised_gbk((const unsigned char *)
	    "title: 某某学校\nname: 某某\n", strlen("title: 某某学校\nname: "
	    "某某\n")));
	OK(!utf8_disguised_gbk((const unsigned char *)
	    "note: café résumé naïve élan", strlen("note: café résumé "
	    "naïve élan")));
	/* Too few to tell: one GBK character. */
	OK(!utf8_disguised_gbk((const unsigned char *)"a: \xc4\xb3", 5));
	/* Not UTF-8 at all: left to utf8_check()'s other test. */
	OK(!utf8_disguised_gbk((const unsigned char *)
	    "a: \xca\xaf\xd1\xf2\xd5\xf2", 9));
	diag_init(&dg, DIAG_TEXT, SEV_NOTE);
	dg.quiet = 1;
	INT_EQ(utf8_check("t", (const unsigned char *)gbk, sizeof(gbk) - 1,
	    &dg, &crlf), -1);
	INT_EQ(dg.n, 1);
	if (dg.n == 1) {
		INT_EQ(dg.v[0].rule, R_GBK);
		INT_EQ(dg.v[0].line, 1);
		INT_EQ(dg.v[0].col, 8);
	}
	diag_finish(&dg, "t", "");
	/* No false alarm on the project's own files. */
	nwalked = 0;
	OK(nftw("catalogs", walk_one, 16, FTW_PHYS) == 0);
	OK(nftw("tests", walk_one, 16, FTW_PHYS) == 0);
	OK(nwalked > 100);
}

static void
test_loader(void)
{
	struct diag	 dg;
	struct ziplimits zl;
	struct limits	 lim;
	struct doc	 d;
	const struct node *n, *k;

	limits_default(&lim);
	diag_init(&dg, DIAG_TEXT, SEV_NOTE);
	dg.quiet = 1;

	INT_EQ(load(&d, "a: 1\nb:\n  - 镇: x\n    c: [p, q]\n", &lim, &dg), 0);
	n = node_get(d.root, "b", &k);
	OK(n != NULL && n->kind == NODE_SEQ);
	INT_EQ(k->line, 2);
	INT_EQ(k->col, 1);
	n = &n->u.kids[0];
	OK(n->kind == NODE_MAP);
	INT_EQ(n->n, 4);
	n = node_get(n, "c", &k);
	INT_EQ(k->line, 4);
	INT_EQ(k->col, 5);
	INT_EQ(n->style, STYLE_FLOW);
	STR_EQ(n->u.kids[1].u.s, "q");
	INT_EQ(n->u.kids[1].col, 12);
	/* Columns count characters, offsets count bytes. */
	INT_EQ(doc_offset(&d, 3, 6), 5 + 3 + 4 + 3);
	OK(node_is_null(node_get(node_get(d.root, "b", NULL)->u.kids, "c",
	    NULL)) == 0);
	doc_release(&d);

	/* Duplicate keys, large maps included. */
	INT_EQ(load(&d, "a: 1\nb: 2\na: 3\n", &lim, &dg), 0);
	INT_EQ(dg.n, 1);
	INT_EQ(dg.v[0].rule, R_DUPKEY);
	INT_EQ(dg.v[0].line, 3);
	diag_flush(&dg);
	doc_release(&d);

	/* Limits: depth, aliases, scalar size. */
	lim.max_depth = 3;
	INT_EQ(load(&d, "a: [[[[1]]]]\n", &lim, &dg), -2);
	INT_EQ(dg.v[0].rule, R_LIMIT);
	diag_flush(&dg);
	doc_release(&d);
	limits_default(&lim);
	lim.max_alias = 50;
	INT_EQ(load(&d, "a: &a [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]\n"
	    "b: &b [*a, *a, *a, *a, *a, *a]\n", &lim, &dg), -2);
	OK(dg.trouble);
	diag_flush(&dg);
	doc_release(&d);
	limits_default(&lim);
	lim.max_scalar = 10;
	INT_EQ(load(&d, "a: 0123456789abc\n", &lim, &dg), -2);
	diag_flush(&dg);
	doc_release(&d);
	limits_default(&lim);

	/* The zip reader's caps are limits like the others. */
	setenv("GKML_LIMITS", "inflate=2M,archive=3M,ratio=50,entries=7", 1);
	INT_EQ(limits_from_env(&lim, "t"), 0);
	ziplimits_set(&zl, &lim);
	INT_EQ(zl.entry, 2u << 20);
	INT_EQ(zl.total, 3u << 20);
	INT_EQ(zl.ratio, 50);
	INT_EQ(zl.entries, 7);
	INT_EQ(zl.ratio_past, ZIP_RATIO_PAST);
	setenv("GKML_LIMITS", "archive=0", 1);
	INT_EQ(limits_from_env(&lim, "t"), -1);
	unsetenv("GKML_LIMITS");
	limits_default(&lim);
	ziplimits_default(&zl);
	INT_EQ(zl.entry, lim.max_inflate);
	INT_EQ(zl.total, lim.max_archive);

	/* Syntax errors carry a position; tabs get their own message. */
	INT_EQ(load(&d, "a: [1, 2\nb: 3\n", &lim, &dg), -1);
	INT_EQ(dg.v[0].rule, R_SYNTAX);
	OK(dg.v[0].line >= 1);
	diag_flush(&dg);
	doc_release(&d);
	INT_EQ(load(&d, "a:\n\t- 1\n", &lim, &dg), -1);
	OK(strstr(dg.v[0].msg, "tab") != NULL);
	diag_flush(&dg);
	doc_release(&d);
	INT_EQ(load(&d, "a: 1\n---\nb: 2\n", &lim, &dg), -1);
	INT_EQ(dg.v[0].rule, R_DOCS);
	diag_flush(&dg);
	doc_release(&d);
	INT_EQ(load(&d, "", &lim, &dg), -1);
	INT_EQ(dg.v[0].rule, R_DOCS);
	diag_finish(&dg, "t", "");
	doc_release(&d);
}

static void
test_schema(void)
{
	struct schema		 s;
	const struct vocab	*v;
	const struct vmatch	*m;
	const struct vterm	*t;

	OK(schema_load(&s, ".") == 0);
	v = schema_vocab(&s, "channel");
	OK(v != NULL);
	m = vocab_find(v, "website", 7);
	OK(m != NULL && m->how == VM_SLUG);
	m = vocab_find(v, "政府网站", strlen("政府网站"));
	OK(m != NULL && m->how == VM_LABEL && strcmp(m->term->slug,
	    "website") == 0);
	m = vocab_find(v, "门户网站", strlen("门户网站"));
	OK(m != NULL && m->how == VM_ALIAS);
	STR_EQ(vocab_suggest(v, "websit", &t), "website");
	OK(vocab_suggest(v, "zzzzzzzzzz", &t) == NULL);
	INT_EQ(edit_distance("kitten", "sitting", 5), 3);
	INT_EQ(edit_distance("政府网站", "政府网", 5), 1);
	INT_EQ(edit_distance("abc", "abcdefgh", 2), 3);
	v = schema_vocab(&s, "area");
	INT_EQ(v->n, 27);
	/* 村务公开 is kept by villages only; a pilot area at every level. */
	m = vocab_find(v, "village-affairs", strlen("village-affairs"));
	OK(m != NULL && m->term->levels == 1u << 2);
	OK(!schema_area_kept(m->term, 0) && !schema_area_kept(m->term, 1) &&
	    schema_area_kept(m->term, 2));
	m = vocab_find(v, "村(居)务公开", strlen("村(居)务公开"));
	OK(m != NULL && m->how == VM_ALIAS &&
	    strcmp(m->term->slug, "village-affairs") == 0);
	m = vocab_find(v, "budget", 6);
	OK(m != NULL && m->term->levels == 0 && schema_area_kept(m->term, 0) &&
	    schema_area_kept(m->term, 2));
	OK(stype_key(s.root, "catalog", 7) != NULL);
	OK(stype_key(s.root, "nope", 4) == NULL);
	schema_release(&s);
}

/*
 * An area's levels that are no level slugs break the schema: the
 * installation is wrong, and no catalog can be judged by it.
 */
static void
test_schema_area_levels(void)
{
	static const char *const bad[] = {
		"[hamlet]", "[县级]", "village", "[]"
	};
	struct schema	 s;
	char		 dir[] = "/tmp/gkml-schema-XXXXXX", sub[64], path[96],
			 cmd[256];
	FILE		*fp, *in;
	char		 line[1024];
	size_t		 i;
	int		 fd, saved;

	if (mkdtemp(dir) == NULL) {
		OK(0);
		return;
	}
	snprintf(sub, sizeof(sub), "%s/schemas", dir);
	OK(mkdir(sub, 0755) == 0);
	snprintf(cmd, sizeof(cmd), "cp schemas/structure.yaml %s/", sub);
	OK(system(cmd) == 0);
	snprintf(path, sizeof(path), "%s/vocab.yaml", sub);
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		/* The installed vocabulary, its village-affairs levels
		 * replaced. */
		if ((in = fopen("schemas/vocab.yaml", "r")) == NULL ||
		    (fp = fopen(path, "w")) == NULL) {
			OK(0);
			if (in != NULL)
				fclose(in);
			break;
		}
		while (fgets(line, sizeof(line), in) != NULL)
			if (strcmp(line, "    levels: [village]\n") == 0)
				fprintf(fp, "    levels: %s\n", bad[i]);
			else
				fputs(line, fp);
		fclose(in);
		fclose(fp);
		/* What it says goes to stderr, not into the results. */
		fflush(stderr);
		saved = dup(2);
		fd = open("/dev/null", O_WRONLY);
		dup2(fd, 2);
		close(fd);
		OK(schema_load(&s, dir) == -1);
		fflush(stderr);
		dup2(saved, 2);
		close(saved);
	}
	unlink(path);
	snprintf(path, sizeof(path), "%s/structure.yaml", sub);
	unlink(path);
	rmdir(sub);
	rmdir(dir);
}

/* fmt of a messy file gives the canonical form, and that is a fixpoint. */
static void
test_fmt(void)
{
	struct schema	 s;
	struct diag	 dg;
	struct limits	 lim;
	struct doc	 d;
	struct buf	 a = BUF_INIT, b = BUF_INIT;
	const char	*src =
	    "# header\n"
	    "catalog: {level: county, id: x}\n"
	    "gkml: 1\n"
	    "categories:\n"
	    "- name: 'A'\n"
	    "  # about a\n"
	    "  id: a\n"
	    "  items:\n"
	    "  - channels:\n"
	    "    - website  # main\n"
	    "    - notice-board\n"
	    "    id: a.b\n"
	    "    x-local: \"yes\"\n"
	    "    content: \"line one\\nline two\\n\"\n";
	const char	*want =
	    "# header\n"
	    "gkml: 1\n"
	    "catalog:\n"
	    "  id: x\n"
	    "  level: county\n"
	    "categories:\n"
	    "  # about a\n"
	    "  - id: a\n"
	    "    name: A\n"
	    "    items:\n"
	    "      - id: a.b\n"
	    "        content: |\n"
	    "          line one\n"
	    "          line two\n"
	    "        channels: [website, notice-board]  # main\n"
	    "        x-local: \"yes\"\n";

	limits_default(&lim);
	diag_init(&dg, DIAG_TEXT, SEV_ERROR);
	OK(schema_load(&s, ".") == 0);
	INT_EQ(load(&d, src, &lim, &dg), 0);
	fmt_doc(&d, &s, &a);
	STR_EQ(a.ptr, want);
	doc_release(&d);
	INT_EQ(load(&d, a.ptr, &lim, &dg), 0);
	fmt_doc(&d, &s, &b);
	STR_EQ(b.ptr, a.ptr);
	doc_release(&d);
	buf_release(&a);
	buf_release(&b);
	diag_finish(&dg, "t", "");
	schema_release(&s);
}

/* One cell by cell_escape(), as a string; static, for STR_EQ. */
static const char *
cell(const char *s, int sep)
{
	static struct buf	 b = BUF_INIT;

	buf_reset(&b);
	cell_escape(&b, s, sep);
	return b.ptr;
}

static void
test_cell(void)
{
	/* What a spreadsheet would run gets an apostrophe. */
	STR_EQ(cell("=cmd|' /C calc'!A0", ','), "'=cmd|' /C calc'!A0");
	STR_EQ(cell("+1+1", ','), "'+1+1");
	STR_EQ(cell("-2+3", ','), "'-2+3");
	STR_EQ(cell("@SUM(A1)", ','), "'@SUM(A1)");
	STR_EQ(cell("\t=1", ','), "'\t=1");
	STR_EQ(cell("\r=1", ','), "\"'\r=1\"");
	STR_EQ(cell("=1,2", ','), "\"'=1,2\"");
	STR_EQ(cell("=\"x\"", ','), "\"'=\"\"x\"\"\"");
	STR_EQ(cell("\xef\xbc\x9d" "1", ','), "'\xef\xbc\x9d" "1");	/* ＝ */
	STR_EQ(cell("\xef\xbc\x8b" "1", ','), "'\xef\xbc\x8b" "1");	/* ＋ */
	STR_EQ(cell("\xef\xbc\x8d" "1", ','), "'\xef\xbc\x8d" "1");	/* － */
	STR_EQ(cell("\xef\xbc\xa0x", ','), "'\xef\xbc\xa0x");	/* ＠ */
	STR_EQ(cell("-", ','), "'-");
	STR_EQ(cell("-1.", ','), "'-1.");
	STR_EQ(cell("-.5", ','), "'-.5");
	STR_EQ(cell("-1e5", ','), "'-1e5");
	/* Numbers, and the same characters further in, stay. */
	STR_EQ(cell("-12", ','), "-12");
	STR_EQ(cell("+3.5", ','), "+3.5");
	STR_EQ(cell("42", ','), "42");
	STR_EQ(cell("a=b", ','), "a=b");
	STR_EQ(cell("0878-0000000", ','), "0878-0000000");
	STR_EQ(cell("\xe5\x85\xa8\xef\xbc\x9d", ','), "\xe5\x85\xa8\xef\xbc\x9d");
	STR_EQ(cell("", ','), "");
	STR_EQ(cell(NULL, ','), "");
	/* TSV: escapes after the apostrophe. */
	STR_EQ(cell("\t=1\\\n", '\t'), "'\\t=1\\\\\\n");
	STR_EQ(cell("=1,2", '\t'), "'=1,2");
	STR_EQ(cell("-7", '\t'), "-7");
	STR_EQ(cell("a\x01", '\t'), "a\\x01");
}

/* Text by xml_text(), as a string; static, for STR_EQ. */
static const char *
xtext(const char *s, int html)
{
	static struct buf	 b = BUF_INIT;

	buf_reset(&b);
	xml_text(&b, s, html);
	return b.ptr;
}

/* As libxml2 writes text in XML and in HTML (board.xsl, document.xsl). */
static void
test_xml_text(void)
{
	STR_EQ(xtext("a<b>&c", 0), "a&lt;b&gt;&amp;c");
	STR_EQ(xtext("a<b>&c", 1), "a&lt;b&gt;&amp;c");
	/* Quotes are text, not escaped. */
	STR_EQ(xtext("\"'", 0), "\"'");
	STR_EQ(xtext("\"'", 1), "\"'");
	STR_EQ(xtext("a\rb\tc\nd", 0), "a&#13;b\tc\nd");
	STR_EQ(xtext("a\rb\tc\nd", 1), "a\rb\tc\nd");
	STR_EQ(xtext("a\x01" "b", 1), "ab");
	STR_EQ(xtext("社会救助", 0), "社会救助");
	STR_EQ(xtext("", 0), "");
	STR_EQ(xtext(NULL, 1), "");
}

/* Add a catalog of id id, version v and date u (either may be NULL). */
static size_t
add(struct catset *cs, struct diag *dg, const char *file, const char *id,
    const char *v, const char *u)
{
	struct limits	 lim;
	struct doc	 d;
	char		*src;
	size_t		 i;

	limits_default(&lim);
	src = xasprintf("catalog:\n  id: %s\n%s%s%s%s%s%s", id,
	    v ? "  version: \"" : "", v ? v : "", v ? "\"\n" : "",
	    u ? "  updated: " : "", u ? u : "", u ? "\n" : "");
	INT_EQ(load(&d, src, &lim, dg), 0);
	i = catset_add(cs, file, d.root, dg);
	doc_release(&d);
	free(src);
	return i;
}

static void
test_catset(void)
{
	struct schema	 s;
	struct catset	 cs;
	struct diag	 dg;
	size_t		 a, b, c, e, f, g, h;

	INT_EQ(catset_jur("a/b/c", 5), 3);
	INT_EQ(catset_jur("a/b", 3), 1);
	INT_EQ(catset_jur("a", 1), 0);
	INT_EQ(catset_jur("a/b/c", 3), 1);

	OK(schema_load(&s, ".") == 0);
	diag_init(&dg, DIAG_TEXT, SEV_NOTE);
	dg.quiet = 1;
	catset_init(&cs, &s);
	/* By date; by version when no date decides; numbers as numbers. */
	a = add(&cs, &dg, "a", "x/one", "2024", "2024-06-01");
	b = add(&cs, &dg, "b", "x/one", "2024", "2023-06-01");
	c = add(&cs, &dg, "c", "x/two", "2024-10", NULL);
	e = add(&cs, &dg, "e", "x/two", "2024-9", "2025-01-01");
	/* The same; and date and version that disagree. */
	f = add(&cs, &dg, "f", "x/three", "1", "2024-01-01");
	g = add(&cs, &dg, "g", "x/three", "1", "2024-01-01");
	h = add(&cs, &dg, "h", "x/four", "2", "2024-01-01");
	add(&cs, &dg, "i", "x/four", "3", "2023-01-01");
	catset_decide(&cs, &dg);
	OK(catset_used(&cs, a));
	OK(!catset_used(&cs, b));
	INT_EQ(cs.v[b].newer, a);
	OK(catset_used(&cs, c));
	OK(!catset_used(&cs, e));
	OK(cs.v[f].clash && cs.v[g].clash && cs.v[h].clash);
	INT_EQ(cs.nclash, 4);
	catset_release(&cs);
	diag_finish(&dg, "t", "");
	schema_release(&s);
}

/* What merge, diff and stats refuse to read: merge_check(). */
static void
test_merge_check(void)
{
	static const char *const bad[] = {
		"gkml: 2\ncatalog: {id: a}\n",
		"gkml: one\ncatalog: {id: a}\n",
		"gkml: [1]\ncatalog: {id: a}\n",
		"gkml: 1\ncatalog: {id: a}\ncategories:\n- id: c\n"
		    "  items: [{id: i}]\n- id: d\n  items: [{id: i}]\n",
		"gkml: 1\ncatalog: {id: a}\ncategories: [{id: c}, {id: c}]\n",
		"gkml: 1\ncatalog: {id: a}\nomit: [{id: i}, {id: i}]\n",
		"gkml: 1\ncatalog: {id: a}\nnot-applicable: [{id: i}, {id: i}]\n",
	};
	static const enum rule why[] = { R_VERSION, R_VERSION, R_VERSION,
		R_DUP_ID, R_DUP_ID, R_DUP_ID, R_DUP_ID };
	struct limits	 lim;
	struct diag	 dg;
	struct doc	 d;
	size_t		 i;

	limits_default(&lim);
	diag_init(&dg, DIAG_TEXT, SEV_NOTE);
	dg.quiet = 1;
	for (i = 0; i < sizeof(bad) / sizeof(*bad); i++) {
		OK(load(&d, bad[i], &lim, &dg) == 0);
		INT_EQ(merge_check(&d, &dg, 0), -2);
		OK(dg.n == 1 && dg.v[0].rule == why[i]);
		diag_flush(&dg);
		doc_release(&d);
	}
	/* No version is format 1 (validate says it is missing); an id
	 * may be omitted and listed as not applicable at once. */
	OK(load(&d, "catalog: {id: a}\ncategories: [{id: c, items: "
	    "[{id: i}]}]\nomit: [{id: i}]\nnot-applicable: [{id: i}]\n",
	    &lim, &dg) == 0);
	INT_EQ(merge_check(&d, &dg, 1), 0);
	INT_EQ(dg.n, 0);
	doc_release(&d);
	diag_finish(&dg, "t", "");
}

/* file_keep(): a replacement gets the old file's mode, owner and group,
 * or fails (as only root may give a file away). */
static void
test_file_keep(void)
{
	struct stat	 old, st;
	char		 path[] = "/tmp/gkml-unit.XXXXXX";
	int		 fd;

	if ((fd = mkstemp(path)) == -1) {
		OK(!"mkstemp");
		return;
	}
	unlink(path);
	OK(fstat(fd, &old) == 0);
	old.st_mode = S_IFREG | 0604;
	INT_EQ(file_keep(fd, &old), 0);
	OK(fstat(fd, &st) == 0 && (st.st_mode & 07777) == 0604);
	if (geteuid() == 0) {
		/* Root gives it away, and the mode survives the chown. */
		old.st_uid = 65534;
		old.st_gid = 65534;
		old.st_mode = S_IFREG | 0640;
		INT_EQ(file_keep(fd, &old), 0);
		OK(fstat(fd, &st) == 0 && st.st_uid == 65534 &&
		    st.st_gid == 65534 && (st.st_mode & 07777) == 0640);
	} else {
		/* Others cannot give a file to root. */
		old.st_uid = 0;
		INT_EQ(file_keep(fd, &old), -1);
		INT_EQ(errno, EPERM);
	}
	close(fd);
}

/* file_slurp(): all of a file up to the limit, and a finding past it. */
static void
test_file_slurp(void)
{
	struct diag	 dg;
	char		*p;
	size_t		 len;
	int		 fd[2];

	diag_init(&dg, DIAG_TEXT, SEV_NOTE);
	dg.quiet = 1;
	OK(pipe(fd) == 0 && write(fd[1], "abcdef", 6) == 6 &&
	    close(fd[1]) == 0);
	INT_EQ(file_slurp(fd[0], "p", 0, 6, &p, &len, &dg), 0);
	OK(len == 6 && strcmp(p, "abcdef") == 0 && dg.n == 0);
	free(p);
	OK(pipe(fd) == 0 && write(fd[1], "abcdefg", 7) == 7 &&
	    close(fd[1]) == 0);
	INT_EQ(file_slurp(fd[0], "p", 2, 6, &p, &len, &dg), -2);
	OK(p == NULL && dg.n == 1 && dg.v[0].rule == R_LIMIT &&
	    dg.v[0].line == 1 && dg.trouble);
	diag_finish(&dg, "t", "");
}

/* A finding about a missing or empty value names its key as data:
 * diag_field(), which import reads instead of the message. */
static void
test_diag_field(void)
{
	struct schema	 s;
	struct validator v;
	struct limits	 lim;
	struct diag	 dg;
	struct doc	 d;
	size_t		 i, nmode = 0, nbasis = 0;

	OK(schema_load(&s, ".") == 0);
	limits_default(&lim);
	diag_init(&dg, DIAG_TEXT, SEV_NOTE);
	dg.quiet = 1;
	OK(load(&d, "gkml: 1\ncatalog: {id: a, title: t, area: budget, "
	    "level: county, jurisdiction: j, version: '1', updated: "
	    "2026-01-01}\ncategories:\n- id: c\n  name: c\n  items:\n"
	    "  - {id: i, name: n, content: x, basis: '', deadline: 及时, "
	    "body: b, channels: [website], audience: public, level: "
	    "[county]}\n", &lim, &dg) == 0);
	validator_init(&v, &s, &dg);
	validate_doc(&v, &d);
	for (i = 0; i < dg.n; i++) {
		if (dg.v[i].field != NULL && strcmp(dg.v[i].field, "mode") == 0)
			nmode++;
		if (dg.v[i].field != NULL && strcmp(dg.v[i].field, "basis") == 0)
			nbasis++;
	}
	INT_EQ(nmode, 1);
	INT_EQ(nbasis, 1);
	validator_release(&v);
	doc_release(&d);
	/* Below the threshold nothing is recorded, and nothing named. */
	dg.threshold = SEV_ERROR;
	diag_flush(&dg);
	diag_add(&dg, "f", 1, 1, R_EMPTY, NULL, NULL, "m");
	diag_field(&dg, "mode");
	INT_EQ(dg.n, 0);
	diag_add(&dg, "f", 1, 1, R_SYNTAX, NULL, NULL, "m");
	diag_field(&dg, "mode");
	OK(dg.n == 1 && strcmp(dg.v[0].field, "mode") == 0);
	diag_finish(&dg, "t", "");
	schema_release(&s);
}

/* A finding keeps the arguments of its message, each as it printed,
 * so that a translation can put them in its own order. */
static void
test_diag_args(void)
{
	struct diag	 dg;
	struct buf	 b = BUF_INIT;
	const struct finding *f;

	diag_init(&dg, DIAG_TEXT, SEV_NOTE);
	dg.quiet = 1;
	diag_add(&dg, "f", 1, 2, R_SYNTAX, NULL, NULL,
	    "%s has %zu items, %d%% of %.*s, [%*d] %04X %c %lu", "cat",
	    (size_t)3, 50, 2, "abc", 3, 7, 0x1fu, 'z', 9ul);
	f = &dg.v[0];
	STR_EQ(f->msg, "cat has 3 items, 50% of ab, [  7] 001F z 9");
	INT_EQ(f->nargs, 10);
	STR_EQ(f->args[0], "cat");
	STR_EQ(f->args[1], "3");
	STR_EQ(f->args[3], "2");	/* the precision is an argument */
	STR_EQ(f->args[4], "ab");
	STR_EQ(f->args[6], "  7");
	STR_EQ(f->args[7], "001F");
	STR_EQ(f->args[9], "9");
	/* A translation in its own order; a star is skipped in order. */
	OK(diag_expand(&b, "%2$zu：%1$s，%5$.*4$s%%，%s", f) == 0);
	STR_EQ(b.ptr, "3：cat，ab%，cat");
	buf_reset(&b);
	OK(diag_expand(&b, "%s %zu %d%% %.*s [%*d]", f) == 0);
	STR_EQ(b.ptr, "cat 3 50% ab [  7]");
	buf_reset(&b);
	/* An argument the finding does not have. */
	OK(diag_expand(&b, "%11$s", f) == -1);
	buf_reset(&b);
	OK(diag_expand(&b, "%s %", f) == -1);
	buf_reset(&b);
	/* Without a translation, the message is the English one. */
	diag_message(&b, f);
	STR_EQ(b.ptr, f->msg);
	buf_release(&b);
	/* A message with no arguments has none. */
	diag_add(&dg, "f", 1, 2, R_SYNTAX, NULL, NULL, "plain 100%%");
	INT_EQ(dg.v[1].nargs, 0);
	STR_EQ(dg.v[1].msg, "plain 100%");
	diag_remove(&dg, 0);
	INT_EQ(dg.n, 1);
	STR_EQ(dg.v[0].msg, "plain 100%");
	diag_finish(&dg, "t", "");
}

/* diag_show(): a slug shown as its label where the message is
 * translated, kept in the English message and the arguments; copied by
 * diag_again(); nothing when the finding was below the threshold. */
static void
test_diag_show(void)
{
	struct diag	 dg, again;
	struct buf	 b = BUF_INIT;

	diag_init(&dg, DIAG_TEXT, SEV_WARNING);
	dg.quiet = 1;
	diag_add(&dg, "f", 1, 1, R_OVERLAY_LEVEL, NULL, NULL,
	    "a %s catalog cannot extend a %s catalog", "county", "county");
	diag_show(&dg, 0, "县级");
	diag_show(&dg, 5, "no such argument");
	STR_EQ(dg.v[0].msg, "a county catalog cannot extend a county catalog");
	STR_EQ(dg.v[0].args[0], "county");
	OK(diag_expand(&b, "%s目录不能扩展%s目录", &dg.v[0]) == 0);
	STR_EQ(b.ptr, "县级目录不能扩展county目录");
	buf_reset(&b);
	diag_init(&again, DIAG_TEXT, SEV_NOTE);
	again.quiet = 1;
	diag_again(&again, &dg.v[0]);
	diag_finish(&dg, "t", "");
	OK(diag_expand(&b, "%2$s、%1$s", &again.v[0]) == 0);
	STR_EQ(b.ptr, "county、县级");
	buf_reset(&b);
	/* A note below the threshold: the show goes nowhere. */
	diag_add(&again, "f", 2, 1, R_OLDER_VERSION, NULL, NULL, "%s", "x");
	again.threshold = SEV_ERROR;
	diag_add(&again, "f", 3, 1, R_OLDER_VERSION, NULL, NULL, "%s", "y");
	diag_show(&again, 0, "shown");
	OK(again.v[1].shown == NULL);
	diag_finish(&again, "t", "");
	buf_release(&b);
}

/* The order of levels is vocab.yaml's: one source for merge and stats. */
static void
test_level_rank(void)
{
	struct schema	 s;

	OK(schema_load(&s, ".") == 0);
	INT_EQ(schema_level_rank(&s, "county", 6), 0);
	INT_EQ(schema_level_rank(&s, "township", 8), 1);
	INT_EQ(schema_level_rank(&s, "village", 7), 2);
	INT_EQ(schema_level_rank(&s, "县级", strlen("县级")), 0);
	INT_EQ(schema_level_rank(&s, "街道", strlen("街道")), 1);
	INT_EQ(schema_level_rank(&s, "社区", strlen("社区")), 2);
	INT_EQ(schema_level_rank(&s, "province", 8), -1);
	schema_release(&s);
}

/*
 * --expect-areas: a plain line is counties' and townships' as it always
 * was; "LEVEL: areas" (either colon, blanks or commas between) is that
 * level's; a level not named keeps what "standard" expects (given 0).
 */
static void
test_stats_expect(void)
{
	struct schema	 s;
	struct stats	 st;
	struct limits	 lim;
	struct diag	 dg;
	char		 path[] = "/tmp/gkml-unit-expect.XXXXXX";
	const char	*text = "budget # a comment\n"
	    "village：x-village-affairs、卫生健康, health\n"
	    "  乡镇 : 社会救助 tax\n";
	int		 fd;

	OK(schema_load(&s, ".") == 0);
	limits_default(&lim);
	diag_init(&dg, DIAG_TEXT, SEV_ERROR);
	stats_init(&st, &s);
	OK((fd = mkstemp(path)) != -1);
	OK(write(fd, text, strlen(text)) == (ssize_t)strlen(text));
	close(fd);
	INT_EQ(stats_expect(&st, path, &lim, &dg), 0);
	INT_EQ(dg.n, 0);
	INT_EQ(st.given[0] && st.given[1] && st.given[2], 1);
	INT_EQ(st.nexpect[0], 1);
	STR_EQ(st.expect[0][0], "budget");
	INT_EQ(st.nexpect[1], 3);
	STR_EQ(st.expect[1][1], "social-assistance");
	STR_EQ(st.expect[1][2], "tax");
	INT_EQ(st.nexpect[2], 2);
	STR_EQ(st.expect[2][0], "x-village-affairs");
	STR_EQ(st.expect[2][1], "health");
	/* Only a village list: counties and townships as by default. */
	OK((fd = open(path, O_WRONLY | O_TRUNC)) != -1);
	OK(write(fd, "village: tax\n", 13) == 13);
	close(fd);
	INT_EQ(stats_expect(&st, path, &lim, &dg), 0);
	INT_EQ(st.given[0] || st.given[1], 0);
	INT_EQ(st.given[2], 1);
	INT_EQ(stats_expect(&st, "standard", &lim, &dg), 0);
	INT_EQ(st.given[0] || st.given[1] || st.given[2], 0);
	OK(st.expect_path == NULL);
	unlink(path);
	diag_finish(&dg, "t", "");
	stats_release(&st);
	schema_release(&s);
}

/*
 * par_ordered(): every work once, every done once and in order, each
 * done after its work, never more than the window ahead.
 */
struct ordtest {
	size_t		 n, window;
	unsigned char	*worked, *doneat;
	size_t		 ndone, maxahead, bad;
};

static pthread_mutex_t ordlock = PTHREAD_MUTEX_INITIALIZER;

static void
ord_work(void *ctx, size_t i)
{
	struct ordtest	*t = ctx;
	size_t		 ahead;

	pthread_mutex_lock(&ordlock);
	ahead = i + 1 - t->ndone;
	if (ahead > t->maxahead)
		t->maxahead = ahead;
	pthread_mutex_unlock(&ordlock);
	/* Uneven work: some finish out of order. */
	if (i % 7 == 0)
		usleep(200);
	t->worked[i]++;
}

static void
ord_done(void *ctx, size_t i)
{
	struct ordtest	*t = ctx;

	pthread_mutex_lock(&ordlock);
	if (i != t->ndone || t->worked[i] != 1)
		t->bad++;
	t->doneat[i]++;
	t->ndone++;
	pthread_mutex_unlock(&ordlock);
}

static int
par_count(void *ctx, size_t i)
{
	unsigned char	*seen = ctx;

	seen[i]++;
	return i == 5 ? -1 : 0;
}

static void
test_par(void)
{
	struct ordtest	 t;
	unsigned char	 seen[100];
	int		 jobs[] = { 1, 2, 4, 64 };
	size_t		 k, i, ok;

	for (k = 0; k < sizeof(jobs) / sizeof(*jobs); k++) {
		memset(&t, 0, sizeof(t));
		t.n = 300;
		t.window = 5;
		t.worked = xcalloc(t.n, 1);
		t.doneat = xcalloc(t.n, 1);
		par_ordered(t.n, jobs[k], t.window, ord_work, ord_done, &t);
		for (i = ok = 0; i < t.n; i++)
			ok += t.worked[i] == 1 && t.doneat[i] == 1;
		INT_EQ(ok, t.n);
		INT_EQ(t.bad, 0);
		INT_EQ(t.ndone, t.n);
		/* The work begun is at most the window ahead of the dones. */
		OK(t.maxahead <= t.window);
		free(t.worked);
		free(t.doneat);

		memset(seen, 0, sizeof(seen));
		INT_EQ(par_for(100, jobs[k], par_count, seen), -1);
		for (i = ok = 0; i < 100; i++)
			ok += seen[i] == 1;
		INT_EQ(ok, 100);
	}
	/* Nothing to do, and a window of 0 taken as 1. */
	memset(&t, 0, sizeof(t));
	par_ordered(0, 2, 4, ord_work, ord_done, &t);
	INT_EQ(t.ndone, 0);
	t.n = 3;
	t.worked = xcalloc(3, 1);
	t.doneat = xcalloc(3, 1);
	par_ordered(3, 2, 0, ord_work, ord_done, &t);
	INT_EQ(t.ndone, 3);
	INT_EQ(t.bad, 0);
	OK(t.maxahead <= 1);
	free(t.worked);
	free(t.doneat);
}

int
main(void)
{
	test_buf();
	test_arena();
	test_hash();
	test_utf8();
	test_disguised_gbk();
	test_loader();
	test_schema();
	test_schema_area_levels();
	test_fmt();
	test_cell();
	test_xml_text();
	test_catset();
	test_merge_check();
	test_file_keep();
	test_file_slurp();
	test_diag_field();
	test_diag_args();
	test_level_rank();
	test_diag_show();
	test_stats_expect();
	test_par();
	return harness_done("lib");
}
