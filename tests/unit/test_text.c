/*
 * Unit tests for lib/text.c: UTF-8 decoding of good and malformed
 * bytes, encoding, the whitespace sets, literals, and folding, with
 * traditional characters through OpenCC.
 */
#include <sys/wait.h>

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "text.h"
#include "harness.h"

/* Decode the bytes of s (n of them): the length, and the code point. */
#define DEC(s, n, len, cp) do {						\
	unsigned c_ = 0xdead;						\
	INT_EQ(utf8_decode((const unsigned char *)(s), (n), &c_), (len)); \
	if ((len) != 0)							\
		INT_EQ(c_, (cp));					\
} while (0)

static void
test_decode(void)
{
	DEC("a", 1, 1, 'a');
	DEC("\x7f", 1, 1, 0x7f);
	DEC("\xc2\x80", 2, 2, 0x80);
	DEC("\xdf\xbf", 2, 2, 0x7ff);
	DEC("\xe0\xa0\x80", 3, 3, 0x800);
	DEC("公", 3, 3, 0x516c);
	DEC("\xef\xbf\xbf", 3, 3, 0xffff);
	DEC("\xf0\x90\x80\x80", 4, 4, 0x10000);
	DEC("\xf4\x8f\xbf\xbf", 4, 4, 0x10ffff);
	DEC("𠀀", 4, 4, 0x20000);

	DEC("", 0, 0, 0);			/* nothing left */
	DEC("\x80", 1, 0, 0);			/* stray continuation */
	DEC("\xbf", 1, 0, 0);
	DEC("\xe5\x85", 2, 0, 0);		/* truncated */
	DEC("公", 2, 0, 0);			/* n cuts it short */
	DEC("\xe5\x41\x6c", 3, 0, 0);		/* not a continuation */
	DEC("\xc0\x80", 2, 0, 0);		/* overlong NUL */
	DEC("\xc1\xbf", 2, 0, 0);		/* overlong */
	DEC("\xe0\x80\x80", 3, 0, 0);		/* overlong, 3 bytes */
	DEC("\xe0\x9f\xbf", 3, 0, 0);		/* overlong U+7FF */
	DEC("\xf0\x80\x80\x80", 4, 0, 0);	/* overlong, 4 bytes */
	DEC("\xf0\x8f\xbf\xbf", 4, 0, 0);	/* overlong U+FFFF */
	DEC("\xed\xa0\x80", 3, 0, 0);		/* surrogate U+D800 */
	DEC("\xed\xbf\xbf", 3, 0, 0);		/* surrogate U+DFFF */
	DEC("\xf4\x90\x80\x80", 4, 0, 0);	/* U+110000 */
	DEC("\xf5\x80\x80\x80", 4, 0, 0);	/* lead byte past F4 */
	DEC("\xff", 1, 0, 0);
	DEC("\xfe", 1, 0, 0);

	/* What a malformed sequence spans, to be replaced as a whole. */
#define SPAN(s, n) utf8_span((const unsigned char *)(s), (n))
	INT_EQ(SPAN("a", 1), 1);
	INT_EQ(SPAN("公", 3), 3);
	INT_EQ(SPAN("\xed\xa0\x80", 3), 3);		/* surrogate */
	INT_EQ(SPAN("\xe0\x80\x80", 3), 3);		/* overlong */
	INT_EQ(SPAN("\xf4\x90\x80\x80", 4), 4);	/* past U+10FFFF */
	INT_EQ(SPAN("\xe5\x85", 2), 1);		/* truncated */
	INT_EQ(SPAN("\xe5\x85\x41", 3), 1);
	INT_EQ(SPAN("\x80\x80", 2), 1);
	INT_EQ(SPAN("\xc0\x80", 2), 1);
	INT_EQ(SPAN("", 0), 0);
}

static void
test_encode(void)
{
	static const unsigned cps[] = { 0, 'A', 0x7f, 0x80, 0x7ff, 0x800,
	    0x3000, 0x516c, 0xfeff, 0xffff, 0x10000, 0x20000, 0x10ffff };
	struct buf	 b = BUF_INIT;
	char		 s[4];
	unsigned	 c;
	size_t		 i, n;

	for (i = 0; i < sizeof(cps) / sizeof(cps[0]); i++) {
		n = utf8_encode(cps[i], s);
		INT_EQ(n, cps[i] < 0x80 ? 1 : cps[i] < 0x800 ? 2 :
		    cps[i] < 0x10000 ? 3 : 4);
		INT_EQ(utf8_decode((const unsigned char *)s, n, &c), n);
		INT_EQ(c, cps[i]);
	}
	utf8_add(&b, 0x4e2a);
	utf8_add(&b, 'x');
	utf8_add(&b, 0x20000);
	STR_EQ(b.ptr, "个x𠀀");
	buf_release(&b);

	INT_EQ(utf8_chars("公开a", strlen("公开a")), 3);
	INT_EQ(utf8_chars("\xff\xfe", 2), 2);
	INT_EQ(utf8_chars("", 0), 0);
}

static void
test_space(void)
{
	static const unsigned all[] = { ' ', '\t', '\n', '\v', '\f', '\r',
	    0x85, 0xa0, 0x1680, 0x2000, 0x2005, 0x200a, 0x200b, 0x2028,
	    0x2029, 0x202f, 0x205f, 0x3000, 0xfeff };
	static const unsigned none[] = { 0, 'a', '_', 0x1f, 0x7f, 0x84,
	    0x180e, 0x200c, 0x200d, 0x2060, 0x3001, 0x4e00, 0xff0c,
	    0x10ffff };
	size_t	 i;

	for (i = 0; i < sizeof(all) / sizeof(all[0]); i++) {
		INT_EQ(text_is_space(all[i], TEXT_SPACE), 1);
		INT_EQ(text_is_space(all[i], TEXT_SPACE_HTML),
		    all[i] == ' ' || all[i] == '\t' || all[i] == '\n' ||
		    all[i] == '\r');
	}
	for (i = 0; i < sizeof(none) / sizeof(none[0]); i++) {
		INT_EQ(text_is_space(none[i], TEXT_SPACE), 0);
		INT_EQ(text_is_space(none[i], TEXT_SPACE_HTML), 0);
	}
}

static void
test_lit_at(void)
{
	const char	*s = "20个工作日内";
	size_t		 e = strlen(s);

	INT_EQ(text_lit_at(s, e, 0, "20"), 2);
	INT_EQ(text_lit_at(s, e, 2, "个"), 3);
	INT_EQ(text_lit_at(s, e, 2, "个工作"), 9);
	INT_EQ(text_lit_at(s, e, 5, "工作日内"), 12);
	INT_EQ(text_lit_at(s, e, 5, "工作日内。"), 0);	/* runs past e */
	INT_EQ(text_lit_at(s, e - 3, 5, "工作日内"), 0);	/* e cuts it */
	INT_EQ(text_lit_at(s, e, 2, "工"), 0);
	INT_EQ(text_lit_at(s, e, 3, "个"), 0);		/* mid-character */
	INT_EQ(text_lit_at(s, e, e, "内"), 0);
	INT_EQ(text_lit_at(s, e, e + 5, "内"), 0);
	INT_EQ(text_lit_at(s, e, 0, "2"), 1);
}

/* Fold s with how; the result must never be longer than s. */
static const char *
fold(const char *s, int how, size_t *ntrad)
{
	static char	 out[512];
	size_t		 n = strlen(s), m;

	m = text_fold(out, s, n, how, ntrad);
	OK(m <= n);
	OK(out[m] == '\0');
	return out;
}

#define ALL	(TEXT_FOLD_SPACE | TEXT_FOLD_WIDTH | TEXT_FOLD_T2S)

static void
test_fold(void)
{
	static const char *const words[][2] = {
		{ "社會救助", "社会救助" },
		{ "個人", "个人" },
		{ "準", "准" },
		{ "公開", "公开" },
		{ "內容", "内容" },
		{ "對象", "对象" },
		{ "時限", "时限" },
		{ "層級", "层级" },
		{ "審核", "审核" },
		{ "戶籍管理", "户籍管理" },
		{ "義務教育", "义务教育" },
		{ "醫療衛生", "医疗卫生" },
		{ "發佈", "发布" },
		{ "補貼", "补贴" },
		{ "鄉鎮", "乡镇" },
		{ "村務公開欄", "村务公开栏" },
	};
	size_t	 i, nt;
	int	 trad;

	for (i = 0; i < sizeof(words) / sizeof(words[0]); i++) {
		STR_EQ(fold(words[i][0], ALL, &nt), words[i][1]);
		OK(nt > 0);
		/* Simplified text is left alone. */
		STR_EQ(fold(words[i][1], ALL, &nt), words[i][1]);
		INT_EQ(nt, 0);
	}
	/* A sentence of mixed text: spaces, full-width forms, ASCII. */
	STR_EQ(fold("依據《社會救助暫行辦法》，信息形成之日起　２０　個工作日"
	    "內公開 (GB/T 1.1)", ALL, &nt),
	    "依据《社会救助暂行办法》,信息形成之日起20个工作日内公开(GB/T1.1)");
	INT_EQ(nt, 7);
	STR_EQ(fold("一級事 項\n", ALL, NULL), "一级事项");
	STR_EQ(fold("社區/企事業單位/村公示欄（電子屏）", ALL, NULL),
	    "社区/企事业单位/村公示栏(电子屏)");
	STR_EQ(fold("a﹐b﹔c؛d､e", ALL, NULL), "a,b;c;d、e");

	/* Each fold only when asked. */
	STR_EQ(fold("個 人，", TEXT_FOLD_SPACE, NULL), "個人，");
	STR_EQ(fold("個 人，", TEXT_FOLD_WIDTH, NULL), "個 人,");
	STR_EQ(fold("個 人，", TEXT_FOLD_T2S, &nt), "个 人，");
	INT_EQ(nt, 1);
	STR_EQ(fold("", ALL, &nt), "");
	INT_EQ(nt, 0);

	/* Bytes that are not UTF-8 are carried through. */
	STR_EQ(fold("\xff個\xe5\x85", ALL, NULL), "\xff个\xe5\x85");

	trad = 0;
	INT_EQ(text_fold_cp(0x3000, ALL, &trad), TEXT_DROP);
	INT_EQ(text_fold_cp(0xff12, ALL, &trad), '2');
	INT_EQ(trad, 0);
	INT_EQ(text_fold_cp(0x500b, ALL, &trad), 0x4e2a);	/* 個 */
	INT_EQ(trad, 1);
	INT_EQ(text_fold_cp(0x500b, TEXT_FOLD_SPACE, NULL), 0x500b);
	INT_EQ(text_fold_cp(0x4e2a, ALL, NULL), 0x4e2a);
	INT_EQ(text_fold_cp('a', ALL, NULL), 'a');
}

/*
 * Without OpenCC's data a traditional fold says why and exits 2.  Run
 * first, in a child, before this process has loaded OpenCC.
 */
static void
test_missing(void)
{
	char	 msg[512];
	int	 fd[2], st = 0;
	size_t	 k;
	ssize_t	 n;
	pid_t	 pid;

	if (pipe(fd) != 0 || (pid = fork()) == -1) {
		OK(0);
		return;
	}
	if (pid == 0) {
		dup2(fd[1], 2);
		close(fd[0]);
		setenv("GKML_OPENCC", "/nonexistent/t2s.json", 1);
		fold("公開", ALL, NULL);
		_exit(0);
	}
	close(fd[1]);
	for (k = 0; k < sizeof(msg) - 1 &&
	    (n = read(fd[0], msg + k, sizeof(msg) - 1 - k)) > 0; k += n)
		continue;
	msg[k] = '\0';
	close(fd[0]);
	waitpid(pid, &st, 0);
	OK(WIFEXITED(st) && WEXITSTATUS(st) == 2);
	OK(strstr(msg, "cannot read traditional characters: OpenCC: "
	    "/nonexistent/t2s.json") != NULL);
	/* Folds that need no OpenCC do not load it. */
	STR_EQ(fold("公开 内容", TEXT_FOLD_SPACE | TEXT_FOLD_WIDTH, NULL),
	    "公开内容");
}

int
main(void)
{
	test_missing();
	test_decode();
	test_encode();
	test_space();
	test_lit_at();
	test_fold();
	return harness_done("text");
}
