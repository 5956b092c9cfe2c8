/*
 * The audit's findings as findings of diag.h (text, JSON, SARIF, the
 * XLSX worklist), as CSV and as a Chinese HTML report.  See audit.h.
 */
#include <stdio.h>
#include <string.h>

#include "audit.h"
#include "buf.h"
#include "calendar.h"
#include "catalog.h"
#include "diag.h"
#include "esc.h"
#include "ledger.h"
#include "msg.h"

/* A day as YYYY-MM-DD, or "?" when not known; two at a time. */
static const char *
day(long d, int which)
{
	static char	 buf[2][11];

	if (d < 0)
		return "?";
	cal_format(d, buf[which]);
	return buf[which];
}

static const char *
str(const char *s)
{
	return s != NULL ? s : "";
}

void
audit_say(struct diag *dg, const struct audit_finding *f)
{
	const struct ledger_rec	*r = f->rec;
	const char		*rf = r != NULL ? r->file : "";
	const char		*t = r != NULL ? r->title : "";
	unsigned		 rl = r != NULL ? r->line : 0;
	char			 d0[11], d1[11], d2[11];

	snprintf(d0, sizeof(d0), "%s", day(f->published, 0));
	snprintf(d1, sizeof(d1), "%s", day(f->formed, 0));
	snprintf(d2, sizeof(d2), "%s", day(f->due, 0));
	switch (f->rule) {
	case R_AUDIT_UNBOUND:
		diag_add(dg, f->file, f->line, f->col, f->rule, f->item, NULL,
		    "item '%s' (%s) is published on the website and is bound "
		    "to no column: what was published for it cannot be found",
		    str(f->item), str(f->name));
		break;
	case R_EMPTY_COLUMN:
		diag_add(dg, f->file, f->line, f->col, f->rule, f->item, NULL,
		    "column '%s' of item '%s' (%s) has no record in the "
		    "ledgers", str(f->column), str(f->item), str(f->name));
		break;
	case R_LATE:
		if (strcmp(f->unit, "working days") == 0)
			diag_add(dg, f->file, f->line, f->col, f->rule,
			    f->item, NULL, "'%s' (%s:%u) was published on %s, "
			    "%ld working days after it was formed on %s; item "
			    "'%s' allows %ld (due %s)", t, rf, rl, d0, f->days,
			    d1, str(f->item), f->limit, d2);
		else if (strcmp(f->unit, "months") == 0)
			diag_add(dg, f->file, f->line, f->col, f->rule,
			    f->item, NULL, "'%s' (%s:%u) was published on %s "
			    "and formed on %s; item '%s' allows %ld months "
			    "(due %s)", t, rf, rl, d0, d1, str(f->item),
			    f->limit, d2);
		else
			diag_add(dg, f->file, f->line, f->col, f->rule,
			    f->item, NULL, "'%s' (%s:%u) was published on %s, "
			    "%ld days after it was formed on %s; item '%s' "
			    "allows %ld (due %s)", t, rf, rl, d0, f->days, d1,
			    str(f->item), f->limit, d2);
		break;
	case R_OVERDUE:
		diag_add(dg, f->file, f->line, f->col, f->rule, f->item, NULL,
		    "item '%s' (%s) is published every %s; its newest record "
		    "'%s' (%s:%u) is of %s, %ld days before %s", str(f->item),
		    str(f->name), msg_word(f->why), t, rf, rl, d0, f->days,
		    day(f->as_of, 1));
		break;
	case R_NOT_UPDATED:
		diag_add(dg, f->file, f->line, f->col, f->rule, f->item, NULL,
		    "column '%s' of item '%s' was last updated on %s ('%s', "
		    "%s:%u), %ld days before %s; the inspections allow %ld",
		    str(f->column), str(f->item), d0, t, rf, rl, f->days,
		    day(f->as_of, 1), f->limit);
		break;
	case R_AREA_UNBOUND:
		diag_add(dg, f->file, f->line, f->col, f->rule, NULL, NULL,
		    "catalog '%s' binds no column, and %ld of its items are "
		    "published on the website: none of them can be audited",
		    str(f->cat != NULL ? f->cat->id : NULL), f->days);
		break;
	case R_ORPHAN:
		if (f->column != NULL)
			diag_add(dg, f->file, f->line, f->col, f->rule, NULL,
			    NULL, "'%s' (published %s) is in column '%s', "
			    "which is no item's", t, d0, f->column);
		else
			diag_add(dg, f->file, f->line, f->col, f->rule, NULL,
			    NULL, "'%s' (published %s) matches no item of "
			    "the catalogs", t, d0);
		break;
	case R_UNKNOWN_DAYS:
		diag_add(dg, f->file, f->line, f->col, f->rule, f->item, NULL,
		    "'%s' (%s:%u): the working days from %s to %s cannot be "
		    "counted: schemas/calendar/ has no notice for a year "
		    "between", t, rf, rl, d1, d0);
		break;
	default:
		break;
	}
}

/* --- CSV --- */

static void
csv_cell(struct buf *b, const char *s, int last)
{
	cell_escape(b, s, ',');
	buf_adds(b, last ? "\r\n" : ",");
}

static void
csv_num(struct buf *b, long n)
{
	if (n >= 0)
		buf_addf(b, "%ld", n);
	buf_addch(b, ',');
}

void
audit_csv(struct buf *b, const struct audit *au, enum sev threshold)
{
	const struct audit_finding *f;
	const struct ledger_rec	*r;
	size_t			 i;
	char			 line[32];

	buf_adds(b, "rule,name,severity,jurisdiction,area,catalog,file,line,"
	    "item,item_name,column,ledger,ledger_line,title,url,formed,"
	    "published,due,days,limit,unit\r\n");
	for (i = 0; i < au->n; i++) {
		f = &au->v[i];
		if (rules[f->rule].sev < threshold)
			continue;
		r = f->rec;
		csv_cell(b, rules[f->rule].id, 0);
		csv_cell(b, rules[f->rule].name, 0);
		csv_cell(b, rules[f->rule].sev == SEV_ERROR ? "error" :
		    rules[f->rule].sev == SEV_WARNING ? "warning" : "note", 0);
		csv_cell(b, f->cat != NULL ? f->cat->jurisdiction : NULL, 0);
		csv_cell(b, f->cat != NULL ? f->cat->area : NULL, 0);
		csv_cell(b, f->cat != NULL ? f->cat->id : NULL, 0);
		csv_cell(b, f->cat != NULL ? f->file : NULL, 0);
		snprintf(line, sizeof(line), "%u", f->line);
		csv_cell(b, f->cat != NULL ? line : NULL, 0);
		csv_cell(b, f->item, 0);
		csv_cell(b, f->name, 0);
		csv_cell(b, f->column, 0);
		csv_cell(b, r != NULL ? r->file : NULL, 0);
		snprintf(line, sizeof(line), "%u", r != NULL ? r->line : 0);
		csv_cell(b, r != NULL ? line : NULL, 0);
		csv_cell(b, r != NULL ? r->title : NULL, 0);
		csv_cell(b, r != NULL ? r->url : NULL, 0);
		csv_cell(b, f->formed >= 0 ? day(f->formed, 0) : NULL, 0);
		csv_cell(b, f->published >= 0 ? day(f->published, 0) : NULL,
		    0);
		csv_cell(b, f->due >= 0 ? day(f->due, 0) : NULL, 0);
		csv_num(b, f->days);
		csv_num(b, f->limit);
		csv_cell(b, f->unit, 1);
	}
}

/* --- HTML --- */

/* What each kind of finding is called in a 通报, by audit_kinds[]. */
static const char *const kind_zh[8] = {
	"未绑定栏目", "空白栏目", "超期发布", "未按期更新", "栏目长期未更新",
	"领域未设栏目", "无对应事项的信息", "无法计算工作日"
};

/* A cell of s, of class class (NULL: none). */
static void
tdc(struct buf *b, const char *class, const char *s)
{
	if (class != NULL)
		buf_addf(b, "<td class=\"%s\">", class);
	else
		buf_adds(b, "<td>");
	html_escape(b, s);
	buf_adds(b, "</td>");
}

static const char *
area_of(const struct audit_cat *c)
{
	return c == NULL ? NULL : c->area_label != NULL ? c->area_label :
	    c->area;
}

static void
tdn(struct buf *b, size_t n)
{
	buf_addf(b, n > 0 ? "<td class=\"n bad\">%zu</td>" :
	    "<td class=\"n\">%zu</td>", n);
}

void
audit_html(struct buf *b, const struct audit *au, enum sev threshold,
    const char *title)
{
	const struct audit_finding *f;
	const struct audit_sum	*s;
	const struct ledger_rec	*r;
	size_t			 i, k, shown = 0;
	char			 num[64];

	buf_adds(b, "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n"
	    "<meta charset=\"utf-8\">\n<meta name=\"viewport\" "
	    "content=\"width=device-width, initial-scale=1\">\n<title>");
	html_escape(b, title);
	buf_adds(b, "</title>\n<style>\nbody{font-family:\"Noto Sans CJK SC\","
	    "\"Source Han Sans SC\",\"Microsoft YaHei\",sans-serif;margin:1.5em;"
	    "line-height:1.5}\ntable{border-collapse:collapse;margin:1em 0;"
	    "font-size:.9em}\nth,td{border:1px solid #999;padding:.25em .5em;"
	    "vertical-align:top}\nth{background:#eee}\n.n{text-align:right}\n"
	    ".d,.k{white-space:nowrap}\n.wide{overflow-x:auto}\n"
	    ".bad{color:#b00;font-weight:bold}\n@media print{body{margin:0}}\n"
	    "</style>\n</head>\n<body>\n<main>\n<h1>");
	html_escape(b, title);
	buf_adds(b, "</h1>\n<p>检查日期：");
	buf_adds(b, day(au->as_of, 0));
	buf_addf(b, "；台账信息 %zu 条，其中 %zu 条对应到目录事项，"
	    "%zu 条无对应事项。</p>\n", au->records, au->matched, au->orphans);
	buf_adds(b, "<h2>一、按行政区域和领域汇总</h2>\n<div class=\"wide\">"
	    "<table>\n<thead><tr>"
	    "<th>行政区域</th><th>领域</th><th>事项</th><th>栏目</th>"
	    "<th>信息条数</th>");
	for (k = 0; k < 6; k++) {
		buf_adds(b, "<th>");
		buf_adds(b, kind_zh[k]);
		buf_adds(b, "</th>");
	}
	buf_adds(b, "</tr></thead>\n<tbody>\n");
	for (i = 0; i < au->nsums; i++) {
		s = &au->sums[i];
		buf_adds(b, "<tr>");
		tdc(b, NULL, s->cat->jurisdiction);
		tdc(b, NULL, area_of(s->cat));
		buf_addf(b, "<td class=\"n\">%zu</td><td class=\"n\">%zu</td>"
		    "<td class=\"n\">%zu</td>", s->items, s->columns,
		    s->records);
		for (k = 0; k < 6; k++)
			tdn(b, s->n[k]);
		buf_adds(b, "</tr>\n");
	}
	buf_adds(b, "</tbody>\n</table></div>\n<h2>二、问题清单</h2>\n"
	    "<div class=\"wide\"><table>\n"
	    "<thead><tr><th>序号</th><th>问题</th><th>行政区域</th>"
	    "<th>领域</th><th>事项</th><th>栏目</th><th>信息</th>"
	    "<th>形成日期</th><th>发布日期</th><th>应发布日期</th>"
	    "<th>说明</th><th>位置</th></tr></thead>\n<tbody>\n");
	for (i = 0; i < au->n; i++) {
		f = &au->v[i];
		if (rules[f->rule].sev < threshold)
			continue;
		r = f->rec;
		buf_addf(b, "<tr><td class=\"n\">%zu</td>", ++shown);
		tdc(b, "k", kind_zh[audit_kind(f->rule)]);
		tdc(b, NULL, f->cat != NULL ? f->cat->jurisdiction : NULL);
		tdc(b, NULL, area_of(f->cat));
		buf_adds(b, "<td>");
		html_escape(b, f->name);
		if (f->item != NULL) {
			buf_adds(b, "<br><code>");
			html_escape(b, f->item);
			buf_adds(b, "</code>");
		}
		buf_adds(b, "</td>");
		tdc(b, NULL, f->column);
		buf_adds(b, "<td>");
		if (r != NULL && r->url != NULL) {
			buf_adds(b, "<a href=\"");
			html_escape(b, r->url);
			buf_adds(b, "\">");
			html_escape(b, r->title);
			buf_adds(b, "</a>");
		} else if (r != NULL)
			html_escape(b, r->title);
		buf_adds(b, "</td>");
		tdc(b, "d", f->formed >= 0 ? day(f->formed, 0) : NULL);
		tdc(b, "d", f->published >= 0 ? day(f->published, 0) : NULL);
		tdc(b, "d", f->due >= 0 ? day(f->due, 0) : NULL);
		num[0] = '\0';
		if (f->rule == R_LATE && f->unit != NULL &&
		    strcmp(f->unit, "working days") == 0)
			snprintf(num, sizeof(num), "用时 %ld 个工作日，"
			    "时限 %ld 个工作日", f->days, f->limit);
		else if (f->rule == R_LATE && f->unit != NULL &&
		    strcmp(f->unit, "months") == 0)
			snprintf(num, sizeof(num), "时限 %ld 个月", f->limit);
		else if (f->rule == R_LATE)
			snprintf(num, sizeof(num), "用时 %ld 日，时限 %ld 日",
			    f->days, f->limit);
		else if (f->rule == R_OVERDUE || f->rule == R_NOT_UPDATED)
			snprintf(num, sizeof(num), "已 %ld 日未更新，"
			    "限 %ld 日", f->days, f->limit);
		else if (f->rule == R_AREA_UNBOUND)
			snprintf(num, sizeof(num), "网站公开事项 %ld 项",
			    f->days);
		tdc(b, NULL, num);
		buf_adds(b, "<td>");
		if (f->cat != NULL) {
			html_escape(b, f->file);
			buf_addf(b, ":%u", f->line);
		}
		if (r != NULL) {
			buf_adds(b, f->cat != NULL ? "<br>" : "");
			html_escape(b, r->file);
			buf_addf(b, ":%u", r->line);
		}
		buf_adds(b, "</td></tr>\n");
	}
	if (shown == 0)
		buf_adds(b, "<tr><td colspan=\"12\">未发现问题。</td></tr>\n");
	buf_adds(b, "</tbody>\n</table></div>\n</main>\n</body>\n</html>\n");
}
