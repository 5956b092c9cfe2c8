/*
 * QR codes of addresses, for the printed forms (board sheets, DOCX):
 * the symbol is made by libqrencode, at error correction level M, in
 * byte mode; this file only draws its modules, as an SVG path or as a
 * PNG image, with a quiet zone of QR_QUIET modules on every side.
 */
#ifndef GKML_QR_H
#define GKML_QR_H

#include <stddef.h>

struct buf;

#define QR_QUIET	4	/* modules of white around the symbol */
/*
 * The largest symbol made: version 10, 57 modules a side, which holds
 * QR_MAX bytes at level M.  A larger one printed in a sheet's footer
 * would have modules too small for a phone to read.
 */
#define QR_VERSION	10
#define QR_MAX		213

struct qr {
	size_t		 n;	/* modules a side, quiet zone included */
	unsigned char	*dark;	/* n * n, row by row: 1 dark, 0 light */
};

/*
 * Encode the NUL-terminated text.  Returns 0, or -1 when it is longer
 * than QR_MAX bytes or empty (errno is not used).
 */
int	 qr_encode(struct qr *, const char *text);
void	 qr_release(struct qr *);

/* The dark modules as SVG path data in a viewBox of 0 0 n n: a run of
 * dark modules in a row is one rectangle. */
void	 qr_svg_path(const struct qr *, struct buf *);

/* The symbol as a 1-bit greyscale PNG, scale pixels a module. */
void	 qr_png(const struct qr *, int scale, struct buf *);

#endif
