/*
 * libFuzzer harness for the table readers of gkml-import, one format
 * per build: fuzz_csv.c, fuzz_html.c, fuzz_docx.c and fuzz_xlsx.c set
 * FUZZ_FORMAT and include this file (make fuzz FUZZ=csv, ...).
 *
 * Any bytes are read, then the grids are checked: every cell has text,
 * valid UTF-8 with no control character but '\n' and no blank at either
 * end; a merged copy points at an origin that is no copy and shares its
 * text.  A reader that breaks these would hand the interpreter garbage.
 *
 * DOCX and XLSX: bytes starting "PK" are the archive itself.  Other
 * bytes are wrapped, so the fuzzer reaches the XML readers without
 * having to build zip files: for DOCX they are word/document.xml; for
 * XLSX the first sheet and, after a NUL byte, the shared strings.
 *
 * Grids that read are then imported: the interpreter must not crash,
 * and each catalog it returns must load again and already be in
 * gkml-fmt's canonical form, as import.h promises.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "diag.h"
#include "doc.h"
#include "fmt.h"
#include "import.h"
#include "schema.h"
#include "table.h"
#include "utf8.h"
#include "zip.h"

int	 LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static void
fail(const struct table *t, unsigned r, unsigned c, const char *what)
{
	fprintf(stderr, "%s, cell %u,%u: %s\n", t->where, r, c, what);
	abort();
}

static void
check_text(const struct table *t, unsigned r, unsigned c, const char *s)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 n = strlen(s), i, k;
	unsigned		 cp;

	if (n > 0 && (s[0] == ' ' || s[0] == '\n' || s[n - 1] == ' ' ||
	    s[n - 1] == '\n'))
		fail(t, r, c, "text not trimmed");
	for (i = 0; i < n; i += k) {
		if ((k = utf8_decode(p + i, n - i, &cp)) == 0)
			fail(t, r, c, "text is not UTF-8");
		if ((cp < 0x20 && cp != '\n') || cp == 0x7f)
			fail(t, r, c, "control character in text");
	}
}

static void
check_cell(const struct table *t, unsigned r, unsigned c)
{
	const struct cell	*x = TABLE_CELL(t, r, c), *o;

	if (x->text == NULL)
		fail(t, r, c, "no text");
	check_text(t, r, c, x->text);
	if (!x->merged) {
		if (x->orow != r || x->ocol != c)
			fail(t, r, c, "origin elsewhere");
		return;
	}
	if (x->orow >= t->nrows || x->ocol >= t->ncols ||
	    (x->orow == r && x->ocol == c))
		fail(t, r, c, "bad origin");
	o = TABLE_CELL(t, x->orow, x->ocol);
	if (o->merged || o->text != x->text)
		fail(t, r, c, "copy differs from origin");
}

static void
check(const struct tables *ts)
{
	const struct table	*t;
	size_t			 i;
	unsigned		 r, c;

	for (i = 0; i < ts->n; i++) {
		t = &ts->v[i];
		if (t->nrows == 0 || t->ncols == 0 || t->where == NULL)
			fail(t, 0, 0, "empty table");
		for (r = 0; r < t->nrows; r++)
			for (c = 0; c < t->ncols; c++)
				check_cell(t, r, c);
	}
}

#if FUZZ_WRAP
static const char workbook[] = "<workbook><sheets><sheet name=\"s\" "
    "r:id=\"rId1\" xmlns:r=\"r\"/></sheets></workbook>";
static const char rels[] = "<Relationships><Relationship Id=\"rId1\" "
    "Type=\"x/worksheet\" Target=\"s.xml\"/><Relationship Id=\"rId2\" "
    "Type=\"x/sharedStrings\" Target=\"t.xml\"/></Relationships>";

/* Wrap XML into the parts of a minimal archive. */
static void
wrap(const char *p, size_t len, struct buf *out)
{
	struct zipw	*w = zipw_new();
	struct buf	 err = BUF_INIT;
	const char	*nul;

	if (FUZZ_FORMAT == TF_DOCX)
		zipw_add(w, "word/document.xml", p, len);
	else {
		zipw_add(w, "xl/workbook.xml", workbook, strlen(workbook));
		zipw_add(w, "xl/_rels/workbook.xml.rels", rels, strlen(rels));
		nul = memchr(p, '\0', len);
		zipw_add(w, "xl/s.xml", p, nul ? (size_t)(nul - p) : len);
		if (nul != NULL)
			zipw_add(w, "xl/t.xml", nul + 1,
			    len - (size_t)(nul + 1 - p));
	}
	if (zipw_finish(w, 0, out, &err) != 0)
		abort();
	buf_release(&err);
}
#endif

static struct schema	 schema;
static int		 loaded;

/* Import the grids; every catalog made loads and is canonical. */
static void
interpret(const struct tables *ts)
{
	static const struct import_opts opts = { "social-assistance",
	    "county", "示例县", "fuzz" };
	struct import	 im;
	struct limits	 lim;
	struct diag	 dg;
	struct doc	 d;
	struct buf	 b = BUF_INIT;
	size_t		 i;

	if (!loaded) {
		if (schema_load(&schema, gkml_datadir()) != 0 ||
		    import_load_words(&schema, gkml_datadir()) != 0)
			abort();
		loaded = 1;
	}
	limits_default(&lim);
	import_init(&im);
	diag_init(&dg, DIAG_TEXT, SEV_NOTE);
	dg.quiet = 1;
	if (import_tables(&im, ts, "fuzz", &opts, &schema, &lim, &dg) == 0)
		for (i = 0; i < im.n; i++) {
			if (doc_load_mem(&d, "out", im.v[i].yaml, im.v[i].len,
			    &lim, &dg) != 0)
				abort();	/* not even YAML */
			buf_reset(&b);
			fmt_doc(&d, &schema, &b);
			if (b.len != im.v[i].len ||
			    memcmp(b.ptr, im.v[i].yaml, b.len) != 0)
				abort();	/* not canonical */
			doc_release(&d);
		}
	import_release(&im);
	diag_finish(&dg, "fuzz", "");
	buf_release(&b);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct tables	 ts;
	struct diag	 dg;
	struct buf	 z = BUF_INIT;
	const char	*p = (const char *)data;
	int		 rc;

#if FUZZ_WRAP
	if (size < 2 || memcmp(data, "PK", 2) != 0) {
		wrap(p, size, &z);
		p = z.ptr;
		size = z.len;
	}
#endif
	tables_init(&ts);
	diag_init(&dg, DIAG_TEXT, SEV_NOTE);
	dg.quiet = 1;
	rc = tables_read(&ts, FUZZ_FORMAT, "fuzz", p, size,
	    FUZZ_FORMAT == TF_CSV && size > 0 && data[0] == 0xff ? "gbk" :
	    NULL, NULL, &dg);
	if (rc != 0 && rc != -1 && rc != -2)
		abort();
	if (rc != 0 && dg.n == 0 && !dg.trouble)
		abort();	/* broken input must say why */
	check(&ts);
	if (rc == 0)
		interpret(&ts);
	tables_release(&ts);
	diag_finish(&dg, "fuzz", "");
	buf_release(&z);
	return 0;
}
