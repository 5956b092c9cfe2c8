/*
 * Unit tests for the manifest of a website (lib/manifest.h): what is
 * written is read back, text with spaces, backslashes and line breaks
 * and none told from empty; and a manifest cut short, of another
 * version, of another setup or missing is not taken.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "manifest.h"
#include "harness.h"

static const char setup[] =
    "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
static const char sha[] =
    "fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210";

static void
put(const char *path, const struct buf *b)
{
	FILE	*fp;

	fp = fopen(path, "w");
	fwrite(b->ptr, 1, b->len, fp);
	fclose(fp);
}

int
main(void)
{
	struct manifest	 m;
	struct minput	 in, *r;
	struct buf	 b = BUF_INIT, cut = BUF_INIT;
	size_t		 tops[3] = { 50, 0, 7 }, line;
	char		 path[] = "/tmp/gkml-manifest-XXXXXX";
	const char	*key;
	int		 fd;

	fd = mkstemp(path);
	close(fd);
	memset(&in, 0, sizeof(in));
	in.path = "k00/t00/a b\\c.yaml";
	in.st.size = 123;
	in.st.mtime = 1796526156297229228LL;
	in.st.ctime = 1796526156297229229LL;
	in.st.ino = 42;
	memcpy(in.sha, sha, 65);
	in.nlayers = 1;
	in.layers = calloc(1, sizeof(*in.layers));
	in.layers[0].path = "/srv/k00/county/a.yaml";
	in.layers[0].st.size = 9;
	in.version = NULL;
	in.line = 3;
	in.col = 7;
	in.marks = "县镇";
	in.c.id = "bench/k00/t00/a";
	in.c.title = "第一行\n第二行\t制表";
	in.c.area = "";
	in.c.file = "bench/k00/t00/a";
	in.c.nitem = 57;
	in.c.search_at = 99;
	in.c.search_len = 1000;
	in.c.tops = tops;
	in.c.ntops = 3;
	manifest_head(&b, setup);
	manifest_input(&b, &in, &in.c);
	manifest_output(&b, "bench/k00/t00/a.html", sha);
	manifest_end(&b);
	put(path, &b);

	INT_EQ(manifest_read(&m, path, setup, &line), 0);
	r = hash_get(&m.inputs, in.path, strlen(in.path));
	OK(r != NULL);
	if (r != NULL) {
		STR_EQ(r->path, in.path);
		INT_EQ(r->st.mtime, in.st.mtime);
		INT_EQ(r->st.ino, 42);
		STR_EQ(r->sha, sha);
		INT_EQ(r->nlayers, 1);
		STR_EQ(r->layers[0].path, "/srv/k00/county/a.yaml");
		INT_EQ(r->layers[0].st.size, 9);
		OK(r->version == NULL);
		INT_EQ(r->line, 3);
		INT_EQ(r->col, 7);
		STR_EQ(r->marks, "县镇");
		STR_EQ(r->c.title, "第一行\n第二行\t制表");
		STR_EQ(r->c.area, "");
		OK(r->c.publisher == NULL);
		INT_EQ(r->c.nitem, 57);
		INT_EQ(r->c.search_at, 99);
		INT_EQ(r->c.search_len, 1000);
		INT_EQ(r->c.ntops, 3);
		INT_EQ(r->c.tops[2], 7);
		OK(r->clean);
	}
	key = hash_get(&m.outputs, "bench/k00/t00/a.html", 20);
	STR_EQ(key, sha);
	manifest_release(&m);

	/* Another setup: everything made again, without a word. */
	INT_EQ(manifest_read(&m, path, sha, &line), -1);
	manifest_release(&m);

	/* Cut short: no "end". */
	buf_add(&cut, b.ptr, b.len - 4);
	put(path, &cut);
	INT_EQ(manifest_read(&m, path, setup, &line), -2);
	INT_EQ(line, 8);
	manifest_release(&m);

	/* A field that is not one. */
	buf_reset(&cut);
	buf_add(&cut, b.ptr, b.len);
	memcpy(strstr(cut.ptr, " 57 "), " x7 ", 4);
	put(path, &cut);
	INT_EQ(manifest_read(&m, path, setup, &line), -2);
	INT_EQ(line, 6);
	manifest_release(&m);

	/* Another version. */
	buf_reset(&cut);
	buf_adds(&cut, "gkml-manifest 1\nversion =0.0.1\n");
	put(path, &cut);
	INT_EQ(manifest_read(&m, path, setup, &line), -3);
	manifest_release(&m);

	unlink(path);
	INT_EQ(manifest_read(&m, path, setup, &line), -1);
	manifest_release(&m);

	free(in.layers);
	buf_release(&b);
	buf_release(&cut);
	return harness_done("test_manifest");
}
