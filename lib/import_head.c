/*
 * gkml-import's first pass (see import.c): the header.  The first row
 * where three or more cells name known columns (after folding: no
 * spaces, simplified characters, the ■/□ legend dropped), then up to
 * two rows of sub-headers (一级/二级事项, 全社会/特定群体, 主动/依申请,
 * 县级/乡级 ...).  Each column gets a role and, when its cells hold
 * ticks, the terms a tick there stands for.
 */
#include <string.h>

#include "import_int.h"
#include "schema.h"
#include "text.h"

/* --- Headers --- */

/* The column a top-level header names, from its folded text: the
 * first rule of import.yaml's headers that matches. */
enum role
head_role(const struct imp *im, const char *f)
{
	const struct import_words *w = im->s->imp;
	size_t	 i;

	if (*f == '\0' || utf8_chars(f, strlen(f)) > 16)
		return COL_NONE;
	for (i = 0; i < w->nhead; i++)
		if (in_words(&w->head[i].eq, f, 0) ||
		    in_words(&w->head[i].has, f, 1))
			return w->head[i].role;
	return COL_NONE;
}

static int
is_group(enum role r)
{
	return r == COL_ITEM || r == COL_CHANNEL || r == COL_AUDIENCE ||
	    r == COL_MODE || r == COL_LEVEL || r == COL_STAGE;
}

enum voc
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
int
level_terms(struct imp *im, const char *f, const struct vterm **out,
    int *broken)
{
	const struct fkey	*k;
	const struct vterm	*t;
	const char		*p, *e;
	const struct import_words *w;
	char			 part[64];
	size_t			 n, i, r;
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
			/* By the place words of import.yaml, in order. */
			w = im->s->imp;
			for (r = 0; r < w->nlvwords && t == NULL; r++) {
				if (!in_words(&w->lvwords[r].w, part, 1))
					continue;
				for (i = 0; i < im->voc[V_LEVEL]->n; i++)
					if (eq(im->voc[V_LEVEL]->terms[i].slug,
					    w->lvwords[r].slug))
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
int
from_above(const struct table *t, unsigned r, unsigned c)
{
	const struct cell	*x = TABLE_CELL(t, r, c);

	return x->merged && x->orow < r;
}

/* Does the cell at (r, c) repeat one to its left in the same row? */
int
from_left(const struct table *t, unsigned r, unsigned c)
{
	const struct cell	*x = TABLE_CELL(t, r, c);

	return x->merged && x->orow == r && x->ocol < c;
}

/* Is the cell at (r, c) a copy of one to its left (merged across)? */
int
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
int
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
		role = head_role(im, f);
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
		return head_role(im, f);
	for (k = c; k-- > 0; ) {
		f = head_text(im, im->h0, k);
		if (*f == '\0')
			continue;
		g = head_role(im, f);
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

int
find_header(struct imp *im)
{
	const struct table	*t = im->t;
	unsigned		 r, c, n = 0;
	int			 all;

	/* Blank rows do not count: a page saved by Calc puts one after
	 * each line of the site above the table. */
	for (r = 0; r < t->nrows && n < HEAD_SCAN; r++) {
		for (c = 0; c < t->ncols; c++)
			if (*TABLE_CELL(t, r, c)->text != '\0')
				break;
		if (c == t->ncols)
			continue;
		n++;
		if (row_score(im, r, &all) >= 2 && all >= 3) {
			header_from(im, r);
			return 0;
		}
	}
	return -1;
}

/* The header that starts at row r: up to two rows of sub-headers below
 * it, which hold nothing but sub-headers and copies of merged cells. */
static int	 head_joined(struct imp *, unsigned);

void
header_from(struct imp *im, unsigned r)
{
	const struct table	*t = im->t;
	struct col		 tmp;
	const char		*f;
	unsigned		 rr, c;
	int			 nsub, ndata;

	im->h0 = im->h1 = r;
	im->hjoin = 0;
	for (rr = r + 1; rr < t->nrows && rr <= r + 2; rr++) {
		nsub = ndata = 0;
		for (c = 0; c < t->ncols; c++) {
			if (from_above(t, rr, c) || from_left(t, rr, c))
				continue;
			f = head_text(im, rr, c);
			if (*f == '\0')
				continue;
			if (sub_role(im, group_of(im, c), f, &tmp) ||
			    head_role(im, f) != COL_NONE)
				nsub++;
			else
				ndata++;
		}
		if (nsub > 0 && ndata > 0 && rr + 1 < t->nrows &&
		    head_joined(im, rr)) {
			/* Sub-headers broken across two rows, as Calc
			 * writes a header cell of two lines: 全 / 社会. */
			im->h1 = im->hjoin = rr + 1;
			break;
		}
		if (nsub == 0 || ndata > 0)
			break;
		im->h1 = rr;
	}
}

/*
 * Row r + 1 goes on with the sub-headers of row r when each cell of r
 * that names nothing does with the cell below it (全 and 社会: 全社会),
 * and the row below has text only under such cells.
 */
static int
head_joined(struct imp *im, unsigned r)
{
	const struct table	*t = im->t;
	struct col		 tmp;
	const char		*f, *g;
	unsigned		 c;
	int			 joined = 0;

	for (c = 0; c < t->ncols; c++) {
		if (from_above(t, r + 1, c) || from_left(t, r + 1, c))
			continue;
		g = head_text(im, r + 1, c);
		f = from_above(t, r, c) || from_left(t, r, c) ? "" :
		    arena_strdup(&im->a, head_text(im, r, c));
		if (*f == '\0') {
			if (*g != '\0')
				return 0;
			continue;
		}
		if (sub_role(im, group_of(im, c), f, &tmp) ||
		    head_role(im, f) != COL_NONE) {
			if (*g != '\0')
				return 0;
			continue;
		}
		if (*g == '\0')
			return 0;
		f = arena_strfmt(&im->a, "%s%s", f, g);
		if (!sub_role(im, group_of(im, c), f, &tmp) &&
		    head_role(im, f) == COL_NONE)
			return 0;
		joined = 1;
	}
	return joined;
}

/* Is s an id as the format allows, with a letter in it? */
int
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
int
any_id(const char *s)
{
	return *s != '\0' && strspn(s, "abcdefghijklmnopqrstuvwxyz"
	    "0123456789._-") == strlen(s);
}

const char *const role_label[COL__MAX] = {
	NULL, NULL, "序号", "编号", "公开事项", "一级事项", "二级事项",
	"三级事项", "公开内容", "公开依据", "公开时限", "公开主体",
	"公开渠道和载体", "公开对象", "公开方式", "公开层级", "五公开",
	"所属领域", "备注", NULL, "分类编号", "栏目", "栏目地址"
};

/*
 * Map every column to what it holds, from the header rows h0..h1.
 * Returns 0, or -1 when no column names the items.
 */
static int	 is_number(const char *);
static int	 lone_cell(const struct table *, unsigned, unsigned);

int
map_columns(struct imp *im)
{
	const struct table	*t = im->t;
	struct col		*col;
	const char		*top, *sub, *f;
	unsigned		 c, r;
	enum role		 g;
	int			 data, nums;

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
			if (*f != '\0' && r == im->hjoin) {
				f = arena_strdup(&im->a, f);
				sub = arena_strfmt(&im->a, "%s%s",
				    head_text(im, r - 1, c), f);
				break;
			}
			if (*f != '\0') {
				sub = f;
				break;
			}
		}
		if (sub != NULL && eq(sub, top))
			sub = NULL;
		if (sub != NULL) {
			if (!sub_role(im, g, sub, col))
				col->role = head_role(im, sub);
			col->head = *top == '\0' || g == COL_ITEM ||
			    col->nterms == 0 ? sub :
			    arena_strfmt(&im->a, "%s/%s", top, sub);
		} else if (*top != '\0') {
			if ((col->role = head_role(im, top)) == COL_NONE)
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
		data = nums = 0;
		for (r = im->h1 + 1; r < t->nrows; r++) {
			f = TABLE_CELL(t, r, c)->text;
			if (*f == '\0')
				continue;
			/* A running number under a blank header is 序号;
			 * a row of one cell (a heading, a footer) says
			 * nothing of the column. */
			if (col->role == COL_EMPTY && nums >= 0 &&
			    !lone_cell(t, r, c))
				nums = is_number(f) ? nums + 1 : -1;
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
		if (col->role == COL_EMPTY && nums > 0)
			col->role = COL_SEQ;
		else if (col->role == COL_EMPTY && data)
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

/* Is s a running number: digits, and a dot or 、 after them? */
static int
is_number(const char *s)
{
	size_t	 n = strspn(s, "0123456789");

	return n > 0 && n <= 6 && (s[n] == '\0' || (s[n] == '.' &&
	    s[n + 1] == '\0') || strcmp(s + n, "、") == 0);
}

/* Is the cell at (r, c) the only one of its row with text? */
static int
lone_cell(const struct table *t, unsigned r, unsigned c)
{
	unsigned	 cc;

	for (cc = 0; cc < t->ncols; cc++)
		if (cc != c && *TABLE_CELL(t, r, cc)->text != '\0' &&
		    !from_left(t, r, cc))
			return 0;
	return 1;
}

/* Say what the header lacks or holds that the format does not know. */
void
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
