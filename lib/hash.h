/*
 * An open-addressing hash table from byte strings to pointers.
 * Keys are borrowed: the caller keeps them alive as long as the table.
 */
#ifndef GKML_HASH_H
#define GKML_HASH_H

#include <stddef.h>
#include <stdint.h>

struct hash_slot {
	const char	*key;
	size_t		 len;
	uint64_t	 h;
	void		*val;
};

struct hash {
	struct hash_slot	*slots;
	size_t			 cap;	/* a power of two, or 0 */
	size_t			 n;
};

#define HASH_INIT { NULL, 0, 0 }

uint64_t	 hash_bytes(const void *, size_t);

/*
 * Find key; if absent, insert it with value val.  Returns the slot, so
 * the caller can tell a new key (slot->val == val) from an old one.
 */
struct hash_slot *hash_put(struct hash *, const char *key, size_t len,
		    void *val);

/* The value stored under key, or NULL. */
void		*hash_get(const struct hash *, const char *key, size_t len);

void		 hash_release(struct hash *);

#endif
