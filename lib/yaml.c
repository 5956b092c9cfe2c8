/*
 * The loader: the only file that includes <yaml.h>.
 *
 * libyaml's event parser feeds an explicit stack (never recursion, so
 * nesting depth costs no C stack).  Finished children wait on one
 * growing vector; when a collection ends its children are copied into
 * the arena as one array, so every node is copied exactly once.
 * Hostile input is met by limits checked as events arrive: file size,
 * scalar size (also bounded while libyaml is still scanning, through the
 * read handler), node count, depth and nodes copied by aliases.
 */
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <yaml.h>

#include "diag.h"
#include "doc.h"
#include "file.h"
#include "hash.h"
#include "msg.h"
#include "utf8.h"
#include "xmalloc.h"

#define SLACK	(64 * 1024)	/* libyaml's read-ahead past an event */
#define MAPMIN	(1024 * 1024)	/* files this large are mapped, not read */
#define MAXDEPTH 1000		/* the walks over a tree recurse */
#define THREADMIN (4 * 1024 * 1024)	/* check encodings in a thread */
#define DROPSTEP (4 * 1024 * 1024)	/* give back read pages this often */

struct frame {
	struct node	 node;
	size_t		 base;		/* first child in the vector */
	size_t		 nodes0;	/* d->nodes at the start */
	char		*anchor;	/* owned by libyaml's event copy */
};

struct anchor {
	struct node	 node;
	size_t		 size;		/* nodes in the subtree */
};

struct loader {
	struct doc		*d;
	struct diag		*dg;
	const struct limits	*lim;
	yaml_parser_t		 parser;
	size_t			 fed;		/* bytes given to libyaml */
	size_t			 fed_event;	/* fed at the last event */
	int			 overread;	/* the read handler refused */
	const atomic_int	*checked;	/* the encoding check is done */
	size_t			 dropped;	/* pages given back below this */
	struct node		*kids;		/* finished, waiting for parent */
	size_t			 nkids, capkids;
	struct frame		*stack;
	size_t			 depth, capstack;
	struct hash		 anchors;
	struct hash		 keys;		/* interned mapping keys */
	size_t			 aliased;
	unsigned		 lastline, lastcol;
};

void
limits_default(struct limits *l)
{
	l->max_bytes = (size_t)256 << 20;
	l->max_scalar = (size_t)1 << 20;
	l->max_nodes = (size_t)32 << 20;
	l->max_alias = 100000;
	l->max_depth = 64;
	/*
	 * A 200,000-item catalog's sheet inflates to some 230M; twice
	 * that passes, and a sharedStrings part as large beside it.  A
	 * zip bomb is held by the ratio: to inflate this much it must
	 * be 2.5M compressed, so memory stays proportional to input.
	 */
	l->max_inflate = (size_t)512 << 20;
	l->max_archive = (size_t)1 << 30;
	l->max_ratio = 200;
	l->max_entries = 10000;
}

int
limits_from_env(struct limits *l, const char *prog)
{
	const char		*s, *v;
	char			*end;
	unsigned long long	 n;
	size_t			 klen;
	int			 shift;

	if ((s = getenv("GKML_LIMITS")) == NULL)
		return 0;
	while (*s != '\0') {
		klen = strcspn(s, "=,");
		if (s[klen] != '=')
			goto bad;
		v = s + klen + 1;
		/* strtoull() would take "-1" as the largest number. */
		if (*v < '0' || *v > '9')
			goto bad;
		errno = 0;
		n = strtoull(v, &end, 10);
		if (end == v || errno != 0)
			goto bad;
		shift = *end == 'K' ? 10 : *end == 'M' ? 20 :
		    *end == 'G' ? 30 : 0;
		if (shift != 0)
			end++;
		if ((*end != ',' && *end != '\0') || n == 0)
			goto bad;
		/* Past a quarter of the address space, a limit limits
		 * nothing; held there, sums over it cannot wrap. */
		if (n > (SIZE_MAX / 4) >> shift)
			n = SIZE_MAX / 4;
		else
			n <<= shift;
		if (klen == 5 && strncmp(s, "bytes", 5) == 0)
			l->max_bytes = n;
		else if (klen == 6 && strncmp(s, "scalar", 6) == 0)
			l->max_scalar = n;
		else if (klen == 5 && strncmp(s, "nodes", 5) == 0)
			l->max_nodes = n;
		else if (klen == 7 && strncmp(s, "aliases", 7) == 0)
			l->max_alias = n;
		else if (klen == 5 && strncmp(s, "depth", 5) == 0 &&
		    n <= MAXDEPTH)
			l->max_depth = (unsigned)n;
		else if (klen == 7 && strncmp(s, "inflate", 7) == 0)
			l->max_inflate = n;
		else if (klen == 7 && strncmp(s, "archive", 7) == 0)
			l->max_archive = n;
		else if (klen == 5 && strncmp(s, "ratio", 5) == 0)
			l->max_ratio = n;
		else if (klen == 7 && strncmp(s, "entries", 7) == 0)
			l->max_entries = n;
		else
			goto bad;
		s = *end == ',' ? end + 1 : end;
	}
	return 0;
bad:
	fprintf(stderr, _("%s: GKML_LIMITS: expected key=N[,key=N...] with "
	    "keys bytes, scalar, nodes, aliases, depth (at most %d), "
	    "inflate, archive, ratio, entries: '%s'\n"),
	    prog, MAXDEPTH, getenv("GKML_LIMITS"));
	return -1;
}

/*
 * libyaml allocates on its own and reports failure as an error of
 * the parse, or, from yaml_parser_initialize(), only by its return,
 * which left unchecked makes the parse loop for ever: both go to
 * xnomem(), like every other allocation.
 */
static void
parser_init(yaml_parser_t *p)
{
	if (!yaml_parser_initialize(p))
		xnomem();
}

/*
 * libyaml reads through this handler.  While one token is being
 * scanned no event comes out; if that goes on for more than a scalar's
 * worth of bytes, the token is too large and reading stops here rather
 * than after the whole file.
 */
/*
 * The pages of a mapped file that libyaml has read, and the encoding
 * check too, are given back as the parse goes on: they would count in
 * the memory the command uses as much as the tree it builds.  A finding
 * that quotes a line, or a writer that copies from the file, reads them
 * again from the page cache, unchanged (the mapping is read-only).
 */
static void
drop(struct loader *ld)
{
	struct doc	*d = ld->d;
	size_t		 end, page;

	if (d->mapped == 0 || ld->fed < ld->dropped + 2 * DROPSTEP ||
	    !atomic_load(ld->checked))
		return;
	page = (size_t)sysconf(_SC_PAGESIZE);
	end = (ld->fed - DROPSTEP) / page * page;
	if (end > ld->dropped &&
	    madvise((char *)(uintptr_t)d->src + ld->dropped, end - ld->dropped,
	    MADV_DONTNEED) == 0)
		ld->dropped = end;
}

static int
read_handler(void *data, unsigned char *out, size_t size, size_t *got)
{
	struct loader	*ld = data;
	size_t		 n;

	if (ld->fed - ld->fed_event > ld->lim->max_scalar + SLACK) {
		ld->overread = 1;
		return 0;
	}
	n = ld->d->len - ld->fed;
	if (n > size)
		n = size;
	memcpy(out, ld->d->src + ld->fed, n);
	ld->fed += n;
	*got = n;
	drop(ld);
	return 1;
}

static void
mark_pos(const yaml_mark_t *m, unsigned *line, unsigned *col)
{
	*line = m->line >= UINT_MAX ? UINT_MAX : (unsigned)m->line + 1;
	*col = m->column >= UINT_MAX ? UINT_MAX : (unsigned)m->column + 1;
}

static void
push_kid(struct loader *ld, const struct node *n)
{
	if (ld->nkids == ld->capkids) {
		ld->capkids = ld->capkids ? ld->capkids * 2 : 256;
		ld->kids = xreallocarray(ld->kids, ld->capkids,
		    sizeof(*ld->kids));
	}
	ld->kids[ld->nkids++] = *n;
}

static int
limit(struct loader *ld, unsigned line, unsigned col, const char *what,
    size_t max, const char *key)
{
	diag_add(ld->dg, ld->d->path, line, col, R_LIMIT, NULL, NULL,
	    "%s exceeds the limit of %zu; raise it with GKML_LIMITS=%s=N "
	    "if the file is genuine", msg_word(what), max, key);
	return -2;
}

/*
 * Check a finished mapping: keys are strings (a catalog has no other
 * kind, and the writer could not keep them) and appear once.
 * Returns -1 when a key is not a string.
 */
static int
check_keys(struct loader *ld, const struct node *map)
{
	struct hash	 seen = HASH_INIT;
	struct hash_slot *s;
	const struct node *k;
	unsigned	 i, j;

	for (i = 0; i < map->n; i += 2) {
		k = &map->u.kids[i];
		if (k->kind != NODE_SCALAR) {
			diag_add(ld->dg, ld->d->path, k->line, k->col, R_TYPE,
			    NULL, NULL, "a key must be a string, not %s",
			    node_kind_name(k));
			hash_release(&seen);
			return -1;
		}
		if (map->n <= 32) {
			/* Small maps, the usual case: no table. */
			for (j = 0; j < i; j += 2)
				if (map->u.kids[j].kind == NODE_SCALAR &&
				    map->u.kids[j].n == k->n &&
				    memcmp(map->u.kids[j].u.s, k->u.s, k->n) == 0)
					break;
			if (j == i)
				continue;
			diag_add(ld->dg, ld->d->path, k->line, k->col,
			    R_DUPKEY, NULL, NULL, "duplicate key '%s'; first "
			    "at line %u", k->u.s, map->u.kids[j].line);
			ld->d->dupkeys++;
			continue;
		}
		s = hash_put(&seen, k->u.s, k->n, (void *)k);
		if (s->val != k) {
			diag_add(ld->dg, ld->d->path, k->line, k->col,
			    R_DUPKEY, NULL, NULL, "duplicate key '%s'; first "
			    "at line %u", k->u.s,
			    ((const struct node *)s->val)->line);
			ld->d->dupkeys++;
		}
	}
	hash_release(&seen);
	return 0;
}

static int
add_anchor(struct loader *ld, const char *name, const struct node *n,
    size_t size)
{
	struct anchor	*a;
	char		*key;

	key = arena_strdup(&ld->d->arena, name);
	a = arena_alloc(&ld->d->arena, sizeof(*a));
	a->node = *n;
	a->size = size;
	/* A redefined anchor replaces the old one, as YAML says. */
	hash_put(&ld->anchors, key, strlen(key), a)->val = a;
	return 0;
}

static int
is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/*
 * Report an explicit tag ("!!binary", "!foo", "!"), which the tree
 * does not keep: a writer would drop it and change what the value
 * means.  The node starts at its anchor when one comes first; the
 * finding points at the tag itself and quotes it as written.
 */
static void
check_tag(struct loader *ld, const struct node *n, const char *tag)
{
	struct doc	*d = ld->d;
	unsigned	 line = n->line, col = n->col;
	size_t		 off, end;
	int		 quoted = 0;

	if (tag == NULL)
		return;
	d->tags++;
	off = doc_offset(d, line, col);
	if (off < d->len && d->src[off] == '&') {
		while (off < d->len && !is_blank(d->src[off])) {
			if (((unsigned char)d->src[off] & 0xc0) != 0x80)
				col++;
			off++;
		}
		while (off < d->len && is_blank(d->src[off])) {
			col++;
			if (d->src[off++] == '\n') {
				line++;
				col = 1;
			}
		}
	}
	if (off < d->len && d->src[off] == '!') {
		/* "!<...>" ends at its '>', a shorthand at a blank or a
		 * flow indicator; tags are ASCII. */
		for (end = off + 1; end < d->len && end - off < 64 &&
		    (unsigned char)d->src[end] > ' ' &&
		    (unsigned char)d->src[end] < 0x7f; end++) {
			if (end == off + 1 && d->src[end] == '<')
				quoted = 1;
			else if (quoted && d->src[end] == '>') {
				end++;
				break;
			} else if (!quoted && strchr(",[]{}", d->src[end]) != NULL)
				break;
		}
		diag_add(ld->dg, d->path, line, col, R_TAG, NULL, NULL,
		    "YAML tag '%.*s'; catalogs have no tags: remove it",
		    (int)(end - off), d->src + off);
	} else
		diag_add(ld->dg, d->path, n->line, n->col, R_TAG, NULL, NULL,
		    "YAML tag '%s'; catalogs have no tags: remove it", tag);
}

/* Report each %TAG directive in the first bytes of the file, up to the
 * document start at off (directives begin a line). */
static void
check_directives(struct loader *ld, size_t off)
{
	struct doc	*d = ld->d;
	size_t		 i, start = d->bom ? 3 : 0;
	unsigned	 line = 1;

	for (i = start; i < off && i < d->len; i++) {
		if ((i == start || d->src[i - 1] == '\n') && d->len - i > 4 &&
		    memcmp(d->src + i, "%TAG", 4) == 0 &&
		    (d->src[i + 4] == ' ' || d->src[i + 4] == '\t')) {
			diag_add(ld->dg, d->path, line, 1, R_TAG, NULL, NULL,
			    "'%%TAG' directive; catalogs have no tags: "
			    "remove it");
			d->tags++;
		}
		if (d->src[i] == '\n')
			line++;
	}
}

/*
 * Copy a scalar into the arena.  Mapping keys repeat (every item has
 * an id, a name, channels...), so short keys are stored once.
 */
static char *
scalar_copy(struct loader *ld, const char *s, size_t n)
{
	struct hash_slot	*slot;
	char			*p;

	if (ld->depth == 0 || ld->stack[ld->depth - 1].node.kind != NODE_MAP ||
	    (ld->nkids - ld->stack[ld->depth - 1].base) % 2 != 0 || n > 32)
		return arena_strndup(&ld->d->arena, s, n);
	if ((p = hash_get(&ld->keys, s, n)) != NULL)
		return p;
	p = arena_strndup(&ld->d->arena, s, n);
	slot = hash_put(&ld->keys, p, n, p);
	(void)slot;
	return p;
}

/* A double-quoted string whose escapes make characters XML cannot
 * carry: "\\x01", "\\0", "\\uFFFE". */
static void
check_escaped(struct loader *ld, const struct node *n)
{
	const unsigned char	*p = (const unsigned char *)n->u.s;
	size_t			 i, k;
	unsigned		 cp;

	for (i = 0; i < n->n; i += k) {
		if ((k = utf8_decode(p + i, n->n - i, &cp)) == 0)
			k = 1;
		if ((cp < 0x20 && cp != '\t' && cp != '\n') ||
		    (cp >= 0x7f && cp < 0xa0) || cp == 0xfffe || cp == 0xffff ||
		    cp == 0x2028 || cp == 0x2029) {
			diag_add(ld->dg, ld->d->path, n->line, n->col,
			    R_CONTROL, NULL, NULL, "escape for U+%04X in a "
			    "string; XML cannot carry it: remove it", cp);
			return;
		}
	}
}

/* Deliver a finished node to its parent, or make it the root. */
static void
finish(struct loader *ld, struct node *n)
{
	if (ld->depth == 0) {
		ld->d->root = arena_memdup(&ld->d->arena, n, sizeof(*n));
		return;
	}
	push_kid(ld, n);
}

static int
on_event(struct loader *ld, yaml_event_t *ev)
{
	struct doc	*d = ld->d;
	struct frame	*f;
	struct anchor	*a;
	struct node	 n;
	size_t		 cnt;
	const char	*name;

	memset(&n, 0, sizeof(n));
	mark_pos(&ev->start_mark, &n.line, &n.col);
	switch (ev->type) {
	case YAML_DOCUMENT_START_EVENT:
		if (d->root != NULL) {
			diag_add(ld->dg, d->path, n.line, n.col, R_DOCS, NULL,
			    NULL, "a second YAML document; a file holds one "
			    "catalog");
			return -1;
		}
		if (ev->data.document_start.tag_directives.start !=
		    ev->data.document_start.tag_directives.end)
			check_directives(ld, doc_offset(d, ev->end_mark.line + 1,
			    ev->end_mark.column + 1));
		return 0;
	case YAML_SCALAR_EVENT:
		if (ev->data.scalar.length > ld->lim->max_scalar)
			return limit(ld, n.line, n.col, "scalar size",
			    ld->lim->max_scalar, "scalar");
		if (++d->nodes > ld->lim->max_nodes)
			return limit(ld, n.line, n.col, "number of nodes",
			    ld->lim->max_nodes, "nodes");
		n.kind = NODE_SCALAR;
		switch (ev->data.scalar.style) {
		case YAML_SINGLE_QUOTED_SCALAR_STYLE:
			n.style = STYLE_SQUOTED;
			break;
		case YAML_DOUBLE_QUOTED_SCALAR_STYLE:
			n.style = STYLE_DQUOTED;
			break;
		case YAML_LITERAL_SCALAR_STYLE:
			n.style = STYLE_LITERAL;
			break;
		case YAML_FOLDED_SCALAR_STYLE:
			n.style = STYLE_FOLDED;
			break;
		default:
			n.style = STYLE_PLAIN;
		}
		n.n = (unsigned)ev->data.scalar.length;
		n.u.s = scalar_copy(ld, (const char *)ev->data.scalar.value,
		    n.n);
		/* Only escapes in double quotes make what utf8_check
		 * could not see in the bytes. */
		if (n.style == STYLE_DQUOTED)
			check_escaped(ld, &n);
		check_tag(ld, &n, (const char *)ev->data.scalar.tag);
		if (ev->data.scalar.anchor != NULL)
			add_anchor(ld, (const char *)ev->data.scalar.anchor,
			    &n, 1);
		finish(ld, &n);
		return 0;
	case YAML_SEQUENCE_START_EVENT:
	case YAML_MAPPING_START_EVENT:
		if (ld->depth >= ld->lim->max_depth)
			return limit(ld, n.line, n.col, "nesting depth",
			    ld->lim->max_depth, "depth");
		if (++d->nodes > ld->lim->max_nodes)
			return limit(ld, n.line, n.col, "number of nodes",
			    ld->lim->max_nodes, "nodes");
		if (ld->depth == ld->capstack) {
			ld->capstack = ld->capstack ? ld->capstack * 2 : 16;
			ld->stack = xreallocarray(ld->stack, ld->capstack,
			    sizeof(*ld->stack));
		}
		f = &ld->stack[ld->depth++];
		f->node = n;
		if (ev->type == YAML_SEQUENCE_START_EVENT) {
			f->node.kind = NODE_SEQ;
			f->node.style = ev->data.sequence_start.style ==
			    YAML_FLOW_SEQUENCE_STYLE ? STYLE_FLOW : STYLE_BLOCK;
			name = (const char *)ev->data.sequence_start.anchor;
			check_tag(ld, &n,
			    (const char *)ev->data.sequence_start.tag);
		} else {
			f->node.kind = NODE_MAP;
			f->node.style = ev->data.mapping_start.style ==
			    YAML_FLOW_MAPPING_STYLE ? STYLE_FLOW : STYLE_BLOCK;
			name = (const char *)ev->data.mapping_start.anchor;
			check_tag(ld, &n,
			    (const char *)ev->data.mapping_start.tag);
		}
		f->anchor = name ? arena_strdup(&d->arena, name) : NULL;
		f->base = ld->nkids;
		f->nodes0 = d->nodes;
		return 0;
	case YAML_SEQUENCE_END_EVENT:
	case YAML_MAPPING_END_EVENT:
		f = &ld->stack[--ld->depth];
		cnt = ld->nkids - f->base;
		f->node.n = (unsigned)cnt;
		f->node.u.kids = cnt == 0 ? NULL : arena_memdup(&d->arena,
		    ld->kids + f->base, cnt * sizeof(struct node));
		ld->nkids = f->base;
		if (f->node.kind == NODE_MAP && check_keys(ld, &f->node) != 0)
			return -1;
		if (f->anchor != NULL)
			add_anchor(ld, f->anchor, &f->node,
			    d->nodes - f->nodes0 + 1);
		finish(ld, &f->node);
		return 0;
	case YAML_ALIAS_EVENT:
		name = (const char *)ev->data.alias.anchor;
		a = hash_get(&ld->anchors, name, strlen(name));
		if (a == NULL) {
			diag_add(ld->dg, d->path, n.line, n.col, R_SYNTAX,
			    NULL, NULL, "alias '*%s' names no anchor", name);
			return -1;
		}
		/*
		 * Count what the alias would expand to, so that anchors
		 * built of aliases (billion laughs) grow their size too.
		 */
		ld->aliased += a->size;
		d->nodes += a->size;
		if (ld->aliased > ld->lim->max_alias)
			return limit(ld, n.line, n.col, "nodes copied by "
			    "aliases", ld->lim->max_alias, "aliases");
		if (d->nodes > ld->lim->max_nodes)
			return limit(ld, n.line, n.col, "number of nodes",
			    ld->lim->max_nodes, "nodes");
		diag_add(ld->dg, d->path, n.line, n.col, R_ALIAS, NULL, NULL,
		    "alias '*%s' repeats the value at line %u; write it out "
		    "(gkml-fmt does)", name, a->node.line);
		n = a->node;
		n.flags |= NODE_ALIAS;
		finish(ld, &n);
		return 0;
	default:
		return 0;
	}
}

/*
 * libyaml's own words for a problem and its context, which a finding
 * quotes: here so that they are translated (xgettext finds them here),
 * and only these, so that whatever else libyaml says stays as it is.
 */
static const char *const libyaml_words[] = {
	N_("block sequence entries are not allowed in this context"),
	N_("control characters are not allowed"),
	N_("could not find expected ':'"),
	N_("could not find expected directive name"),
	N_("did not find URI escaped octet"), N_("did not find expected '!'"),
	N_("did not find expected ',' or ']'"),
	N_("did not find expected ',' or '}'"),
	N_("did not find expected '-' indicator"),
	N_("did not find expected <document start>"),
	N_("did not find expected alphabetic or numeric character"),
	N_("did not find expected comment or line break"),
	N_("did not find expected digit or '.' character"),
	N_("did not find expected hexdecimal number"),
	N_("did not find expected key"),
	N_("did not find expected node content"),
	N_("did not find expected tag URI"),
	N_("did not find expected version number"),
	N_("did not find expected whitespace"),
	N_("did not find expected whitespace or line break"),
	N_("did not find the expected '>'"),
	N_("found a tab character that violates indentation"),
	N_("found a tab character where an indentation space is expected"),
	N_("found an incorrect leading UTF-8 octet"),
	N_("found an incorrect trailing UTF-8 octet"),
	N_("found an indentation indicator equal to 0"),
	N_("found character that cannot start any token"),
	N_("found duplicate %TAG directive"),
	N_("found duplicate %YAML directive"),
	N_("found extremely long version number"),
	N_("found incompatible YAML document"),
	N_("found invalid Unicode character escape code"),
	N_("found undefined tag handle"), N_("found unexpected ':'"),
	N_("found unexpected document indicator"),
	N_("found unexpected end of stream"),
	N_("found unexpected non-alphabetical character"),
	N_("found unknown directive name"),
	N_("found unknown escape character"),
	N_("incomplete UTF-8 octet sequence"), N_("input is too long"),
	N_("invalid Unicode character"), N_("invalid leading UTF-8 octet"),
	N_("invalid length of a UTF-8 sequence"),
	N_("invalid trailing UTF-8 octet"),
	N_("mapping keys are not allowed in this context"),
	N_("mapping values are not allowed in this context"),
	N_("while parsing a %TAG directive"),
	N_("while parsing a block collection"),
	N_("while parsing a block mapping"), N_("while parsing a block node"),
	N_("while parsing a flow mapping"), N_("while parsing a flow node"),
	N_("while parsing a flow sequence"), N_("while parsing a node"),
	N_("while parsing a tag directive"),
	N_("while scanning a %TAG directive"),
	N_("while scanning a %YAML directive"),
	N_("while scanning a block scalar"), N_("while scanning a directive"),
	N_("while scanning a plain scalar"),
	N_("while scanning a quoted scalar"),
	N_("while scanning a simple key"), N_("while scanning a tag"),
	N_("while scanning a tag directive"), N_("while scanning an alias"),
	N_("while scanning an anchor"),
	N_("while scanning for the next token")
};

/*
 * Show argument arg of the finding just recorded, libyaml's word w, in
 * the reader's language.
 */
static void
show_word(struct loader *ld, size_t arg, const char *w)
{
	size_t	 i;

	if (w == NULL)
		return;
	for (i = 0; i < sizeof(libyaml_words) / sizeof(libyaml_words[0]); i++)
		if (strcmp(w, libyaml_words[i]) == 0) {
			diag_show(ld->dg, arg, msg_gettext(libyaml_words[i]));
			return;
		}
}

/* Turn libyaml's error into a finding a person can act on. */
static int
syntax_error(struct loader *ld)
{
	yaml_parser_t	*p = &ld->parser;
	struct doc	*d = ld->d;
	unsigned	 line, col, cline, ccol;
	const char	*eol;
	size_t		 off;

	if (ld->overread)
		return limit(ld, ld->lastline, ld->lastcol, "scalar size",
		    ld->lim->max_scalar, "scalar");
	if (p->error == YAML_MEMORY_ERROR)
		xnomem();
	mark_pos(&p->problem_mark, &line, &col);
	off = doc_offset(d, line, col);
	if (off < d->len && d->src[off] == '\t') {
		diag_add(ld->dg, d->path, line, col, R_SYNTAX, NULL, NULL,
		    "tab character where YAML needs spaces; indent with "
		    "spaces only");
		return -1;
	}
	/*
	 * libyaml notices most mistakes where they end (the end of the
	 * file, the next line); where it says where the construct began,
	 * point there, and say what to do for the usual mistakes.
	 */
	if (p->context == NULL) {
		diag_add(ld->dg, d->path, line, col, R_SYNTAX, NULL, NULL,
		    "%s", p->problem ? p->problem : "syntax error");
		show_word(ld, 0, p->problem);
		return -1;
	}
	mark_pos(&p->context_mark, &cline, &ccol);
	if (strstr(p->context, "quoted scalar") != NULL)
		diag_add(ld->dg, d->path, cline, ccol, R_SYNTAX, NULL, NULL,
		    "quoted string is not closed (%s at line %u); close it "
		    "with the same quote", p->problem, line);
	else if (strstr(p->context, "simple key") != NULL) {
		off = doc_offset(d, cline, 1);
		eol = memchr(d->src + off, '\n', d->len - off);
		if (memmem(d->src + off, (eol ? (size_t)(eol - d->src) : d->len) -
		    off, "\xef\xbc\x9a", 3) != NULL)
			diag_add(ld->dg, d->path, cline, ccol, R_SYNTAX, NULL,
			    NULL, "full-width colon '\xef\xbc\x9a' after a "
			    "key; YAML needs ':' and a space, as in 'body: "
			    "\xe2\x80\xa6'");
		else
			diag_add(ld->dg, d->path, cline, ccol, R_SYNTAX, NULL,
			    NULL, "a key without ':' (%s)", p->problem);
	} else if (strstr(p->context, "flow") != NULL)
		diag_add(ld->dg, d->path, cline, ccol, R_SYNTAX, NULL, NULL,
		    "%s: the list or mapping that starts here is not "
		    "closed, or an item in it needs quotes", p->problem);
	else if (p->problem != NULL &&
	    strstr(p->problem, "mapping values are not allowed") != NULL)
		diag_add(ld->dg, d->path, line, col, R_SYNTAX, NULL, NULL,
		    "': ' inside a value; put the value in quotes");
	else {
		diag_add(ld->dg, d->path, line, col, R_SYNTAX, NULL, NULL,
		    "%s %s (line %u)", p->problem ? p->problem :
		    msg_word("error"), p->context, cline);
		show_word(ld, 1, p->context);
	}
	/* Where a message quotes libyaml's problem, it is the first. */
	show_word(ld, 0, p->problem);
	return -1;
}

static int
parse(struct doc *d, const struct limits *lim, struct diag *dg,
    const atomic_int *checked)
{
	struct loader	 ld;
	yaml_event_t	 ev;
	int		 rc = 0, done = 0;

	memset(&ld, 0, sizeof(ld));
	ld.d = d;
	ld.dg = dg;
	ld.lim = lim;
	ld.checked = checked;
	ld.lastline = ld.lastcol = 1;
	/* libyaml keeps a BOM when told the encoding: skip it here. */
	ld.fed = ld.fed_event = d->bom ? 3 : 0;
	parser_init(&ld.parser);
	yaml_parser_set_input(&ld.parser, read_handler, &ld);
	yaml_parser_set_encoding(&ld.parser, YAML_UTF8_ENCODING);
	while (!done) {
		if (!yaml_parser_parse(&ld.parser, &ev)) {
			rc = syntax_error(&ld);
			break;
		}
		ld.fed_event = ld.fed;
		mark_pos(&ev.end_mark, &ld.lastline, &ld.lastcol);
		done = ev.type == YAML_STREAM_END_EVENT;
		rc = on_event(&ld, &ev);
		yaml_event_delete(&ev);
		if (rc != 0)
			break;
	}
	if (rc == 0 && (d->root == NULL || node_is_null(d->root))) {
		diag_add(dg, d->path, 1, 1, R_DOCS, NULL, NULL,
		    "file holds no catalog");
		rc = -1;
	}
	if (rc != 0)
		d->root = NULL;
	yaml_parser_delete(&ld.parser);
	hash_release(&ld.anchors);
	hash_release(&ld.keys);
	free(ld.kids);
	free(ld.stack);
	return rc;
}

/* The encoding check, run beside the parse for large files. */
struct check {
	struct doc	*d;
	struct diag	 dg;
	int		 rc;
	atomic_int	 done;
};

static void *
check_thread(void *arg)
{
	struct check	*c = arg;

	c->rc = utf8_check(c->d->path, (const unsigned char *)c->d->src,
	    c->d->len, &c->dg, &c->d->crlf);
	atomic_store(&c->done, 1);
	return NULL;
}

static int
load(struct doc *d, const struct limits *lim, struct diag *dg)
{
	struct check	 c;
	struct diag	 pdg;
	pthread_t	 t;
	int		 rc;

	d->bom = d->len >= 3 && memcmp(d->src, "\xef\xbb\xbf", 3) == 0;
	c.d = d;
	atomic_init(&c.done, 0);
	diag_init(&c.dg, dg->format, dg->threshold);
	/*
	 * On a large file the encoding check and the parse run at once,
	 * on two cores; the parse's findings count only if the bytes are
	 * clean (libyaml stops at a bad byte with a vaguer message).
	 */
	if (d->len >= THREADMIN && tmp_thread(&t, check_thread, &c) == 0) {
		diag_init(&pdg, dg->format, dg->threshold);
		rc = parse(d, lim, &pdg, &c.done);
		pthread_join(t, NULL);
		diag_move(dg, &c.dg);
		if (c.rc != 0) {
			diag_finish(&pdg, "", "");
			d->root = NULL;
			return -1;
		}
	} else {
		check_thread(&c);
		diag_move(dg, &c.dg);
		if (c.rc != 0)
			return -1;
		diag_init(&pdg, dg->format, dg->threshold);
		rc = parse(d, lim, &pdg, &c.done);
	}
	if (d->crlf)
		diag_add(dg, d->path, 1, 1, R_CRLF, NULL, NULL,
		    "lines end in CR LF; gkml-fmt writes LF");
	diag_move(dg, &pdg);
	return rc;
}

void
doc_init(struct doc *d, const char *path)
{
	memset(d, 0, sizeof(*d));
	d->path = path;
	arena_init(&d->arena);
}

/* --- Documents made in memory --- */

static struct node *
made(struct doc *d, enum node_kind kind, enum node_style style)
{
	struct node	*n;

	n = arena_calloc(&d->arena, 1, sizeof(*n));
	n->kind = kind;
	n->style = style;
	n->line = ++d->nodes > UINT_MAX ? UINT_MAX : (unsigned)d->nodes;
	return n;
}

struct node *
node_scalar(struct doc *d, const char *s, enum node_style style)
{
	struct node	*n = made(d, NODE_SCALAR, style);
	size_t		 len = strlen(s);

	if (len > UINT_MAX)
		xnomem();
	n->u.s = arena_strndup(&d->arena, s, len);
	n->n = (unsigned)len;
	return n;
}

struct node *
node_seq(struct doc *d, size_t cap, enum node_style style)
{
	struct node	*n = made(d, NODE_SEQ, style);

	if (cap > UINT_MAX / 2)
		xnomem();
	n->u.kids = arena_calloc(&d->arena, cap ? cap : 1, sizeof(*n->u.kids));
	return n;
}

struct node *
node_map(struct doc *d, size_t cap)
{
	struct node	*n = made(d, NODE_MAP, STYLE_BLOCK);

	if (cap > UINT_MAX / 4)
		xnomem();
	n->u.kids = arena_calloc(&d->arena, cap ? 2 * cap : 1,
	    sizeof(*n->u.kids));
	return n;
}

void
node_push(struct node *seq, const struct node *v)
{
	seq->u.kids[seq->n++] = *v;
}

void
node_put(struct doc *d, struct node *map, const char *key,
    const struct node *v)
{
	map->u.kids[map->n++] = *node_scalar(d, key, STYLE_PLAIN);
	map->u.kids[map->n++] = *v;
}

int
doc_load_mem(struct doc *d, const char *name, const char *p, size_t len,
    const struct limits *lim, struct diag *dg)
{
	doc_init(d, name);
	if (len > lim->max_bytes) {
		diag_add(dg, name, 1, 1, R_LIMIT, NULL, NULL, "file size "
		    "exceeds the limit of %zu bytes; raise it with "
		    "GKML_LIMITS=bytes=N if the file is genuine",
		    lim->max_bytes);
		return -2;
	}
	d->src = xstrndup(p, len);
	d->len = len;
	return load(d, lim, dg);
}

/* A message about the file itself: on stderr, or kept in err. */
static void
say(struct buf *err, const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	if (err != NULL)
		buf_vaddf(err, fmt, ap);
	else
		vfprintf(stderr, fmt, ap);
	va_end(ap);
}

static int
load_fd(struct doc *d, const char *path, int fd, const struct limits *lim,
    struct diag *dg, struct buf *err)
{
	struct stat	 st;
	size_t		 len = 0;
	char		*src;
	void		*map;

	doc_init(d, path);
	if (fd == STDIN_FILENO)
		d->path = "<stdin>";
	if (fstat(fd, &st) == -1 || S_ISDIR(st.st_mode)) {
		if (S_ISDIR(st.st_mode))
			say(err, _("%s: is a directory\n"), path);
		else
			say(err, "%s: %s\n", path, strerror(errno));
		goto fail;
	}
	/*
	 * A large regular file is mapped: the page cache is read in place,
	 * which saves a copy of the whole file and most page faults.
	 */
	if (S_ISREG(st.st_mode) && st.st_size >= MAPMIN &&
	    (size_t)st.st_size <= lim->max_bytes &&
	    (map = mmap(NULL, (size_t)st.st_size, PROT_READ,
	    MAP_PRIVATE | MAP_POPULATE, fd, 0)) != MAP_FAILED) {
		close(fd);
		d->src = map;
		d->len = d->mapped = (size_t)st.st_size;
		return load(d, lim, dg);
	}
	if (file_slurp(fd, d->path, S_ISREG(st.st_mode) ?
	    (size_t)st.st_size : 0, lim->max_bytes, &src, &len, dg) != 0)
		return -2;
	d->src = src;
	d->len = len;
	return load(d, lim, dg);
fail:
	if (fd != STDIN_FILENO)
		close(fd);
	return -2;
}

int
doc_load_err(struct doc *d, const char *path, const struct limits *lim,
    struct diag *dg, struct buf *err)
{
	struct stat	 st;
	const char	*kind;
	int		 fd;

	if (strcmp(path, "-") == 0)
		return load_fd(d, path, STDIN_FILENO, lim, dg, err);
	if ((fd = file_open(path, 0, &st, &kind)) == -1) {
		doc_init(d, path);
		if (kind != NULL)
			say(err, _("%s: is %s\n"), path, kind);
		else
			say(err, "%s: %s\n", path, strerror(errno));
		return -2;
	}
	return load_fd(d, path, fd, lim, dg, err);
}

int
doc_load(struct doc *d, const char *path, const struct limits *lim,
    struct diag *dg)
{
	return doc_load_err(d, path, lim, dg, NULL);
}

int
doc_load_fd(struct doc *d, const char *path, int fd,
    const struct limits *lim, struct diag *dg)
{
	return load_fd(d, path, fd, lim, dg, NULL);
}

void
doc_release(struct doc *d)
{
	arena_release(&d->arena);
	if (d->mapped)
		munmap((void *)d->src, d->mapped);
	else
		free((void *)d->src);
	free(d->lines);
	d->src = NULL;
	d->lines = NULL;
	d->root = NULL;
}

size_t
doc_offset(struct doc *d, unsigned line, unsigned col)
{
	size_t		 i, off, cap;
	unsigned	 c;

	if (d->lines == NULL) {
		cap = 1024;
		d->lines = xreallocarray(NULL, cap, sizeof(*d->lines));
		d->lines[0] = d->bom ? 3 : 0;
		d->nlines = 1;
		for (i = 0; i < d->len; i++) {
			if (d->src[i] != '\n')
				continue;
			if (d->nlines == cap) {
				cap *= 2;
				d->lines = xreallocarray(d->lines, cap,
				    sizeof(*d->lines));
			}
			d->lines[d->nlines++] = i + 1;
		}
	}
	if (line == 0 || line > d->nlines)
		return d->len;
	off = d->lines[line - 1];
	for (c = 1; c < col && off < d->len && d->src[off] != '\n'; c++) {
		off++;
		while (off < d->len && ((unsigned char)d->src[off] & 0xc0) ==
		    0x80)
			off++;
	}
	return off;
}

size_t
doc_scalar_spans(struct doc *d, size_t **spans)
{
	yaml_parser_t	 parser;
	yaml_token_t	 tok;
	size_t		 n = 0, cap = 0, *v = NULL;
	unsigned	 line, col;
	int		 done = 0;

	parser_init(&parser);
	yaml_parser_set_input_string(&parser, (const unsigned char *)d->src,
	    d->len);
	while (!done && yaml_parser_scan(&parser, &tok)) {
		done = tok.type == YAML_STREAM_END_TOKEN;
		if (tok.type == YAML_SCALAR_TOKEN) {
			if (n == cap) {
				cap = cap ? 2 * cap : 256;
				v = xreallocarray(v, cap, 2 * sizeof(*v));
			}
			mark_pos(&tok.start_mark, &line, &col);
			v[2 * n] = doc_offset(d, line, col);
			mark_pos(&tok.end_mark, &line, &col);
			v[2 * n + 1] = doc_offset(d, line, col);
			/* A block scalar's text starts below its "|" line,
			 * which may end in a comment. */
			if (tok.data.scalar.style == YAML_LITERAL_SCALAR_STYLE ||
			    tok.data.scalar.style == YAML_FOLDED_SCALAR_STYLE)
				while (v[2 * n] < v[2 * n + 1] &&
				    d->src[v[2 * n]++] != '\n')
					continue;
			n++;
		}
		yaml_token_delete(&tok);
	}
	/* The text parsed before: only memory can fail it now. */
	if (!done && parser.error == YAML_MEMORY_ERROR)
		xnomem();
	yaml_parser_delete(&parser);
	*spans = v;
	return n;
}

struct node *
node_get(const struct node *map, const char *key, const struct node **keyp)
{
	unsigned	 i;
	size_t		 len;

	if (map == NULL || map->kind != NODE_MAP)
		return NULL;
	len = strlen(key);
	for (i = 0; i < map->n; i += 2) {
		if (map->u.kids[i].kind == NODE_SCALAR &&
		    map->u.kids[i].n == len &&
		    memcmp(map->u.kids[i].u.s, key, len) == 0) {
			if (keyp != NULL)
				*keyp = &map->u.kids[i];
			return &map->u.kids[i + 1];
		}
	}
	return NULL;
}

int
node_is_null(const struct node *n)
{
	const char	*s = n->u.s;

	if (n->kind != NODE_SCALAR || n->style != STYLE_PLAIN)
		return 0;
	switch (n->n) {
	case 0:
		return 1;
	case 1:
		return s[0] == '~';
	case 4:
		return memcmp(s, "null", 4) == 0 || memcmp(s, "Null", 4) == 0 ||
		    memcmp(s, "NULL", 4) == 0;
	default:
		return 0;
	}
}

const char *
node_str(const struct node *n)
{
	return n != NULL && n->kind == NODE_SCALAR && !node_is_null(n) ?
	    n->u.s : NULL;
}

const char *
node_kind_name(const struct node *n)
{
	switch (n->kind) {
	case NODE_SEQ:
		return msg_word("a list");
	case NODE_MAP:
		return msg_word("a mapping");
	default:
		return msg_word(node_is_null(n) ? "empty" : "a string");
	}
}

int
yaml_floor(const char *p, size_t len, size_t *nevents)
{
	yaml_parser_t	 parser;
	yaml_event_t	 ev;
	int		 done = 0, rc = 0;

	*nevents = 0;
	parser_init(&parser);
	yaml_parser_set_input_string(&parser, (const unsigned char *)p, len);
	while (!done) {
		if (!yaml_parser_parse(&parser, &ev)) {
			if (parser.error == YAML_MEMORY_ERROR)
				xnomem();
			rc = -1;
			break;
		}
		done = ev.type == YAML_STREAM_END_EVENT;
		(*nevents)++;
		yaml_event_delete(&ev);
	}
	yaml_parser_delete(&parser);
	return rc;
}
