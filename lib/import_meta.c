/*
 * What a table says of its catalog besides its rows (see import.c):
 * the title, area, level, jurisdiction, publisher, version, date and
 * contact written above it, in "label：value" rows or in its name; and
 * the sheets and tables gkml-render adds to what it writes (目录信息,
 * 未涉及事项, 分类备注; the hidden ids of its DOCX), read back so that a
 * catalog gkml-render wrote comes back as it was.
 */
#include <stdlib.h>
#include <string.h>

#include "import.h"
#include "import_int.h"
#include "schema.h"
#include "xmalloc.h"

static const char *hidden_of(const struct cell *);

/* --- The catalog's metadata --- */

static const char *const aux_head[AUX__MAX][AUX_COLS] = {
	{ "工作表", "目录编号", "目录名称", "领域", "层级", "行政区域",
	    "编制单位", "版本", "更新日期", "监督电话", "栏目", "栏目地址",
	    "基础目录", "继承", "文件" },
	{ "工作表", "事项名称", "未涉及原因", "事项编号" },
	{ "工作表", "分类编号", "分类名称", "备注", "栏目", "栏目地址" },
};

/* How many of a sheet's heads it must have, the first ones: those after
 * came later (栏目 and 栏目地址; an overlay's 基础目录 and 继承), and a
 * workbook of an older gkml-render has none of them. */
static const int aux_need[AUX__MAX] = { 10, 4, 4 };

static const char *const meta_key[8] = {
	"title", "area", "level", "jurisdiction", "publisher", "version",
	"updated", "contact"
};

/*
 * Labels of metadata written "label：value" above a table or in the
 * page's metadata table, with the catalog key each sets (an index of
 * meta_key[]).  Where several labels give one key, the one earlier in
 * this list wins, whatever their order on the page, so that every form
 * of a page gives the same: the catalog's own 编制单位 and 更新日期
 * (labels of structure.yaml, surest of all) before the page's 发布机构
 * and 发布日期, the date it was published before the date it was
 * written (成文日期).
 */
static const struct {
	const char	*label;
	int		 key;
} meta_labels[] = {
	{ "目录名称", 0 }, { "标题", 0 }, { "名称", 0 },
	{ "领域", 1 }, { "所属领域", 1 },
	{ "层级", 2 }, { "目录层级", 2 },
	{ "行政区域", 3 }, { "行政区划", 3 }, { "地区", 3 },
	{ "编制单位", 4 }, { "编制机关", 4 }, { "发布机构", 4 },
	{ "发文机关", 4 }, { "发布单位", 4 }, { "发文单位", 4 },
	{ "公开单位", 4 },
	{ "版本", 5 }, { "版本号", 5 },
	{ "更新日期", 6 }, { "更新时间", 6 }, { "发布日期", 6 },
	{ "发布时间", 6 }, { "公开日期", 6 }, { "生成日期", 6 },
	{ "成文日期", 6 }, { "日期", 6 },
	{ "监督电话", 7 }, { "联系电话", 7 }, { "咨询电话", 7 },
	{ "监督举报电话", 7 },
};

#define META_PAGE	(-2)	/* a label of the page's, not the catalog's */

/* The key a label sets, and its rank (*rank, see meta_labels[]); -1
 * when not a label, META_PAGE for one of the page's own. */
static int
meta_label(struct imp *im, const char *f, int *rank)
{
	const struct stype	*t = NULL;
	size_t			 i, j;

	/* The labels schemas/structure.yaml gives the keys first. */
	for (i = 0; i < im->s->ntypes; i++)
		if (eq(im->s->types[i].name, "catalog"))
			t = &im->s->types[i];
	for (i = 0; t != NULL && i < t->nkeys; i++)
		if (t->keys[i].label != NULL && eq(t->keys[i].label, f))
			for (j = 0; j < NELEM(meta_key); j++)
				if (eq(meta_key[j], t->keys[i].name)) {
					*rank = 0;
					return (int)j;
				}
	for (i = 0; i < NELEM(meta_labels); i++)
		if (eq(f, meta_labels[i].label)) {
			*rank = (int)i + 1;
			return meta_labels[i].key;
		}
	*rank = 0;
	return in_words(&im->s->imp->pagelabels, f, 0) ? META_PAGE : -1;
}

/* Set key k of m to v, unless a surer label has set it. */
static void
meta_set(struct meta *m, int k, int rank, const char *v)
{
	if (k < 0 || *v == '\0')
		return;
	if (m->v[k] == NULL || rank < m->rank[k]) {
		m->v[k] = v;
		m->rank[k] = rank;
	}
}

/* A label alone in its cell ("发布机构：", "发布机构"), its value in the
 * next: its key, META_PAGE or -1. */
static int
meta_alone(struct imp *im, const char *s, int *rank)
{
	const char	*f = fold(im, s);
	size_t		 n = strlen(f);

	if (n > 1 && f[n - 1] == ':')
		return meta_label(im, arena_strndup(&im->a, f, n - 1), rank);
	return meta_label(im, f, rank);
}

/*
 * Is t one of the sheets gkml-render adds after the areas of a workbook
 * (目录信息, 未涉及事项, 分类备注), or one of the tables after the
 * catalog's in its DOCX?  If so, its rows go to aux: returns 1.  A
 * DOCX's have no 工作表 (one catalog a file), and its 目录信息 is a label
 * and its value a row.
 */
int
read_aux(struct imp *im, const struct table *t, struct aux *aux)
{
	const char	*f;
	int		 col[AUX_COLS], kind, j, all;
	unsigned	 c, r;

	if (t->nrows == 0)
		return 0;
	if (t->ncols == 2 && t->nrows >= 2) {
		for (j = 0; j < AUX_COLS; j++)
			col[j] = -1;
		for (r = 0; r < t->nrows; r++) {
			f = fold(im, TABLE_CELL(t, r, 0)->text);
			for (j = 1; j < AUX_COLS; j++)
				if (eq(f, aux_head[AUX_INFO][j]))
					break;
			if (j == AUX_COLS || col[j] >= 0)
				break;
			col[j] = (int)r;
		}
		if (r == t->nrows && col[1] >= 0) {
			aux->v = xreallocarray(aux->v, aux->n + 1,
			    sizeof(*aux->v));
			memset(&aux->v[aux->n], 0, sizeof(aux->v[aux->n]));
			aux->v[aux->n].kind = AUX_INFO;
			aux->v[aux->n].line = TABLE_CELL(t, 0, 0)->line;
			for (j = 1; j < AUX_COLS; j++)
				if (col[j] >= 0)
					aux->v[aux->n].v[j] = raw_text(im,
					    TABLE_CELL(t, (unsigned)col[j],
					    1)->text);
			/* A DOCX keeps the file's name hidden beside the
			 * id, and an overlay's inherit beside its base. */
			aux->v[aux->n].v[AUX_INFO_FILE] = raw_text(im,
			    hidden_of(TABLE_CELL(t, (unsigned)col[1], 1)));
			if (col[AUX_INFO_BASE] >= 0)
				aux->v[aux->n].v[AUX_INFO_INHERIT] =
				    raw_text(im, hidden_of(TABLE_CELL(t,
				    (unsigned)col[AUX_INFO_BASE], 1)));
			aux->n++;
			return 1;
		}
	}
	for (kind = 0; kind < AUX__MAX; kind++) {
		for (j = 0; j < AUX_COLS; j++)
			col[j] = -1;
		for (c = 0; c < t->ncols; c++) {
			f = fold(im, TABLE_CELL(t, 0, c)->text);
			for (j = 0; j < AUX_COLS; j++)
				if (aux_head[kind][j] != NULL &&
				    eq(f, aux_head[kind][j]) && col[j] < 0)
					col[j] = (int)c;
		}
		for (j = 1, all = 1; j < aux_need[kind]; j++)
			if (aux_head[kind][j] != NULL && col[j] < 0)
				all = 0;
		if (!all)
			continue;
		for (r = 1; r < t->nrows; r++) {
			aux->v = xreallocarray(aux->v, aux->n + 1,
			    sizeof(*aux->v));
			memset(&aux->v[aux->n], 0, sizeof(aux->v[aux->n]));
			aux->v[aux->n].kind = (enum auxkind)kind;
			aux->v[aux->n].line = TABLE_CELL(t, r, 0)->line;
			for (j = 0; j < AUX_COLS; j++)
				if (col[j] >= 0)
					aux->v[aux->n].v[j] = raw_text(im,
					    TABLE_CELL(t, r,
					    (unsigned)col[j])->text);
			aux->n++;
		}
		return 1;
	}
	return 0;
}

/*
 * Metadata written "label：value", several to a line when spaces part
 * them ("发布机构：石羊镇人民政府　　发布日期：2024-06-05"), into m.
 * Returns 1 when s is such a line (each label known), else 0.
 */
/* Spaces between metadata: ASCII, tabs, U+3000.  Returns its bytes. */
static size_t
meta_space(const char *s)
{
	if (*s == ' ' || *s == '\t')
		return 1;
	return starts(s, "\xe3\x80\x80") ? 3 : 0;
}

/* Does the next label of a line start at s ("发布日期：")? */
static int
meta_next(struct imp *im, const char *s)
{
	const char	*sep;
	size_t		 n;
	int		 rank;

	n = strcspn(s, " \t\n:");
	if ((sep = strstr(s, "：")) != NULL && (size_t)(sep - s) < n)
		n = (size_t)(sep - s);
	if (n == 0 || n > 8 * 3 || (s[n] != ':' && !starts(s + n, "：")))
		return 0;
	return meta_label(im, fold(im, arena_strndup(&im->a, s, n)),
	    &rank) != -1;
}

static int
meta_line(struct imp *im, struct meta *m, const char *s)
{
	const char	*p = s, *sep, *e, *v[8];
	size_t		 n, k_;
	int		 k, keys[8], ranks[8], n_ = 0, i;

	while (*p != '\0' && n_ < 8) {
		while ((k_ = meta_space(p)) > 0)
			p += k_;
		if (*p == '\0')
			break;
		if ((sep = strstr(p, "：")) == NULL &&
		    (sep = strchr(p, ':')) == NULL)
			return 0;
		if ((k = meta_label(im, fold(im, arena_strndup(&im->a, p,
		    (size_t)(sep - p))), &ranks[n_])) == -1)
			return 0;
		sep += *sep == ':' ? 1 : 3;
		while ((k_ = meta_space(sep)) > 0)
			sep += k_;
		/* The value ends at a new line, two spaces or a U+3000,
		 * or a space before the next label. */
		for (e = sep; *e != '\0' && *e != '\n'; e++)
			if ((meta_space(e) > 0 && meta_space(e + 1) > 0) ||
			    meta_space(e) == 3 || (meta_space(e) == 1 &&
			    meta_next(im, e + 1)))
				break;
		n = (size_t)(e - sep);
		while (n > 0 && sep[n - 1] == ' ')
			n--;
		keys[n_] = k;
		v[n_++] = arena_strndup(&im->a, sep, n);
		p = e;
	}
	if (n_ == 0)
		return 0;
	for (i = 0; i < n_; i++)
		meta_set(m, keys[i], ranks[i], v[i]);
	return 1;
}

/*
 * A "label：value" line below the header, read as the catalog's (a
 * publisher and date under the table, as a notice signs off) until the
 * site's footer begins (a row of chrome: 主办单位, 技术支持 …): the
 * footer's 联系电话 is the website's.  Returns 1 when read, 2 when s is
 * such a line but in the footer, else 0.
 */
int
meta_text(struct imp *im, const char *s)
{
	struct meta	 m;
	int		 k;

	memset(&m, 0, sizeof(m));
	if (!meta_line(im, &m, s))
		return 0;
	if (im->footer)
		return 2;
	for (k = 0; k < 8; k++)
		if (m.v[k] != NULL)
			meta_set(&im->meta, k, m.rank[k], m.v[k]);
	return 1;
}

/*
 * The cells of row r from column c on that are metadata, into m: a
 * "label：value" cell, or a label alone and its value in the next cell
 * (as a page's metadata table has them, and Calc makes of it), or a
 * label with none (文号： and a blank).  Returns how many cells, 0
 * when the one at c is not metadata.
 */
static unsigned
meta_cells(struct imp *im, struct meta *m, const struct table *t, unsigned r,
    unsigned c)
{
	const char	*s, *v;
	unsigned	 d;
	int		 k, rank, rk, pinyin = 0;

	s = clean(im, TABLE_CELL(t, r, c)->text, &pinyin);
	if ((k = meta_alone(im, s, &rank)) == -1)
		return meta_line(im, m, s);
	for (d = c + 1; d < t->ncols; d++)
		if (!from_left(t, r, d) && !from_above(t, r, d) &&
		    *TABLE_CELL(t, r, d)->text != '\0')
			break;
	if (d == t->ncols)
		return 1;
	v = arena_strdup(&im->a, clean(im, TABLE_CELL(t, r, d)->text,
	    &pinyin));
	/* A label with no value, and another label. */
	if (meta_alone(im, v, &rk) != -1)
		return d - c;
	if (meta_line(im, m, v))
		return d - c + 1;
	meta_set(m, k, rank, v);
	return d - c + 1;
}

/* The paragraphs before a table (its pre, a line each): what they say
 * of the page, kept as page_meta() keeps it. */
void
page_pre(struct imp *im, const char *pre)
{
	const char	*s, *e, *v;
	int		 k, rank, rk;

	for (s = pre; *s != '\0'; s = *e != '\0' ? e + 1 : e) {
		e = s + strcspn(s, "\n");
		v = arena_strndup(&im->a, s, (size_t)(e - s));
		if ((k = meta_alone(im, v, &rank)) == -1) {
			meta_line(im, &im->pmeta, v);
			continue;
		}
		if (*e == '\0')
			break;
		s = e + 1;
		e = s + strcspn(s, "\n");
		v = arena_strndup(&im->a, s, (size_t)(e - s));
		if (meta_alone(im, v, &rk) != -1) {
			e = s - 1;	/* a label with no value */
			continue;
		}
		if (!meta_line(im, &im->pmeta, v))
			meta_set(&im->pmeta, k, rank, v);
	}
}

/* A table of no catalog: what it says of the page, kept for the table
 * after it (read_meta()). */
void
page_meta(struct imp *im, const struct table *t)
{
	unsigned	 r, c, n;

	if (t->nrows > HEAD_SCAN)
		return;
	for (r = 0; r < t->nrows; r++)
		for (c = 0; c < t->ncols; c += n ? n : 1)
			n = from_left(t, r, c) || from_above(t, r, c) ? 0 :
			    meta_cells(im, &im->pmeta, t, r, c);
}

/*
 * s without the site's name a page's title ends in, after a separator:
 * 石羊镇…标准目录_示例县人民政府 is 石羊镇…标准目录.
 */
static const char *
site_cut(struct imp *im, const char *s)
{
	static const char *const seps[] = { "_", "|", "｜", " - ", "－",
	    "——" };
	const struct words *w = &im->s->imp->sites;
	const char	*at = NULL, *p;
	size_t		 i, len = 0;

	for (i = 0; i < sizeof(seps) / sizeof(*seps); i++)
		for (p = s; (p = strstr(p, seps[i])) != NULL; p++)
			if (p > s && (at == NULL || p > at)) {
				at = p;
				len = strlen(seps[i]);
			}
	if (at == NULL)
		return s;
	for (i = 0; i < w->n; i++)
		if (ends(fold(im, at + len), w->v[i]))
			return arena_strndup(&im->a, s, (size_t)(at - s));
	return s;
}

/* s as a title, if it reads as one: not the page's metadata, nor its
 * chrome, and naming an area or a 目录; or NULL. */
static const char *
title_of(struct imp *im, const char *s)
{
	const char	*f;
	int		 pinyin = 0, rank;

	s = site_cut(im, clean(im, s, &pinyin));
	f = fold(im, s);
	if (*f == '\0' || in_words(&im->s->imp->chrome, f, 1) ||
	    meta_alone(im, s, &rank) != -1 || meta_line(im, &(struct meta){0},
	    s))
		return NULL;
	return has(f, "目录") || area_in(im, s, NULL, NULL) != NULL ? s :
	    NULL;
}

/* The rows above the header: a title, "label：value" metadata. */
void
read_meta(struct imp *im)
{
	const struct table	*t = im->t;
	const char		*s, *e, *f, *last = NULL;
	unsigned		 r, c, n;
	int			 pinyin = 0, k;

	memset(&im->meta, 0, sizeof(im->meta));
	if (im->info != NULL) {
		/* 目录信息 says exactly what the particulars line says. */
		static const int from[8] = { 2, 3, 4, 5, 6, 7, 8, 9 };

		for (k = 0; k < 8; k++)
			if (im->info->v[from[k]] != NULL &&
			    *im->info->v[from[k]] != '\0')
				im->meta.v[k] = im->info->v[from[k]];
		im->meta.title = im->meta.v[0];
	}
	for (r = 0; r < im->h0; r++)
		for (c = 0; c < t->ncols; c += n ? n : 1) {
			n = 0;
			if (from_left(t, r, c) || from_above(t, r, c))
				continue;
			s = clean(im, TABLE_CELL(t, r, c)->text, &pinyin);
			if (*s == '\0')
				continue;
			if ((n = meta_cells(im, &im->meta, t, r, c)) > 0)
				continue;
			if (im->meta.title != NULL && eq(s, im->meta.title))
				continue;
			f = fold(im, s);
			/* Never the breadcrumb (当前位置：…>标准目录). */
			if ((im->meta.title == NULL || (area_in(im,
			    im->meta.title, NULL, NULL) == NULL &&
			    area_in(im, s, NULL, NULL) != NULL)) &&
			    (has(f, "目录") || area_in(im, s, NULL, NULL)) &&
			    !in_words(&im->s->imp->chrome, f, 1)) {
				if (im->meta.title != NULL)
					say(im, NULL, im->meta.titlerow - 1, -1,
					    R_IMP_TABLE, "text above the header "
					    "not used: '%s'", im->meta.title);
				im->meta.title = s;
				im->meta.titlerow = r + 1;
				continue;
			}
			say(im, NULL, r, -1, R_IMP_TABLE, "text above the "
			    "header not used: '%s'", s);
		}
	/* The page's metadata table, where the table's own rows say no
	 * surer. */
	for (k = 0; k < 8; k++)
		if (im->pmeta.v[k] != NULL)
			meta_set(&im->meta, k, im->pmeta.rank[k],
			    im->pmeta.v[k]);
	if (im->meta.v[0] != NULL)
		im->meta.title = im->meta.v[0];
	/* Else the nearest paragraph before the table that reads as a
	 * title, across the page's metadata block, one naming an area
	 * before one that does not: the page's heading may name the page
	 * (复兴镇试点领域…目录), a paragraph below it the table. */
	if (im->meta.title == NULL && t->pre != NULL) {
		for (s = t->pre; *s != '\0'; s = *e != '\0' ? e + 1 : e) {
			e = s + strcspn(s, "\n");
			if ((f = title_of(im, arena_strndup(&im->a, s,
			    (size_t)(e - s)))) == NULL)
				continue;
			if (area_in(im, f, NULL, NULL) != NULL)
				im->meta.title = f;
			else
				last = f;
		}
		if (im->meta.title == NULL && t->name != NULL &&
		    (f = title_of(im, t->name)) != NULL &&
		    area_in(im, f, NULL, NULL) != NULL)
			im->meta.title = f;
	}
	if (im->meta.title == NULL && t->name != NULL)
		im->meta.title = title_of(im, t->name);
	if (im->meta.title == NULL)
		im->meta.title = last;
	if (im->meta.title == NULL && im->carry != NULL)
		im->meta.title = title_of(im, im->carry);
}

/* A date as written ("2024年6月5日", "2024/6/5") in ISO form, or NULL. */
static const char *
iso_date(struct imp *im, const char *s)
{
	static const int mdays[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31,
	    30, 31 };
	const char	*f = fold(im, s);
	int		 v[3], i = 0;
	char		*end;
	long		 n;

	while (i < 3) {
		if (*f < '0' || *f > '9')
			return NULL;
		n = strtol(f, &end, 10);
		if (n > 9999)
			return NULL;
		v[i++] = (int)n;
		f = end;
		if (i == 3)
			break;
		if (*f == '-' || *f == '/' || *f == '.')
			f++;
		else if (starts(f, "年") || starts(f, "月"))
			f += 3;
		else
			return NULL;
	}
	if (!(*f == '\0' || eq(f, "日") || eq(f, "号")))
		return NULL;
	if (v[0] < 1900 || v[1] < 1 || v[1] > 12 || v[2] < 1 ||
	    v[2] > mdays[v[1] - 1] || (v[1] == 2 && v[2] == 29 &&
	    !(v[0] % 4 == 0 && (v[0] % 100 != 0 || v[0] % 400 == 0))))
		return NULL;
	return arena_strfmt(&im->a, "%04d-%02d-%02d", v[0], v[1], v[2]);
}

static const char *const title_words[] = {
	"基层政务公开", "政务公开", "村务公开", "居务公开", "公开事项",
	"标准目录", "目录"
};

static const char *const jur_suffix[] = {
	"人民政府", "街道办事处", "办事处", "政府"
};

/* The jurisdiction a title names before its area: "大姚县石羊镇" of
 * "附件2:大姚县石羊镇义务教育领域基层政务公开标准目录". */
static const char *
title_jurisdiction(struct imp *im, const char *title)
{
	struct fcell	 fc;
	const struct fkey *fk;
	const char	*j = NULL, *p;
	size_t		 i, l, e, w;
	char		*s;

	fcell_make(im, title, &fc);
	for (i = 0; i < fc.n; i++) {
		if ((fc.f[i] & 0xC0) == 0x80)
			continue;
		if ((l = vprefix(im, V_AREA, fc.f + i, fc.n - i, &fk)) > 0 &&
		    fk->how != VM_SLUG)
			break;
	}
	/* No area in it: the place comes before "基层政务公开" and such. */
	for (w = 0; i >= fc.n && w < NELEM(title_words); w++)
		if ((p = strstr(fc.f, title_words[w])) != NULL)
			i = (size_t)(p - fc.f);
	if (i < fc.n && i > 0) {
		s = (char *)fcell_text(im, &fc, 0, i);
		/* "附件2：", "关于印发" and the like go. */
		if ((p = strstr(s, "：")) != NULL)
			s = (char *)p + 3;
		else if ((p = strchr(s, ':')) != NULL)
			s = (char *)p + 1;
		{
			int		 nums[3];
			const char	*rest;

			if (import_outline(s, nums, &rest) > 0)
				s = (char *)rest;
		}
		if (starts(s, "关于印发"))
			s += strlen("关于印发");
		else if (starts(s, "关于"))
			s += strlen("关于");
		while (*s == ' ')
			s++;
		e = strlen(s);
		for (l = 0; l < NELEM(jur_suffix); l++)
			if (e > strlen(jur_suffix[l]) && eq(s + e -
			    strlen(jur_suffix[l]), jur_suffix[l])) {
				e -= strlen(jur_suffix[l]);
				if (l == 1)	/* 街道办事处: 街道 */
					e += strlen("街道");
				break;
			}
		s[e] = '\0';
		if (*s != '\0')
			j = s;
	}
	fcell_free(&fc);
	return j;
}

/* The level a jurisdiction's name ends in: 石羊镇 is a township. */
static const char *
guess_level(struct imp *im, const char *jur)
{
	const struct import_words *w = im->s->imp;
	const char	*f = fold(im, jur);
	size_t		 i, n = strlen(f), l;

	for (i = 0; i < w->nends; i++) {
		l = strlen(w->ends[i].w.v[0]);
		if (n >= l && eq(f + n - l, w->ends[i].w.v[0]))
			return w->ends[i].slug;
	}
	return NULL;
}

/*
 * The place a body is the government of: 石羊镇 of 石羊镇人民政府,
 * 安乐村 of 安乐村委会, 示例县 of 示例县民政局; or NULL.  *lv is its
 * level's slug.
 */
static const char *
body_place(struct imp *im, const char *part, const char **lv)
{
	static const char *const county[] = { "县", "区", "市", "旗" };
	const struct import_words *w = im->s->imp;
	const char	*f = arena_strdup(&im->a, fold(im, part)), *p;
	char		*base = NULL;
	size_t		 i, n = strlen(f), l;

	for (i = 0; i < w->vagueplaces.n; i++)
		if (starts(f, w->vagueplaces.v[i]))
			return NULL;
	if (strpbrk(f, "()/,;") != NULL || has(f, "、") || has(f, "和"))
		return NULL;
	for (i = 0; i < w->govs.n && base == NULL; i++)
		if (n > (l = strlen(w->govs.v[i])) && ends(f, w->govs.v[i]))
			base = arena_strndup(&im->a, f, n - l);
	/* A county's bureau: the place up to its first 县, 区, 市 or 旗. */
	if (base == NULL && ends(f, "局"))
		for (p = f + 3; *p != '\0' && base == NULL; p++)
			for (i = 0; i < NELEM(county); i++)
				if (starts(p, county[i])) {
					base = arena_strndup(&im->a, f,
					    (size_t)(p - f) + 3);
					break;
				}
	if (base == NULL || (*lv = guess_level(im, base)) == NULL)
		return NULL;
	/* Its name, not its level alone (乡, 社区). */
	for (i = 0; i < w->nends; i++)
		if (eq(base, w->ends[i].w.v[0]))
			return NULL;
	return base;
}

struct place {
	const char	*name, *lv;
	size_t		 n;		/* items naming it */
	size_t		 last;		/* the last item that did, from 1 */
};

/* Count the places the bodies of c's items name, into pl. */
static void
body_places(struct imp *im, const struct cat *c, struct place *pl,
    size_t *npl, size_t max, size_t *items)
{
	const struct item *it;
	const char	*p, *e, *name, *lv;
	size_t		 j;

	for (; c != NULL; c = c->next) {
		for (it = c->items; it != NULL; it = it->next) {
			if (it->body == NULL)
				continue;
			++*items;
			for (p = it->body; *p != '\0'; p = *e ? e + (*e ==
			    ',' || *e == ';' || *e == '/' ? 1 : 3) : e) {
				for (e = p; *e != '\0' && !starts(e, "、") &&
				    !starts(e, "，") && !starts(e, "；") &&
				    *e != ',' && *e != ';' && *e != '/'; e++)
					continue;
				name = body_place(im, arena_strndup(&im->a, p,
				    (size_t)(e - p)), &lv);
				if (name == NULL)
					continue;
				for (j = 0; j < *npl; j++)
					if (eq(pl[j].name, name))
						break;
				if (j == *npl) {
					if (*npl == max)
						continue;
					pl[j].name = name;
					pl[j].lv = lv;
					pl[j].n = pl[j].last = 0;
					++*npl;
				}
				if (pl[j].last != *items) {
					pl[j].n++;
					pl[j].last = *items;
				}
			}
		}
		body_places(im, c->subs, pl, npl, max, items);
	}
}

/*
 * Whose catalog this is, by its 公开主体: of the places the bodies are
 * the governments of, the one of the lowest level named by at least a
 * fifth of the items (a township's catalog names the county's bureaus
 * too, a county's rarely one town).  NULL when none; with two such of
 * one level, NULL and *unsure names them.
 */
static const char *
bodies_jurisdiction(struct imp *im, const struct draft *k, const char **unsure)
{
	static const char *const lvs[] = { "village", "township", "county" };
	struct place	 pl[32];
	size_t		 npl = 0, items = 0, i, j, best;

	*unsure = NULL;
	body_places(im, k->cats, pl, &npl, NELEM(pl), &items);
	for (i = 0; i < NELEM(lvs); i++) {
		best = npl;
		for (j = 0; j < npl; j++) {
			if (!eq(pl[j].lv, lvs[i]) || pl[j].n * 5 < items)
				continue;
			if (best < npl && pl[j].n == pl[best].n) {
				*unsure = arena_strfmt(&im->a, "'%s', '%s'",
				    pl[best].name, pl[j].name);
				return NULL;
			}
			if (best == npl || pl[j].n > pl[best].n)
				best = j;
		}
		if (best < npl) {
			im->jurn = pl[best].n;
			im->jurof = items;
			return pl[best].name;
		}
	}
	return NULL;
}

/* "2024" of a title "…标准目录(2024年)" or "(2025年版)". */
static const char *
title_version(struct imp *im, const char *title)
{
	const char	*f = fold(im, title), *p;

	for (p = f; (p = strchr(p, '(')) != NULL; p++)
		if (p[1] >= '1' && p[1] <= '2' && p[2] >= '0' && p[2] <= '9' &&
		    p[3] >= '0' && p[3] <= '9' && p[4] >= '0' &&
		    p[4] <= '9' && starts(p + 5, "年"))
			return arena_strndup(&im->a, p + 1, 4);
	return NULL;
}

/* A vocabulary value given on the command line, as a slug. */
const char *
opt_slug(struct imp *im, enum voc v, const char *s)
{
	const struct fkey	*fk;
	const char		*f;
	size_t			 i;

	if (s == NULL)
		return NULL;
	if (v == V_AREA && strncmp(s, "x-", 2) == 0 && s[2] != '\0') {
		for (i = 2; s[i] != '\0'; i++)
			if (!((s[i] >= 'a' && s[i] <= 'z') ||
			    (s[i] >= '0' && s[i] <= '9') || s[i] == '-'))
				return NULL;
		return s;
	}
	f = fold(im, s);
	return (fk = vfind(im, v, f, strlen(f))) != NULL ? fk->term->slug :
	    NULL;
}

/* The jurisdiction and level of a table's catalogs.  Returns 0, or -1
 * after saying which option to give. */
static int
table_meta(struct imp *im, const struct draft *k, const char *title,
    unsigned row)
{
	const char	*lv, *src, *unsure = NULL;
	int		 rc = 0;

	/* The jurisdiction: the options, the table, its title, then the
	 * bodies its items name. */
	if ((im->jur = im->o->jurisdiction) == NULL &&
	    (im->jur = im->meta.v[3]) == NULL && title != NULL &&
	    (im->jur = title_jurisdiction(im, title)) != NULL)
		say(im, NULL, row, -1, R_IMP_GUESS, "jurisdiction '%s' read "
		    "from the title; give --jurisdiction to be sure",
		    im->jur);
	if (im->jur == NULL &&
	    (im->jur = bodies_jurisdiction(im, k, &unsure)) != NULL)
		say(im, NULL, row, -1, R_IMP_GUESS, "jurisdiction '%s' "
		    "guessed from the 公开主体 of %zu of the %zu items; give "
		    "--jurisdiction to be sure", im->jur, im->jurn, im->jurof);
	if (im->jur == NULL && unsure != NULL) {
		say(im, NULL, row, -1, R_IMP_META, "cannot tell whose "
		    "catalog this is: the 公开主体 name %s as often; give "
		    "--jurisdiction", unsure);
		rc = -1;
	} else if (im->jur == NULL) {
		if (title != NULL)
			say(im, NULL, row, -1, R_IMP_META, "cannot tell whose "
			    "catalog this is: the title '%s' names no place; "
			    "give --jurisdiction", title);
		else
			say(im, NULL, row, -1, R_IMP_META, "cannot tell whose "
			    "catalog this is; give --jurisdiction");
		rc = -1;
	}
	/* The level. */
	src = "--level";
	if ((lv = im->o->level) == NULL && (lv = im->meta.v[2]) != NULL)
		src = "the table";
	im->lvl = opt_slug(im, V_LEVEL, lv);
	if (lv != NULL && im->lvl == NULL) {
		say(im, NULL, row, -1, R_IMP_META, "level '%s' of %s is not "
		    "county, township or village; give --level", lv, src);
		rc = -1;
	} else if (im->lvl == NULL && im->jur != NULL &&
	    (im->lvl = guess_level(im, im->jur)) != NULL)
		say(im, NULL, row, -1, R_IMP_GUESS, "level '%s' guessed from "
		    "'%s'; give --level to be sure", im->lvl,
		    im->jur);
	else if (im->lvl == NULL && im->jur != NULL) {
		say(im, NULL, row, -1, R_IMP_META, "cannot tell whether '%s' "
		    "is a county, a township or a village; give --level",
		    im->jur);
		rc = -1;
	}
	return rc;
}

/* A value of 目录信息: NULL when not there or empty. */
static const char *
info_value(const struct auxrow *info, int j)
{
	return info->v[j] != NULL && *info->v[j] != '\0' ? info->v[j] : NULL;
}

/*
 * Settle what the catalog says of itself: the options first, then the
 * metadata rows, then the title.  Returns 0, or -1 after saying which
 * option to give.
 */
int
catalog_meta(struct imp *im, struct draft *k, int split)
{
	const struct fkey	*fk;
	const struct vterm	*area;
	const char		*title = im->meta.title, *f;
	struct cat		*c;
	unsigned		 row = im->meta.titlerow ? im->meta.titlerow - 1 :
				    NOROW;
	int			 rc = 0;

	/* The area. */
	k->areaslug = opt_slug(im, V_AREA, im->o->area);
	if (k->areaslug == NULL && k->area != NULL)
		k->areaslug = k->area->slug;
	if (k->areaslug == NULL && im->meta.v[1] != NULL) {
		f = fold(im, im->meta.v[1]);
		if ((fk = vfind(im, V_AREA, f, strlen(f))) != NULL)
			k->area = fk->term;
		else
			k->areaslug = opt_slug(im, V_AREA, im->meta.v[1]);
	}
	if (k->areaslug == NULL && k->area == NULL && title != NULL &&
	    (area = area_in(im, title, NULL, NULL)) != NULL) {
		k->area = area;
		say(im, NULL, row, -1, R_IMP_GUESS, "area %s (%s) read from "
		    "the title '%s'", area->slug, area->label, title);
	}
	if (k->areaslug == NULL && k->area == NULL) {
		/* The 一级事项 naming the area, as some tables do. */
		area = NULL;
		for (c = k->cats; c != NULL; c = c->next) {
			if (c->name == NULL || (area != NULL &&
			    area_in(im, c->name, NULL, NULL) != area)) {
				area = NULL;
				break;
			}
			if ((area = area_in(im, c->name, NULL, NULL)) == NULL)
				break;
		}
		if ((k->area = area) != NULL)
			say(im, NULL, k->cats->row, k->cats->col, R_IMP_GUESS,
			    "area %s (%s) read from the 一级事项", area->slug,
			    area->label);
	}
	if (k->areaslug == NULL && k->area != NULL)
		k->areaslug = k->area->slug;
	if (k->area == NULL && k->areaslug != NULL && im->o->area != NULL) {
		f = fold(im, im->o->area);
		if ((fk = vfind(im, V_AREA, f, strlen(f))) != NULL)
			k->area = fk->term;
	}
	if (k->areaslug == NULL) {
		if (title != NULL)
			say(im, NULL, row, -1, R_IMP_META, "cannot tell which "
			    "area the table is about from its title '%s'; "
			    "give --area", title);
		else
			say(im, NULL, row, -1, R_IMP_META, "cannot tell which "
			    "area the table is about; give --area");
		return -1;
	}
	/* Whose, and at which level: the same for every catalog of the
	 * table, so said once. */
	if (!im->metadone) {
		im->metadone = 1;
		im->metarc = table_meta(im, k, title, row);
	}
	k->jurisdiction = im->jur;
	k->level = im->lvl;
	rc = im->metarc;
	if (rc != 0)
		return rc;
	/* The rest, when known. */
	if (k->title == NULL)
		k->title = split || title == NULL ? NULL : im->info != NULL ?
		    title : heading_title(im, title);
	if (k->title == NULL) {
		k->title = arena_strfmt(&im->a, "%s%s领域基层政务公开标准目录",
		    k->jurisdiction, k->area ? k->area->label : k->areaslug);
		if (split)
			say(im, NULL, row, -1, R_IMP_GUESS, "no title for one "
			    "area of a combined table; called '%s'", k->title);
		else
			say(im, NULL, row, -1, R_IMP_GUESS, "no title; called "
			    "'%s'", k->title);
	}
	k->publisher = im->meta.v[4];
	if ((k->version = im->meta.v[5]) == NULL && title != NULL &&
	    im->info == NULL)
		k->version = title_version(im, title);
	if (im->meta.v[6] != NULL &&
	    (k->updated = iso_date(im, im->meta.v[6])) == NULL)
		say(im, &k->x, NOROW, -1, R_IMP_UNPLACED, "date '%s' not read; "
		    "'updated' left out", im->meta.v[6]);
	k->contact = im->meta.v[7];
	k->id = im->o->idprefix != NULL ? arena_strfmt(&im->a, "%s%s%s",
	    im->o->idprefix, im->o->idprefix[strlen(im->o->idprefix) - 1] ==
	    '/' ? "" : "/", k->areaslug) : k->areaslug;
	if (im->o->idprefix == NULL && im->info != NULL && !split &&
	    im->info->v[1] != NULL && *im->info->v[1] != '\0' &&
	    strspn(im->info->v[1], "abcdefghijklmnopqrstuvwxyz0123456789"
	    "._/-") == strlen(im->info->v[1]))
		k->id = im->info->v[1];
	/* The website's column, as 目录信息 says (it is the sheet's). */
	if (im->info != NULL && !split) {
		k->column = info_value(im->info, AUX_INFO_COLUMN);
		k->column_url = info_value(im->info, AUX_INFO_COLUMN_URL);
		k->base = info_value(im->info, AUX_INFO_BASE);
		k->inherit = info_value(im->info, AUX_INFO_INHERIT);
		k->file = info_value(im->info, AUX_INFO_FILE);
	}
	/* A single 公开事项 column: one category, named after the area. */
	for (c = k->cats; c != NULL; c = c->next)
		if (c->name == NULL) {
			c->name = k->area != NULL ? k->area->label :
			    "公开事项";
			say(im, NULL, im->h0, -1, R_IMP_GUESS, "no 一级事项: the "
			    "items before any heading go into one category, "
			    "'%s'", c->name);
		}
	return 0;
}

/* --- The tables of gkml-render's DOCX --- */

/*
 * The columns a DOCX of gkml-render's keeps as hidden text, each named
 * by hidden text in the header cells of the columns that hold it: the
 * ids, and the items' own website columns.
 */
static const char *const word_hidden[] = { "事项编号", "分类编号", "栏目",
    "栏目地址" };

static const char *
hidden_of(const struct cell *x)
{
	return x->hidden != NULL ? x->hidden : "";
}

/* A column added to a table: its header and each row's text. */
static void
word_add(struct imp *im, struct table *n, const struct table *t,
    unsigned c, unsigned hr, const char *head, const char **v)
{
	struct cell	*x;
	unsigned	 r;

	for (r = 0; r < n->nrows; r++) {
		x = TABLE_CELL(n, r, c);
		*x = *TABLE_CELL(t, r, 0);
		x->text = r == hr ? head : v[r] != NULL ? v[r] : "";
		x->hidden = "";
		x->col = 0;
		x->orow = r;
		x->ocol = c;
		x->merged = 0;
	}
}

/*
 * A label line in s ("备注：…", "五公开：…"): where it starts, or NULL.
 * With last, only the last line counts.
 */
static const char *
word_label(const char *s, const char *label, int last)
{
	const char	*p = s;
	size_t		 n = strlen(label);

	for (;;) {
		if (strncmp(p, label, n) == 0 && (strncmp(p + n, "：", 3) == 0 ||
		    p[n] == ':') && (!last || strchr(p, '\n') == NULL))
			return p;
		if ((p = strchr(p, '\n')) == NULL)
			return NULL;
		p++;
	}
}

/* The text after a label line's label and colon. */
static const char *
word_value(const char *p, const char *label)
{
	p += strlen(label);
	return p + (*p == ':' ? 1 : 3);
}

/*
 * A table of gkml-render's DOCX read as its XLSX sheet would be
 * (templates/README.md, DOCX): hidden text in a header cell names a
 * column (事项编号, 分类编号, 栏目, 栏目地址) added after the others, its
 * value in a row the hidden text of the rightmost cell under such a
 * header that has some (merged cells copy theirs down).  In the
 * catalog's table, 五公开 (the last line of an item's name, "五公开：
 * 结果") and 备注 (公开内容 from a line "备注：…" on) become columns of
 * their own too.  Any other
 * table is returned as it is.
 */
const struct table *
word_table(struct imp *im, const struct table *t)
{
	const struct cell	*x;
	struct table		*n;
	const char		**v[NELEM(word_hidden) + 2], *s, *p, *f;
	int			*vof, have[NELEM(word_hidden)], content = -1;
	int			 names = 0, own = 0, extra;
	unsigned		 hr, r, c, k, nc;
	enum role		 role, *roles;

	for (hr = 0; hr < t->nrows && hr < HEAD_SCAN; hr++) {
		for (c = 0; c < t->ncols; c++) {
			x = TABLE_CELL(t, hr, c);
			f = fold(im, hidden_of(x));
			for (k = 0; k < NELEM(word_hidden) && !x->merged; k++)
				if (eq(f, word_hidden[k]))
					break;
			if (!x->merged && k < NELEM(word_hidden))
				break;
		}
		if (c < t->ncols)
			break;
	}
	if (hr >= t->nrows || hr >= HEAD_SCAN)
		return t;
	/* Which hidden column each column holds, and which it reads. */
	vof = arena_calloc(&im->a, t->ncols, sizeof(*vof));
	roles = arena_calloc(&im->a, t->ncols, sizeof(*roles));
	memset(have, 0, sizeof(have));
	for (c = 0; c < t->ncols; c++) {
		x = TABLE_CELL(t, hr, c);
		vof[c] = -1;
		f = fold(im, hidden_of(x));
		for (k = 0; k < NELEM(word_hidden) && !x->merged; k++)
			if (eq(f, word_hidden[k]))
				have[vof[c] = (int)k] = 1;
		role = roles[c] = head_role(im, fold(im, x->text));
		if (role == COL_CONTENT && content < 0)
			content = (int)c;
		if (role == COL_L1 || role == COL_L2 || role == COL_L3 ||
		    role == COL_ITEM)
			names = 1;
		else
			roles[c] = COL_NONE;	/* only names count below */
		own |= role == COL_STAGE || role == COL_NOTES;
	}
	/* 五公开 and 备注 in their cells, unless in columns of their own. */
	extra = have[0] && names && content >= 0 && !own;
	for (k = 0, nc = t->ncols; k < NELEM(word_hidden); k++)
		nc += have[k];
	nc += extra ? 2 : 0;
	n = arena_calloc(&im->a, 1, sizeof(*n));
	*n = *t;
	n->ncols = nc;
	n->cells = arena_calloc(&im->a, (size_t)t->nrows * nc, sizeof(*x));
	for (r = 0; r < t->nrows; r++)
		for (c = 0; c < t->ncols; c++)
			*TABLE_CELL(n, r, c) = *TABLE_CELL(t, r, c);
	for (k = 0; k < NELEM(v); k++)
		v[k] = arena_calloc(&im->a, t->nrows, sizeof(*v[k]));
	for (r = hr + 1; r < t->nrows; r++) {
		for (c = 0; c < t->ncols; c++)
			if (vof[c] >= 0 &&
			    *hidden_of(TABLE_CELL(t, r, c)) != '\0')
				v[vof[c]][r] = hidden_of(TABLE_CELL(t, r, c));
		if (!extra)
			continue;
		/* 五公开 under the name of an item (a cell with no id). */
		for (c = 0; c < t->ncols; c++) {
			x = TABLE_CELL(t, r, c);
			if (roles[c] == COL_NONE || x->merged ||
			    *hidden_of(x) != '\0' ||
			    (p = word_label(x->text, "五公开", 1)) == NULL)
				continue;
			v[NELEM(word_hidden)][r] = word_value(p, "五公开");
			s = x->text;
			TABLE_CELL(n, r, c)->text = p == s ? "" :
			    arena_strndup(&im->a, s, (size_t)(p - s - 1));
			break;
		}
		/* 备注 at the end of 公开内容. */
		x = TABLE_CELL(t, r, (unsigned)content);
		if (!x->merged &&
		    (p = word_label(x->text, "备注", 0)) != NULL) {
			v[NELEM(word_hidden) + 1][r] = word_value(p, "备注");
			s = x->text;
			TABLE_CELL(n, r, (unsigned)content)->text = p == s ?
			    "" : arena_strndup(&im->a, s, (size_t)(p - s - 1));
		}
	}
	c = t->ncols;
	if (extra) {
		word_add(im, n, t, c++, hr, "五公开", v[NELEM(word_hidden)]);
		word_add(im, n, t, c++, hr, "备注", v[NELEM(word_hidden) + 1]);
	}
	for (k = 0; k < NELEM(word_hidden); k++)
		if (have[k])
			word_add(im, n, t, c++, hr, word_hidden[k], v[k]);
	return n;
}
