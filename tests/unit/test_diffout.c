/*
 * Unit tests for lib/diffout.c: the four formats over a diff built by
 * hand (one change of every kind, with hostile strings).  Given a
 * directory argument, also writes the outputs there, for the schema
 * and a browser to look at.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "buf.h"
#include "diff.h"
#include "diffout.h"
#include "harness.h"
#include "schema.h"
#include "sha256.h"
#include "xmalloc.h"

#define SCRIPT	"<script>alert(1)</script>"
#define ATTR	"\" onmouseover=\"x"

static struct change *
add(struct diff *df, enum change_kind k)
{
	struct change	*c;

	if (df->n == df->cap) {
		df->cap = df->cap ? df->cap * 2 : 8;
		df->v = xreallocarray(df->v, df->cap, sizeof(*df->v));
	}
	c = &df->v[df->n++];
	memset(c, 0, sizeof(*c));
	c->kind = k;
	c->catalog = "dayao/shiyang/compulsory-education";
	df->count[k]++;
	return c;
}

static void
impact(struct diff *df, struct change *c, const char *what)
{
	c->impact = what;
	df->impacts++;
}

static const char **
list(struct diff *df, const char *a, const char *b)
{
	const char	**v;

	v = arena_calloc(&df->arena, 2, sizeof(*v));
	v[0] = a;
	v[1] = b;
	return v;
}

static void
empty(struct diff *df)
{
	memset(df, 0, sizeof(*df));
	arena_init(&df->arena);
}

static void
release(struct diff *df)
{
	free(df->v);
	arena_release(&df->arena);
}

static void
meta(struct diff_meta *m, int color)
{
	struct sha256	 s;

	memset(m, 0, sizeof(*m));
	m->old.path = "a/old.yaml";
	m->new.path = "b/new.yaml";
	sha256_init(&s);
	sha256_hex(&s, m->old.sha256);
	sha256_init(&s);
	sha256_update(&s, "abc", 3);
	sha256_hex(&s, m->new.sha256);
	m->version = "0.1.0";
	m->color = color;
}

static char *
print(const struct diff *df, enum diff_format f, int color)
{
	struct diff_meta	 m;
	struct buf		 b = BUF_INIT;

	meta(&m, color);
	diff_print(&b, df, f, &m);
	return buf_detach(&b, NULL);
}

static size_t
count(const char *s, const char *what)
{
	size_t	 n = 0;

	while ((s = strstr(s, what)) != NULL) {
		n++;
		s += strlen(what);
	}
	return n;
}

/* Two changes: an item changed (with an impact) and an item added. */
static void
small(struct diff *df)
{
	struct change	*c;

	empty(df);
	c = add(df, CH_ITEM_CHANGED);
	c->category = "policy";
	c->catname = "政策文件";
	c->item = "policy.dropout";
	c->name = "控辍保学";
	c->field = "channels";
	c->old = "website, notice-board";
	c->new = "notice-board, hotline";
	c->added = list(df, "hotline", NULL);
	c->nadded = 1;
	c->removed = list(df, "website", NULL);
	c->nremoved = 1;
	c->oldline = 30;
	c->newline = 41;
	impact(df, c, "channel removed");
	c = add(df, CH_ITEM_ADDED);
	c->category = "policy";
	c->catname = "政策文件";
	c->item = "policy.new";
	c->name = "新事项";
	c->newline = 50;
}

static void
test_small(void)
{
	struct diff	 df;
	char		*s;

	small(&df);
	s = print(&df, DF_TEXT, 0);
	STR_EQ(s,
	    "--- a/old.yaml\n"
	    "+++ b/new.yaml\n"
	    "catalog dayao/shiyang/compulsory-education\n"
	    "category policy 政策文件\n"
	    "  ~ item policy.dropout 控辍保学: channels: -website +hotline"
	    " (line 30 -> 41) [! channel removed]\n"
	    "  + item policy.new 新事项 (line 50)\n"
	    "2 changes: 1 added, 0 removed, 1 modified, 0 moved, 0 renamed;"
	    " 1 alters what the public gets\n");
	free(s);

	s = print(&df, DF_TEXT, 1);
	STR_EQ(s,
	    "\033[1m--- a/old.yaml\033[m\n"
	    "\033[1m+++ b/new.yaml\033[m\n"
	    "\033[1mcatalog dayao/shiyang/compulsory-education\033[m\n"
	    "\033[1mcategory policy 政策文件\033[m\n"
	    "  \033[33m~ item policy.dropout 控辍保学: channels: -website"
	    " +hotline (line 30 -> 41)\033[m \033[1;31m[! channel removed]"
	    "\033[m\n"
	    "  \033[32m+ item policy.new 新事项 (line 50)\033[m\n"
	    "2 changes: 1 added, 0 removed, 1 modified, 0 moved, 0 renamed;"
	    " 1 alters what the public gets\n");
	free(s);

	s = print(&df, DF_JSON, 0);
	STR_EQ(s,
	    "{\"gkml_diff\": 1, \"version\": \"0.1.0\",\n"
	    " \"old\": {\"path\": \"a/old.yaml\", \"sha256\": "
	    "\"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\"},\n"
	    " \"new\": {\"path\": \"b/new.yaml\", \"sha256\": "
	    "\"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\"},\n"
	    " \"summary\": {\"changes\": 2, \"impacts\": 1, \"item_added\": 1,"
	    " \"item_changed\": 1},\n"
	    " \"changes\": [\n"
	    "  {\"kind\": \"item_changed\", \"catalog\": "
	    "\"dayao/shiyang/compulsory-education\", \"category\": \"policy\","
	    " \"item\": \"policy.dropout\", \"old_id\": null, \"name\": "
	    "\"控辍保学\", \"path\": \"channels\", \"old\": \"website, "
	    "notice-board\", \"new\": \"notice-board, hotline\", \"added\": "
	    "[\"hotline\"], \"removed\": [\"website\"], \"old_file\": null, \"new_file\": null, \"old_line\": 30,"
	    " \"new_line\": 41, \"similarity\": null, \"impact\": "
	    "\"channel removed\"},\n"
	    "  {\"kind\": \"item_added\", \"catalog\": "
	    "\"dayao/shiyang/compulsory-education\", \"category\": \"policy\","
	    " \"item\": \"policy.new\", \"old_id\": null, \"name\": "
	    "\"新事项\", \"path\": null, \"old\": null, \"new\": null,"
	    " \"added\": [], \"removed\": [], \"old_file\": null,"
	    " \"new_file\": null, \"old_line\": null,"
	    " \"new_line\": 50, \"similarity\": null, \"impact\": null}\n"
	    " ]}\n");
	free(s);

	s = print(&df, DF_TSV, 0);
	STR_EQ(s,
	    "kind\tcatalog\tcategory\titem\told_id\tpath\told\tnew\tadded\t"
	    "removed\told_line\tnew_line\tsimilarity\timpact\n"
	    "item_changed\tdayao/shiyang/compulsory-education\tpolicy\t"
	    "policy.dropout\t\tchannels\twebsite, notice-board\t"
	    "notice-board, hotline\thotline\twebsite\t30\t41\t\t"
	    "channel removed\n"
	    "item_added\tdayao/shiyang/compulsory-education\tpolicy\t"
	    "policy.new\t\t\t\t\t\t\t\t50\t\t\n");
	free(s);
	release(&df);
}

static void
test_empty(void)
{
	struct diff	 df;
	char		*s;

	empty(&df);
	s = print(&df, DF_TEXT, 1);
	STR_EQ(s, "");
	free(s);
	s = print(&df, DF_JSON, 0);
	OK(strstr(s, "\"summary\": {\"changes\": 0, \"impacts\": 0},\n"
	    " \"changes\": []}\n") != NULL);
	free(s);
	s = print(&df, DF_TSV, 0);
	INT_EQ(count(s, "\n"), 1);
	free(s);
	s = print(&df, DF_HTML, 0);
	OK(strstr(s, "nothing changed") != NULL);
	OK(strstr(s, "</html>\n") != NULL);
	free(s);
	release(&df);
}

/* One change of every kind, with hostile strings where strings go. */
static void
every(struct diff *df)
{
	struct change	*c;

	empty(df);
	c = add(df, CH_CATALOG_ADDED);
	c->catalog = "dayao/new";
	c->name = "新目录 " SCRIPT;
	c->newline = 1;
	c = add(df, CH_CATALOG_REMOVED);
	c->catalog = "dayao/old";
	c->name = "旧目录";
	c->oldline = 1;
	impact(df, c, "catalog removed");
	c = add(df, CH_META);
	c->field = "updated";
	c->old = "2024-06-05";
	c->new = "2025-03-01";
	c->oldline = c->newline = 10;
	c = add(df, CH_CATEGORY_ADDED);
	c->category = "nutrition";
	c->name = "营养改善 " ATTR;
	c->newline = 70;
	c = add(df, CH_CATEGORY_REMOVED);
	c->category = "old-cat";
	c->name = "旧类别";
	c->oldline = 80;
	c = add(df, CH_CATEGORY_CHANGED);
	c->category = "policy";
	c->name = "政策文件";
	c->field = "name";
	c->old = "政策";
	c->new = "政策文件";
	c->oldline = 14;
	c->newline = 15;
	c = add(df, CH_CATEGORY_MOVED);
	c->category = "aid.meals";
	c->name = "营养餐";
	c->oldid = c->old = "aid";
	c->new = "school";
	c->oldline = 28;
	c->newline = 44;
	c = add(df, CH_CATEGORY_RENAMED);
	c->category = "student-aid";
	c->name = "学生资助";
	c->oldid = "aid";
	c->oldline = 43;
	c->newline = 44;
	c = add(df, CH_ITEM_ADDED);
	c->category = "policy";
	c->catname = "政策文件";
	c->item = "policy.new";
	c->name = "新\t事项\n第二行";
	c->newline = 50;
	c = add(df, CH_ITEM_REMOVED);
	c->category = "policy";
	c->item = "policy.gone";
	c->name = "删除的事项";
	c->oldline = 60;
	impact(df, c, "item removed");
	c = add(df, CH_ITEM_CHANGED);
	c->category = "policy";
	c->item = "policy.dropout";
	c->name = "控辍保学";
	c->field = "deadline";
	c->old = "信息形成之日起20个工作日内";
	c->new = "信息形成之日起30个工作日内 " SCRIPT;
	c->oldline = 30;
	c->newline = 31;
	impact(df, c, "time limit longer");
	c = add(df, CH_ITEM_CHANGED);
	c->category = "policy";
	c->item = "policy.dropout";
	c->name = "控辍保学";
	c->field = "channels";
	c->old = "website";
	c->new = "hotline, other: 村\t广播";
	c->added = list(df, "hotline", "other: " ATTR);
	c->nadded = 2;
	c->removed = list(df, "website\\", NULL);
	c->nremoved = 1;
	c->oldline = 32;
	c->newline = 33;
	impact(df, c, "channel removed");
	c = add(df, CH_ITEM_MOVED);
	c->category = "policy";
	c->item = "aid.policy";
	c->name = "资助政策";
	c->oldid = c->old = "aid";
	c->new = "policy";
	c->oldline = 46;
	c->newline = 44;
	c = add(df, CH_ITEM_RENAMED);
	c->category = "policy";
	c->item = "policy.y";
	c->name = "更名事项";
	c->oldid = "policy.z";
	c->similarity = 92;
	c->oldline = 90;
	c->newline = 91;
	c = add(df, CH_ORDER);
	c->category = "policy";
	c->field = "items";
	c->old = "policy.a, policy.b";
	c->new = "policy.b, policy.a";
	c->oldline = 12;
	c->newline = 13;
	c = add(df, CH_NA_ADDED);
	c->item = "aid.nutrition";
	c->field = "reason";
	c->new = "本镇无此项工作 \033[31mred";
	c->newline = 100;
	impact(df, c, "item marked not applicable");
	c = add(df, CH_NA_REMOVED);
	c->item = "aid.boarding";
	c->field = "reason";
	c->old = "本镇无寄宿制学校";
	c->oldline = 101;
	c = add(df, CH_NA_CHANGED);
	c->item = "enrollment.migrant";
	c->field = "reason";
	c->old = "本镇无此项工作";
	c->new = "由县教育局统一公开";
	c->oldline = 102;
	c->newline = 103;
}

static void
test_names(void)
{
	static const char	*want[CH__MAX] = {
		"catalog_added", "catalog_removed", "catalog_changed",
		"category_added", "category_removed", "category_changed",
		"category_moved", "category_renamed", "item_added",
		"item_removed", "item_changed", "item_moved", "item_renamed",
		"not_applicable_added", "not_applicable_removed",
		"not_applicable_changed", "order_changed"
	};
	int			 k;

	for (k = 0; k < CH__MAX; k++)
		STR_EQ(change_kind_name(k), want[k]);
	INT_EQ(diff_parse_format("text"), DF_TEXT);
	INT_EQ(diff_parse_format("json"), DF_JSON);
	INT_EQ(diff_parse_format("tsv"), DF_TSV);
	INT_EQ(diff_parse_format("html"), DF_HTML);
	INT_EQ(diff_parse_format("xml"), -1);
	INT_EQ(diff_parse_format(""), -1);
}

static void
test_text(const struct diff *df)
{
	char	*s;

	s = print(df, DF_TEXT, 0);
	OK(strchr(s, '\033') == NULL);
	OK(strchr(s, '\t') == NULL);
	/* Headers, one line per change and the summary, nothing more. */
	INT_EQ(count(s, "\n"), 2 + 3 + 5 + 1 + df->n + 1);
	OK(strstr(s, "\ncatalog dayao/new\n  + catalog 新目录 " SCRIPT
	    " (line 1)\n") != NULL);
	OK(strstr(s, "  - item policy.gone 删除的事项 (line 60)"
	    " [! item removed]\n") != NULL);
	OK(strstr(s, "  + item policy.new 新\\t事项\\n第二行 (line 50)\n")
	    != NULL);
	OK(strstr(s, "  ~ item policy.dropout 控辍保学: channels: "
	    "-'website\\\\' +hotline +'other: \" onmouseover=\"x'"
	    " (line 32 -> 33) [! channel removed]\n") != NULL);
	OK(strstr(s, "  > item aid.policy 资助政策: moved from category aid"
	    " (line 46 -> 44)\n") != NULL);
	OK(strstr(s, "  = item policy.y 更名事项: renamed from policy.z"
	    " (92% alike) (line 90 -> 91)\n") != NULL);
	OK(strstr(s, "  = category student-aid 学生资助: renamed from aid"
	    " (line 43 -> 44)\n") != NULL);
	OK(strstr(s, "  > category aid.meals 营养餐: moved from under aid"
	    " to under school (line 28 -> 44)\n") != NULL);
	OK(strstr(s, "  > category policy: order changed: items: "
	    "'policy.a, policy.b' -> 'policy.b, policy.a' (line 12 -> 13)\n")
	    != NULL);
	OK(strstr(s, "  ~ catalog: updated: '2024-06-05' -> '2025-03-01'"
	    " (line 10 -> 10)\n") != NULL);
	/* Category name from the category's own change. */
	OK(strstr(s, "\ncategory policy 政策文件\n") != NULL);
	/* Not-applicable items after the categories, under their heading. */
	OK(strstr(s, "\nnot applicable\n  + not-applicable aid.nutrition: "
	    "reason: '本镇无此项工作 \\x1b[31mred' (line 100)"
	    " [! item marked not applicable]\n") != NULL);
	OK(strstr(s, "\n18 changes: 4 added, 4 removed, 5 modified, 3 moved,"
	    " 2 renamed; 5 alter what the public gets\n") != NULL);
	free(s);

	s = print(df, DF_TEXT, 1);
	OK(strstr(s, "\033[32m+ item policy.new") != NULL);
	OK(strstr(s, "\033[31m- item policy.gone") != NULL);
	OK(strstr(s, "\033[33m~ item policy.dropout") != NULL);
	OK(strstr(s, "\033[36m> item aid.policy") != NULL);
	OK(strstr(s, "\033[36m= item policy.y") != NULL);
	OK(strstr(s, "\033[1;31m[! item removed]\033[m") != NULL);
	/* The catalog's own escape is still shown, never obeyed. */
	OK(strstr(s, "\\x1b[31mred") != NULL);
	OK(strstr(s, "\033[31mred") == NULL);
	free(s);
}

static void
test_json(const struct diff *df)
{
	char	*s;
	int	 k;

	s = print(df, DF_JSON, 0);
	OK(strstr(s, "\"summary\": {\"changes\": 18, \"impacts\": 5, "
	    "\"catalog_added\": 1, \"catalog_removed\": 1, "
	    "\"catalog_changed\": 1, ") != NULL);
	for (k = 0; k < CH__MAX; k++)
		INT_EQ(count(s, change_kind_name(k)),
		    k == CH_ITEM_CHANGED ? 3 : 2);
	INT_EQ(count(s, "\n  {\"kind\": "), df->n);
	OK(strstr(s, "\"name\": \"新\\t事项\\n第二行\"") != NULL);
	OK(strstr(s, "\"added\": [\"hotline\", \"other: \\\" onmouseover="
	    "\\\"x\"], \"removed\": [\"website\\\\\"]") != NULL);
	OK(strstr(s, "\"new\": \"本镇无此项工作 \\u001b[31mred\"") != NULL);
	OK(strstr(s, "\"old_id\": \"policy.z\"") != NULL);
	OK(strstr(s, "\"similarity\": 92") != NULL);
	INT_EQ(count(s, "\"similarity\": null"), df->n - 1);
	/* A category rename without a similarity says null, not 0. */
	OK(strstr(s, "\"similarity\": 0") == NULL);
	OK(strstr(s, "\"category\": null, \"item\": \"aid.nutrition\"")
	    != NULL);
	free(s);
}

static void
test_tsv(const struct diff *df)
{
	char	*s, *line, *next;
	size_t	 n = 0;
	int	 bad = 0;

	s = print(df, DF_TSV, 0);
	for (line = s; *line != '\0'; line = next + 1, n++) {
		if ((next = strchr(line, '\n')) == NULL)
			break;
		*next = '\0';
		if (count(line, "\t") != 13)
			bad++;
		*next = '\n';
	}
	INT_EQ(bad, 0);
	INT_EQ(n, df->n + 1);
	OK(strstr(s, "\tpolicy.new\t\t\t\t\t\t\t\t50\t\t\n") != NULL);
	OK(strstr(s, "\twebsite\thotline, other: 村\\t广播\thotline; other: "
	    "\" onmouseover=\"x\twebsite\\\\\t32\t33\t\tchannel removed\n")
	    != NULL);
	OK(strstr(s, "\tpolicy.z\t\t\t\t\t\t90\t91\t92\t\n") != NULL);
	free(s);
}

static void
test_html(const struct diff *df)
{
	char	*s;

	s = print(df, DF_HTML, 1);
#define HEAD	"<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n" \
	    "<meta charset=\"utf-8\">\n"
	OK(strncmp(s, HEAD, strlen(HEAD)) == 0);
	OK(strstr(s, "<script") == NULL);
	OK(strstr(s, "onmouseover=\"") == NULL);
	OK(strstr(s, "\033") == NULL);
	OK(strstr(s, "&lt;script&gt;alert(1)&lt;/script&gt;") != NULL);
	OK(strstr(s, "&quot; onmouseover=&quot;x") != NULL);
	OK(strstr(s, "<style>") != NULL);
	OK(strstr(s, "@media print") != NULL);
	OK(strstr(s, "http") == NULL);
	OK(strstr(s, "src=") == NULL);
	OK(strstr(s, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b"
	    "7852b855") != NULL);
	OK(strstr(s, "gkml-diff 0.1.0") != NULL);
	OK(strstr(s, "<td class=\"num\">18</td>") != NULL);
	OK(strstr(s, "<td class=\"num\">5</td>") != NULL);
	OK(strstr(s, "<ins>+ hotline</ins>") != NULL);
	OK(strstr(s, "<del>− website\\</del>") != NULL);
	OK(strstr(s, "公开时限延长") != NULL);
	OK(strstr(s, "公开渠道和载体") != NULL);
	/* One card per thing: both fields of policy.dropout in one. */
	INT_EQ(count(s, "<code>policy.dropout</code>"), 1);
	OK(strstr(s, "</html>\n") != NULL);
	free(s);
}

static void
dump(const struct diff *df, const char *dir)
{
	static const char	*ext[] = { "txt", "json", "tsv", "html" };
	char			 path[1024], *s;
	FILE			*fp;
	int			 f;

	for (f = DF_TEXT; f <= DF_HTML; f++) {
		snprintf(path, sizeof(path), "%s/every.%s", dir, ext[f]);
		if ((fp = fopen(path, "w")) == NULL)
			continue;
		s = print(df, f, 0);
		fputs(s, fp);
		fclose(fp);
		free(s);
	}
}

/* The notice of df with the schema's labels, as a 公示 or a line each. */
static char *
notice(const struct diff *df, const struct schema *s, int oneline)
{
	struct diff_meta	 m;
	struct buf		 b = BUF_INIT;

	meta(&m, 0);
	m.schema = s;
	m.oneline = oneline;
	diff_print(&b, df, DF_NOTICE, &m);
	return buf_detach(&b, NULL);
}

/* Every line is a sentence ending in 。, or a heading. */
static int
sentences(const char *s)
{
	const char	*nl;
	size_t		 n;

	for (; *s != '\0'; s = nl + 1) {
		if ((nl = strchr(s, '\n')) == NULL)
			return 0;
		n = (size_t)(nl - s);
		if (n >= 3 && memcmp(nl - 3, "。", 3) == 0)
			continue;
		if ((n >= 6 && memcmp(s + 3, "、", 3) == 0) ||
		    (n >= 12 && memcmp(nl - 12, "调整情况", 12) == 0) ||
		    (n == 18 && memcmp(s, "目录增减情况", 18) == 0) || n == 0)
			continue;
		return 0;
	}
	return 1;
}

static void
test_notice(const struct diff *every_df)
{
	static const char *const ids[] = { "dayao/", "policy.", "aid.",
	    "nutrition", "old-cat", "student-aid", "enrollment", "website",
	    "hotline", "new-media", "deadline", "channels", "reason" };
	struct schema	 s;
	struct diff	 df;
	struct change	*c;
	const char	*p;
	char		*out, *one;
	size_t		 i;
	int		 ctl;

	if (schema_load(&s, gkml_datadir()) != 0) {
		OK(!"schema loads");
		return;
	}

	/* Nothing changed, nothing known of the catalogs. */
	empty(&df);
	out = notice(&df, &s, 0);
	STR_EQ(out, "所比较的目录均没有调整。\n");
	free(out);
	release(&df);

	/* Slugs are labels, "other: TEXT" its text; a long value is said
	 * to have changed; a short one loses its own full stop. */
	empty(&df);
	c = add(&df, CH_ITEM_CHANGED);
	c->category = "policy";
	c->catname = "政策文件";
	c->item = "policy.dropout";
	c->name = "控辍保学";
	c->field = "channels";
	c->old = "website, other: 家长会";
	c->new = "website, new-media, push";
	c->added = list(&df, "new-media", "push");
	c->nadded = 2;
	c->removed = list(&df, "other: 家长会", NULL);
	c->nremoved = 1;
	c = add(&df, CH_ITEM_CHANGED);
	c->category = "policy";
	c->catname = "政策文件";
	c->item = "policy.dropout";
	c->name = "控辍保学";
	c->field = "content";
	c->old = "短的内容";
	c->new = "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十"
	    "一二三四五六七八九十一";
	c = add(&df, CH_ITEM_CHANGED);
	c->category = "policy";
	c->catname = "政策文件";
	c->item = "policy.dropout";
	c->name = "控辍保学";
	c->field = "audience";
	c->old = "public";
	c->new = "specific";
	c->added = list(&df, "specific", NULL);
	c->nadded = 1;
	c->removed = list(&df, "public", NULL);
	c->nremoved = 1;
	c = add(&df, CH_ITEM_CHANGED);
	c->category = "policy";
	c->catname = "政策文件";
	c->item = "policy.dropout";
	c->name = "控辍保学";
	c->field = "notes";
	c->new = "仅在公示栏张贴。";
	out = notice(&df, &s, 0);
	STR_EQ(out, "目录调整情况\n"
	    "一、调整\n"
	    "1. “政策文件”下的“控辍保学”，公开渠道和载体增加“两微一端”、"
	    "“精准推送”，减少“家长会”。\n"
	    "2. “政策文件”下的“控辍保学”，公开内容有调整。\n"
	    "3. “政策文件”下的“控辍保学”，公开对象由“全社会”调整为“特定群体”。\n"
	    "4. “政策文件”下的“控辍保学”，增加备注“仅在公示栏张贴”。\n");
	free(out);
	one = notice(&df, &s, 1);
	OK(strncmp(one, "目录调整如下。\n“政策文件”下的", 43) == 0);
	INT_EQ(count(one, "\n"), 5);
	INT_EQ(count(one, "1. "), 0);
	free(one);
	release(&df);

	/* Every kind, hostile strings: no id, slug or key, no control
	 * character, a sentence a line; names with line breaks on one. */
	out = notice(every_df, &s, 0);
	one = notice(every_df, &s, 1);
	for (i = 0; i < sizeof(ids) / sizeof(ids[0]); i++) {
		OK(strstr(out, ids[i]) == NULL);
		OK(strstr(one, ids[i]) == NULL);
	}
	for (ctl = 0, p = out; *p != '\0'; p++)
		if (((unsigned char)*p < 0x20 && *p != '\n') || *p == 0x7f)
			ctl++;
	INT_EQ(ctl, 0);
	OK(sentences(out));
	OK(sentences(one));
	OK(strstr(out, "“新 事项 第二行”") != NULL);
	OK(strstr(out, "公开渠道和载体有调整") != NULL);
	OK(strstr(out, "一级事项“政策”更名为“政策文件”") != NULL);
	OK(strstr(out, "新增《新目录 " SCRIPT "》。") != NULL);
	OK(strstr(out, "删除《旧目录》，不再公开。") != NULL);
	OK(strstr(out, "“删除的事项”不再公开。") != NULL);
	OK(strstr(out, "“资助政策”调整至其他一级事项下。") != NULL);
	OK(strstr(out, "“更名事项”编码有调整。") != NULL);
	OK(strstr(out, "未涉及原因由“本镇无此项工作”调整为") != NULL);
	/* The update date is the heading's, not a sentence of its own. */
	OK(strstr(out, "2025") == NULL);
	free(out);
	free(one);
	schema_release(&s);
}

int
main(int argc, char *argv[])
{
	struct diff	 df;

	test_names();
	test_small();
	test_empty();
	every(&df);
	test_text(&df);
	test_json(&df);
	test_tsv(&df);
	test_html(&df);
	test_notice(&df);
	if (argc > 1)
		dump(&df, argv[1]);
	release(&df);
	return harness_done("diffout");
}
