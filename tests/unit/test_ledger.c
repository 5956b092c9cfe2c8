/*
 * Unit tests for the ledger readers (lib/ledger*.c): one ledger of five
 * records as CSV, XLSX (built here with the zip writer), a column's two
 * list pages and five article pages (tests/unit/ledger/), which must
 * all read as the same records; dates; URLs; bad and hostile input.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "calendar.h"
#include "diag.h"
#include "doc.h"
#include "ledger.h"
#include "zip.h"
#include "harness.h"

#define DIR	"tests/unit/ledger/"
#define S_NS	"xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/" \
		"2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/" \
		"officeDocument/2006/relationships\""
#define REL	"http://schemas.openxmlformats.org/officeDocument/2006/" \
		"relationships/"
#define SITE	"http://www.xx.gov.cn/zwgk/"

static struct ledger	 l;
static struct diag	 dg;

/* The five records every form of the ledger holds. */
static const struct {
	const char	*title, *published, *url;
} five[] = {
	{ "关于2024年城乡低保标准调整的通知", "2024-03-05",
	    SITE "shjz/202403/t20240305_1.html" },
	{ "2024年2月城市低保资金发放情况", "2024-02-28",
	    SITE "shjz/202402/t20240228_2.html" },
	{ "临时救助审批结果公示", "2024-01-15",
	    SITE "shjz/202401/t20240115_3.html" },
	{ "特困人员供养名单", "2023-12-20",
	    SITE "tkgy/202312/t20231220_4.html" },
	{ "社会救助政策解读", "2023-11-02",
	    SITE "zcjd/202311/t20231102_5.html" },
};

static long
day(const char *ymd)
{
	long	 d = -1;

	if (cal_parse(ymd, &d) != 0)
		abort();
	return d;
}

static void
start(void)
{
	ledger_init(&l);
	diag_init(&dg, DIAG_TEXT, SEV_NOTE);
	dg.quiet = 1;
}

static void
done(void)
{
	ledger_release(&l);
	diag_finish(&dg, "test", "");
}

static int
readn(const char *path, const char *p, size_t n, const char *enc,
    const struct limits *lim)
{
	return ledger_read(&l, path, p, n, enc, lim, &dg);
}

static int
reads(const char *path, const char *p)
{
	return readn(path, p, strlen(p), NULL, NULL);
}

/* Read a fixture file into the ledger. */
static int
readf(const char *path)
{
	FILE		*f;
	struct buf	 b = BUF_INIT;
	char		 chunk[4096];
	size_t		 n;
	int		 rc;

	if ((f = fopen(path, "rb")) == NULL) {
		perror(path);
		abort();
	}
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		buf_add(&b, chunk, n);
	fclose(f);
	rc = readn(path, b.ptr, b.len, NULL, NULL);
	buf_release(&b);
	return rc;
}

/* The finding with this rule, the nth (from 0); NULL when none. */
static const struct finding *
found(enum rule r, int nth)
{
	size_t	 i;

	for (i = 0; i < dg.n; i++)
		if (dg.v[i].rule == r && nth-- == 0)
			return &dg.v[i];
	return NULL;
}

static void
at(enum rule r, int nth, unsigned line, unsigned col)
{
	const struct finding	*f = found(r, nth);

	OK(f != NULL);
	if (f == NULL)
		return;
	INT_EQ(f->line, line);
	INT_EQ(f->col, col);
}

/* Records from..from+5 are the five. */
static void
same_five(size_t from)
{
	size_t	 i;

	OK(l.n >= from + 5);
	if (l.n < from + 5)
		return;
	for (i = 0; i < 5; i++) {
		STR_EQ(l.v[from + i].title, five[i].title);
		INT_EQ(l.v[from + i].published, day(five[i].published));
		STR_EQ(l.v[from + i].url, five[i].url);
	}
}

static void
test_dates(void)
{
	long	 d;

	INT_EQ(ledger_date("2024-03-05", &d), 0);
	INT_EQ(d, day("2024-03-05"));
	INT_EQ(ledger_date("2024-3-5", &d), 0);
	INT_EQ(d, day("2024-03-05"));
	INT_EQ(ledger_date("2024/3/5", &d), 0);
	INT_EQ(d, day("2024-03-05"));
	INT_EQ(ledger_date("2024.3.5", &d), 0);
	INT_EQ(d, day("2024-03-05"));
	INT_EQ(ledger_date("2024年3月5日", &d), 0);
	INT_EQ(d, day("2024-03-05"));
	INT_EQ(ledger_date("20240305", &d), 0);
	INT_EQ(d, day("2024-03-05"));
	INT_EQ(ledger_date(" 2024-03-05 10:22 ", &d), 0);
	INT_EQ(d, day("2024-03-05"));
	INT_EQ(ledger_date("2024-03-05 10:22:33", &d), 0);
	INT_EQ(d, day("2024-03-05"));
	INT_EQ(ledger_date("２０２４－０３－０５　１０：２２", &d), 0);
	INT_EQ(d, day("2024-03-05"));
	INT_EQ(ledger_date("2024-03-05T10:22", &d), 0);
	/* Days that do not exist. */
	INT_EQ(ledger_date("2023-02-29", &d), -1);
	INT_EQ(d, -1);
	INT_EQ(ledger_date("2024-13-01", &d), -1);
	INT_EQ(ledger_date("2024-02-30", &d), -1);
	INT_EQ(ledger_date("20241301", &d), -1);
	INT_EQ(ledger_date("2024-02-29", &d), 0);
	/* Not dates. */
	INT_EQ(ledger_date("", &d), -2);
	INT_EQ(ledger_date("下周一", &d), -2);
	INT_EQ(ledger_date("2024-03", &d), -2);
	INT_EQ(ledger_date("2024-03/05", &d), -2);
	INT_EQ(ledger_date("2024-03-05 25:00", &d), -2);
	INT_EQ(ledger_date("2024-03-05 星期二", &d), -2);
	INT_EQ(ledger_date("2024-003-05", &d), -2);
	INT_EQ(ledger_date("202403051", &d), -2);
}

static void
test_urls(void)
{
	struct arena	 a;
	const char	*b = "http://x.gov.cn/zwgk/shjz/index.html?p=1#top";

	arena_init(&a);
	STR_EQ(ledger_url(&a, b, "./2024/t1.html"),
	    "http://x.gov.cn/zwgk/shjz/2024/t1.html");
	STR_EQ(ledger_url(&a, b, "2024/t1.html"),
	    "http://x.gov.cn/zwgk/shjz/2024/t1.html");
	STR_EQ(ledger_url(&a, b, "../x.html"), "http://x.gov.cn/zwgk/x.html");
	STR_EQ(ledger_url(&a, b, "../../../x.html"), "http://x.gov.cn/x.html");
	STR_EQ(ledger_url(&a, b, "/abs/path.html"),
	    "http://x.gov.cn/abs/path.html");
	STR_EQ(ledger_url(&a, b, "/a/./b/../c.html"),
	    "http://x.gov.cn/a/c.html");
	STR_EQ(ledger_url(&a, b, "//y.gov.cn/a.html"), "http://y.gov.cn/a.html");
	STR_EQ(ledger_url(&a, b, "?p=2"),
	    "http://x.gov.cn/zwgk/shjz/index.html?p=2");
	STR_EQ(ledger_url(&a, b, "HTTPS://z.cn/a"), "HTTPS://z.cn/a");
	STR_EQ(ledger_url(&a, "http://x.gov.cn", "a.html"),
	    "http://x.gov.cn/a.html");
	OK(ledger_url(&a, b, "javascript:void(0)") == NULL);
	OK(ledger_url(&a, b, "mailto:a@b.cn") == NULL);
	OK(ledger_url(&a, b, "#top") == NULL);
	OK(ledger_url(&a, NULL, "a.html") == NULL);
	OK(ledger_url(&a, "file:///c/a.html", "a.html") == NULL);
	arena_release(&a);
}

static void
test_csv(void)
{
	const struct ledger_rec	*r;

	start();
	INT_EQ(readf(DIR "ledger.csv"), 0);
	INT_EQ(l.n, 5);
	same_five(0);
	/* The row with no title is left out, and said so. */
	at(R_LEDGER_TITLE, 0, 7, 2);
	INT_EQ(dg.n, 1);
	if (l.n == 5) {
		r = &l.v[0];
		STR_EQ(r->file, DIR "ledger.csv");
		INT_EQ(r->line, 3);
		INT_EQ(r->col, 0);
		INT_EQ(r->formed, day("2024-03-01"));
		INT_EQ(r->fline, 3);
		INT_EQ(r->fcol, 4);
		INT_EQ(r->pline, 3);
		INT_EQ(r->pcol, 3);
		STR_EQ(r->column, "政务公开/基层政务公开/社会救助");
		OK(r->column_url == NULL);
		STR_EQ(r->item, "shjz-01");
		STR_EQ(r->index, "11xx00/2024-00012");
		OK(r->docno == NULL);
		OK(r->publisher == NULL);
		r = &l.v[1];
		INT_EQ(r->line, 4);
		INT_EQ(r->formed, -1);
		INT_EQ(r->fline, 4);
		OK(r->index == NULL);
		/* After the empty row and the row with no title. */
		INT_EQ(l.v[2].line, 6);
		OK(l.v[2].item == NULL);
		INT_EQ(l.v[3].line, 8);
		INT_EQ(l.v[4].line, 9);
		INT_EQ(l.v[4].formed, day("2023-10-30"));
	}
	done();
}

static const char wb_xml[] =
    "<workbook " S_NS "><sheets>"
    "<sheet name=\"台账\" sheetId=\"1\" r:id=\"rId1\"/>"
    "</sheets></workbook>";

static const char wb_rels[] =
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/"
    "2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"" REL "worksheet\" "
    "Target=\"worksheets/sheet1.xml\"/></Relationships>";

#define IS(ref, s) "<c r=\"" ref "\" t=\"inlineStr\"><is><t>" s "</t></is></c>"

/* The five, a title above the header; 2024-03-05 as Excel's serial. */
static const char sheet_xml[] =
    "<worksheet " S_NS "><sheetData>"
    "<row r=\"1\">" IS("A1", "政府信息公开台账") "</row>"
    "<row r=\"2\">" IS("A2", "文章标题") IS("B2", "公开日期")
    IS("C2", "形成日期") IS("D2", "网址") IS("E2", "栏目名称")
    IS("F2", "发布机构") IS("G2", "文号") "</row>"
    "<row r=\"3\">" IS("A3", "关于2024年城乡低保标准调整的通知")
    "<c r=\"B3\" s=\"1\"><v>45356</v></c>" IS("C3", "2024-03-01")
    IS("D3", SITE "shjz/202403/t20240305_1.html") IS("E3", "社会救助")
    IS("F3", "某县民政局") IS("G3", "某民发〔2024〕3号") "</row>"
    "<row r=\"4\">" IS("A4", "2024年2月城市低保资金发放情况")
    IS("B4", "2024-02-28") IS("D4", SITE "shjz/202402/t20240228_2.html")
    "</row>"
    "<row r=\"5\">" IS("A5", "临时救助审批结果公示")
    IS("B5", "2024-01-15 10:22:33")
    IS("D5", SITE "shjz/202401/t20240115_3.html") "</row>"
    "<row r=\"6\">" IS("A6", "特困人员供养名单") IS("B6", "2023/12/20")
    IS("D6", SITE "tkgy/202312/t20231220_4.html") "</row>"
    "<row r=\"7\">" IS("A7", "社会救助政策解读") IS("B7", "2023年11月2日")
    IS("D7", SITE "zcjd/202311/t20231102_5.html") "</row>"
    "</sheetData></worksheet>";

static void
test_xlsx(void)
{
	const char *const parts[] = {
		"[Content_Types].xml", "<Types/>",
		"xl/workbook.xml", wb_xml,
		"xl/_rels/workbook.xml.rels", wb_rels,
		"xl/worksheets/sheet1.xml", sheet_xml,
		NULL
	};
	const char *const *pp;
	struct zipw	*w = zipw_new();
	struct buf	 z = BUF_INIT, err = BUF_INIT;

	for (pp = parts; pp[0] != NULL; pp += 2)
		zipw_add(w, pp[0], pp[1], strlen(pp[1]));
	if (zipw_finish(w, 0, &z, &err) != 0)
		abort();
	start();
	INT_EQ(readn("ledger.XLSX", z.ptr, z.len, NULL, NULL), 0);
	INT_EQ(l.n, 5);
	INT_EQ(dg.n, 0);
	same_five(0);
	if (l.n == 5) {
		INT_EQ(l.v[0].line, 3);
		INT_EQ(l.v[0].col, 0);
		INT_EQ(l.v[0].pline, 3);
		INT_EQ(l.v[0].pcol, 2);
		INT_EQ(l.v[0].formed, day("2024-03-01"));
		INT_EQ(l.v[0].fcol, 3);
		STR_EQ(l.v[0].column, "社会救助");
		STR_EQ(l.v[0].publisher, "某县民政局");
		STR_EQ(l.v[0].docno, "某民发〔2024〕3号");
		INT_EQ(l.v[4].line, 7);
		INT_EQ(l.v[4].formed, -1);
	}
	done();
	buf_release(&z);
	buf_release(&err);
}

static void
test_list(void)
{
	size_t	 i;

	start();
	INT_EQ(readf(DIR "list1.html"), 0);
	INT_EQ(l.n, 3);
	INT_EQ(readf(DIR "list2.html"), 0);
	INT_EQ(l.n, 5);
	INT_EQ(dg.n, 0);
	same_five(0);
	for (i = 0; i < l.n; i++) {
		STR_EQ(l.v[i].column, "政务公开/基层政务公开/社会救助");
		STR_EQ(l.v[i].column_url, SITE "shjz/");
		INT_EQ(l.v[i].formed, -1);
		OK(l.v[i].item == NULL && l.v[i].index == NULL);
	}
	if (l.n == 5) {
		STR_EQ(l.v[0].file, DIR "list1.html");
		INT_EQ(l.v[0].line, 9);
		INT_EQ(l.v[0].pline, 9);
		INT_EQ(l.v[2].line, 11);
		STR_EQ(l.v[3].file, DIR "list2.html");
		INT_EQ(l.v[3].line, 7);
	}
	done();
}

static void
test_articles(void)
{
	char		 path[64];
	int		 i;

	start();
	for (i = 1; i <= 5; i++) {
		(void)snprintf(path, sizeof(path), DIR "article%d.html", i);
		INT_EQ(readf(path), 0);
		INT_EQ(l.n, (size_t)i);
	}
	INT_EQ(dg.n, 0);
	same_five(0);
	if (l.n == 5) {
		for (i = 0; i < 5; i++) {
			STR_EQ(l.v[i].column,
			    "政务公开/基层政务公开/社会救助");
			OK(l.v[i].column_url == NULL);
			STR_EQ(l.v[i].publisher, "某县民政局");
		}
		/* The metadata table. */
		STR_EQ(l.v[0].index, "11xx00/2024-00012");
		STR_EQ(l.v[0].docno, "某民发〔2024〕3号");
		INT_EQ(l.v[0].formed, day("2024-03-01"));
		INT_EQ(l.v[0].fline, 9);
		INT_EQ(l.v[0].pline, 10);
		INT_EQ(l.v[0].line, 8);
		/* Labels with their values in one line: title from <h1>. */
		OK(l.v[1].index == NULL && l.v[1].docno == NULL);
		INT_EQ(l.v[1].formed, -1);
		INT_EQ(l.v[1].line, 6);
		INT_EQ(l.v[1].pline, 7);
		INT_EQ(l.v[4].formed, day("2023-10-30"));
	}
	done();
}

/* A page is what it holds: the same ledger as a table saved as HTML. */
static void
test_html_table(void)
{
	start();
	INT_EQ(reads("t.html", "<!-- saved from url=(0030)"
	    "http://www.xx.gov.cn/zwgk/x.htm -->\n"
	    "<table><tr><th>标题</th><th>发布日期</th><th>链接</th></tr>\n"
	    "<tr><td>特困人员供养名单</td><td>2023-12-20</td>"
	    "<td>tkgy/202312/t20231220_4.html</td></tr>\n"
	    "<tr><td>甲</td><td>2023-02-29</td><td></td></tr></table>"), 0);
	INT_EQ(l.n, 2);
	if (l.n == 2) {
		STR_EQ(l.v[0].title, "特困人员供养名单");
		INT_EQ(l.v[0].published, day("2023-12-20"));
		STR_EQ(l.v[0].url, five[3].url);
		INT_EQ(l.v[0].line, 3);
		OK(l.v[1].url == NULL);
		INT_EQ(l.v[1].published, -1);
	}
	at(R_LEDGER_DATE, 0, 4, 0);
	done();
	/* A list page with a header row: the titles' links are the URLs. */
	start();
	INT_EQ(reads("t.html", "<!-- saved from url=(0030)"
	    "http://www.xx.gov.cn/zwgk/x.htm -->\n<table>"
	    "<tr><th>标题</th><th>发布日期</th></tr>\n"
	    "<tr><td><a href=\"tkgy/202312/t20231220_4.html\">特困人员供养名单"
	    "</a></td><td>2023-12-20</td></tr>\n"
	    "<tr><td><a href=\"shjz/202401/t20240115_3.html\" "
	    "title=\"临时救助审批结果公示\">临时救助...</a></td>"
	    "<td>2024-01-15</td></tr>\n"
	    "<tr><td>无链接</td><td>2024-01-16</td></tr></table>"), 0);
	INT_EQ(l.n, 3);
	if (l.n == 3) {
		STR_EQ(l.v[0].url, five[3].url);
		STR_EQ(l.v[1].title, "临时救助...");
		STR_EQ(l.v[1].url, five[2].url);
		OK(l.v[2].url == NULL);
	}
	done();
}

/* Where links lead: <base href>, else canonical; a GBK page. */
static void
test_page_urls(void)
{
	static const char gbk[] = "<ul><li><a href=\"a.html\">"
	    "\xb5\xcd\xb1\xa3\xb9\xab\xca\xbe</a>2024-03-05</li>"
	    "<li><a href=\"b.html\">\xc1\xd9\xca\xb1\xbe\xc8\xd6\xfa</a>"
	    "2024-03-06</li></ul>";

	start();
	INT_EQ(reads("b.html", "<html><head><!-- saved from url=(0021)"
	    "http://x.cn/a/b.html --><base href=\"/c/d/\"></head><body><ul>"
	    "<li><a href=\"e.html\">甲</a>2024-03-05</li>"
	    "<li><a href=\"../f.html\">乙</a>2024-03-06</li></ul>"
	    "</body></html>"), 0);
	INT_EQ(l.n, 2);
	if (l.n == 2) {
		STR_EQ(l.v[0].url, "http://x.cn/c/d/e.html");
		STR_EQ(l.v[1].url, "http://x.cn/c/f.html");
		/* The column is where the page itself is. */
		STR_EQ(l.v[0].column_url, "http://x.cn/a/");
		OK(l.v[0].column == NULL);
	}
	INT_EQ(reads("c.html", "<html><head><link rel=\"canonical\" "
	    "href=\"https://y.cn/l/index.html\"></head><body><div>"
	    "<div><a href=\"/t/1.html\">甲</a><span>2024年3月5日</span></div>"
	    "</div><div class=\"crumb\">首页 » 信息公开 » 通知公告</div>"
	    "</body></html>"), 0);
	INT_EQ(l.n, 3);
	if (l.n == 3) {
		STR_EQ(l.v[2].url, "https://y.cn/t/1.html");
		STR_EQ(l.v[2].column_url, "https://y.cn/l/");
		STR_EQ(l.v[2].column, "信息公开/通知公告");
		INT_EQ(l.v[2].published, day("2024-03-05"));
	}
	done();

	/* A page in GBK that does not say so: refused, or read in it. */
	start();
	INT_EQ(reads("g.html", gbk), -1);
	at(R_ENCODING, 0, 1, 26);
	INT_EQ(l.n, 0);
	done();
	start();
	INT_EQ(readn("g.html", gbk, strlen(gbk), "gbk", NULL), 0);
	INT_EQ(l.n, 2);
	if (l.n == 2) {
		STR_EQ(l.v[0].title, "低保公示");
		STR_EQ(l.v[1].title, "临时救助");
		INT_EQ(l.v[1].published, day("2024-03-06"));
	}
	done();
}

/* Rows of several links: the title is the longest, not 附件. */
static void
test_rows_of_links(void)
{
	start();
	INT_EQ(reads("r.html", "<!-- saved from url=(0020)http://x.cn/l/"
	    "i.html -->\n<table>\n"
	    "<tr><td><a href=\"/l/\">[社会救助]</a></td><td><a href=\"1.html\">"
	    "关于2024年城乡低保标准调整的通知</a></td><td>2024-03-05</td></tr>\n"
	    "<tr><td><a href=\"/l/\">[社会救助]</a></td><td><a href=\"2.html\">"
	    "临时救助审批结果公示</a> <a href=\"2.pdf\">附件</a></td>"
	    "<td>2024-01-15</td></tr>\n</table>\n<ul>\n"
	    "<li><a href=\"3.html\">特困人员供养名单</a><a href=\"3.pdf\">附件"
	    "</a><span>2023-12-20</span></li></ul>"), 0);
	INT_EQ(l.n, 2);
	if (l.n == 2) {
		STR_EQ(l.v[0].title, five[0].title);
		STR_EQ(l.v[0].url, "http://x.cn/l/1.html");
		INT_EQ(l.v[0].line, 3);
		STR_EQ(l.v[1].title, five[2].title);
		STR_EQ(l.v[1].url, "http://x.cn/l/2.html");
		INT_EQ(l.v[1].published, day("2024-01-15"));
	}
	done();
	/* One entry alone on a page with no metadata is still a record. */
	start();
	INT_EQ(reads("r.html", "<ul><li><a href=\"3.html\">特困人员供养名单"
	    "</a><a href=\"3.pdf\">附件</a><span>2023-12-20</span></li></ul>"),
	    0);
	INT_EQ(l.n, 1);
	if (l.n == 1)
		STR_EQ(l.v[0].title, five[3].title);
	done();
}

static void
test_bad(void)
{
	static const char gbk[] = "\xb1\xea\xcc\xe2,\xb7\xa2\xb2\xbc\xc8\xd5"
	    "\xc6\xda\n\xb2\xe2\xca\xd4,2024-03-05\n";
	const struct finding	*f;

	/* GBK without its encoding: refused; with it, read. */
	start();
	INT_EQ(reads("gbk.csv", gbk), -1);
	INT_EQ(l.n, 0);
	OK((f = found(R_GBK, 0)) != NULL);
	if (f != NULL) {
		INT_EQ(f->line, 1);
		INT_EQ(f->col, 1);
	}
	done();
	start();
	INT_EQ(readn("gbk.csv", gbk, strlen(gbk), "gbk", NULL), 0);
	INT_EQ(l.n, 1);
	if (l.n == 1) {
		STR_EQ(l.v[0].title, "测试");
		INT_EQ(l.v[0].published, day("2024-03-05"));
	}
	done();

	/* No date column: said at the first row. */
	start();
	INT_EQ(reads("a.csv", "台账\n标题,栏目\n甲,乙\n"), -1);
	at(R_LEDGER_HEADER, 0, 1, 1);
	INT_EQ(l.n, 0);
	done();
	/* A formed date but no publication date: at the header row. */
	start();
	INT_EQ(reads("a.csv", "台账\n序号,标题,成文日期\n1,甲,2024-03-05\n"),
	    -1);
	at(R_LEDGER_HEADER, 0, 2, 2);
	INT_EQ(dg.n, 1);
	done();
	/* A header row too far down is not looked for. */
	start();
	INT_EQ(reads("a.csv", "\n\n\n\n\n\n\n\n\n\n标题,发布日期\n甲,"
	    "2024-03-05\n"), -1);
	OK(found(R_LEDGER_HEADER, 0) != NULL);
	done();

	/* Days that do not exist, and a date that does not read. */
	start();
	INT_EQ(reads("d.csv", "标题,发布日期,成文日期\n"
	    "甲,2023-02-29,2024-01-01\n乙,2024-03-05,2024-13-01\n"
	    "丙,下周一,\n"), 0);
	INT_EQ(l.n, 3);
	at(R_LEDGER_DATE, 0, 2, 2);
	at(R_LEDGER_DATE, 1, 3, 3);
	at(R_LEDGER_DATE, 2, 4, 2);
	INT_EQ(dg.n, 3);
	if (l.n == 3) {
		INT_EQ(l.v[0].published, -1);
		INT_EQ(l.v[0].pline, 2);
		INT_EQ(l.v[0].pcol, 2);
		INT_EQ(l.v[0].formed, day("2024-01-01"));
		INT_EQ(l.v[1].published, day("2024-03-05"));
		INT_EQ(l.v[1].formed, -1);
		INT_EQ(l.v[1].fline, 3);
		INT_EQ(l.v[1].fcol, 3);
		INT_EQ(l.v[2].published, -1);
	}
	done();
	/* On a list page, at the entry's line. */
	start();
	INT_EQ(reads("l.html", "<ul>\n<li><a href=\"a.html\">甲</a>"
	    "2024-03-05</li>\n<li><a href=\"b.html\">乙</a>[2023-02-29]"
	    "</li>\n</ul>"), 0);
	INT_EQ(l.n, 2);
	at(R_LEDGER_DATE, 0, 3, 0);
	if (l.n == 2) {
		OK(l.v[0].url == NULL);
		INT_EQ(l.v[1].published, -1);
	}
	done();

	/* Files that hold no record, or are of no kind read. */
	start();
	INT_EQ(reads("e.csv", "标题,发布日期\n"), 0);
	OK(found(R_LEDGER_EMPTY, 0) != NULL);
	INT_EQ(reads("e.html", "<h1>无</h1><p>来源：县政府办</p>"), 0);
	OK(found(R_LEDGER_EMPTY, 1) != NULL);
	OK(found(R_LEDGER_HEADER, 0) == NULL);
	INT_EQ(reads("e.txt", "标题,发布日期\n"), -1);
	OK(found(R_LEDGER_FORMAT, 0) != NULL);
	INT_EQ(l.n, 0);
	done();
	/* Labels apart by U+3000 only, under the page's text. */
	start();
	INT_EQ(reads("a.html", "<title>标准目录</title>\n<p>正文</p>\n"
	    "<p>发布机构：某镇人民政府\xe3\x80\x80\xe3\x80\x80发布日期：2024-06-05"
	    "</p>"), 0);
	INT_EQ(l.n, 1);
	INT_EQ(dg.n, 0);
	if (l.n == 1) {
		STR_EQ(l.v[0].title, "标准目录");
		INT_EQ(l.v[0].line, 1);
		STR_EQ(l.v[0].publisher, "某镇人民政府");
		INT_EQ(l.v[0].published, day("2024-06-05"));
		INT_EQ(l.v[0].pline, 3);
	}
	done();
	/* An article without its publication date. */
	start();
	INT_EQ(reads("a.html", "<h1>甲</h1>\n<p>索引号：1</p>"), -1);
	at(R_LEDGER_HEADER, 0, 1, 0);
	INT_EQ(l.n, 1);
	done();
}

static void
test_hostile(void)
{
	struct buf	 b = BUF_INIT;
	struct limits	 lim;
	size_t		 i;

	/* A list page of 20,000 entries. */
	buf_adds(&b, "<!-- saved from url=(0020)http://x.cn/l/i.html -->"
	    "<ul>\n");
	for (i = 0; i < 20000; i++)
		buf_addf(&b, "<li><a href=\"t%zu.html\">第%zu条</a>"
		    "<span>2024-03-05</span></li>\n", i, i);
	buf_adds(&b, "</ul>");
	start();
	INT_EQ(readn("big.html", b.ptr, b.len, NULL, NULL), 0);
	INT_EQ(l.n, 20000);
	if (l.n == 20000) {
		STR_EQ(l.v[19999].title, "第19999条");
		STR_EQ(l.v[19999].url, "http://x.cn/l/t19999.html");
		INT_EQ(l.v[19999].line, 20001);
	}
	done();

	/* A title of 1 MB passes the scalar limit: trouble (exit 2). */
	limits_default(&lim);
	buf_reset(&b);
	buf_adds(&b, "标题,发布日期\n");
	for (i = 0; i < 1100000; i++)
		buf_addch(&b, 'x');
	buf_adds(&b, ",2024-03-05\n");
	start();
	INT_EQ(readn("big.csv", b.ptr, b.len, NULL, &lim), -2);
	at(R_LIMIT, 0, 2, 1);
	OK(dg.trouble);
	done();
	buf_reset(&b);
	buf_adds(&b, "<ul><li><a href=\"a.html\">甲</a>2024-03-05</li>\n"
	    "<li><a href=\"b.html\">");
	for (i = 0; i < 1100000; i++)
		buf_addch(&b, 'x');
	buf_adds(&b, "</a>2024-03-05</li></ul>");
	start();
	INT_EQ(readn("big.html", b.ptr, b.len, NULL, &lim), -2);
	OK(found(R_LIMIT, 0) != NULL);
	done();
	buf_release(&b);
}

int
main(void)
{
	test_dates();
	test_urls();
	test_csv();
	test_xlsx();
	test_list();
	test_articles();
	test_html_table();
	test_page_urls();
	test_rows_of_links();
	test_bad();
	test_hostile();
	return harness_done("test_ledger");
}
