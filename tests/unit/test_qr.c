/* Unit tests for lib/qr.c: the symbol's frame, its limits, its drawings. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "harness.h"
#include "qr.h"

#define URL	"https://gk.example.gov.cn/example-county/social-assistance.html"

/* Is the 7x7 finder pattern's frame dark at x, y (inside the zone)? */
static int
finder(const struct qr *q, size_t x, size_t y)
{
	size_t	 i;
	int	 ok = 1;

	for (i = 0; i < 7; i++) {
		ok &= q->dark[(y) * q->n + x + i];
		ok &= q->dark[(y + 6) * q->n + x + i];
		ok &= q->dark[(y + i) * q->n + x];
		ok &= q->dark[(y + i) * q->n + x + 6];
	}
	/* Its white ring and dark centre. */
	ok &= !q->dark[(y + 1) * q->n + x + 1];
	ok &= q->dark[(y + 3) * q->n + x + 3];
	return ok;
}

static void
test_encode(void)
{
	struct qr	 q;
	size_t		 i, dark;
	char		 big[QR_MAX + 2];

	INT_EQ(qr_encode(&q, URL), 0);
	/* 66 bytes at level M: version 5, 37 modules, and the zone. */
	INT_EQ(q.n, 37 + 2 * QR_QUIET);
	OK(finder(&q, QR_QUIET, QR_QUIET));
	OK(finder(&q, q.n - QR_QUIET - 7, QR_QUIET));
	OK(finder(&q, QR_QUIET, q.n - QR_QUIET - 7));
	/* The quiet zone is light all round. */
	for (i = 0, dark = 0; i < q.n; i++)
		dark += q.dark[i] + q.dark[(q.n - 1) * q.n + i] +
		    q.dark[i * q.n] + q.dark[i * q.n + q.n - 1] +
		    q.dark[(QR_QUIET - 1) * q.n + i] +
		    q.dark[i * q.n + QR_QUIET - 1];
	INT_EQ(dark, 0);
	qr_release(&q);

	/* The most a printed code holds, and one byte more. */
	memset(big, 'a', sizeof(big));
	big[QR_MAX] = '\0';
	INT_EQ(qr_encode(&q, big), 0);
	INT_EQ(q.n, 57 + 2 * QR_QUIET);
	qr_release(&q);
	big[QR_MAX] = 'a';
	big[QR_MAX + 1] = '\0';
	INT_EQ(qr_encode(&q, big), -1);
	INT_EQ(q.n, 0);
	OK(q.dark == NULL);
	INT_EQ(qr_encode(&q, ""), -1);
}

static void
test_draw(void)
{
	struct qr	 q;
	struct buf	 a = BUF_INIT, b = BUF_INIT;
	const char	*p;
	size_t		 i, dark, runs;
	unsigned long	 x, y, w;
	int		 len;

	INT_EQ(qr_encode(&q, URL), 0);
	for (i = 0, dark = 0; i < q.n * q.n; i++)
		dark += q.dark[i];
	/* The path: rectangles a module high covering the dark ones. */
	qr_svg_path(&q, &a);
	for (p = a.ptr, runs = 0; sscanf(p, "M%lu %luh%luv1h-%*uz%n", &x, &y,
	    &w, &len) == 3; p += len, runs++)
		dark -= w;
	OK(*p == '\0');
	INT_EQ(dark, 0);
	OK(runs > 0);
	/* The same text, the same bytes. */
	qr_svg_path(&q, &b);
	OK(a.len == b.len && memcmp(a.ptr, b.ptr, a.len) == 0);

	/* The PNG: its signature and IHDR, 1-bit greyscale, n * scale. */
	buf_reset(&a);
	qr_png(&q, 8, &a);
	OK(a.len > 33 && memcmp(a.ptr, "\x89PNG\r\n\x1a\n", 8) == 0);
	OK(memcmp(a.ptr + 12, "IHDR", 4) == 0);
	w = (unsigned long)(unsigned char)a.ptr[16] << 24 |
	    (unsigned long)(unsigned char)a.ptr[17] << 16 |
	    (unsigned long)(unsigned char)a.ptr[18] << 8 |
	    (unsigned char)a.ptr[19];
	INT_EQ(w, q.n * 8);
	INT_EQ(a.ptr[24], 1);
	INT_EQ(a.ptr[25], 0);
	buf_reset(&b);
	qr_png(&q, 8, &b);
	OK(a.len == b.len && memcmp(a.ptr, b.ptr, a.len) == 0);
	buf_release(&a);
	buf_release(&b);
	qr_release(&q);
}

int
main(void)
{
	test_encode();
	test_draw();
	return harness_done("test_qr");
}
