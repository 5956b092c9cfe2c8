/*
 * What every pass of gkml-import uses (see import.c): text folded for
 * matching (no spaces, half-width, simplified characters), lists of
 * strings in the import's arena, the vocabularies indexed by their
 * folded keys, and say(), which reports a finding at a cell of the
 * table.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "import.h"
#include "import_int.h"
#include "schema.h"
#include "text.h"
#include "xmalloc.h"

/* --- Text --- */

/* Decode one character; invalid bytes decode as U+FFFD, one each. */
size_t
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
const char *
fold(struct imp *im, const char *s)
{
	size_t	 n = strlen(s), nt;
	char	*f = arena_alloc(&im->a, n + 1);

	text_fold(f, s, n, FOLD, &nt);
	if (nt > 0)
		im->trad = 1;
	return f;
}

/*
 * Folded s, for a comparison: valid until the second call after this
 * one.  Most cells are folded only to be looked up, and a copy of each
 * kept in the arena cost more than the cells themselves.
 */
const char *
fold_tmp(struct imp *im, const char *s)
{
	struct buf	*b = &im->ftmp[im->nftmp++ % 2];
	size_t		 n = strlen(s), nt;

	buf_reset(b);
	buf_grow(b, n + 1);
	/* text_fold() ends what it writes, at most n bytes, with a NUL. */
	b->len = text_fold(b->ptr, s, n, FOLD, &nt);
	if (nt > 0)
		im->trad = 1;
	return b->ptr;
}

int
eq(const char *a, const char *b)
{
	return strcmp(a, b) == 0;
}

int
has(const char *s, const char *w)
{
	return strstr(s, w) != NULL;
}

int
starts(const char *s, const char *w)
{
	return strncmp(s, w, strlen(w)) == 0;
}

int
ends(const char *s, const char *w)
{
	size_t	 n = strlen(s), m = strlen(w);

	return n >= m && memcmp(s + n - m, w, m) == 0;
}

/*
 * Drop a legend from a folded header: "公开渠道和载体(“■”表示必选项,
 * “□”表示可选项)" is 公开渠道和载体.  In place.
 */
void
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
const char *
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
const char *
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

void
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

int
strs_has(const struct strs *l, const char *s)
{
	size_t	 i;

	for (i = 0; i < l->n; i++)
		if (strcmp(l->v[i], s) == 0)
			return 1;
	return 0;
}

/* Add the non-blank lines of s, each trimmed, to l. */
void
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

const char *const voc_name[V__MAX] = {
	"area", "level", "audience", "mode", "stage", "channel"
};

/* Index every slug, label and alias of each vocabulary by its folded
 * form, so 公開查閱點 and "公开 查阅点" find reading-point. */
void
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

const struct fkey *
vfind(const struct imp *im, enum voc v, const char *f, size_t n)
{
	return n == 0 ? NULL : hash_get(&im->fk[v], f, n);
}

/* The longest folded key that f[0..n) starts with: its length, or 0. */
size_t
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



/*
 * Report a finding at grid row row (NOROW: the table) and column col
 * (-1: none), named in the message as "row R, column H: ".  A warning
 * of the import's own rules counts as an uncertainty and, when x is
 * given, is also kept there: the x-import note of an item, category or
 * catalog.
 */
/* import's own rules (GK100-GK118), not validate's it passes on. */
static int
is_import_rule(enum rule r)
{
	return r >= R_IMP_HEADER && r <= R_IMP_OMITTED;
}

void
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
	if (is_import_rule(r) && rules[r].sev == SEV_WARNING) {
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
	if (is_import_rule(r) && rules[r].sev == SEV_ERROR)
		im->im->broken++;
	buf_release(&msg);
}

/* --- List entries --- */

/* The code point at s (0 at the end), its length in *n. */
static unsigned
cp_at(const char *s, size_t *n)
{
	unsigned	 cp = 0;

	*n = *s == '\0' ? 0 : utf8_decode((const unsigned char *)s,
	    strlen(s), &cp);
	if (*n == 0)
		cp = 0;
	return cp;
}

/* A bullet a list entry may start with. */
static int
is_bullet(unsigned cp)
{
	static const unsigned bullets[] = {
		0x25cf, 0x2022, 0x00b7, 0x30fb, 0x25aa, 0x25c6, 0x25c7,
		0x25cb, 0x25ce, 0x2605, 0x2606, 0x25b6, 0x25ba, 0x2014,
		'-', '*'
	};
	size_t	 i;

	for (i = 0; i < sizeof(bullets) / sizeof(*bullets); i++)
		if (cp == bullets[i])
			return 1;
	return 0;
}

static int
is_cn_digit(unsigned cp)
{
	static const char digits[] = "一二三四五六七八九十";
	const char	*p;
	unsigned	 d;
	size_t		 n;

	for (p = digits; *p != '\0'; p += n)
		if ((d = cp_at(p, &n)) == cp)
			return 1;
	return 0;
}

/*
 * The length of the list marker s starts with, spaces after it too: a
 * bullet (●, ·, -), a number (1. 2、 3） ①), one in brackets ((1),
 * （一）), or a Chinese one with its comma (一、).  0 for none; a
 * number that goes on as a number (1.5倍) is none.
 */
size_t
list_marker(const char *s)
{
	const char	*p = s;
	unsigned	 cp;
	size_t		 n;
	int		 open = 0, digits = 0, cn = 0;

	cp = cp_at(p, &n);
	if (is_bullet(cp) || (cp >= 0x2460 && cp <= 0x2473)) {
		p += n;
		goto space;
	}
	if (cp == '(' || cp == 0xff08) {
		open = 1;
		p += n;
	}
	for (;;) {
		cp = cp_at(p, &n);
		if (cp >= '0' && cp <= '9' && !cn)
			digits++;
		else if (is_cn_digit(cp) && !digits)
			cn++;
		else
			break;
		p += n;
	}
	if (digits + cn == 0 || digits > 2 || cn > 3)
		return 0;
	if (open) {
		if (cp != ')' && cp != 0xff09)
			return 0;
	} else if (cp == '.' || cp == 0xff0e) {
		if (cn)
			return 0;
		p += n;
		cp = cp_at(p, &n);
		if (cp >= '0' && cp <= '9')
			return 0;
		goto space;
	} else if (cp != 0x3001 && !(digits && (cp == ')' ||
	    cp == 0xff09)))
		return 0;
	p += n;
space:
	while (*p == ' ' || (cp_at(p, &n) == 0x3000 && n > 0))
		p += *p == ' ' ? 1 : n;
	/* A marker and nothing after it is no list entry: keep it. */
	return *p == '\0' ? 0 : (size_t)(p - s);
}

/*
 * Each entry of list l without its list marker and, when there are
 * several, without the separator it ends in (；, ;, ，, ,, 、, 。): the
 * list is the list, so its punctuation is the page's, not the entry's.
 */
void
strip_markers(struct imp *im, struct strs *l)
{
	static const char *const seps[] = { "；", ";", "，", ",", "、", "。" };
	const char	*s;
	size_t		 i, k, n, m;

	for (i = 0; i < l->n; i++) {
		s = l->v[i];
		s += list_marker(s);
		n = strlen(s);
		for (k = 0; l->n > 1 && k < sizeof(seps) / sizeof(*seps); k++) {
			m = strlen(seps[k]);
			if (n > m && memcmp(s + n - m, seps[k], m) == 0) {
				n -= m;
				break;
			}
		}
		if (s != l->v[i] || n != strlen(s))
			l->v[i] = arena_strndup(&im->a, s, n);
	}
}
