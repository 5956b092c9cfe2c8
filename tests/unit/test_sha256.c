/* Unit tests for lib/sha256.c: the FIPS 180-4 example vectors. */
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "sha256.h"

static const char *
digest(const void *p, size_t n)
{
	static char	 hex[65];
	struct sha256	 s;

	sha256_init(&s);
	sha256_update(&s, p, n);
	sha256_hex(&s, hex);
	return hex;
}

#define SHA_EQ(s, want)	STR_EQ(digest((s), strlen(s)), (want))

/* n copies of 'a' (n < 100). */
static const char *
AS(size_t n)
{
	static char	 a[100];

	memset(a, 'a', n);
	a[n] = '\0';
	return a;
}

static void
test_vectors(void)
{
	SHA_EQ("",
	    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	SHA_EQ("abc",
	    "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	SHA_EQ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
	    "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
	/* 896 bits: the padding needs a block of its own. */
	SHA_EQ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmn"
	    "hijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
	    "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
	/* Either side of the one-block padding limit, and a full block. */
	SHA_EQ(AS(55),
	    "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318");
	SHA_EQ(AS(56),
	    "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a");
	SHA_EQ(AS(63),
	    "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34");
	SHA_EQ(AS(64),
	    "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb");
	SHA_EQ(AS(65),
	    "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0");
	/* UTF-8 is hashed as bytes. */
	SHA_EQ("基层政务公开标准目录",
	    "eea2f78a4c3a74923aa3d7d3017c51608551325b3a91a41430c01f58cf6c4e6f");
}

static void
test_million(void)
{
	struct sha256	 s;
	char		 hex[65], a[1000];
	int		 i;

	memset(a, 'a', sizeof(a));
	sha256_init(&s);
	for (i = 0; i < 1000; i++)
		sha256_update(&s, a, sizeof(a));
	sha256_hex(&s, hex);
	STR_EQ(hex,
	    "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
	/* Byte by byte, through the partial-block path only. */
	sha256_init(&s);
	for (i = 0; i < 1000000; i++)
		sha256_update(&s, "a", 1);
	sha256_hex(&s, hex);
	STR_EQ(hex,
	    "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

/* Any split of the input into two or three updates gives one digest. */
static void
test_splits(void)
{
	struct sha256	 s;
	unsigned char	 msg[200];
	char		 want[65], hex[65];
	size_t		 i, j;
	int		 bad = 0;

	for (i = 0; i < sizeof(msg); i++)
		msg[i] = (unsigned char)(i * 7 + 3);
	memcpy(want, digest(msg, sizeof(msg)), sizeof(want));
	STR_EQ(want,
	    "2c7e18c942ef065b526a2d4e5546283749cd3ddfb51d8fc71f42717363685f46");
	for (i = 0; i <= 128; i++) {
		sha256_init(&s);
		sha256_update(&s, msg, i);
		sha256_update(&s, msg + i, sizeof(msg) - i);
		sha256_hex(&s, hex);
		if (strcmp(hex, want) != 0)
			bad++;
		for (j = i; j <= 128; j += 13) {
			sha256_init(&s);
			sha256_update(&s, msg, i);
			sha256_update(&s, msg + i, j - i);
			sha256_update(&s, msg + j, sizeof(msg) - j);
			sha256_hex(&s, hex);
			if (strcmp(hex, want) != 0)
				bad++;
		}
	}
	INT_EQ(bad, 0);
	/* Empty updates change nothing. */
	sha256_init(&s);
	sha256_update(&s, NULL, 0);
	sha256_update(&s, msg, sizeof(msg));
	sha256_update(&s, msg, 0);
	sha256_hex(&s, hex);
	STR_EQ(hex, want);
}

int
main(void)
{
	test_vectors();
	test_million();
	test_splits();
	return harness_done("sha256");
}
