/*
 * CSV for the table readers (table.c): one table per file, comma- or
 * tab-separated, read as RFC 4180 leniently.  Bytes that are not UTF-8
 * are converted from the encoding given (--encoding), else refused with
 * a finding that says what they look like.  The encodings part serves
 * HTML too, for a page that declares no charset.
 */
#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "diag.h"
#include "table.h"
#include "table_int.h"
#include "utf8.h"

/*
 * Say why bytes are not UTF-8 text.  utf8_check() knows GBK and UTF-16
 * and gives the iconv command; its findings on the encoding are passed
 * on, else the first on a NUL or control character.
 */
static void
not_utf8(struct rd *rd, const char *p, size_t len)
{
	struct diag	 tmp;
	struct finding	*f = NULL;
	struct buf	 b = BUF_INIT;
	size_t		 i, sent = 0;
	int		 crlf;

	diag_init(&tmp, DIAG_TEXT, SEV_NOTE);
	tmp.quiet = 1;
	utf8_check(rd->path, (const unsigned char *)p, len, &tmp, &crlf);
	for (i = 0; i < tmp.n; i++) {
		if (tmp.v[i].rule == R_GBK || tmp.v[i].rule == R_ENCODING) {
			diag_again(rd->dg, &tmp.v[i]);
			sent++;
		} else if (tmp.v[i].rule == R_CONTROL && f == NULL)
			f = &tmp.v[i];
	}
	if (sent == 0 && f != NULL) {
		diag_add(rd->dg, rd->path, f->line, f->col, R_CONTROL, NULL,
		    NULL, "%s: not a text file", f->msg);
		diag_message(&b, f);
		diag_show(rd->dg, 0, b.ptr);
		buf_release(&b);
	}
	else if (sent == 0)
		diag_add(rd->dg, rd->path, 0, 0, R_ENCODING, NULL, NULL,
		    "not UTF-8 text");
	diag_finish(&tmp, "", "");
	broken(rd);
}

/* Are len bytes at p all UTF-8? */
static int
is_utf8(const char *p, size_t len)
{
	const unsigned char	*u = (const unsigned char *)p;
	size_t			 i, k;
	unsigned		 cp;

	for (i = 0; i < len; i += k) {
		if (u[i] == 0)
			return 0;	/* binary, or UTF-16 */
		if (u[i] < 0x80)
			k = 1;
		else if ((k = utf8_decode(u + i, len - i, &cp)) == 0)
			return 0;
	}
	return 1;
}

/* Convert from the named encoding (gbk means GB18030) into out. */
static int
to_utf8(struct rd *rd, const char *p, size_t len, const char *encoding,
    struct buf *out)
{
	iconv_t		 cd;
	const char	*from = encoding;
	char		 chunk[8192], *in, *o;
	size_t		 inleft, oleft, off, i, r;
	unsigned	 line;

	if (strcasecmp(from, "gbk") == 0 || strcasecmp(from, "gb2312") == 0 ||
	    strcasecmp(from, "cp936") == 0)
		from = "GB18030";
	if ((cd = iconv_open("UTF-8", from)) == (iconv_t)-1) {
		diag_add(rd->dg, rd->path, 0, 0, R_ENCODING, NULL, NULL,
		    "unknown encoding '%s'", encoding);
		broken(rd);
		return -1;
	}
	in = (char *)(uintptr_t)p;	/* iconv(3) does not write it */
	inleft = len;
	while (inleft > 0) {
		o = chunk;
		oleft = sizeof(chunk);
		r = iconv(cd, &in, &inleft, &o, &oleft);
		buf_add(out, chunk, (size_t)(o - chunk));
		if (r != (size_t)-1 || errno == E2BIG)
			continue;
		off = (size_t)(in - p);
		for (line = 1, i = 0; i < off; i++)
			line += p[i] == '\n';
		diag_add(rd->dg, rd->path, line, 0, R_ENCODING, NULL, NULL,
		    "byte 0x%02X cannot be read as %s; is the file in "
		    "that encoding?", (unsigned char)p[off], encoding);
		iconv_close(cd);
		broken(rd);
		return -1;
	}
	iconv_close(cd);
	return 0;
}

/*
 * *p as UTF-8: as it is when it is, else converted from encoding into
 * conv, where *p and *len then point.  Without an encoding, say why it
 * is not UTF-8.  Returns 0, or -1 after a finding.
 */
int
as_utf8(struct rd *rd, const char **p, size_t *len, const char *encoding,
    struct buf *conv)
{
	if (is_utf8(*p, *len))
		return 0;
	if (encoding == NULL) {
		not_utf8(rd, *p, *len);
		return -1;
	}
	if (to_utf8(rd, *p, *len, encoding, conv) != 0)
		return -1;
	*p = conv->ptr;
	*len = conv->len;
	return 0;
}

/* --- CSV --- */

/* Tab-separated when the first line has tabs and no commas. */
static char
csv_delim(const char *p, size_t len)
{
	size_t	 i, commas = 0, tabs = 0;
	int	 quoted = 0;

	for (i = 0; i < len; i++) {
		if (p[i] == '"')
			quoted = !quoted;
		else if (quoted)
			continue;
		else if (p[i] == '\n' || p[i] == '\r')
			break;
		else if (p[i] == ',')
			commas++;
		else if (p[i] == '\t')
			tabs++;
	}
	return commas == 0 && tabs > 0 ? '\t' : ',';
}

/*
 * Where to stop scanning a field at i for bytes to add to t: a byte
 * past the scalar limit at most, so that a huge cell is refused as soon
 * as it passes it (by csv_big()), not after it was all gathered.
 */
static size_t
csv_stop(const struct rd *rd, const struct text *t, size_t i, size_t len)
{
	size_t	 room = rd->lim.max_scalar - t->b.len + 1;

	return len - i > room ? i + room : len;
}

/* Is the cell gathered in t past the scalar limit?  Says so. */
static int
csv_big(struct rd *rd, const struct text *t, unsigned line, unsigned field)
{
	if (t->b.len <= rd->lim.max_scalar)
		return 0;
	diag_add(rd->dg, rd->path, line, field, R_LIMIT, NULL, NULL,
	    "a cell of more than %zu bytes; raise it with "
	    "GKML_LIMITS=scalar=N if the file is genuine",
	    rd->lim.max_scalar);
	limited(rd);
	return 1;
}

/*
 * RFC 4180, leniently: a quote inside an unquoted field is text, text
 * after a closing quote is kept, a lone CR ends a line too.
 */
int
read_csv(struct rd *rd, const char *p, size_t len, const char *encoding)
{
	struct buf	 conv = BUF_INIT;
	struct grid	 g;
	struct text	 t;
	struct pcell	*c;
	size_t		 i = 0, j, k, end;
	unsigned	 line = 1, fline = 1, qline, field, ncols = 0;
	int		 row, empty;
	char		 delim;

	/* Bytes that are UTF-8 are read so, whatever the encoding says:
	 * a batch run with --encoding gbk must not garble UTF-8 files. */
	if (as_utf8(rd, &p, &len, encoding, &conv) != 0) {
		buf_release(&conv);
		return -1;
	}
	if (len >= 3 && memcmp(p, "\xef\xbb\xbf", 3) == 0)
		i = 3;
	delim = csv_delim(p + i, len - i);
	grid_init(&g);
	text_init(&t, 0);
	while (i < len) {
		if ((row = grid_row(rd, &g, line)) < 0)
			break;
		for (field = 1;; field++) {
			fline = line;
			if (i < len && p[i] == '"') {
				qline = line;
				for (i++;; i++) {
					end = csv_stop(rd, &t, i, len);
					for (j = i; j < end && p[j] != '"' &&
					    p[j] != '\n' && p[j] != '\r'; j++)
						;
					buf_add(&t.b, p + i, j - i);
					if (csv_big(rd, &t, fline, field))
						goto done;
					if ((i = j) >= len) {
						diag_add(rd->dg, rd->path,
						    qline, field, R_IMP_SYNTAX,
						    NULL, NULL, "a quoted "
						    "field is never closed");
						broken(rd);
						break;
					}
					if (p[i] == '"') {
						if (i + 1 < len &&
						    p[i + 1] == '"') {
							buf_addch(&t.b, '"');
							i++;
							continue;
						}
						i++;
						break;
					}
					if (p[i] == '\n' || (p[i] == '\r' &&
					    (i + 1 == len || p[i + 1] != '\n')))
						line++;
					buf_addch(&t.b, p[i]);
				}
			}
			end = csv_stop(rd, &t, i, len);
			for (j = i; j < end && p[j] != delim && p[j] != '\n' &&
			    p[j] != '\r'; j++)
				;
			buf_add(&t.b, p + i, j - i);
			if (csv_big(rd, &t, fline, field))
				goto done;
			i = j;
			if (field > MAX_COLS) {
				diag_add(rd->dg, rd->path, fline, field,
				    R_LIMIT, NULL, NULL, "a record with "
				    "more than %d fields", MAX_COLS);
				limited(rd);
				goto done;
			}
			grid_add(&g, (unsigned)row, field - 1, 1, 1,
			    text_finish(rd, &t), fline, field);
			if (i < len && p[i] == delim) {
				i++;
				continue;
			}
			if (i < len && p[i] == '\r')
				i++;
			if (i < len && p[i] == '\n')
				i++;
			line++;
			break;
		}
		if (g.ncols > ncols)
			ncols = g.ncols;
		if ((size_t)g.nrows * ncols > MAX_CELLS) {
			diag_add(rd->dg, rd->path, fline, 0, R_LIMIT, NULL,
			    NULL, "table 1 has more than %d cells (%u rows "
			    "of up to %u fields so far)", MAX_CELLS, g.nrows,
			    ncols);
			limited(rd);
			goto done;
		}
	}
	/* Blank lines at the end are no rows. */
	while (g.nrows > 0) {
		empty = 1;
		for (k = g.n; k > 0 && g.v[k - 1].row == g.nrows - 1; k--)
			if (*g.v[k - 1].text != '\0')
				empty = 0;
		if (!empty)
			break;
		g.n = k;
		g.nrows--;
	}
	ncols = 0;
	for (k = 0; k < g.n; k++) {
		c = &g.v[k];
		if (c->col + 1 > ncols)
			ncols = c->col + 1;
	}
	grid_emit(rd, &g, ncols, G_FIELDS, NULL, "table", 1, 1);
 done:
	grid_free(&g);
	buf_release(&t.b);
	buf_release(&conv);
	return rd->rc;
}
