/*
 * Checks on 公开依据 citations (domain.md section 6): 《》 balance, the
 * shape of 文号 such as 国办发〔2019〕54号, a dangling 号, and filler
 * that cites nothing.  Each check is one forward pass; the few
 * backward looks are either bounded or cover bytes no other look
 * covers, so the whole is linear in the input.
 */
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "cite.h"
#include "text.h"
#include "xmalloc.h"

/* Brackets of one family may pair with each other: ( with （. */
enum family {
	FAM_TORTOISE,
	FAM_SQUARE,
	FAM_LENTICULAR,
	FAM_PAREN
};

/* The brackets a 文号 year may sit in. */
struct pair {
	const char	*open;
	const char	*close;
	enum family	 family;
};

struct ck {
	struct arena		*a;
	const char		*s;
	size_t			 len;
	struct cite_finding	*out;
	size_t			 max;
	size_t			 n;	/* findings so far, written or not */
};

/* Where a 文号 was found, for building its repair. */
struct docno {
	size_t	 ab, ae;	/* the 机关代字 */
	int	 open, close;	/* index into pairs, -1 if missing */
	size_t	 yb;		/* the four-digit year */
	size_t	 db, de;	/* "第", if any */
	size_t	 nb, ne;	/* the number */
};

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

/* Beyond this a run of Han characters is a title, not a 机关代字. */
#define AGENCY_MAX	12

static int	 ends_with(const char *, size_t, const char *);
static size_t	 find(const char *, size_t, size_t, const char *);
static size_t	 space_at(const char *, size_t, size_t);
static size_t	 space_before(const char *, size_t);
static int	 open_at(const char *, size_t, size_t, size_t *);
static int	 close_at(const char *, size_t, size_t, size_t *);
static int	 han_before(const char *, size_t);
static size_t	 digits(const char *, size_t, size_t);
static int	 want(const struct ck *);
static void	 emit(struct ck *, enum cite_kind, size_t, size_t,
	    const char *, enum cite_how, const char *, const char *);
static size_t	 title_start(const char *, size_t);
static size_t	 title_end(const char *, size_t, size_t, int *);
static void	 check_titles(struct ck *);
static char	*docno_fix(struct ck *, const struct docno *);
static size_t	 docno_open(struct ck *, size_t, int, size_t);
static size_t	 docno_noopen(struct ck *, size_t, int, size_t);
static void	 check_docno(struct ck *);
static void	 check_hao(struct ck *);
static void	 check_vague(struct ck *);
static int	 finding_cmp(const void *, const void *);
static size_t	 split_item(struct arena *, const char *, size_t, size_t,
		    const char **, size_t, size_t);

static const struct pair pairs[] = {
	{ "〔", "〕", FAM_TORTOISE },
	{ "[", "]", FAM_SQUARE },
	{ "［", "］", FAM_SQUARE },
	{ "【", "】", FAM_LENTICULAR },
	{ "〖", "〗", FAM_LENTICULAR },
	{ "(", ")", FAM_PAREN },
	{ "（", "）", FAM_PAREN },
};

/* Bases that name no document; compared with whitespace removed. */
static const char *const vague[] = {
	"信息公开规定",
	"相关政策规定",
	"相关政策文件",
	"各地配套政策法规文件",
	"《信息公开条例》及相关规定",
	"《政府信息公开条例》及相关规定",
	"《条例》及相关规定",
	"相关规定",
	"有关规定",
	"相关法律法规",
	"有关法律法规",
	"相关法律法规规定",
	"相关政策法规",
	"相关政策法规文件",
	"相关政策",
	"相关文件",
	"政策法规",
	"法律法规",
	"国家相关规定",
	"国家有关规定",
	"上级文件",
};

/* Where a title missing its 《 can start: just after one of these. */
static const char *const title_lead[] = {
	"》", ";", "；", ",", "，", "。", "●", "\n", "\r", ")", "）", "】",
	"〕", ":", "：", "“", "\"", ".",
};

/* Words before a title that are not part of it. */
static const char *const title_verb[] = {
	"依据", "根据", "按照", "参照",
};

/* Where a title missing its 》 can end: just before one of these. */
static const char *const title_stop[] = {
	"《", ";", "；", ",", "，", "。", "●", "\n", "\r", "、《",
};

/* Does s[0..i) end with w? */
static int
ends_with(const char *s, size_t i, const char *w)
{
	size_t	 n = strlen(w);

	return i >= n && memcmp(s + i - n, w, n) == 0;
}

/* The first w in s[i..e), or e. */
static size_t
find(const char *s, size_t e, size_t i, const char *w)
{
	const char	*p;

	while (i < e && (p = memchr(s + i, w[0], e - i)) != NULL) {
		i = (size_t)(p - s);
		if (text_lit_at(s, e, i, w) != 0)
			return i;
		i++;
	}
	return e;
}

/* Length of a space (text_is_space()) at s[i], or 0. */
static size_t
space_at(const char *s, size_t e, size_t i)
{
	size_t		 n;
	unsigned	 c;

	if (i < e && (n = utf8_decode((const unsigned char *)s + i, e - i,
	    &c)) != 0 && text_is_space(c, TEXT_SPACE))
		return n;
	return 0;
}

/* Length of a space ending at s[i], or 0. */
static size_t
space_before(const char *s, size_t i)
{
	size_t	 n;

	for (n = 1; n <= 4 && n <= i; n++)
		if (((unsigned char)s[i - n] & 0xc0) != 0x80)
			return space_at(s, i, i - n) == n ? n : 0;
	return 0;
}

/* The pair whose opening bracket is at s[i], or -1; *n is its length. */
static int
open_at(const char *s, size_t e, size_t i, size_t *n)
{
	size_t	 j;

	for (j = 0; j < NELEM(pairs); j++)
		if ((*n = text_lit_at(s, e, i, pairs[j].open)) != 0)
			return (int)j;
	return -1;
}

static int
close_at(const char *s, size_t e, size_t i, size_t *n)
{
	size_t	 j;

	for (j = 0; j < NELEM(pairs); j++)
		if ((*n = text_lit_at(s, e, i, pairs[j].close)) != 0)
			return (int)j;
	return -1;
}

/* Is s[i-3..i) a CJK ideograph (U+4E00..U+9FFF)? */
static int
han_before(const char *s, size_t i)
{
	const unsigned char	*u;

	if (i < 3)
		return 0;
	u = (const unsigned char *)s + i - 3;
	return u[0] >= 0xE4 && u[0] <= 0xE9 && (u[1] & 0xC0) == 0x80 &&
	    (u[2] & 0xC0) == 0x80 && (u[0] != 0xE4 || u[1] >= 0xB8);
}

static size_t
digits(const char *s, size_t e, size_t i)
{
	while (i < e && s[i] >= '0' && s[i] <= '9')
		i++;
	return i;
}

/* Will the next finding be written?  Repairs are built only if so. */
static int
want(const struct ck *k)
{
	return k->n < k->max;
}

static void
emit(struct ck *k, enum cite_kind kind, size_t off, size_t len,
    const char *fix, enum cite_how how, const char *b1, const char *b2)
{
	struct cite_finding	*f;

	if (want(k)) {
		f = &k->out[k->n];
		f->kind = kind;
		f->off = off;
		f->len = len;
		f->bad = len > 0 ? arena_strndup(k->a, k->s + off, len) : NULL;
		f->fix = fix;
		f->how = how;
		f->b1 = b1;
		f->b2 = b2;
	}
	k->n++;
}

/* Where the title whose 》 is at s[c] begins, 《 being lost. */
static size_t
title_start(const char *s, size_t c)
{
	size_t	 t, j, n;

	for (t = c; t > 0; t--) {
		for (j = 0; j < NELEM(title_lead); j++)
			if (ends_with(s, t, title_lead[j]))
				break;
		if (j < NELEM(title_lead))
			break;
		/* "》、" and "1、" separate; 、 inside a title does not. */
		if (ends_with(s, t, "、") && t >= 4 && (ends_with(s, t - 3,
		    "》") || (s[t - 4] >= '0' && s[t - 4] <= '9')))
			break;
	}
	while ((n = space_at(s, c, t)) != 0)
		t += n;
	for (j = 0; j < NELEM(title_verb); j++)
		if ((n = text_lit_at(s, c, t, title_verb[j])) != 0) {
			t += n;
			break;
		}
	return t;
}

/*
 * Where the title opened at s[o] ends, 》 being lost.  A parenthesis
 * holding a 号 is a 令号 or 文号 after the title; one without, such as
 * (试行), belongs to it.  *sure is cleared when that cannot be told.
 */
static size_t
title_end(const char *s, size_t e, size_t o, int *sure)
{
	size_t	 j, n, m, lim;
	int	 p;

	*sure = 1;
	for (j = o + 3; j < e; ) {
		for (n = 0; n < NELEM(title_stop); n++)
			if (text_lit_at(s, e, j, title_stop[n]) != 0)
				break;
		if (n < NELEM(title_stop))
			break;
		p = open_at(s, e, j, &n);
		if (p >= 0 && pairs[p].family == FAM_PAREN) {
			lim = e - j > 512 ? j + 512 : e;
			m = find(s, lim, j, ")");
			if ((n = find(s, lim, j, "）")) < m)
				m = n;
			if (m == lim) {
				*sure = 0;
				break;
			}
			if (find(s, m, j, "号") < m)
				break;
			j = m + 1;
			continue;
		}
		j++;
	}
	while ((n = space_before(s, j)) != 0 && j - n > o)
		j -= n;
	return j;
}

/*
 * Unmatched 》 are found going forward at depth 0.  Unmatched 《 are
 * the last opening at each depth still open at the end, kept in lvl[]
 * for the depths that can be written.  A repair is offered only when
 * exactly one bracket is unmatched.
 */
static void
check_titles(struct ck *k)
{
	const char	*s = k->s;
	size_t		 i, depth = 0, uc = 0, cap = 0, *lvl = NULL, t = 0, n;
	int		 one, sure = 0;
	char		*fix;

	for (i = 0; i < k->len; i++) {
		if (text_lit_at(s, k->len, i, "《") != 0) {
			if (++depth <= k->max) {
				if (depth > cap) {
					cap = cap == 0 ? 16 : cap * 2;
					lvl = xreallocarray(lvl, cap,
					    sizeof(*lvl));
				}
				lvl[depth - 1] = i;
			}
			i += 2;
		} else if (text_lit_at(s, k->len, i, "》") != 0) {
			if (depth == 0)
				uc++;
			else
				depth--;
			i += 2;
		}
	}
	one = uc + depth == 1;

	for (i = 0, n = 0; uc > 0 && i < k->len; i++) {
		if (text_lit_at(s, k->len, i, "《") != 0)
			n++;
		else if (text_lit_at(s, k->len, i, "》") == 0)
			continue;
		else if (n > 0)
			n--;
		else if (!one || !want(k))
			emit(k, CITE_UNBALANCED, i, 3, NULL, CH_MISSING, "《",
			    NULL);
		else if (ends_with(s, i, "》"))
			emit(k, CITE_UNBALANCED, i, 3, "", CH_STRAY, "》", NULL);
		else if ((t = title_start(s, i)) == i)
			emit(k, CITE_UNBALANCED, i, 3, NULL, CH_MISSING, "《",
			    NULL);
		else {
			fix = arena_strfmt(k->a, "《%.*s",
			    (int)(i + 3 - t), s + t);
			emit(k, CITE_UNBALANCED, t, i + 3 - t, fix,
			    CH_MISSING, "《", NULL);
		}
		i += 2;
	}

	for (i = 0; i < depth; i++) {
		if (!want(k)) {
			k->n += depth - i;
			break;
		}
		if (one)
			t = title_end(s, k->len, lvl[i], &sure);
		if (!one || !sure || t == lvl[i] + 3)
			emit(k, CITE_UNBALANCED, lvl[i], 3, NULL,
			    CH_MISSING, "》", NULL);
		else {
			fix = arena_strfmt(k->a, "%.*s》",
			    (int)(t - lvl[i]), s + lvl[i]);
			emit(k, CITE_UNBALANCED, lvl[i], t - lvl[i], fix,
			    CH_MISSING, "》", NULL);
		}
	}
	free(lvl);
}

/* 机关代字 + 〔YYYY〕 + [第] + N + 号, with the brackets the 文号 opened. */
static char *
docno_fix(struct ck *k, const struct docno *d)
{
	const struct pair	*p;

	p = &pairs[d->open >= 0 ? d->open : d->close];
	return arena_strfmt(k->a, "%.*s%s%.4s%s%.*s%.*s号",
	    (int)(d->ae - d->ab), k->s + d->ab, p->open, k->s + d->yb,
	    p->close, (int)(d->de - d->db), k->s + d->db,
	    (int)(d->ne - d->nb), k->s + d->nb);
}

/*
 * A bracket opened at s[o]: is a year next?  Return the end of the 文号
 * (checked, and reported if malformed), or 0 if this is no 文号.
 */
static size_t
docno_open(struct ck *k, size_t o, int p, size_t ol)
{
	const char	*s = k->s;
	struct docno	 d;
	size_t		 j, n, run, he, cl, ql, rl, a;
	int		 q, r;
	char		*fix;

	d.open = p;
	d.close = -1;
	for (j = o + ol; (n = space_at(s, k->len, j)) != 0; j += n)
		continue;
	d.yb = j;
	run = digits(s, k->len, j);
	if (run - j < 4 || !((s[j] == '1' && s[j + 1] == '9') ||
	    (s[j] == '2' && s[j + 1] == '0')))
		return 0;
	d.db = d.de = j + 4;
	if (run > j + 4) {
		/* 〔201455号: 〕 lost and the number fused to the year. */
		d.nb = j + 4;
		d.ne = run;
	} else {
		for (j = run; (n = space_at(s, k->len, j)) != 0; j += n)
			continue;
		if ((d.close = close_at(s, k->len, j, &cl)) >= 0)
			for (j += cl; (n = space_at(s, k->len, j)) != 0; j += n)
				continue;
		d.db = j;
		d.de = d.nb = j + text_lit_at(s, k->len, j, "第");
		d.ne = digits(s, k->len, d.nb);
	}

	/* The 机关代字 is the run of Han characters before the bracket. */
	for (a = o, n = 0; n <= AGENCY_MAX && han_before(s, a); n++)
		a -= 3;
	d.ab = n > AGENCY_MAX ? o : a;
	d.ae = o;

	he = text_lit_at(s, k->len, d.ne, "号");
	if (d.ne == d.nb) {
		/* 国办发〔2014号: year or number, which is lost? */
		if (he == 0 || d.close >= 0 || d.ab == o)
			return 0;
		emit(k, CITE_DOCNO, d.ab, d.ne + he - d.ab, NULL,
		    CH_MALFORMED, NULL, NULL);
		return d.ne + he;
	}
	if (he == 0)
		return 0;
	he += d.ne;
	if (d.close >= 0 && pairs[d.close].family == pairs[p].family)
		return he;

	fix = want(k) ? docno_fix(k, &d) : NULL;
	if (d.close < 0) {
		emit(k, CITE_DOCNO, d.ab, he - d.ab, fix, CH_MISSING,
		    pairs[p].close, NULL);
		return he;
	}

	/*
	 * (民发〔2018)23号〕: the two closing brackets were swapped.  Swap
	 * them back, taking in the outer pair.
	 */
	q = close_at(s, k->len, he, &ql);
	for (r = 0; r < (int)NELEM(pairs); r++)
		if (ends_with(s, d.ab, pairs[r].open))
			break;
	if (q >= 0 && pairs[q].family == pairs[p].family &&
	    r < (int)NELEM(pairs) &&
	    pairs[r].family == pairs[d.close].family) {
		rl = strlen(pairs[r].open);
		if (fix != NULL)
			fix = arena_strfmt(k->a, "%s%s%s", pairs[r].open, fix,
			    pairs[r].close);
		emit(k, CITE_DOCNO, d.ab - rl, he + ql - (d.ab - rl), fix,
		    CH_MISMATCHED, pairs[p].open, pairs[d.close].close);
		return he + ql;
	}
	emit(k, CITE_DOCNO, d.ab, he - d.ab, fix, CH_MISMATCHED,
	    pairs[p].open, pairs[d.close].close);
	return he;
}

/* 国办发2019〕54号: a year and a closing bracket at s[c], no opening. */
static size_t
docno_noopen(struct ck *k, size_t c, int p, size_t cl)
{
	const char	*s = k->s;
	struct docno	 d;
	size_t		 j, n, a, he;

	if (c < 4 || digits(s, c, c - 4) != c ||
	    (c > 4 && s[c - 5] >= '0' && s[c - 5] <= '9') ||
	    !((s[c - 4] == '1' && s[c - 3] == '9') ||
	    (s[c - 4] == '2' && s[c - 3] == '0')) || !han_before(s, c - 4))
		return 0;
	for (j = c + cl; (n = space_at(s, k->len, j)) != 0; j += n)
		continue;
	d.open = -1;
	d.close = p;
	d.yb = c - 4;
	d.db = j;
	d.de = d.nb = j + text_lit_at(s, k->len, j, "第");
	d.ne = digits(s, k->len, d.nb);
	if (d.ne == d.nb || (he = text_lit_at(s, k->len, d.ne, "号")) == 0)
		return 0;
	he += d.ne;
	for (a = d.yb, n = 0; n < AGENCY_MAX && han_before(s, a); n++)
		a -= 3;
	d.ab = a;
	d.ae = d.yb;
	emit(k, CITE_DOCNO, d.ab, he - d.ab, want(k) ? docno_fix(k, &d) :
	    NULL, CH_MISSING, pairs[p].open, NULL);
	return he;
}

static void
check_docno(struct ck *k)
{
	size_t	 i, j, n;
	int	 p;

	for (i = 0; i < k->len; ) {
		if ((p = open_at(k->s, k->len, i, &n)) >= 0 &&
		    (j = docno_open(k, i, p, n)) != 0)
			i = j;
		else if ((p = close_at(k->s, k->len, i, &n)) >= 0 &&
		    (j = docno_noopen(k, i, p, n)) != 0)
			i = j;
		else
			i++;
	}
}

/*
 * A 号 whose previous 号 is separated from it only by closing brackets
 * and spaces, as in "(国令第711号) 号".  The finding spans the 令号 so
 * that the repair is the 令号 as it should have been written.
 */
static void
check_hao(struct ck *k)
{
	const char	*s = k->s;
	size_t		 p, w, q, b, o, n, lim;
	int		 c, r, nc;

	for (p = find(s, k->len, 0, "号"); p < k->len;
	    p = find(s, k->len, p + 3, "号")) {
		for (w = p; (n = space_before(s, w)) != 0; w -= n)
			continue;
		for (q = w, nc = 0; nc < 4; nc++) {
			for (c = 0; c < (int)NELEM(pairs); c++)
				if (ends_with(s, q, pairs[c].close))
					break;
			if (c == (int)NELEM(pairs))
				break;
			q -= strlen(pairs[c].close);
		}
		if (!ends_with(s, q, "号"))
			continue;
		b = q - 3;
		if (q < w && (c = close_at(s, w, q, &n)) >= 0) {
			/* Take in the 令号's opening bracket if it is near. */
			lim = b > 120 ? b - 120 : 0;
			for (o = b, r = 0; o > lim; o--) {
				for (r = 0; r < (int)NELEM(pairs); r++)
					if (pairs[r].family ==
					    pairs[c].family &&
					    ends_with(s, o, pairs[r].open))
						break;
				if (r < (int)NELEM(pairs))
					break;
			}
			if (o > lim)
				b = o - strlen(pairs[r].open);
		}
		emit(k, CITE_DANGLING_HAO, b, p + 3 - b, want(k) ?
		    arena_strndup(k->a, s + b, w - b) : NULL, CH_DANGLING,
		    NULL, NULL);
	}
}

static void
check_vague(struct ck *k)
{
	char	 buf[256];
	size_t	 i, j, n;

	for (i = j = 0; i < k->len; i += n) {
		if ((n = space_at(k->s, k->len, i)) != 0)
			continue;
		if (j == sizeof(buf) - 1)
			return;
		buf[j++] = k->s[i];
		n = 1;
	}
	for (;;) {
		if (j > 0 && strchr(".;,", buf[j - 1]) != NULL)
			j--;
		else if (j >= 3 && (memcmp(buf + j - 3, "。", 3) == 0 ||
		    memcmp(buf + j - 3, "；", 3) == 0 ||
		    memcmp(buf + j - 3, "，", 3) == 0))
			j -= 3;
		else
			break;
	}
	buf[j] = '\0';
	for (i = 0; i < NELEM(vague); i++)
		if (strcmp(buf, vague[i]) == 0) {
			emit(k, CITE_VAGUE, 0, k->len, NULL, CH_VAGUE, NULL,
			    NULL);
			return;
		}
}

static int
finding_cmp(const void *x, const void *y)
{
	const struct cite_finding	*a = x, *b = y;

	if (a->off != b->off)
		return a->off < b->off ? -1 : 1;
	return (int)a->kind - (int)b->kind;
}

size_t
cite_check(struct arena *a, const char *s, struct cite_finding *out,
    size_t max)
{
	struct ck	 k;

	k.a = a;
	k.s = s == NULL ? "" : s;
	k.len = strlen(k.s);
	k.out = out;
	k.max = out == NULL ? 0 : max;
	k.n = 0;
	check_titles(&k);
	check_docno(&k);
	check_hao(&k);
	check_vague(&k);
	if (k.n > 1 && k.max > 1)
		qsort(out, k.n < k.max ? k.n : k.max, sizeof(*out),
		    finding_cmp);
	return k.n;
}

/* Append s[b..e), less surrounding space and a final 。, to out. */
static size_t
split_item(struct arena *a, const char *s, size_t b, size_t e,
    const char **out, size_t max, size_t n)
{
	size_t	 k;

	while ((k = space_at(s, e, b)) != 0)
		b += k;
	for (;;) {
		if ((k = space_before(s, e)) != 0 && e - k >= b)
			e -= k;
		else if (e - b >= 3 && ends_with(s, e, "。"))
			e -= 3;
		else
			break;
	}
	if (b >= e)
		return n;
	if (n < max)
		out[n] = arena_strndup(a, s + b, e - b);
	return n + 1;
}

size_t
cite_split(struct arena *a, const char *s, const char **out, size_t max)
{
	size_t	 len, i, b, n = 0, k, w, j;
	int	 title = 0, paren = 0, quote = 0, top;

	if (s == NULL)
		return 0;
	len = strlen(s);
	for (i = b = 0; i < len; i += k) {
		top = title == 0 && paren == 0 && quote == 0;
		if (s[i] == '\n' || s[i] == '\r' ||
		    text_lit_at(s, len, i, "●") != 0) {
			/* A new line or bullet starts afresh, whatever came. */
			k = s[i] == '\n' || s[i] == '\r' ? 1 : 3;
			n = split_item(a, s, b, i, out, max, n);
			b = i + k;
			title = paren = quote = 0;
		} else if ((k = text_lit_at(s, len, i, "《")) != 0) {
			for (w = i; (j = space_before(s, w)) != 0; w -= j)
				continue;
			if (top && w > b && ends_with(s, w, "》")) {
				n = split_item(a, s, b, i, out, max, n);
				b = i;
			}
			title++;
		} else if ((k = text_lit_at(s, len, i, "》")) != 0)
			title -= title > 0;
		else if ((k = text_lit_at(s, len, i, "(")) != 0 ||
		    (k = text_lit_at(s, len, i, "（")) != 0)
			paren++;
		else if ((k = text_lit_at(s, len, i, ")")) != 0 ||
		    (k = text_lit_at(s, len, i, "）")) != 0)
			paren -= paren > 0;
		else if ((k = text_lit_at(s, len, i, "“")) != 0 ||
		    (k = text_lit_at(s, len, i, "「")) != 0)
			quote++;
		else if ((k = text_lit_at(s, len, i, "”")) != 0 ||
		    (k = text_lit_at(s, len, i, "」")) != 0)
			quote -= quote > 0;
		else if (!top)
			k = 1;
		else if ((k = text_lit_at(s, len, i, "、")) != 0 ||
		    (k = text_lit_at(s, len, i, ";")) != 0 ||
		    (k = text_lit_at(s, len, i, "；")) != 0 ||
		    (k = text_lit_at(s, len, i, ",")) != 0 ||
		    (k = text_lit_at(s, len, i, "，")) != 0) {
			/* ",第二十条" cites an article of what came before. */
			if ((s[i] == ',' ||
			    text_lit_at(s, len, i, "，") != 0) &&
			    text_lit_at(s, len, i + k, "第") != 0)
				continue;
			n = split_item(a, s, b, i, out, max, n);
			b = i + k;
		} else if (s[i] >= '0' && s[i] <= '9' &&
		    (i == 0 || s[i - 1] < '0' || s[i - 1] > '9')) {
			/* "1." numbering at the start of an item. */
			j = digits(s, len, i);
			k = j - i;
			for (w = i; (j = space_before(s, w)) != 0 && w - j >= b;
			    w -= j)
				continue;
			if (k > 3 || !(w == b || ends_with(s, w, "》") ||
			    ends_with(s, w, ")") || ends_with(s, w, "）") ||
			    ends_with(s, w, "。") || ends_with(s, w, "号")))
				continue;
			if ((j = text_lit_at(s, len, i + k, ".")) == 0 &&
			    (j = text_lit_at(s, len, i + k, "．")) == 0 &&
			    (j = text_lit_at(s, len, i + k, "、")) == 0)
				continue;
			if (i + k + j < len && s[i + k + j] >= '0' &&
			    s[i + k + j] <= '9')
				continue;
			n = split_item(a, s, b, i, out, max, n);
			k += j;
			b = i + k;
		} else
			k = 1;
	}
	return split_item(a, s, b, len, out, max, n);
}
