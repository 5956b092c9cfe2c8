/*
 * Text primitives: UTF-8, whitespace, literals, folding.
 *
 * Traditional characters are folded by OpenCC, which is loaded with
 * dlopen(3) the first time a fold needs it rather than linked: it
 * brings the C++ runtime, whose start-up would cost every command
 * several milliseconds, most of them for catalogs that hold no
 * traditional character at all.  Each Han character is asked about
 * once per process and the answer kept in a table indexed by code
 * point, so a large catalog costs a look-up per character.
 */
#include <dlfcn.h>
#include <err.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <opencc.h>

#include "buf.h"
#include "file.h"
#include "msg.h"
#include "text.h"
#include "xmalloc.h"

#ifndef OPENCC_SO
#define OPENCC_SO	"libopencc.so.1.1"
#endif
#ifndef OPENCC_T2S
#define OPENCC_T2S	"/usr/share/opencc/t2s.json"
#endif

#define HAN_END		0x30000		/* no Han character at or past this */
#define ASK_MAX		256		/* characters asked about at once */
#define T2S_ROOM	(4 << 20)	/* memory that loading OpenCC may take */

/* Code point -> what it folds to, plus one; 0: not asked yet. */
static _Atomic uint32_t	 t2s_memo[HAN_END];

static struct {
	pthread_mutex_t		 lock;
	void			*dl;
	opencc_t		 cc;
	__typeof__(opencc_open)			*open;
	__typeof__(opencc_convert_utf8)		*convert;
	__typeof__(opencc_convert_utf8_free)	*release;
	__typeof__(opencc_error)		*error;
} t2s = { PTHREAD_MUTEX_INITIALIZER, NULL, NULL, NULL, NULL, NULL, NULL };

size_t
utf8_decode(const unsigned char *p, size_t n, unsigned *cp)
{
	unsigned	 c;
	size_t		 len, i;

	if (n == 0)
		return 0;
	c = p[0];
	if (c < 0x80) {
		*cp = c;
		return 1;
	} else if (c >= 0xc2 && c <= 0xdf) {
		len = 2;
		c &= 0x1f;
	} else if (c >= 0xe0 && c <= 0xef) {
		len = 3;
		c &= 0x0f;
	} else if (c >= 0xf0 && c <= 0xf4) {
		len = 4;
		c &= 0x07;
	} else
		return 0;
	if (n < len)
		return 0;
	for (i = 1; i < len; i++) {
		if ((p[i] & 0xc0) != 0x80)
			return 0;
		c = (c << 6) | (p[i] & 0x3f);
	}
	/* Overlong forms, surrogates and values past U+10FFFF. */
	if ((len == 3 && c < 0x800) || (len == 4 && c < 0x10000) ||
	    (c >= 0xd800 && c <= 0xdfff) || c > 0x10ffff)
		return 0;
	*cp = c;
	return len;
}

size_t
utf8_encode(unsigned c, char out[4])
{
	if (c < 0x80) {
		out[0] = (char)c;
		return 1;
	} else if (c < 0x800) {
		out[0] = (char)(0xc0 | c >> 6);
		out[1] = (char)(0x80 | (c & 0x3f));
		return 2;
	} else if (c < 0x10000) {
		out[0] = (char)(0xe0 | c >> 12);
		out[1] = (char)(0x80 | (c >> 6 & 0x3f));
		out[2] = (char)(0x80 | (c & 0x3f));
		return 3;
	}
	out[0] = (char)(0xf0 | c >> 18);
	out[1] = (char)(0x80 | (c >> 12 & 0x3f));
	out[2] = (char)(0x80 | (c >> 6 & 0x3f));
	out[3] = (char)(0x80 | (c & 0x3f));
	return 4;
}

size_t
utf8_span(const unsigned char *p, size_t n)
{
	size_t	 len, i;

	if (n == 0)
		return 0;
	len = p[0] >= 0xc2 && p[0] <= 0xdf ? 2 : p[0] >= 0xe0 &&
	    p[0] <= 0xef ? 3 : p[0] >= 0xf0 && p[0] <= 0xf4 ? 4 : 1;
	for (i = 1; i < len; i++)
		if (i >= n || (p[i] & 0xc0) != 0x80)
			return 1;
	return len;
}

/* The length of c in UTF-8. */
static size_t
utf8_len(unsigned c)
{
	return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
}

void
utf8_add(struct buf *b, unsigned c)
{
	char	 s[4];

	buf_add(b, s, utf8_encode(c, s));
}

size_t
utf8_chars(const char *s, size_t n)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 i, k = 0;

	for (i = 0; i < n; i++)
		if ((p[i] & 0xc0) != 0x80)
			k++;
	return k;
}

int
text_is_space(unsigned c, int set)
{
	if (c < 0x80)
		return c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
		    (set == TEXT_SPACE && (c == '\v' || c == '\f'));
	if (set != TEXT_SPACE)
		return 0;
	return c == 0x85 || c == 0xa0 || c == 0x1680 ||
	    (c >= 0x2000 && c <= 0x200b) || c == 0x2028 || c == 0x2029 ||
	    c == 0x202f || c == 0x205f || c == 0x3000 || c == 0xfeff;
}

size_t
text_lit_at(const char *s, size_t e, size_t i, const char *w)
{
	size_t	 n;

	if (i >= e || s[i] != w[0])
		return 0;
	n = strlen(w);
	if (e - i < n || memcmp(s + i, w, n) != 0)
		return 0;
	return n;
}

/* The CJK ideograph blocks: the only characters t2s changes. */
static int
is_han(unsigned c)
{
	return (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) ||
	    (c >= 0xf900 && c <= 0xfaff) || (c >= 0x20000 && c < HAN_END);
}

/* Say why traditional text cannot be read, and exit 2 (as xnomem()). */
static void	 t2s_fatal(const char *, ...)
		    __attribute__((noreturn, format(printf, 1, 2)));

static void
t2s_fatal(const char *fmt, ...)
{
	static atomic_flag	 once = ATOMIC_FLAG_INIT;
	va_list			 ap;

	if (atomic_flag_test_and_set(&once)) {
		tmp_yield();
		for (;;)
			pause();
	}
	tmp_cleanup();
	va_start(ap, fmt);
	verrx(2, fmt, ap);
}

/* The last OpenCC error, without its final period. */
static const char *
t2s_error(struct buf *b)
{
	const char	*e = t2s.error != NULL ? t2s.error() : NULL;
	size_t		 n;

	if (e == NULL || *e == '\0')
		return "unknown error";
	n = strlen(e);
	buf_add(b, e, e[n - 1] == '.' ? n - 1 : n);
	return b->ptr;
}

/* Load OpenCC and its t2s configuration; t2s.lock is held. */
static void
t2s_open(void)
{
	void		(*(*set_handler)(void (*)(void)))(void);
	struct buf	 b = BUF_INIT;
	const char	*cfg;

	/*
	 * The JSON reader in OpenCC does not check what its allocator returns:
	 * short of memory, loading would crash inside it.  Make sure there
	 * is room first; when there is not, xmalloc() says so, exit 2.
	 */
	free(xmalloc(T2S_ROOM));

	if ((t2s.dl = dlopen(OPENCC_SO, RTLD_NOW | RTLD_LOCAL)) == NULL)
		t2s_fatal(_("cannot read traditional characters: %s (OpenCC: "
		    "install libopencc1.1)"), dlerror());
	t2s.open = (__typeof__(t2s.open))dlsym(t2s.dl, "opencc_open");
	t2s.convert = (__typeof__(t2s.convert))dlsym(t2s.dl,
	    "opencc_convert_utf8");
	t2s.release = (__typeof__(t2s.release))dlsym(t2s.dl,
	    "opencc_convert_utf8_free");
	t2s.error = (__typeof__(t2s.error))dlsym(t2s.dl, "opencc_error");
	if (t2s.open == NULL || t2s.convert == NULL || t2s.release == NULL ||
	    t2s.error == NULL)
		t2s_fatal(_("cannot read traditional characters: %s lacks "
		    "OpenCC's C functions"), OPENCC_SO);

	/*
	 * OpenCC's C functions catch std::runtime_error only: a
	 * std::bad_alloc would unwind through them into C and abort the
	 * process.  With a new handler, C++'s operator new does what
	 * xmalloc() does when memory runs out, and never throws.
	 */
	set_handler = (__typeof__(set_handler))dlsym(t2s.dl,
	    "_ZSt15set_new_handlerPFvvE");
	if (set_handler != NULL)
		set_handler(xnomem);

	if ((cfg = getenv("GKML_OPENCC")) == NULL || *cfg == '\0')
		cfg = OPENCC_T2S;
	t2s.cc = t2s.open(cfg);
	if (t2s.cc == NULL || t2s.cc == (opencc_t)-1) {
		/* It returns (opencc_t)-1, not NULL, when it fails. */
		t2s.cc = NULL;
		t2s_fatal(_("cannot read traditional characters: OpenCC: %s "
		    "(its data is in libopencc-data)"), t2s_error(&b));
	}
}

/*
 * Ask OpenCC what the Han characters cps[0..n) fold to, in one call:
 * one character a line, so that no phrase spans two of them.  An
 * answer that is not one character, or is longer in UTF-8, leaves the
 * character as it is.
 */
static void
t2s_ask(const unsigned *cps, size_t n)
{
	struct buf	 q = BUF_INIT, b = BUF_INIT;
	unsigned	 ask[ASK_MAX], to, c;
	const char	*r, *p, *nl;
	char		*out;
	size_t		 i, k, m = 0;

	pthread_mutex_lock(&t2s.lock);
	if (t2s.cc == NULL)
		t2s_open();
	for (i = 0; i < n && m < ASK_MAX; i++) {
		if (atomic_load_explicit(&t2s_memo[cps[i]],
		    memory_order_relaxed) != 0)
			continue;
		ask[m++] = cps[i];
		utf8_add(&q, cps[i]);
		buf_addch(&q, '\n');
	}
	if (m == 0)
		goto done;
	if ((out = t2s.convert(t2s.cc, q.ptr, q.len)) == NULL)
		t2s_fatal(_("cannot read traditional characters: OpenCC: %s"),
		    t2s_error(&b));
	for (i = 0, r = out; i < m; i++) {
		to = ask[i];
		if ((nl = strchr(r, '\n')) == NULL)
			nl = r + strlen(r);
		p = r;
		if ((k = utf8_decode((const unsigned char *)p,
		    (size_t)(nl - p), &c)) != 0 && p + k == nl &&
		    k <= utf8_len(ask[i]))
			to = c;
		atomic_store_explicit(&t2s_memo[ask[i]], to + 1,
		    memory_order_relaxed);
		r = *nl == '\n' ? nl + 1 : nl;
	}
	t2s.release(out);
done:
	pthread_mutex_unlock(&t2s.lock);
	buf_release(&q);
	buf_release(&b);
}

static unsigned
t2s_fold(unsigned c)
{
	uint32_t	 v;

	if ((v = atomic_load_explicit(&t2s_memo[c],
	    memory_order_relaxed)) == 0) {
		t2s_ask(&c, 1);
		v = atomic_load_explicit(&t2s_memo[c], memory_order_relaxed);
	}
	return v - 1;
}

unsigned
text_fold_cp(unsigned c, int how, int *trad)
{
	unsigned	 to;

	if ((how & TEXT_FOLD_SPACE) && text_is_space(c, TEXT_SPACE))
		return TEXT_DROP;
	if (how & TEXT_FOLD_WIDTH) {
		if (c >= 0xff01 && c <= 0xff5e)
			return c - 0xfee0;
		switch (c) {
		case 0xfe50:		/* ﹐ */
			return ',';
		case 0x061b:		/* ؛ */
		case 0xfe54:		/* ﹔ */
			return ';';
		case 0xff64:		/* ､, half-width */
			return 0x3001;
		}
	}
	if ((how & TEXT_FOLD_T2S) && is_han(c) && (to = t2s_fold(c)) != c) {
		if (trad != NULL)
			*trad = 1;
		return to;
	}
	return c;
}

size_t
text_fold(char *out, const char *s, size_t n, int how, size_t *ntrad)
{
	const unsigned char	*p = (const unsigned char *)s;
	unsigned		 ask[ASK_MAX], c, to;
	size_t			 i, k, o = 0, m = 0, nt = 0;
	int			 trad;

	/* The characters OpenCC was not asked about yet, asked at once. */
	for (i = 0; (how & TEXT_FOLD_T2S) && i < n; i += k) {
		if ((k = utf8_decode(p + i, n - i, &c)) == 0)
			k = 1;
		else if (is_han(c) && atomic_load_explicit(&t2s_memo[c],
		    memory_order_relaxed) == 0) {
			ask[m++] = c;
			if (m == ASK_MAX) {
				t2s_ask(ask, m);
				m = 0;
			}
		}
	}
	if (m > 0)
		t2s_ask(ask, m);

	for (i = 0; i < n; i += k) {
		if ((k = utf8_decode(p + i, n - i, &c)) == 0) {
			out[o++] = s[i];
			k = 1;
			continue;
		}
		trad = 0;
		if ((to = text_fold_cp(c, how, &trad)) == TEXT_DROP)
			continue;
		nt += trad;
		if (to == c) {
			memcpy(out + o, s + i, k);
			o += k;
		} else
			o += utf8_encode(to, out + o);
	}
	out[o] = '\0';
	if (ntrad != NULL)
		*ntrad = nt;
	return o;
}
