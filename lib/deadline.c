/*
 * Parser for 公开时限 strings (domain.md section 5).
 *
 * The input is first normalised into a scratch copy: whitespace is
 * dropped (cells are often broken mid-word) and full-width ASCII
 * becomes ASCII (text_fold()).  The copy is then read as a small
 * keyword grammar,
 *
 *	[prefix] [trigger [glue]] amount unit [内] [verb] [,公示N…] [note]
 *	[;其中 scope trigger amount unit …]
 *
 * with qualitative and periodic values taking the place of the amount.
 * Every scan moves forward and looks at most a bounded number of bytes
 * at each position, so the parse is linear in the input.  Only when
 * part of the text is not understood and traditional characters are in
 * it is the text folded to simplified and read again: most time limits
 * are read at once, without asking OpenCC.
 */
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "buf.h"
#include "deadline.h"
#include "text.h"
#include "xmalloc.h"

struct kw {
	const char	*s;
	int		 v;
};

enum hitkind {
	HIT_NONE,
	HIT_TRIG,
	HIT_AMOUNT,
	HIT_QUAL,
	HIT_PERIOD
};

/* The first thing of interest found by scan(). */
struct hit {
	enum hitkind	 kind;
	size_t		 b, e;		/* bytes matched */
	int		 v;		/* trigger, kind or period index */
	int		 amount;
	enum dl_unit	 unit;
};

struct ctx {
	struct arena	*a;
	const char	*s;		/* normalised text */
	struct buf	 note;
};

#define W_TRIG		0x1
#define W_AMOUNT	0x2
#define W_QUAL		0x4
#define W_PERIOD	0x8

/* Amounts above this are not time limits but digit soup. */
#define AMOUNT_MAX	100000

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

static size_t	 normalise(const char *, size_t, char *, size_t *);
static size_t	 kw_at(const char *, size_t, size_t, const struct kw *,
		    size_t, int *);
static int	 ends_with(const char *, size_t, size_t, const char *);
static size_t	 strip_tail(const char *, size_t, size_t,
		    const struct kw *, size_t);
static size_t	 punct_at(const char *, size_t, size_t, int);
static size_t	 punct_before(const char *, size_t, size_t, int);
static void	 trim(const char *, size_t *, size_t *, int);
static size_t	 numeral(const char *, size_t, size_t, int *);
static size_t	 amount_at(const char *, size_t, size_t, int *,
		    enum dl_unit *, size_t *);
static size_t	 decision_at(const char *, size_t, size_t);
static void	 scan(const struct ctx *, size_t, size_t, int, struct hit *);
static void	 note_add(struct ctx *, size_t, size_t);
static void	 prefix_note(struct ctx *, size_t, size_t);
static void	 gap_note(struct ctx *, size_t, size_t);
static size_t	 display_at(const struct ctx *, size_t, size_t,
		    struct deadline *);
static void	 tail(struct ctx *, size_t, size_t, struct deadline *);
static void	 parse_main(struct ctx *, size_t, size_t, struct deadline *);
static void	 parse_exc_clause(struct ctx *, size_t, size_t,
		    struct deadline *);
static void	 parse_exc(struct ctx *, size_t, size_t, struct deadline *);
static int	 parse_text(struct arena *, const char *, size_t,
		    struct deadline *);
static int	 str_same(const char *, const char *);
static int	 scope_same(const char *, const char *);
static int	 text_equal(const char *, const char *);

/* Longer phrases first: the first match in table order wins. */
static const struct kw trig_kw[] = {
	{ "形成或者变更", DL_TRIG_FORMED_OR_CHANGED },
	{ "形成或变更", DL_TRIG_FORMED_OR_CHANGED },
	{ "形成(变更)", DL_TRIG_FORMED_OR_CHANGED },
	{ "形成、变更", DL_TRIG_FORMED_OR_CHANGED },
	{ "形成和变更", DL_TRIG_FORMED_OR_CHANGED },
	{ "产生或者变更", DL_TRIG_FORMED_OR_CHANGED },
	{ "产生或变更", DL_TRIG_FORMED_OR_CHANGED },
	{ "产生(变更)", DL_TRIG_FORMED_OR_CHANGED },
	{ "产生、变更", DL_TRIG_FORMED_OR_CHANGED },
	{ "形成", DL_TRIG_FORMED },
	{ "产生", DL_TRIG_FORMED },
	{ "制定或者获取", DL_TRIG_MADE_OR_OBTAINED },
	{ "制定或获取", DL_TRIG_MADE_OR_OBTAINED },
	{ "制作或者获取", DL_TRIG_MADE_OR_OBTAINED },
	{ "制作或获取", DL_TRIG_MADE_OR_OBTAINED },
	{ "颁布或者印发", DL_TRIG_ISSUED },
	{ "颁布或印发", DL_TRIG_ISSUED },
	{ "印发或者颁布", DL_TRIG_ISSUED },
	{ "印发或颁布", DL_TRIG_ISSUED },
	{ "颁布", DL_TRIG_ISSUED },
	{ "印发", DL_TRIG_ISSUED },
	{ "批复", DL_TRIG_APPROVED },
	{ "批覆", DL_TRIG_APPROVED },
	{ "批准", DL_TRIG_APPROVED },
};

static const struct kw qual_kw[] = {
	{ "实时", DL_REALTIME },
	{ "及时", DL_TIMELY },
	{ "随时", DL_TIMELY },
	{ "常态化", DL_STANDING },
	{ "常态", DL_STANDING },
	{ "长期", DL_STANDING },
	{ "永久", DL_STANDING },
	{ "常年", DL_STANDING },
};

static const char *const period_name[] = {
	"year", "quarter", "month", "week", "day", "semester"
};

static const struct kw period_kw[] = {
	{ "按年度", 0 }, { "按年", 0 }, { "每年度", 0 }, { "每年", 0 },
	{ "按季度", 1 }, { "按季", 1 }, { "每个季度", 1 }, { "每季度", 1 },
	{ "每季", 1 },
	{ "按月", 2 }, { "每个月", 2 }, { "每月", 2 },
	{ "按周", 3 }, { "每周", 3 },
	{ "按日", 4 }, { "按天", 4 }, { "每日", 4 }, { "每天", 4 },
	/* School catalogs publish by term. */
	{ "按学期", 5 }, { "每学期", 5 }, { "每个学期", 5 },
};

static const struct kw cn_digit[] = {
	{ "〇", 0 }, { "零", 0 }, { "一", 1 }, { "二", 2 }, { "两", 2 },
	{ "三", 3 }, { "四", 4 }, { "五", 5 }, { "六", 6 }, { "七", 7 },
	{ "八", 8 }, { "九", 9 }, { "十", 10 }, { "百", 100 },
};

/* Between a trigger and the amount: "之日起", "后", "信息之日起"… */
static const struct kw glue_kw[] = {
	{ "之日起", 0 }, { "之日", 0 }, { "日起", 0 }, { "以后", 0 },
	{ "之后", 0 }, { "当日", 0 }, { "信息", 0 }, { "起", 0 },
	{ "后", 0 }, { "的", 0 }, { "自", 0 }, { "即", 0 },
};

static const struct kw within_kw[] = {
	{ "以内", 0 }, { "之内", 0 }, { "内", 0 },
};

static const struct kw ending_kw[] = {
	{ "予以公开", 0 }, { "及时公开", 0 }, { "主动公开", 0 },
	{ "进行公开", 0 }, { "完成公开", 0 }, { "公开", 0 }, { "公布", 0 },
	{ "公示", 0 }, { "发布", 0 }, { "更新", 0 },
};

static const struct kw once_kw[] = {
	{ "一次", 0 },
};

static const struct kw disp_head[] = {
	{ "公示", 0 }, { "公告", 0 },
};

static const struct kw disp_mid[] = {
	{ "期限", 0 }, { "时间", 0 }, { "时限", 0 }, { "期", 0 },
};

static const struct kw disp_pre[] = {
	{ "不得少于", 0 }, { "不少于", 0 }, { "不低于", 0 }, { "至少", 0 },
	{ "为", 0 }, { ":", 0 },
};

/* Words that say nothing when they stand before the trigger. */
static const struct kw prefix_fill[] = {
	{ "公开事项", 0 }, { "政府信息", 0 }, { "信息", 0 }, { "事项", 0 },
	{ "该", 0 }, { "自", 0 }, { "于", 0 }, { "在", 0 },
};

/* Between an exception's scope and its trigger: "应自", "须"… */
static const struct kw scope_fill[] = {
	{ "应当自", 0 }, { "应自", 0 }, { "应于", 0 }, { "应在", 0 },
	{ "应当", 0 }, { "应", 0 }, { "须", 0 }, { "需", 0 }, { "自", 0 },
	{ "于", 0 }, { "在", 0 }, { "均", 0 },
};

/* Punctuation trimmed from notes; the wide set also strips brackets. */
static const char *const punct_narrow[] = { "。", "、" };
static const char *const punct_wide[] = {
	"。", "、", "…", "“", "”", "‘", "’", "【", "】", "《", "》",
	"〔", "〕", "「", "」", "—", "·",
};

/*
 * Write the normalised form of in[0..len) to out, which must hold len
 * bytes plus a NUL (no fold lengthens a character); traditional
 * characters are folded when ntrad is not NULL, and *ntrad says how
 * many.  Return the length written.
 */
static size_t
normalise(const char *in, size_t len, char *out, size_t *ntrad)
{
	return text_fold(out, in, len, TEXT_FOLD_SPACE | TEXT_FOLD_WIDTH |
	    (ntrad != NULL ? TEXT_FOLD_T2S : 0), ntrad);
}

/* Match the first keyword of t at s[i]; return its length (0: none). */
static size_t
kw_at(const char *s, size_t e, size_t i, const struct kw *t, size_t nt,
    int *v)
{
	size_t	 j, n;

	for (j = 0; j < nt; j++)
		if ((n = text_lit_at(s, e, i, t[j].s)) != 0) {
			if (v != NULL)
				*v = t[j].v;
			return n;
		}
	return 0;
}

/* Does s[b..i) end with w? */
static int
ends_with(const char *s, size_t b, size_t i, const char *w)
{
	size_t	 n = strlen(w);

	return i - b >= n && memcmp(s + i - n, w, n) == 0;
}

/* Drop filler words from the end of s[b..e); return the new end. */
static size_t
strip_tail(const char *s, size_t b, size_t e, const struct kw *t,
    size_t nt)
{
	size_t	 j;
	int	 more = 1;

	while (more) {
		more = 0;
		for (j = 0; j < nt; j++)
			if (ends_with(s, b, e, t[j].s)) {
				e -= strlen(t[j].s);
				more = 1;
				break;
			}
	}
	return e;
}

/* Length of a punctuation character at s[i], 0 if none. */
static size_t
punct_at(const char *s, size_t e, size_t i, int wide)
{
	const char *const	*t = wide ? punct_wide : punct_narrow;
	size_t			 nt, j, n;

	nt = wide ? NELEM(punct_wide) : NELEM(punct_narrow);
	if (i >= e)
		return 0;
	if (s[i] != '\0' && (strchr(",;:.!?", s[i]) != NULL ||
	    (wide && strchr("\"'()[]<>{}-_/\\|*#~`", s[i]) != NULL)))
		return 1;
	for (j = 0; j < nt; j++)
		if ((n = text_lit_at(s, e, i, t[j])) != 0)
			return n;
	return 0;
}

/* Length of a punctuation character ending at s[e], 0 if none. */
static size_t
punct_before(const char *s, size_t b, size_t e, int wide)
{
	size_t	 n;

	if (e > b && (n = punct_at(s, e, e - 1, wide)) == 1)
		return 1;
	if (e - b >= 3 && (n = punct_at(s, e, e - 3, wide)) == 3)
		return 3;
	return 0;
}

static void
trim(const char *s, size_t *b, size_t *e, int wide)
{
	size_t	 n;

	while (*b < *e && (n = punct_at(s, *e, *b, wide)) != 0)
		*b += n;
	while (*e > *b && (n = punct_before(s, *b, *e, wide)) != 0)
		*e -= n;
}

/*
 * Read the numeral (ASCII digits, or Chinese numerals such as 二十)
 * starting at s[i].  Return its end, i if there is none.  *val is the
 * value, or -1 when it exceeds AMOUNT_MAX.
 */
static size_t
numeral(const char *s, size_t e, size_t i, int *val)
{
	long	 sec = 0, cur = 0;
	size_t	 j = i, k;
	int	 d, big = 0;

	if (j < e && s[j] >= '0' && s[j] <= '9') {
		for (; j < e && s[j] >= '0' && s[j] <= '9'; j++)
			if (!big && (cur = cur * 10 + (s[j] - '0')) >
			    AMOUNT_MAX)
				big = 1;
		*val = big ? -1 : (int)cur;
		return j;
	}
	/* 二十五 = 2*10 + 5: a unit multiplies what stands before it. */
	for (; (k = kw_at(s, e, j, cn_digit, NELEM(cn_digit), &d)) != 0;
	    j += k) {
		if (big)
			continue;
		if (d < 10)
			cur = cur * 10 + d;
		else {
			sec += (cur == 0 ? 1 : cur) * d;
			cur = 0;
		}
		if (sec + cur > AMOUNT_MAX)
			big = 1;
	}
	*val = big ? -1 : (int)(sec + cur);
	return j;
}

/*
 * Match "N个工作日", "N工作日", "N日", "N天" or "N个月" at s[i].
 * Return the end of the unit, or 0.  *run is set to the end of the
 * numeral so that the caller can skip all of it: rescanning a long
 * digit run from each of its bytes would be quadratic.
 */
static size_t
amount_at(const char *s, size_t e, size_t i, int *amount,
    enum dl_unit *unit, size_t *run)
{
	size_t	 j, k, n;
	int	 v, ge;

	*run = j = numeral(s, e, i, &v);
	if (j == i || v <= 0)
		return 0;
	/* "3月31日" is a date, not a span of 31 days. */
	if (ends_with(s, 0, i, "年") || ends_with(s, 0, i, "月"))
		return 0;
	k = j + (n = text_lit_at(s, e, j, "个"));
	ge = n != 0;
	if ((n = text_lit_at(s, e, k, "工作")) != 0) {
		/* A cell wrapped as "工作/日" or "工作-日". */
		for (k += n; k < e && (s[k] == '/' || s[k] == '|' ||
		    s[k] == '-'); k++)
			continue;
		if ((n = text_lit_at(s, e, k, "日")) == 0)
			return 0;
		*unit = DL_UNIT_WORKING_DAY;
	} else if ((n = text_lit_at(s, e, k, "日")) != 0 ||
	    (n = text_lit_at(s, e, k, "天")) != 0)
		*unit = DL_UNIT_DAY;
	else if (ge && (n = text_lit_at(s, e, k, "月")) != 0)
		*unit = DL_UNIT_MONTH;
	else
		return 0;
	*amount = v;
	return k + n;
}

/* "作出…决定" with at most a dozen characters between; return length. */
static size_t
decision_at(const char *s, size_t e, size_t i)
{
	size_t	 j, lim;

	if (text_lit_at(s, e, i, "作出") == 0 &&
	    text_lit_at(s, e, i, "做出") == 0)
		return 0;
	lim = i + 6 + 36;
	for (j = i + 6; j < e && j <= lim; j++)
		if (text_lit_at(s, e, j, "决定") != 0)
			return j + 6 - i;
	return 0;
}

/* Find the first thing in s[i..e) that want asks for. */
static void
scan(const struct ctx *c, size_t i, size_t e, int want, struct hit *h)
{
	const char	*s = c->s;
	size_t		 k, run;

	h->kind = HIT_NONE;
	for (; i < e; i++) {
		h->b = i;
		if (want & W_AMOUNT) {
			k = amount_at(s, e, i, &h->amount, &h->unit, &run);
			if (k != 0) {
				h->kind = HIT_AMOUNT;
				h->e = k;
				return;
			}
			if (run > i) {
				i = run - 1;
				continue;
			}
		}
		if (want & W_TRIG) {
			k = kw_at(s, e, i, trig_kw, NELEM(trig_kw), &h->v);
			if (k == 0 && (k = decision_at(s, e, i)) != 0)
				h->v = DL_TRIG_DECISION_MADE;
			if (k != 0) {
				h->kind = HIT_TRIG;
				h->e = i + k;
				return;
			}
		}
		if ((want & W_PERIOD) &&
		    (k = kw_at(s, e, i, period_kw, NELEM(period_kw), &h->v))) {
			h->kind = HIT_PERIOD;
			h->e = i + k;
			return;
		}
		if ((want & W_QUAL) &&
		    (k = kw_at(s, e, i, qual_kw, NELEM(qual_kw), &h->v))) {
			h->kind = HIT_QUAL;
			h->e = i + k;
			return;
		}
	}
}

/* Append s[b..e), trimmed, to the note. */
static void
note_add(struct ctx *c, size_t b, size_t e)
{
	trim(c->s, &b, &e, 0);
	if (b >= e)
		return;
	if (c->note.len > 0)
		buf_addch(&c->note, ';');
	buf_add(&c->note, c->s + b, e - b);
}

/* Text before the trigger or amount, less words like "信息", "自". */
static void
prefix_note(struct ctx *c, size_t b, size_t e)
{
	e = strip_tail(c->s, b, e, prefix_fill, NELEM(prefix_fill));
	note_add(c, b, e);
}

/* Text between trigger and amount, less "之日起" and the like. */
static void
gap_note(struct ctx *c, size_t b, size_t e)
{
	size_t	 k;

	while ((k = kw_at(c->s, e, b, glue_kw, NELEM(glue_kw), NULL)) != 0)
		b += k;
	note_add(c, b, e);
}

/* "公示7个工作日", "公告期限为5天": the minimum posting period. */
static size_t
display_at(const struct ctx *c, size_t i, size_t e, struct deadline *dl)
{
	size_t		 k, run;
	int		 amount;
	enum dl_unit	 unit;

	if ((k = kw_at(c->s, e, i, disp_head, NELEM(disp_head), NULL)) == 0)
		return 0;
	i += k;
	i += kw_at(c->s, e, i, disp_mid, NELEM(disp_mid), NULL);
	i += kw_at(c->s, e, i, disp_pre, NELEM(disp_pre), NULL);
	if ((k = amount_at(c->s, e, i, &amount, &unit, &run)) == 0)
		return 0;
	dl->display_days = amount;
	dl->display_unit = unit;
	return k;
}

/*
 * What follows the amount or qualitative word: 内, a verb such as
 * 予以公开, then at most one posting period; the rest is a note.
 */
static void
tail(struct ctx *c, size_t i, size_t e, struct deadline *dl)
{
	size_t	 k;

	i += kw_at(c->s, e, i, within_kw, NELEM(within_kw), NULL);
	if ((k = display_at(c, i, e, dl)) != 0)
		i = k;
	else
		i += kw_at(c->s, e, i, ending_kw, NELEM(ending_kw), NULL);
	if (dl->display_days == 0) {
		for (k = i; k < e && punct_at(c->s, e, k, 0) != 0; )
			k += punct_at(c->s, e, k, 0);
		if ((k = display_at(c, k, e, dl)) != 0)
			i = k;
	}
	note_add(c, i, e);
}

static void
parse_main(struct ctx *c, size_t b, size_t e, struct deadline *dl)
{
	struct hit	 h, g;
	size_t		 i, pb, pe;

	scan(c, b, e, W_TRIG | W_AMOUNT | W_QUAL | W_PERIOD, &h);
	if (h.kind == HIT_TRIG) {
		scan(c, h.e, e, W_AMOUNT | W_QUAL | W_PERIOD, &g);
		if (g.kind == HIT_NONE) {
			dl->kind = DL_TEXT;
			return;
		}
		if (g.kind != HIT_PERIOD) {
			dl->trigger = h.v;
			prefix_note(c, b, h.b);
			gap_note(c, h.e, g.b);
		}
		h = g;
	} else if (h.kind == HIT_AMOUNT || h.kind == HIT_QUAL)
		prefix_note(c, b, h.b);

	switch (h.kind) {
	case HIT_NONE:
	case HIT_TRIG:
		dl->kind = DL_TEXT;
		break;
	case HIT_AMOUNT:
		dl->kind = DL_RELATIVE;
		dl->amount = h.amount;
		dl->unit = h.unit;
		tail(c, h.e, e, dl);
		break;
	case HIT_QUAL:
		dl->kind = (enum dl_kind)h.v;
		tail(c, h.e, e, dl);
		break;
	case HIT_PERIOD:
		/*
		 * "按年公开" says all there is; "每季度的首个月20日" also
		 * names the day, which is kept whole in the note.
		 */
		dl->kind = DL_PERIODIC;
		dl->period = period_name[h.v];
		i = h.e + kw_at(c->s, e, h.e, ending_kw, NELEM(ending_kw),
		    NULL);
		i += kw_at(c->s, e, i, once_kw, NELEM(once_kw), NULL);
		pb = b;
		pe = strip_tail(c->s, b, h.b, prefix_fill, NELEM(prefix_fill));
		trim(c->s, &pb, &pe, 0);
		trim(c->s, &i, &e, 0);
		if (pb < pe || i < e)
			note_add(c, b, e);
		break;
	}
}

/* One clause after 其中: scope, trigger, amount, unit. */
static void
parse_exc_clause(struct ctx *c, size_t b, size_t e, struct deadline *dl)
{
	struct dl_exception	 x;
	struct hit		 h, g;
	size_t			 se, i;

	scan(c, b, e, W_TRIG | W_AMOUNT, &h);
	if (h.kind == HIT_NONE || dl->nexc == DL_MAXEXC) {
		note_add(c, b, e);
		return;
	}
	x.trigger = DL_TRIG_NONE;
	se = h.b;
	if (h.kind == HIT_TRIG) {
		scan(c, h.e, e, W_AMOUNT, &g);
		if (g.kind == HIT_NONE) {
			note_add(c, b, e);
			return;
		}
		x.trigger = h.v;
		gap_note(c, h.e, g.b);
		h = g;
	}
	x.amount = h.amount;
	x.unit = h.unit;
	se = strip_tail(c->s, b, se, scope_fill, NELEM(scope_fill));
	trim(c->s, &b, &se, 0);
	x.scope = b < se ? arena_strndup(c->a, c->s + b, se - b) : NULL;
	dl->exc[dl->nexc++] = x;
	i = h.e + kw_at(c->s, e, h.e, within_kw, NELEM(within_kw), NULL);
	i += kw_at(c->s, e, i, ending_kw, NELEM(ending_kw), NULL);
	note_add(c, i, e);
}

/* The text after 其中, clauses separated by ';' or '。'. */
static void
parse_exc(struct ctx *c, size_t b, size_t e, struct deadline *dl)
{
	size_t	 ce;

	while (b < e) {
		while (b < e && punct_at(c->s, e, b, 0) != 0)
			b += punct_at(c->s, e, b, 0);
		for (ce = b; ce < e && c->s[ce] != ';' &&
		    text_lit_at(c->s, e, ce, "。") == 0; ce++)
			continue;
		if (ce > b)
			parse_exc_clause(c, b, ce, dl);
		b = ce;
	}
}

/* Read normalised text n[0..m) into *dl; 0 if all of it was understood. */
static int
parse_text(struct arena *a, const char *n, size_t m, struct deadline *dl)
{
	static const struct deadline zero;
	struct ctx	 c;
	const char	*raw = dl->raw;
	size_t		 b, e, xb, xe, i;
	int		 rest = 0;

	c.a = a;
	c.s = n;
	buf_init(&c.note, 0);

	b = 0;
	e = m;
	trim(n, &b, &e, 1);
	if (m == 0)
		dl->kind = DL_NONE;
	else if (e - b == 6 && memcmp(n + b, "同上", 6) == 0)
		dl->kind = DL_DITTO;
	else {
		/* ";其中…" splits off the exceptions. */
		xb = xe = m;
		for (i = 3; i < m; i++)
			if (text_lit_at(n, m, i, "其中") != 0 &&
			    (n[i - 1] == ';' || n[i - 1] == ',' ||
			    ends_with(n, 0, i, "。"))) {
				xe = n[i - 1] == ';' || n[i - 1] == ',' ?
				    i - 1 : i - 3;
				xb = i + 6;
				break;
			}
		parse_main(&c, 0, xe, dl);
		if (dl->kind != DL_TEXT)
			parse_exc(&c, xb, m, dl);
		if (dl->kind == DL_TEXT) {
			*dl = zero;
			dl->kind = DL_TEXT;
			dl->raw = raw;
			rest = 1;
		} else if (c.note.len > 0) {
			dl->note = arena_strndup(a, c.note.ptr, c.note.len);
			rest = 1;
		}
	}
	buf_release(&c.note);
	return rest;
}

void
deadline_parse(struct arena *a, const char *raw, struct deadline *dl)
{
	static const struct deadline zero;
	char		 stack[512], *n;
	size_t		 len, m, ntrad;

	if (raw == NULL)
		raw = "";
	*dl = zero;
	len = strlen(raw);
	dl->raw = arena_strndup(a, raw, len);
	n = len < sizeof(stack) ? stack : xmalloc(len + 1);
	m = normalise(raw, len, n, NULL);
	if (parse_text(a, n, m, dl) != 0) {
		/* Not all understood: traditional characters, perhaps. */
		m = normalise(raw, len, n, &ntrad);
		if (ntrad > 0) {
			raw = dl->raw;
			*dl = zero;
			dl->raw = raw;
			(void)parse_text(a, n, m, dl);
		}
	}
	if (n != stack)
		free(n);
}

const char *
dl_kind_name(enum dl_kind k)
{
	switch (k) {
	case DL_RELATIVE:
		return "relative";
	case DL_REALTIME:
		return "realtime";
	case DL_TIMELY:
		return "timely";
	case DL_PERIODIC:
		return "periodic";
	case DL_STANDING:
		return "standing";
	case DL_DITTO:
		return "ditto";
	case DL_TEXT:
		return "text";
	case DL_NONE:
		break;
	}
	return "none";
}

const char *
dl_trigger_name(enum dl_trigger t)
{
	switch (t) {
	case DL_TRIG_FORMED_OR_CHANGED:
		return "formed_or_changed";
	case DL_TRIG_FORMED:
		return "formed";
	case DL_TRIG_MADE_OR_OBTAINED:
		return "made_or_obtained";
	case DL_TRIG_ISSUED:
		return "issued";
	case DL_TRIG_DECISION_MADE:
		return "decision_made";
	case DL_TRIG_APPROVED:
		return "approved";
	case DL_TRIG_NONE:
		break;
	}
	return NULL;
}

const char *
dl_unit_name(enum dl_unit u)
{
	switch (u) {
	case DL_UNIT_WORKING_DAY:
		return "working_day";
	case DL_UNIT_DAY:
		return "day";
	case DL_UNIT_MONTH:
		return "month";
	case DL_UNIT_NONE:
		break;
	}
	return NULL;
}

static int
str_same(const char *x, const char *y)
{
	if (x == NULL || y == NULL)
		return x == y;
	return strcmp(x, y) == 0;
}

/* Scopes are kept as written: 行政許可 is 行政许可. */
static int
scope_same(const char *x, const char *y)
{
	if (x == NULL || y == NULL)
		return x == y;
	return strcmp(x, y) == 0 || text_equal(x, y);
}

static int
text_equal(const char *x, const char *y)
{
	char	*nx, *ny;
	size_t	 lx, ly, m, n, t;
	int	 eq;

	if (x == NULL)
		x = "";
	if (y == NULL)
		y = "";
	lx = strlen(x);
	ly = strlen(y);
	nx = xmalloc(lx + 1);
	ny = xmalloc(ly + 1);
	m = normalise(x, lx, nx, NULL);
	n = normalise(y, ly, ny, NULL);
	eq = m == n && memcmp(nx, ny, m) == 0;
	if (!eq) {
		/* The same text, in traditional characters? */
		m = normalise(x, lx, nx, &t);
		n = normalise(y, ly, ny, &t);
		eq = m == n && memcmp(nx, ny, m) == 0;
	}
	free(nx);
	free(ny);
	return eq;
}

int
deadline_equal(const struct deadline *x, const struct deadline *y)
{
	size_t	 i;

	if (x->kind != y->kind)
		return 0;
	if (x->kind == DL_TEXT)
		return text_equal(x->raw, y->raw);
	if (x->trigger != y->trigger || x->amount != y->amount ||
	    x->unit != y->unit || x->display_days != y->display_days ||
	    x->display_unit != y->display_unit || x->nexc != y->nexc ||
	    !str_same(x->period, y->period))
		return 0;
	for (i = 0; i < x->nexc; i++)
		if (!scope_same(x->exc[i].scope, y->exc[i].scope) ||
		    x->exc[i].trigger != y->exc[i].trigger ||
		    x->exc[i].amount != y->exc[i].amount ||
		    x->exc[i].unit != y->exc[i].unit)
			return 0;
	return 1;
}
