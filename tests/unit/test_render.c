/*
 * Unit tests for the adapters under gkml-render and gkml-import:
 * xml.c (building, sanitising, parsing safely, transforming), zip.c
 * (deterministic writing, bomb-proof reading), md.c (CommonMark kept
 * inert), hout.c (HTML written as libxml2 writes it) and the output
 * paths of render.c.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "arena.h"
#include "buf.h"
#include "hout.h"
#include "md.h"
#include "render.h"
#include "xml.h"
#include "zip.h"
#include "harness.h"

/* Build a document with one element of text s; return it serialised. */
static char *
built(const char *s)
{
	struct xbuild	*b;
	struct xdoc	*d;
	struct buf	 out = BUF_INIT;

	b = xb_new("r");
	xb_leaf(b, "t", s);
	xb_attr(b, "a", s);
	d = xb_finish(b);
	xdoc_write(d, &out);
	xdoc_free(d);
	return buf_detach(&out, NULL);
}

static void
test_build(void)
{
	char	*s;

	s = built("a<b>&\"c\"");
	OK(strstr(s, "<t>a&lt;b&gt;&amp;\"c\"</t>") != NULL);
	free(s);
	/* Controls, a lone continuation byte, U+FFFE: U+FFFD each. */
	s = built("x\x01y\x80z\xef\xbf\xbe.");
	OK(strstr(s, "<t>x\xef\xbf\xbdy\xef\xbf\xbdz\xef\xbf\xbd.</t>") !=
	    NULL);
	free(s);
	/* Tab, newline, astral and CJK characters pass. */
	s = built("\t\n\xf0\xa0\x80\x80\xe4\xb8\xad");
	OK(strstr(s, "\t\n\xf0\xa0\x80\x80\xe4\xb8\xad</t>") != NULL);
	free(s);
	/* A truncated sequence at the end. */
	s = built("ab\xe4\xb8");
	OK(strstr(s, "<t>ab\xef\xbf\xbd") != NULL);
	free(s);
}

/* The same calls to a tree builder and to a text builder. */
static void
shape(struct xbuild *b, const char *s)
{
	int	 i;

	xb_attr(b, "v", "1");
	xb_leaf(b, "empty", NULL);
	xb_leaf(b, "t", s);
	xb_open(b, "a");
	xb_attr(b, "q", s);
	xb_num(b, "n", -42);
	xb_open(b, "b");
	xb_close(b);
	xb_leaf(b, "c", "值");
	xb_close(b);
	/* Text first: nothing below is indented. */
	xb_open(b, "mixed");
	xb_text(b, s);
	xb_open(b, "in");
	xb_leaf(b, "deeper", "x");
	xb_close(b);
	xb_close(b);
	/* Deeper than libxml2 indents. */
	for (i = 0; i < 40; i++)
		xb_open(b, "d");
	xb_leaf(b, "leaf", s);
	for (i = 0; i < 40; i++)
		xb_close(b);
	xb_text(b, NULL);
}

static void
test_text_build(void)
{
	static const char	*texts[] = {
		"plain", "a<b>&\"c\"'", "tab\tnl\ncr\r.", "x\x01y\x80\xef\xbf\xbe",
		"中文 \xf0\xa0\x80\x80", "ab\xe4\xb8", "",
	};
	struct xbuild	*b;
	struct xdoc	*d;
	struct buf	 tree = BUF_INIT, text = BUF_INIT;
	size_t		 i;

	for (i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
		buf_reset(&tree);
		buf_reset(&text);
		b = xb_new("r");
		shape(b, texts[i]);
		d = xb_finish(b);
		xdoc_write(d, &tree);
		xdoc_free(d);
		b = xb_new_text("r", &text);
		shape(b, texts[i]);
		xb_end(b);
		INT_EQ(text.len, tree.len);
		OK(text.len == tree.len &&
		    memcmp(text.ptr, tree.ptr, text.len) == 0);
	}
	/* A root with nothing in it. */
	buf_reset(&text);
	xb_end(xb_new_text("r", &text));
	buf_addch(&text, '\0');
	STR_EQ(text.ptr, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<r/>\n");
	buf_release(&tree);
	buf_release(&text);
}

static void	 test_wide(void);

static void
test_parse(void)
{
	static const char xxe[] =
	    "<?xml version=\"1.0\"?>\n"
	    "<!DOCTYPE r [ <!ENTITY x SYSTEM \"file:///etc/passwd\"> ]>\n"
	    "<r><c>a&x;b</c></r>\n";
	static const char laughs[] =
	    "<?xml version=\"1.0\"?>\n<!DOCTYPE r [\n"
	    "<!ENTITY a \"aaaaaaaaaa\">\n"
	    "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n"
	    "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">\n"
	    "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">\n"
	    "]>\n<r>&d;&d;&d;</r>\n";
	static const char html[] =
	    "<html><body><table><tr><td>A<br>B</td><TD>c</td></tr>"
	    "</table></body></html>";
	struct buf	 err = BUF_INIT, out = BUF_INIT;
	struct xdoc	*d;
	struct xnode	*n;

	d = xdoc_parse(xxe, sizeof(xxe) - 1, 0, &err, NULL);
	OK(d != NULL);
	n = xnode_child(xdoc_root(d));
	STR_EQ(xnode_name(n), "c");
	xnode_content(n, &out);
	STR_EQ(out.ptr, "ab");		/* the entity is never loaded */
	xdoc_free(d);
	buf_reset(&out);

	d = xdoc_parse(laughs, sizeof(laughs) - 1, 0, &err, NULL);
	if (d != NULL) {
		xnode_content(xdoc_root(d), &out);
		INT_EQ(out.len, 0);	/* references are not expanded */
		xdoc_free(d);
	}
	buf_reset(&out);

	buf_reset(&err);
	d = xdoc_parse("<r><a></r>", 10, 0, &err, NULL);
	OK(d == NULL);
	OK(strncmp(err.ptr, "1:", 2) == 0);
	buf_reset(&err);

	d = xdoc_parse(html, sizeof(html) - 1, 1, &err, NULL);
	OK(d != NULL);
	n = xnode_child(xdoc_root(d));		/* body */
	n = xnode_child(xnode_child(n));	/* table, then tr or tbody */
	if (strcmp(xnode_name(n), "tbody") == 0)
		n = xnode_child(n);
	STR_EQ(xnode_name(n), "tr");
	n = xnode_child(n);
	STR_EQ(xnode_name(n), "td");
	STR_EQ(xnode_name(xnode_next(n)), "td");	/* lower case */
	OK(xnode_line(n) == 1);
	xnode_content(n, &out);
	STR_EQ(out.ptr, "AB");
	OK(xnode_text(xnode_first(n)) != NULL);
	STR_EQ(xnode_name(xnode_after(xnode_first(n))), "br");
	xdoc_free(d);
	buf_release(&out);
	buf_release(&err);
	test_wide();
}

/* Wide start tags: refused past XML_MAX_ATTRS, where libxml2 sees them. */
static int
wide(const char *head, size_t n, const char *tail, int html, int utf16)
{
	struct buf	 b = BUF_INIT, u = BUF_INIT, err = BUF_INIT;
	struct xdoc	*d;
	size_t		 i;
	int		 limited = -1;

	buf_adds(&b, head);
	for (i = 0; i < n; i++)
		buf_addf(&b, " %sa%zu='x>'", i % 2 ? "\n" : "", i);
	buf_adds(&b, tail);
	if (utf16) {
		buf_add(&u, "\xff\xfe", 2);
		for (i = 0; i < b.len; i++) {
			buf_addch(&u, b.ptr[i]);
			buf_addch(&u, '\0');
		}
	}
	d = utf16 ? xdoc_parse(u.ptr, u.len, html, &err, &limited) :
	    xdoc_parse(b.ptr, b.len, html, &err, &limited);
	OK(limited == (d == NULL));
	if (limited)
		OK(strstr(err.ptr, "has more than 1000 attributes") != NULL);
	xdoc_free(d);
	buf_release(&b);
	buf_release(&u);
	buf_release(&err);
	return limited;
}

static void
test_wide(void)
{
	struct buf	 err = BUF_INIT;

	INT_EQ(wide("<r><e", XML_MAX_ATTRS, "/></r>", 0, 0), 0);
	INT_EQ(wide("<r><e", XML_MAX_ATTRS + 1, "/></r>", 0, 0), 1);
	INT_EQ(wide("<r><e", XML_MAX_ATTRS + 1, "/></r>", 0, 1), 1);
	INT_EQ(wide("<r><!-- <e", XML_MAX_ATTRS + 1, "/> --></r>", 0, 0), 0);
	INT_EQ(wide("<r><![CDATA[<e", XML_MAX_ATTRS + 1, "/>]]></r>", 0, 0),
	    0);
	INT_EQ(wide("<p>x<td", XML_MAX_ATTRS + 1, ">", 1, 0), 1);
	INT_EQ(wide("<script>a<b", XML_MAX_ATTRS + 1, "</script>", 1, 0), 0);
	/* libxml2 ends a script at any "</" and a letter. */
	INT_EQ(wide("<script></x><b", XML_MAX_ATTRS + 1, "</script>", 1, 0),
	    1);
	/* The position: line and column (in characters) of the '<'. */
	{
		struct buf	 b = BUF_INIT;
		int		 limited;
		size_t		 i;

		buf_adds(&b, "<r>\n  \xe4\xb8\xad<e");
		for (i = 0; i <= XML_MAX_ATTRS; i++)
			buf_addf(&b, " a%zu='1'", i);
		buf_adds(&b, "/></r>");
		OK(xdoc_parse(b.ptr, b.len, 0, &err, &limited) == NULL);
		OK(limited);
		STR_EQ(err.ptr, "2:4: element 'e' has more than 1000 "
		    "attributes");
		buf_release(&b);
	}
	buf_release(&err);
}

static char *
md(const char *s)
{
	struct xbuild	*b;
	struct xdoc	*d;
	struct buf	 out = BUF_INIT;

	b = xb_new("r");
	md_build(b, s);
	d = xb_finish(b);
	xdoc_write(d, &out);
	xdoc_free(d);
	return buf_detach(&out, NULL);
}

/* How many times what is in s. */
static int
count(const char *s, const char *what)
{
	int	 n = 0;

	for (; (s = strstr(s, what)) != NULL; s++)
		n++;
	return n;
}

static void
test_md(void)
{
	const char	*p;
	char		*s, *deep;
	int		 i, n;

	OK(md_plain("信息形成之日起20个工作日内"));
	OK(!md_plain("见[链接](http://x)"));
	OK(!md_plain("1. 第一"));
	OK(!md_plain("a\nb"));

	s = md("*强调* 与 [网站](https://example.gov.cn/a?b=1)");
	OK(strstr(s, "<em>强调</em>") != NULL);
	OK(strstr(s, "<a href=\"https://example.gov.cn/a?b=1\">网站</a>") !=
	    NULL);
	free(s);
	s = md("[点我](javascript:alert(1)) [b](JAVASCRIPT:x) [c](data:x)");
	OK(strstr(s, "href") == NULL);
	OK(strstr(s, "点我") != NULL);
	free(s);
	/* //host and what a browser reads as it: another host, dropped. */
	s = md("[a](//evil.example/x) [b](\\\\\\\\evil.example/x) "
	    "[c](/\\evil.example) [d](\\\\/evil.example) [e](< //evil.example>) "
	    "[f](</\t/evil.example>) [g](&#9;//evil.example) "
	    "[h](&#10;/\\evil.example)");
	OK(strstr(s, "href") == NULL);
	OK(strstr(s, "evil") == NULL);
	free(s);
	s = md("[a](/x/y.html) [b](../a.html) [c](x//y) [d](?q=//x) "
	    "[e](#//x) [f](https://example.gov.cn//x)");
	INT_EQ(count(s, "<a href="), 6);
	free(s);
	s = md("<script>alert(1)</script>\n\n<b onclick=x>粗</b>");
	OK(strstr(s, "<script") == NULL);
	OK(strstr(s, "&lt;script&gt;") != NULL);
	OK(strstr(s, "<b") == NULL);
	free(s);
	s = md("![图](http://example.invalid/x.png)");
	OK(strstr(s, "img") == NULL && strstr(s, "http") == NULL);
	OK(strstr(s, "图") != NULL);
	free(s);
	s = md("- 一\n- 二\n\n3. 三");
	OK(strstr(s, "<ul>") != NULL && strstr(s, "<li>") != NULL);
	OK(strstr(s, "<ol start=\"3\">") != NULL);
	free(s);
	/* 10,000 quotes in one another: 32 elements deep, the text kept. */
	deep = malloc(10000 * 2 + 16);
	for (i = 0; i < 10000; i++)
		memcpy(deep + 2 * i, "> ", 2);
	strcpy(deep + 2 * i, "[深](http://x)");
	s = md(deep);
	for (p = s, n = 0; (p = strstr(p, "<blockquote>")) != NULL; p++)
		n++;
	INT_EQ(n, 31);			/* the document is the first level */
	OK(strstr(s, "深") != NULL && strstr(s, "href") == NULL);
	free(s);
	free(deep);
	/* Empty containers are left as they are entered. */
	s = md("- \n-\n\n> \n\n*a*");
	OK(strstr(s, "<em>a</em>") != NULL);
	free(s);
}

static void
test_zip(void)
{
	struct ziplimits lim;
	struct zipw	*w;
	struct zipr	*r;
	struct buf	 a = BUF_INIT, b = BUF_INIT, err = BUF_INIT, out = BUF_INIT;
	char		*big;
	size_t		 n = 8u << 20;

	w = zipw_new();
	zipw_add(w, "a.txt", "hello", 5);
	zipw_add(w, "dir/b.txt", "中文", strlen("中文"));
	OK(zipw_finish(w, 1700000000, &a, &err) == 0);
	w = zipw_new();
	zipw_add(w, "a.txt", "hello", 5);
	zipw_add(w, "dir/b.txt", "中文", strlen("中文"));
	OK(zipw_finish(w, 1700000000, &b, &err) == 0);
	/* Deterministic: the same entries give the same bytes. */
	OK(a.len == b.len && memcmp(a.ptr, b.ptr, a.len) == 0);

	ziplimits_default(&lim);
	r = zipr_open(a.ptr, a.len, &lim, &err);
	OK(r != NULL);
	INT_EQ(zipr_count(r), 2);
	STR_EQ(zipr_name(r, 1), "dir/b.txt");
	OK(zipr_read(r, "dir/b.txt", &out, &err) == 0);
	STR_EQ(out.ptr, "中文");
	OK(zipr_read(r, "missing", &out, &err) == 1);
	zipr_close(r);

	/*
	 * 8 MB of zeros compress a thousandfold, as a sheet of blank
	 * cells does: read, as it is below the size past which the ratio
	 * counts; past it, a bomb.
	 */
	big = calloc(1, n);
	w = zipw_new();
	zipw_add(w, "zeros", big, n);
	buf_reset(&a);
	OK(zipw_finish(w, 0, &a, &err) == 0);
	free(big);
	r = zipr_open(a.ptr, a.len, &lim, &err);
	OK(r != NULL);
	buf_reset(&out);
	OK(zipr_read(r, "zeros", &out, &err) == 0);
	INT_EQ(out.len, n);
	zipr_close(r);
	lim.ratio_past = 1u << 20;
	r = zipr_open(a.ptr, a.len, &lim, &err);
	buf_reset(&out);
	buf_reset(&err);
	OK(zipr_read(r, "zeros", &out, &err) == -2);
	OK(strstr(err.ptr, "zip bomb") != NULL);
	zipr_close(r);
	/* And the size limit alone. */
	lim.ratio = (size_t)-1;
	lim.entry = 1u << 20;
	r = zipr_open(a.ptr, a.len, &lim, &err);
	buf_reset(&err);
	OK(zipr_read(r, "zeros", &out, &err) == -2);
	OK(strstr(err.ptr, "limit") != NULL);
	zipr_close(r);

	buf_reset(&err);
	OK(zipr_open("PK\3\4junk", 9, &lim, &err) == NULL);
	OK(err.len > 0);
	buf_reset(&err);
	OK(zipr_open("not a zip", 9, &lim, &err) == NULL);
	STR_EQ(err.ptr, "not a zip archive");
	buf_release(&a);
	buf_release(&b);
	buf_release(&err);
	buf_release(&out);
}

static void
test_paths(void)
{
	struct arena	 a = ARENA_INIT;

	STR_EQ(site_path(&a, "county/town/social-assistance"),
	    "county/town/social-assistance");
	STR_EQ(site_path(&a, "../../etc/passwd"), "_./_./etc/passwd");
	STR_EQ(site_path(&a, "a//b"), "a/_/b");
	STR_EQ(site_path(&a, "/abs"), "_/abs");
	STR_EQ(site_path(&a, "a/.hidden"), "a/_hidden");
	STR_EQ(site_path(&a, "a/"), "a/_");
	STR_EQ(site_path(&a, "Upper Case/中文"), "_pper__ase/______");
	STR_EQ(site_path(&a, ""), "_");
	arena_release(&a);
}

/* Make the file path (a mkstemp() template) hold text; 0, or -1. */
static int
tmpfile_with(char *path, const char *text)
{
	FILE	*fp;
	int	 fd;

	if ((fd = mkstemp(path)) == -1)
		return -1;
	if ((fp = fdopen(fd, "w")) == NULL) {
		close(fd);
		return -1;
	}
	fputs(text, fp);
	return fclose(fp) == 0 ? 0 : -1;
}

static void
test_xslt(void)
{
	static const char sheet[] =
	    "<xsl:stylesheet version=\"1.0\" "
	    "xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\">\n"
	    "<xsl:output method=\"text\"/>\n<xsl:param name=\"p\"/>\n"
	    "<xsl:template match=\"/\"><xsl:value-of select=\"$p\"/>:"
	    "<xsl:value-of select=\"r/t\"/></xsl:template>\n"
	    "</xsl:stylesheet>\n";
	static const char writer[] =
	    "<xsl:stylesheet version=\"1.0\" "
	    "xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\" "
	    "xmlns:exsl=\"http://exslt.org/common\" "
	    "extension-element-prefixes=\"exsl\">\n"
	    "<xsl:template match=\"/\"><exsl:document href=\"%s\">x"
	    "</exsl:document></xsl:template>\n</xsl:stylesheet>\n";
	struct buf	 out = BUF_INIT, err = BUF_INIT;
	struct xbuild	*b;
	struct xdoc	*d;
	struct xslt	*x;
	const char	*params[] = { "p", "it's \"quoted\"", NULL };
	char		 path[] = "/tmp/gkml-xslt.XXXXXX", victim[64];
	FILE		*fp;

	if (tmpfile_with(path, sheet) != 0)
		return;
	b = xb_new("r");
	xb_leaf(b, "t", "值");
	d = xb_finish(b);
	OK((x = xslt_load(path, &err)) != NULL);
	OK(xslt_apply(x, d, params, &out, &err) == 0);
	STR_EQ(out.ptr, "it's \"quoted\":值");
	xslt_free(x);

	/* A stylesheet may not write files. */
	snprintf(victim, sizeof(victim), "%s.written", path);
	fp = fopen(path, "w");
	fprintf(fp, writer, victim);
	fclose(fp);
	buf_reset(&out);
	if ((x = xslt_load(path, &err)) != NULL) {
		OK(xslt_apply(x, d, NULL, &out, &err) == -1);
		xslt_free(x);
	}
	OK(access(victim, F_OK) != 0);
	unlink(victim);

	/* A broken stylesheet is refused with a reason. */
	fp = fopen(path, "w");
	fputs("<xsl:stylesheet", fp);
	fclose(fp);
	buf_reset(&err);
	OK(xslt_load(path, &err) == NULL);
	OK(strstr(err.ptr, path) != NULL);
	unlink(path);
	xdoc_free(d);
	buf_release(&out);
	buf_release(&err);
}

/*
 * hout.c against libxml2 itself: one tree made by a stylesheet with
 * xsl:output method="html" indent="yes", and by hn_*(); the bytes must
 * be the same.  The tree has what the rules turn on: block and inline
 * elements, one child and several, text first and last, empty elements,
 * an empty cell, text to escape, "&{" in an attribute, a URI attribute
 * with a blank, a space, a quote and CJK, values with quotes.
 */
static void
test_hout(void)
{
	static const char sheet[] =
	    "<xsl:stylesheet version=\"1.0\" "
	    "xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\">\n"
	    "<xsl:output method=\"html\" indent=\"yes\" encoding=\"UTF-8\"/>\n"
	    "<xsl:template match=\"/\"><table>"
	    "<tbody id=\"c-&amp;{{x}}\"><tr id=\"i-1\">"
	    "<td class=\"no\">1</td>"
	    "<th scope=\"row\" class=\"l2\">名称<span class=\"stage\">"
	    "五公开：决策</span></th>"
	    "<td><ul><li>甲</li></ul></td>"
	    "<td><p>a<br/>b</p><hr/><div><p>x</p><p>y</p></div></td>"
	    "<td></td>"
	    "<td>a&lt;b&gt;&amp;\"'</td>"
	    "<td><a href=\" http://e.x/a b?q=中&amp;r=&quot;s&quot;\" "
	    "rel=\"nofollow\">l</a> after</td>"
	    "<td title=\"a&quot;b'c\" lang=\"x'y\" dir='\"'>t</td>"
	    "<td><span><em>a</em><em>b</em></span><ol start=\"3\">"
	    "<li>x</li></ol></td>"
	    "<td><pre>code\n</pre><blockquote><p>q</p></blockquote></td>"
	    "</tr></tbody>"
	    "<tbody><tr><td>only</td></tr></tbody>"
	    "</table></xsl:template>\n</xsl:stylesheet>\n";
	struct arena	 a = ARENA_INIT;
	struct buf	 want = BUF_INIT, got = BUF_INIT, err = BUF_INIT;
	struct hnode	*top, *table, *tb, *tr, *e, *td;
	struct xbuild	*b;
	struct xdoc	*d;
	struct xslt	*x;
	char		 path[] = "/tmp/gkml-hout.XXXXXX";


	if (tmpfile_with(path, sheet) != 0)
		return;
	b = xb_new("r");
	d = xb_finish(b);
	OK((x = xslt_load(path, &err)) != NULL);
	OK(x != NULL && xslt_apply(x, d, NULL, &want, &err) == 0);

	top = hn_root(&a, "body");
	table = hn_elem(&a, top, "table");
	tb = hn_elem(&a, table, "tbody");
	hn_attr(&a, tb, "id", "c-&{x}");
	tr = hn_elem(&a, tb, "tr");
	hn_attr(&a, tr, "id", "i-1");
	hn_text(&a, hn_elemc(&a, tr, "td", "no"), "1");
	e = hn_elem(&a, tr, "th");
	hn_attr(&a, e, "scope", "row");
	hn_attr(&a, e, "class", "l2");
	hn_text(&a, e, "名称");
	hn_text(&a, hn_elemc(&a, e, "span", "stage"), "五公开：决策");
	hn_text(&a, hn_elem(&a, hn_elem(&a, hn_elem(&a, tr, "td"), "ul"),
	    "li"), "甲");
	td = hn_elem(&a, tr, "td");
	e = hn_elem(&a, td, "p");
	hn_text(&a, e, "a");
	hn_elem(&a, e, "br");
	hn_text(&a, e, "b");
	hn_elem(&a, td, "hr");
	e = hn_elem(&a, td, "div");
	hn_text(&a, hn_elem(&a, e, "p"), "x");
	hn_text(&a, hn_elem(&a, e, "p"), "y");
	hn_text(&a, hn_elem(&a, tr, "td"), "");
	hn_text(&a, hn_elem(&a, tr, "td"), "a<b>&\"'");
	td = hn_elem(&a, tr, "td");
	e = hn_elem(&a, td, "a");
	hn_attr(&a, e, "href", " http://e.x/a b?q=中&r=\"s\"");
	hn_attr(&a, e, "rel", "nofollow");
	hn_text(&a, e, "l");
	hn_text(&a, td, " after");
	td = hn_elem(&a, tr, "td");
	hn_attr(&a, td, "title", "a\"b'c");
	hn_attr(&a, td, "lang", "x'y");
	hn_attr(&a, td, "dir", "\"");
	hn_text(&a, td, "t");
	td = hn_elem(&a, tr, "td");
	e = hn_elem(&a, td, "span");
	hn_text(&a, hn_elem(&a, e, "em"), "a");
	hn_text(&a, hn_elem(&a, e, "em"), "b");
	e = hn_elem(&a, td, "ol");
	hn_attr(&a, e, "start", "3");
	hn_text(&a, hn_elem(&a, e, "li"), "x");
	td = hn_elem(&a, tr, "td");
	hn_text(&a, hn_elem(&a, td, "pre"), "code\n");
	hn_text(&a, hn_elem(&a, hn_elem(&a, td, "blockquote"), "p"), "q");
	tb = hn_elem(&a, table, "tbody");
	hn_text(&a, hn_elem(&a, hn_elem(&a, tb, "tr"), "td"), "only");
	hn_write_children(top, &got);
	buf_addch(&got, '\n');		/* the end of the document */
	STR_EQ(got.ptr, want.ptr);

	if (x != NULL)
		xslt_free(x);
	xdoc_free(d);
	unlink(path);
	arena_release(&a);
	buf_release(&want);
	buf_release(&got);
	buf_release(&err);
}

int
main(void)
{
	test_build();
	test_text_build();
	test_parse();
	test_md();
	test_zip();
	test_paths();
	test_xslt();
	test_hout();
	xml_cleanup();
	return harness_done("test_render");
}
