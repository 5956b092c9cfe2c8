/*
 * Ledgers from saved HTML pages.  What a page is, is decided by what it
 * holds, in this order:
 *
 *  1. a table export: a <table> whose header row names a title and a
 *     publication date column (as in a CSV export), read by ledger.c;
 *  2. a column's list page: entries, each the smallest <li>, <tr>,
 *     <div>, <dl>, <dd>, <dt> or <p> that holds one link and a date
 *     outside it.  Entries are grouped by the element they sit in (the
 *     <ul> or <tbody> of the list); the largest group is the list, so
 *     that a date in a page's header ("今天是2024年3月5日") beside one
 *     link is not a record.  Links without a date (menus, 首页, 下一页)
 *     are not records.  Two entries or more make a list page; one does
 *     too when the page has no metadata table of an article;
 *  3. an article page: a page with labels of a metadata table (索引号,
 *     发布日期 and the like) is one record.
 *
 * A page holding none of them has no record.  The page's own URL is
 * taken from the comment browsers write when they save a page
 * (<!-- saved from url=(NNNN)http://... -->), else <link
 * rel="canonical">, else <base href>.  Links resolve against <base
 * href> when the page has one (as a browser resolves them), else
 * against the page's own URL.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "diag.h"
#include "ledger.h"
#include "ledger_int.h"
#include "table.h"
#include "text.h"
#include "xml.h"
#include "xmalloc.h"

#define MAX_WALK	200	/* elements nested, as read here */
#define MAX_META	1000	/* bytes of a line metadata is read from */

/* What an article's metadata labels name. */
enum meta {
	M_TITLE, M_INDEX, M_PUBLISHER, M_FORMED, M_PUBLISHED, M_DOCNO,
	M_OTHER, M__MAX
};

/* Labels, the longer before those they end with (信息名称, 名称). */
static const struct {
	const char	*label;
	enum meta	 m;
} labels[] = {
	{ "信息名称", M_TITLE }, { "信息标题", M_TITLE },
	{ "文章标题", M_TITLE }, { "标题", M_TITLE }, { "名称", M_TITLE },
	{ "索引号", M_INDEX },
	{ "发布机构", M_PUBLISHER }, { "发文机关", M_PUBLISHER },
	{ "成文日期", M_FORMED }, { "形成日期", M_FORMED },
	{ "生成日期", M_FORMED }, { "印发日期", M_FORMED },
	{ "发布日期", M_PUBLISHED }, { "发布时间", M_PUBLISHED },
	{ "公开日期", M_PUBLISHED }, { "公开时间", M_PUBLISHED },
	{ "发文字号", M_DOCNO }, { "文号", M_DOCNO },
	{ "主题分类", M_OTHER }, { "体裁分类", M_OTHER },
	{ "组配分类", M_OTHER }, { "服务对象", M_OTHER },
	{ "有效性", M_OTHER }, { "生效日期", M_OTHER },
	{ "废止日期", M_OTHER }, { "关键词", M_OTHER },
	{ "主题词", M_OTHER }, { "来源", M_OTHER },
	{ NULL, M_OTHER }
};

/* Not records, though they are links: a list's pages and menus. */
static const char *const nav[] = {
	"首页", "上一页", "下一页", "尾页", "末页", "上页", "下页", "更多",
	"更多>>", ">>", "<<", "返回", "返回顶部", NULL
};

static const char *const skip[] = {
	"head", "noscript", "script", "style", "template", "title",
	"select", "option", "textarea", NULL
};

static const char *const entries[] = {
	"li", "tr", "div", "dl", "dd", "dt", "p", NULL
};

/* Elements that end a piece of text (a line of the page as read). */
static const char *const blocks[] = {
	"address", "article", "blockquote", "br", "center", "dd", "div",
	"dl", "dt", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header",
	"hr", "li", "ol", "p", "pre", "section", "table", "tbody", "td",
	"tfoot", "th", "thead", "tr", "ul", NULL
};

struct entry {
	const char	*title, *href, *date;
	long		 day;
	int		 drc;		/* ledger_date(): 0, -1 */
	unsigned	 line;
	struct xnode	*parent;	/* the element the entry is in */
	int		 strong;	/* an <li> or <tr> */
};

struct piece {
	const char	*s;
	unsigned	 line;
};

struct page {
	struct lrd	*rd;
	struct arena	*a;
	const char	*url;		/* the page's own, or NULL */
	const char	*base;		/* links resolve against it */
	struct entry	*e;
	size_t		 ne, ecap;
	struct piece	*pc;
	size_t		 npc, pccap;
	struct buf	 cur;		/* the piece being gathered */
	unsigned	 curline;
	struct buf	 tmp;
};

static int
in(const char *name, const char *const *list)
{
	for (; *list != NULL; list++)
		if (strcmp(name, *list) == 0)
			return 1;
	return 0;
}

/* Append text with each run of white space as one space. */
static void
add_text(struct buf *b, const char *s)
{
	size_t	 n;

	for (; *s != '\0'; s += n) {
		if (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r' ||
		    *s == '\f') {
			n = 1;
			if (b->len > 0 && b->ptr[b->len - 1] != ' ')
				buf_addch(b, ' ');
			continue;
		}
		n = strcspn(s, " \t\n\r\f");
		buf_add(b, s, n);
	}
}

/* All text below n (without links when nolinks), spaces collapsed. */
static void
gather(struct buf *b, struct xnode *n, int nolinks, int depth)
{
	struct xnode	*c;
	const char	*s;

	if (depth > MAX_WALK)
		return;
	for (c = xnode_first(n); c != NULL; c = xnode_after(c)) {
		if ((s = xnode_text(c)) != NULL)
			add_text(b, s);
		else if (!(nolinks && strcmp(xnode_name(c), "a") == 0) &&
		    !in(xnode_name(c), skip)) {
			if (in(xnode_name(c), blocks))
				add_text(b, " ");
			gather(b, c, nolinks, depth + 1);
		}
	}
}

/* s trimmed (white space of TEXT_SPACE), in the arena. */
static const char *
trimmed(struct arena *a, const char *s)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 n = strlen(s), k, b = 0, e = 0, i = 0;
	unsigned		 cp;
	int			 seen = 0;

	while (i < n) {
		k = utf8_decode(p + i, n - i, &cp);
		if (k == 0)
			k = 1;
		if (!text_is_space(cp, TEXT_SPACE)) {
			if (!seen)
				b = i;
			seen = 1;
			e = i + k;
		}
		i += k;
	}
	return arena_strndup(a, s + b, e - b);
}

/* Is a text over the scalar limit?  Says so. */
static int
too_long(struct page *pg, size_t len, unsigned line)
{
	if (len <= pg->rd->lim.max_scalar)
		return 0;
	diag_add(pg->rd->dg, pg->rd->path, line, 0, R_LIMIT, NULL, NULL,
	    "a cell of more than %zu bytes; raise it with "
	    "GKML_LIMITS=scalar=N if the file is genuine",
	    pg->rd->lim.max_scalar);
	pg->rd->rc = -2;
	return 1;
}

/* --- List pages --- */

/* The links below n, up to max; the first in *first. */
static int
links(struct xnode *n, int max, struct xnode **first, int depth)
{
	struct xnode	*c;
	int		 k = 0;

	if (depth > MAX_WALK)
		return 0;
	for (c = xnode_child(n); c != NULL && k < max; c = xnode_next(c)) {
		if (strcmp(xnode_name(c), "a") == 0 &&
		    xnode_prop(c, "href") != NULL) {
			if (k++ == 0 && first != NULL)
				*first = c;
			continue;
		}
		k += links(c, max - k, k == 0 ? first : NULL, depth + 1);
	}
	return k;
}

static int
is_nav(const char *s)
{
	char	*f;
	size_t	 n = strlen(s);
	int	 r;

	f = xmalloc(n + 1);
	text_fold(f, s, n, TEXT_FOLD_SPACE | TEXT_FOLD_WIDTH, NULL);
	r = *f == '\0' || in(f, nav);
	free(f);
	return r;
}

/*
 * An entry: the element e, in parent, with its link a, and a date in
 * e's text outside its links.
 */
static void
entry(struct page *pg, struct xnode *parent, struct xnode *e,
    struct xnode *a)
{
	struct entry	*en;
	const char	*title, *href = xnode_prop(a, "href");
	size_t		 at, n;
	long		 day;
	int		 drc;

	buf_reset(&pg->tmp);
	gather(&pg->tmp, e, 1, 0);
	if ((drc = lrd_date_in(pg->tmp.ptr, &day, &at, &n)) == -2)
		return;
	if (too_long(pg, pg->tmp.len, (unsigned)xnode_line(e)))
		return;
	buf_reset(&pg->tmp);
	xnode_attr(a, "title", &pg->tmp);
	title = trimmed(pg->a, pg->tmp.ptr);
	if (*title == '\0') {
		buf_reset(&pg->tmp);
		gather(&pg->tmp, a, 0, 0);
		title = trimmed(pg->a, pg->tmp.ptr);
	}
	if (too_long(pg, strlen(title), (unsigned)xnode_line(a)) ||
	    is_nav(title) || strncasecmp(href, "javascript:", 11) == 0)
		return;
	if (pg->ne == pg->ecap) {
		pg->ecap = pg->ecap ? pg->ecap * 2 : 64;
		pg->e = xreallocarray(pg->e, pg->ecap, sizeof(*pg->e));
	}
	en = &pg->e[pg->ne++];
	en->title = title;
	en->href = arena_strdup(pg->a, href);
	/* The date's text again, for a message about it. */
	buf_reset(&pg->tmp);
	gather(&pg->tmp, e, 1, 0);
	en->date = arena_strndup(pg->a, pg->tmp.ptr + at, n);
	en->day = day;
	en->drc = drc;
	en->line = (unsigned)xnode_line(e);
	en->parent = parent;
	en->strong = strcmp(xnode_name(e), "li") == 0 ||
	    strcmp(xnode_name(e), "tr") == 0;
}

/* The link below n with the longest text, a title beside 附件 or a
 * column's name; nav links and scripts are none. */
static void
longest_link(struct page *pg, struct xnode *n, struct xnode **best,
    size_t *blen, int depth)
{
	struct xnode	*c;
	const char	*href;

	if (depth > MAX_WALK)
		return;
	for (c = xnode_child(n); c != NULL; c = xnode_next(c)) {
		if (strcmp(xnode_name(c), "a") != 0 ||
		    (href = xnode_prop(c, "href")) == NULL) {
			longest_link(pg, c, best, blen, depth + 1);
			continue;
		}
		if (strncasecmp(href, "javascript:", 11) == 0)
			continue;
		buf_reset(&pg->tmp);
		if (!xnode_attr(c, "title", &pg->tmp) || pg->tmp.len == 0)
			gather(&pg->tmp, c, 0, 0);
		if (pg->tmp.len > *blen && !is_nav(pg->tmp.ptr)) {
			*best = c;
			*blen = pg->tmp.len;
		}
	}
}

static void
list_walk(struct page *pg, struct xnode *n, int depth)
{
	struct xnode	*c, *a;
	const char	*name;
	int		 k;

	if (depth > MAX_WALK)
		return;
	for (c = xnode_child(n); c != NULL && pg->rd->rc != -2;
	    c = xnode_next(c)) {
		name = xnode_name(c);
		if (in(name, skip))
			continue;
		if (in(name, entries)) {
			a = NULL;
			if ((k = links(c, 2, &a, 0)) == 0)
				continue;
			if (k == 1) {
				entry(pg, n, c, a);
				continue;
			}
			/*
			 * A row of several links (the title, 附件, the
			 * column) is an entry when none of its parts is.
			 */
			if (strcmp(name, "li") == 0 ||
			    strcmp(name, "tr") == 0) {
				size_t	 ne = pg->ne, blen = 0;

				list_walk(pg, c, depth + 1);
				a = NULL;
				if (pg->ne == ne && pg->rd->rc != -2) {
					longest_link(pg, c, &a, &blen, 0);
					if (a != NULL)
						entry(pg, n, c, a);
				}
				continue;
			}
		}
		list_walk(pg, c, depth + 1);
	}
}

static int
by_parent(const void *a, const void *b)
{
	const struct entry *const *x = a, *const *y = b;
	uintptr_t	 px = (uintptr_t)(*x)->parent;
	uintptr_t	 py = (uintptr_t)(*y)->parent;

	if (px != py)
		return px < py ? -1 : 1;
	return *x < *y ? -1 : *x > *y;
}

/*
 * Keep the entries of the largest group (those in one element), an
 * <li> or <tr> group before others as large, else the first on the
 * page.  Sorted by element, so that a page of many groups costs no
 * more than one of many entries.
 */
static void
list_pick(struct page *pg)
{
	struct entry	**s, *first = NULL;
	size_t		 i, j, k, nbest = 0;
	int		 sbest = 0;

	if (pg->ne == 0)
		return;
	s = xreallocarray(NULL, pg->ne, sizeof(*s));
	for (i = 0; i < pg->ne; i++)
		s[i] = &pg->e[i];
	qsort(s, pg->ne, sizeof(*s), by_parent);
	for (i = 0; i < pg->ne; i = j) {
		for (j = i; j < pg->ne && s[j]->parent == s[i]->parent; j++)
			;
		/* s[i] is the group's first on the page. */
		if (j - i > nbest || (j - i == nbest &&
		    (s[i]->strong > sbest || (s[i]->strong == sbest &&
		    s[i] < first)))) {
			first = s[i];
			nbest = j - i;
			sbest = s[i]->strong;
		}
	}
	free(s);
	for (i = k = 0; i < pg->ne; i++)
		if (pg->e[i].parent == first->parent)
			pg->e[k++] = pg->e[i];
	pg->ne = k;
}

/* --- Pieces of text, for metadata and the breadcrumb --- */

static void
piece_end(struct page *pg)
{
	const char	*s;

	if (pg->cur.len == 0)
		return;
	s = trimmed(pg->a, pg->cur.ptr);
	buf_reset(&pg->cur);
	if (*s == '\0')
		return;
	if (pg->npc == pg->pccap) {
		pg->pccap = pg->pccap ? pg->pccap * 2 : 64;
		pg->pc = xreallocarray(pg->pc, pg->pccap, sizeof(*pg->pc));
	}
	pg->pc[pg->npc].s = s;
	pg->pc[pg->npc++].line = pg->curline;
}

static void
pieces(struct page *pg, struct xnode *n, unsigned line, int depth)
{
	struct xnode	*c;
	const char	*s;
	int		 block;

	if (depth > MAX_WALK)
		return;
	for (c = xnode_first(n); c != NULL; c = xnode_after(c)) {
		if ((s = xnode_text(c)) != NULL) {
			if (pg->cur.len == 0)
				pg->curline = line;
			add_text(&pg->cur, s);
			continue;
		}
		if (in(xnode_name(c), skip))
			continue;
		if ((block = in(xnode_name(c), blocks)))
			piece_end(pg);
		pieces(pg, c, xnode_line(c) > 0 ? (unsigned)xnode_line(c) :
		    line, depth + 1);
		if (block)
			piece_end(pg);
	}
}

/* Length of the white space (U+3000 too) at s. */
static size_t
spaces(const char *s)
{
	size_t	 i = 0;

	for (;;)
		if (s[i] == ' ')
			i++;
		else if (strncmp(s + i, "\xe3\x80\x80", 3) == 0)
			i += 3;
		else
			return i;
}

/*
 * The label s starts with, spaces between its characters allowed (标
 * 题), and its colon; or -1.  Its length in *n.
 */
static int
label_at(const char *s, size_t *n, int colon)
{
	const char	*w;
	size_t		 j, k;
	int		 i;

	for (i = 0; labels[i].label != NULL; i++) {
		for (w = labels[i].label, j = 0; *w != '\0'; w += k) {
			k = 1;
			while ((w[k] & 0xc0) == 0x80)
				k++;
			if (strncmp(s + j, w, k) != 0)
				break;
			j += k;
			if (w[k] != '\0')
				j += spaces(s + j);
		}
		if (*w != '\0')
			continue;
		j += spaces(s + j);
		if (strncmp(s + j, "：", 3) == 0)
			j += 3;
		else if (s[j] == ':')
			j++;
		else if (colon)
			continue;
		*n = j;
		return i;
	}
	return -1;
}

/* Metadata: label cells followed by value cells, or "label：value". */
static void
meta(struct page *pg, const char *v[M__MAX], unsigned line[M__MAX])
{
	const char	*s, *val;
	size_t		 i, j, n, k, vend;
	int		 l;

	for (i = 0; i < pg->npc; i++) {
		/* Metadata is short; an article's text is not read for it. */
		if (strlen(s = pg->pc[i].s) > MAX_META)
			continue;
		/* A cell that is a label, its value in the next. */
		if ((l = label_at(s, &n, 0)) >= 0 && s[n] == '\0') {
			if (i + 1 < pg->npc && label_at(pg->pc[i + 1].s, &k,
			    0) < 0 && v[labels[l].m] == NULL) {
				v[labels[l].m] = pg->pc[i + 1].s;
				line[labels[l].m] = pg->pc[i + 1].line;
			}
			continue;
		}
		/*
		 * Labels with a colon, each value up to the next label
		 * (after a space, U+3000 or another character not ASCII).
		 */
		for (j = 0; s[j] != '\0';) {
			if ((l = label_at(s + j, &n, 1)) < 0 || (j > 0 &&
			    s[j - 1] != ' ' && (unsigned char)s[j - 1] < 0x80)) {
				j++;
				continue;
			}
			j += n;
			for (vend = j; s[vend] != '\0'; vend++)
				if ((vend == j || s[vend - 1] == ' ' ||
				    (unsigned char)s[vend - 1] >= 0x80) &&
				    label_at(s + vend, &k, 1) >= 0)
					break;
			val = trimmed(pg->a, arena_strndup(pg->a, s + j,
			    vend - j));
			if (*val == '\0' && s[vend] == '\0' && i + 1 <
			    pg->npc && label_at(pg->pc[i + 1].s, &k, 0) < 0)
				val = pg->pc[i + 1].s;
			if (*val != '\0' && v[labels[l].m] == NULL) {
				v[labels[l].m] = val;
				line[labels[l].m] = pg->pc[i].line;
			}
			j = vend;
		}
	}
}

/* The breadcrumb as a path, "政务公开/基层政务公开/社会救助"; or NULL. */
static const char *
crumbs(struct page *pg)
{
	static const char *const marks[] = {
		"当前位置", "您的位置", "您现在的位置", "所在位置", "当前页面",
		NULL
	};
	static const char *const seps[] = { ">", "›", "»", "/", "→", NULL };
	static const char *const drop[] = {
		"首页", "网站首页", "主页", NULL
	};
	struct buf	 out = BUF_INIT, part = BUF_INIT;
	const char	*s = NULL, *p, *res;
	char		*f;
	size_t		 i, n, k;
	int		 j;

	for (i = 0; i < pg->npc && s == NULL; i++)
		for (j = 0; marks[j] != NULL; j++)
			if ((p = strstr(pg->pc[i].s, marks[j])) != NULL) {
				s = p + strlen(marks[j]);
				break;
			}
	for (i = 0; i < pg->npc && s == NULL; i++)
		if (strncmp(pg->pc[i].s, "首页", strlen("首页")) == 0 &&
		    (strstr(pg->pc[i].s, ">") != NULL ||
		    strstr(pg->pc[i].s, "›") != NULL ||
		    strstr(pg->pc[i].s, "»") != NULL))
			s = pg->pc[i].s;
	if (s == NULL)
		return NULL;
	n = strlen(s);
	f = xmalloc(n + 1);
	n = text_fold(f, s, n, TEXT_FOLD_WIDTH, NULL);
	p = f + strspn(f, " ");
	if (*p == ':')
		p++;
	while (*p != '\0') {
		for (k = 0; p[k] != '\0'; k++) {
			for (j = 0; seps[j] != NULL; j++)
				if (strncmp(p + k, seps[j],
				    strlen(seps[j])) == 0)
					break;
			if (seps[j] != NULL)
				break;
		}
		buf_reset(&part);
		buf_add(&part, p, k);
		res = trimmed(pg->a, part.ptr);
		if (*res != '\0' && !in(res, drop)) {
			if (out.len > 0)
				buf_addch(&out, '/');
			buf_adds(&out, res);
		}
		p += k;
		if (*p != '\0')
			p += strlen(seps[j]);
	}
	free(f);
	res = out.len > 0 ? arena_strdup(pg->a, out.ptr) : NULL;
	buf_release(&out);
	buf_release(&part);
	return res;
}

/* --- The page --- */

/* The URL a browser wrote into a page it saved, or NULL. */
static const char *
saved_from(struct arena *a, const char *p, size_t len)
{
	static const char	 mark[] = "saved from url=(";
	size_t			 i, n = len < 4096 ? len : 4096, e;

	for (i = 0; i + sizeof(mark) < n; i++) {
		if (strncasecmp(p + i, mark, sizeof(mark) - 1) != 0)
			continue;
		i += sizeof(mark) - 1;
		while (i < n && p[i] >= '0' && p[i] <= '9')
			i++;
		if (i == n || p[i] != ')')
			return NULL;
		for (e = ++i; e < n && p[e] != ' ' && p[e] != '-' &&
		    p[e] != '\n' && p[e] != '\r' && p[e] != '>'; e++)
			;
		return ledger_url(a, NULL, arena_strndup(a, p + i, e - i));
	}
	return NULL;
}

/* The page's URL and base from its <head>. */
static void
page_urls(struct page *pg, struct xnode *root, const char *p, size_t len)
{
	struct xnode	*head, *c;
	const char	*canon = NULL, *base = NULL, *v;

	head = root != NULL ? xnode_named(root, "head") : NULL;
	for (c = head != NULL ? xnode_child(head) : NULL; c != NULL;
	    c = xnode_next(c)) {
		if (strcmp(xnode_name(c), "link") == 0 && canon == NULL &&
		    (v = xnode_prop(c, "rel")) != NULL &&
		    strcasecmp(v, "canonical") == 0 &&
		    (v = xnode_prop(c, "href")) != NULL)
			canon = ledger_url(pg->a, NULL, v);
		else if (strcmp(xnode_name(c), "base") == 0 && base == NULL &&
		    (v = xnode_prop(c, "href")) != NULL)
			base = v;
	}
	if ((pg->url = saved_from(pg->a, p, len)) == NULL)
		pg->url = canon;
	if (base != NULL)
		base = ledger_url(pg->a, pg->url, base);
	if (pg->url == NULL)
		pg->url = base;
	pg->base = base != NULL ? base : pg->url;
}

/* The directory of a URL, "http://x/a/b/" of "http://x/a/b/c.html". */
static const char *
url_dir(struct arena *a, const char *url)
{
	size_t	 n;

	if (url == NULL)
		return NULL;
	n = strcspn(url, "?#");
	while (n > 0 && url[n - 1] != '/')
		n--;
	if (n <= strcspn(url, ":") + 3)
		return arena_strfmt(a, "%.*s/", (int)strcspn(url, "?#"), url);
	return arena_strndup(a, url, n);
}

static void
list_records(struct page *pg)
{
	struct ledger_rec	*r;
	const char		*column = crumbs(pg);
	const char		*dir = url_dir(pg->a, pg->url);
	size_t			 i;

	for (i = 0; i < pg->ne; i++) {
		r = lrd_rec(pg->rd, pg->e[i].line, 0);
		r->title = pg->e[i].title;
		r->url = ledger_url(pg->a, pg->base, pg->e[i].href);
		r->column = column;
		r->column_url = dir;
		r->published = pg->e[i].day;
		r->pline = pg->e[i].line;
		if (pg->e[i].drc == -1)
			diag_add(pg->rd->dg, pg->rd->path, pg->e[i].line, 0,
			    R_LEDGER_DATE, NULL, NULL,
			    "the date '%s' of '%.60s' does not exist; the "
			    "record is kept without it",
			    pg->e[i].date, r->title);
	}
}

/* The text of the first element called name below n, or NULL. */
static struct xnode *
first_named(struct xnode *n, const char *name, int depth)
{
	struct xnode	*c, *f;

	if (depth > MAX_WALK)
		return NULL;
	for (c = xnode_child(n); c != NULL; c = xnode_next(c)) {
		if (strcmp(xnode_name(c), name) == 0)
			return c;
		if (!in(xnode_name(c), skip) &&
		    (f = first_named(c, name, depth + 1)) != NULL)
			return f;
	}
	return NULL;
}

static void
article(struct page *pg, struct xnode *root, const char *v[M__MAX],
    unsigned line[M__MAX])
{
	struct ledger_rec	*r;
	struct xnode		*h;
	const char		*title = v[M_TITLE];
	unsigned		 tline = line[M_TITLE];

	if (title == NULL) {
		if ((h = first_named(root, "h1", 0)) == NULL &&
		    (h = xnode_named(xnode_named(root, "head"), "title")) ==
		    NULL)
			h = NULL;
		if (h != NULL) {
			buf_reset(&pg->tmp);
			gather(&pg->tmp, h, 0, 0);
			title = trimmed(pg->a, pg->tmp.ptr);
			tline = (unsigned)xnode_line(h);
		}
	}
	if (title != NULL && too_long(pg, strlen(title), tline))
		return;
	if (title == NULL || *title == '\0') {
		diag_add(pg->rd->dg, pg->rd->path, line[M_PUBLISHED], 0,
		    R_LEDGER_TITLE, NULL, NULL, "an article page without a "
		    "title (标题, <h1> or <title>); not taken as a record");
		return;
	}
	r = lrd_rec(pg->rd, tline, 0);
	r->title = title;
	r->url = pg->url;
	r->column = crumbs(pg);
	r->index = v[M_INDEX];
	r->publisher = v[M_PUBLISHER];
	r->docno = v[M_DOCNO];
	if (v[M_FORMED] != NULL) {
		r->fline = line[M_FORMED];
		lrd_date(pg->rd, v[M_FORMED], r->fline, 0, "成文日期",
		    &r->formed);
	}
	if (v[M_PUBLISHED] != NULL) {
		r->pline = line[M_PUBLISHED];
		lrd_date(pg->rd, v[M_PUBLISHED], r->pline, 0, "发布日期",
		    &r->published);
	} else {
		diag_add(pg->rd->dg, pg->rd->path, tline, 0, R_LEDGER_HEADER,
		    NULL, NULL, "the article page has no publication date "
		    "(发布日期, 发布时间, 公开日期 or 公开时间)");
		pg->rd->rc = -1;
	}
}

/* A title as a table shows it, cut short with "..." or "…", or not. */
static int
same_title(const char *shown, const char *full)
{
	size_t	 n = strlen(shown);

	if (strcmp(shown, full) == 0)
		return 1;
	if (n > 3 && strcmp(shown + n - 3, "...") == 0)
		n -= 3;
	else if (n > 3 && strcmp(shown + n - 3, "…") == 0)
		n -= 3;
	else
		return 0;
	while (n > 0 && shown[n - 1] == ' ')
		n--;
	return n > 0 && strncmp(shown, full, n) == 0;
}

/*
 * A table export whose titles are links (a list page with a header
 * row): a record with no URL column takes its title's link, from the
 * rows read as list entries, in order.
 */
static void
table_links(struct page *pg, struct xnode *root, size_t n0)
{
	struct ledger	*l = pg->rd->l;
	size_t		 i, j = 0, k;

	for (i = n0; i < l->n && l->v[i].url != NULL; i++)
		;
	if (i == l->n)
		return;
	list_walk(pg, root, 0);
	for (i = n0; i < l->n && j < pg->ne; i++) {
		if (l->v[i].url != NULL)
			continue;
		for (k = j; k < pg->ne && k < j + 50; k++)
			if (same_title(l->v[i].title, pg->e[k].title))
				break;
		if (k == pg->ne || k == j + 50)
			continue;
		l->v[i].url = ledger_url(pg->a, pg->base, pg->e[k].href);
		j = k + 1;
	}
}

int
lrd_page(struct lrd *rd, const char *p, size_t len, const char *encoding)
{
	struct page	 pg;
	struct tables	 ts;
	struct xdoc	*doc;
	struct xnode	*root;
	struct buf	 conv = BUF_INIT, err = BUF_INIT;
	const char	*v[M__MAX];
	unsigned	 line[M__MAX];
	size_t		 n0;
	int		 i, nmeta = 0, rc;

	memset(&pg, 0, sizeof(pg));
	pg.rd = rd;
	pg.a = &rd->l->a;
	buf_init(&pg.cur, 0);
	buf_init(&pg.tmp, 0);
	if (tables_html_bytes(rd->path, &p, &len, encoding, &conv,
	    rd->dg) != 0) {
		rc = -1;
		goto out;
	}
	/* The table reader says what is wrong with the page, if anything. */
	tables_init(&ts);
	if ((rc = tables_read(&ts, TF_HTML, rd->path, p, len, encoding,
	    &rd->lim, rd->dg)) != 0 || len == 0 ||
	    (doc = xdoc_parse(p, len, 1, &err, NULL)) == NULL) {
		tables_release(&ts);
		goto out;
	}
	root = xdoc_root(doc);
	page_urls(&pg, root, p, len);
	n0 = rd->l->n;
	if (root != NULL && lrd_tables(rd, &ts, 0, pg.base, 1) > 0) {
		table_links(&pg, root, n0);
		goto done;
	}
	if (root != NULL) {
		list_walk(&pg, root, 0);
		list_pick(&pg);
		pieces(&pg, root, 1, 0);
		piece_end(&pg);
	}
	if (rd->rc == -2)
		goto done;
	memset(v, 0, sizeof(v));
	memset(line, 0, sizeof(line));
	meta(&pg, v, line);
	/* A page's footer says 来源 too; an article says more. */
	for (i = 0; i < M__MAX; i++)
		nmeta += v[i] != NULL && i != M_TITLE && i != M_OTHER;
	if (pg.ne >= 2 || (pg.ne == 1 && nmeta == 0))
		list_records(&pg);
	else if (nmeta > 0)
		article(&pg, root, v, line);
 done:
	rc = rd->rc;
	xdoc_free(doc);
	tables_release(&ts);
 out:
	free(pg.e);
	free(pg.pc);
	buf_release(&pg.cur);
	buf_release(&pg.tmp);
	buf_release(&conv);
	buf_release(&err);
	return rc;
}
