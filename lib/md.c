/* CommonMark through cmark, into the XML form: see md.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <cmark.h>

#include "md.h"
#include "xmalloc.h"
#include "xml.h"

/* cmark's own allocator aborts when memory runs out; these exit 2. */
static cmark_mem	 mem = { xcalloc, xrealloc, free };

int
md_plain(const char *s)
{
	const unsigned char	*p = (const unsigned char *)s;

	if (*p == '-' || *p == '+' || *p == '=' || *p == ' ' ||
	    (*p >= '0' && *p <= '9'))
		return 0;
	for (; *p != '\0'; p++)
		if (strchr("*_`[]<>!#&\\|~\n\r\t", *p) != NULL)
			return 0;
	return 1;
}

/*
 * A link target a reader may follow: an http, https, mailto or tel URL,
 * or a path on this site; no javascript:, data:, file: …  What counts
 * is what a browser makes of it.  It drops leading spaces and controls
 * and every tab and newline, and reads a backslash as '/', so " //host",
 * "/<tab>/host", "\\host" and "/\host" are all "//host": another host,
 * reached with the page's own scheme (file: for a site opened from
 * disk, where //host/x is a Windows network share).  Such a target
 * is absolute but names no scheme of the list: it is dropped too.
 */
static int
safe_url(const char *u)
{
	static const char *const ok[] = { "http:", "https:", "mailto:",
	    "tel:" };
	char	 c[2];
	size_t	 i, n;

	if (u == NULL)
		return 0;
	while (*u != '\0' && (unsigned char)*u <= ' ')
		u++;
	if (*u == '\0')
		return 0;
	for (i = 0, n = 0; u[i] != '\0' && n < 2; i++)
		if (u[i] != '\t' && u[i] != '\n' && u[i] != '\r')
			c[n++] = u[i];
	if (n == 2 && (c[0] == '/' || c[0] == '\\') &&
	    (c[1] == '/' || c[1] == '\\'))
		return 0;		/* //host: another host */
	n = strcspn(u, ":/?#");
	if (u[n] != ':')
		return 1;		/* relative: no scheme */
	for (i = 0; i < sizeof(ok) / sizeof(ok[0]); i++)
		if (strncasecmp(u, ok[i], strlen(ok[i])) == 0)
			return 1;
	return 0;
}

static const char *
block_name(cmark_node *n)
{
	switch (cmark_node_get_type(n)) {
	case CMARK_NODE_PARAGRAPH:
		return "p";
	case CMARK_NODE_BLOCK_QUOTE:
		return "blockquote";
	case CMARK_NODE_LIST:
		return cmark_node_get_list_type(n) == CMARK_ORDERED_LIST ?
		    "ol" : "ul";
	case CMARK_NODE_ITEM:
		return "li";
	case CMARK_NODE_HEADING:
		return "h4";
	case CMARK_NODE_EMPH:
		return "em";
	case CMARK_NODE_STRONG:
		return "strong";
	default:
		return NULL;
	}
}

/* What cmark's iterator enters without leaving. */
static int
leaf(cmark_node *n)
{
	switch (cmark_node_get_type(n)) {
	case CMARK_NODE_HTML_BLOCK:
	case CMARK_NODE_THEMATIC_BREAK:
	case CMARK_NODE_CODE_BLOCK:
	case CMARK_NODE_TEXT:
	case CMARK_NODE_SOFTBREAK:
	case CMARK_NODE_LINEBREAK:
	case CMARK_NODE_CODE:
	case CMARK_NODE_HTML_INLINE:
		return 1;
	default:
		return 0;
	}
}

/*
 * Elements nested deeper than this (50,000 "> " make as many quotes)
 * are left out and their text goes into the one above: the templates,
 * and whatever walks the tree, need not go that deep.
 */
#define MD_MAXDEPTH	32

void
md_build(struct xbuild *b, const char *s)
{
	cmark_parser		*p;
	cmark_node		*doc, *n;
	cmark_iter		*it;
	cmark_event_type	 ev;
	const char		*name, *url;
	char			 start[16];
	int			 link, depth = 0, deep;

	p = cmark_parser_new_with_mem(CMARK_OPT_DEFAULT, &mem);
	cmark_parser_feed(p, s, strlen(s));
	doc = cmark_parser_finish(p);
	cmark_parser_free(p);
	it = cmark_iter_new(doc);
	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		n = cmark_iter_get_node(it);
		/* A container is entered and left; depth counts them. */
		if (ev == CMARK_EVENT_ENTER && !leaf(n))
			depth++;
		deep = depth > MD_MAXDEPTH;
		if (ev == CMARK_EVENT_EXIT)
			depth--;
		switch (cmark_node_get_type(n)) {
		case CMARK_NODE_DOCUMENT:
			break;
		case CMARK_NODE_TEXT:
		case CMARK_NODE_HTML_INLINE:
		case CMARK_NODE_HTML_BLOCK:
			/* Raw HTML is shown as the text it is. */
			xb_text(b, cmark_node_get_literal(n));
			break;
		case CMARK_NODE_CODE:
			xb_leaf(b, "code", cmark_node_get_literal(n));
			break;
		case CMARK_NODE_CODE_BLOCK:
			xb_leaf(b, "pre", cmark_node_get_literal(n));
			break;
		case CMARK_NODE_SOFTBREAK:
		case CMARK_NODE_LINEBREAK:
			xb_open(b, "br");
			xb_close(b);
			break;
		case CMARK_NODE_THEMATIC_BREAK:
			xb_open(b, "hr");
			xb_close(b);
			break;
		case CMARK_NODE_LINK:
			url = cmark_node_get_url(n);
			link = safe_url(url) && !deep;
			if (ev == CMARK_EVENT_ENTER && link) {
				xb_open(b, "a");
				xb_attr(b, "href", url);
			} else if (ev == CMARK_EVENT_EXIT && link)
				xb_close(b);
			break;
		case CMARK_NODE_IMAGE:
			/* No image is fetched: its description stands. */
			break;
		default:
			if ((name = block_name(n)) == NULL || deep)
				break;
			if (ev == CMARK_EVENT_EXIT) {
				xb_close(b);
				break;
			}
			xb_open(b, name);
			if (strcmp(name, "ol") == 0 &&
			    cmark_node_get_list_start(n) > 1) {
				snprintf(start, sizeof(start), "%d",
				    cmark_node_get_list_start(n));
				xb_attr(b, "start", start);
			}
			break;
		}
	}
	cmark_iter_free(it);
	cmark_node_free(doc);
}
