/*
 * libFuzzer harness for gkml-diff: the input is split in two at a point
 * its first byte chooses; both halves are loaded and diffed, and the
 * diff is printed in every format, the change notice among them.  A catalog diffed with itself must
 * show no change.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "diag.h"
#include "diff.h"
#include "diffout.h"
#include "doc.h"
#include "schema.h"

int	 LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static struct schema	 schema;
static int		 loaded;

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct diag	 dg;
	struct limits	 lim;
	struct doc	 a, b;
	struct diff	 df;
	struct diff_opts opts;
	struct diff_meta meta;
	struct doc	*pa, *pb;
	struct buf	 out = BUF_INIT;
	size_t		 cut;
	int		 f, ra, rb;

	if (size < 1)
		return 0;
	if (!loaded) {
		if (schema_load(&schema, gkml_datadir()) != 0)
			abort();
		loaded = 1;
	}
	cut = 1 + (size - 1) * data[0] / 255;
	limits_default(&lim);
	lim.max_bytes = 1 << 20;
	lim.max_nodes = 100000;
	diag_init(&dg, DIAG_JSON, SEV_NOTE);
	dg.quiet = 1;
	memset(&opts, 0, sizeof(opts));
	opts.order = data[0] & 1;
	memset(&meta, 0, sizeof(meta));
	meta.old.path = "a";
	meta.new.path = "b";
	meta.version = "fuzz";
	ra = doc_load_mem(&a, "a", (const char *)data + 1, cut - 1, &lim, &dg);
	rb = doc_load_mem(&b, "b", (const char *)data + cut, size - cut, &lim,
	    &dg);
	if (ra == 0 && rb == 0 && a.root->kind == NODE_MAP &&
	    b.root->kind == NODE_MAP) {
		diff_init(&df);
		diff_docs(&df, &schema, &a, &b, &opts);
		pa = &a;
		pb = &b;
		meta.schema = &schema;
		meta.olddocs = &pa;
		meta.newdocs = &pb;
		meta.nold = meta.nnew = 1;
		meta.oneline = data[0] & 4;
		for (f = DF_TEXT; f <= DF_NOTICE; f++) {
			meta.color = f == DF_TEXT && (data[0] & 2);
			buf_reset(&out);
			diff_print(&out, &df, (enum diff_format)f, &meta);
		}
		diff_release(&df);
		diff_init(&df);
		diff_docs(&df, &schema, &a, &a, &opts);
		if (df.n != 0 && a.dupkeys == 0) {
			fprintf(stderr, "a catalog differs from itself\n");
			abort();
		}
		diff_release(&df);
	}
	doc_release(&a);
	doc_release(&b);
	diag_finish(&dg, "fuzz", "");
	buf_release(&out);
	return 0;
}
