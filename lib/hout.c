/*
 * HTML out, as libxml2 writes it: see hout.h.
 *
 * The rules are those of libxml2's htmlNodeDumpFormatOutput() with
 * formatting on: a line break after a start tag whose first child is an
 * element and not its only child, one before the end tag when the last
 * child is an element, and one after a block element followed by an
 * element; never inside an inline element or one whose name begins with
 * "p" (p, pre).  Text is escaped as xmlEncodeEntitiesReentrant() does
 * for an HTML document, attributes as htmlAttrDumpOutput() does.
 */
#include <pthread.h>
#include <string.h>
#include <strings.h>

#include "arena.h"
#include "buf.h"
#include "hout.h"
#include "xml.h"

struct hattr {
	const char	*name, *value;
	struct hattr	*next;
};

struct hnode {
	const char	*name;		/* NULL: text */
	const char	*text;
	int		 flags;		/* xhtml_flags(name) */
	struct hattr	*attrs, **tail;
	struct hnode	*parent, *first, *last, *next;
};

/*
 * The flags of the element and attribute names the callers use, looked
 * up once (libxml2 finds them by a linear search).  Sorted.
 */
static const char *const known[] = { "a", "blockquote", "br", "class",
    "code", "colspan", "div", "em", "hr", "href", "id", "li", "ol", "p",
    "pre", "rel", "rowspan", "scope", "span", "start", "strong", "table",
    "tbody", "td", "th", "tr", "ul" };
#define NKNOWN	(sizeof(known) / sizeof(known[0]))
static int		 known_flags[NKNOWN];
static pthread_once_t	 once = PTHREAD_ONCE_INIT;

static void
init(void)
{
	size_t	 i;

	for (i = 0; i < NKNOWN; i++)
		known_flags[i] = xhtml_flags(known[i]);
}

static int
flags_of(const char *name)
{
	size_t	 lo = 0, hi = NKNOWN, mid;
	int	 c;

	pthread_once(&once, init);
	while (lo < hi) {
		mid = (lo + hi) / 2;
		if ((c = strcmp(name, known[mid])) == 0)
			return known_flags[mid];
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return xhtml_flags(name);
}

static struct hnode *
node_new(struct arena *a, struct hnode *parent)
{
	struct hnode	*n;

	n = arena_calloc(a, 1, sizeof(*n));
	n->tail = &n->attrs;
	if ((n->parent = parent) != NULL) {
		if (parent->last != NULL)
			parent->last->next = n;
		else
			parent->first = n;
		parent->last = n;
	}
	return n;
}

struct hnode *
hn_root(struct arena *a, const char *name)
{
	return hn_elem(a, NULL, name);
}

struct hnode *
hn_elem(struct arena *a, struct hnode *parent, const char *name)
{
	struct hnode	*n;

	n = node_new(a, parent);
	n->name = name;
	n->flags = flags_of(name);
	return n;
}

struct hnode *
hn_elemc(struct arena *a, struct hnode *parent, const char *name,
    const char *class)
{
	struct hnode	*n;

	n = hn_elem(a, parent, name);
	if (class != NULL)
		hn_attr(a, n, "class", class);
	return n;
}

void
hn_attr(struct arena *a, struct hnode *n, const char *name, const char *value)
{
	struct hattr	*at;

	at = arena_calloc(a, 1, sizeof(*at));
	at->name = name;
	at->value = value;
	*n->tail = at;
	n->tail = &at->next;
}

void
hn_text(struct arena *a, struct hnode *parent, const char *s)
{
	if (s != NULL && *s != '\0')
		node_new(a, parent)->text = s;
}

/*
 * Text as xmlEncodeEntitiesInternal() escapes it for an HTML document:
 * &, < and > as entities, other bytes as they are, C0 controls but tab,
 * newline and return left out.  In an attribute (attr), "&{...}" stays
 * as it is (HTML 4, B.7.1).
 */
static void
esc(struct buf *out, const char *s, int attr)
{
	const unsigned char	*p = (const unsigned char *)s;
	const char		*e;
	size_t			 from = 0, i;

	for (i = 0; p[i] != '\0'; i++) {
		switch (p[i]) {
		case '&':
			if (attr && p[i + 1] == '{' &&
			    strchr(s + i, '}') != NULL) {
				i = (size_t)(strchr(s + i, '}') - s);
				continue;
			}
			e = "&amp;";
			break;
		case '<':
			e = "&lt;";
			break;
		case '>':
			e = "&gt;";
			break;
		default:
			if (p[i] >= 0x20 || p[i] == '\t' || p[i] == '\n' ||
			    p[i] == '\r')
				continue;
			e = "";
			break;
		}
		buf_add(out, s + from, i - from);
		buf_adds(out, e);
		from = i + 1;
	}
	buf_add(out, s + from, i - from);
}

/* xmlBufWriteQuotedString(): "v", or 'v' when v has " but not '. */
static void
quoted(struct buf *out, const char *v)
{
	const char	*p;

	if (strchr(v, '"') == NULL) {
		buf_addch(out, '"');
		buf_adds(out, v);
		buf_addch(out, '"');
	} else if (strchr(v, '\'') == NULL) {
		buf_addch(out, '\'');
		buf_adds(out, v);
		buf_addch(out, '\'');
	} else {
		buf_addch(out, '"');
		for (p = v; *p != '\0'; p++)
			if (*p == '"')
				buf_adds(out, "&quot;");
			else
				buf_addch(out, *p);
		buf_addch(out, '"');
	}
}

static int
is_uri(const struct hnode *n, const char *attr)
{
	return strcasecmp(attr, "href") == 0 ||
	    strcasecmp(attr, "action") == 0 || strcasecmp(attr, "src") == 0 ||
	    (strcasecmp(attr, "name") == 0 && strcasecmp(n->name, "a") == 0);
}

static void
write_attrs(const struct hnode *n, struct buf *out)
{
	const struct hattr	*at;
	struct buf		 v = BUF_INIT;
	const char		*p;

	for (at = n->attrs; at != NULL; at = at->next) {
		buf_addch(out, ' ');
		buf_adds(out, at->name);
		if (flags_of(at->name) & XH_BOOL)
			continue;
		buf_reset(&v);
		esc(&v, at->value, 1);
		buf_addch(out, '=');
		if (is_uri(n, at->name)) {
			for (p = v.ptr; *p == ' ' || *p == '\t' ||
			    *p == '\n' || *p == '\r'; p++)
				continue;
			buf_addch(out, '"');
			xhtml_uri(p, out);
			buf_addch(out, '"');
		} else
			quoted(out, v.ptr);
	}
	buf_release(&v);
}

/* A block element is followed by a line break before an element. */
static int
break_after(const struct hnode *n)
{
	return (n->flags & (XH_KNOWN | XH_INLINE)) == XH_KNOWN &&
	    n->next != NULL && n->next->name != NULL && n->parent != NULL &&
	    n->parent->name[0] != 'p';
}

/* Inside a block element, between its tags and child elements. */
static int
break_inside(const struct hnode *n, const struct hnode *child)
{
	return (n->flags & (XH_KNOWN | XH_INLINE)) == XH_KNOWN &&
	    child->name != NULL && n->first != n->last && n->name[0] != 'p';
}

static void
write_node(const struct hnode *n, struct buf *out)
{
	if (n->name == NULL) {
		esc(out, n->text, 0);
		return;
	}
	buf_addch(out, '<');
	buf_adds(out, n->name);
	write_attrs(n, out);
	if (n->flags & XH_EMPTY)
		buf_addch(out, '>');
	else if (n->first == NULL) {
		if ((n->flags & XH_SAVE_END) && strcmp(n->name, "html") != 0 &&
		    strcmp(n->name, "body") != 0)
			buf_addch(out, '>');
		else {
			buf_adds(out, "></");
			buf_adds(out, n->name);
			buf_addch(out, '>');
		}
	} else {
		buf_addch(out, '>');
		if (break_inside(n, n->first))
			buf_addch(out, '\n');
		hn_write_children(n, out);
		if (break_inside(n, n->last))
			buf_addch(out, '\n');
		buf_adds(out, "</");
		buf_adds(out, n->name);
		buf_addch(out, '>');
	}
	if (break_after(n))
		buf_addch(out, '\n');
}

void
hn_write_children(const struct hnode *n, struct buf *out)
{
	const struct hnode	*c;

	for (c = n->first; c != NULL; c = c->next)
		write_node(c, out);
}
