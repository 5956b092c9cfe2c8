/*
 * The canonical writer.
 *
 * libyaml reports no comments, so they are recovered from the source:
 * a '#' that starts a line or follows a blank, and lies outside every
 * scalar's span, begins a comment.  A comment on a line of its own is
 * attached to the next "anchor" (a mapping key or a list element) in
 * the source; a comment after content is attached to the last anchor
 * that starts before it.  The writer emits each anchor's comments next
 * to it, wherever the canonical key order moves it.  An anchor is known
 * by what its value points to (its string, or its children), which a
 * copy of the node shares: so a merged catalog, made of copies of its
 * layers' nodes, can carry the layers' comments.  Comments on values
 * that are written inline, in a flow list, move to the line of the key.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "doc.h"
#include "fmt.h"
#include "hash.h"
#include "schema.h"
#include "xmalloc.h"

struct comment {
	struct comment	*next;
	const char	*text;		/* from '#', in the source */
	size_t		 len;
};

/* The comments of one anchor, found by the node's address. */
struct cnote {
	const void	*id;
	struct comment	*lead, **leadp;
	struct comment	*trail, **trailp;
};

struct anchor {
	size_t		 off;
	unsigned	 depth;
	const void	*id;
};

struct fmt {
	struct doc		*d;
	const struct schema	*s;
	const struct skind	*kind;		/* the document's, or NULL */
	struct buf		*out;
	struct hash		 notes;
	struct doc		*src;		/* whose comments are collected */
	struct anchor		*anchors;
	size_t			 nanchors, capanchors;
	size_t			*spans;		/* start, end, ... */
	size_t			 nspans;
	unsigned		 inalias;	/* inside an alias's copy */
	int			 slugs;		/* labels of vocabularies as slugs */
	const char		*(*note)(void *, const struct node *);
	const struct node	*(*was)(void *, const struct node *);
	void			*notectx;
	struct comment		*head, **headp;	/* before the first node */
	struct comment		*tail, **tailp;	/* after the last node */
};

static void	 emit_map(struct fmt *, const struct node *,
		    const struct stype *, unsigned, int);
static void	 emit_seq(struct fmt *, const struct node *,
		    const struct skey *, unsigned);

/* --- collecting comments --- */

/* What an anchor is known by: what its value points to. */
static const void *
ident_of(const struct node *v)
{
	const void	*p;

	p = v->kind == NODE_SCALAR ? (const void *)v->u.s :
	    (const void *)v->u.kids;
	return p != NULL ? p : v;
}

/* The writer's anchors: a rebuilt collection is known as its original. */
#define ident(v)	ident_in(f, (v))

static const void *
ident_in(const struct fmt *f, const struct node *v)
{
	const struct node	*o;

	if (f->was != NULL && v->kind != NODE_SCALAR &&
	    (o = f->was(f->notectx, v)) != NULL)
		return ident_of(o);
	return ident_of(v);
}

/* Anchors: each key (known by its value) and each list element. */
static void
collect(struct fmt *f, const struct node *n, unsigned depth)
{
	const struct node	*a;
	unsigned		 i;

	if (n->kind == NODE_SCALAR || (n->flags & NODE_ALIAS))
		return;
	for (i = 0; i < n->n; i++) {
		if (n->kind == NODE_MAP && i % 2 != 0)
			continue;
		a = &n->u.kids[i];
		if (f->nanchors == f->capanchors) {
			f->capanchors = f->capanchors ? 2 * f->capanchors : 256;
			f->anchors = xreallocarray(f->anchors, f->capanchors,
			    sizeof(*f->anchors));
		}
		f->anchors[f->nanchors].off = doc_offset(f->src, a->line, a->col);
		f->anchors[f->nanchors].depth = depth;
		f->anchors[f->nanchors++].id = ident_of(n->kind == NODE_MAP ?
		    &n->u.kids[i + 1] : a);
	}
	for (i = 0; i < n->n; i++)
		collect(f, &n->u.kids[i], depth + 1);
}

static struct cnote *
note_of(struct fmt *f, const void *id, int create)
{
	struct cnote	*c;

	if ((c = hash_get(&f->notes, (const char *)&id, sizeof(id))) != NULL ||
	    !create)
		return c;
	c = arena_calloc(&f->d->arena, 1, sizeof(*c));
	c->id = id;
	c->leadp = &c->lead;
	c->trailp = &c->trail;
	hash_put(&f->notes, (const char *)&c->id, sizeof(id), c);
	return c;
}

static void
append(struct comment ***tailp, struct comment *c)
{
	**tailp = c;
	*tailp = &c->next;
}

static int
cmp_anchor(const void *a, const void *b)
{
	const struct anchor *x = a, *y = b;

	if (x->off != y->off)
		return x->off < y->off ? -1 : 1;
	return x->depth < y->depth ? -1 : x->depth > y->depth;
}

/*
 * Collect the comments of d (the document written, or a layer it was
 * merged from).  Only the first document's comments before the first
 * anchor or after the last are kept: the file's header and footer.
 */
static void
find_comments(struct fmt *f, struct doc *d, int first)
{
	const char	*src = d->src;
	size_t		 len = d->len, i, sp = 0, lo, hi, mid, ls;
	struct comment	*c, *skip = NULL, **skipp = &skip;
	int		 ownline;

	if (len == 0 || memchr(src, '#', len) == NULL)
		return;
	f->src = d;
	f->nanchors = 0;
	free(f->spans);
	collect(f, d->root, 0);
	f->nspans = doc_scalar_spans(d, &f->spans);
	if (f->nanchors > 1)
		qsort(f->anchors, f->nanchors, sizeof(*f->anchors),
		    cmp_anchor);
	ls = d->bom ? 3 : 0;
	ownline = 1;
	for (i = ls; i < len; i++) {
		if (src[i] == '\n') {
			ls = i + 1;
			ownline = 1;
			continue;
		}
		while (sp < f->nspans && f->spans[2 * sp + 1] <= i)
			sp++;
		if (sp < f->nspans && f->spans[2 * sp] <= i) {
			/*
			 * Inside a scalar: jump to its end.  A block scalar
			 * ends with its line break, so a new line starts there.
			 */
			i = f->spans[2 * sp + 1] - 1;
			ownline = src[i] == '\n';
			if (ownline)
				ls = i + 1;
			continue;
		}
		if (src[i] != '#') {
			if (src[i] != ' ' && src[i] != '\t' && src[i] != '\r')
				ownline = 0;
			continue;
		}
		if (i > ls && src[i - 1] != ' ' && src[i - 1] != '\t') {
			ownline = 0;
			continue;
		}
		c = arena_calloc(&f->d->arena, 1, sizeof(*c));
		c->text = src + i;
		while (i < len && src[i] != '\n')
			i++;
		c->len = (size_t)(src + i - c->text);
		while (c->len > 1 && (c->text[c->len - 1] == ' ' ||
		    c->text[c->len - 1] == '\r' || c->text[c->len - 1] == '\t'))
			c->len--;
		/* Binary search: the first anchor after the comment. */
		lo = 0;
		hi = f->nanchors;
		while (lo < hi) {
			mid = (lo + hi) / 2;
			if (f->anchors[mid].off < (size_t)(c->text - src))
				lo = mid + 1;
			else
				hi = mid;
		}
		if (ownline) {
			if (lo == 0)
				append(first ? &f->headp : &skipp, c);
			else if (lo == f->nanchors)
				append(first ? &f->tailp : &skipp, c);
			else
				append(&note_of(f, f->anchors[lo].id,
				    1)->leadp, c);
		} else if (lo == 0)
			append(first ? &f->headp : &skipp, c);
		else
			append(&note_of(f, f->anchors[lo - 1].id, 1)->trailp,
			    c);
		i--;	/* the newline is seen next round */
	}
}

/* --- writing scalars --- */

static int
looks_typed(const char *s, size_t n)
{
	static const char *const words[] = { "~", "null", "Null", "NULL",
	    "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO",
	    "true", "True", "TRUE", "false", "False", "FALSE", "on", "On",
	    "ON", "off", "Off", "OFF", ".inf", ".Inf", ".INF", "-.inf",
	    "+.inf", ".nan", ".NaN", ".NAN", "<<", "=" };
	size_t	 i, digits = 0;
	int	 dash = 0;

	for (i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (strcmp(s, words[i]) == 0)
			return 1;
	/* Numbers of YAML 1.1 and 1.2: ints, floats, hex, sexagesimal. */
	i = (s[0] == '-' || s[0] == '+') ? 1 : 0;
	for (; i < n; i++) {
		if (s[i] >= '0' && s[i] <= '9')
			digits++;
		else if (strchr("_.:eExXoObBabcdefABCDEF+-", s[i]) == NULL)
			break;
		if (s[i] == '-')
			dash++;
	}
	if (i == n && digits > 0 && dash == 0)
		return 1;
	/* Timestamps: YYYY-M-D or YYYY-MM-DD at the start. */
	if (n >= 8 && strspn(s, "0123456789") == 4 && s[4] == '-') {
		i = 5 + strspn(s + 5, "0123456789");
		if (i >= 6 && i <= 7 && s[i] == '-' &&
		    strspn(s + i + 1, "0123456789") >= 1 &&
		    strspn(s + i + 1, "0123456789") <= 2)
			return 1;
	}
	return 0;
}

static int
plain_ok(const char *s, size_t n, int flow)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 i;

	/* "-8" is plain; "- 8" and "---" are not. */
	if (n == 0 || (s[0] == '-' && (n == 1 || s[1] == ' ' ||
	    strncmp(s, "---", 3) == 0)) ||
	    strchr("?:,[]{}#&*!|>'\"%@` \t", s[0]) != NULL ||
	    s[n - 1] == ' ' || s[n - 1] == ':' || strncmp(s, "...", 3) == 0)
		return 0;
	for (i = 0; i < n; i++) {
		if (p[i] < 0x20 || p[i] == 0x7f)
			return 0;
		if (p[i] == ':' && (i + 1 == n || s[i + 1] == ' ' || flow))
			return 0;
		if (p[i] == '#' && s[i - 1] == ' ')
			return 0;
		if (flow && strchr(",[]{}", s[i]) != NULL)
			return 0;
		/* NEL, LS, PS and BOM read as breaks or vanish. */
		if ((p[i] == 0xc2 && i + 1 < n && p[i + 1] == 0x85) ||
		    (p[i] == 0xe2 && i + 2 < n && p[i + 1] == 0x80 &&
		    (p[i + 2] == 0xa8 || p[i + 2] == 0xa9)) ||
		    (p[i] == 0xef && i + 2 < n && p[i + 1] == 0xbb &&
		    p[i + 2] == 0xbf))
			return 0;
	}
	return 1;
}

static int
literal_ok(const char *s, size_t n)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 i;
	int			 text = 0;

	if (n == 0 || memchr(s, '\n', n) == NULL || s[0] == ' ' ||
	    s[0] == '\n')
		return 0;
	for (i = 0; i < n; i++) {
		if ((p[i] < 0x20 && p[i] != '\n') || p[i] == 0x7f)
			return 0;
		if (p[i] == ' ' && (i + 1 == n || s[i + 1] == '\n'))
			return 0;
		if (p[i] == 0xc2 && i + 1 < n && p[i + 1] == 0x85)
			return 0;
		if (p[i] == 0xe2 && i + 2 < n && p[i + 1] == 0x80 &&
		    (p[i + 2] == 0xa8 || p[i + 2] == 0xa9))
			return 0;
		if (p[i] == 0xef && i + 2 < n && p[i + 1] == 0xbb &&
		    p[i + 2] == 0xbf)
			return 0;
		if (p[i] != '\n' && p[i] != ' ')
			text = 1;
	}
	return text;
}

static void
dquote(struct buf *b, const char *s, size_t n)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 i;

	buf_addch(b, '"');
	for (i = 0; i < n; i++) {
		switch (p[i]) {
		case '"':
			buf_adds(b, "\\\"");
			continue;
		case '\\':
			buf_adds(b, "\\\\");
			continue;
		case '\n':
			buf_adds(b, "\\n");
			continue;
		case '\t':
			buf_adds(b, "\\t");
			continue;
		case '\r':
			buf_adds(b, "\\r");
			continue;
		case '\0':
			buf_adds(b, "\\0");
			continue;
		}
		if (p[i] < 0x20 || p[i] == 0x7f)
			buf_addf(b, "\\x%02X", p[i]);
		else if (p[i] == 0xc2 && i + 1 < n && p[i + 1] == 0x85) {
			buf_adds(b, "\\N");
			i++;
		} else if (p[i] == 0xe2 && i + 2 < n && p[i + 1] == 0x80 &&
		    (p[i + 2] == 0xa8 || p[i + 2] == 0xa9)) {
			buf_adds(b, p[i + 2] == 0xa8 ? "\\L" : "\\P");
			i += 2;
		} else if (p[i] == 0xef && i + 2 < n && p[i + 1] == 0xbb &&
		    p[i + 2] == 0xbf) {
			buf_adds(b, "\\uFEFF");
			i += 2;
		} else
			buf_addch(b, p[i]);
	}
	buf_addch(b, '"');
}

static void
indent(struct buf *b, unsigned n)
{
	while (n--)
		buf_addch(b, ' ');
}

/*
 * The value to write for n, a value of k: with slugs on, a label or
 * alias of k's vocabulary becomes the slug it names, in tmp (n itself
 * is kept, for its comments are known by its string).  Anything else,
 * slugs, "other: <text>", values in no vocabulary, stays as written.
 */
static const struct node *
slug_of(const struct fmt *f, const struct skey *k, const struct node *n,
    struct node *tmp)
{
	const struct vmatch	*m;

	if (!f->slugs || k == NULL || k->type->kind != ST_VOCAB ||
	    n->kind != NODE_SCALAR ||
	    (m = vocab_find(k->type->vocab, n->u.s, n->n)) == NULL ||
	    m->how == VM_SLUG)
		return n;
	*tmp = *n;
	tmp->style = STYLE_PLAIN;
	tmp->u.s = (char *)m->term->slug;
	tmp->n = (unsigned)strlen(m->term->slug);
	return tmp;
}

/*
 * Write a scalar.  keep_plain: the schema gives it a type of its own
 * (a version, a date) or none at all, so a plain scalar stays plain
 * rather than becoming a string; otherwise strings that YAML would read
 * as numbers, booleans or dates are quoted.
 */
enum ctx {
	CTX_BLOCK,	/* a value in block style */
	CTX_FLOW,	/* inside [ ] or { } */
	CTX_KEY		/* a mapping key */
};

static void	 emit_trail(struct fmt *, const void *);

/*
 * Write a scalar, then the end-of-line comments of t1 and t2 (either
 * may be NULL): after the value, or after the "|" of a literal block,
 * since nothing may follow a block's last line.
 */
static void
emit_scalar(struct fmt *f, const struct node *n, int keep_plain,
    enum ctx ctx, unsigned ind, const void *t1, const void *t2)
{
	int		 flow = ctx != CTX_BLOCK;
	struct buf	*b = f->out;
	const char	*s = n->u.s, *nl;
	size_t		 len = n->n, end;

	if (n->style == STYLE_PLAIN && keep_plain && plain_ok(s, len, flow)) {
		buf_add(b, s, len);
		goto trail;
	}
	if (n->style == STYLE_PLAIN && node_is_null(n)) {
		/* An empty null cannot stand as a key or in a flow list. */
		buf_adds(b, len == 0 && ctx != CTX_BLOCK ? "~" : s);
		goto trail;
	}
	if (plain_ok(s, len, flow) && !looks_typed(s, len)) {
		buf_add(b, s, len);
		goto trail;
	}
	if (flow || !literal_ok(s, len)) {
		dquote(b, s, len);
		goto trail;
	}
	for (end = len; end > 0 && s[end - 1] == '\n'; end--)
		continue;
	buf_adds(b, len - end == 0 ? "|-" : len - end == 1 ? "|" : "|+");
	if (t1 != NULL)
		emit_trail(f, t1);
	if (t2 != NULL)
		emit_trail(f, t2);
	while (s < n->u.s + len) {
		nl = memchr(s, '\n', (size_t)(n->u.s + len - s));
		if (nl == NULL)
			nl = n->u.s + len;
		buf_addch(b, '\n');
		if (nl > s) {
			indent(b, ind);
			buf_add(b, s, (size_t)(nl - s));
		}
		s = nl + 1;
	}
	return;
trail:
	if (t1 != NULL)
		emit_trail(f, t1);
	if (t2 != NULL)
		emit_trail(f, t2);
}

/* --- writing comments --- */

static void
emit_lead(struct fmt *f, const void *id, unsigned ind)
{
	struct cnote	*c;
	struct comment	*k;

	if (f->notes.n == 0 || f->inalias || (c = note_of(f, id, 0)) == NULL)
		return;
	for (k = c->lead; k != NULL; k = k->next) {
		indent(f->out, ind);
		buf_add(f->out, k->text, k->len);
		buf_addch(f->out, '\n');
	}
}

static void
emit_trail(struct fmt *f, const void *id)
{
	struct cnote	*c;
	struct comment	*k;

	if (f->notes.n == 0 || f->inalias || (c = note_of(f, id, 0)) == NULL)
		return;
	for (k = c->trail; k != NULL; k = k->next) {
		buf_adds(f->out, "  ");
		buf_add(f->out, k->text, k->len);
	}
}

/* The caller's note on a value, as an end-of-line comment. */
static void
emit_note(struct fmt *f, const struct node *val)
{
	const char	*s;

	if (f->note != NULL && (s = f->note(f->notectx, val)) != NULL) {
		buf_adds(f->out, "  # ");
		buf_adds(f->out, s);
	}
}

/* Comments inside a value written inline: leading ones go first. */
static void
emit_inner_lead(struct fmt *f, const struct node *n, unsigned ind)
{
	unsigned	 i;

	if (f->notes.n == 0 || n->kind == NODE_SCALAR || (n->flags & NODE_ALIAS))
		return;
	for (i = 0; i < n->n; i++) {
		if (n->kind == NODE_MAP && i % 2 == 0)
			continue;	/* a pair: known by its value */
		emit_lead(f, ident(&n->u.kids[i]), ind);
		emit_inner_lead(f, &n->u.kids[i], ind);
	}
}

static void
emit_inner_trail(struct fmt *f, const struct node *n)
{
	unsigned	 i;

	if (f->notes.n == 0 || n->kind == NODE_SCALAR || (n->flags & NODE_ALIAS))
		return;
	for (i = 0; i < n->n; i++) {
		if (n->kind == NODE_MAP && i % 2 == 0)
			continue;
		emit_trail(f, ident(&n->u.kids[i]));
		emit_inner_trail(f, &n->u.kids[i]);
	}
}

/* --- writing collections --- */

/* Can n be written inline as a flow list or mapping of scalars? */
static int
flow_ok(const struct node *n)
{
	unsigned	 i;

	if (n->kind == NODE_SCALAR)
		return memchr(n->u.s, '\n', n->n) == NULL;
	for (i = 0; i < n->n; i++)
		if (n->u.kids[i].kind != NODE_SCALAR ||
		    memchr(n->u.kids[i].u.s, '\n', n->u.kids[i].n) != NULL) {
			if (n->kind == NODE_SEQ && n->u.kids[i].kind ==
			    NODE_MAP && n->u.kids[i].n == 2 &&
			    flow_ok(&n->u.kids[i]))
				continue;
			return 0;
		}
	return 1;
}

/* k: whose vocabulary the scalars of a list are in, or NULL. */
static void
emit_flow(struct fmt *f, const struct node *n, int keep_plain,
    const struct skey *k)
{
	struct node	 tmp;
	unsigned	 i;

	if (n->kind == NODE_SCALAR) {
		emit_scalar(f, slug_of(f, k, n, &tmp), keep_plain, CTX_FLOW,
		    0, NULL, NULL);
		return;
	}
	buf_addch(f->out, n->kind == NODE_SEQ ? '[' : '{');
	for (i = 0; i < n->n; i++) {
		if (i > 0)
			buf_adds(f->out, n->kind == NODE_MAP && i % 2 ? ": " :
			    ", ");
		/* Inside a mapping ("other: ..."), no vocabulary. */
		emit_flow(f, &n->u.kids[i], keep_plain,
		    n->kind == NODE_SEQ ? k : NULL);
	}
	buf_addch(f->out, n->kind == NODE_SEQ ? ']' : '}');
}

/* Is this value written inline after its key? */
static int
inline_value(const struct node *v, const struct skey *k)
{
	if (v->kind == NODE_SCALAR || v->n == 0)
		return 1;
	if (!flow_ok(v))
		return 0;
	if (k != NULL)
		return v->kind == NODE_SEQ && k->type->kind == ST_VOCAB;
	return v->style == STYLE_FLOW;
}

static int
keeps_plain(const struct skey *k)
{
	return k == NULL || k->type->kind == ST_VERSION ||
	    k->type->kind == ST_DATE || k->type->kind == ST_COUNT;
}

/* Write "key: value" (or "key:" and a block below) at indentation ind. */
static void
emit_pair(struct fmt *f, const struct node *key, const struct node *val,
    const struct skey *k, unsigned ind, int first)
{
	const struct stype	*t = k != NULL && k->type->kind == ST_MAP ?
				    k->type : NULL;
	int			 inl = inline_value(val, k);
	struct node		 tmp;

	if (!first) {
		emit_lead(f, ident(val), ind);
		if (inl)
			emit_inner_lead(f, val, ind);
		indent(f->out, ind);
	}
	emit_scalar(f, key, 1, CTX_KEY, 0, NULL, NULL);
	buf_addch(f->out, ':');
	if (val->kind == NODE_SCALAR) {
		if (!node_is_null(val) || val->style != STYLE_PLAIN ||
		    val->n > 0)
			buf_addch(f->out, ' ');
		emit_scalar(f, slug_of(f, k, val, &tmp), keeps_plain(k),
		    CTX_BLOCK, ind + 2, ident(val), NULL);
		/* Nothing may follow a literal block's last line. */
		if (memchr(val->u.s, '\n', val->n) == NULL ||
		    !literal_ok(val->u.s, val->n))
			emit_note(f, val);
		buf_addch(f->out, '\n');
	} else if (inl) {
		buf_addch(f->out, ' ');
		if (val->n == 0)
			buf_adds(f->out, val->kind == NODE_SEQ ? "[]" : "{}");
		else
			emit_flow(f, val, keeps_plain(k), k);
		emit_trail(f, ident(val));
		emit_inner_trail(f, val);
		emit_note(f, val);
		buf_addch(f->out, '\n');
	} else {
		emit_trail(f, ident(val));
		emit_note(f, val);
		buf_addch(f->out, '\n');
		/* An alias's copy shares the comments of the original. */
		f->inalias += (val->flags & NODE_ALIAS) != 0;
		if (val->kind == NODE_SEQ)
			emit_seq(f, val, k, ind + 2);
		else
			emit_map(f, val, t, ind + 2, 0);
		f->inalias -= (val->flags & NODE_ALIAS) != 0;
	}
}

/*
 * The order of a mapping's pairs: keys the schema knows in its order,
 * then keys it does not know, then extensions (x-), each group in the
 * order written.  Fills idx with key indices; returns how many.
 */
static size_t
order_pairs(const struct node *n, const struct stype *t, unsigned *idx)
{
	const struct node	*key;
	const struct skey	*k;
	unsigned		 i, pass;
	size_t			 ki, m = 0;
	int			 ext;

	for (ki = 0; t != NULL && ki < t->nkeys; ki++) {
		k = &t->keys[ki];
		for (i = 0; i < n->n; i += 2) {
			key = &n->u.kids[i];
			if (key->kind == NODE_SCALAR && key->n == k->len &&
			    memcmp(key->u.s, k->name, k->len) == 0) {
				idx[m++] = i;
				break;
			}
		}
	}
	for (pass = 0; pass < 2; pass++) {
		for (i = 0; i < n->n; i += 2) {
			key = &n->u.kids[i];
			if (key->kind != NODE_SCALAR)
				continue;	/* not a catalog: dropped */
			ext = strncmp(key->u.s, "x-", 2) == 0;
			if (ext == (int)pass && (t == NULL ||
			    stype_key(t, key->u.s, key->n) == NULL))
				idx[m++] = i;
		}
	}
	return m;
}

/*
 * Write a mapping at indentation ind.  With first set, the line is
 * already begun ("- ") and the first key's comments already written.
 */
static void
emit_map(struct fmt *f, const struct node *n, const struct stype *t,
    unsigned ind, int first)
{
	unsigned	 small[32], *idx;
	size_t		 m, i;

	t = skind_type(f->kind, t);
	idx = n->n / 2 <= 32 ? small : xreallocarray(NULL, n->n / 2,
	    sizeof(*idx));
	m = order_pairs(n, t, idx);
	for (i = 0; i < m; i++) {
		emit_pair(f, &n->u.kids[idx[i]], &n->u.kids[idx[i] + 1],
		    t != NULL ? stype_key(t, n->u.kids[idx[i]].u.s,
		    n->u.kids[idx[i]].n) : NULL, ind, first && i == 0);
	}
	if (idx != small)
		free(idx);
}

/*
 * The comments of the key that will open a list element's line go
 * above the "- ", since nothing may come between the dash and the key.
 */
static void
emit_first_lead(struct fmt *f, const struct node *e, const struct stype *t,
    unsigned ind)
{
	unsigned	 small[32], *idx;
	const struct node *key, *val;

	if (f->notes.n == 0)
		return;
	t = skind_type(f->kind, t);
	idx = e->n / 2 <= 32 ? small : xreallocarray(NULL, e->n / 2,
	    sizeof(*idx));
	if (order_pairs(e, t, idx) > 0) {
		key = &e->u.kids[idx[0]];
		val = &e->u.kids[idx[0] + 1];
		emit_lead(f, ident(val), ind);
		if (inline_value(val, t != NULL ? stype_key(t, key->u.s,
		    key->n) : NULL))
			emit_inner_lead(f, val, ind);
	}
	if (idx != small)
		free(idx);
}

static void
emit_seq(struct fmt *f, const struct node *n, const struct skey *k,
    unsigned ind)
{
	const struct stype	*t = k != NULL && k->type->kind == ST_MAP ?
				    k->type : NULL;
	const struct node	*e;
	struct node		 tmp;
	unsigned		 i;

	for (i = 0; i < n->n; i++) {
		e = &n->u.kids[i];
		emit_lead(f, ident(e), ind);
		if (e->kind == NODE_MAP && e->n > 0)
			emit_first_lead(f, e, t, ind);
		indent(f->out, ind);
		buf_addch(f->out, '-');
		if (e->kind == NODE_MAP && e->n > 0) {
			buf_adds(f->out, " ");
			f->inalias += (e->flags & NODE_ALIAS) != 0;
			emit_map(f, e, t, ind + 2, 1);
			f->inalias -= (e->flags & NODE_ALIAS) != 0;
		} else if (e->kind == NODE_SEQ && e->n > 0 && !flow_ok(e)) {
			emit_trail(f, ident(e));
			buf_addch(f->out, '\n');
			f->inalias += (e->flags & NODE_ALIAS) != 0;
			emit_seq(f, e, NULL, ind + 2);
			f->inalias -= (e->flags & NODE_ALIAS) != 0;
		} else {
			if (e->kind != NODE_SCALAR || e->n > 0 ||
			    e->style != STYLE_PLAIN)
				buf_addch(f->out, ' ');
			if (e->kind == NODE_SCALAR)
				emit_scalar(f, slug_of(f, k, e, &tmp),
				    keeps_plain(k), CTX_BLOCK, ind + 2,
				    ident(e), NULL);
			else if (e->n == 0)
				buf_adds(f->out, e->kind == NODE_SEQ ? "[]" :
				    "{}");
			else
				emit_flow(f, e, keeps_plain(k), k);
			if (e->kind != NODE_SCALAR) {
				emit_trail(f, ident(e));
				emit_inner_trail(f, e);
			}
			buf_addch(f->out, '\n');
		}
	}
}

void
fmt_doc(struct doc *d, const struct schema *s, struct buf *out)
{
	fmt_doc_opts(d, s, out, NULL);
}

void
fmt_doc_opts(struct doc *d, const struct schema *s, struct buf *out,
    const struct fmt_opts *o)
{
	struct fmt	 f;
	struct comment	*c;
	const struct node *root = d->root;
	size_t		 i;

	memset(&f, 0, sizeof(f));
	f.d = d;
	f.s = s;
	f.kind = schema_kind_of(s, d->root);
	f.out = out;
	f.headp = &f.head;
	f.tailp = &f.tail;
	if (o != NULL) {
		f.note = o->note;
		f.was = o->was;
		f.notectx = o->ctx;
		f.slugs = o->slugs;
	}
	if (o != NULL && o->ncomments > 0)
		for (i = 0; i < o->ncomments; i++)
			find_comments(&f, o->comments[i], i == 0);
	else
		find_comments(&f, d, 1);
	for (c = f.head; c != NULL; c = c->next) {
		buf_add(out, c->text, c->len);
		buf_addch(out, '\n');
	}
	if (root->kind == NODE_MAP && root->n > 0)
		emit_map(&f, root, s->root, 0, 0);
	else if (root->kind == NODE_SEQ && root->n > 0)
		emit_seq(&f, root, NULL, 0);
	else if (root->kind == NODE_SCALAR) {
		emit_scalar(&f, root, 1, root->n == 0 ? CTX_FLOW : CTX_BLOCK,
		    2, NULL, NULL);
		buf_addch(out, '\n');
	} else {
		buf_adds(out, root->kind == NODE_SEQ ? "[]\n" : "{}\n");
	}
	for (c = f.tail; c != NULL; c = c->next) {
		buf_add(out, c->text, c->len);
		buf_addch(out, '\n');
	}
	hash_release(&f.notes);
	free(f.anchors);
	free(f.spans);
}
