/*
 * libFuzzer harness for the front end: load, validate and format any
 * bytes, and check two properties of the writer on the way: what it
 * writes loads again, and formatting that changes nothing.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "diag.h"
#include "doc.h"
#include "fmt.h"
#include "schema.h"
#include "validate.h"

int	 LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static struct schema	 schema;
static int		 loaded;

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct diag	 dg;
	struct limits	 lim;
	struct validator v;
	struct doc	 d, d2;
	struct buf	 a = BUF_INIT, b = BUF_INIT;

	if (!loaded) {
		if (schema_load(&schema, gkml_datadir()) != 0)
			abort();
		loaded = 1;
	}
	limits_default(&lim);
	lim.max_bytes = 1 << 20;
	lim.max_nodes = 100000;
	diag_init(&dg, DIAG_JSON, SEV_NOTE);
	dg.quiet = 1;
	if (doc_load_mem(&d, "fuzz.yaml", (const char *)data, size, &lim,
	    &dg) == 0) {
		validator_init(&v, &schema, &dg);
		validate_doc(&v, &d);
		validator_release(&v);
		fmt_doc(&d, &schema, &a);
		if (doc_load_mem(&d2, "fmt.yaml", a.ptr, a.len, &lim, &dg) != 0) {
			fprintf(stderr, "fmt output does not load:\n%s\n", a.ptr);
			abort();
		}
		fmt_doc(&d2, &schema, &b);
		if (a.len != b.len || memcmp(a.ptr, b.ptr, a.len) != 0) {
			fprintf(stderr, "fmt is not idempotent:\n%s\n---\n%s\n",
			    a.ptr, b.ptr);
			abort();
		}
		doc_release(&d2);
	}
	doc_release(&d);
	diag_finish(&dg, "fuzz", "");
	buf_release(&a);
	buf_release(&b);
	return 0;
}
