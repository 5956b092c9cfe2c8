/* XML through libxml2 and libxslt: see xml.h. */
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/uri.h>
#include <libxml/xmlmemory.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlsave.h>
#include <libxslt/security.h>
#include <libxslt/transform.h>
#include <libxslt/variables.h>
#include <libxslt/xsltInternals.h>
#include <libxslt/xsltutils.h>

#include "buf.h"
#include "text.h"
#include "xmalloc.h"
#include "xml.h"

/* The project's opaque types are libxml2's own, cast. */
#define DOC(d)	((xmlDocPtr)(void *)(d))
#define NODE(n)	((xmlNodePtr)(void *)(n))
#define XN(n)	((struct xnode *)(void *)(n))

/*
 * libxml2 2.9 sets up its globals (the dictionaries' mutex among them)
 * on first use, and two threads doing so at once can deadlock: once,
 * before anything else, in whichever thread comes first.
 *
 * It allocates through xmalloc.c, as libxslt does through it: when
 * memory runs out, in a parser, a tree or a transform, the command says
 * so and exits 2 (xnomem()).  A NULL that libxml2 would pass back, or
 * pass over (a node or an attribute silently not added, a page cut
 * short), never happens.  Anything else that cannot be made can only
 * have run out of memory too.
 */
static pthread_once_t	 once = PTHREAD_ONCE_INIT;

static void
init(void)
{
	xmlMemSetup(free, xmalloc, xrealloc, xstrdup);
	xmlInitParser();
}

/* --- Reading --- */

static void
quiet(void *ctx, const char *msg, ...)
{
}

static void
lasterr(struct buf *err, const xmlError *e)
{
	size_t	 n;

	if (e == NULL || e->message == NULL) {
		buf_adds(err, "not well-formed");
		return;
	}
	buf_addf(err, "%d:%d: %s", e->line, e->int2, e->message);
	/* libxml2's messages end in a newline. */
	n = err->len;
	while (n > 0 && (err->ptr[n - 1] == '\n' || err->ptr[n - 1] == ' '))
		n--;
	buf_setlen(err, n);
}

/*
 * The encoding an HTML page declares in its first bytes, or UTF-8:
 * without one, libxml2 would guess Latin-1.
 */
static const char *
html_charset(const char *p, size_t len, char *enc, size_t encsz)
{
	const char	*s, *end;
	size_t		 n, i;

	end = p + (len < 4096 ? len : 4096);
	for (s = p; s + 8 < end; s++) {
		if (strncasecmp(s, "charset", 7) != 0)
			continue;
		s += 7;
		while (s < end && (*s == ' ' || *s == '=' || *s == '"' ||
		    *s == '\''))
			s++;
		for (n = 0; s + n < end && n + 1 < encsz &&
		    (s[n] == '-' || s[n] == '_' ||
		    (s[n] >= '0' && s[n] <= '9') ||
		    ((s[n] | 0x20) >= 'a' && (s[n] | 0x20) <= 'z')); n++)
			enc[n] = s[n];
		enc[n] = '\0';
		for (i = 0; i < n; i++)
			enc[i] = (char)(enc[i] | 0x20);
		/* libxml2 knows GB18030, a superset of GBK and GB2312. */
		if (strcmp(enc, "gbk") == 0 || strcmp(enc, "gb2312") == 0)
			return "GB18030";
		if (n > 0)
			return enc;
		break;
	}
	return "UTF-8";
}

static int
tag_space(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* Does s (n bytes, from i) start with the ASCII string w, any case? */
static int
at(const char *s, size_t n, size_t i, const char *w)
{
	size_t	 k = strlen(w);

	return n - i >= k && strncasecmp(s + i, w, k) == 0;
}

/*
 * Find the first start tag with more than XML_MAX_ATTRS attributes in
 * n bytes at s, which hold no NUL; returns its offset, or n.  Tags are
 * read as libxml2 reads them, so that none it reads is passed over:
 * a quoted value may hold '>', comments end at the first "-->", XML's
 * CDATA at "]]>", HTML's script and style at the first "</" and a
 * letter.  Anything else is scanned, so the count may be too high in
 * text libxml2 does not read as a tag (a processing instruction), never
 * too low.  Linear: every step moves on.
 */
static size_t
wide_tag(const char *s, size_t n, int html, size_t *namelen)
{
	const char	*end;
	size_t		 i = 0, t, name, nattr;
	unsigned char	 c;
	char		 q;
	int		 raw;

	while (i < n) {
		if (s[i++] != '<' || i == n)
			continue;
		t = i - 1;
		end = at(s, n, t, "<!--") ? "-->" :
		    !html && at(s, n, t, "<![CDATA[") ? "]]>" : NULL;
		if (end != NULL) {
			for (i = t + 4; i < n && !at(s, n, i, end); i++)
				;
			continue;
		}
		c = (unsigned char)s[i];
		if (!((c | 0x20) >= 'a' && (c | 0x20) <= 'z') && (html ||
		    (c != '_' && c != ':' && c < 0x80)))
			continue;
		for (name = i; i < n && !tag_space(s[i]) && s[i] != '/' &&
		    s[i] != '>'; i++)
			;
		*namelen = i - name;
		raw = html && ((i - name == 6 && at(s, n, name, "script")) ||
		    (i - name == 5 && at(s, n, name, "style")));
		for (nattr = 0; i < n && s[i] != '>';) {
			if (tag_space(s[i]) || s[i] == '/') {
				i++;
				continue;
			}
			if (++nattr > XML_MAX_ATTRS)
				return t;
			/* A name, from any byte; then perhaps = and a value. */
			for (i++; i < n && !tag_space(s[i]) && s[i] != '/' &&
			    s[i] != '>' && s[i] != '='; i++)
				;
			while (i < n && tag_space(s[i]))
				i++;
			if (i == n || s[i] != '=')
				continue;
			for (i++; i < n && tag_space(s[i]); i++)
				;
			if (i < n && (s[i] == '"' || s[i] == '\'')) {
				q = s[i];
				for (i++; i < n && s[i] != q; i++)
					;
				i += i < n;
			} else
				for (; i < n && !tag_space(s[i]) &&
				    s[i] != '>'; i++)
					;
		}
		if (raw)
			for (; i + 2 < n && !(s[i] == '<' && s[i + 1] == '/' &&
			    (s[i + 2] | 0x20) >= 'a' && (s[i + 2] | 0x20) <= 'z');
			    i++)
				;
	}
	return n;
}

/*
 * Is there a start tag with more than XML_MAX_ATTRS attributes in len
 * bytes at p?  Then its position and name go to err.  NUL bytes are
 * left out first, so that UTF-16 and UTF-32 are read as well.
 */
static int
too_wide(const char *p, size_t len, int html, struct buf *err)
{
	struct buf	 copy = BUF_INIT;
	const char	*s = p, *z;
	size_t		 n = len, off, namelen = 0, i, line = 1, col = 1;

	if (memchr(p, '\0', len) != NULL) {
		for (i = 0; i < len; i = z - p + 1) {
			if ((z = memchr(p + i, '\0', len - i)) == NULL)
				z = p + len;
			buf_add(&copy, p + i, (size_t)(z - (p + i)));
		}
		s = copy.ptr;
		n = copy.len;
	}
	if ((off = wide_tag(s, n, html, &namelen)) < n) {
		for (i = 0; i < off; i++)
			if (s[i] == '\n') {
				line++;
				col = 1;
			} else if (((unsigned char)s[i] & 0xc0) != 0x80)
				col++;
		buf_addf(err, "%zu:%zu: element '%.*s' has more than %d "
		    "attributes", line, col, (int)(namelen < 40 ? namelen : 40),
		    s + off + 1, XML_MAX_ATTRS);
	}
	buf_release(&copy);
	return off < n;
}

struct xdoc *
xdoc_parse(const char *p, size_t len, int html, struct buf *err,
    int *limited)
{
	xmlParserCtxtPtr	 ctxt;
	htmlParserCtxtPtr	 hctxt;
	xmlDocPtr		 doc;
	char			 enc[32];
	int			 opts;

	pthread_once(&once, init);
	xmlSetGenericErrorFunc(NULL, quiet);
	if (limited != NULL)
		*limited = 0;
	if ((int)len < 0 || len > (size_t)1 << 30) {
		buf_adds(err, "too large to parse");
		return NULL;
	}
	if (too_wide(p, len, html, err)) {
		if (limited != NULL)
			*limited = 1;
		return NULL;
	}
	if (html) {
		/* The HTML parser always recovers; it never fetches. */
		if ((hctxt = htmlNewParserCtxt()) == NULL)
			xnomem();
		opts = HTML_PARSE_NONET | HTML_PARSE_NOERROR |
		    HTML_PARSE_NOWARNING;
		doc = htmlCtxtReadMemory(hctxt, p, (int)len, NULL,
		    html_charset(p, len, enc, sizeof(enc)), opts);
		if (doc == NULL)
			lasterr(err, xmlCtxtGetLastError(hctxt));
		htmlFreeParserCtxt(hctxt);
		return (struct xdoc *)(void *)doc;
	}
	/*
	 * No XML_PARSE_NOENT and no XML_PARSE_DTDLOAD: entities stay
	 * references and nothing outside p is read.
	 */
	if ((ctxt = xmlNewParserCtxt()) == NULL)
		xnomem();
	opts = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;
	doc = xmlCtxtReadMemory(ctxt, p, (int)len, NULL, NULL, opts);
	if (doc == NULL)
		lasterr(err, xmlCtxtGetLastError(ctxt));
	xmlFreeParserCtxt(ctxt);
	return (struct xdoc *)(void *)doc;
}

/*
 * Reading element by element: libxml2's reader builds the tree as it
 * parses and frees what has been passed, so only the element at hand
 * is held.  It parses as xdoc_parse() does, with the same options.
 */
struct xread {
	xmlTextReaderPtr r;
	const char	*p;
	size_t		 len;
	int		 skip;		/* an element was read whole: go on
					   past it, not into it */
	int		 failed;
};

struct xread *
xread_new(const char *p, size_t len, struct buf *err, int *limited)
{
	struct xread	*x;

	pthread_once(&once, init);
	xmlSetGenericErrorFunc(NULL, quiet);
	if (limited != NULL)
		*limited = 0;
	if ((int)len < 0 || len > (size_t)1 << 30) {
		buf_adds(err, "too large to parse");
		return NULL;
	}
	if (too_wide(p, len, 0, err)) {
		if (limited != NULL)
			*limited = 1;
		return NULL;
	}
	x = xcalloc(1, sizeof(*x));
	x->p = p;
	x->len = len;
	x->r = xmlReaderForMemory(p, (int)len, NULL, NULL, XML_PARSE_NONET |
	    XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	if (x->r == NULL)
		xnomem();
	return x;
}

struct xnode *
xread_next(struct xread *x, int depth, int *at)
{
	xmlNodePtr	 n;
	int		 rc, d;

	while (!x->failed) {
		rc = x->skip ? xmlTextReaderNext(x->r) : xmlTextReaderRead(x->r);
		x->skip = 0;
		if (rc == 0)
			return NULL;
		if (rc < 0) {
			x->failed = 1;
			break;
		}
		if (xmlTextReaderNodeType(x->r) != XML_READER_TYPE_ELEMENT ||
		    (d = xmlTextReaderDepth(x->r)) > depth)
			continue;
		if (d < depth)
			n = xmlTextReaderCurrentNode(x->r);
		else if ((n = xmlTextReaderExpand(x->r)) != NULL)
			x->skip = 1;
		else {
			x->failed = 1;
			break;
		}
		if (n == NULL)
			xnomem();
		*at = d;
		return XN(n);
	}
	return NULL;
}

/*
 * The reader stops at the first error, where xdoc_parse() goes on and
 * says the last (a tag left open is an end of data, not a mismatch):
 * the bytes are parsed again, building nothing, for the same words.
 */
int
xread_failed(struct xread *x, struct buf *err)
{
	xmlParserCtxtPtr	 ctxt;
	xmlSAXHandlerPtr	 sax;

	if (!x->failed)
		return 0;
	if ((ctxt = xmlCreateMemoryParserCtxt(x->p, (int)x->len)) == NULL)
		xnomem();
	sax = xcalloc(1, sizeof(*sax));
	sax->initialized = XML_SAX2_MAGIC;
	xmlFree(ctxt->sax);
	ctxt->sax = sax;
	xmlCtxtUseOptions(ctxt, XML_PARSE_NONET | XML_PARSE_NOERROR |
	    XML_PARSE_NOWARNING);
	xmlParseDocument(ctxt);
	lasterr(err, xmlCtxtGetLastError(ctxt));
	xmlFreeParserCtxt(ctxt);
	return 1;
}

void
xread_free(struct xread *x)
{
	if (x == NULL)
		return;
	xmlFreeTextReader(x->r);
	free(x);
}

void
xdoc_free(struct xdoc *d)
{
	if (d != NULL)
		xmlFreeDoc(DOC(d));
}

struct xnode *
xdoc_root(struct xdoc *d)
{
	return XN(xmlDocGetRootElement(DOC(d)));
}

static xmlNodePtr
element(xmlNodePtr n)
{
	while (n != NULL && n->type != XML_ELEMENT_NODE)
		n = n->next;
	return n;
}

struct xnode *
xnode_child(struct xnode *n)
{
	return n == NULL ? NULL : XN(element(NODE(n)->children));
}

struct xnode *
xnode_next(struct xnode *n)
{
	return n == NULL ? NULL : XN(element(NODE(n)->next));
}

struct xnode *
xnode_named(struct xnode *n, const char *name)
{
	for (n = xnode_child(n); n != NULL; n = xnode_next(n))
		if (strcmp(xnode_name(n), name) == 0)
			return n;
	return NULL;
}

/* Elements, text and CDATA; comments, PIs and entity references are
 * skipped (a reference is never expanded). */
static xmlNodePtr
visible(xmlNodePtr n)
{
	while (n != NULL && n->type != XML_ELEMENT_NODE &&
	    n->type != XML_TEXT_NODE && n->type != XML_CDATA_SECTION_NODE)
		n = n->next;
	return n;
}

struct xnode *
xnode_first(struct xnode *n)
{
	return n == NULL ? NULL : XN(visible(NODE(n)->children));
}

struct xnode *
xnode_after(struct xnode *n)
{
	return n == NULL ? NULL : XN(visible(NODE(n)->next));
}

const char *
xnode_text(struct xnode *n)
{
	xmlNodePtr	 x = NODE(n);

	if (x == NULL || (x->type != XML_TEXT_NODE &&
	    x->type != XML_CDATA_SECTION_NODE))
		return NULL;
	return x->content == NULL ? "" : (const char *)x->content;
}

const char *
xnode_name(struct xnode *n)
{
	xmlNodePtr	 x = NODE(n);

	if (x == NULL || x->type != XML_ELEMENT_NODE || x->name == NULL)
		return "";
	return (const char *)x->name;
}

int
xnode_attr(struct xnode *n, const char *name, struct buf *out)
{
	xmlAttrPtr	 a;
	xmlNodePtr	 t;

	if (n == NULL || NODE(n)->type != XML_ELEMENT_NODE)
		return 0;
	for (a = NODE(n)->properties; a != NULL; a = a->next) {
		if (a->name == NULL || strcmp((const char *)a->name, name))
			continue;
		for (t = a->children; t != NULL; t = t->next)
			if (t->type == XML_TEXT_NODE && t->content != NULL)
				buf_adds(out, (const char *)t->content);
		return 1;
	}
	return 0;
}

void
xnode_content(struct xnode *n, struct buf *out)
{
	xmlNodePtr	 x, top;

	if (n == NULL)
		return;
	top = NODE(n);
	if (top->type != XML_ELEMENT_NODE) {
		if (xnode_text(n) != NULL)
			buf_adds(out, xnode_text(n));
		return;
	}
	/* Iteratively, in document order: hostile pages nest deep. */
	x = top->children;
	while (x != NULL) {
		if ((x->type == XML_TEXT_NODE ||
		    x->type == XML_CDATA_SECTION_NODE) && x->content != NULL)
			buf_adds(out, (const char *)x->content);
		if (x->type == XML_ELEMENT_NODE && x->children != NULL) {
			x = x->children;
			continue;
		}
		while (x != NULL && x != top && x->next == NULL)
			x = x->parent;
		if (x == NULL || x == top)
			break;
		x = x->next;
	}
}

long
xnode_line(struct xnode *n)
{
	return n == NULL ? 0 : (long)xmlGetLineNo(NODE(n));
}

const char *
xnode_prop(struct xnode *n, const char *name)
{
	xmlAttrPtr	 a;

	if (n == NULL || NODE(n)->type != XML_ELEMENT_NODE)
		return NULL;
	for (a = NODE(n)->properties; a != NULL; a = a->next)
		if (a->name != NULL && strcmp((const char *)a->name, name) == 0)
			return a->children != NULL &&
			    a->children->content != NULL ?
			    (const char *)a->children->content : "";
	return NULL;
}

void
xnode_drop(struct xnode *n)
{
	if (n == NULL)
		return;
	xmlUnlinkNode(NODE(n));
	xmlFreeNode(NODE(n));
}

/* --- libxml2's HTML facts --- */

int
xhtml_flags(const char *name)
{
	const htmlElemDesc	*d;
	int			 f = 0;

	pthread_once(&once, init);
	if (htmlIsBooleanAttr((const xmlChar *)name))
		f |= XH_BOOL;
	if ((d = htmlTagLookup((const xmlChar *)name)) == NULL)
		return f;
	f |= XH_KNOWN;
	if (d->isinline)
		f |= XH_INLINE;
	if (d->empty)
		f |= XH_EMPTY;
	if (d->saveEndTag)
		f |= XH_SAVE_END;
	return f;
}

void
xhtml_uri(const char *s, struct buf *out)
{
	xmlChar	*e;

	pthread_once(&once, init);
	if ((e = xmlURIEscapeStr((const xmlChar *)s,
	    (const xmlChar *)"@/:=?;#%&,+")) == NULL)
		xnomem();
	buf_adds(out, (const char *)e);
	xmlFree(e);
}

/* --- Writing --- */

/*
 * A builder makes a tree (doc, cur), or with out set writes the text
 * as it goes: then names holds the open elements' names, NUL after
 * each, open[] their offsets in it and what has been written of them.
 */
struct xopen {
	size_t		 name;		/* offset in names */
	int		 kids;		/* children written */
	int		 flat;		/* text inside: no indenting */
};

struct xbuild {
	xmlDocPtr	 doc;
	xmlNodePtr	 cur;
	struct buf	 tmp;
	struct buf	*out;
	struct buf	 names;
	struct xopen	*open;
	size_t		 nopen, maxopen;
	int		 intag;		/* "<name attrs" yet without ">" */
};

struct xbuild *
xb_new(const char *root)
{
	struct xbuild	*b;

	pthread_once(&once, init);
	b = xcalloc(1, sizeof(*b));
	if ((b->doc = xmlNewDoc((const xmlChar *)"1.0")) == NULL ||
	    (b->doc->dict = xmlDictCreate()) == NULL)
		xnomem();
	b->cur = xmlNewDocNode(b->doc, NULL, (const xmlChar *)root, NULL);
	if (b->cur == NULL)
		xnomem();
	xmlDocSetRootElement(b->doc, b->cur);
	buf_init(&b->tmp, 0);
	return b;
}

/*
 * s with what XML 1.0 cannot carry replaced by U+FFFD: C0 controls but
 * tab and newline, U+FFFE and U+FFFF, surrogates and bytes that are
 * not UTF-8.  Returns s itself when it is clean.
 */
static const char *
xmlsafe(struct buf *tmp, const char *s)
{
	const unsigned char	*p = (const unsigned char *)s, *q;
	unsigned		 c;
	size_t			 k, n;

	for (q = p; *q != '\0'; q++)
		if (*q < 0x20 ? (*q != '\t' && *q != '\n') : *q >= 0x80)
			break;
	if (*q == '\0')
		return s;
	buf_reset(tmp);
	for (n = strlen(s); n > 0; p += k, n -= k) {
		if ((k = utf8_decode(p, n, &c)) == 0) {
			/* One U+FFFD for the whole of a malformed sequence. */
			buf_adds(tmp, "\xef\xbf\xbd");
			k = utf8_span(p, n);
		} else if ((c < 0x20 && c != '\t' && c != '\n') ||
		    c == 0xfffe || c == 0xffff)
			buf_adds(tmp, "\xef\xbf\xbd");
		else
			buf_add(tmp, p, k);
	}
	return tmp->ptr;
}

/*
 * The text builder writes what xdoc_write() writes of the same tree:
 * two spaces of indent a level (at most 30 levels, as libxml2), an
 * element without children as "<name/>", and no indenting inside an
 * element whose first child is text.  (libxml2 looks at every child
 * for text; text after an element child is written where it falls.)
 */
struct xbuild *
xb_new_text(const char *root, struct buf *out)
{
	struct xbuild	*b;

	b = xcalloc(1, sizeof(*b));
	b->out = out;
	buf_init(&b->tmp, 0);
	buf_init(&b->names, 0);
	buf_adds(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
	xb_open(b, root);
	return b;
}

static void
indent(struct buf *out, size_t level)
{
	static const char	 sp[] = "                              "
				    "                              ";

	buf_add(out, sp, 2 * (level > 30 ? 30 : level));
}

/* Write s escaped as element text, or as an attribute's value. */
static void
escape(struct buf *out, const char *s, int attr)
{
	const char	*p, *e;

	for (p = s; *p != '\0'; p++) {
		switch (*p) {
		case '<': e = "&lt;"; break;
		case '>': e = "&gt;"; break;
		case '&': e = "&amp;"; break;
		case '\r': e = "&#13;"; break;
		case '"': e = attr ? "&quot;" : NULL; break;
		case '\n': e = attr ? "&#10;" : NULL; break;
		case '\t': e = attr ? "&#9;" : NULL; break;
		default: e = NULL; break;
		}
		if (e == NULL)
			continue;
		buf_add(out, s, (size_t)(p - s));
		buf_adds(out, e);
		s = p + 1;
	}
	buf_add(out, s, (size_t)(p - s));
}

/* A child is coming into the open element: finish its start tag. */
static void
text_child(struct xbuild *b, int text)
{
	struct xopen	*top = &b->open[b->nopen - 1];

	if (b->intag) {
		buf_addch(b->out, '>');
		b->intag = 0;
		if (text)
			top->flat = 1;
		else if (!top->flat)
			buf_addch(b->out, '\n');
	}
	top->kids++;
}

static void
text_open(struct xbuild *b, const char *name)
{
	struct xopen	*o;
	int		 flat = 0;

	if (b->nopen > 0) {
		text_child(b, 0);
		flat = b->open[b->nopen - 1].flat;
		if (!flat)
			indent(b->out, b->nopen);
	}
	if (b->nopen == b->maxopen) {
		b->maxopen = b->maxopen ? 2 * b->maxopen : 16;
		b->open = xreallocarray(b->open, b->maxopen, sizeof(*b->open));
	}
	o = &b->open[b->nopen++];
	o->name = b->names.len;
	o->kids = 0;
	o->flat = flat;
	buf_add(&b->names, name, strlen(name) + 1);
	buf_addch(b->out, '<');
	buf_adds(b->out, name);
	b->intag = 1;
}

static void
text_close(struct xbuild *b)
{
	struct xopen	*o = &b->open[--b->nopen];

	if (b->intag) {
		buf_adds(b->out, "/>");
		b->intag = 0;
	} else {
		if (!o->flat)
			indent(b->out, b->nopen);
		buf_adds(b->out, "</");
		buf_adds(b->out, b->names.ptr + o->name);
		buf_addch(b->out, '>');
	}
	b->names.len = o->name;
	if (b->nopen == 0 || !b->open[b->nopen - 1].flat)
		buf_addch(b->out, '\n');
}

void
xb_open(struct xbuild *b, const char *name)
{
	xmlNodePtr	 n;

	if (b->out != NULL) {
		text_open(b, name);
		return;
	}
	if ((n = xmlNewDocNode(b->doc, NULL, (const xmlChar *)name,
	    NULL)) == NULL)
		xnomem();
	xmlAddChild(b->cur, n);
	b->cur = n;
}

void
xb_attr(struct xbuild *b, const char *name, const char *value)
{
	if (value == NULL)
		return;
	if (b->out != NULL) {
		buf_addch(b->out, ' ');
		buf_adds(b->out, name);
		buf_adds(b->out, "=\"");
		escape(b->out, xmlsafe(&b->tmp, value), 1);
		buf_addch(b->out, '"');
		return;
	}
	xmlSetProp(b->cur, (const xmlChar *)name,
	    (const xmlChar *)xmlsafe(&b->tmp, value));
}

void
xb_num(struct xbuild *b, const char *name, long long n)
{
	char	 s[24];

	snprintf(s, sizeof(s), "%lld", n);
	if (b->out != NULL)
		xb_attr(b, name, s);
	else
		xmlSetProp(b->cur, (const xmlChar *)name, (const xmlChar *)s);
}

void
xb_text(struct xbuild *b, const char *s)
{
	if (s == NULL || *s == '\0')
		return;
	if (b->out != NULL) {
		text_child(b, 1);
		escape(b->out, xmlsafe(&b->tmp, s), 0);
		return;
	}
	xmlNodeAddContent(b->cur, (const xmlChar *)xmlsafe(&b->tmp, s));
}

void
xb_leaf(struct xbuild *b, const char *name, const char *text)
{
	xb_open(b, name);
	xb_text(b, text);
	xb_close(b);
}

void
xb_close(struct xbuild *b)
{
	if (b->out != NULL) {
		/* As in a tree, the root stays open until the end. */
		if (b->nopen > 1)
			text_close(b);
		return;
	}
	if (b->cur->parent != NULL &&
	    b->cur->parent->type == XML_ELEMENT_NODE)
		b->cur = b->cur->parent;
}

void
xb_end(struct xbuild *b)
{
	while (b->nopen > 0)
		text_close(b);
	buf_release(&b->names);
	buf_release(&b->tmp);
	free(b->open);
	free(b);
}

struct xdoc *
xb_finish(struct xbuild *b)
{
	xmlDocPtr	 d = b->doc;

	buf_release(&b->tmp);
	free(b);
	return (struct xdoc *)(void *)d;
}

static int
bufwrite(void *ctx, const char *p, int len)
{
	buf_add(ctx, p, (size_t)len);
	return len;
}

static int
bufclose(void *ctx)
{
	return 0;
}

void
xdoc_write(struct xdoc *d, struct buf *out)
{
	xmlSaveCtxtPtr	 s;

	s = xmlSaveToIO(bufwrite, bufclose, out, "UTF-8", XML_SAVE_FORMAT);
	if (s == NULL)
		xnomem();
	xmlSaveDoc(s, DOC(d));
	xmlSaveClose(s);
}

/* --- Transforming --- */

struct xslt {
	xsltStylesheetPtr	 sheet;
};

static xsltSecurityPrefsPtr
security(void)
{
	static xsltSecurityPrefsPtr	 sec;

	if (sec != NULL)
		return sec;
	if ((sec = xsltNewSecurityPrefs()) == NULL)
		xnomem();
	xsltSetSecurityPrefs(sec, XSLT_SECPREF_WRITE_FILE, xsltSecurityForbid);
	xsltSetSecurityPrefs(sec, XSLT_SECPREF_CREATE_DIRECTORY,
	    xsltSecurityForbid);
	xsltSetSecurityPrefs(sec, XSLT_SECPREF_READ_NETWORK,
	    xsltSecurityForbid);
	xsltSetSecurityPrefs(sec, XSLT_SECPREF_WRITE_NETWORK,
	    xsltSecurityForbid);
	xsltSetDefaultSecurityPrefs(sec);
	return sec;
}

/* libxslt reports through a generic callback: collect its words. */
static void
collect(void *ctx, const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	buf_vaddf(ctx, fmt, ap);
	va_end(ap);
}

static void
trim(struct buf *err)
{
	while (err->len > 0 && (err->ptr[err->len - 1] == '\n' ||
	    err->ptr[err->len - 1] == ' '))
		buf_setlen(err, err->len - 1);
}

struct xslt *
xslt_load(const char *path, struct buf *err)
{
	xmlDocPtr		 d;
	xsltStylesheetPtr	 s;
	struct xslt		*x;
	struct buf		 msg = BUF_INIT;

	pthread_once(&once, init);
	security();
	xsltSetGenericErrorFunc(&msg, collect);
	xmlSetGenericErrorFunc(&msg, collect);
	d = xmlReadFile(path, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR |
	    XML_PARSE_NOWARNING);
	if (d == NULL) {
		buf_addf(err, "%s: ", path);
		lasterr(err, xmlGetLastError());
		buf_release(&msg);
		return NULL;
	}
	if ((s = xsltParseStylesheetDoc(d)) == NULL || s->errors > 0) {
		trim(&msg);
		buf_addf(err, "%s: not a usable stylesheet%s%s", path,
		    msg.len ? ": " : "", msg.ptr);
		if (s != NULL)
			xsltFreeStylesheet(s);
		else
			xmlFreeDoc(d);
		buf_release(&msg);
		return NULL;
	}
	xsltSetGenericErrorFunc(NULL, quiet);
	xmlSetGenericErrorFunc(NULL, quiet);
	buf_release(&msg);
	x = xmalloc(sizeof(*x));
	x->sheet = s;
	return x;
}

int
xslt_apply(struct xslt *x, struct xdoc *d, const char **params,
    struct buf *out, struct buf *err)
{
	xsltTransformContextPtr	 ctxt;
	xmlDocPtr		 res;
	xmlOutputBufferPtr	 ob;
	struct buf		 msg = BUF_INIT;
	int			 rc = -1;

	if ((ctxt = xsltNewTransformContext(x->sheet, DOC(d))) == NULL)
		xnomem();
	xsltSetCtxtSecurityPrefs(security(), ctxt);
	xsltSetGenericErrorFunc(&msg, collect);
	xsltSetTransformErrorFunc(ctxt, &msg, collect);
	if (params != NULL && xsltQuoteUserParams(ctxt, params) != 0)
		goto out;
	res = xsltApplyStylesheetUser(x->sheet, DOC(d), NULL, NULL, NULL,
	    ctxt);
	if (res == NULL || ctxt->state != XSLT_STATE_OK) {
		xmlFreeDoc(res);
		goto out;
	}
	if ((ob = xmlOutputBufferCreateIO(bufwrite, bufclose, out,
	    NULL)) == NULL)
		xnomem();
	if (xsltSaveResultTo(ob, res, x->sheet) >= 0)
		rc = 0;
	xmlOutputBufferClose(ob);
	xmlFreeDoc(res);
 out:
	if (rc != 0) {
		trim(&msg);
		buf_addf(err, "the transform failed%s%s",
		    msg.len ? ": " : "", msg.ptr);
	}
	xsltSetGenericErrorFunc(NULL, quiet);
	xsltFreeTransformContext(ctxt);
	buf_release(&msg);
	return rc;
}

void
xslt_free(struct xslt *x)
{
	if (x == NULL)
		return;
	xsltFreeStylesheet(x->sheet);
	free(x);
}

void
xml_cleanup(void)
{
	xsltCleanupGlobals();
	xmlCleanupParser();
}
