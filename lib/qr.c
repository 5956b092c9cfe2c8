/* QR codes: libqrencode makes the symbol, here it is drawn (qr.h). */
#include <stdlib.h>
#include <string.h>

#include <png.h>
#include <qrencode.h>

#include "buf.h"
#include "qr.h"
#include "xmalloc.h"

int
qr_encode(struct qr *q, const char *text)
{
	QRcode	*c;
	size_t	 len, x, y, w;

	memset(q, 0, sizeof(*q));
	len = strlen(text);
	if (len == 0 || len > QR_MAX)
		return -1;
	c = QRcode_encodeData((int)len, (const unsigned char *)text, 0,
	    QR_ECLEVEL_M);
	if (c == NULL)
		return -1;
	if (c->version > QR_VERSION) {
		QRcode_free(c);
		return -1;
	}
	w = (size_t)c->width;
	q->n = w + 2 * QR_QUIET;
	q->dark = xcalloc(q->n * q->n, 1);
	/* Bit 0 of each of libqrencode's bytes: the module is dark. */
	for (y = 0; y < w; y++)
		for (x = 0; x < w; x++)
			q->dark[(y + QR_QUIET) * q->n + x + QR_QUIET] =
			    c->data[y * w + x] & 1;
	QRcode_free(c);
	return 0;
}

void
qr_release(struct qr *q)
{
	free(q->dark);
	memset(q, 0, sizeof(*q));
}

void
qr_svg_path(const struct qr *q, struct buf *b)
{
	size_t	 x, y, run;

	for (y = 0; y < q->n; y++)
		for (x = 0; x < q->n; x += run) {
			for (run = 0; x + run < q->n &&
			    q->dark[y * q->n + x + run]; run++)
				;
			if (run == 0) {
				run = 1;
				continue;
			}
			buf_addf(b, "M%zu %zuh%zuv1h-%zuz", x, y, run, run);
		}
}

static void
png_out(png_structp p, png_bytep data, size_t len)
{
	buf_add(png_get_io_ptr(p), data, len);
}

static void
png_flush(png_structp p)
{
}

void
qr_png(const struct qr *q, int scale, struct buf *b)
{
	png_structp	 p;
	png_infop	 info;
	unsigned char	*row;
	size_t		 x, y, side, stride;

	side = q->n * (size_t)scale;
	stride = (side + 7) / 8;
	row = xmalloc(stride);
	p = png_create_write_struct(PNG_LIBPNG_VER_STRING, NULL, NULL, NULL);
	if (p == NULL || (info = png_create_info_struct(p)) == NULL)
		xnomem();
	if (setjmp(png_jmpbuf(p)))
		xnomem();
	png_set_write_fn(p, b, png_out, png_flush);
	png_set_IHDR(p, info, (png_uint_32)side, (png_uint_32)side, 1,
	    PNG_COLOR_TYPE_GRAY, PNG_INTERLACE_NONE,
	    PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
	png_write_info(p, info);
	for (y = 0; y < side; y++) {
		/* In greyscale a set bit is white. */
		memset(row, 0xff, stride);
		for (x = 0; x < side; x++)
			if (q->dark[(y / (size_t)scale) * q->n +
			    x / (size_t)scale])
				row[x / 8] &= (unsigned char)~(0x80 >>
				    (x % 8));
		png_write_row(p, row);
	}
	png_write_end(p, info);
	png_destroy_write_struct(&p, &info);
	free(row);
}
