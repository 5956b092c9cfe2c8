/*
 * Website columns: the bindings of a catalog's categories and items to
 * the site's column tree, and what is wrong with them.  See column.h.
 */
#include <stdarg.h>
#include <stddef.h>
#include <string.h>
#include <strings.h>

#include "arena.h"
#include "buf.h"
#include "catalog.h"
#include "column.h"
#include "diag.h"
#include "doc.h"
#include "hash.h"
#include "msg.h"

struct binder {
	struct colset	*set;
	struct arena	*a;
	size_t		 n;
};

static int
is_space_at(const char *s, size_t len, int end)
{
	if (len == 0)
		return 0;
	if (!end)
		return s[0] == ' ' || s[0] == '\t' ||
		    (len >= 3 && memcmp(s, "\xe3\x80\x80", 3) == 0);
	return s[len - 1] == ' ' || s[len - 1] == '\t' ||
	    (len >= 3 && memcmp(s + len - 3, "\xe3\x80\x80", 3) == 0);
}

/* The levels of a path. */
static size_t
depth_of(const char *s, size_t len)
{
	size_t	 d = 1;

	while (len-- > 0)
		d += *s++ == '/';
	return d;
}

const char *
column_syntax(const char *s, size_t len, int path)
{
	const char	*seg, *end = s + len, *e;
	size_t		 i;

	(void)path;
	if (len == 0)
		return N_("a column is a path such as 基层政务公开/社会救助, "
		    "not empty");
	for (i = 0; i < len; i++)
		if ((unsigned char)s[i] < 0x20 || s[i] == 0x7f)
			return N_("a column path holds a control character");
	for (seg = s; seg <= end; seg = e + 1) {
		if ((e = memchr(seg, '/', (size_t)(end - seg))) == NULL)
			e = end;
		if (e == seg)
			return N_("a column path has an empty level: '//', or "
			    "a '/' at either end");
		if (is_space_at(seg, (size_t)(e - seg), 0) ||
		    is_space_at(seg, (size_t)(e - seg), 1))
			return N_("a level of a column path begins or ends "
			    "with a space");
	}
	if (depth_of(s, len) > COLUMN_MAX_DEPTH)
		return N_("a column path has more than 16 levels");
	return NULL;
}

const char *
column_url_syntax(const char *s, size_t len)
{
	const char	*p = s, *end = s + len, *host;
	size_t		 i;

	if (len >= 7 && strncasecmp(s, "http://", 7) == 0)
		p += 7;
	else if (len >= 8 && strncasecmp(s, "https://", 8) == 0)
		p += 8;
	else
		return N_("a column URL starts with http:// or https://");
	for (i = 0; i < len; i++)
		if ((unsigned char)s[i] <= 0x20 || s[i] == 0x7f ||
		    strchr("\"<>\\^`{|}", s[i]) != NULL)
			return N_("a column URL holds a space, a control "
			    "character or one of \" < > \\ ^ ` { | }");
	for (host = p; p < end && *p != '/' && *p != '?' && *p != '#'; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		    (*p >= '0' && *p <= '9') || *p == '-' || *p == '.' ||
		    *p == ':' || *p == '[' || *p == ']' ||
		    (unsigned char)*p >= 0x80))
			return N_("a column URL's host has a character a host "
			    "name cannot have");
	if (p == host || *host == '.' || *host == '-' || *host == ':')
		return N_("a column URL has no host");
	return NULL;
}

/* The text of a column value, or NULL when it is absent or empty. */
static const char *
value(const struct node *n)
{
	const char	*s;

	if (n == NULL || n->kind != NODE_SCALAR || (s = node_str(n)) == NULL ||
	    *s == '\0')
		return NULL;
	return s;
}

/* A name as one level of a path: trimmed, its '/' made '／'. */
static const char *
segment(struct arena *a, const struct node *name)
{
	const char	*s = value(name);
	struct buf	 b = BUF_INIT;
	const char	*out;
	size_t		 n;

	if (s == NULL)
		return NULL;
	n = strlen(s);
	while (n > 0 && is_space_at(s, n, 0)) {
		s += s[0] == ' ' || s[0] == '\t' ? 1 : 3;
		n -= s[-1] == ' ' || s[-1] == '\t' ? 1 : 3;
	}
	while (n > 0 && is_space_at(s, n, 1))
		n -= s[n - 1] == ' ' || s[n - 1] == '\t' ? 1 : 3;
	if (n == 0)
		return NULL;
	for (; n > 0; s++, n--)
		if (*s == '/')
			buf_adds(&b, "\xef\xbc\x8f");
		else if ((unsigned char)*s < 0x20 || *s == 0x7f)
			buf_addch(&b, ' ');
		else
			buf_addch(&b, *s);
	out = arena_strndup(a, b.ptr, b.len);
	buf_release(&b);
	return out;
}

/*
 * Bind one entry under parent (NULL: nothing bound above): by its own
 * value, else, when derive, by its name under the parent's path.
 */
static struct colbind *
bind(struct binder *bd, const struct colbind *parent, const struct node *own,
    const struct node *name, const struct node *url, const struct node *at,
    int derive)
{
	struct colbind	*b = &bd->set->v[bd->n++];
	const char	*s, *seg;

	memset(b, 0, sizeof(*b));
	b->at = at;
	b->url = url;
	b->src = parent != NULL ? parent->src : NULL;
	if ((s = value(own)) != NULL) {
		b->own = b->src = own;
		if (column_syntax(s, strlen(s), 1) != NULL) {
			b->err = CE_SYNTAX;
			return b;
		}
		if (strchr(s, '/') != NULL || parent == NULL ||
		    parent->at == NULL) {
			/* A path; or the header's, which is one. */
			if (parent != NULL && parent->at != NULL &&
			    strchr(s, '/') == NULL)
				b->err = CE_RELATIVE;
			else
				b->path = s;
		} else if (parent->err != CE_OK)
			b->err = CE_ABOVE;
		else if (parent->path == NULL)
			b->err = CE_RELATIVE;
		else
			b->path = arena_strfmt(bd->a, "%s/%s", parent->path, s);
	} else if (parent != NULL && parent->err != CE_OK)
		b->err = CE_ABOVE;
	else if (derive && parent != NULL && parent->path != NULL) {
		if ((seg = segment(bd->a, name)) == NULL)
			b->err = CE_NONAME;
		else
			b->path = arena_strfmt(bd->a, "%s/%s", parent->path,
			    seg);
	}
	if (b->path != NULL) {
		b->len = strlen(b->path);
		if (depth_of(b->path, b->len) > COLUMN_MAX_DEPTH) {
			b->err = CE_DEEP;
			b->path = NULL;
			b->len = 0;
		}
	}
	return b;
}

/* Whether an item's channels name the website. */
static int
on_website(const struct node *ch)
{
	unsigned	 i;

	if (ch == NULL)
		return 0;
	if (ch->kind == NODE_SCALAR)
		return node_str(ch) != NULL && strcmp(node_str(ch),
		    "website") == 0;
	if (ch->kind == NODE_SEQ)
		for (i = 0; i < ch->n; i++)
			if (on_website(&ch->u.kids[i]))
				return 1;
	return 0;
}

static void
bind_cats(struct binder *bd, const struct colbind *parent,
    const struct catalog_category *v, size_t n)
{
	const struct catalog_item *it;
	struct colbind		*cb, *ib;
	size_t			 i, j;

	for (i = 0; i < n; i++) {
		/* A category's column derives wherever one is above. */
		cb = bind(bd, parent, v[i].column, v[i].name,
		    v[i].column_url, v[i].node, 1);
		cb->cat = &v[i];
		for (j = 0; j < v[i].nitems; j++) {
			it = &v[i].items[j];
			if (it->node->kind != NODE_MAP)
				continue;
			ib = bind(bd, cb, it->column, it->name,
			    it->column_url, it->id != NULL ? it->id :
			    it->node, on_website(it->f.channels));
			ib->item = it;
			ib->website = on_website(it->f.channels);
		}
		bind_cats(bd, cb, v[i].cats, v[i].ncats);
	}
}

void
column_bind(struct colset *set, const struct catalog *c, struct arena *a)
{
	struct binder	 bd = { set, a, 0 };
	struct colbind	 top, *root;

	set->v = arena_calloc(a, 1 + c->allcats + c->allitems,
	    sizeof(*set->v));
	set->n = 0;
	/* The header's column is a path, bound to nothing above. */
	memset(&top, 0, sizeof(top));
	root = bind(&bd, &top, c->hdr.column, NULL, c->hdr.column_url,
	    c->hdr.node != NULL ? c->hdr.node : c->root, 0);
	bind_cats(&bd, root, c->cats, c->ncats);
	set->n = bd.n;
	set->id = c->hdr.id;
}

/* --- Findings --- */

struct checker {
	const char	*path;
	const char	*(*file_of)(void *, const struct node *);
	void		*ctx;
	const char	*only;
	struct diag	*dg;
};

static const char *
file(const struct checker *ck, const struct node *n)
{
	const char	*f;

	if (ck->file_of == NULL || (f = ck->file_of(ck->ctx, n)) == NULL)
		return ck->path;
	return f;
}

/* What is said of b is said where: at n of the file, or nowhere. */
static const struct node *
place(const struct checker *ck, const struct colbind *b, const struct node *n,
    const char **f)
{
	*f = file(ck, n);
	if (ck->only == NULL || strcmp(*f, ck->only) == 0)
		return n;
	if (b->src == NULL || strcmp(*f = file(ck, b->src), ck->only) != 0)
		return NULL;
	return b->src;
}

static void
finding(const struct checker *ck, const struct colbind *b, const struct node *n,
    enum rule r, const char *fmt, ...) __attribute__((format(printf, 5, 6)));

static void
finding(const struct checker *ck, const struct colbind *b, const struct node *n,
    enum rule r, const char *fmt, ...)
{
	const struct node	*at;
	const char		*f;
	va_list			 ap;

	if (rules[r].sev < ck->dg->threshold ||
	    (at = place(ck, b, n, &f)) == NULL)
		return;
	va_start(ap, fmt);
	diag_vadd(ck->dg, f, at->line, at->col, r, b->item != NULL ?
	    value(b->item->id) : NULL, NULL, fmt, ap);
	va_end(ap);
	diag_field(ck->dg, "column");
}

/* What b is and its id, for a message: "item", "dibao.guide". */
static const char *
kind(const struct colbind *b)
{
	return msg_word(b->item != NULL ? "item" : b->cat != NULL ?
	    "category" : "catalog");
}

static const char *
id_of(const struct colset *set, const struct colbind *b)
{
	const struct node	*id = b->item != NULL ? b->item->id :
				    b->cat != NULL ? b->cat->id : set->id;

	return value(id) != NULL ? value(id) : "";
}

void
column_check(const struct colset *set, const char *path,
    const char *(*file_of)(void *, const struct node *), void *ctx,
    const char *only, struct diag *dg)
{
	const struct checker	 ck = { path, file_of, ctx, only, dg };
	struct hash		 paths = HASH_INIT, urls = HASH_INIT;
	struct hash		 inner = HASH_INIT;
	struct hash_slot	*hs;
	const struct colbind	*b, *o;
	const struct node	*n;
	const char		*u;
	size_t			 i, k;

	for (i = 0; i < set->n; i++) {
		b = &set->v[i];
		switch (b->err) {
		case CE_RELATIVE:
			finding(&ck, b, b->own, R_COLUMN_PATH, "column '%s' is a "
			    "name, and no column is bound above it: write the "
			    "whole path, or bind the catalog's column",
			    value(b->own));
			continue;
		case CE_DEEP:
			finding(&ck, b, b->own != NULL ? b->own : b->at,
			    R_COLUMN_PATH, "the column of %s '%s' has more "
			    "than %d levels", kind(b), id_of(set, b),
			    COLUMN_MAX_DEPTH);
			continue;
		case CE_NONAME:
			finding(&ck, b, b->at, R_COLUMN_PATH, "%s '%s' has no "
			    "name to make its column of: give it a name or a "
			    "'column'", kind(b), id_of(set, b));
			continue;
		default:
			break;
		}
		if (b->path == NULL) {
			if (b->website && b->err == CE_OK)
				finding(&ck, b, b->at, R_NO_COLUMN, "%s '%s' "
				    "is published on the website and is bound "
				    "to no column: bind the catalog's column, "
				    "or give it a 'column'", kind(b),
				    id_of(set, b));
			continue;
		}
		/* Every level above a column is a column with others. */
		for (k = 0; k < b->len; k++)
			if (b->path[k] == '/')
				hash_put(&inner, b->path, k, (void *)b);
		hs = hash_put(&paths, b->path, b->len, (void *)b);
		if (hs->val != b) {
			o = hs->val;
			n = b->own != NULL ? b->own : b->at;
			if (strcmp(file(&ck, o->at), file(&ck, n)) == 0)
				finding(&ck, b, n, R_SHARED_COLUMN, "%s '%s' is "
				    "bound to column '%s', as %s '%s' (line %u) "
				    "is", kind(b), id_of(set, b), b->path,
				    kind(o), id_of(set, o), o->at->line);
			else
				finding(&ck, b, n, R_SHARED_COLUMN, "%s '%s' is "
				    "bound to column '%s', as %s '%s' (%s:%u) "
				    "is", kind(b), id_of(set, b), b->path,
				    kind(o), id_of(set, o), file(&ck, o->at),
				    o->at->line);
		}
		if (b->url == NULL || (u = value(b->url)) == NULL ||
		    column_url_syntax(u, strlen(u)) != NULL)
			continue;
		hs = hash_put(&urls, u, strlen(u), (void *)b);
		if (hs->val != b && strcmp((o = hs->val)->path, b->path) != 0)
			finding(&ck, b, b->url, R_SHARED_COLUMN, "URL %s is that "
			    "of column '%s' (line %u), not of '%s'", u,
			    o->path, o->url->line, b->path);
	}
	/* An item's column holds its information, not other columns. */
	for (i = 0; i < set->n; i++) {
		b = &set->v[i];
		if (b->item == NULL || b->path == NULL ||
		    (o = hash_get(&inner, b->path, b->len)) == NULL)
			continue;
		finding(&ck, b, b->own != NULL ? b->own : b->at, R_COLUMN_PATH,
		    "the column '%s' of %s '%s' has columns below it, such "
		    "as that of %s '%s' (line %u): an item's column holds "
		    "its information only", b->path, kind(b), id_of(set, b),
		    kind(o), id_of(set, o), o->at->line);
	}
	hash_release(&paths);
	hash_release(&urls);
	hash_release(&inner);
}
