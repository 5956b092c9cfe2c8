/*
 * gkml-import's library half: grids of cells (lib/table.h) turned into
 * catalogs.  A table is read in four passes:
 *
 *   1. the header: the first row where three or more cells name known
 *      columns (after folding: no spaces, simplified characters, the
 *      ■/□ legend dropped), then up to two rows of sub-headers (一级/
 *      二级事项, 全社会/特定群体, 主动/依申请, 县级/乡级 ...);
 *   2. the rows: 同上 resolved, lone rows taken as category headings,
 *      titles or footnotes, every other row an item whose category is
 *      the 一级事项 cell (merged cells share one origin);
 *   3. ids: from outline numbers when every sibling has a distinct one,
 *      else from row order, so the same table gives the same ids;
 *   4. the document: the catalog's records (catalog.h) made into a
 *      document by catalog_make(), every string double-quoted, written
 *      by fmt_doc() and validated; the validator's findings are
 *      reported at the source cell of the field they concern.
 *
 * Every string of the model lives in the import's arena.
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "buf.h"
#include "catalog.h"
#include "cite.h"
#include "deadline.h"
#include "diag.h"
#include "doc.h"
#include "fmt.h"
#include "hash.h"
#include "import.h"
#include "msg.h"
#include "schema.h"
#include "table.h"
#include "text.h"
#include "validate.h"
#include "xmalloc.h"

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

#define HEAD_SCAN	20	/* rows searched for the header */
#define HEAD_CHARS	40	/* a header cell is no longer than this */
#define MAX_CITES	64	/* citations kept from one cell */
#define MAX_TOKENS	64	/* values read from one cell */
#define FULL_TEMPLATE	10	/* unmarked channels that look like the
				   whole template list, boxes lost */

/* What a column holds. */
enum role {
	COL_NONE,	/* not recognised: kept in notes */
	COL_EMPTY,	/* no header and no data */
	COL_SEQ,
	COL_ID,
	COL_ITEM,	/* one 公开事项 column, not split */
	COL_L1,
	COL_L2,
	COL_L3,
	COL_CONTENT,
	COL_BASIS,
	COL_DEADLINE,
	COL_BODY,
	COL_CHANNEL,
	COL_AUDIENCE,
	COL_MODE,
	COL_LEVEL,
	COL_STAGE,
	COL_AREA,
	COL_NOTES,
	COL_EXTRA,	/* known, not in the format: kept in notes */
	COL_CATID,	/* 分类编号: the ids of the categories, a/a.b */
	COL__MAX
};

/* The vocabularies, by index. */
enum voc {
	V_AREA,
	V_LEVEL,
	V_AUDIENCE,
	V_MODE,
	V_STAGE,
	V_CHANNEL,
	V__MAX
};

/* A folded vocabulary key and the term it stands for. */
struct fkey {
	const struct vterm	*term;
	const char		*key;	/* as written in vocab.yaml */
	int			 how;	/* VM_SLUG, VM_LABEL, VM_ALIAS */
};

struct col {
	enum role		 role;
	const char		*head;		/* for messages */
	const char		*fhead;		/* folded */
	const struct vterm	*terms[3];	/* a tick column: what a tick
						   means (levels may be two) */
	int			 nterms;
	int			 ticked;	/* some row has a tick here */
	int			 alias;		/* the header is an alias or
						   a broken label */
	int			 dup;		/* under a header merged from
						   the column to its left */
};

/* A list of strings, grown in the arena. */
struct strs {
	const char	**v;
	size_t		  n, cap;
};

struct item {
	struct item	*next;
	unsigned	 row;		/* grid row, 0-based */
	const char	*name;
	int		 num;		/* outline number, 0 if none */
	int		 pnum;		/* its parent's part of the number */
	const char	*id;
	const char	*idcell;	/* from an id column */
	struct strs	 content, basis, channels, audience, mode, levels,
			 stage, notes, x;
	const char	*deadline, *body;
	int		 fcol[CF__MAX];	/* grid column of each field, or -1 */
	struct col	*cols;		/* the header it was read under */
	uint32_t	 roles;		/* the columns that header has */
	unsigned char	 warned[CF__MAX];
};

struct cat {
	struct cat	*next;
	struct cat	*subs, **subtail;
	struct item	*items, **itemtail;
	const char	*name;
	int		 num;
	unsigned	 row;
	int		 col;
	unsigned	 orow, ocol;	/* origin of the name cell */
	const char	*id;
	struct strs	 x;
	size_t		 nitems, nsubs;
	struct col	*cols;		/* the header it was read under */
	const char	*idcell;	/* from a 分类编号 column */
	const char	*notes;		/* from a 分类备注 sheet */
};

struct na {
	const char	*id, *name, *reason;
};

/* One catalog being read from the rows, before it is made (mdraft()). */
struct draft {
	struct draft	*next;
	const struct vterm *area;	/* NULL with a local x- area */
	const char	*areaslug;
	const char	*title, *level, *jurisdiction, *publisher, *version,
			*updated, *contact, *id;
	struct cat	*cats, **cattail;
	size_t		 ncats;
	struct strs	 x;
	struct na	*na;		/* not-applicable, owned */
	size_t		 nna;
	struct cat	*cur;		/* the category rows go to */
	struct cat	*cursub;
	struct item	*last;
};

/* A header of a table (a sheet may stack several), with what was said
 * of it: the x-import of every catalog read by it. */
struct header {
	struct header	*next;
	struct col	*cols;
	struct strs	 x;
};

/*
 * The sheets gkml-render adds after the areas of a workbook (see
 * templates/README.md, XLSX): a row of each, its cells by column name.
 */
enum auxkind {
	AUX_INFO,	/* 目录信息 */
	AUX_NA,		/* 未涉及事项 */
	AUX_NOTES,	/* 分类备注 */
	AUX__MAX
};

#define AUX_COLS	10

struct auxrow {
	enum auxkind	 kind;
	unsigned	 line;
	const char	*v[AUX_COLS];	/* by aux_head[kind][] */
};

struct aux {
	struct auxrow	*v;
	size_t		 n;
};

static const char *const aux_head[AUX__MAX][AUX_COLS] = {
	{ "工作表", "目录编号", "目录名称", "领域", "层级", "行政区域",
	    "编制单位", "版本", "更新日期", "监督电话" },
	{ "工作表", "事项名称", "未涉及原因", "事项编号" },
	{ "工作表", "分类编号", "分类名称", "备注" },
};

/* What the rows of the table said about the catalog. */
struct meta {
	const char	*title;		/* a title row, or the table's name */
	unsigned	 titlerow;	/* grid row + 1, 0 for the name */
	const char	*v[8];		/* by catalog key, see meta_key[] */
};

static const char *const meta_key[8] = {
	"title", "area", "level", "jurisdiction", "publisher", "version",
	"updated", "contact"
};

struct imp {
	const struct schema	*s;
	const struct vocab	*voc[V__MAX];
	struct hash		 fk[V__MAX];	/* folded key -> struct fkey */
	size_t			 fkmax[V__MAX];	/* longest folded key */
	struct diag		*dg;
	const struct limits	*lim;
	const char		*path;
	const struct import_opts *o;
	struct import		*im;
	struct arena		 a;
	const struct tables	*ts;
	const struct table	*t;
	size_t			 ti;
	struct col		*cols;
	int			 has[COL__MAX];	/* columns with this role */
	unsigned		 h0, h1;	/* first and last header row */
	struct meta		 meta;
	struct draft		*cats, **cattail;
	struct draft		*curk;		/* the one rows go to */
	size_t			 ncatalogs;
	const char		**prev;		/* the row above, per column */
	struct buf		 tmp, tmp2;
	int			 trad;		/* traditional characters seen */
	int			 nodata[V__MAX]; /* a tick group with no ticks */
	int			 emptyl1;	/* blank 一级事项 taken as above */
	int			 emptyl2;
	int			 metadone, metarc;
	int			 exact;		/* a table gkml-render wrote:
						   ids kept, text as it is */
	const char		*rowpath[3];	/* the row's 分类编号, split */
	const struct aux	*aux;		/* the workbook's own sheets */
	const struct auxrow	*info;		/* 目录信息 of this sheet */
	struct header		*hdrs, *hdr;	/* the table's headers, the
						   one rows are read by */
	const char		*jur, *lvl;	/* of the table's catalogs */
	struct hash		 names;		/* output names used in the run */
	struct hash		 nextn;		/* area slug -> the N to try next
						   for "<slug>-N.yaml" */
};

/* --- Text --- */

/* Decode one character; invalid bytes decode as U+FFFD, one each. */
static size_t
dec(const char *s, size_t n, unsigned *cp)
{
	size_t	 k;

	if ((k = utf8_decode((const unsigned char *)s, n, cp)) == 0) {
		*cp = 0xFFFD;
		k = 1;
	}
	return k;
}

/* How headers, vocabularies and values are folded to be matched. */
#define FOLD	(TEXT_FOLD_SPACE | TEXT_FOLD_WIDTH | TEXT_FOLD_T2S)

/* Han characters and CJK punctuation: no space belongs next to them. */
static int
is_wide(unsigned c)
{
	return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
	    (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x20000 && c <= 0x2FFFF) ||
	    c == 0x2014 || c == 0x2026 || (c >= 0x2018 && c <= 0x201D) ||
	    (c >= 0x25A0 && c <= 0x25FF) || c == 0x221A;
}

void
import_fold(struct buf *out, const char *s)
{
	size_t	 n = strlen(s);
	char	*f = xmalloc(n + 1);

	buf_add(out, f, text_fold(f, s, n, FOLD, NULL));
	free(f);
}

/* Folded copy of s in the arena; sets im->trad when it folded any. */
static const char *
fold(struct imp *im, const char *s)
{
	size_t	 n = strlen(s), nt;
	char	*f = arena_alloc(&im->a, n + 1);

	text_fold(f, s, n, FOLD, &nt);
	if (nt > 0)
		im->trad = 1;
	return f;
}

static int
eq(const char *a, const char *b)
{
	return strcmp(a, b) == 0;
}

static int
has(const char *s, const char *w)
{
	return strstr(s, w) != NULL;
}

static int
starts(const char *s, const char *w)
{
	return strncmp(s, w, strlen(w)) == 0;
}

/*
 * Drop a legend from a folded header: "公开渠道和载体(“■”表示必选项,
 * “□”表示可选项)" is 公开渠道和载体.  In place.
 */
static void
strip_legend(char *f)
{
	char	*o, *c;

	for (o = f; (o = strchr(o, '(')) != NULL; ) {
		if ((c = strchr(o, ')')) == NULL)
			return;
		if (strstr(o, "表示") != NULL && strstr(o, "表示") < c) {
			memmove(o, c + 1, strlen(c + 1) + 1);
			continue;
		}
		o++;
	}
}

static int
is_pinyin_char(unsigned c)
{
	static const char tones[] = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü";
	char	 u[5];

	if (c >= 'a' && c <= 'z')
		return 1;
	if (c < 0x80 || c >= 0x800)
		return 0;
	u[utf8_encode(c, u)] = '\0';
	return strstr(tones, u) != NULL ? 2 : 0;
}

/*
 * A pinyin insertion of a mirror site after a Han character:
 * "鎮(zhèn)".  Returns its length in bytes at s (0 if none): a
 * parenthesis, a few syllables of which one bears a tone mark, the
 * closing parenthesis.
 */
static size_t
pinyin_at(const char *s, size_t n)
{
	size_t		 i, k, letters = 0;
	unsigned	 c;
	int		 tone = 0, p;

	if (n >= 1 && s[0] == '(')
		i = 1;
	else if (n >= 3 && memcmp(s, "（", 3) == 0)
		i = 3;
	else
		return 0;
	while (i < n) {
		k = dec(s + i, n - i, &c);
		if (c == ')')
			return tone && letters > 0 ? i + 1 : 0;
		if (c == 0xFF09)
			return tone && letters > 0 ? i + k : 0;
		if (c == ' ' && letters > 0 && letters < 24) {
			i += k;
			continue;
		}
		if ((p = is_pinyin_char(c)) == 0 || ++letters > 24)
			return 0;
		tone |= p == 2;
		i += k;
	}
	return 0;
}

/*
 * A cell's text made safe and plain: valid UTF-8, no control characters
 * but newlines, tabs as spaces, no CR, each line trimmed, no blank lines
 * at either end, and pinyin insertions dropped (*pinyin set).
 */
static const char *
clean(struct imp *im, const char *s, int *pinyin)
{
	struct buf	*b = &im->tmp;
	size_t		 n = strlen(s), i, k, j, lstart;
	unsigned	 c, last = 0;

	buf_reset(b);
	lstart = 0;
	for (i = 0; i < n; i += k) {
		k = dec(s + i, n - i, &c);
		if (c == '\r')
			continue;
		if (c == '\n') {
			/* Trim the line's end, and skip blank lines. */
			while (b->len > lstart && (b->ptr[b->len - 1] == ' '))
				buf_setlen(b, b->len - 1);
			if (b->len > 0 && b->ptr[b->len - 1] != '\n')
				buf_addch(b, '\n');
			lstart = b->len;
			last = '\n';
			continue;
		}
		if (c != 0xFEFF && text_is_space(c, TEXT_SPACE))
			c = ' ';
		if (c == 0xFEFF || (c < 0x20 && c != ' ') ||
		    (c >= 0x7F && c <= 0x9F) || c == 0xFFFE || c == 0xFFFF)
			continue;
		if (c == ' ' && b->len == lstart)
			continue;	/* leading space of a line */
		if (last >= 0x3400 && is_wide(last) &&
		    (j = pinyin_at(s + i, n - i)) != 0) {
			*pinyin = 1;
			k = j;
			continue;
		}
		utf8_add(b, c);
		last = c;
	}
	while (b->len > 0 && (b->ptr[b->len - 1] == ' ' ||
	    b->ptr[b->len - 1] == '\n'))
		buf_setlen(b, b->len - 1);
	return arena_strndup(&im->a, b->ptr, b->len);
}

/*
 * Words broken by a narrow column or a text export ("临\n时\n救\n助",
 * "20个工 作日内") joined: whitespace next to a Han character or CJK
 * punctuation is dropped, other runs become one space.  Sets *joined
 * when whitespace inside the text was dropped.
 */
static const char *
join_words(struct imp *im, const char *s, int *joined)
{
	struct buf	*b = &im->tmp;
	size_t		 n = strlen(s), i, k, j, kk;
	unsigned	 c, prev = 0, next;

	buf_reset(b);
	for (i = 0; i < n; i += k) {
		k = dec(s + i, n - i, &c);
		if (!text_is_space(c, TEXT_SPACE)) {
			utf8_add(b, c);
			prev = c;
			continue;
		}
		for (j = i + k; j < n; j += kk) {
			kk = dec(s + j, n - j, &next);
			if (!text_is_space(next, TEXT_SPACE))
				break;
		}
		if (j >= n)
			break;
		dec(s + j, n - j, &next);
		if (prev != 0 && (is_wide(prev) || is_wide(next)))
			*joined = 1;
		else if (prev != 0)
			buf_addch(b, ' ');
		k = j - i;
	}
	return arena_strndup(&im->a, b->ptr, b->len);
}

static void
strs_add(struct imp *im, struct strs *l, const char *s)
{
	const char	**v;

	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 4;
		v = arena_alloc(&im->a, l->cap * sizeof(*v));
		if (l->n > 0)
			memcpy(v, l->v, l->n * sizeof(*v));
		l->v = v;
	}
	l->v[l->n++] = s;
}

static int
strs_has(const struct strs *l, const char *s)
{
	size_t	 i;

	for (i = 0; i < l->n; i++)
		if (strcmp(l->v[i], s) == 0)
			return 1;
	return 0;
}

/* Add the non-blank lines of s, each trimmed, to l. */
static void
add_lines(struct imp *im, struct strs *l, const char *s)
{
	const char	*e;

	while (*s != '\0') {
		if ((e = strchr(s, '\n')) == NULL)
			e = s + strlen(s);
		if (e > s)
			strs_add(im, l, arena_strndup(&im->a, s, (size_t)(e - s)));
		s = *e == '\n' ? e + 1 : e;
	}
}

/* --- Vocabularies, folded --- */

static const char *const voc_name[V__MAX] = {
	"area", "level", "audience", "mode", "stage", "channel"
};

/* Index every slug, label and alias of each vocabulary by its folded
 * form, so 公開查閱點 and "公开 查阅点" find reading-point. */
static void
voc_index(struct imp *im)
{
	const struct hash_slot	*sl;
	const struct vmatch	*m;
	struct fkey		*fk;
	const char		*f;
	size_t			 v, i, n;

	for (v = 0; v < V__MAX; v++) {
		im->voc[v] = schema_vocab(im->s, voc_name[v]);
		if (im->voc[v] == NULL)
			continue;
		for (i = 0; i < im->voc[v]->index.cap; i++) {
			sl = &im->voc[v]->index.slots[i];
			if (sl->key == NULL)
				continue;
			m = sl->val;
			f = fold(im, sl->key);
			if ((n = strlen(f)) == 0)
				continue;
			fk = arena_alloc(&im->a, sizeof(*fk));
			fk->term = m->term;
			fk->key = sl->key;
			fk->how = m->how;
			/* Two keys may fold alike: keep the label's. */
			if (hash_put(&im->fk[v], f, n, fk)->val != fk &&
			    m->how == VM_LABEL)
				hash_put(&im->fk[v], f, n, fk)->val = fk;
			if (n > im->fkmax[v])
				im->fkmax[v] = n;
		}
	}
	im->trad = 0;
}

static const struct fkey *
vfind(const struct imp *im, enum voc v, const char *f, size_t n)
{
	return n == 0 ? NULL : hash_get(&im->fk[v], f, n);
}

/* The longest folded key that f[0..n) starts with: its length, or 0. */
static size_t
vprefix(const struct imp *im, enum voc v, const char *f, size_t n,
    const struct fkey **out)
{
	size_t	 l;

	for (l = n < im->fkmax[v] ? n : im->fkmax[v]; l > 0; l--) {
		if (l < n && (f[l] & 0xC0) == 0x80)
			continue;
		if ((*out = vfind(im, v, f, l)) != NULL)
			return l;
	}
	return 0;
}

/* --- Findings --- */

#define NOROW	((unsigned)-1)

static void	 say(struct imp *, struct strs *, unsigned, int, enum rule,
		    const char *, ...) __attribute__((format(printf, 6, 7)));

/*
 * Report a finding at grid row row (NOROW: the table) and column col
 * (-1: none), named in the message as "row R, column H: ".  A warning
 * of the import's own rules counts as an uncertainty and, when x is
 * given, is also kept there: the x-import note of an item, category or
 * catalog.
 */
static void
say(struct imp *im, struct strs *x, unsigned row, int col, enum rule r,
    const char *fmt, ...)
{
	const struct table	*t = im->t;
	const struct cell	*c;
	struct diag		 nd;
	struct buf		 msg = BUF_INIT;
	unsigned		 line = t != NULL ? t->line : 0, cc = 0;
	unsigned		 at = 0;
	const char		*tkind, *head;
	va_list			 ap, cp;

	if (t != NULL && row != NOROW && row < t->nrows) {
		c = TABLE_CELL(t, row, col >= 0 ? (unsigned)col : 0);
		line = c->line;
		cc = c->col;
		if (t->nrows > 0 && line == 0)
			line = t->line;
		at = row + 1;
	}
	tkind = im->ts != NULL && im->ts->n > 1 && t != NULL ? t->what : NULL;
	head = at > 0 && col >= 0 ? (im->cols != NULL ? im->cols[col].head :
	    "?") : NULL;
	va_start(ap, fmt);
	if (r >= R_IMP_HEADER && rules[r].sev == SEV_WARNING) {
		im->im->uncertain++;
		/* The note says it as the finding does, in the locale's
		 * words, without the table's number. */
		if (x != NULL) {
			diag_init(&nd, DIAG_TEXT, SEV_NOTE);
			nd.quiet = 1;
			va_copy(cp, ap);
			diag_vadd(&nd, im->path, line, cc, r, NULL, NULL, fmt,
			    cp);
			va_end(cp);
			diag_context(&nd, NULL, 0, at, head);
			diag_message(&msg, &nd.v[0]);
			strs_add(im, x, arena_strdup(&im->a, msg.ptr));
			diag_finish(&nd, "", "");
		}
	}
	diag_vadd(im->dg, im->path, line, cc, r, NULL, NULL, fmt, ap);
	va_end(ap);
	diag_context(im->dg, tkind, t != NULL ? t->nth : 0, at, head);
	if (r >= R_IMP_HEADER && rules[r].sev == SEV_ERROR)
		im->im->broken++;
	buf_release(&msg);
}

/* --- Headers --- */

/* The column a top-level header names, from its folded text. */
static enum role
head_role(const char *f)
{
	if (*f == '\0' || utf8_chars(f, strlen(f)) > 16)
		return COL_NONE;
	if (eq(f, "序号") || eq(f, "序") || eq(f, "No.") || eq(f, "NO.") ||
	    eq(f, "no."))
		return COL_SEQ;
	if (eq(f, "编号") || eq(f, "事项编号") || eq(f, "id") || eq(f, "ID"))
		return COL_ID;
	if (eq(f, "分类编号"))
		return COL_CATID;
	if (has(f, "对相应领域"))
		return COL_EXTRA;
	if (has(f, "一级"))
		return COL_L1;
	if (has(f, "二级"))
		return COL_L2;
	if (has(f, "三级"))
		return COL_L3;
	if (has(f, "渠道") || has(f, "载体"))
		return COL_CHANNEL;
	if (has(f, "依据"))
		return COL_BASIS;
	if (has(f, "时限") || eq(f, "公开要求") || eq(f, "公开时间") ||
	    eq(f, "公开期限"))
		return COL_DEADLINE;
	if (has(f, "时长"))
		return COL_EXTRA;
	if (has(f, "主体") || eq(f, "公开单位") || eq(f, "公开部门") ||
	    eq(f, "责任单位"))
		return COL_BODY;
	if (has(f, "对象") || eq(f, "公开范围"))
		return COL_AUDIENCE;
	if (has(f, "方式"))
		return COL_MODE;
	if (has(f, "层级") || eq(f, "公开级别"))
		return COL_LEVEL;
	if (has(f, "内容") || has(f, "要素"))
		return COL_CONTENT;
	if (has(f, "事项") || eq(f, "名称"))
		return COL_ITEM;
	if (eq(f, "过程") || has(f, "五公开") || eq(f, "公开环节"))
		return COL_STAGE;
	if (has(f, "领域"))
		return COL_AREA;
	if (eq(f, "备注") || eq(f, "说明") || eq(f, "附注"))
		return COL_NOTES;
	return COL_NONE;
}

static int
is_group(enum role r)
{
	return r == COL_ITEM || r == COL_CHANNEL || r == COL_AUDIENCE ||
	    r == COL_MODE || r == COL_LEVEL || r == COL_STAGE;
}

static enum voc
role_voc(enum role r)
{
	switch (r) {
	case COL_CHANNEL:
		return V_CHANNEL;
	case COL_AUDIENCE:
		return V_AUDIENCE;
	case COL_MODE:
		return V_MODE;
	case COL_LEVEL:
		return V_LEVEL;
	case COL_STAGE:
		return V_STAGE;
	case COL_AREA:
		return V_AREA;
	default:
		return V__MAX;
	}
}

static enum role
voc_role(enum voc v)
{
	switch (v) {
	case V_CHANNEL:
		return COL_CHANNEL;
	case V_AUDIENCE:
		return COL_AUDIENCE;
	case V_MODE:
		return COL_MODE;
	case V_LEVEL:
		return COL_LEVEL;
	case V_STAGE:
		return COL_STAGE;
	default:
		return COL_AREA;
	}
}

/*
 * The levels a level header or value names: 县级, 乡、村级 (two),
 * 镇(街)级, 东阳市级, and the broken "、村级".  Writes up to 3 terms;
 * returns how many.  Sets *broken when part of the text was lost.
 */
static int
level_terms(struct imp *im, const char *f, const struct vterm **out,
    int *broken)
{
	const struct fkey	*k;
	const struct vterm	*t;
	const char		*p, *e;
	char			 part[64];
	size_t			 n, i;
	int			 nt = 0, j, dup;

	if ((k = vfind(im, V_LEVEL, f, strlen(f))) != NULL) {
		out[0] = k->term;
		return 1;
	}
	*broken = starts(f, "、");
	for (p = f; *p != '\0' && nt < 3; p = *e != '\0' ? e + 1 : e) {
		for (e = p; *e != '\0' && *e != '/' && *e != ',' &&
		    !starts(e, "、") && !starts(e, "和"); e++)
			continue;
		n = (size_t)(e - p);
		if (starts(e, "、") || starts(e, "和"))
			e += 2;
		if (n == 0 || n >= sizeof(part))
			continue;
		memcpy(part, p, n);
		part[n] = '\0';
		t = NULL;
		if ((k = vfind(im, V_LEVEL, part, n)) != NULL)
			t = k->term;
		else {
			/* By the place words: 村 and 社区 before 乡, 镇 and
			 * 街, before 县, 区 and 市 (社区 holds 区). */
			for (i = 0; i < im->voc[V_LEVEL]->n && t == NULL; i++) {
				const char *slug = im->voc[V_LEVEL]->terms[i].slug;
				if (eq(slug, "village") && (has(part, "村") ||
				    has(part, "社区") || has(part, "居委")))
					t = &im->voc[V_LEVEL]->terms[i];
			}
			for (i = 0; i < im->voc[V_LEVEL]->n && t == NULL; i++) {
				const char *slug = im->voc[V_LEVEL]->terms[i].slug;
				if (eq(slug, "township") && (has(part, "乡") ||
				    has(part, "镇") || has(part, "街")))
					t = &im->voc[V_LEVEL]->terms[i];
			}
			for (i = 0; i < im->voc[V_LEVEL]->n && t == NULL; i++) {
				const char *slug = im->voc[V_LEVEL]->terms[i].slug;
				if (eq(slug, "county") && (has(part, "县") ||
				    has(part, "区") || has(part, "市") ||
				    has(part, "旗")))
					t = &im->voc[V_LEVEL]->terms[i];
			}
		}
		if (t == NULL)
			return 0;
		for (j = 0, dup = 0; j < nt; j++)
			dup |= out[j] == t;
		if (!dup)
			out[nt++] = t;
	}
	return nt;
}

/*
 * A sub-header under group g (COL_NONE when there is none above):
 * 一级/二级/三级事项, or a value of the group's vocabulary.  Fills c and
 * returns 1 when f is one.
 */
static int
sub_role(struct imp *im, enum role g, const char *f, struct col *c)
{
	static const enum voc any[] = { V_AUDIENCE, V_MODE, V_STAGE,
	    V_CHANNEL };
	const struct fkey	*k;
	enum voc		 v;
	size_t			 i;
	int			 broken = 0;

	c->nterms = 0;
	c->alias = 0;
	if (has(f, "一级") || has(f, "二级") || has(f, "三级")) {
		c->role = has(f, "一级") ? COL_L1 : has(f, "二级") ? COL_L2 :
		    COL_L3;
		return 1;
	}
	if (utf8_chars(f, strlen(f)) > 16)
		return 0;
	if (g == COL_LEVEL || (g == COL_NONE && (has(f, "级") ||
	    vfind(im, V_LEVEL, f, strlen(f)) != NULL))) {
		if ((c->nterms = level_terms(im, f, c->terms, &broken)) > 0) {
			c->role = COL_LEVEL;
			c->alias = broken || (c->nterms == 1 &&
			    !eq(f, c->terms[0]->label));
			return 1;
		}
		if (g == COL_LEVEL)
			return 0;
	}
	if ((v = role_voc(g)) != V__MAX) {
		if ((k = vfind(im, v, f, strlen(f))) == NULL)
			return 0;
		c->role = g;
		c->terms[0] = k->term;
		c->nterms = 1;
		c->alias = k->how == VM_ALIAS;
		return 1;
	}
	if (g != COL_NONE)
		return 0;
	for (i = 0; i < NELEM(any); i++)
		if ((k = vfind(im, any[i], f, strlen(f))) != NULL) {
			c->role = voc_role(any[i]);
			c->terms[0] = k->term;
			c->nterms = 1;
			c->alias = k->how == VM_ALIAS;
			return 1;
		}
	return 0;
}

/* The folded, legend-free text of a header cell. */
static const char *
head_text(struct imp *im, unsigned r, unsigned c)
{
	char	*f;
	int	 pinyin = 0;

	f = (char *)fold(im, clean(im, TABLE_CELL(im->t, r, c)->text,
	    &pinyin));
	strip_legend(f);
	return f;
}

/* Does the cell at (r, c) merely repeat one of an earlier row? */
static int
from_above(const struct table *t, unsigned r, unsigned c)
{
	const struct cell	*x = TABLE_CELL(t, r, c);

	return x->merged && x->orow < r;
}

/* Does the cell at (r, c) repeat one to its left in the same row? */
static int
from_left(const struct table *t, unsigned r, unsigned c)
{
	const struct cell	*x = TABLE_CELL(t, r, c);

	return x->merged && x->orow == r && x->ocol < c;
}

/* Is the cell at (r, c) a copy of one to its left (merged across)? */
static int
left_copy(const struct table *t, unsigned r, unsigned c)
{
	const struct cell	*x = TABLE_CELL(t, r, c);

	return x->merged && x->ocol < c;
}

/*
 * How many different columns row r names by their top-level names; with
 * subs, *all also counts the columns named by a sub-header alone (a
 * header flattened to one row: 全社会, 主动, 县级).
 */
static int
row_score(struct imp *im, unsigned r, int *all)
{
	struct col	 tmp;
	const char	*f;
	uint32_t	 seen = 0;
	unsigned	 c;
	enum role	 role;
	int		 n = 0, m = 0;

	for (c = 0; c < im->t->ncols; c++) {
		if (from_left(im->t, r, c))
			continue;
		f = head_text(im, r, c);
		if (*f == '\0')
			continue;
		role = head_role(f);
		if (role != COL_NONE && role != COL_EXTRA) {
			n += !(seen & (1u << role));
			seen |= 1u << role;
		} else if (all != NULL && role == COL_NONE &&
		    sub_role(im, COL_NONE, f, &tmp)) {
			m += !(seen & (1u << tmp.role));
			seen |= 1u << tmp.role;
		}
	}
	if (all != NULL)
		*all = n + m;
	return n;
}

/* The group a header cell stands under: its own top-level name, or, in
 * a header whose spans were lost (CSV), the group to its left. */
static enum role
group_of(struct imp *im, unsigned c)
{
	const char	*f;
	enum role	 g;
	unsigned	 k;

	f = head_text(im, im->h0, c);
	if (*f != '\0')
		return head_role(f);
	for (k = c; k-- > 0; ) {
		f = head_text(im, im->h0, k);
		if (*f == '\0')
			continue;
		g = head_role(f);
		return is_group(g) ? g : COL_NONE;
	}
	return COL_NONE;
}

/*
 * Find the header: its first row h0 (the first to name two columns and
 * three in all) and its last row h1 (up to two rows of sub-headers
 * below, which hold nothing but sub-headers and copies of merged
 * cells).  Returns 0, or -1 when there is none.
 */
static void	 header_from(struct imp *, unsigned);
static void	 check_columns(struct imp *, struct strs *);
static int	 meta_text(struct imp *, const char *);
static void	 lost_ticks(struct imp *);
static void	 new_header(struct imp *);

static int
find_header(struct imp *im)
{
	const struct table	*t = im->t;
	unsigned		 r;
	int			 all;

	for (r = 0; r < t->nrows && r < HEAD_SCAN; r++)
		if (row_score(im, r, &all) >= 2 && all >= 3)
			break;
	if (r >= t->nrows || r >= HEAD_SCAN)
		return -1;
	header_from(im, r);
	return 0;
}

/* The header that starts at row r: up to two rows of sub-headers below
 * it, which hold nothing but sub-headers and copies of merged cells. */
static void
header_from(struct imp *im, unsigned r)
{
	const struct table	*t = im->t;
	struct col		 tmp;
	const char		*f;
	unsigned		 rr, c;
	int			 nsub, ndata;

	im->h0 = im->h1 = r;
	for (rr = r + 1; rr < t->nrows && rr <= r + 2; rr++) {
		nsub = ndata = 0;
		for (c = 0; c < t->ncols; c++) {
			if (from_above(t, rr, c) || from_left(t, rr, c))
				continue;
			f = head_text(im, rr, c);
			if (*f == '\0')
				continue;
			if (sub_role(im, group_of(im, c), f, &tmp) ||
			    head_role(f) != COL_NONE)
				nsub++;
			else
				ndata++;
		}
		if (nsub == 0 || ndata > 0)
			break;
		im->h1 = rr;
	}
}

/* Is s an id as the format allows, with a letter in it? */
static int
is_id(const char *s)
{
	const char	*p;
	int		 letter = 0;

	if (*s == '\0' || *s == '.' || *s == '-')
		return 0;
	for (p = s; *p != '\0'; p++) {
		if (*p >= 'a' && *p <= 'z')
			letter = 1;
		else if (!((*p >= '0' && *p <= '9') || *p == '.' ||
		    *p == '_' || *p == '-'))
			return 0;
	}
	return letter;
}

/* Any id the format allows: [a-z0-9._-]+. */
static int
any_id(const char *s)
{
	return *s != '\0' && strspn(s, "abcdefghijklmnopqrstuvwxyz"
	    "0123456789._-") == strlen(s);
}

static const char *const role_label[COL__MAX] = {
	NULL, NULL, "序号", "编号", "公开事项", "一级事项", "二级事项",
	"三级事项", "公开内容", "公开依据", "公开时限", "公开主体",
	"公开渠道和载体", "公开对象", "公开方式", "公开层级", "五公开",
	"所属领域", "备注", NULL, "分类编号"
};

/*
 * Map every column to what it holds, from the header rows h0..h1.
 * Returns 0, or -1 when no column names the items.
 */
static int
map_columns(struct imp *im)
{
	const struct table	*t = im->t;
	struct col		*col;
	const char		*top, *sub, *f;
	unsigned		 c, r;
	enum role		 g;
	int			 data;

	im->cols = arena_calloc(&im->a, t->ncols, sizeof(*im->cols));
	memset(im->has, 0, sizeof(im->has));
	for (c = 0; c < t->ncols; c++) {
		col = &im->cols[c];
		top = head_text(im, im->h0, c);
		g = group_of(im, c);
		sub = NULL;
		for (r = im->h1; r > im->h0; r--) {
			if (from_above(t, r, c))
				continue;
			f = head_text(im, r, c);
			if (*f != '\0') {
				sub = f;
				break;
			}
		}
		if (sub != NULL && eq(sub, top))
			sub = NULL;
		if (sub != NULL) {
			if (!sub_role(im, g, sub, col))
				col->role = head_role(sub);
			col->head = *top == '\0' || g == COL_ITEM ||
			    col->nterms == 0 ? sub :
			    arena_strfmt(&im->a, "%s/%s", top, sub);
		} else if (*top != '\0') {
			if ((col->role = head_role(top)) == COL_NONE)
				sub_role(im, COL_NONE, top, col);
			col->head = top;
		} else {
			col->role = COL_EMPTY;
			col->head = arena_strfmt(&im->a, "%u", c + 1);
		}
		col->fhead = sub != NULL ? sub : top;
		col->dup = left_copy(t, im->h1, c);
	}
	/* What the data says: an id column, columns without a header. */
	for (c = 0; c < t->ncols; c++) {
		col = &im->cols[c];
		if (col->role != COL_ID && col->role != COL_EMPTY &&
		    col->role != COL_CATID)
			continue;
		data = 0;
		for (r = im->h1 + 1; r < t->nrows; r++) {
			f = TABLE_CELL(t, r, c)->text;
			if (*f == '\0')
				continue;
			if (col->role == COL_CATID && strspn(f,
			    "abcdefghijklmnopqrstuvwxyz0123456789._/-") !=
			    strlen(f)) {
				col->role = COL_NONE;
				break;
			}
			if (col->role == COL_ID && !is_id(f)) {
				col->role = COL_SEQ;
				break;
			}
			data = 1;
		}
		if (col->role == COL_EMPTY && data)
			col->role = COL_NONE;
	}
	for (c = 0; c < t->ncols; c++)
		im->has[im->cols[c].role]++;
	/* One name column however it is headed. */
	if (!im->has[COL_L2] && (im->has[COL_L1] || im->has[COL_L3])) {
		for (c = 0; c < t->ncols; c++)
			if (im->cols[c].role == COL_L1 ||
			    im->cols[c].role == COL_L3)
				im->cols[c].role = COL_ITEM;
		im->has[COL_ITEM] += im->has[COL_L1] + im->has[COL_L3];
		im->has[COL_L1] = im->has[COL_L3] = 0;
	} else if (im->has[COL_L2] && !im->has[COL_L1]) {
		for (c = 0; c < t->ncols; c++)
			if (im->cols[c].role == COL_L2)
				im->cols[c].role = COL_ITEM;
		im->has[COL_ITEM] += im->has[COL_L2];
		im->has[COL_L2] = 0;
	}
	if (im->has[COL_L2] && im->has[COL_ITEM]) {
		for (c = 0; c < t->ncols; c++)
			if (im->cols[c].role == COL_ITEM)
				im->cols[c].role = COL_EXTRA;
		im->has[COL_EXTRA] += im->has[COL_ITEM];
		im->has[COL_ITEM] = 0;
	}
	if (!im->has[COL_ITEM] && !im->has[COL_L2])
		return -1;
	im->exact = im->has[COL_ID] && im->has[COL_CATID];
	return 0;
}

/* Say what the header lacks or holds that the format does not know. */
static void
check_columns(struct imp *im, struct strs *x)
{
	static const enum role want[] = { COL_CONTENT, COL_BASIS,
	    COL_DEADLINE, COL_BODY, COL_CHANNEL, COL_AUDIENCE, COL_MODE };
	static const char *const what[] = { "content", "basis", "deadline",
	    "body", "channels", "audience", "mode" };
	unsigned	 c;
	size_t		 i;

	for (c = 0; c < im->t->ncols; c++)
		if (im->cols[c].role == COL_LEVEL &&
		    starts(im->cols[c].fhead, "、"))
			say(im, x, im->h1, (int)c, R_IMP_COLUMN, "header '%s' "
			    "lost its start (乡、村级?); read as %s alone",
			    im->cols[c].fhead, im->cols[c].terms[0]->label);
		else if (im->cols[c].alias && im->cols[c].nterms > 1)
			say(im, NULL, im->h1, (int)c, R_IMP_REPAIR, "header "
			    "'%s' read as %s and %s", im->cols[c].fhead,
			    im->cols[c].terms[0]->label,
			    im->cols[c].terms[1]->label);
		else if (im->cols[c].alias && im->cols[c].nterms > 0)
			say(im, NULL, im->h1, (int)c, R_IMP_REPAIR, "header "
			    "'%s' read as %s", im->cols[c].fhead,
			    im->cols[c].terms[0]->label);
	for (c = 0; c < im->t->ncols; c++)
		if (im->cols[c].role == COL_NONE)
			say(im, x, im->h0, (int)c, R_IMP_COLUMN, "header not "
			    "recognised; the column's cells are kept in the "
			    "items' notes");
	for (i = 0; i < NELEM(want); i++)
		if (!im->has[want[i]])
			say(im, x, im->h0, -1, R_IMP_COLUMN, "the table has no "
			    "%s column: the items have no '%s'",
			    role_label[want[i]], what[i]);
}

/* --- Marks, ticks and lists of values --- */

enum mark {
	MK_NONE,
	MK_CHECK,	/* ■ ☑ √ */
	MK_UNCHECK,	/* □ ☐ */
	MK_T,		/* t: a Wingdings ■ read as a letter */
	MK_KOU		/* 口: a □ in text copied from a document */
};

/* One value read from a cell. */
struct tok {
	const struct fkey	*k;	/* NULL: not in the vocabulary */
	const char		*text;	/* as written, for others */
	int			 other;	/* 其他, text after it */
	enum mark		 mark;
};

static enum mark
glyph(unsigned c)
{
	switch (c) {
	case 0x25A0:	/* ■ */
	case 0x2611:	/* ☑ */
	case 0x2612:	/* ☒ */
	case 0x2713:	/* ✓ */
	case 0x2714:	/* ✔ */
	case 0x221A:	/* √ */
	case 0x25A3:	/* ▣ */
	case 0x25FC:	/* ◼ */
	case 0x25AA:	/* ▪ */
	case 0x2705:	/* ✅ */
		return MK_CHECK;
	case 0x25A1:	/* □ */
	case 0x2610:	/* ☐ */
	case 0x25FB:	/* ◻ */
	case 0x25AB:	/* ▫ */
		return MK_UNCHECK;
	default:
		return MK_NONE;
	}
}

/* 1 ticked, 0 blank or a cross, -1 something else. */
static int
tick_state(struct imp *im, const struct col *col, const char *text)
{
	static const char *const yes[] = { "√", "✓", "✔", "☑", "■", "●",
	    "v", "V", "是", "有", "Y", "y", "✅", "▪", "◼" };
	static const char *const no[] = { "×", "✗", "✘", "否", "无", "□",
	    "☐", "/", "-", "—", "--", "——", "、", "x", "X" };
	const struct fkey	*k;
	const char		*f = fold(im, text);
	size_t			 i;
	int			 j;

	if (*f == '\0')
		return 0;
	for (i = 0; i < NELEM(yes); i++)
		if (eq(f, yes[i]))
			return 1;
	for (i = 0; i < NELEM(no); i++)
		if (eq(f, no[i]))
			return 0;
	if (eq(f, col->fhead))
		return 1;
	if (col->nterms > 0 && (k = vfind(im, role_voc(col->role), f,
	    strlen(f))) != NULL)
		for (j = 0; j < col->nterms; j++)
			if (k->term == col->terms[j])
				return 1;
	return -1;
}

static int
is_sep(unsigned c)
{
	return c == 0x3001 || c == ',' || c == ';' || c == 0x3002 ||
	    c == 0xFF0C || c == 0xFF1B;
}

/* A folded cell: f, with for each byte the offset in the original and
 * whether whitespace came before it. */
struct fcell {
	char		*f;
	size_t		 n;
	size_t		*orig;		/* n + 1 entries */
	unsigned char	*brk;		/* n + 1 entries */
	const char	*s;		/* the original */
};

static void
fcell_make(struct imp *im, const char *s, struct fcell *fc)
{
	struct buf	 b = BUF_INIT;
	size_t		 n = strlen(s), i, k, o, cap = 16;
	unsigned	 c;
	int		 space = 1;

	fc->orig = xreallocarray(NULL, cap, sizeof(*fc->orig));
	fc->brk = xreallocarray(NULL, cap, 1);
	for (i = 0; i < n; i += k) {
		k = dec(s + i, n - i, &c);
		if (text_is_space(c, TEXT_SPACE)) {
			space = 1;
			continue;
		}
		o = b.len;
		if ((c = text_fold_cp(c, FOLD, &im->trad)) == TEXT_DROP)
			continue;
		utf8_add(&b, c);
		while (b.len + 1 > cap) {
			cap *= 2;
			fc->orig = xreallocarray(fc->orig, cap,
			    sizeof(*fc->orig));
			fc->brk = xreallocarray(fc->brk, cap, 1);
		}
		for (; o < b.len; o++) {
			fc->orig[o] = i;
			fc->brk[o] = (unsigned char)space;
			space = 0;
		}
	}
	fc->orig[b.len] = n;
	fc->brk[b.len] = 1;
	fc->n = b.len;
	fc->f = buf_detach(&b, NULL);
	fc->s = s;
}

static void
fcell_free(struct fcell *fc)
{
	free(fc->f);
	free(fc->orig);
	free(fc->brk);
}

/* The original text of folded bytes [b, e), trimmed, in the arena. */
static const char *
fcell_text(struct imp *im, const struct fcell *fc, size_t b, size_t e)
{
	size_t	 ob = fc->orig[b], oe = fc->orig[e];

	while (oe > ob && (fc->s[oe - 1] == ' ' || fc->s[oe - 1] == '\n'))
		oe--;
	return arena_strndup(&im->a, fc->s + ob, oe - ob);
}

/* A degraded mark (口 or t) at i: followed by a value of v. */
static int
degraded_at(struct imp *im, enum voc v, const struct fcell *fc, size_t i,
    size_t k)
{
	const struct fkey	*fk;

	return vprefix(im, v, fc->f + i + k, fc->n - i - k, &fk) > 0 ||
	    starts(fc->f + i + k, "其他");
}

/*
 * Read the values of a cell as written in every form seen: ■/□ lists,
 * 口 and t for lost glyphs, plain lists joined by 、 or spaces or
 * nothing at all ("政府网站政府公报"), and 其他 with its text.  Writes up
 * to max tokens; returns how many.
 */
static size_t
read_list(struct imp *im, enum voc v, const char *s, struct tok *out,
    size_t max)
{
	struct fcell		 fc;
	const struct fkey	*fk;
	enum mark		 pending = MK_NONE, m;
	size_t			 i, k, e, kk, n = 0, l;
	unsigned		 c;
	int			 after = 1;	/* just after a separator,
						   mark or value */

	fcell_make(im, s, &fc);
	for (i = 0; i < fc.n && n < max; ) {
		k = dec(fc.f + i, fc.n - i, &c);
		if (is_sep(c)) {
			i += k;
			after = 1;
			continue;
		}
		if ((m = glyph(c)) != MK_NONE) {
			pending = m;
			i += k;
			after = 1;
			continue;
		}
		if ((c == 0x53E3 || c == 't') && (after || fc.brk[i]) &&
		    degraded_at(im, v, &fc, i, k)) {
			pending = c == 't' ? MK_T : MK_KOU;
			i += k;
			after = 1;
			continue;
		}
		memset(&out[n], 0, sizeof(out[n]));
		out[n].mark = pending;
		pending = MK_NONE;
		after = 1;
		if ((l = vprefix(im, v, fc.f + i, fc.n - i, &fk)) > 0 &&
		    !(starts(fc.f + i, "其他") && l == strlen("其他"))) {
			out[n].k = fk;
			out[n++].text = fcell_text(im, &fc, i, i + l);
			i += l;
			continue;
		}
		/* Unknown text, or 其他: up to a separator, a mark, or a
		 * value after a space or a lost mark. */
		for (e = i + k; e < fc.n; e += kk) {
			kk = dec(fc.f + e, fc.n - e, &c);
			if (is_sep(c) || glyph(c) != MK_NONE)
				break;
			if ((c == 0x53E3 || c == 't') &&
			    degraded_at(im, v, &fc, e, kk) &&
			    !starts(fc.f + i, "其他"))
				break;
			if (fc.brk[e] && !starts(fc.f + i, "其他") &&
			    vprefix(im, v, fc.f + e, fc.n - e, &fk) > 0)
				break;
		}
		if (starts(fc.f + i, "其他")) {
			out[n].other = 1;
			l = i + strlen("其他");
			while (l < e && strchr(":_(", fc.f[l]) != NULL &&
			    fc.f[l] != '\0')
				l++;
			kk = e;
			if (kk > l && fc.f[kk - 1] == ')')
				kk--;
			out[n].text = l < kk ? fcell_text(im, &fc, l, kk) : "";
		} else
			out[n].text = fcell_text(im, &fc, i, e);
		n++;
		i = e;
	}
	fcell_free(&fc);
	return n;
}

/*
 * The values of a cell gkml-render wrote one a line (a value holds a 、,
 * the text of 其他): each line a value, its label or "其他：TEXT".
 */
static size_t
read_lines(struct imp *im, enum voc v, const char *s, struct tok *out,
    size_t max)
{
	const char	*e, *line, *f;
	size_t		 n = 0;

	for (; *s != '\0' && n < max; s = *e != '\0' ? e + 1 : e) {
		e = s + strcspn(s, "\n");
		if (e == s)
			continue;
		line = arena_strndup(&im->a, s, (size_t)(e - s));
		memset(&out[n], 0, sizeof(out[n]));
		out[n].text = line;
		f = fold(im, line);
		if ((out[n].k = vfind(im, v, f, strlen(f))) == NULL &&
		    starts(line, "其他")) {
			out[n].other = 1;
			line += strlen("其他");
			if (starts(line, "："))
				line += strlen("：");
			else if (*line == ':')
				line++;
			out[n].text = line;
		}
		n++;
	}
	return n;
}

/* --- Rows --- */

static struct draft *
new_catalog(struct imp *im, const struct vterm *area)
{
	struct draft	*k;

	k = arena_calloc(&im->a, 1, sizeof(*k));
	k->area = area;
	k->cattail = &k->cats;
	*im->cattail = k;
	im->cattail = &k->next;
	im->ncatalogs++;
	im->curk = k;
	return k;
}

/* The catalog a row goes to: by its 所属领域 when the table has one,
 * else the one of the row above. */
static struct draft *
catalog_for(struct imp *im, unsigned r, const char **tx)
{
	const struct fkey	*fk;
	struct draft		*k;
	const char		*f;
	unsigned		 c;

	if (im->curk == NULL)
		new_catalog(im, NULL);
	if (!im->has[COL_AREA] || im->o->area != NULL)
		return im->curk;
	for (c = 0; c < im->t->ncols; c++)
		if (im->cols[c].role == COL_AREA && *tx[c] != '\0')
			break;
	if (c == im->t->ncols)
		return im->curk;
	f = fold(im, tx[c]);
	if ((fk = vfind(im, V_AREA, f, strlen(f))) == NULL) {
		say(im, &im->curk->x, r, (int)c, R_IMP_VOCAB, "area '%s' is "
		    "not one of schemas/vocab.yaml; the row stays in the "
		    "catalog of the row above", tx[c]);
		return im->curk;
	}
	if (fk->how == VM_ALIAS)
		say(im, NULL, r, (int)c, R_IMP_REPAIR, "area '%s' read as %s "
		    "(%s)", tx[c], fk->term->slug, fk->term->label);
	for (k = im->cats; k != NULL; k = k->next)
		if (k->area == fk->term)
			return im->curk = k;
	if (im->curk->area == NULL && im->curk->ncats == 0) {
		im->curk->area = fk->term;
		return im->curk;
	}
	return new_catalog(im, fk->term);
}

/*
 * An item or category name: words broken across lines joined, the
 * outline number split off.  Sets *num (0 if none) and *pnum, the
 * number's first part when it has two or more.
 */
static const char *
name_of(struct imp *im, const char *raw, unsigned r, int c, struct strs *x,
    int *num, int *pnum)
{
	const char	*s, *rest;
	int		 nums[3], n, joined = 0;

	*num = *pnum = 0;
	if (im->exact)		/* names as gkml-render wrote them */
		return raw;
	s = join_words(im, raw, &joined);
	if (joined && r != NOROW)
		say(im, NULL, r, c, R_IMP_REPAIR, "'%s' broken across lines; "
		    "read as '%s'", raw, s);
	*num = *pnum = 0;
	if ((n = import_outline(s, nums, &rest)) > 0 && *rest != '\0') {
		*num = nums[n - 1];
		*pnum = n >= 2 ? nums[n - 2] : 0;
		s = rest;
	}
	return s;
}

static struct cat *
new_cat(struct imp *im, struct cat ***tail, size_t *count, const char *raw,
    unsigned r, int c)
{
	struct cat	*k;
	int		 pnum;

	k = arena_calloc(&im->a, 1, sizeof(*k));
	k->name = name_of(im, raw, r, c, &k->x, &k->num, &pnum);
	k->row = r;
	k->col = c;
	if (c >= 0) {
		k->orow = TABLE_CELL(im->t, r, c)->orow;
		k->ocol = TABLE_CELL(im->t, r, c)->ocol;
	} else
		k->orow = NOROW;
	k->subtail = &k->subs;
	k->itemtail = &k->items;
	k->cols = im->cols;
	**tail = k;
	*tail = &k->next;
	(*count)++;
	return k;
}

/* Is the name cell at (r, c) the one category k was made from? */
static int
same_cat(struct imp *im, const struct cat *k, const char *raw, unsigned r,
    int c, const char *id)
{
	const struct cell	*x = TABLE_CELL(im->t, r, c);
	int			 num, pnum;

	if (k == NULL || k->name == NULL)
		return 0;
	/* The ids of a table gkml-render wrote decide. */
	if (k->idcell != NULL && id != NULL)
		return eq(k->idcell, id);
	if (k->orow == x->orow && k->ocol == x->ocol && k->col == c)
		return 1;
	return eq(name_of(im, raw, NOROW, -1, NULL, &num, &pnum), k->name);
}

static struct item *
new_item(struct imp *im, struct cat *k, unsigned r)
{
	struct item	*it;
	size_t		 i;

	it = arena_calloc(&im->a, 1, sizeof(*it));
	it->row = r;
	it->cols = im->cols;
	for (i = 0; i < COL__MAX; i++)
		if (im->has[i])
			it->roles |= (uint32_t)1 << i;
	for (i = 0; i < CF__MAX; i++)
		it->fcol[i] = -1;
	*k->itemtail = it;
	k->itemtail = &it->next;
	k->nitems++;
	return it;
}

static int
is_tick_text(struct imp *im, const char *s)
{
	const char	*f = fold(im, s);

	return eq(f, "√") || eq(f, "✓") || eq(f, "✔") || eq(f, "☑");
}

/* Add a note "header: text" (or text, for a 备注 column). */
static void
add_note(struct imp *im, struct item *it, unsigned c, const char *s)
{
	const struct col	*col = &im->cols[c];

	if (col->role == COL_NOTES)
		strs_add(im, &it->notes, s);
	else
		strs_add(im, &it->notes, arena_strfmt(&im->a, "%s：%s",
		    col->head, s));
	if (it->fcol[CF_NOTES] < 0)
		it->fcol[CF_NOTES] = (int)c;
}

static void
add_value(struct imp *im, struct strs *l, const char *slug)
{
	if (!strs_has(l, slug))
		strs_add(im, l, slug);
}

static struct strs *
list_of(struct item *it, enum role r, enum catalog_field *f)
{
	switch (r) {
	case COL_CHANNEL:
		*f = CF_CHANNELS;
		return &it->channels;
	case COL_AUDIENCE:
		*f = CF_AUDIENCE;
		return &it->audience;
	case COL_MODE:
		*f = CF_MODE;
		return &it->mode;
	case COL_LEVEL:
		*f = CF_LEVELS;
		return &it->levels;
	default:
		*f = CF_STAGE;
		return &it->stage;
	}
}

/*
 * A cell of values written out (channels, or 对象/方式/层级/五公开
 * without sub-columns): marks read, aliases mapped, others kept.
 */
static void
read_values(struct imp *im, struct item *it, unsigned r, unsigned c,
    const char *s)
{
	const struct col	*col = &im->cols[c];
	enum voc		 v = role_voc(col->role);
	struct tok		 tk[MAX_TOKENS];
	const struct vterm	*lv[3], *t;
	struct strs		*l;
	struct buf		 lost = BUF_INIT;
	enum catalog_field		 f;
	size_t			 n, i, known = 0;
	int			 nck = 0, nunck = 0, nt = 0, nkou = 0, nnone = 0;
	int			 unmarked, sel, j, nl, broken;
	const char		*sug;

	l = list_of(it, col->role, &f);
	it->fcol[f] = (int)c;
	n = im->exact && strchr(s, '\n') != NULL ?
	    read_lines(im, v, s, tk, MAX_TOKENS) :
	    read_list(im, v, s, tk, MAX_TOKENS);
	for (i = 0; i < n; i++) {
		switch (tk[i].mark) {
		case MK_CHECK:
			nck++;
			break;
		case MK_UNCHECK:
			nunck++;
			break;
		case MK_T:
			nt++;
			break;
		case MK_KOU:
			nkou++;
			break;
		default:
			nnone++;
			known += tk[i].k != NULL;
			break;
		}
	}
	/* What an item with no mark means among marked ones. */
	if (nck + nunck + nt + nkou == 0) {
		unmarked = 1;
		if (v == V_CHANNEL && known >= FULL_TEMPLATE) {
			say(im, &it->x, r, (int)c, R_IMP_MARK, "%zu channels "
			    "listed without marks: which are selected is "
			    "unknown; none taken", known);
			it->warned[f] = 1;
			return;
		}
	} else if (nkou > 0 && nck == 0 && nt == 0) {
		unmarked = 1;
		say(im, &it->x, r, (int)c, R_IMP_MARK, "mark '口' read as "
		    "'□' (not selected) and %s without a mark as '■' "
		    "(selected)", v == V_CHANNEL ? "channels" : "values");
	} else
		unmarked = -1;
	if (nt > 0)
		say(im, &it->x, r, (int)c, R_IMP_MARK, "mark 't' read as '■' "
		    "(selected)");
	for (i = 0; i < n; i++) {
		sel = tk[i].mark == MK_CHECK || tk[i].mark == MK_T ||
		    (tk[i].mark == MK_NONE && unmarked == 1);
		if (tk[i].mark == MK_NONE && unmarked == -1) {
			buf_addf(&lost, "%s'%s'", lost.len ? ", " : "",
			    tk[i].other ? "其他" : tk[i].text);
			continue;
		}
		if (!sel)
			continue;
		if (tk[i].k != NULL) {
			if (tk[i].k->how == VM_ALIAS)
				say(im, NULL, r, (int)c, R_IMP_REPAIR, "'%s' "
				    "read as '%s' (%s)", tk[i].text,
				    tk[i].k->term->slug, tk[i].k->term->label);
			add_value(im, l, tk[i].k->term->slug);
			continue;
		}
		if (tk[i].other && v == V_CHANNEL) {
			if (*tk[i].text == '\0') {
				say(im, &it->x, r, (int)c, R_IMP_MARK, "'其他' "
				    "selected without saying what; left out");
				it->warned[f] = 1;
			} else
				add_value(im, l, arena_strfmt(&im->a,
				    "other: %s", tk[i].text));
			continue;
		}
		if (v == V_LEVEL && (nl = level_terms(im, fold(im,
		    tk[i].text), lv, &broken)) > 0) {
			for (j = 0; j < nl; j++)
				add_value(im, l, lv[j]->slug);
			continue;
		}
		if (is_tick_text(im, tk[i].text)) {
			say(im, &it->x, r, (int)c, R_IMP_TICK, "a tick in a "
			    "column without sub-columns: which value it "
			    "means is unknown");
			it->warned[f] = 1;
			continue;
		}
		t = NULL;
		sug = vocab_suggest(im->voc[v], fold(im, tk[i].text), &t);
		if (v == V_CHANNEL) {
			add_value(im, l, arena_strfmt(&im->a, "other: %s",
			    tk[i].other ? tk[i].text : tk[i].text));
			if (sug != NULL)
				say(im, &it->x, r, (int)c, R_IMP_VOCAB,
				    "channel '%s' kept as 'other: %s'; did "
				    "you mean '%s' (%s)?", tk[i].text,
				    tk[i].text, t->slug, t->label);
			else
				say(im, &it->x, r, (int)c, R_IMP_VOCAB,
				    "channel '%s' is not in schemas/vocab."
				    "yaml; kept as 'other: %s'", tk[i].text,
				    tk[i].text);
		} else {
			add_note(im, it, c, tk[i].text);
			if (sug != NULL)
				say(im, &it->x, r, (int)c, R_IMP_VOCAB, "'%s' "
				    "is not a %s; did you mean '%s' (%s)? "
				    "kept in notes", tk[i].text,
				    msg_word(voc_name[v]), t->slug, t->label);
			else
				say(im, &it->x, r, (int)c, R_IMP_VOCAB, "'%s' "
				    "is not a %s of schemas/vocab.yaml; kept "
				    "in notes", tk[i].text, msg_word(voc_name[v]));
			it->warned[f] = 1;
		}
	}
	if (lost.len > 0) {
		say(im, &it->x, r, (int)c, R_IMP_MARK, "no mark on %s among "
		    "marked values: whether selected is unknown; left out",
		    lost.ptr);
		it->warned[f] = 1;
	}
	buf_release(&lost);
}

/* The citations of a 公开依据 cell, 文号 brackets repaired where the
 * repair is certain. */
static void
read_basis(struct imp *im, struct item *it, unsigned r, unsigned c,
    const char *s)
{
	const char		*v[MAX_CITES];
	struct cite_finding	 f[8];
	struct buf		 b = BUF_INIT;
	size_t			 n, i, nf, j;
	int			 k;

	it->fcol[CF_BASIS] = (int)c;
	if (im->exact) {	/* one citation a line, as written */
		add_lines(im, &it->basis, s);
		return;
	}
	n = cite_split(&im->a, s, v, MAX_CITES);
	if (n > MAX_CITES) {
		say(im, &it->x, r, (int)c, R_IMP_UNPLACED, "%zu citations; "
		    "the first %d are kept, the rest in notes", n,
		    MAX_CITES);
		add_note(im, it, c, s);
		n = MAX_CITES;
	}
	for (i = 0; i < n; i++) {
		nf = cite_check(&im->a, v[i], f, NELEM(f));
		if (nf > NELEM(f))
			nf = NELEM(f);
		buf_reset(&b);
		buf_adds(&b, v[i]);
		/* Back to front, so offsets stay good. */
		for (k = (int)nf - 1; k >= 0; k--) {
			j = (size_t)k;
			if ((f[j].kind != CITE_DOCNO &&
			    f[j].kind != CITE_DANGLING_HAO) ||
			    f[j].fix == NULL || f[j].bad == NULL ||
			    f[j].off + f[j].len > b.len)
				continue;
			/* A fix spanning the whole citation replaces it. */
			if (f[j].len == strlen(v[i]) && f[j].off == 0) {
				buf_reset(&b);
				buf_adds(&b, f[j].fix);
			} else {
				char *tail = xstrdup(b.ptr + f[j].off +
				    f[j].len);
				buf_setlen(&b, f[j].off);
				buf_adds(&b, f[j].fix);
				buf_adds(&b, tail);
				free(tail);
			}
			say(im, NULL, r, (int)c, R_IMP_REPAIR, "'%s' repaired "
			    "to '%s'", f[j].bad, f[j].fix);
		}
		strs_add(im, &it->basis, arena_strdup(&im->a, b.ptr));
	}
	buf_release(&b);
}

static int
is_ditto(struct imp *im, const char *s)
{
	const char	*f;

	if (*s == '\0' || strlen(s) > 16)
		return 0;
	f = fold(im, s);
	return eq(f, "同上") || eq(f, "同上。") || eq(f, "同上.") ||
	    eq(f, "同上;") || eq(f, "同上,");
}

/* Lines of a 公开主体 cell joined by 、 unless punctuation joins them. */
static const char *
body_of(struct imp *im, const char *s)
{
	struct buf	 b = BUF_INIT;
	const char	*p, *r;

	for (p = s; *p != '\0'; p++) {
		if (*p != '\n') {
			buf_addch(&b, *p);
			continue;
		}
		if (b.len > 0 && !(b.len >= 3 && (memcmp(b.ptr + b.len - 3,
		    "、", 3) == 0 || memcmp(b.ptr + b.len - 3, "，", 3) == 0 ||
		    memcmp(b.ptr + b.len - 3, "；", 3) == 0)) &&
		    strchr(",;", b.ptr[b.len - 1]) == NULL &&
		    !starts(p + 1, "、") && !starts(p + 1, "，") &&
		    strchr(",;", p[1]) == NULL)
			buf_adds(&b, "、");
	}
	r = arena_strdup(&im->a, b.ptr);
	buf_release(&b);
	return r;
}

static const char *const footnote[] = {
	"注", "说明", "备注", "附注", "填表说明", "附件说明"
};

/* The area a heading or title names, when it names one. */
static const struct vterm *
area_in(struct imp *im, const char *s, size_t *at, size_t *len)
{
	const struct fkey	*fk, *best = NULL;
	const char		*f = fold(im, s);
	size_t			 i, l, n = strlen(f), bl = 0, bi = 0;

	for (i = 0; i < n; i++) {
		if ((f[i] & 0xC0) == 0x80)
			continue;
		if ((l = vprefix(im, V_AREA, f + i, n - i, &fk)) > bl &&
		    !(fk->how == VM_SLUG)) {
			bl = l;
			bi = i;
			best = fk;
		}
	}
	if (at != NULL) {
		*at = bi;
		*len = bl;
	}
	return best != NULL ? best->term : NULL;
}

/* A heading as a title: "二、九龙街道户籍管理领域…" less its number. */
static const char *
heading_title(struct imp *im, const char *s)
{
	const char	*rest;
	int		 num[3];

	return import_outline(s, num, &rest) > 0 && *rest != '\0' ? rest : s;
}

/*
 * A row with one cell (or one merged across it): a footnote, a title or
 * area heading, a category heading, or a cell that continues the item
 * above.  Returns 1 (the row is done).
 */
static int
lone_row(struct imp *im, unsigned r, unsigned c, const char *s)
{
	const struct table	*t = im->t;
	const struct cell	*x = TABLE_CELL(t, r, c);
	const struct vterm	*area;
	struct draft		*k;
	const char		*f = fold(im, s);
	enum role		 role = im->cols[c].role;
	unsigned		 span = 0, cc;
	size_t			 i;

	if (im->curk == NULL)
		new_catalog(im, NULL);
	k = im->curk;
	for (cc = 0; cc < t->ncols; cc++)
		span += TABLE_CELL(t, r, cc)->orow == x->orow &&
		    TABLE_CELL(t, r, cc)->ocol == x->ocol;
	for (i = 0; i < NELEM(footnote); i++)
		if (starts(f, footnote[i]) && (starts(f + strlen(footnote[i]),
		    ":") || f[strlen(footnote[i])] == '\0' ||
		    has(f, "表示")))
			break;
	if (meta_text(im, s)) {
		say(im, NULL, r, span >= 2 ? -1 : (int)c, R_IMP_TABLE,
		    "read as the catalog's metadata");
		return 1;
	}
	if (i < NELEM(footnote) || has(f, "表示必选") || has(f, "表示可选")) {
		strs_add(im, &k->x, arena_strfmt(&im->a, "row %u: %s", r + 1,
		    s));
		say(im, NULL, r, span >= 2 ? -1 : (int)c, R_IMP_TABLE, "a "
		    "footnote; kept in the catalog's x-import");
		return 1;
	}
	if (span >= 2 || role == COL_ITEM || role == COL_L1 ||
	    role == COL_L2 || role == COL_L3 || role == COL_SEQ) {
		if ((area = area_in(im, s, NULL, NULL)) != NULL &&
		    (has(f, "领域") || has(f, "目录") ||
		    utf8_chars(f, strlen(f)) <= 12)) {
			if (im->o->area != NULL || k->area == area ||
			    (k->area == NULL && k->ncats == 0))
				k->area = area;
			else
				k = new_catalog(im, area);
			if (has(f, "目录") && k->title == NULL)
				k->title = heading_title(im, s);
			say(im, NULL, r, span >= 2 ? -1 : (int)c, R_IMP_TABLE,
			    "a heading of area %s (%s); the rows below go to its "
			    "catalog",
			    area->slug, area->label);
			return 1;
		}
		if (has(f, "目录") && utf8_chars(f, strlen(f)) > 6) {
			if (im->meta.title == NULL)
				im->meta.title = s;
			say(im, NULL, r, span >= 2 ? -1 : (int)c, R_IMP_TABLE,
			    "a title row; skipped");
			return 1;
		}
		k->cur = new_cat(im, &k->cattail, &k->ncats, s, r,
		    (int)c);
		k->cursub = NULL;
		return 1;
	}
	if (k->last != NULL) {
		add_note(im, k->last, c, s);
		say(im, &k->last->x, r, (int)c, R_IMP_UNPLACED, "the row holds "
		    "only this cell; kept in the notes of the item of row %u",
		    k->last->row + 1);
		k->last->warned[CF_NOTES] = 1;
	} else
		say(im, &k->x, r, (int)c, R_IMP_UNPLACED, "the row holds only "
		    "this cell, before any item; kept in the catalog's "
		    "x-import: '%s'", s);
	return 1;
}

/* The columns of each name level, or -1. */
struct namecols {
	int	 item, l1, l2, l3;
};

static int
first_col(const struct imp *im, enum role r)
{
	unsigned	 c;

	for (c = 0; c < im->t->ncols; c++)
		if (im->cols[c].role == r)
			return (int)c;
	return -1;
}

static int
has_cat(const struct cat *parent, const struct cat *sub)
{
	const struct cat	*s;

	for (s = parent->subs; s != NULL; s = s->next)
		if (s == sub)
			return 1;
	return 0;
}

/* The row's 分类编号 split at '/': its categories' ids, top first. */
static void
row_path(struct imp *im, const char **tx)
{
	const char	*p, *e;
	int		 c, i;

	memset(im->rowpath, 0, sizeof(im->rowpath));
	if ((c = first_col(im, COL_CATID)) < 0 || *tx[c] == '\0')
		return;
	for (p = tx[c], i = 0; *p != '\0' && i < 3; i++) {
		if ((e = strchr(p, '/')) == NULL)
			e = p + strlen(p);
		im->rowpath[i] = arena_strndup(&im->a, p, (size_t)(e - p));
		p = *e ? e + 1 : e;
	}
}

/* A row of gkml-render's for a category with nothing under it: its
 * 事项 cells and its 分类编号, no item id, nothing else. */
static int
cat_only(struct imp *im, unsigned r, const char **tx)
{
	unsigned	 c;
	int		 id = first_col(im, COL_ID);

	if (id < 0 || *tx[id] != '\0')
		return 0;
	for (c = 0; c < im->t->ncols; c++) {
		if (*tx[c] == '\0')
			continue;
		switch (im->cols[c].role) {
		case COL_L1:
		case COL_L2:
		case COL_L3:
		case COL_ITEM:
		case COL_CATID:
		case COL_SEQ:
			break;
		default:
			return 0;
		}
	}
	(void)r;
	return 1;
}

/* Which category the item of row r goes to; its name into *name. */
static struct cat *
place_row(struct imp *im, struct draft *k, const struct namecols *nc,
    unsigned r, const char **tx, const char **name, int *namecol,
    int item_row)
{
	const char	*raw1, *raw2;
	struct cat	*cat;

	if (nc->l2 < 0) {
		if (k->cur == NULL) {
			/* Named after the area once it is known. */
			k->cur = new_cat(im, &k->cattail, &k->ncats,
			    "", r, -1);
			k->cur->name = NULL;
		}
		*name = tx[nc->item];
		*namecol = nc->item;
		return k->cur;
	}
	raw1 = tx[nc->l1];
	if (*raw1 == '\0') {
		if (k->cur == NULL) {
			k->cur = new_cat(im, &k->cattail, &k->ncats,
			    "未分类", r, nc->l1);
			say(im, &k->cur->x, r, nc->l1, R_IMP_UNPLACED, "no "
			    "一级事项 for the first items; they go into a "
			    "category named '未分类'");
		} else if (!im->emptyl1++)
			say(im, NULL, r, nc->l1, R_IMP_REPAIR, "a blank 一级事项 "
			    "read as the one above (merged cells lost)");
	} else if (!same_cat(im, k->cur, raw1, r, nc->l1, im->rowpath[0])) {
		k->cur = new_cat(im, &k->cattail, &k->ncats, raw1,
		    r, nc->l1);
		k->cur->idcell = im->rowpath[0];
		k->cursub = NULL;
	}
	cat = k->cur;
	if (item_row == 0) {
		/* A category's own row: the one below it, if named. */
		if (nc->l3 >= 0 && *tx[nc->l2] != '\0' &&
		    !from_left(im->t, r, (unsigned)nc->l2) &&
		    !same_cat(im, k->cursub, tx[nc->l2], r, nc->l2,
		    im->rowpath[1])) {
			k->cursub = new_cat(im, &cat->subtail,
			    &cat->nsubs, tx[nc->l2], r, nc->l2);
			k->cursub->idcell = im->rowpath[1];
		}
		return cat;
	}
	*name = tx[nc->l2];
	*namecol = nc->l2;
	if (nc->l3 >= 0 && *tx[nc->l3] != '\0') {
		raw2 = tx[nc->l2];
		*name = tx[nc->l3];
		*namecol = nc->l3;
		if (*raw2 == '\0' && k->cursub != NULL && k->cursub->row < r &&
		    has_cat(cat, k->cursub)) {
			if (!im->emptyl2++)
				say(im, NULL, r, nc->l2, R_IMP_REPAIR, "a blank "
				    "二级事项 over a 三级事项 read as the one "
				    "above (merged cells lost)");
			cat = k->cursub;
		} else if (*raw2 != '\0' &&
		    !from_left(im->t, r, (unsigned)nc->l2)) {
			if (!same_cat(im, k->cursub, raw2, r, nc->l2,
			    im->rowpath[1])) {
				k->cursub = new_cat(im, &cat->subtail,
				    &cat->nsubs, raw2, r,
				    nc->l2);
				k->cursub->idcell = im->rowpath[1];
			}
			cat = k->cursub;
		}
	} else {
		k->cursub = NULL;
		if (*tx[nc->l2] == '\0') {
			*name = raw1;
			*namecol = nc->l1;
		}
	}
	return cat;
}

/* A tick column's cell: its values added when ticked. */
static void
read_tick(struct imp *im, struct item *it, unsigned r, unsigned c,
    const char *s, int *got)
{
	struct col	*col = &im->cols[c];
	struct strs	*l;
	enum catalog_field	 f;
	int		 st, j;

	l = list_of(it, col->role, &f);
	if (it->fcol[f] < 0)
		it->fcol[f] = (int)c;
	if ((st = tick_state(im, col, s)) == 0)
		return;
	if (st < 0)
		say(im, &it->x, r, (int)c, R_IMP_TICK, "'%s' read as a tick",
		    s);
	for (j = 0; j < col->nterms; j++)
		add_value(im, l, col->terms[j]->slug);
	got[col->role] = 1;
}

/* Does some row tick a column of group g?  (A group never ticked lost
 * its ticks in the export: said once for the table.) */
static int
group_ticked(const struct imp *im, enum role g, int *any)
{
	unsigned	 c;
	int		 t = 0;

	*any = 0;
	for (c = 0; c < im->t->ncols; c++)
		if (im->cols[c].role == g && im->cols[c].nterms > 0) {
			*any = 1;
			t |= im->cols[c].ticked;
		}
	return t;
}

/* A cell's text with nothing but its control characters dropped. */
static const char *
raw_text(struct imp *im, const char *s)
{
	struct buf	 b = BUF_INIT;
	const char	*r;
	size_t		 n = strlen(s), i, k;
	unsigned	 c;

	for (i = 0; i < n; i += k) {
		k = dec(s + i, n - i, &c);
		if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F ||
		    (c >= 0x80 && c <= 0x9F) || c == 0xFFFE || c == 0xFFFF)
			continue;
		utf8_add(&b, c);
	}
	r = arena_strndup(&im->a, b.ptr, b.len);
	buf_release(&b);
	return r;
}

/* ",、" and "、、": a separator written twice, one dropped. */
static const char *
punct_fix(struct imp *im, unsigned r, unsigned c, const char *s)
{
	static const char *const twice[] = { ",、", "，、", "、、", "、,",
	    "、，", "，，", ",," };
	struct buf	 b = BUF_INIT;
	const char	*p, *out;
	size_t		 i, n;
	int		 fixed = 0;

	for (p = s; *p != '\0'; ) {
		for (i = 0; i < NELEM(twice); i++)
			if (starts(p, twice[i]))
				break;
		if (i < NELEM(twice)) {
			n = strlen(twice[i]);
			/* Keep the 、 (or the first when both are commas). */
			buf_adds(&b, has(twice[i], "、") ? "、" :
			    starts(twice[i], ",") ? "," : "，");
			p += n;
			fixed = 1;
			continue;
		}
		buf_addch(&b, *p++);
	}
	if (fixed) {
		out = arena_strdup(&im->a, b.ptr);
		say(im, NULL, r, (int)c, R_IMP_REPAIR, "'%s' has a separator "
		    "written twice; read as '%s'", s, out);
		s = out;
	}
	buf_release(&b);
	return s;
}

/* Words a mirror site puts in place of others (domain.md §9.8). */
static const char *const spam[] = {
	"彩票官网", "官网下载", "下载安装", "博彩", "娱乐城", "棋牌游戏",
	"赌场", "百家乐", "老虎机", "真人娱乐", "六合彩", "时时彩",
	"线上娱乐", "注册送"
};

static void
spam_check(struct imp *im, struct item *it, unsigned r, unsigned c,
    const char *s)
{
	const char	*f = fold(im, s);
	size_t		 i;

	for (i = 0; i < NELEM(spam); i++)
		if (has(f, spam[i])) {
			say(im, &it->x, r, (int)c, R_IMP_SPAM, "'%s' has '%s' "
			    "in it: a mirror site's spam?  Check it against "
			    "the government's own page", s, spam[i]);
			return;
		}
}

static void
read_fields(struct imp *im, struct item *it, unsigned r, const char **tx,
    const unsigned char *ditto)
{
	static const enum role groups[] = { COL_CHANNEL, COL_AUDIENCE,
	    COL_MODE, COL_LEVEL, COL_STAGE };
	const struct table	*t = im->t;
	struct col		*col;
	const char		*s;
	struct strs		*l;
	enum catalog_field		 f;
	unsigned		 c;
	size_t			 i;
	int			 got[COL__MAX], joined, any;

	memset(got, 0, sizeof(got));
	for (c = 0; c < t->ncols; c++) {
		col = &im->cols[c];
		s = tx[c];
		if (col->dup && left_copy(t, r, c))
			continue;
		if (ditto[c]) {
			say(im, &it->x, r, (int)c, R_IMP_DITTO, "'同上' with no "
			    "row above to copy from; left empty");
			if (col->role == COL_CONTENT)
				it->warned[CF_CONTENT] = 1;
			else if (col->role == COL_BASIS)
				it->warned[CF_BASIS] = 1;
			else if (col->role == COL_DEADLINE)
				it->warned[CF_DEADLINE] = 1;
			else if (col->role == COL_BODY)
				it->warned[CF_BODY] = 1;
			else if (role_voc(col->role) != V__MAX &&
			    col->role != COL_AREA) {
				list_of(it, col->role, &f);
				it->warned[f] = 1;
			}
		}
		if (col->nterms > 0) {
			read_tick(im, it, r, c, s, got);
			continue;
		}
		if (*s == '\0')
			continue;
		if (is_tick_text(im, s) && (col->role == COL_CONTENT ||
		    col->role == COL_BASIS || col->role == COL_DEADLINE ||
		    col->role == COL_BODY || col->role == COL_CHANNEL)) {
			say(im, &it->x, r, (int)c, R_IMP_MISPLACED, "a tick "
			    "where text belongs: the cells of this row may be "
			    "shifted (merged cells lost); kept in notes");
			add_note(im, it, c, s);
			continue;
		}
		if ((col->role == COL_CONTENT || col->role == COL_BODY) &&
		    !im->exact)
			s = punct_fix(im, r, c, s);
		spam_check(im, it, r, c, s);
		switch (col->role) {
		case COL_CONTENT:
			add_lines(im, &it->content, s);
			if (it->fcol[CF_CONTENT] < 0)
				it->fcol[CF_CONTENT] = (int)c;
			break;
		case COL_BASIS:
			read_basis(im, it, r, c, s);
			break;
		case COL_DEADLINE:
			joined = 0;
			if (!im->exact)
				s = join_words(im, s, &joined);
			if (joined)
				say(im, NULL, r, (int)c, R_IMP_REPAIR, "'%s' "
				    "broken across lines or spaces; read as "
				    "'%s'", tx[c], s);
			it->deadline = it->deadline == NULL ? s :
			    arena_strfmt(&im->a, "%s；%s", it->deadline, s);
			it->fcol[CF_DEADLINE] = (int)c;
			break;
		case COL_BODY:
			s = body_of(im, s);
			it->body = it->body == NULL ? s : arena_strfmt(&im->a,
			    "%s、%s", it->body, s);
			it->fcol[CF_BODY] = (int)c;
			break;
		case COL_CHANNEL:
		case COL_AUDIENCE:
		case COL_MODE:
		case COL_LEVEL:
		case COL_STAGE:
			read_values(im, it, r, c, s);
			break;
		case COL_ID:
			it->idcell = s;
			break;
		case COL_NOTES:
			/* CommonMark as written: blank lines, indents. */
			add_note(im, it, c, im->exact ? raw_text(im,
			    TABLE_CELL(t, r, c)->text) : s);
			break;
		case COL_EXTRA:
		case COL_NONE:
			add_note(im, it, c, s);
			break;
		default:
			break;
		}
	}
	for (i = 0; i < NELEM(groups); i++) {
		l = list_of(it, groups[i], &f);
		if (got[groups[i]] || l->n > 0 || it->warned[f])
			continue;
		if (group_ticked(im, groups[i], &any) && any) {
			say(im, &it->x, r, it->fcol[f], R_IMP_TICK, "no tick "
			    "under %s: its value is unknown",
			    role_label[groups[i]]);
			it->warned[f] = 1;
		} else if (any)
			it->warned[f] = 1;	/* said once for the table */
	}
}

static void
new_header(struct imp *im)
{
	struct header	*h, **p;

	h = arena_calloc(&im->a, 1, sizeof(*h));
	h->cols = im->cols;
	for (p = &im->hdrs; *p != NULL; p = &(*p)->next)
		continue;
	*p = h;
	im->hdr = h;
}

static void
name_cols(const struct imp *im, struct namecols *nc)
{
	nc->item = first_col(im, COL_ITEM);
	nc->l1 = first_col(im, COL_L1);
	nc->l2 = first_col(im, COL_L2);
	nc->l3 = first_col(im, COL_L3);
}

/* Which tick columns some row below the header ticks. */
static void
mark_ticked(struct imp *im)
{
	const struct table	*t = im->t;
	unsigned		 r, c;

	for (c = 0; c < t->ncols; c++) {
		if (im->cols[c].nterms == 0)
			continue;
		for (r = im->h1 + 1; r < t->nrows && !im->cols[c].ticked &&
		    row_score(im, r, NULL) < 3; r++)
			im->cols[c].ticked = tick_state(im, &im->cols[c],
			    TABLE_CELL(t, r, c)->text) != 0;
	}
}

/*
 * A header row among the data: the same header repeated on a new page,
 * or another table's, as when a spreadsheet stacks the tables of a page
 * in one sheet.  Returns 0 when it is the same (skipped), 1 when the
 * columns below are read by it, -1 when it names no items (skipped).
 */
static int
rehead(struct imp *im, unsigned r)
{
	struct col	*old = im->cols, *tmp;
	int		 oldhas[COL__MAX], same = 1, j;
	unsigned	 c;

	memcpy(oldhas, im->has, sizeof(oldhas));
	header_from(im, r);
	if (map_columns(im) != 0) {
		im->cols = old;
		memcpy(im->has, oldhas, sizeof(oldhas));
		im->h1 = r;
		say(im, NULL, r, -1, R_IMP_TABLE, "column names with no "
		    "公开事项 among them; skipped");
		return -1;
	}
	for (c = 0; c < im->t->ncols && same; c++) {
		same = old[c].role == im->cols[c].role &&
		    old[c].nterms == im->cols[c].nterms &&
		    old[c].dup == im->cols[c].dup;
		for (j = 0; j < old[c].nterms && same; j++)
			same = old[c].terms[j] == im->cols[c].terms[j];
	}
	if (same) {
		im->cols = old;
		say(im, NULL, r, -1, R_IMP_TABLE, "the header repeated; "
		    "skipped");
		return 0;
	}
	/* The section above ends here. */
	tmp = im->cols;
	im->cols = old;
	lost_ticks(im);
	im->cols = tmp;
	say(im, NULL, r, -1, R_IMP_TABLE, "a header of other columns; the "
	    "rows below are read by it");
	new_header(im);
	check_columns(im, &im->hdr->x);
	return 1;
}

/* A row of gkml-render's with ids: an item or a category, never a
 * header, whatever words its names hold. */
static int
ided(const struct imp *im, const char **tx)
{
	int	 id = first_col(im, COL_ID), cat = first_col(im, COL_CATID);

	return im->exact && ((id >= 0 && *tx[id] != '\0') ||
	    (cat >= 0 && *tx[cat] != '\0'));
}

/*
 * Read the data rows below the header into catalogs.
 */
static void
read_rows(struct imp *im)
{
	const struct table	*t = im->t;
	const char		**tx;
	unsigned char		*ditto;
	struct namecols		 nc;
	struct draft		*k;
	struct cat		*cat;
	struct item		*it;
	const char		*name;
	unsigned		 r, c, lone = 0, norig;
	int			 pinyin, namecol, num, pnum;

	tx = arena_calloc(&im->a, t->ncols, sizeof(*tx));
	ditto = arena_calloc(&im->a, t->ncols, 1);
	im->prev = arena_calloc(&im->a, t->ncols, sizeof(*im->prev));
	name_cols(im, &nc);
	mark_ticked(im);
	for (r = im->h1 + 1; r < t->nrows; r++) {
		pinyin = 0;
		norig = 0;
		for (c = 0; c < t->ncols; c++) {
			tx[c] = clean(im, TABLE_CELL(t, r, c)->text, &pinyin);
			ditto[c] = 0;
			if (*tx[c] != '\0' && !from_left(t, r, c) &&
			    norig++ == 0)
				lone = c;
		}
		if (norig == 0)
			continue;
		if (pinyin)
			say(im, NULL, r, -1, R_IMP_REPAIR, "pinyin inserted "
			    "after Han characters (a mirror site's) dropped");
		if (row_score(im, r, NULL) >= 3 && !ided(im, tx)) {
			if (rehead(im, r) == 1) {
				name_cols(im, &nc);
				mark_ticked(im);
				memset(im->prev, 0, t->ncols * sizeof(*im->prev));
			}
			r = im->h1;
			continue;
		}
		for (c = 0; c < t->ncols; c++) {
			if (!is_ditto(im, tx[c]))
				continue;
			if (im->prev[c] != NULL && *im->prev[c] != '\0') {
				say(im, NULL, r, (int)c, R_IMP_REPAIR, "'同上' "
				    "read as '%s', from the row above",
				    im->prev[c]);
				tx[c] = im->prev[c];
			} else {
				tx[c] = "";
				ditto[c] = 1;
			}
		}
		if (norig == 1 && !ditto[lone] && lone_row(im, r, lone,
		    tx[lone]))
			continue;
		row_path(im, tx);
		k = catalog_for(im, r, tx);
		if (im->exact && cat_only(im, r, tx)) {
			place_row(im, k, &nc, r, tx, &name, &namecol, 0);
			continue;
		}
		cat = place_row(im, k, &nc, r, tx, &name, &namecol, 1);
		it = new_item(im, cat, r);
		if (*name == '\0') {
			say(im, &it->x, r, namecol, R_IMP_UNPLACED, "an item "
			    "without a name; called '第%u行' until one is "
			    "given", r + 1);
			name = arena_strfmt(&im->a, "第%u行", r + 1);
		}
		it->name = name_of(im, name, r, namecol, &it->x, &num, &pnum);
		it->num = num;
		it->pnum = pnum;
		it->fcol[CF_NAME] = namecol;
		read_fields(im, it, r, tx, ditto);
		for (c = 0; c < t->ncols; c++)
			im->prev[c] = tx[c];
		k->last = it;
	}
	lost_ticks(im);
}

/* Say once for the columns of the header being read, not for each row,
 * that a group of tick columns has no tick at all: the export lost them. */
static void
lost_ticks(struct imp *im)
{
	static const enum role groups[] = { COL_CHANNEL, COL_AUDIENCE,
	    COL_MODE, COL_LEVEL, COL_STAGE };
	size_t		 i;
	int		 any;

	for (i = 0; i < NELEM(groups); i++)
		if (!group_ticked(im, groups[i], &any) && any)
			say(im, &im->hdr->x, im->h1, first_col(im, groups[i]),
			    R_IMP_TICK, "no tick in any row under %s: the ticks "
			    "were lost; the items have none",
			    role_label[groups[i]]);
}

/* --- Outline numbers and ids --- */

/* A Chinese numeral (一 … 九十九, 百) at s: its value, length in *len. */
static int
cn_number(const char *s, size_t *len)
{
	static const char *const digit[] = { "〇", "一", "二", "三", "四",
	    "五", "六", "七", "八", "九" };
	size_t		 i = 0, d;
	int		 total = 0, cur = 0, any = 0;

	for (;;) {
		for (d = 0; d < NELEM(digit); d++)
			if (starts(s + i, digit[d]))
				break;
		if (d < NELEM(digit)) {
			cur = (int)d;
			i += 3;
		} else if (starts(s + i, "零")) {
			i += 3;
		} else if (starts(s + i, "两")) {
			cur = 2;
			i += 3;
		} else if (starts(s + i, "十")) {
			total += (cur ? cur : 1) * 10;
			cur = 0;
			i += 3;
		} else if (starts(s + i, "百")) {
			total += (cur ? cur : 1) * 100;
			cur = 0;
			i += 3;
		} else
			break;
		any = 1;
		if (i > 18)
			return 0;
	}
	*len = i;
	return any ? total + cur : 0;
}

/* ASCII or full-width digits at s: the value (at most 3 digits). */
static int
digits_at(const char *s, size_t *len)
{
	size_t		 i = 0, k;
	unsigned	 c;
	int		 v = 0, n = 0;

	for (;;) {
		k = dec(s + i, strlen(s + i), &c);
		if (c >= '0' && c <= '9')
			v = v * 10 + (int)(c - '0');
		else if (c >= 0xFF10 && c <= 0xFF19)
			v = v * 10 + (int)(c - 0xFF10);
		else
			break;
		i += k;
		if (++n > 3)
			return -1;
	}
	*len = i;
	return n > 0 ? v : -1;
}

static size_t
dot_at(const char *s)
{
	if (*s == '.')
		return 1;
	if (starts(s, "．") || starts(s, "、"))
		return 3;
	return 0;
}

int
import_outline(const char *name, int num[3], const char **rest)
{
	const char	*s = name;
	size_t		 l, k;
	unsigned	 c;
	int		 n = 0, v;

	*rest = name;
	while (*s == ' ')
		s++;
	if (starts(s, "(") || starts(s, "（")) {
		k = *s == '(' ? 1 : 3;
		if ((v = cn_number(s + k, &l)) <= 0 &&
		    (v = digits_at(s + k, &l)) <= 0)
			return 0;
		if (s[k + l] == ')')
			l += 1;
		else if (starts(s + k + l, "）"))
			l += 3;
		else
			return 0;
		num[n++] = v;
		s += k + l;
	} else if ((v = cn_number(s, &l)) > 0) {
		if ((k = dot_at(s + l)) == 0)
			return 0;
		num[n++] = v;
		s += l + k;
	} else if (dec(s, strlen(s), &c) == 3 && c >= 0x2460 && c <= 0x2473) {
		num[n++] = (int)(c - 0x245F);
		s += 3;
	} else if ((v = digits_at(s, &l)) > 0) {
		num[n++] = v;
		s += l;
		while (n < 3 && (k = *s == '.' ? 1 : starts(s, "．") ? 3 : 0)
		    != 0 && digits_at(s + k, &l) > 0) {
			num[n++] = digits_at(s + k, &l);
			s += k + l;
		}
		if ((k = dot_at(s)) != 0)
			s += k;
		else if (n == 1 && (*s == ')' || starts(s, "）")))
			s += *s == ')' ? 1 : 3;
		else if (n == 1 && *s != ' ')
			return 0;
	} else
		return 0;
	while (*s == ' ' || *s == ':' || starts(s, "：") || starts(s, "、"))
		s += *s == ' ' || *s == ':' ? 1 : 3;
	*rest = s;
	return n;
}

/* Is every number of the list set and different?  (n small.) */
static int
numbers_usable(const int *v, size_t n, int *some)
{
	size_t	 i, j;
	int	 ok = 1;

	*some = 0;
	for (i = 0; i < n; i++) {
		if (v[i] > 0)
			*some = 1;
		else
			ok = 0;
		for (j = 0; j < i && ok; j++)
			if (v[j] == v[i])
				ok = 0;
	}
	return ok && n > 0;
}

/* id, or id-2, id-3 …: the first not yet used in k. */
static const char *
unique_id(struct imp *im, struct hash *used, const char *id, unsigned row)
{
	const char	*s = id;
	int		 i;

	for (i = 2; hash_get(used, s, strlen(s)) != NULL; i++)
		s = arena_strfmt(&im->a, "%s-%d", id, i);
	if (s != id)
		say(im, NULL, row, -1, R_IMP_OUTLINE, "id '%s' used twice; "
		    "this one is '%s'", id, s);
	hash_put(used, s, strlen(s), (void *)s);
	return s;
}

static void	 ids_of(struct imp *, struct hash *, struct cat *,
		    const char *, const char *);

/*
 * Ids for the categories of a list: from their outline numbers when each
 * has a different one, else from their order; "c01".
 */
static void
ids_cats(struct imp *im, struct hash *used, struct cat *head, size_t n,
    const char *prefix)
{
	struct cat	*k;
	int		*nums, some, use;
	size_t		 i;

	nums = arena_calloc(&im->a, n + 1, sizeof(*nums));
	for (k = head, i = 0; k != NULL; k = k->next, i++)
		nums[i] = k->num;
	use = numbers_usable(nums, n, &some);
	if (some && !use && head != NULL && (im->cols = head->cols) != NULL)
	{
		if (prefix != NULL)
			say(im, &head->x, head->row, head->col, R_IMP_OUTLINE,
			    "outline numbers of the sub-categories are missing "
			    "or repeated; their ids follow row order");
		else
			say(im, &head->x, head->row, head->col, R_IMP_OUTLINE,
			    "outline numbers of the categories are missing or "
			    "repeated; their ids follow row order");
	}
	for (k = head, i = 1; k != NULL; k = k->next, i++)
		ids_of(im, used, k, prefix, arena_strfmt(&im->a, "%sc%02d",
		    prefix ? prefix : "", use ? k->num : (int)i));
}

/* The id of category k (id unless its items' ids say otherwise), then
 * those of its items and sub-categories. */
static void
ids_of(struct imp *im, struct hash *used, struct cat *k, const char *prefix,
    const char *id)
{
	struct item	*it;
	const char	*p = NULL, *dot;
	int		*nums, some, use, common = 1;
	size_t		 i;

	/* A table of gkml-render's keeps the ids: 'dibao.guide' is in
	 * category 'dibao'. */
	for (it = k->items; it != NULL && common; it = it->next) {
		if (it->idcell == NULL || !is_id(it->idcell) ||
		    (dot = strrchr(it->idcell, '.')) == NULL)
			common = 0;
		else if (p == NULL)
			p = arena_strndup(&im->a, it->idcell,
			    (size_t)(dot - it->idcell));
		else if (strlen(p) != (size_t)(dot - it->idcell) ||
		    strncmp(p, it->idcell, strlen(p)) != 0)
			common = 0;
	}
	if (k->idcell != NULL && any_id(k->idcell) &&
	    hash_get(used, k->idcell, strlen(k->idcell)) == NULL)
		id = k->idcell;
	else if (common && p != NULL && is_id(p) && prefix == NULL)
		id = p;
	k->id = unique_id(im, used, id, k->row);
	nums = arena_calloc(&im->a, k->nitems + 1, sizeof(*nums));
	for (it = k->items, i = 0; it != NULL; it = it->next, i++) {
		nums[i] = it->num;
		im->cols = it->cols;
		if (it->pnum > 0 && k->num > 0 && it->pnum != k->num)
			say(im, &it->x, it->row, it->fcol[CF_NAME],
			    R_IMP_OUTLINE, "item numbered %d.%d under "
			    "category %d", it->pnum, it->num, k->num);
	}
	use = numbers_usable(nums, k->nitems, &some);
	if (some && !use && k->items != NULL &&
	    (im->cols = k->items->cols) != NULL)
		say(im, &k->x, k->items->row, k->items->fcol[CF_NAME],
		    R_IMP_OUTLINE, "outline numbers of the items of '%s' are "
		    "missing or repeated; their ids follow row order",
		    k->name ? k->name : "");
	for (it = k->items, i = 1; it != NULL; it = it->next, i++) {
		im->cols = it->cols;
		if (it->idcell != NULL && any_id(it->idcell) &&
		    hash_get(used, it->idcell, strlen(it->idcell)) == NULL)
			it->id = unique_id(im, used, it->idcell, it->row);
		else
			it->id = unique_id(im, used, arena_strfmt(&im->a,
			    "%s.i%02d", k->id, use ? it->num : (int)i),
			    it->row);
	}
	if (k->subs != NULL)
		ids_cats(im, used, k->subs, k->nsubs,
		    arena_strfmt(&im->a, "%s.", k->id));
}

/* --- The catalog's metadata --- */

/* Labels of metadata written "label：value" above a table, with the
 * catalog key each sets (an index of meta_key[]). */
static const struct {
	const char	*label;
	int		 key;
} meta_labels[] = {
	{ "目录名称", 0 }, { "标题", 0 }, { "名称", 0 },
	{ "领域", 1 }, { "所属领域", 1 },
	{ "层级", 2 }, { "目录层级", 2 },
	{ "行政区域", 3 }, { "行政区划", 3 }, { "地区", 3 },
	{ "编制单位", 4 }, { "发布机构", 4 }, { "发布单位", 4 },
	{ "公开单位", 4 }, { "编制机关", 4 },
	{ "版本", 5 }, { "版本号", 5 },
	{ "更新日期", 6 }, { "发布日期", 6 }, { "成文日期", 6 },
	{ "更新时间", 6 }, { "日期", 6 },
	{ "监督电话", 7 }, { "联系电话", 7 }, { "咨询电话", 7 },
	{ "监督举报电话", 7 },
};

static int
meta_label(struct imp *im, const char *f)
{
	const struct stype	*t = NULL;
	size_t			 i, j;

	for (i = 0; i < NELEM(meta_labels); i++)
		if (eq(f, meta_labels[i].label))
			return meta_labels[i].key;
	/* And the labels schemas/structure.yaml gives the keys. */
	for (i = 0; i < im->s->ntypes; i++)
		if (eq(im->s->types[i].name, "catalog"))
			t = &im->s->types[i];
	for (i = 0; t != NULL && i < t->nkeys; i++)
		if (t->keys[i].label != NULL && eq(t->keys[i].label, f))
			for (j = 0; j < NELEM(meta_key); j++)
				if (eq(meta_key[j], t->keys[i].name))
					return (int)j;
	return -1;
}

/*
 * Is t one of the sheets gkml-render adds after the areas of a workbook
 * (目录信息, 未涉及事项, 分类备注), or one of the tables after the
 * catalog's in its DOCX?  If so, its rows go to aux: returns 1.  A
 * DOCX's have no 工作表 (one catalog a file), and its 目录信息 is a label
 * and its value a row.
 */
static int
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
		for (j = 1, all = 1; j < AUX_COLS; j++)
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
 * them ("发布机构：石羊镇人民政府　　发布日期：2024-06-05").  Returns 1
 * when s is such a line (each label known), else 0.
 */
static int
meta_text(struct imp *im, const char *s)
{
	const char	*p = s, *sep, *e, *v[8];
	size_t		 n;
	int		 k, keys[8], m = 0, i;

	while (*p != '\0' && m < 8) {
		while (*p == ' ')
			p++;
		if ((sep = strstr(p, "：")) == NULL &&
		    (sep = strchr(p, ':')) == NULL)
			return 0;
		if ((k = meta_label(im, fold(im, arena_strndup(&im->a, p,
		    (size_t)(sep - p))))) < 0)
			return 0;
		sep += *sep == ':' ? 1 : 3;
		while (*sep == ' ')
			sep++;
		/* The value ends at two spaces or a new line. */
		for (e = sep; *e != '\0' && *e != '\n' &&
		    !(e[0] == ' ' && e[1] == ' '); e++)
			continue;
		n = (size_t)(e - sep);
		while (n > 0 && sep[n - 1] == ' ')
			n--;
		keys[m] = k;
		v[m++] = arena_strndup(&im->a, sep, n);
		p = e;
	}
	if (m == 0)
		return 0;
	for (i = 0; i < m; i++)
		if (im->meta.v[keys[i]] == NULL && *v[i] != '\0')
			im->meta.v[keys[i]] = v[i];
	return 1;
}

/* The rows above the header: a title, "label：value" metadata. */
static void
read_meta(struct imp *im)
{
	const struct table	*t = im->t;
	const char		*s, *f;
	unsigned		 r, c;
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
		for (c = 0; c < t->ncols; c++) {
			if (from_left(t, r, c) || from_above(t, r, c))
				continue;
			s = clean(im, TABLE_CELL(t, r, c)->text, &pinyin);
			if (*s == '\0')
				continue;
			if (meta_text(im, s))
				continue;
			if (im->meta.title != NULL && eq(s, im->meta.title))
				continue;
			f = fold(im, s);
			if ((im->meta.title == NULL || (area_in(im,
			    im->meta.title, NULL, NULL) == NULL &&
			    area_in(im, s, NULL, NULL) != NULL)) &&
			    (has(f, "目录") || area_in(im, s, NULL, NULL))) {
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
	if (im->meta.v[0] != NULL)
		im->meta.title = im->meta.v[0];
	if (im->meta.title == NULL && t->name != NULL) {
		s = clean(im, t->name, &pinyin);
		f = fold(im, s);
		if (has(f, "目录") || area_in(im, s, NULL, NULL) != NULL)
			im->meta.title = s;
	}
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
	static const struct {
		const char	*end;
		const char	*slug;
	} ends[] = {
		{ "村", "village" }, { "社区", "village" },
		{ "居委会", "village" }, { "村委会", "village" },
		{ "嘎查", "village" },
		{ "镇", "township" }, { "乡", "township" },
		{ "街道", "township" }, { "苏木", "township" },
		{ "县", "county" }, { "区", "county" }, { "市", "county" },
		{ "旗", "county" },
	};
	const char	*f = fold(im, jur);
	size_t		 i, n = strlen(f), l;

	for (i = 0; i < NELEM(ends); i++) {
		l = strlen(ends[i].end);
		if (n >= l && eq(f + n - l, ends[i].end))
			return ends[i].slug;
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
static const char *
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
table_meta(struct imp *im, const char *title, unsigned row)
{
	const char	*lv, *src;
	int		 rc = 0;

	/* The jurisdiction. */
	if ((im->jur = im->o->jurisdiction) == NULL &&
	    (im->jur = im->meta.v[3]) == NULL && title != NULL &&
	    (im->jur = title_jurisdiction(im, title)) != NULL)
		say(im, NULL, row, -1, R_IMP_GUESS, "jurisdiction '%s' read "
		    "from the title; give --jurisdiction to be sure",
		    im->jur);
	if (im->jur == NULL) {
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

/*
 * Settle what the catalog says of itself: the options first, then the
 * metadata rows, then the title.  Returns 0, or -1 after saying which
 * option to give.
 */
static int
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
		im->metarc = table_meta(im, title, row);
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

/* --- Checks on what was read --- */

static const char *const vague_body[] = {
	"相关审批部门", "相关部门", "各相关部门", "有关部门", "相关单位",
	"有关单位", "各有关单位", "负责管理的部门分别公开", "各部门",
	"责任部门", "主管部门"
};

/* The level a body names (0 county, 1 township, 2 village), or -1. */
static int
body_level(struct imp *im, const char *part)
{
	const char	*f = fold(im, part);

	if (has(f, "村") || has(f, "社区") || has(f, "居委"))
		return 2;
	if (has(f, "乡") || has(f, "镇") || has(f, "街道"))
		return 1;
	if (has(f, "县") || has(f, "区") || has(f, "市") || has(f, "旗"))
		return 0;
	return -1;
}

static void
check_item(struct imp *im, const struct draft *k, struct item *it)
{
	struct cite_finding	 cf;
	const char		*f, *p, *e;
	char			 part[256];
	size_t			 i, n;
	size_t			 cites = 0;
	int			 want, lv, low = 0, high = 0;

	im->cols = it->cols;
	if (it->body != NULL && !it->warned[CF_BODY]) {
		f = fold(im, it->body);
		for (i = 0; i < NELEM(vague_body); i++)
			if (eq(f, vague_body[i]))
				break;
		want = eq(k->level, "county") ? 0 : eq(k->level, "township") ?
		    1 : 2;
		for (p = it->body; *p != '\0'; p = *e ? e + (*e == ',' ||
		    *e == ';' || *e == '/' ? 1 : 3) : e) {
			for (e = p; *e != '\0' && !starts(e, "、") &&
			    !starts(e, "，") && !starts(e, "；") && *e != ',' &&
			    *e != ';' && *e != '/'; e++)
				continue;
			n = (size_t)(e - p) < sizeof(part) ? (size_t)(e - p) :
			    sizeof(part) - 1;
			memcpy(part, p, n);
			part[n] = '\0';
			if ((lv = body_level(im, part)) < 0)
				continue;
			if (lv >= want)
				low = 1;
			else
				high = 1;
		}
		if (i < NELEM(vague_body))
			say(im, &it->x, it->row, it->fcol[CF_BODY], R_IMP_BODY,
			    "'%s' does not say who publishes (copied from a "
			    "template?)", it->body);
		else if (want > 0 && high && !low)
			say(im, &it->x, it->row, it->fcol[CF_BODY], R_IMP_BODY,
			    "'%s' is a body of a higher level than this %s "
			    "catalog (copied from a template?)", it->body,
			    k->level);
	}
	/* 民政 templates put the citations in 公开内容. */
	for (i = 0; i < it->content.n; i++)
		if (strstr(it->content.v[i], "《") != NULL &&
		    strstr(it->content.v[i], "》") != NULL)
			cites++;
	if (cites > 0 && cites == it->content.n && (it->basis.n == 0 ||
	    (it->basis.n == 1 && cite_check(&im->a, it->basis.v[0], &cf, 1)
	    == 1 && cf.kind == CITE_VAGUE)))
	{
		if (it->basis.n > 0)
			say(im, &it->x, it->row, it->fcol[CF_CONTENT],
			    R_IMP_MISPLACED, "公开内容 holds citations and "
			    "公开依据 says only '%s': they may belong in 公开依据",
			    it->basis.v[0]);
		else
			say(im, &it->x, it->row, it->fcol[CF_CONTENT],
			    R_IMP_MISPLACED, "公开内容 holds citations and "
			    "公开依据 is empty: they may belong in 公开依据");
	}
}

static void
check_cat(struct imp *im, const struct draft *k, struct cat *c)
{
	struct item	*it;
	struct cat	*s;

	for (it = c->items; it != NULL; it = it->next)
		check_item(im, k, it);
	for (s = c->subs; s != NULL; s = s->next)
		check_cat(im, k, s);
}

/* --- The document --- */

/* A string of the table: quoted, as nothing in it is YAML. */
static const struct node *
mstr(struct doc *d, const char *s)
{
	return s != NULL ? node_scalar(d, s, STYLE_DQUOTED) : NULL;
}

/* A list, or its one value alone when one is allowed. */
static const struct node *
mlist(struct doc *d, const struct strs *l, int one)
{
	struct node	*q;
	size_t		 i;

	if (l->n == 0)
		return NULL;
	if (one && l->n == 1)
		return mstr(d, l->v[0]);
	q = node_seq(d, l->n, STYLE_FLOW);
	for (i = 0; i < l->n; i++)
		node_push(q, mstr(d, l->v[i]));
	return q;
}

/* What the import said of a record, as its x-import list. */
static void
mx(struct doc *d, struct catalog_xs *x, const struct strs *l)
{
	struct catalog_x	*v;

	if (l->n == 0)
		return;
	v = arena_calloc(&d->arena, 1, sizeof(*v));
	v->key = node_scalar(d, "x-import", STYLE_PLAIN);
	v->val = mlist(d, l, 0);
	x->v = v;
	x->n = 1;
}

static void
mitem(struct imp *im, struct doc *d, struct catalog_item *r,
    const struct item *it)
{
	struct buf	 notes = BUF_INIT;
	size_t		 i;

	r->id = mstr(d, it->id);
	r->name = mstr(d, it->name);
	r->f.content = mlist(d, &it->content, 1);
	r->f.basis = mlist(d, &it->basis, 0);
	r->f.deadline = mstr(d, it->deadline);
	r->f.body = mstr(d, it->body);
	r->f.channels = mlist(d, &it->channels, 0);
	r->f.audience = mlist(d, &it->audience, 1);
	r->f.mode = mlist(d, &it->mode, 1);
	r->f.levels = mlist(d, &it->levels, 0);
	r->f.stage = mlist(d, &it->stage, 1);
	for (i = 0; i < it->notes.n; i++) {
		if (i > 0)
			buf_addch(&notes, '\n');
		buf_adds(&notes, it->notes.v[i]);
	}
	if (notes.len > 0)
		r->f.notes = mstr(d, notes.ptr);
	mx(d, &r->x, &it->x);
	buf_release(&notes);
	(void)im;
}

/* The records of the categories from c on, n of them, at depth. */
static struct catalog_category *
mcats(struct imp *im, struct doc *d, const struct cat *c, size_t n)
{
	struct catalog_category	*v, *r;
	const struct item	*it;
	const struct cat	*s;
	size_t			 i;

	v = arena_calloc(&d->arena, n ? n : 1, sizeof(*v));
	for (r = v; c != NULL; c = c->next, r++) {
		r->id = mstr(d, c->id);
		r->name = mstr(d, c->name);
		r->notes = mstr(d, c->notes);
		for (it = c->items; it != NULL; it = it->next)
			r->nitems++;
		r->items = arena_calloc(&d->arena, r->nitems ? r->nitems : 1,
		    sizeof(*r->items));
		for (i = 0, it = c->items; it != NULL; it = it->next)
			mitem(im, d, &r->items[i++], it);
		for (s = c->subs; s != NULL; s = s->next)
			r->ncats++;
		r->cats = mcats(im, d, c->subs, r->ncats);
		mx(d, &r->x, &c->x);
	}
	return v;
}

/* The document of k, made in d. */
static void
mdraft(struct imp *im, struct doc *d, const struct draft *k)
{
	struct catalog		 c;
	const struct cat	*s;
	size_t			 i;

	memset(&c, 0, sizeof(c));
	c.gkml = node_scalar(d, "1", STYLE_PLAIN);
	c.hdr.id = mstr(d, k->id);
	c.hdr.title = mstr(d, k->title);
	c.hdr.area = mstr(d, k->areaslug);
	c.hdr.level = mstr(d, k->level);
	c.hdr.jurisdiction = mstr(d, k->jurisdiction);
	c.hdr.publisher = mstr(d, k->publisher);
	c.hdr.version = mstr(d, k->version);
	/* An ISO date the import wrote: plain, a date. */
	if (k->updated != NULL)
		c.hdr.updated = node_scalar(d, k->updated, STYLE_PLAIN);
	c.hdr.contact = mstr(d, k->contact);
	mx(d, &c.hdr.x, &k->x);
	for (s = k->cats; s != NULL; s = s->next)
		c.ncats++;
	c.cats = mcats(im, d, k->cats, c.ncats);
	c.nna = k->nna;
	c.na = arena_calloc(&d->arena, k->nna ? k->nna : 1, sizeof(*c.na));
	for (i = 0; i < k->nna; i++) {
		c.na[i].id = mstr(d, k->na[i].id);
		c.na[i].name = mstr(d, k->na[i].name);
		c.na[i].reason = mstr(d, k->na[i].reason);
	}
	catalog_make(d, &c);
}

/* --- Validation, reported at the source --- */

static void
index_items(struct hash *h, struct cat *c)
{
	struct item	*it;
	struct cat	*s;

	for (it = c->items; it != NULL; it = it->next)
		hash_put(h, it->id, strlen(it->id), it);
	for (s = c->subs; s != NULL; s = s->next)
		index_items(h, s);
}

/* The field a validator path ends in: "…items[2].deadline[0]". */
static int
path_field(const char *path)
{
	const char	*p;

	if (path == NULL || (p = strrchr(path, '.')) == NULL)
		return -1;
	p++;
	return catalog_field_of(p, strcspn(p, "["));
}

/* The field a finding names: its own, or the key its path ends in. */
static int
finding_field(const struct finding *f)
{
	if (f->field == NULL)
		return path_field(f->path);
	return catalog_field_of(f->field, strlen(f->field));
}

static const enum role field_role[CF__MAX] = {
	COL_ITEM, COL_CONTENT, COL_BASIS, COL_DEADLINE, COL_BODY,
	COL_CHANNEL, COL_AUDIENCE, COL_MODE, COL_LEVEL, COL_STAGE, COL_NOTES
};

/*
 * Check the catalog made, and report what the validator finds at the
 * cell the value came from: an unreadable time limit, a malformed 文号,
 * a blank cell where the catalog wants a value.  What the import said
 * already (a column missing, a value it could not read) is not said
 * again.
 */
static void
validate_made(struct imp *im, struct doc *d, struct draft *k)
{
	struct validator	 v;
	struct diag		 vd;
	struct hash		 items = HASH_INIT;
	struct buf		 shown = BUF_INIT;
	struct finding		*f;
	struct item		*it;
	struct cat		*c;
	size_t			 i;
	int			 fi, col;

	for (c = k->cats; c != NULL; c = c->next)
		index_items(&items, c);
	diag_init(&vd, DIAG_TEXT, SEV_NOTE);
	vd.quiet = 1;
	validator_init(&v, im->s, &vd);
	validate_doc(&v, d);
	for (i = 0; i < vd.n; i++) {
		f = &vd.v[i];
		it = f->item != NULL ? hash_get(&items, f->item,
		    strlen(f->item)) : NULL;
		fi = finding_field(f);
		if (it != NULL && fi >= 0) {
			if (it->warned[fi])
				continue;
			if ((f->rule == R_MISSING_FIELD ||
			    f->rule == R_EMPTY) &&
			    !(it->roles & ((uint32_t)1 << field_role[fi])))
				continue;
			im->cols = it->cols;
			col = it->fcol[fi] >= 0 ? it->fcol[fi] :
			    fi == CF_NAME ? -1 :
			    first_col(im, field_role[fi]);
			say(im, NULL, it->row, col, f->rule, "%s", f->msg);
		} else if (it != NULL) {
			im->cols = it->cols;
			say(im, NULL, it->row, -1, f->rule, "%s", f->msg);
		} else if (im->ncatalogs > 1)
			say(im, NULL, NOROW, -1, f->rule, "catalog '%s': %s",
			    k->id, f->msg);
		else
			say(im, NULL, NOROW, -1, f->rule, "%s", f->msg);
		/* The validator's message, in the reader's language. */
		buf_reset(&shown);
		diag_message(&shown, f);
		diag_show(im->dg, it == NULL && im->ncatalogs > 1 ? 1 : 0,
		    shown.ptr);
		if (rules[f->rule].sev == SEV_ERROR)
			im->im->broken++;
	}
	diag_flush(&vd);
	diag_finish(&vd, "", "");
	validator_release(&v);
	hash_release(&items);
	buf_release(&shown);
}

/* Headings with nothing under them are kept as written, and said when
 * they are not gkml-render's (whose 分类编号 makes them sure). */
static void
empty_headings(struct imp *im, struct cat *c)
{
	for (; c != NULL; c = c->next) {
		empty_headings(im, c->subs);
		if (c->items != NULL || c->subs != NULL || c->idcell != NULL)
			continue;
		im->cols = c->cols;
		say(im, &c->x, c->row, c->col, R_IMP_UNPLACED, "heading '%s' "
		    "has no items under it", c->name ? c->name : "");
	}
}

/* The category of k whose ids, top first, are path ("a/a.b"). */
static struct cat *
cat_by_path(struct cat *c, const char *path)
{
	const char	*e;
	size_t		 n;

	for (;;) {
		if ((e = strchr(path, '/')) == NULL)
			e = path + strlen(path);
		n = (size_t)(e - path);
		for (; c != NULL; c = c->next)
			if (strlen(c->id) == n && strncmp(c->id, path, n) == 0)
				break;
		if (c == NULL || *e == '\0')
			return c;
		path = e + 1;
		c = c->subs;
	}
}

/* Does a row of gkml-render's own sheets concern table t?  Its 工作表
 * names t's sheet; a DOCX's, which have no 工作表, concern every table. */
static int
aux_for(const struct auxrow *a, const struct table *t)
{
	if (a->v[0] == NULL)
		return 1;
	return t->name != NULL && eq(a->v[0], t->name);
}

/* What the workbook's own sheets say of the sheet k was read from: its
 * not-applicable items and its categories' notes. */
static void
aux_sheets(struct imp *im, struct draft *k)
{
	const struct auxrow	*a;
	struct cat		*c;
	struct na		*na;
	size_t			 i;

	if (im->aux == NULL)
		return;
	for (i = 0; i < im->aux->n; i++) {
		a = &im->aux->v[i];
		if (a->kind == AUX_INFO || !aux_for(a, im->t))
			continue;
		if (a->kind == AUX_NA) {
			if (a->v[3] == NULL || !any_id(a->v[3])) {
				say(im, &k->x, NOROW, -1, R_IMP_UNPLACED,
				    "未涉及事项 '%s' has no id; left out",
				    a->v[1] ? a->v[1] : "");
				continue;
			}
			k->na = xreallocarray(k->na, k->nna + 1,
			    sizeof(*k->na));
			na = &k->na[k->nna++];
			na->id = a->v[3];
			na->name = a->v[1] != NULL && *a->v[1] ? a->v[1] :
			    NULL;
			na->reason = a->v[2] != NULL ? a->v[2] : "";
		} else if (a->v[1] != NULL && a->v[3] != NULL &&
		    (c = cat_by_path(k->cats, a->v[1])) != NULL)
			c->notes = a->v[3];
		else
			say(im, &k->x, NOROW, -1, R_IMP_UNPLACED, "分类备注 of "
			    "'%s' names no category of the sheet; kept here: "
			    "%s", a->v[1] ? a->v[1] : "", a->v[3] ? a->v[3] :
			    "");
	}
}

/* Was an item of these categories read by the header of cols? */
static int
read_by(const struct cat *c, const struct col *cols)
{
	const struct item	*it;

	for (; c != NULL; c = c->next) {
		for (it = c->items; it != NULL; it = it->next)
			if (it->cols == cols)
				return 1;
		if (read_by(c->subs, cols))
			return 1;
	}
	return 0;
}

/*
 * "<base>.yaml", unique in the run: else "<base>-N.yaml" with the least
 * N from 2 on that is free.  Every N below the one kept per base was
 * found taken (names are never given back), so the search starts there
 * and a page of many tables of one area costs time linear in them.
 */
static char *
out_name(struct imp *im, const char *base)
{
	size_t	*next, len = strlen(base), n;
	char	*name;

	if ((next = hash_get(&im->nextn, base, len)) == NULL) {
		next = arena_alloc(&im->a, sizeof(*next));
		*next = 1;
		hash_put(&im->nextn, arena_strdup(&im->a, base), len, next);
	}
	for (n = *next;; n++) {
		name = n == 1 ? xasprintf("%s.yaml", base) :
		    xasprintf("%s-%zu.yaml", base, n);
		if (hash_get(&im->names, name, strlen(name)) == NULL)
			break;
		free(name);
	}
	*next = n + 1;
	hash_put(&im->names, name, strlen(name), name);
	return name;
}

/* Make, format and check catalog k; add it to the import.  Returns 0,
 * -1 when it is broken, -2 when a limit was passed. */
static int
finish(struct imp *im, struct draft *k)
{
	struct import_out	*out;
	struct hash		 used = HASH_INIT;
	struct buf		 canon = BUF_INIT;
	struct doc		 d;
	struct cat		*c;
	size_t			 i;
	int			 rc = 0;

	empty_headings(im, k->cats);
	ids_cats(im, &used, k->cats, k->ncats, NULL);
	hash_release(&used);
	/* What was said of the headers its items were read by. */
	{
		struct strs	 x = { NULL, 0, 0 };
		struct header	*h;

		for (h = im->hdrs; h != NULL; h = h->next)
			if (h->x.n > 0 && read_by(k->cats, h->cols))
				for (i = 0; i < h->x.n; i++)
					strs_add(im, &x, h->x.v[i]);
		for (i = 0; i < k->x.n; i++)
			strs_add(im, &x, k->x.v[i]);
		k->x = x;
	}
	for (c = k->cats; c != NULL; c = c->next)
		check_cat(im, k, c);
	aux_sheets(im, k);
	doc_init(&d, "<import>");
	mdraft(im, &d, k);
	fmt_doc(&d, im->s, &canon);
	if (d.nodes > im->lim->max_nodes || canon.len > im->lim->max_bytes) {
		say(im, NULL, NOROW, -1, R_LIMIT, "the catalog made from the "
		    "table passes a limit (%zu bytes of YAML); raise it with "
		    "GKML_LIMITS if the table is genuine", canon.len);
		rc = -2;
	} else
		validate_made(im, &d, k);
	doc_release(&d);
	free(k->na);
	k->na = NULL;
	k->nna = 0;
	if (rc != 0) {
		buf_release(&canon);
		return rc;
	}
	if ((im->im->n & (im->im->n - 1)) == 0)
		im->im->v = xreallocarray(im->im->v, im->im->n ? im->im->n * 2 :
		    1, sizeof(*im->im->v));
	out = &im->im->v[im->im->n++];
	out->name = out_name(im, k->areaslug);
	out->len = canon.len;
	out->yaml = buf_detach(&canon, NULL);
	out->where = im->t->where;
	return 0;
}

/* --- The tables of gkml-render's DOCX --- */

/*
 * The columns a DOCX of gkml-render's keeps as hidden text, each named
 * by hidden text in the header cells of the columns that hold it.
 */
static const char *const word_hidden[] = { "事项编号", "分类编号" };

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
 * column (事项编号, 分类编号) added after the others, its value in a row
 * the hidden text of the rightmost cell under such a header that has
 * some (merged cells copy theirs down).  In the catalog's table, 五公开
 * (the last line of an item's name, "五公开：结果") and 备注 (公开内容
 * from a line "备注：…" on) become columns of their own too.  Any other
 * table is returned as it is.
 */
static const struct table *
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
		role = roles[c] = head_role(fold(im, x->text));
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

/* --- The entry points --- */

void
import_init(struct import *res)
{
	memset(res, 0, sizeof(*res));
}

void
import_release(struct import *res)
{
	size_t	 i;

	for (i = 0; i < res->n; i++) {
		free(res->v[i].name);
		free(res->v[i].yaml);
	}
	free(res->v);
	memset(res, 0, sizeof(*res));
}

static int
has_items(const struct cat *c)
{
	for (; c != NULL; c = c->next)
		if (c->items != NULL || has_items(c->subs))
			return 1;
	return 0;
}

/* One table into its catalogs.  Returns 0, 1 when it holds no catalog
 * (skipped), -1 when broken, -2 on a limit. */
static int
import_table(struct imp *im)
{
	struct draft	*k;
	size_t		 made = 0;
	int		 rc = 0, r;

	im->cols = NULL;
	im->cats = NULL;
	im->cattail = &im->cats;
	im->curk = NULL;
	im->ncatalogs = 0;
	im->trad = 0;
	im->emptyl1 = im->emptyl2 = 0;
	im->metadone = 0;
	im->jur = im->lvl = NULL;
	if (im->t->nrows == 0 || find_header(im) != 0)
		return 1;
	read_meta(im);
	if (map_columns(im) != 0) {
		say(im, NULL, im->h0, -1, R_IMP_HEADER, "the header names no "
		    "公开事项 (一级事项/二级事项) column: the items have no "
		    "names");
		return -1;
	}
	new_catalog(im, NULL);
	im->hdrs = im->hdr = NULL;
	new_header(im);
	check_columns(im, &im->hdr->x);
	read_rows(im);
	if (im->trad)
		say(im, NULL, NOROW, -1, R_IMP_REPAIR, "traditional characters "
		    "read as simplified for headers and vocabularies; text "
		    "kept as written");
	for (k = im->cats; k != NULL; k = k->next) {
		if (!has_items(k->cats))
			continue;
		if (catalog_meta(im, k, im->ncatalogs > 1) != 0) {
			rc = -1;
			continue;
		}
		if ((r = finish(im, k)) != 0)
			rc = rc == -2 ? -2 : r;
		else
			made++;
	}
	if (made == 0 && rc == 0) {
		say(im, NULL, im->h0, -1, R_IMP_HEADER, "a header, but no item "
		    "rows below it");
		rc = -1;
	}
	return rc;
}

int
import_tables(struct import *res, const struct tables *ts, const char *path,
    const struct import_opts *o, const struct schema *s,
    const struct limits *lim, struct diag *dg)
{
	struct imp	 im;
	struct aux	 aux = { NULL, 0 };
	const struct table **tv = NULL;
	unsigned char	*isaux = NULL;
	size_t		 i, j, skipped = 0, v;
	int		 rc = 0, r;

	memset(&im, 0, sizeof(im));
	im.s = s;
	im.dg = dg;
	im.lim = lim;
	im.path = path;
	im.o = o;
	im.im = res;
	im.ts = ts;
	arena_init(&im.a);
	buf_init(&im.tmp, 0);
	voc_index(&im);
	for (i = 0; i < res->n; i++)
		hash_put(&im.names, res->v[i].name, strlen(res->v[i].name),
		    res->v[i].name);
	if (o->area != NULL && opt_slug(&im, V_AREA, o->area) == NULL)
		res->badopt = "--area";
	else if (o->level != NULL && opt_slug(&im, V_LEVEL, o->level) == NULL)
		res->badopt = "--level";
	if (res->badopt != NULL) {
		rc = -2;
		goto out;
	}
	/* A DOCX of gkml-render's: its hidden columns. */
	tv = xcalloc(ts->n + 1, sizeof(*tv));
	for (i = 0; i < ts->n; i++)
		tv[i] = word_table(&im, &ts->v[i]);
	/* A workbook (or DOCX) of gkml-render's: its own sheets first. */
	isaux = xcalloc(ts->n + 1, 1);
	for (i = 0; i < ts->n; i++)
		isaux[i] = (unsigned char)read_aux(&im, tv[i], &aux);
	im.aux = &aux;
	for (i = 0; i < ts->n; i++) {
		im.t = tv[i];
		im.ti = i;
		if (isaux[i]) {
			say(&im, NULL, NOROW, -1, R_IMP_TABLE, "gkml-render's "
			    "目录信息, 未涉及事项 or 分类备注, read for the "
			    "catalogs");
			skipped++;
			continue;
		}
		im.info = NULL;
		for (j = 0; j < aux.n; j++)
			if (aux_for(&aux.v[j], im.t) &&
			    aux.v[j].kind == AUX_INFO)
				im.info = &aux.v[j];
		if ((r = import_table(&im)) == 1) {
			skipped++;
			if (ts->n > 1)
				say(&im, NULL, NOROW, -1, R_IMP_TABLE, "no "
				    "catalog header in the first %d rows; "
				    "skipped", HEAD_SCAN);
		} else if (r == -2)
			rc = -2;
		else if (r == -1 && rc == 0)
			rc = -1;
	}
	if (skipped == ts->n) {
		im.t = ts->n == 1 ? tv[0] : NULL;
		im.ts = NULL;
		im.cols = NULL;
		say(&im, NULL, NOROW, -1, R_IMP_HEADER, ts->n == 0 ?
		    "no table found" : ts->n == 1 ? "no header row naming "
		    "the columns (序号, 公开事项, 公开内容, 公开依据 …) in the "
		    "first rows: not a catalog table" : "none of the tables "
		    "has a header row naming the columns of a catalog");
		if (rc == 0)
			rc = -1;
	}
out:
	free(tv);
	free(isaux);
	free(aux.v);
	for (v = 0; v < V__MAX; v++)
		hash_release(&im.fk[v]);
	hash_release(&im.names);
	hash_release(&im.nextn);
	buf_release(&im.tmp);
	buf_release(&im.tmp2);
	arena_release(&im.a);
	return rc == 0 && res->broken > 0 ? -1 : rc;
}
