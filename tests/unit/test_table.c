/*
 * Unit tests for the table readers (lib/table*.c): CSV, HTML, DOCX, XLSX.
 * DOCX and XLSX fixtures are built here from XML strings with the zip
 * writer, so the tests need no binary files.
 */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "diag.h"
#include "table.h"
#include "zip.h"
#include "harness.h"

#define W_NS	"xmlns:w=\"http://schemas.openxmlformats.org/" \
		"wordprocessingml/2006/main\" xmlns:w14=\"http://schemas." \
		"microsoft.com/office/word/2010/wordml\""
#define S_NS	"xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/" \
		"2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/" \
		"officeDocument/2006/relationships\""
#define REL	"http://schemas.openxmlformats.org/officeDocument/2006/" \
		"relationships/"

static struct tables	 ts;
static struct diag	 dg;

/* Read p (a NUL-terminated string or n bytes) into the globals. */
static int
readn(enum table_format f, const char *p, size_t n, const char *enc)
{
	tables_init(&ts);
	diag_init(&dg, DIAG_TEXT, SEV_NOTE);
	dg.quiet = 1;
	return tables_read(&ts, f, "in", p, n, enc, NULL, &dg);
}

static int
reads(enum table_format f, const char *p)
{
	return readn(f, p, strlen(p), NULL);
}

static void
done(void)
{
	tables_release(&ts);
	diag_finish(&dg, "test", "");
}

/* A finding with this rule whose message holds sub; NULL for any. */
static const struct finding *
found(enum rule r, const char *sub)
{
	size_t	 i;

	for (i = 0; i < dg.n; i++)
		if (dg.v[i].rule == r &&
		    (sub == NULL || strstr(dg.v[i].msg, sub) != NULL))
			return &dg.v[i];
	return NULL;
}

static const char *
text(size_t t, unsigned r, unsigned c)
{
	if (t >= ts.n || r >= ts.v[t].nrows || c >= ts.v[t].ncols)
		return "(outside)";
	return TABLE_CELL(&ts.v[t], r, c)->text;
}

static const struct cell *
cell(size_t t, unsigned r, unsigned c)
{
	static const struct cell none = { "", 0, 0, 9999, 9999, 9, "" };

	if (t >= ts.n || r >= ts.v[t].nrows || c >= ts.v[t].ncols)
		return &none;
	return TABLE_CELL(&ts.v[t], r, c);
}

/* Zip name/content pairs (NULL-terminated) into out. */
static void
zip_of(struct buf *out, const char *const *parts)
{
	struct zipw	*w = zipw_new();
	struct buf	 err = BUF_INIT;

	for (; parts[0] != NULL; parts += 2)
		zipw_add(w, parts[0], parts[1], strlen(parts[1]));
	if (zipw_finish(w, 0, out, &err) != 0) {
		fprintf(stderr, "zip: %s\n", err.ptr);
		abort();
	}
	buf_release(&err);
}

static int
read_docx(const char *document)
{
	const char *const parts[] = {
		"[Content_Types].xml", "<Types/>",
		"word/document.xml", document,
		NULL
	};
	struct buf	 z = BUF_INIT;
	int		 rc;

	zip_of(&z, parts);
	rc = readn(TF_DOCX, z.ptr, z.len, NULL);
	buf_release(&z);
	return rc;
}

static void
test_csv(void)
{
	/* Quoted fields, doubled quotes, CR LF, ragged rows. */
	INT_EQ(reads(TF_CSV, "a,\"b,c\",\"d \"\"q\"\" e\"\r\n1,2\r\n"), 0);
	INT_EQ(ts.n, 1);
	INT_EQ(ts.v[0].nrows, 2);
	INT_EQ(ts.v[0].ncols, 3);
	STR_EQ(ts.v[0].where, "table 1");
	OK(ts.v[0].name == NULL);
	STR_EQ(text(0, 0, 1), "b,c");
	STR_EQ(text(0, 0, 2), "d \"q\" e");
	STR_EQ(text(0, 1, 1), "2");
	STR_EQ(text(0, 1, 2), "");
	INT_EQ(cell(0, 1, 2)->line, 2);
	INT_EQ(cell(0, 1, 2)->col, 3);
	INT_EQ(cell(0, 1, 2)->merged, 0);
	INT_EQ(cell(0, 1, 1)->col, 2);
	done();

	/* Newlines in quotes; positions are physical lines; no final
	 * newline; a BOM is stripped. */
	INT_EQ(reads(TF_CSV, "\xef\xbb\xbf序号,\"名称\n(二级)\",x\n"
	    "1,\"a\r\nb\",\"\"\n2,c"), 0);
	INT_EQ(ts.v[0].nrows, 3);
	STR_EQ(text(0, 0, 0), "序号");
	STR_EQ(text(0, 0, 1), "名称\n(二级)");
	INT_EQ(cell(0, 1, 0)->line, 3);
	INT_EQ(cell(0, 1, 1)->line, 3);
	STR_EQ(text(0, 1, 1), "a\nb");
	INT_EQ(cell(0, 2, 0)->line, 5);
	STR_EQ(text(0, 2, 1), "c");
	INT_EQ(cell(0, 2, 1)->col, 2);
	OK(found(R_BOM, NULL) == NULL);
	done();

	/* Ragged: the widest row sets the width; blank lines at the end
	 * are no rows, one in the middle is an empty row. */
	INT_EQ(reads(TF_CSV, "a\n\nb,c,d\ne,f\n\n\n"), 0);
	INT_EQ(ts.v[0].nrows, 4);
	INT_EQ(ts.v[0].ncols, 3);
	STR_EQ(text(0, 0, 2), "");
	STR_EQ(text(0, 1, 0), "");
	STR_EQ(text(0, 2, 2), "d");
	STR_EQ(text(0, 3, 1), "f");
	done();

	/* Trimming, ballot boxes, tab-separated files. */
	INT_EQ(reads(TF_CSV, "\xe3\x80\x80 ☑政府网站☐政府公报 "
	    "\t x\n"), 0);
	STR_EQ(text(0, 0, 0), "■政府网站□政府公报");
	STR_EQ(text(0, 0, 1), "x");
	done();

	/* Broken: a quote never closed. */
	INT_EQ(reads(TF_CSV, "a,b\n1,\"open\n2,3\n"), -1);
	OK(found(R_IMP_SYNTAX, "never closed") != NULL);
	INT_EQ(found(R_IMP_SYNTAX, NULL) ? found(R_IMP_SYNTAX, NULL)->line : 0, 2);
	STR_EQ(text(0, 1, 1), "open\n2,3");
	done();

	/* A ragged file that would be a huge grid. */
	{
		struct buf	 b = BUF_INIT;
		int		 i;

		for (i = 0; i < 5000; i++)
			buf_adds(&b, "x\n");
		for (i = 0; i < 1000; i++)
			buf_adds(&b, ",");
		INT_EQ(readn(TF_CSV, b.ptr, b.len, NULL), -2);
		OK(found(R_LIMIT, "cells") != NULL);
		INT_EQ(ts.n, 0);
		done();
		buf_release(&b);
	}
}

static void
test_gbk(void)
{
	static const char gbk[] = "\xd0\xf2\xba\xc5\x2c\xc3\xfb\xb3\xc6\x0a"
	    "\x31\x2c\xd5\xfe\xb8\xae\xcd\xf8\xd5\xbe\x0a";
	const struct finding *f;

	/* Without an encoding: refused, with the iconv command. */
	INT_EQ(readn(TF_CSV, gbk, sizeof(gbk) - 1, NULL), -1);
	INT_EQ(ts.n, 0);
	OK((f = found(R_GBK, "iconv -f GB18030 -t UTF-8")) != NULL);
	OK(f != NULL && strstr(f->msg, "GBK") != NULL);
	done();

	/* With it: converted. */
	INT_EQ(readn(TF_CSV, gbk, sizeof(gbk) - 1, "gbk"), 0);
	INT_EQ(ts.n, 1);
	STR_EQ(text(0, 0, 0), "序号");
	STR_EQ(text(0, 0, 1), "名称");
	STR_EQ(text(0, 1, 1), "政府网站");
	done();

	/* Bytes that are not GB18030 either. */
	INT_EQ(readn(TF_CSV, "a\n\xff\xff", 4, "gbk"), -1);
	OK((f = found(R_ENCODING, "0xFF")) != NULL);
	INT_EQ(f ? f->line : 0, 2);
	done();

	/* HTML in GBK: read as the page says, else like CSV. */
	{
		static const char page[] = "<h1>\xb4\xf3\xd2\xa6\xcf\xd8"
		    "\xd2\xe5\xce\xf1\xbd\xcc\xd3\xfd\xc1\xec\xd3\xf2"
		    "\xbb\xf9\xb2\xe3\xd5\xfe\xce\xf1\xb9\xab\xbf\xaa"
		    "\xb1\xea\xd7\xbc\xc4\xbf\xc2\xbc</h1><table><tr><td>"
		    "\xd5\xfe\xb8\xae\xcd\xf8\xd5\xbe</td><td>\xca\xaf"
		    "\xd1\xf2\xd5\xf2\xc8\xcb\xc3\xf1\xd5\xfe\xb8\xae"
		    "\xd2\xe5\xce\xf1\xbd\xcc\xd3\xfd</td></tr></table>";
		struct buf	 b = BUF_INIT;

		INT_EQ(readn(TF_HTML, page, sizeof(page) - 1, NULL), -1);
		OK(found(R_GBK, "iconv -f GB18030") != NULL);
		INT_EQ(ts.n, 0);
		done();
		INT_EQ(readn(TF_HTML, page, sizeof(page) - 1, "gbk"), 0);
		STR_EQ(text(0, 0, 0), "政府网站");
		STR_EQ(text(0, 0, 1), "石羊镇人民政府义务教育");
		STR_EQ(ts.v[0].name, "大姚县义务教育领域"
		    "基层政务公开标准目录");
		done();
		buf_adds(&b, "<meta http-equiv=\"Content-Type\" content=\""
		    "text/html; charset=gb2312\">");
		buf_adds(&b, page);
		INT_EQ(readn(TF_HTML, b.ptr, b.len, NULL), 0);
		STR_EQ(text(0, 0, 0), "政府网站");
		done();
		buf_release(&b);
	}

	/* A UTF-8 file is read as UTF-8 even when told GBK; UTF-16 and
	 * NUL bytes are said. */
	INT_EQ(reads(TF_CSV, "政府网站,x\n"), 0);
	done();
	INT_EQ(readn(TF_CSV, "政府网站,x\n", strlen("政府网站,x\n"), "gbk"), 0);
	STR_EQ(text(0, 0, 0), "政府网站");
	done();
	INT_EQ(readn(TF_CSV, "\xff\xfe" "a\0,\0b\0\n\0", 10, NULL), -1);
	OK(found(R_GBK, "UTF-16") != NULL);
	done();
	INT_EQ(readn(TF_CSV, "a,b\n1,c\0d\n2,e\n3,f\n", 19, NULL), -1);
	OK(found(R_CONTROL, "NUL byte in the file: not a text file") != NULL);
	done();
	/* A page that says UTF-8 but is GBK is caught too. */
	INT_EQ(reads(TF_HTML, "<meta charset=\"utf-8\"><table><tr><td>"
	    "\xb4\xf3\xd2\xa6\xcf\xd8\xca\xaf\xd1\xf2\xd5\xf2\xc8\xcb"
	    "\xc3\xf1\xd5\xfe\xb8\xae</td></tr></table>"), -1);
	OK(found(R_GBK, "iconv") != NULL);
	done();

	/* Invalid UTF-8 that is not GBK. */
	INT_EQ(readn(TF_CSV, "a,b\n\xc3(", 6, NULL), -1);
	OK(found(R_ENCODING, "UTF-8") != NULL);
	done();
}

static const char html_page[] =
    "<html><head><title>t</title></head><body>\n"
    "<h2>石羊镇义务教育领域标准目录</h2>\n"
    "<p>说明文字,不是标题,而且很长很长很长很长。</p>\n"
    "<table>\n"
    "<tr><th rowspan=2>序号</th><th colspan=\"2\">公开事项</th>"
    "<th>渠道</th>"
    "</tr>\n"
    "<tr><th>一级</th><th>二级</th><th>x</th></tr>\n"
    "<tbody><tr><td>1</td><td rowspan=\"2\">政策\n  文件</td>"
    "<td>控辍保学<br>实施</td>\n"
    "<td><input type=checkbox checked>政府网站<input type=\"checkbox\">"
    "政府公报</td></tr>\n"
    "<tr><td>2</td><td>&nbsp;招生\xe3\x80\x80</td><td><p>a</p><p>b</p>"
    "</td></tr></tbody>\n"
    "</table>\n"
    "<table><caption>表2 其他</caption><tr><td>x</td><td>y</td></tr>"
    "</table>\n"
    "<p style=\"text-align:center\"><strong>附件3 公开目录</strong></p>\n"
    "<table><tr><td colspan=9>标题栏</td></tr><tr><td>a</td><td>b</td>"
    "</tr><tfoot><tr><td>脚</td><td>注</td></tr></tfoot>"
    "<tr><td>c</td><td>d</td></tr></table>\n"
    "</body></html>\n";

static void
test_html(void)
{
	const struct cell *c;

	INT_EQ(reads(TF_HTML, html_page), 0);
	INT_EQ(ts.n, 3);
	STR_EQ(ts.v[0].name, "石羊镇义务教育领域标准目录");
	STR_EQ(ts.v[0].where, "table 1");
	INT_EQ(ts.v[0].line, 4);
	INT_EQ(ts.v[0].nrows, 4);
	INT_EQ(ts.v[0].ncols, 4);
	STR_EQ(text(0, 0, 0), "序号");
	c = cell(0, 1, 0);
	INT_EQ(c->merged, 1);
	INT_EQ(c->orow, 0);
	INT_EQ(c->ocol, 0);
	STR_EQ(c->text, "序号");
	INT_EQ(c->line, 5);
	c = cell(0, 0, 2);
	INT_EQ(c->merged, 1);
	INT_EQ(c->ocol, 1);
	STR_EQ(c->text, "公开事项");
	/* Row 1 starts after the rowspan of 序号. */
	STR_EQ(text(0, 1, 1), "一级");
	STR_EQ(text(0, 1, 3), "x");
	/* White space collapses; the rowspan runs into row 3. */
	STR_EQ(text(0, 2, 1), "政策 文件");
	INT_EQ(cell(0, 2, 1)->merged, 0);
	INT_EQ(cell(0, 2, 1)->line, 7);
	INT_EQ(cell(0, 2, 1)->col, 0);
	c = cell(0, 3, 1);
	INT_EQ(c->merged, 1);
	INT_EQ(c->orow, 2);
	INT_EQ(c->ocol, 1);
	STR_EQ(text(0, 2, 2), "控辍保学\n实施");
	STR_EQ(text(0, 2, 3), "■政府网站□政府公报");
	STR_EQ(text(0, 3, 2), "招生");
	STR_EQ(text(0, 3, 3), "a\nb");
	/* The caption names the second table, not the heading. */
	STR_EQ(ts.v[1].name, "表2 其他");
	/* A centred bold paragraph names the third; the title bar does
	 * not widen it; tfoot comes last. */
	STR_EQ(ts.v[2].name, "附件3 公开目录");
	INT_EQ(ts.v[2].ncols, 2);
	INT_EQ(ts.v[2].nrows, 4);
	INT_EQ(cell(0 + 2, 0, 1)->merged, 1);
	STR_EQ(text(2, 2, 0), "c");
	STR_EQ(text(2, 3, 0), "脚");
	OK(dg.n == 0);
	done();

	/* Nested tables are tables of their own, outer first. */
	INT_EQ(reads(TF_HTML, "<table><tr><td>外<table><tr><td>内</td>"
	    "</tr></table>层</td><td>b</td></tr></table>"), 0);
	INT_EQ(ts.n, 2);
	STR_EQ(text(0, 0, 0), "外层");
	STR_EQ(text(0, 0, 1), "b");
	STR_EQ(text(1, 0, 0), "内");
	STR_EQ(ts.v[1].where, "table 2");
	done();

	/* Absurd spans: capped as HTML caps them, with a note; a colspan
	 * never covers a slot a rowspan holds. */
	INT_EQ(reads(TF_HTML, "<table><tr><td rowspan=2>a</td>"
	    "<td colspan=99999>b</td><td>c</td></tr>"
	    "<tr><td colspan=3>d</td><td>e</td></tr></table>"), 0);
	OK(found(R_IMP_REPAIR, "colspan '99999' is past HTML's limit of "
	    "1000") != NULL);
	INT_EQ(ts.v[0].ncols, 1002);
	STR_EQ(text(0, 1, 0), "a");
	INT_EQ(cell(0, 1, 0)->merged, 1);
	STR_EQ(text(0, 1, 1), "d");
	STR_EQ(text(0, 1, 4), "e");
	done();

	/* rowspan=0 and a rowspan past the end stop at their group. */
	INT_EQ(reads(TF_HTML, "<table><tbody><tr><td rowspan=0>a</td>"
	    "<td rowspan=7>b</td></tr><tr><td>c</td></tr></tbody>"
	    "<tbody><tr><td>d</td><td>e</td></tr></tbody></table>"), 0);
	INT_EQ(ts.v[0].nrows, 3);
	OK(found(R_IMP_REPAIR, "rowspan 7 runs past the end") != NULL);
	OK(found(R_IMP_REPAIR, "rowspan 0") == NULL);
	STR_EQ(text(0, 1, 0), "a");
	STR_EQ(text(0, 1, 1), "b");
	STR_EQ(text(0, 1, 2), "c");
	STR_EQ(text(0, 2, 0), "d");
	INT_EQ(cell(0, 2, 0)->merged, 0);
	done();

	/* Word's HTML: Wingdings characters in spans. */
	INT_EQ(reads(TF_HTML, "<table><tr><td><span style='font-family:"
	    "Wingdings;mso-char-type:symbol'>\xc3\xbe</span>政府网站"
	    "<span style='font-family:\"Wingdings 2\"'>\xc2\xa3</span>"
	    "政府公报<font face=Symbol>\xc3\x96</font></td></tr></table>"),
	    0);
	STR_EQ(text(0, 0, 0), "■政府网站□政府公报√");
	done();

	/* The page's title names a table with no heading before it. */
	INT_EQ(reads(TF_HTML, "<html><head><title>石羊镇 标准目录</title>"
	    "</head><body><table><tr><td>x</td></tr></table></body></html>"),
	    0);
	STR_EQ(ts.v[0].name, "石羊镇 标准目录");
	done();

	/* No tables, no findings: the interpreter says what is missing. */
	INT_EQ(reads(TF_HTML, "<p>nothing</p>"), 0);
	INT_EQ(ts.n, 0);
	done();
}

static void
test_docx(void)
{
	const struct cell *c;

	INT_EQ(read_docx("<?xml version=\"1.0\" encoding=\"UTF-8\" "
	    "standalone=\"yes\"?>\n<w:document " W_NS "><w:body>\n"
	    "<w:p><w:r><w:t>大姚县义务教育领域标准目录</w:t>"
	    "</w:r></w:p>\n"
	    "<w:p/>\n"
	    "<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/></w:tblGrid>\n"
	    "<w:tr><w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr>"
	    "<w:p><w:r><w:t>政策文件</w:t></w:r></w:p></w:tc>\n"
	    "<w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr>"
	    "<w:p><w:r><w:t>a</w:t></w:r></w:p><w:p><w:r><w:t>b</w:t>"
	    "<w:tab/><w:t>c</w:t><w:br/><w:t xml:space=\"preserve\">d "
	    "</w:t></w:r><w:del><w:r><w:delText>gone</w:delText></w:r>"
	    "</w:del><w:r><w:instrText>PAGE</w:instrText></w:r></w:p>"
	    "</w:tc></w:tr>\n"
	    "<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>\n"
	    "<w:tc><w:p><w:r><w:sym w:font=\"Wingdings\" w:char=\"F0FE\"/>"
	    "<w:t>政府网站</w:t>"
	    "<w:sym w:font=\"Wingdings\" w:char=\"F0A8\"/>"
	    "<w:t>政府公报</w:t><w:sym w:font=\"Wingdings 2\" "
	    "w:char=\"F052\"/><w:t>两微一端</w:t></w:r></w:p></w:tc>\n"
	    "<w:tc><w:p><w:sdt><w:sdtPr><w14:checkbox><w14:checked "
	    "w14:val=\"1\"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r>"
	    "<w:t>☒</w:t></w:r></w:sdtContent></w:sdt><w:r><w:t>主动</w:t>"
	    "</w:r><w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val=\"0\"/>"
	    "</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:t>☐</w:t></w:r>"
	    "</w:sdtContent></w:sdt><w:r><w:t>依申请</w:t></w:r></w:p>"
	    "</w:tc></w:tr>\n"
	    "<w:tr><w:trPr><w:gridBefore w:val=\"1\"/><w:gridAfter "
	    "w:val=\"1\"/></w:trPr><w:tc><w:p><w:r><w:rPr><w:rFonts "
	    "w:ascii=\"Wingdings\" w:hAnsi=\"Wingdings\"/></w:rPr>"
	    "<w:t>\xc3\xbe</w:t></w:r><w:r><w:t>x</w:t></w:r><w:r>"
	    "<w:fldChar w:fldCharType=\"begin\"><w:ffData><w:checkBox>"
	    "<w:default w:val=\"1\"/></w:checkBox></w:ffData></w:fldChar>"
	    "</w:r><w:r><w:instrText> FORMCHECKBOX </w:instrText></w:r>"
	    "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>"
	    "</w:tc></w:tr>\n"
	    "</w:tbl>\n"
	    "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>外</w:t></w:r></w:p>"
	    "<w:p><w:r><w:t>内表名</w:t></w:r></w:p>"
	    "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>内</w:t></w:r></w:p></w:tc>"
	    "</w:tr></w:tbl></w:tc></w:tr></w:tbl>\n"
	    "</w:body></w:document>\n"), 0);
	INT_EQ(ts.n, 3);
	STR_EQ(ts.v[0].name, "大姚县义务教育领域标准目录");
	STR_EQ(ts.v[0].where, "table 1");
	INT_EQ(ts.v[0].line, 5);
	INT_EQ(ts.v[0].nrows, 3);
	INT_EQ(ts.v[0].ncols, 3);
	STR_EQ(text(0, 0, 0), "政策文件");
	INT_EQ(cell(0, 0, 0)->line, 6);
	INT_EQ(cell(0, 0, 0)->col, 0);
	c = cell(0, 1, 0);
	INT_EQ(c->merged, 1);
	INT_EQ(c->orow, 0);
	INT_EQ(c->ocol, 0);
	STR_EQ(c->text, "政策文件");
	STR_EQ(text(0, 0, 1), "a\nb c\nd");
	c = cell(0, 0, 2);
	INT_EQ(c->merged, 1);
	INT_EQ(c->ocol, 1);
	STR_EQ(text(0, 1, 1), "■政府网站□政府公报■两微一端");
	STR_EQ(text(0, 1, 2), "■主动□依申请");
	/* gridBefore and gridAfter leave empty slots. */
	STR_EQ(text(0, 2, 0), "");
	INT_EQ(cell(0, 2, 0)->merged, 0);
	STR_EQ(text(0, 2, 1), "■x■");
	STR_EQ(text(0, 2, 2), "");
	/* The outer table has no paragraph before it but a table; the
	 * nested one is named by the paragraph before it in its cell. */
	OK(ts.v[1].name == NULL);
	STR_EQ(text(1, 0, 0), "外\n内表名");
	STR_EQ(ts.v[2].name, "内表名");
	STR_EQ(text(2, 0, 0), "内");
	OK(dg.n == 0);
	done();
}

static void
test_docx_hostile(void)
{
	struct buf	 z = BUF_INIT, big = BUF_INIT;
	const struct finding *f;
	size_t		 i;

	/* XXE: the external entity is never loaded. */
	INT_EQ(read_docx("<?xml version=\"1.0\"?>\n"
	    "<!DOCTYPE w:document [\n"
	    "<!ENTITY x SYSTEM \"file:///etc/passwd\">\n"
	    "<!ENTITY y \"inner\">\n]>\n"
	    "<w:document " W_NS "><w:body><w:tbl><w:tr><w:tc><w:p><w:r>"
	    "<w:t>A&x;B</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
	    "</w:body></w:document>"), 0);
	INT_EQ(ts.n, 1);
	STR_EQ(text(0, 0, 0), "AB");
	OK(strstr(text(0, 0, 0), "root") == NULL);
	done();

	/* Malformed XML: a finding with the position, no tables. */
	INT_EQ(read_docx("<?xml version=\"1.0\"?>\n<w:document " W_NS ">\n"
	    "<w:body><w:tbl><w:tr>\n<w:tc></w:tr>"), -1);
	OK((f = found(R_IMP_SYNTAX, "word/document.xml is not well-formed")) !=
	    NULL);
	INT_EQ(f ? f->line : 0, 4);
	INT_EQ(ts.n, 0);
	done();

	/* Not a zip archive at all; an archive without a document. */
	INT_EQ(reads(TF_DOCX, "<html>not a docx</html>"), -1);
	OK(found(R_IMP_SYNTAX, "not a DOCX file") != NULL);
	done();
	{
		const char *const parts[] = { "a.txt", "x", NULL };

		zip_of(&z, parts);
		INT_EQ(readn(TF_DOCX, z.ptr, z.len, NULL), -1);
		OK(found(R_IMP_SYNTAX, "no word/document.xml") != NULL);
		done();
		buf_reset(&z);
	}

	/* A zip bomb: 20 MB of one byte compresses past any sane ratio. */
	for (i = 0; i < 20u << 20; i++)
		buf_addch(&big, ' ');
	{
		const char *const parts[] = { "word/document.xml", big.ptr,
		    NULL };

		zip_of(&z, parts);
	}
	OK(z.len < 100000);
	INT_EQ(readn(TF_DOCX, z.ptr, z.len, NULL), -2);
	OK(found(R_LIMIT, "zip bomb") != NULL);
	INT_EQ(ts.n, 0);
	done();
	buf_release(&z);
	buf_release(&big);

	/* Entries with odd names are looked up, never written. */
	{
		const char *const parts[] = {
			"../../etc/evil", "x",
			"/abs", "y",
			"word/document.xml", "<w:document " W_NS "><w:body>"
			    "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>ok</w:t></w:r>"
			    "</w:p></w:tc></w:tr></w:tbl></w:body>"
			    "</w:document>",
			NULL
		};

		zip_of(&z, parts);
		INT_EQ(readn(TF_DOCX, z.ptr, z.len, NULL), 0);
		STR_EQ(text(0, 0, 0), "ok");
		done();
		buf_release(&z);
	}
}

static const char wb_xml[] =
    "<workbook " S_NS "><sheets>"
    "<sheet name=\"目录\" sheetId=\"1\" r:id=\"rId1\"/>"
    "<sheet name=\"lists\" sheetId=\"2\" state=\"hidden\" r:id=\"rId2\"/>"
    "<sheet name=\"空\" sheetId=\"3\" r:id=\"rId3\"/>"
    "<sheet name=\"第二\" sheetId=\"4\" r:id=\"rId4\"/>"
    "</sheets></workbook>";

static const char wb_rels[] =
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/"
    "2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"" REL "worksheet\" "
    "Target=\"worksheets/sheet1.xml\"/>"
    "<Relationship Id=\"rId2\" Type=\"" REL "worksheet\" "
    "Target=\"worksheets/sheet2.xml\"/>"
    "<Relationship Id=\"rId3\" Type=\"" REL "worksheet\" "
    "Target=\"/xl/worksheets/sheet3.xml\"/>"
    "<Relationship Id=\"rId4\" Type=\"" REL "worksheet\" "
    "Target=\"./worksheets/../worksheets/sheet4.xml\"/>"
    "<Relationship Id=\"rId9\" Type=\"" REL "sharedStrings\" "
    "Target=\"sharedStrings.xml\"/>"
    "</Relationships>";

static const char sst_xml[] =
    "<sst " S_NS " count=\"4\" uniqueCount=\"4\">"
    "<si><t>序号</t></si>"
    "<si><r><rPr><b/></rPr><t>公开</t></r><r><t>事项</t></r>"
    "<rPh sb=\"0\" eb=\"1\"><t>gongkai</t></rPh></si>"
    "<si><t xml:space=\"preserve\">a_x000D_\nb </t></si>"
    "<si><t>隐藏</t></si>"
    "</sst>";

static const char sheet1_xml[] =
    "<worksheet " S_NS "><dimension ref=\"A1:D4\"/><sheetData>\n"
    "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\">"
    "<v>1</v></c><c r=\"C1\" t=\"inlineStr\"><is><t>藏在合并下</t></is>"
    "</c></row>\n"
    "<row r=\"3\"><c r=\"A3\"><v>2.5</v></c>"
    "<c r=\"C3\" t=\"str\"><f>A1</f><v>公式</v></c><c t=\"b\"><v>1</v>"
    "</c></row>\n"
    "<row r=\"2\"><c r=\"A2\"><v>1</v></c><c r=\"B2\" t=\"s\"><v>2</v>"
    "</c><c r=\"C2\" s=\"3\"/></row>\n"
    "</sheetData><mergeCells count=\"2\"><mergeCell ref=\"B1:C1\"/>"
    "<mergeCell ref=\"B2:B3\"/></mergeCells></worksheet>";

static const char sheet_empty[] =
    "<worksheet " S_NS "><sheetData><row r=\"1\"><c r=\"A1\" s=\"1\"/>"
    "</row></sheetData></worksheet>";

static const char sheet_hidden[] =
    "<worksheet " S_NS "><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\">"
    "<v>3</v></c></row></sheetData></worksheet>";

static const char sheet4_xml[] =
    "<worksheet " S_NS "><sheetData><row r=\"2\"><c r=\"B2\" "
    "t=\"inlineStr\"><is><r><t>x</t></r><r><t>y</t></r></is></c></row>"
    "</sheetData></worksheet>";

static int
read_xlsx(const char *sheet1, const char *sheet4)
{
	const char *const parts[] = {
		"[Content_Types].xml", "<Types/>",
		"xl/workbook.xml", wb_xml,
		"xl/_rels/workbook.xml.rels", wb_rels,
		"xl/sharedStrings.xml", sst_xml,
		"xl/worksheets/sheet1.xml", sheet1,
		"xl/worksheets/sheet2.xml", sheet_hidden,
		"xl/worksheets/sheet3.xml", sheet_empty,
		"xl/worksheets/sheet4.xml", sheet4,
		NULL
	};
	struct buf	 z = BUF_INIT;
	int		 rc;

	zip_of(&z, parts);
	rc = readn(TF_XLSX, z.ptr, z.len, NULL);
	buf_release(&z);
	return rc;
}

static void
test_xlsx(void)
{
	const struct cell *c;

	INT_EQ(read_xlsx(sheet1_xml, sheet4_xml), 0);
	/* The hidden sheet and the empty one give no table. */
	INT_EQ(ts.n, 2);
	STR_EQ(ts.v[0].name, "目录");
	STR_EQ(ts.v[0].where, "sheet 1");
	INT_EQ(ts.v[0].nrows, 3);
	INT_EQ(ts.v[0].ncols, 4);
	STR_EQ(text(0, 0, 0), "序号");
	STR_EQ(text(0, 0, 1), "公开事项");
	/* C1 is under the merge B1:C1: the merge wins. */
	c = cell(0, 0, 2);
	INT_EQ(c->merged, 1);
	INT_EQ(c->orow, 0);
	INT_EQ(c->ocol, 1);
	STR_EQ(c->text, "公开事项");
	INT_EQ(c->line, 1);
	INT_EQ(c->col, 2);
	/* Rows out of order, a number as written, _x000D_ decoded. */
	STR_EQ(text(0, 1, 0), "1");
	STR_EQ(text(0, 1, 1), "a\nb");
	c = cell(0, 2, 1);
	INT_EQ(c->merged, 1);
	INT_EQ(c->orow, 1);
	STR_EQ(c->text, "a\nb");
	STR_EQ(text(0, 2, 0), "2.5");
	INT_EQ(cell(0, 2, 0)->line, 3);
	INT_EQ(cell(0, 2, 0)->col, 1);
	STR_EQ(text(0, 2, 2), "公式");
	/* A cell without r follows the one before it: D3. */
	STR_EQ(text(0, 2, 3), "TRUE");
	/* C2 has only a style: empty, with its position. */
	STR_EQ(text(0, 1, 2), "");
	INT_EQ(cell(0, 1, 2)->line, 2);
	INT_EQ(cell(0, 1, 2)->col, 3);
	/* Sheet 4: its number counts the hidden and empty ones. */
	STR_EQ(ts.v[1].where, "sheet 4");
	STR_EQ(ts.v[1].name, "第二");
	INT_EQ(ts.v[1].nrows, 2);
	INT_EQ(ts.v[1].ncols, 2);
	STR_EQ(text(1, 1, 1), "xy");
	STR_EQ(text(1, 0, 0), "");
	OK(found(R_IMP_TABLE, "sheet 2 ('lists') is hidden") != NULL);
	INT_EQ(dg.n, 1);
	done();

	/* A stray cell far away: a limit, said with where it is. */
	INT_EQ(read_xlsx(sheet1_xml, "<worksheet " S_NS "><sheetData>"
	    "<row r=\"1048576\"><c r=\"XFD1048576\" t=\"inlineStr\"><is>"
	    "<t>x</t></is></c></row></sheetData></worksheet>"), -2);
	OK(found(R_LIMIT, "sheet 4 ('第二') has 1048576 rows and 16384 "
	    "columns") != NULL);
	INT_EQ(ts.n, 1);
	done();

	/* Overlapping merges: the first wins, the other is left out. */
	INT_EQ(read_xlsx(sheet1_xml, "<worksheet " S_NS "><sheetData>"
	    "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a</t></is></c>"
	    "<c r=\"B1\" t=\"inlineStr\"><is><t>b</t></is></c></row>"
	    "<row r=\"4\"><c r=\"C4\" t=\"inlineStr\"><is><t>c</t></is></c>"
	    "</row></sheetData><mergeCells><mergeCell ref=\"A1:C3\"/>"
	    "<mergeCell ref=\"C4:B1\"/></mergeCells></worksheet>"), 0);
	OK(found(R_IMP_REPAIR, "1 merged range overlapping") != NULL);
	STR_EQ(text(1, 2, 2), "a");
	INT_EQ(cell(1, 2, 2)->merged, 1);
	STR_EQ(text(1, 3, 1), "");
	INT_EQ(cell(1, 3, 1)->merged, 0);
	STR_EQ(text(1, 3, 2), "c");
	done();

	/* Broken parts: a bad shared string index, malformed XML. */
	INT_EQ(read_xlsx("<worksheet " S_NS "><sheetData><row r=\"1\">"
	    "<c r=\"A1\" t=\"s\"><v>99</v></c><c r=\"B1\" t=\"s\"><v>0</v>"
	    "</c></row></sheetData></worksheet>", "<worksheet><sheetData>"),
	    -1);
	OK(found(R_IMP_SYNTAX, "shared string '99'") != NULL);
	OK(found(R_IMP_SYNTAX, "xl/worksheets/sheet4.xml is not well-formed")
	    != NULL);
	INT_EQ(ts.n, 1);
	STR_EQ(text(0, 0, 1), "序号");
	done();
}

int
main(void)
{
	test_csv();
	test_gbk();
	test_html();
	test_docx();
	test_docx_hostile();
	test_xlsx();
	return harness_done("test_table");
}
