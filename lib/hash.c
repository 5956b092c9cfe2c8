/* Open addressing with linear probing; the table doubles at 1/2 full. */
#include <stdlib.h>
#include <string.h>

#include "hash.h"
#include "xmalloc.h"

/*
 * A multiply-xorshift over 8-byte words: keys are ids, slugs and
 * repeated phrases, hashed once per scalar, so speed matters more than
 * resistance to crafted collisions (probing stays linear in the worst
 * case, and tables are per document).
 */
uint64_t
hash_bytes(const void *p, size_t n)
{
	const unsigned char	*s = p;
	uint64_t		 h = 0x9e3779b97f4a7c15ULL ^ n, w;

	for (; n >= 8; s += 8, n -= 8) {
		memcpy(&w, s, 8);
		h = (h ^ w) * 0xff51afd7ed558ccdULL;
		h ^= h >> 32;
	}
	w = 0;
	memcpy(&w, s, n);
	h = (h ^ w) * 0xc4ceb9fe1a85ec53ULL;
	return h ^ (h >> 29);
}

static void
hash_grow(struct hash *t)
{
	struct hash_slot	*old = t->slots;
	size_t			 oldcap = t->cap, i, j;

	t->cap = oldcap ? oldcap * 2 : 64;
	t->slots = xcalloc(t->cap, sizeof(*t->slots));
	for (i = 0; i < oldcap; i++) {
		if (old[i].key == NULL)
			continue;
		j = old[i].h & (t->cap - 1);
		while (t->slots[j].key != NULL)
			j = (j + 1) & (t->cap - 1);
		t->slots[j] = old[i];
	}
	free(old);
}

struct hash_slot *
hash_put(struct hash *t, const char *key, size_t len, void *val)
{
	struct hash_slot	*s;
	uint64_t		 h;
	size_t			 i;

	if (2 * (t->n + 1) > t->cap)
		hash_grow(t);
	h = hash_bytes(key, len);
	for (i = h & (t->cap - 1);; i = (i + 1) & (t->cap - 1)) {
		s = &t->slots[i];
		if (s->key == NULL)
			break;
		if (s->h == h && s->len == len && memcmp(s->key, key, len) == 0)
			return s;
	}
	s->key = key;
	s->len = len;
	s->h = h;
	s->val = val;
	t->n++;
	return s;
}

void *
hash_get(const struct hash *t, const char *key, size_t len)
{
	const struct hash_slot	*s;
	uint64_t		 h;
	size_t			 i;

	if (t->cap == 0)
		return NULL;
	h = hash_bytes(key, len);
	for (i = h & (t->cap - 1);; i = (i + 1) & (t->cap - 1)) {
		s = &t->slots[i];
		if (s->key == NULL)
			return NULL;
		if (s->h == h && s->len == len && memcmp(s->key, key, len) == 0)
			return s->val;
	}
}

void
hash_release(struct hash *t)
{
	free(t->slots);
	t->slots = NULL;
	t->cap = t->n = 0;
}
