/* SHA-256 (FIPS 180-4), for naming the inputs of a diff report. */
#ifndef GKML_SHA256_H
#define GKML_SHA256_H

#include <stddef.h>
#include <stdint.h>

struct sha256 {
	uint32_t	 h[8];
	uint64_t	 len;		/* bytes hashed so far */
	unsigned char	 block[64];
	size_t		 fill;
};

void	 sha256_init(struct sha256 *);
void	 sha256_update(struct sha256 *, const void *, size_t);
/* Finish and write 64 lowercase hex digits and a NUL to hex. */
void	 sha256_hex(struct sha256 *, char hex[65]);

#endif
