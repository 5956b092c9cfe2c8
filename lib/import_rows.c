/*
 * gkml-import's second and third passes (see import.c): the rows under
 * a header read into categories and items, and their ids.  A cell's
 * marks and ticks and the lists of values in it, 同上 resolved, lone
 * rows taken as category headings, titles or footnotes, the repairs of
 * text copied from a document (broken words, punctuation, spam); then
 * ids from outline numbers when every sibling has a distinct one, else
 * from row order.
 */
#include <stdlib.h>
#include <string.h>

#include "cite.h"
#include "import.h"
#include "import_int.h"
#include "msg.h"
#include "schema.h"
#include "text.h"
#include "xmalloc.h"

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
	const char		*f = fold_tmp(im, text);
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

void
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

void
fcell_free(struct fcell *fc)
{
	free(fc->f);
	free(fc->orig);
	free(fc->brk);
}

/* The original text of folded bytes [b, e), trimmed, in the arena. */
const char *
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

struct draft *
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
	f = fold_tmp(im, tx[c]);
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
	const char	*f = fold_tmp(im, s);

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
/*
 * The citation s with the 文号 in it made right (国发201447号 is
 * 国发〔2014〕47号), each repair said at row r, column c: in 公开依据 or
 * wherever a citation stands.
 */
const char *
cite_repair(struct imp *im, unsigned r, unsigned c, const char *s)
{
	struct cite_finding	 f[8];
	struct buf		 b = BUF_INIT;
	const char		*out;
	size_t			 nf, j;
	int			 k;

	nf = cite_check(&im->a, s, f, NELEM(f));
	if (nf > NELEM(f))
		nf = NELEM(f);
	buf_adds(&b, s);
	/* Back to front, so offsets stay good. */
	for (k = (int)nf - 1; k >= 0; k--) {
		j = (size_t)k;
		if ((f[j].kind != CITE_DOCNO &&
		    f[j].kind != CITE_DANGLING_HAO) ||
		    f[j].fix == NULL || f[j].bad == NULL ||
		    f[j].off + f[j].len > b.len)
			continue;
		/* A fix spanning the whole citation replaces it. */
		if (f[j].len == strlen(s) && f[j].off == 0) {
			buf_reset(&b);
			buf_adds(&b, f[j].fix);
		} else {
			char *tail = xstrdup(b.ptr + f[j].off + f[j].len);
			buf_setlen(&b, f[j].off);
			buf_adds(&b, f[j].fix);
			buf_adds(&b, tail);
			free(tail);
		}
		say(im, NULL, r, (int)c, R_IMP_REPAIR, "'%s' repaired "
		    "to '%s'", f[j].bad, f[j].fix);
	}
	out = arena_strdup(&im->a, b.ptr);
	buf_release(&b);
	return out;
}

static void
read_basis(struct imp *im, struct item *it, unsigned r, unsigned c,
    const char *s)
{
	const char		*v[MAX_CITES];
	size_t			 n, i;

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
	for (i = 0; i < n; i++)
		strs_add(im, &it->basis, cite_repair(im, r, c, v[i]));
}

static int
is_ditto(struct imp *im, const char *s)
{
	const char	*f;

	if (*s == '\0' || strlen(s) > 16)
		return 0;
	f = fold_tmp(im, s);
	return in_words(&im->s->imp->ditto, f, 0);
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

/* The area a heading or title names, when it names one. */
const struct vterm *
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
const char *
heading_title(struct imp *im, const char *s)
{
	const char	*rest;
	int		 num[3];

	return import_outline(s, num, &rest) > 0 && *rest != '\0' ? rest : s;
}

static void	 read_fields(struct imp *, struct item *, unsigned,
		    const char **, const unsigned char *);

/*
 * More of item it, from row r: the cells of tx that are not empty add
 * to its fields as its own row's do (a paragraph more of 公开内容, a
 * citation more of 公开依据).
 */
static void
item_more(struct imp *im, struct item *it, unsigned r, const char **tx)
{
	read_fields(im, it, r, tx, arena_calloc(&im->a, im->t->ncols, 1));
}

/*
 * The same in a CSV file, which has lost the merges: a row of more than
 * one cell (or of a channel alone) with no 序号 where the items have
 * one, and no name in any of the name columns, is paragraphs of the
 * item above.
 */
static int
text_export(struct imp *im, unsigned r, const char **tx)
{
	const struct table	*t = im->t;
	unsigned		 c, n = 0;
	int			 seq, chan = 0;

	if ((seq = first_col(im, COL_SEQ)) < 0 || *tx[seq] != '\0')
		return 0;
	for (c = 0; c < t->ncols; c++) {
		if (*tx[c] == '\0')
			continue;
		chan |= im->cols[c].role == COL_CHANNEL;
		if (im->cols[c].role == COL_ITEM || im->cols[c].role ==
		    COL_L1 || im->cols[c].role == COL_L2 ||
		    im->cols[c].role == COL_L3 || im->cols[c].role == COL_ID)
			return 0;
		n++;
	}
	/* Alone, only a channel: a 公开内容 or a citation alone is
	 * lone_row()'s. */
	return n >= 2 || (n == 1 && chan);
}

/*
 * Does row r go on with the item above?  A spreadsheet program makes a
 * row of each paragraph of a cell of a web page, and merges the other
 * cells of the row down over them: the item's name cell (and its 序号)
 * then reaches row r from the item's own row.  Its other cells, where
 * they are the row's own, add to the item.  Returns 1 when it does.
 */
static int
continued(struct imp *im, unsigned r, const char **tx)
{
	const struct table	*t = im->t;
	const struct cell	*x;
	struct item		*it;
	unsigned		 c;
	int			 nc, seq;

	if (im->exact || im->curk == NULL || (it = im->curk->last) == NULL ||
	    (nc = it->fcol[CF_NAME]) < 0)
		return 0;
	x = TABLE_CELL(t, r, (unsigned)nc);
	if (!x->merged && text_export(im, r, tx)) {
		item_more(im, it, r, tx);
		return 1;
	}
	if (!x->merged || x->orow != it->row || x->orow == r)
		return 0;
	if ((seq = first_col(im, COL_SEQ)) >= 0 && *tx[seq] != '\0' &&
	    !from_above(t, r, (unsigned)seq))
		return 0;
	for (c = 0; c < t->ncols; c++)
		if (from_above(t, r, c))
			tx[c] = "";
	item_more(im, it, r, tx);
	return 1;
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
	const struct words	*fn = &im->s->imp->footnote;
	struct draft		*k;
	const char		**tx;
	const char		*f = fold(im, s);
	enum role		 role = im->cols[c].role;
	unsigned		 span = 0, cc;
	size_t			 i;
	int			 mt;

	if (im->curk == NULL)
		new_catalog(im, NULL);
	k = im->curk;
	for (cc = 0; cc < t->ncols; cc++)
		span += TABLE_CELL(t, r, cc)->orow == x->orow &&
		    TABLE_CELL(t, r, cc)->ocol == x->ocol;
	for (i = 0; i < fn->n; i++)
		if (starts(f, fn->v[i]) && (starts(f + strlen(fn->v[i]),
		    ":") || f[strlen(fn->v[i])] == '\0' ||
		    has(f, "表示")))
			break;
	if ((mt = meta_text(im, s)) == 1) {
		say(im, NULL, r, span >= 2 ? -1 : (int)c, R_IMP_TABLE,
		    "read as the catalog's metadata");
		return 1;
	}
	if (mt == 2 || in_words(&im->s->imp->chrome, f, 1)) {
		im->footer = 1;
		say(im, NULL, r, span >= 2 ? -1 : (int)c, R_IMP_TABLE,
		    "the website's header or footer, not the catalog's; "
		    "skipped");
		return 1;
	}
	if (i < fn->n || has(f, "表示必选") || has(f, "表示可选")) {
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
	/* A paragraph more of the item above, on a row of its own (as a
	 * spreadsheet program writes a cell of several to CSV): of its
	 * 公开内容, or a citation of its 公开依据 (a remark stays a note). */
	if (k->last != NULL && !im->exact && (role == COL_CONTENT ||
	    (role == COL_BASIS && has(s, "《")))) {
		tx = arena_calloc(&im->a, t->ncols, sizeof(*tx));
		for (cc = 0; cc < t->ncols; cc++)
			tx[cc] = cc == c ? s : "";
		item_more(im, k->last, r, tx);
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

int
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
const char *
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

static void
spam_check(struct imp *im, struct item *it, unsigned r, unsigned c,
    const char *s)
{
	const struct words *spam = &im->s->imp->spam;
	const char	*f = fold_tmp(im, s);
	size_t		 i;

	/* Words a mirror site puts in place of others (domain.md §9.8). */
	for (i = 0; i < spam->n; i++)
		if (has(f, spam->v[i])) {
			say(im, &it->x, r, (int)c, R_IMP_SPAM, "'%s' has '%s' "
			    "in it: a mirror site's spam?  Check it against "
			    "the government's own page", s, spam->v[i]);
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
		case COL_COLUMN:
		case COL_COLURL:
			/* gkml-render's hidden columns; in a table
			 * of anyone else's, text for the notes. */
			if (!im->exact)
				add_note(im, it, c, s);
			else if (col->role == COL_COLUMN)
				it->column = s;
			else
				it->column_url = s;
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

void
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
void
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
		if (continued(im, r, tx))
			continue;
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
void
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
void
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
