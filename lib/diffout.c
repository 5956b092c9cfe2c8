/*
 * Printing a diff: text, JSON, TSV and an HTML report.
 *
 * Every string that comes from a catalog or a path reaches the output
 * through the escaping function of its context and of nothing else:
 * text_esc() for a terminal, json_escape() (lib/diag.c) for JSON,
 * cell_escape() for TSV and html_escape() for HTML text and attributes.
 *
 * The text and HTML outputs group changes by catalog and category.
 * The engine already emits them in that order; the grouping is done
 * again here (a stable sort by first appearance) so that a change out
 * of place can never end up under the wrong heading.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "buf.h"
#include "diag.h"
#include "diff.h"
#include "diffout.h"
#include "esc.h"
#include "hash.h"
#include "msg.h"
#include "xmalloc.h"

/* The five things a change can be, for signs, colours and counts. */
enum cls {
	C_ADD,
	C_DEL,
	C_MOD,
	C_MOV,
	C_REN,
	C__MAX
};

/* What a change is about. */
enum subj {
	S_CATALOG,
	S_CATEGORY,
	S_ITEM,
	S_NA,
	S_ORDER		/* a category's items, or an item: see subject() */
};

static const struct kind {
	const char	*name;		/* JSON and TSV; stable */
	enum cls	 cls;
	enum subj	 subj;
	const char	*zh, *en;	/* HTML summary */
	const char	*bzh, *ben;	/* HTML badge */
} kinds[CH__MAX] = {
	[CH_CATALOG_ADDED] = { "catalog_added", C_ADD, S_CATALOG,
	    "新增目录", "Catalogs added", "新增", "Added" },
	[CH_CATALOG_REMOVED] = { "catalog_removed", C_DEL, S_CATALOG,
	    "删除目录", "Catalogs removed", "删除", "Removed" },
	[CH_META] = { "catalog_changed", C_MOD, S_CATALOG,
	    "目录信息修改", "Catalog details changed", "修改", "Changed" },
	[CH_CATEGORY_ADDED] = { "category_added", C_ADD, S_CATEGORY,
	    "新增类别", "Categories added", "新增", "Added" },
	[CH_CATEGORY_REMOVED] = { "category_removed", C_DEL, S_CATEGORY,
	    "删除类别", "Categories removed", "删除", "Removed" },
	[CH_CATEGORY_CHANGED] = { "category_changed", C_MOD, S_CATEGORY,
	    "类别修改", "Categories changed", "修改", "Changed" },
	[CH_CATEGORY_MOVED] = { "category_moved", C_MOV, S_CATEGORY,
	    "类别移动", "Categories moved", "移动", "Moved" },
	[CH_CATEGORY_RENAMED] = { "category_renamed", C_REN, S_CATEGORY,
	    "类别标识变更", "Categories renamed", "更名", "Renamed" },
	[CH_ITEM_ADDED] = { "item_added", C_ADD, S_ITEM,
	    "新增事项", "Items added", "新增", "Added" },
	[CH_ITEM_REMOVED] = { "item_removed", C_DEL, S_ITEM,
	    "删除事项", "Items removed", "删除", "Removed" },
	[CH_ITEM_CHANGED] = { "item_changed", C_MOD, S_ITEM,
	    "事项内容修改", "Item fields changed", "修改", "Changed" },
	[CH_ITEM_MOVED] = { "item_moved", C_MOV, S_ITEM,
	    "事项移动", "Items moved", "移动", "Moved" },
	[CH_ITEM_RENAMED] = { "item_renamed", C_REN, S_ITEM,
	    "事项标识变更", "Items renamed", "更名", "Renamed" },
	[CH_NA_ADDED] = { "not_applicable_added", C_ADD, S_NA,
	    "新列为不适用", "Marked not applicable", "列为不适用",
	    "Marked N/A" },
	[CH_NA_REMOVED] = { "not_applicable_removed", C_DEL, S_NA,
	    "取消不适用", "No longer not applicable", "取消不适用",
	    "N/A withdrawn" },
	[CH_NA_CHANGED] = { "not_applicable_changed", C_MOD, S_NA,
	    "不适用理由修改", "Not-applicable reasons changed", "修改",
	    "Changed" },
	[CH_ORDER] = { "order_changed", C_MOV, S_ORDER,
	    "顺序调整", "Order changed", "顺序调整", "Reordered" }
};

static const struct cls_info {
	char		 sign;
	const char	*sgr;		/* ANSI colour */
	const char	*word;		/* text summary */
	const char	*css;
} classes[C__MAX] = {
	[C_ADD] = { '+', "32", N_("added"), "add" },
	[C_DEL] = { '-', "31", N_("removed"), "del" },
	[C_MOD] = { '~', "33", N_("modified"), "mod" },
	[C_MOV] = { '>', "36", N_("moved"), "mov" },
	[C_REN] = { '=', "36", N_("renamed"), "ren" }
};

/* The engine's impact phrases, for the Chinese side of the report. */
static const struct {
	const char	*en, *zh;
} impacts[] = {
	{ "catalog removed", "目录删除" },
	{ "channel removed", "公开渠道减少" },
	{ "item marked not applicable", "事项列为不适用" },
	{ "item removed", "公开事项删除" },
	{ "narrower audience", "公开对象缩小" },
	{ "proactive disclosure made on request", "主动公开改为依申请公开" },
	{ "published at fewer levels", "公开层级减少" },
	{ "time limit longer", "公开时限延长" }
};

/* The columns of the published catalog, by field name: the labels of
 * schemas/structure.yaml, and names for the keys it gives none. */
static const struct {
	const char	*field, *zh;
} fieldnames[] = {
	{ "area", "领域" },
	{ "audience", "公开对象" },
	{ "basis", "公开依据" },
	{ "categories", "类别" },
	{ "body", "公开主体" },
	{ "channels", "公开渠道和载体" },
	{ "contact", "监督电话" },
	{ "content", "公开内容" },
	{ "deadline", "公开时限" },
	{ "extends", "基础目录" },
	{ "id", "标识" },
	{ "items", "事项" },
	{ "jurisdiction", "行政区域" },
	{ "level", "层级" },
	{ "levels", "公开层级" },
	{ "mode", "公开方式" },
	{ "name", "名称" },
	{ "notes", "备注" },
	{ "publisher", "编制单位" },
	{ "reason", "理由" },
	{ "stage", "五公开环节" },
	{ "title", "目录名称" },
	{ "updated", "更新日期" },
	{ "version", "版本" }
};

/* A group of changes: one catalog, and one category of it (or none). */
enum grp {
	G_CATALOG,	/* the catalog itself */
	G_CATEGORY,
	G_NA		/* not-applicable items outside any category */
};

/* Where a change sorts in the text and HTML outputs. */
struct gkey {
	size_t	 cat;		/* rank of the catalog id */
	int	 grp;		/* enum grp */
	size_t	 sub;		/* rank of (catalog, category) */
	size_t	 i;		/* the change: keeps the sort stable */
};

static enum subj	 subject(const struct change *);
static const char	*subject_id(const struct change *);
static enum grp		 group_of(const struct change *);
static int		 streq(const char *, const char *);
static int		 same_group(const struct change *,
			    const struct change *);
static int		 gkey_cmp(const void *, const void *);
static size_t		*grouped(const struct diff *);
static const char	*group_name(const struct diff *, const size_t *,
			    size_t, size_t);
static const char	*impact_zh(const char *);
static const char	*field_zh(const char *);

static void	 text_esc(struct buf *, const char *, int);
static void	 text_value(struct buf *, const char *);
static void	 text_files(struct buf *, const struct diff *, const size_t *,
		    size_t);
static void	 text_member(struct buf *, int, const char *);
static void	 text_change(struct buf *, const struct change *, int);
static void	 print_text(struct buf *, const struct diff *,
		    const struct diff_meta *);

static void	 json_list(struct buf *, const char **, size_t);
static void	 json_line(struct buf *, unsigned);
static void	 print_json(struct buf *, const struct diff *,
		    const struct diff_meta *);

static void	 tsv_list(struct buf *, const char **, size_t);
static void	 print_tsv(struct buf *, const struct diff *);

static void	 html_code(struct buf *, const char *);
static void	 html_impact(struct buf *, const char *);
static void	 html_side(struct buf *, const struct change *, int);
static void	 html_row(struct buf *, const struct change *);
static void	 html_card(struct buf *, const struct diff *, const size_t *,
		    size_t, size_t);
static void	 html_summary(struct buf *, const struct diff *);
static void	 no_glosses(struct buf *, size_t);
static void	 print_html(struct buf *, const struct diff *,
		    const struct diff_meta *);

int
diff_parse_format(const char *s)
{
	if (strcmp(s, "text") == 0)
		return DF_TEXT;
	if (strcmp(s, "json") == 0)
		return DF_JSON;
	if (strcmp(s, "tsv") == 0)
		return DF_TSV;
	if (strcmp(s, "html") == 0)
		return DF_HTML;
	if (strcmp(s, "notice") == 0)
		return DF_NOTICE;
	return -1;
}

const char *
change_kind_name(enum change_kind k)
{
	return (unsigned)k < CH__MAX ? kinds[k].name : "unknown";
}

void
diff_print(struct buf *out, const struct diff *df, enum diff_format f,
    const struct diff_meta *m)
{
	size_t	 from;

	switch (f) {
	case DF_TEXT:
		print_text(out, df, m);
		break;
	case DF_JSON:
		print_json(out, df, m);
		break;
	case DF_TSV:
		print_tsv(out, df);
		break;
	case DF_HTML:
		from = out->len;
		print_html(out, df, m);
		if (msg_chinese())
			no_glosses(out, from);
		break;
	case DF_NOTICE:
		diff_notice(out, df, m);
		break;
	}
}

/* --- grouping --- */

static enum subj
subject(const struct change *c)
{
	if (kinds[c->kind].subj != S_ORDER)
		return kinds[c->kind].subj;
	return c->item != NULL ? S_ITEM : c->category != NULL ? S_CATEGORY :
	    S_CATALOG;
}

static const char *
subject_id(const struct change *c)
{
	switch (subject(c)) {
	case S_CATALOG:
		return c->catalog;
	case S_CATEGORY:
		return c->category;
	default:
		return c->item;
	}
}

static enum grp
group_of(const struct change *c)
{
	if (c->category != NULL)
		return G_CATEGORY;
	return subject(c) == S_NA ? G_NA : G_CATALOG;
}

static int
streq(const char *a, const char *b)
{
	if (a == NULL || b == NULL)
		return a == b;
	return strcmp(a, b) == 0;
}

static int
same_group(const struct change *a, const struct change *b)
{
	return streq(a->catalog, b->catalog) && group_of(a) == group_of(b) &&
	    streq(a->category, b->category);
}

static int
gkey_cmp(const void *pa, const void *pb)
{
	const struct gkey	*a = pa, *b = pb;

	if (a->cat != b->cat)
		return a->cat < b->cat ? -1 : 1;
	if (a->grp != b->grp)
		return a->grp < b->grp ? -1 : 1;
	if (a->sub != b->sub)
		return a->sub < b->sub ? -1 : 1;
	return a->i < b->i ? -1 : a->i > b->i;
}

/*
 * The changes in reading order: by catalog, in order of first
 * appearance; in each, the catalog's own changes, then the categories
 * in order of first appearance, then not-applicable items.  Returns an
 * array of df->n indices into df->v, owned by the caller.
 */
static size_t *
grouped(const struct diff *df)
{
	struct hash		 cats = HASH_INIT, subs = HASH_INIT;
	struct hash_slot	*s;
	struct arena		 a;
	struct gkey		*k;
	const struct change	*c;
	const char		*id, *key;
	size_t			*ix, i, ncat = 0, nsub = 0;

	arena_init(&a);
	k = xcalloc(df->n ? df->n : 1, sizeof(*k));
	for (i = 0; i < df->n; i++) {
		c = &df->v[i];
		id = c->catalog != NULL ? c->catalog : "";
		s = hash_put(&cats, id, strlen(id), (void *)(uintptr_t)(ncat + 1));
		if ((uintptr_t)s->val == ncat + 1)
			ncat++;
		k[i].cat = (uintptr_t)s->val;
		k[i].grp = group_of(c);
		if (c->category != NULL) {
			/* Length-prefixed, so no id can fake another. */
			key = arena_strfmt(&a, "%zu:%s%s", strlen(id), id,
			    c->category);
			s = hash_put(&subs, key, strlen(key),
			    (void *)(uintptr_t)(nsub + 1));
			if ((uintptr_t)s->val == nsub + 1)
				nsub++;
			k[i].sub = (uintptr_t)s->val;
		}
		k[i].i = i;
	}
	qsort(k, df->n, sizeof(*k), gkey_cmp);
	ix = xcalloc(df->n ? df->n : 1, sizeof(*ix));
	for (i = 0; i < df->n; i++)
		ix[i] = k[i].i;
	free(k);
	hash_release(&cats);
	hash_release(&subs);
	arena_release(&a);
	return ix;
}

/*
 * The name of the category of the group ix[from..to): from catname, or
 * else from a change of the category itself.
 */
static const char *
group_name(const struct diff *df, const size_t *ix, size_t from, size_t to)
{
	const struct change	*c;

	for (; from < to; from++) {
		c = &df->v[ix[from]];
		if (c->catname != NULL)
			return c->catname;
		if (subject(c) == S_CATEGORY && c->name != NULL)
			return c->name;
	}
	return NULL;
}

static const char *
impact_zh(const char *en)
{
	size_t	 i;

	for (i = 0; i < sizeof(impacts) / sizeof(impacts[0]); i++)
		if (strcmp(impacts[i].en, en) == 0)
			return impacts[i].zh;
	return NULL;
}

/* The column name of a field path's last part ("catalog.updated"). */
static const char *
field_zh(const char *path)
{
	const char	*p;
	size_t		 i, n;

	if ((p = strrchr(path, '.')) != NULL)
		path = p + 1;
	n = strcspn(path, "[");
	for (i = 0; i < sizeof(fieldnames) / sizeof(fieldnames[0]); i++)
		if (strlen(fieldnames[i].field) == n &&
		    strncmp(fieldnames[i].field, path, n) == 0)
			return fieldnames[i].zh;
	return NULL;
}

/* --- text --- */

/*
 * Append s for a terminal.  Control characters (C0, DEL and the C1
 * range, which some terminals obey) are shown as escapes, so a catalog
 * cannot move the cursor or change colours.  Quoted, backslash and the
 * quote are escaped too, so the value can be read back unambiguously.
 */
static void
text_esc(struct buf *b, const char *s, int quoted)
{
	const unsigned char	*p;

	for (p = (const unsigned char *)s; *p != '\0'; p++) {
		if (*p == '\n')
			buf_adds(b, "\\n");
		else if (*p == '\t')
			buf_adds(b, "\\t");
		else if (*p == '\r')
			buf_adds(b, "\\r");
		else if (*p < 0x20 || *p == 0x7f)
			buf_addf(b, "\\x%02x", *p);
		else if (*p == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f) {
			buf_addf(b, "\\u%04x", p[1]);
			p++;
		} else if (quoted && (*p == '\\' || *p == '\'')) {
			buf_addch(b, '\\');
			buf_addch(b, *p);
		} else
			buf_addch(b, *p);
	}
}

static void
text_value(struct buf *b, const char *s)
{
	if (s == NULL) {
		buf_adds(b, "(none)");
		return;
	}
	buf_addch(b, '\'');
	text_esc(b, s, 1);
	buf_addch(b, '\'');
}

/* A list member, quoted only when it would not read as one word. */
static void
text_member(struct buf *b, int sign, const char *s)
{
	buf_addch(b, sign);
	if (*s == '\0' || strpbrk(s, " '\\\t\n") != NULL)
		text_value(b, s);
	else
		text_esc(b, s, 0);
}

/* A line, with its file when it is not the one diffed (an overlay's base). */
static void
text_line(struct buf *b, const char *file, const char *doc, unsigned line)
{
	if (file != NULL && doc != NULL && strcmp(file, doc) != 0) {
		text_esc(b, file, 0);
		buf_addch(b, ':');
	}
	buf_addf(b, "%u", line);
}

/*
 * One change, on one line:
 *   SIGN WHAT [ID] [NAME][: PHRASE][: FIELD][: VALUES] [(line N -> M)]
 *   (a line of a base an overlay extends is FILE:N)
 *   [[! IMPACT]]
 */
static void
text_change(struct buf *b, const struct change *c, int color)
{
	const struct cls_info	*ci = &classes[kinds[c->kind].cls];
	static const char	*what[] = { N_("catalog"), N_("category"),
				    N_("item"), N_("not-applicable") };
	enum subj		 sj = subject(c);
	const char		*id = subject_id(c);
	size_t			 i;

	buf_adds(b, "  ");
	if (color)
		buf_addf(b, "\033[%sm", ci->sgr);
	buf_addf(b, "%c %s", ci->sign, _(what[sj]));
	/* The catalog's id is on the heading above. */
	if (sj != S_CATALOG && id != NULL) {
		buf_addch(b, ' ');
		text_esc(b, id, 0);
	}
	if (c->name != NULL) {
		buf_addch(b, ' ');
		text_esc(b, c->name, 0);
	}
	switch (c->kind) {
	case CH_ITEM_MOVED:
		buf_adds(b, _(": moved from category "));
		text_esc(b, c->oldid != NULL ? c->oldid : "?", 0);
		break;
	case CH_CATEGORY_MOVED:
		buf_adds(b, _(": moved from "));
		if (c->oldid != NULL) {
			buf_adds(b, _("under "));
			text_esc(b, c->oldid, 0);
		} else
			buf_adds(b, _("the top level"));
		buf_adds(b, _(" to "));
		if (c->new != NULL) {
			buf_adds(b, _("under "));
			text_esc(b, c->new, 0);
		} else
			buf_adds(b, _("the top level"));
		break;
	case CH_ITEM_RENAMED:
	case CH_CATEGORY_RENAMED:
		buf_adds(b, _(": renamed from "));
		text_esc(b, c->oldid != NULL ? c->oldid : "?", 0);
		if (c->similarity > 0)
			buf_addf(b, _(" (%d%% alike)"), c->similarity);
		break;
	case CH_ORDER:
		buf_adds(b, _(": order changed"));
		break;
	default:
		break;
	}
	if (kinds[c->kind].cls != C_MOV || c->kind == CH_ORDER) {
		if (c->field != NULL) {
			buf_adds(b, ": ");
			/* A column people know by its name, in Chinese. */
			if (msg_chinese() && field_zh(c->field) != NULL)
				buf_adds(b, field_zh(c->field));
			else
				text_esc(b, c->field, 0);
		}
		if (c->nadded > 0 || c->nremoved > 0) {
			buf_adds(b, ":");
			for (i = 0; i < c->nremoved; i++) {
				buf_addch(b, ' ');
				text_member(b, '-', c->removed[i]);
			}
			for (i = 0; i < c->nadded; i++) {
				buf_addch(b, ' ');
				text_member(b, '+', c->added[i]);
			}
		} else if (c->old != NULL && c->new != NULL) {
			buf_adds(b, ": ");
			text_value(b, c->old);
			buf_adds(b, " -> ");
			text_value(b, c->new);
		} else if (c->old != NULL || c->new != NULL) {
			buf_adds(b, ": ");
			/* A field that appeared or went away. */
			if (ci->sign == '~' && c->old == NULL) {
				buf_adds(b, _("(none)"));
				buf_adds(b, " -> ");
			}
			text_value(b, c->old != NULL ? c->old : c->new);
			if (ci->sign == '~' && c->new == NULL) {
				buf_adds(b, " -> ");
				buf_adds(b, _("(none)"));
			}
		}
	}
	if (c->oldline != 0 || c->newline != 0) {
		buf_adds(b, _(" (line "));
		if (c->oldline != 0)
			text_line(b, c->oldfile, c->olddoc, c->oldline);
		if (c->oldline != 0 && c->newline != 0)
			buf_adds(b, " -> ");
		if (c->newline != 0)
			text_line(b, c->newfile, c->newdoc, c->newline);
		buf_addch(b, ')');
	}
	if (color)
		buf_adds(b, "\033[m");
	if (c->impact != NULL) {
		buf_addch(b, ' ');
		if (color)
			buf_adds(b, "\033[1;31m");
		buf_adds(b, "[! ");
		text_esc(b, msg_chinese() && impact_zh(c->impact) != NULL ?
		    impact_zh(c->impact) : c->impact, 0);
		buf_addch(b, ']');
		if (color)
			buf_adds(b, "\033[m");
	}
	buf_addch(b, '\n');
}

static void
print_text(struct buf *b, const struct diff *df, const struct diff_meta *m)
{
	const struct change	*c, *prev = NULL;
	const char		*bold = m->color ? "\033[1m" : "";
	const char		*off = m->color ? "\033[m" : "";
	const char		*name;
	size_t			*ix, i, j, n[C__MAX], nimpact = 0;
	int			 k;

	if (df->n == 0)
		return;
	buf_addf(b, "%s--- ", bold);
	text_esc(b, m->old.path != NULL ? m->old.path : "", 0);
	buf_addf(b, "%s\n%s+++ ", off, bold);
	text_esc(b, m->new.path != NULL ? m->new.path : "", 0);
	buf_addf(b, "%s\n", off);

	memset(n, 0, sizeof(n));
	ix = grouped(df);
	for (i = 0; i < df->n; i++) {
		c = &df->v[ix[i]];
		n[kinds[c->kind].cls]++;
		if (c->impact != NULL)
			nimpact++;
		if (prev == NULL || !streq(prev->catalog, c->catalog)) {
			buf_addf(b, "%s%s ", bold, _("catalog"));
			text_esc(b, c->catalog != NULL ? c->catalog : "", 0);
			if (m->dirs)
				text_files(b, df, ix, i);
			buf_addf(b, "%s\n", off);
		}
		if (prev == NULL || !same_group(prev, c)) {
			if (group_of(c) == G_CATEGORY) {
				for (j = i + 1; j < df->n &&
				    same_group(c, &df->v[ix[j]]); j++)
					continue;
				buf_addf(b, "%s%s ", bold, _("category"));
				text_esc(b, c->category, 0);
				if ((name = group_name(df, ix, i, j)) != NULL) {
					buf_addch(b, ' ');
					text_esc(b, name, 0);
				}
				buf_addf(b, "%s\n", off);
			} else if (group_of(c) == G_NA)
				buf_addf(b, "%s%s%s\n", bold,
				    _("not applicable"), off);
		}
		text_change(b, c, m->color);
		prev = c;
	}
	free(ix);

	buf_addf(b, msg_ngettext("%zu change:", "%zu changes:", df->n), df->n);
	for (k = 0; k < C__MAX; k++) {
		buf_adds(b, k ? _(",") : "");
		buf_addf(b, " %zu %s", n[k], _(classes[k].word));
	}
	buf_addf(b, msg_ngettext("; %zu alters what the public gets\n",
	    "; %zu alter what the public gets\n", nimpact), nimpact);
}

/* --- JSON --- */

static void
json_list(struct buf *b, const char **v, size_t n)
{
	size_t	 i;

	buf_addch(b, '[');
	for (i = 0; i < n; i++) {
		if (i > 0)
			buf_adds(b, ", ");
		json_string(b, v[i]);
	}
	buf_addch(b, ']');
}

static void
json_line(struct buf *b, unsigned line)
{
	if (line == 0)
		buf_adds(b, "null");
	else
		buf_addf(b, "%u", line);
}

/*
 * One document, keys in a fixed order, one change per line.  The shape
 * is schemas/diff.schema.json; change both together.
 */
static void
print_json(struct buf *b, const struct diff *df, const struct diff_meta *m)
{
	const struct change	*c;
	size_t			 n[CH__MAX], nimpact = 0, i;
	int			 k;

	memset(n, 0, sizeof(n));
	for (i = 0; i < df->n; i++) {
		n[df->v[i].kind]++;
		if (df->v[i].impact != NULL)
			nimpact++;
	}
	buf_adds(b, "{\"gkml_diff\": 1, \"version\": ");
	json_string(b, m->version != NULL ? m->version : "");
	buf_adds(b, ",\n \"old\": {\"path\": ");
	json_string(b, m->old.path != NULL ? m->old.path : "");
	buf_adds(b, ", \"sha256\": ");
	json_string(b, m->old.sha256);
	buf_adds(b, "},\n \"new\": {\"path\": ");
	json_string(b, m->new.path != NULL ? m->new.path : "");
	buf_adds(b, ", \"sha256\": ");
	json_string(b, m->new.sha256);
	buf_addf(b, "},\n \"summary\": {\"changes\": %zu, \"impacts\": %zu",
	    df->n, nimpact);
	for (k = 0; k < CH__MAX; k++)
		if (n[k] > 0)
			buf_addf(b, ", \"%s\": %zu", kinds[k].name, n[k]);
	buf_adds(b, "},\n \"changes\": [");
	for (i = 0; i < df->n; i++) {
		c = &df->v[i];
		buf_adds(b, i > 0 ? ",\n  " : "\n  ");
		buf_addf(b, "{\"kind\": \"%s\", \"catalog\": ",
		    kinds[c->kind].name);
		json_string(b, c->catalog != NULL ? c->catalog : "");
		buf_adds(b, ", \"category\": ");
		json_string(b, c->category);
		buf_adds(b, ", \"item\": ");
		json_string(b, c->item);
		buf_adds(b, ", \"old_id\": ");
		json_string(b, c->oldid);
		buf_adds(b, ", \"name\": ");
		json_string(b, c->name);
		buf_adds(b, ", \"path\": ");
		json_string(b, c->field);
		buf_adds(b, ", \"old\": ");
		json_string(b, c->old);
		buf_adds(b, ", \"new\": ");
		json_string(b, c->new);
		buf_adds(b, ", \"added\": ");
		json_list(b, c->added, c->nadded);
		buf_adds(b, ", \"removed\": ");
		json_list(b, c->removed, c->nremoved);
		buf_adds(b, ", \"old_file\": ");
		json_string(b, c->oldfile);
		buf_adds(b, ", \"new_file\": ");
		json_string(b, c->newfile);
		buf_adds(b, ", \"old_line\": ");
		json_line(b, c->oldline);
		buf_adds(b, ", \"new_line\": ");
		json_line(b, c->newline);
		buf_adds(b, ", \"similarity\": ");
		if (kinds[c->kind].cls == C_REN && c->similarity > 0)
			buf_addf(b, "%d", c->similarity);
		else
			buf_adds(b, "null");
		buf_adds(b, ", \"impact\": ");
		json_string(b, c->impact);
		buf_addch(b, '}');
	}
	buf_adds(b, df->n > 0 ? "\n ]}\n" : "]}\n");
}

/* --- TSV --- */

/*
 * In a directory diff, which files a catalog's lines are in: the first
 * change of the group at ix[i] that names each side's file.
 */
static void
text_files(struct buf *b, const struct diff *df, const size_t *ix, size_t i)
{
	const char	*of = NULL, *nf = NULL;
	size_t		 j;

	for (j = i; j < df->n && streq(df->v[ix[j]].catalog,
	    df->v[ix[i]].catalog); j++) {
		if (of == NULL)
			of = df->v[ix[j]].olddoc;
		if (nf == NULL)
			nf = df->v[ix[j]].newdoc;
	}
	if (of == NULL && nf == NULL)
		return;
	buf_adds(b, " (");
	text_esc(b, of != NULL ? of : nf, 0);
	if (of != NULL && nf != NULL && strcmp(of, nf) != 0) {
		buf_adds(b, " -> ");
		text_esc(b, nf, 0);
	}
	buf_addch(b, ')');
}

/* The members joined with "; ", as one cell: its start is checked. */
static void
tsv_list(struct buf *b, const char **v, size_t n)
{
	struct buf	 t = BUF_INIT;
	size_t		 i;

	for (i = 0; i < n; i++) {
		if (i > 0)
			buf_adds(&t, "; ");
		buf_adds(&t, v[i] != NULL ? v[i] : "");
	}
	cell_escape(b, t.ptr, '\t');
	buf_release(&t);
}

static void
print_tsv(struct buf *b, const struct diff *df)
{
	const struct change	*c;
	size_t			 i;

	buf_adds(b, "kind\tcatalog\tcategory\titem\told_id\tpath\told\tnew\t"
	    "added\tremoved\told_line\tnew_line\tsimilarity\timpact\n");
	for (i = 0; i < df->n; i++) {
		c = &df->v[i];
		buf_adds(b, kinds[c->kind].name);
		buf_addch(b, '\t');
		cell_escape(b, c->catalog, '\t');
		buf_addch(b, '\t');
		cell_escape(b, c->category, '\t');
		buf_addch(b, '\t');
		cell_escape(b, c->item, '\t');
		buf_addch(b, '\t');
		cell_escape(b, c->oldid, '\t');
		buf_addch(b, '\t');
		cell_escape(b, c->field, '\t');
		buf_addch(b, '\t');
		cell_escape(b, c->old, '\t');
		buf_addch(b, '\t');
		cell_escape(b, c->new, '\t');
		buf_addch(b, '\t');
		tsv_list(b, c->added, c->nadded);
		buf_addch(b, '\t');
		tsv_list(b, c->removed, c->nremoved);
		buf_addch(b, '\t');
		if (c->oldline != 0)
			buf_addf(b, "%u", c->oldline);
		buf_addch(b, '\t');
		if (c->newline != 0)
			buf_addf(b, "%u", c->newline);
		buf_addch(b, '\t');
		if (kinds[c->kind].cls == C_REN && c->similarity > 0)
			buf_addf(b, "%d", c->similarity);
		buf_addch(b, '\t');
		cell_escape(b, c->impact, '\t');
		buf_addch(b, '\n');
	}
}

/* --- HTML --- */


/*
 * The report is written in Chinese with English glosses, each a
 * <span lang="en"> holding escaped text only, after a space.  A Chinese
 * reader gets it without them: drop each gloss and its space from
 * b->ptr + from on.  Data cannot look like a gloss: it is escaped.
 */
static void
no_glosses(struct buf *b, size_t from)
{
	static const char	 open[] = "<span lang=\"en\">";
	char			*r, *w, *g, *end;

	r = w = b->ptr + from;
	while ((g = strstr(r, open)) != NULL &&
	    (end = strstr(g, "</span>")) != NULL) {
		if (g > r && g[-1] == ' ')
			g--;
		memmove(w, r, (size_t)(g - r));
		w += g - r;
		r = end + sizeof("</span>") - 1;
	}
	memmove(w, r, strlen(r) + 1);
	b->len = (size_t)(w - b->ptr) + strlen(w);
}

static void
html_code(struct buf *b, const char *s)
{
	buf_adds(b, "<code>");
	html_escape(b, s);
	buf_adds(b, "</code>");
}

static void
html_impact(struct buf *b, const char *impact)
{
	const char	*zh;

	buf_adds(b, " <span class=\"badge impact\">! ");
	if ((zh = impact_zh(impact)) != NULL) {
		buf_adds(b, zh);
		buf_adds(b, " <span lang=\"en\">");
		html_escape(b, impact);
		buf_adds(b, "</span>");
	} else
		html_escape(b, impact);
	buf_adds(b, "</span>");
}

static const char css[] =
"@page { size: A4; margin: 18mm 16mm 20mm; }\n"
"html { background: #f4f3ef; }\n"
"body { max-width: 62rem; margin: 2rem auto; padding: 2.5rem 3rem;\n"
"  background: #fff; color: #1d1d1b; border: 1px solid #d6d3ca;\n"
"  font: 15px/1.6 \"Noto Serif CJK SC\", \"Source Han Serif SC\",\n"
"  \"Songti SC\", SimSun, serif; }\n"
"h1, h2, h3, h4, th, .badge, caption { font-family: \"Noto Sans CJK SC\",\n"
"  \"Source Han Sans SC\", \"PingFang SC\", \"Microsoft YaHei\",\n"
"  SimHei, sans-serif; }\n"
"header.report { border-bottom: 3px double #a4161a;\n"
"  padding-bottom: 1rem; margin-bottom: 1.5rem; }\n"
".kicker { margin: 0; color: #a4161a; letter-spacing: .15em;\n"
"  font-size: .9rem; }\n"
"h1 { font-size: 1.7rem; margin: .3rem 0 1rem; letter-spacing: .05em; }\n"
"h2 { font-size: 1.3rem; border-bottom: 1px solid #1d1d1b;\n"
"  margin: 2rem 0 .8rem; padding-bottom: .2rem; }\n"
"h3 { font-size: 1.1rem; margin: 1.5rem 0 .6rem; color: #333; }\n"
".card h3, h4 { font-size: 1rem; margin: 0 0 .4rem; color: inherit; }\n"
"[lang=en] { color: #555; font-weight: normal; }\n"
"h1 [lang=en], h2 [lang=en] { font-size: .75em; }\n"
"code { font: .9em/1.4 \"DejaVu Sans Mono\", Consolas, monospace;\n"
"  overflow-wrap: anywhere; }\n"
"table { border-collapse: collapse; width: 100%; }\n"
"caption { text-align: left; font-weight: bold; padding: .3rem 0; }\n"
"th, td { border: 1px solid #bcb8ad; padding: .35rem .6rem;\n"
"  text-align: left; vertical-align: top; }\n"
"thead th { background: #efede6; }\n"
"table.inputs th { width: 7rem; white-space: nowrap; }\n"
"table.inputs td.hash code { font-size: .8em; }\n"
"table.counts { width: auto; min-width: 28rem; }\n"
"td.num { text-align: right; font-variant-numeric: tabular-nums;\n"
"  min-width: 4rem; }\n"
"table.counts tfoot th, table.counts tfoot td { font-weight: bold; }\n"
"tr.impact th, tr.impact td { color: #a4161a; }\n"
".legend { font-size: .9rem; color: #444; }\n"
".card { border: 1px solid #bcb8ad; border-left: 4px solid #8a8578;\n"
"  padding: .6rem .8rem .8rem; margin: 0 0 1rem;\n"
"  break-inside: avoid; page-break-inside: avoid; }\n"
".card.has-impact { border-left-color: #a4161a; }\n"
".card table th[scope=row] { width: 24%; font-weight: normal; }\n"
".card table td { width: 38%; }\n"
".val { white-space: pre-wrap; overflow-wrap: anywhere; }\n"
".none { color: #888; }\n"
".line { color: #666; font-size: .8rem; margin-top: .2rem; }\n"
".field { display: block; margin-top: .2rem; }\n"
".sim { display: block; color: #555; font-size: .85rem; }\n"
"ul.members { list-style: none; margin: .3rem 0 0; padding: 0; }\n"
"ul.members li { margin: .1rem 0; }\n"
"ins, del { text-decoration-thickness: 1px; padding: 0 .2rem; }\n"
"ins { color: #14632d; background: #e3f2e6; }\n"
"del { color: #9b1c1c; background: #fbe7e6; }\n"
".badge { display: inline-block; font-size: .78rem; line-height: 1.4;\n"
"  padding: 0 .4rem; border: 1px solid; border-radius: 2px;\n"
"  white-space: nowrap; }\n"
".badge.add { color: #14632d; background: #e3f2e6; }\n"
".badge.del { color: #9b1c1c; background: #fbe7e6; }\n"
".badge.mod { color: #7a4d00; background: #fbf0d9; }\n"
".badge.mov, .badge.ren { color: #0b5563; background: #e0f0f2; }\n"
".badge.impact { color: #fff; background: #a4161a;\n"
"  border-color: #a4161a; margin-top: .3rem; }\n"
".badge.impact [lang=en] { color: inherit; }\n"
"footer { margin-top: 2rem; padding-top: .5rem; border-top: 1px solid\n"
"  #bcb8ad; font-size: .85rem; color: #555; }\n"
"@media print {\n"
"  html, body { background: none; }\n"
"  body { margin: 0; padding: 0; border: 0; max-width: none;\n"
"    font-size: 10.5pt; }\n"
"  thead th, ins, del, .badge { background: none !important; }\n"
"  .badge.impact { color: #a4161a; font-weight: bold; }\n"
"  ins { text-decoration: underline; }\n"
"  del { text-decoration: line-through; }\n"
"  h2, h3, h4 { break-after: avoid; page-break-after: avoid; }\n"
"  thead { display: table-header-group; }\n"
"  tr { break-inside: avoid; page-break-inside: avoid; }\n"
"}\n";

/* One side of a change: its value, members and line. */
static void
html_side(struct buf *b, const struct change *c, int new)
{
	const char	*v = new ? c->new : c->old;
	const char	**mv = new ? c->added : c->removed;
	size_t		 nm = new ? c->nadded : c->nremoved, i;
	unsigned	 line = new ? c->newline : c->oldline;
	const char	*file = new ? c->newfile : c->oldfile;
	const char	*doc = new ? c->newdoc : c->olddoc;
	enum cls	 cl = kinds[c->kind].cls;
	int		 any = 0;

	buf_adds(b, "<td>");
	if (c->kind == CH_ITEM_MOVED) {
		buf_adds(b, "类别 <span lang=\"en\">category</span> ");
		html_code(b, new ? c->category : c->oldid);
		any = 1;
	} else if (c->kind == CH_CATEGORY_MOVED) {
		if (v != NULL) {
			buf_adds(b, "上级类别 <span lang=\"en\">under</span> ");
			html_code(b, v);
		} else
			buf_adds(b, "顶层 <span lang=\"en\">top level</span>");
		any = 1;
	} else if (cl == C_REN) {
		html_code(b, new ? subject_id(c) : c->oldid);
		if (new && c->similarity > 0)
			buf_addf(b, "<span class=\"sim\">相似度 "
			    "<span lang=\"en\">similarity</span> %d%%</span>",
			    c->similarity);
		any = 1;
	} else {
		if (v != NULL) {
			buf_adds(b, "<div class=\"val\">");
			html_escape(b, v);
			buf_adds(b, "</div>");
			any = 1;
		}
		if (nm > 0) {
			buf_addf(b, "<ul class=\"members\" aria-label=\"%s\">",
			    msg_chinese() ? (new ? "新增" : "删除") :
			    new ? "新增 added" : "删除 removed");
			for (i = 0; i < nm; i++) {
				buf_adds(b, new ? "<li><ins>+ " : "<li><del>− ");
				html_escape(b, mv[i]);
				buf_adds(b, new ? "</ins></li>" : "</del></li>");
			}
			buf_adds(b, "</ul>");
			any = 1;
		}
		/* A whole thing added or removed: its name on its side. */
		if (!any && c->field == NULL && ((new && cl == C_ADD) ||
		    (!new && cl == C_DEL))) {
			buf_adds(b, "<div class=\"val\">");
			html_escape(b, c->name != NULL ? c->name :
			    subject_id(c) != NULL ? subject_id(c) : "");
			buf_adds(b, "</div>");
			any = 1;
		}
	}
	if (!any)
		buf_adds(b, "<span class=\"none\">—</span>");
	if (line != 0) {
		buf_adds(b, "<div class=\"line\">");
		/* A line of the catalog an overlay extends: its file. */
		if (file != NULL && doc != NULL && strcmp(file, doc) != 0) {
			html_code(b, file);
			buf_addch(b, ' ');
		}
		buf_addf(b, "第 %u 行 <span lang=\"en\">line %u</span></div>",
		    line, line);
	}
	buf_adds(b, "</td>");
}

static void
html_row(struct buf *b, const struct change *c)
{
	const struct kind	*k = &kinds[c->kind];
	const char		*zh;

	buf_addf(b, "<tr><th scope=\"row\"><span class=\"badge %s\">%s "
	    "<span lang=\"en\">%s</span></span>", classes[k->cls].css,
	    k->bzh, k->ben);
	if (c->field != NULL) {
		buf_adds(b, "<span class=\"field\">");
		if ((zh = field_zh(c->field)) != NULL) {
			buf_adds(b, zh);
			buf_addch(b, ' ');
		}
		html_code(b, c->field);
		buf_adds(b, "</span>");
	}
	if (c->impact != NULL)
		html_impact(b, c->impact);
	buf_adds(b, "</th>\n");
	html_side(b, c, 0);
	html_side(b, c, 1);
	buf_adds(b, "</tr>\n");
}

/*
 * A card: the changes ix[from..to) of one thing (the catalog, a
 * category, an item), old and new side by side.
 */
static void
html_card(struct buf *b, const struct diff *df, const size_t *ix,
    size_t from, size_t to)
{
	static const char	*what[] = { "目录 <span lang=\"en\">"
				    "Catalog</span>",
				    "类别 <span lang=\"en\">Category</span>",
				    "事项 <span lang=\"en\">Item</span>",
				    "不适用事项 <span lang=\"en\">"
				    "Not-applicable item</span>" };
	const struct change	*c = &df->v[ix[from]];
	const char		*name = NULL;
	enum subj		 sj = subject(c);
	size_t			 i;
	int			 impact = 0, h;

	/* Under its group's <h3>, else (the catalog's own) under <h2>. */
	h = group_of(c) == G_CATALOG ? 3 : 4;
	for (i = from; i < to; i++) {
		if (name == NULL)
			name = df->v[ix[i]].name;
		if (df->v[ix[i]].impact != NULL)
			impact = 1;
	}
	buf_addf(b, "<article class=\"card%s\">\n<h%d>", impact ?
	    " has-impact" : "", h);
	/* The catalog and the category are named by the heading above. */
	if (sj == S_CATALOG && c->kind == CH_META)
		buf_adds(b, "目录信息 <span lang=\"en\">Catalog details</span>");
	else if (sj == S_CATEGORY)
		buf_adds(b, "类别信息 <span lang=\"en\">Category details</span>");
	else
		buf_adds(b, what[sj]);
	if ((sj == S_ITEM || sj == S_NA) && subject_id(c) != NULL) {
		buf_addch(b, ' ');
		html_code(b, subject_id(c));
	}
	if (name != NULL && sj != S_CATEGORY) {
		buf_addch(b, ' ');
		html_escape(b, name);
	}
	buf_addf(b, "</h%d>\n<table>\n<thead><tr><th scope=\"col\">变更 "
	    "<span lang=\"en\">Change</span></th><th scope=\"col\">旧版 "
	    "<span lang=\"en\">Old</span></th><th scope=\"col\">新版 "
	    "<span lang=\"en\">New</span></th></tr></thead>\n<tbody>\n", h);
	for (i = from; i < to; i++)
		html_row(b, &df->v[ix[i]]);
	buf_adds(b, "</tbody>\n</table>\n</article>\n");
}

static void
html_summary(struct buf *b, const struct diff *df)
{
	size_t	 n[CH__MAX], nimpact = 0, i;
	int	 k;

	buf_adds(b, "<section aria-labelledby=\"summary\">\n<h2 id=\"summary\">"
	    "变更摘要 <span lang=\"en\">Summary</span></h2>\n");
	if (df->n == 0) {
		buf_adds(b, "<p>两个版本内容一致，未发现变更。"
		    "<span lang=\"en\">The two versions are the same: "
		    "nothing changed.</span></p>\n</section>\n");
		return;
	}
	memset(n, 0, sizeof(n));
	for (i = 0; i < df->n; i++) {
		n[df->v[i].kind]++;
		if (df->v[i].impact != NULL)
			nimpact++;
	}
	buf_adds(b, "<table class=\"counts\">\n<thead><tr><th scope=\"col\">"
	    "变更类型 <span lang=\"en\">Kind of change</span></th>"
	    "<th scope=\"col\" class=\"num\">数量 <span lang=\"en\">Count"
	    "</span></th></tr></thead>\n<tbody>\n");
	for (k = 0; k < CH__MAX; k++)
		if (n[k] > 0)
			buf_addf(b, "<tr><th scope=\"row\">%s <span lang=\"en\">"
			    "%s</span></th><td class=\"num\">%zu</td></tr>\n",
			    kinds[k].zh, kinds[k].en, n[k]);
	buf_addf(b, "</tbody>\n<tfoot>\n<tr><th scope=\"row\">合计 "
	    "<span lang=\"en\">Total</span></th><td class=\"num\">%zu</td>"
	    "</tr>\n<tr class=\"impact\"><th scope=\"row\">其中影响公众获取"
	    "信息的变更 <span lang=\"en\">Of which alter what the public "
	    "gets</span></th><td class=\"num\">%zu</td></tr>\n</tfoot>\n"
	    "</table>\n", df->n, nimpact);
	buf_adds(b, "<p class=\"legend\"><ins>+ 新增 <span lang=\"en\">added"
	    "</span></ins> <del>− 删除 <span lang=\"en\">removed</span></del>"
	    " <span class=\"badge impact\">! 影响公众获取信息 "
	    "<span lang=\"en\">alters what the public gets</span></span> "
	    "事项按标识配对，取值按含义比较，未变更的内容不列出。"
	    "<span lang=\"en\">Items are paired by id and values compared as "
	    "meant; what did not change is not listed.</span></p>\n"
	    "</section>\n");
}

static void
print_html(struct buf *b, const struct diff *df, const struct diff_meta *m)
{
	const struct change	*c, *prev = NULL;
	const struct diff_input	*in;
	const char		*name, *version;
	size_t			*ix, i, j, end;
	int			 side;

	version = m->version != NULL ? m->version : "";
	buf_adds(b, "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n"
	    "<meta charset=\"utf-8\">\n<meta name=\"viewport\" "
	    "content=\"width=device-width, initial-scale=1\">\n"
	    "<meta name=\"generator\" content=\"gkml-diff ");
	html_escape(b, version);
	buf_adds(b, "\">\n<title>");
	buf_adds(b, msg_chinese() ? "目录变更报告：" :
	    "目录变更报告 Catalog change report: ");
	html_escape(b, m->old.path != NULL ? m->old.path : "");
	buf_adds(b, " → ");
	html_escape(b, m->new.path != NULL ? m->new.path : "");
	buf_addf(b, "</title>\n<style>\n%s</style>\n</head>\n<body>\n", css);

	buf_adds(b, "<header class=\"report\">\n<p class=\"kicker\">"
	    "基层政务公开标准目录</p>\n<h1>目录变更报告 <span lang=\"en\">"
	    "Catalog change report</span></h1>\n<table class=\"inputs\">\n"
	    "<caption>比较的两个版本 <span lang=\"en\">The versions compared"
	    "</span></caption>\n<tbody>\n");
	for (side = 0; side < 2; side++) {
		in = side ? &m->new : &m->old;
		buf_addf(b, "<tr><th scope=\"row\">%s</th><td><code>",
		    side ? "新版 <span lang=\"en\">New</span>" :
		    "旧版 <span lang=\"en\">Old</span>");
		html_escape(b, in->path != NULL ? in->path : "");
		buf_adds(b, "</code></td><td class=\"hash\">SHA-256 <code>");
		html_escape(b, in->sha256);
		buf_adds(b, "</code></td></tr>\n");
	}
	buf_adds(b, "<tr><th scope=\"row\">生成工具 <span lang=\"en\">Tool"
	    "</span></th><td colspan=\"2\">gkml-diff ");
	html_escape(b, version);
	buf_adds(b, "</td></tr>\n</tbody>\n</table>\n</header>\n<main>\n");

	html_summary(b, df);
	ix = grouped(df);
	for (i = 0; i < df->n; i = end) {
		c = &df->v[ix[i]];
		if (prev == NULL || !streq(prev->catalog, c->catalog)) {
			if (prev != NULL)
				buf_adds(b, "</section>\n");
			buf_adds(b, "<section>\n<h2>目录 <span lang=\"en\">"
			    "Catalog</span> ");
			html_code(b, c->catalog != NULL ? c->catalog : "");
			buf_adds(b, "</h2>\n");
		}
		if (prev == NULL || !same_group(prev, c)) {
			for (j = i + 1; j < df->n &&
			    same_group(c, &df->v[ix[j]]); j++)
				continue;
			if (group_of(c) == G_CATEGORY) {
				buf_adds(b, "<h3>类别 <span lang=\"en\">"
				    "Category</span> ");
				html_code(b, c->category);
				if ((name = group_name(df, ix, i, j)) != NULL) {
					buf_addch(b, ' ');
					html_escape(b, name);
				}
				buf_adds(b, "</h3>\n");
			} else if (group_of(c) == G_NA)
				buf_adds(b, "<h3>不适用事项（未涉及） "
				    "<span lang=\"en\">Not applicable</span>"
				    "</h3>\n");
		}
		/* One card per thing: consecutive changes of one subject. */
		for (end = i + 1; end < df->n; end++) {
			if (!same_group(c, &df->v[ix[end]]) ||
			    subject(c) != subject(&df->v[ix[end]]) ||
			    !streq(subject_id(c), subject_id(&df->v[ix[end]])))
				break;
		}
		html_card(b, df, ix, i, end);
		prev = &df->v[ix[end - 1]];
	}
	if (prev != NULL)
		buf_adds(b, "</section>\n");
	free(ix);
	buf_adds(b, "</main>\n<footer>\n<p>本报告由 gkml-diff ");
	html_escape(b, version);
	buf_adds(b, " 生成。<span lang=\"en\">Generated by gkml-diff ");
	html_escape(b, version);
	buf_adds(b, ".</span></p>\n</footer>\n</body>\n</html>\n");
}
