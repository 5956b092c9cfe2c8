/* Unit tests for lib/cite.c: the citation shapes of domain.md section 6. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "arena.h"
#include "cite.h"
#include "harness.h"

#define MAXF	8

static struct arena		 A = ARENA_INIT;
static struct cite_finding	 f[MAXF];

static size_t
C(const char *s)
{
	memset(f, 0, sizeof(f));
	return cite_check(&A, s, f, MAXF);
}

/* What a finding says is wrong, in the words the tests expect. */
static const char *
what(const struct cite_finding *x)
{
	static char	 buf[128];

	switch (x->how) {
	case CH_MISSING:
		snprintf(buf, sizeof(buf), "missing '%s'", x->b1);
		break;
	case CH_STRAY:
		snprintf(buf, sizeof(buf), "stray '%s'", x->b1);
		break;
	case CH_MISMATCHED:
		snprintf(buf, sizeof(buf), "mismatched brackets '%s' and '%s'",
		    x->b1, x->b2);
		break;
	case CH_MALFORMED:
		return "malformed document number";
	case CH_DANGLING:
		return "dangling '号'";
	case CH_VAGUE:
		return "vague basis: cite the law or document";
	}
	return buf;
}

/* Well-formed: no finding at all. */
#define CLEAN(s) INT_EQ(C(s), 0)

/* Exactly one finding, with the given values; fx NULL for no repair. */
#define ONE(s, k, o, bd, fx, wh) do {					\
	INT_EQ(C(s), 1);						\
	INT_EQ(f[0].kind, (k));						\
	INT_EQ(f[0].off, (o));						\
	STR_EQ(f[0].bad, (bd));						\
	INT_EQ(f[0].len, strlen(bd));					\
	if ((fx) == NULL) OK(f[0].fix == NULL);				\
	else STR_EQ(f[0].fix, (fx));					\
	STR_EQ(what(&f[0]), (wh));					\
} while (0)

static void
test_shapes(void)
{
	/* 《title》 alone and short forms. */
	CLEAN("《中华人民共和国政府信息公开条例》");
	CLEAN("《政府信息公开条例》");
	CLEAN("《信息公开条例》");
	CLEAN("《条例》");
	/* Both brackets lost: nothing to balance, so not reported. */
	CLEAN("中华人民共和国政府信息公开条例");

	/* 《title》(令号), every way of writing the 令. */
	CLEAN("《中华人民共和国政府信息公开条例》(国务院令第711号)");
	CLEAN("《中华人民共和国政府信息公开条例》(国令第711号)");
	CLEAN("《中华人民共和国政府信息公开条例》"
	    "(中华人民共和国国务院令第711号)");
	CLEAN("《中华人民共和国政府信息公开条例》国务院令第711号");
	CLEAN("(国令第711号)");
	CLEAN("国务院令第649号");
	CLEAN("住房和城乡建设部令第11号");
	CLEAN("建设部令第162号");
	CLEAN("中华人民共和国人力资源和社会保障部令第23号");
	CLEAN("广东省人民政府令第262号");
	CLEAN("广东省第十二届人民代表大会常务委员会第85号公告");
	CLEAN("重庆市人民代表大会常务委员会公告〔2016〕第13号");

	/* 《title》(文号) and the bracket variants. */
	CLEAN("国发〔2012〕45号");
	CLEAN("民发〔2012〕220号");
	CLEAN("国办发〔2017〕47号");
	CLEAN("建保〔2016〕281号");
	CLEAN("渝府办发〔2017〕33号");
	CLEAN("《关于全面推进基层政务公开标准化规范化工作的指导意见》"
	    "(国办发〔2019〕54号)");
	CLEAN("国发[2012]45号");
	CLEAN("国发［2012］45号");
	CLEAN("湘政发【2012】33号");
	CLEAN("国发(2012)45号");
	CLEAN("国发（2012）45号");
	CLEAN("国发(2012）45号");
	CLEAN("国发〔 2012 〕 45号");
	CLEAN("公治安〔2019〕158号");
	CLEAN("人社厅函〔2019〕113号");

	/* Amendment history, typed and article-level forms. */
	CLEAN("《中华人民共和国就业促进法》(2007年8月30日第十届全国人民代表"
	    "大会常务委员会第二十九次会议通过 根据2015年4月24日第十二届全国"
	    "人民代表大会常务委员会第十四次会议修正)");
	CLEAN("【条例】《公共租赁住房管理办法》(2016年12月8日发布,"
	    "建保〔2016〕281号)");
	CLEAN("【规章】《公共租赁住房管理办法》(发文字号 住房和城乡建设部令"
	    "第11号,发布日期2012年05月28日,实施日期2012年07月15日,"
	    "发布机关住房和城乡建设部)");
	CLEAN("《中华人民共和国政府信息公开条例》国务院令第711号,"
	    "第二十条第二款:");
	CLEAN("《中华人民共和国村民委员会组织法》第三十条");

	/* Nested titles. */
	CLEAN("《重庆市民政局关于印发〈最低生活保障审核审批规程〉和"
	    "〈特困人员认定规范〉的通知》");
	CLEAN("《广东省实施<中华人民共和国就业促进法>办法》");
	CLEAN("民政部关于印发《特困人员认定办法》的通知");
	CLEAN("《关于印发《办法》的通知》");

	/* Lists. */
	CLEAN("《a》、《b》;《c》,《d》●《e》\n《f》《g》");
	CLEAN("1.《a》;2.《b》;3.《c》");
}

static void
test_unbalanced(void)
{
	ONE("中华人民共和国政府信息公开条例》", CITE_UNBALANCED, 0,
	    "中华人民共和国政府信息公开条例》",
	    "《中华人民共和国政府信息公开条例》", "missing '《'");
	ONE("中华人民共和国政府信息公开条例》(国务院令第711号)",
	    CITE_UNBALANCED, 0, "中华人民共和国政府信息公开条例》",
	    "《中华人民共和国政府信息公开条例》", "missing '《'");
	ONE("依据中华人民共和国政府信息公开条例》", CITE_UNBALANCED, 6,
	    "中华人民共和国政府信息公开条例》",
	    "《中华人民共和国政府信息公开条例》", "missing '《'");
	ONE("《a》、b》", CITE_UNBALANCED, 10, "b》", "《b》",
	    "missing '《'");
	ONE("《a》》", CITE_UNBALANCED, 7, "》", "", "stray '》'");
	ONE("》", CITE_UNBALANCED, 0, "》", NULL, "missing '《'");

	ONE("《中华人民共和国政府信息公开条例", CITE_UNBALANCED, 0,
	    "《中华人民共和国政府信息公开条例",
	    "《中华人民共和国政府信息公开条例》", "missing '》'");
	ONE("《条例(国务院令第711号)", CITE_UNBALANCED, 0, "《条例",
	    "《条例》", "missing '》'");
	ONE("《公共租赁住房管理办法(试行)", CITE_UNBALANCED, 0,
	    "《公共租赁住房管理办法(试行)",
	    "《公共租赁住房管理办法(试行)》", "missing '》'");
	ONE("《a《b》", CITE_UNBALANCED, 0, "《a", "《a》", "missing '》'");
	ONE("《a;《b》", CITE_UNBALANCED, 0, "《a", "《a》", "missing '》'");
	ONE("《 ", CITE_UNBALANCED, 0, "《", NULL, "missing '》'");
	/* An unclosed parenthesis: where the title ends is unknown. */
	ONE("《办法(试行", CITE_UNBALANCED, 0, "《", NULL, "missing '》'");

	/* Two problems: no repair is certain. */
	INT_EQ(C("》a《"), 2);
	INT_EQ(f[0].off, 0);
	STR_EQ(what(&f[0]), "missing '《'");
	OK(f[0].fix == NULL);
	INT_EQ(f[1].off, 4);
	STR_EQ(what(&f[1]), "missing '》'");
	OK(f[1].fix == NULL);
	INT_EQ(C("《《a》"), 1);
	INT_EQ(f[0].off, 0);
}

static void
test_docno(void)
{
	ONE("〔201455号", CITE_DOCNO, 0, "〔201455号", "〔2014〕55号",
	    "missing '〕'");
	ONE("国办发〔201954号", CITE_DOCNO, 0, "国办发〔201954号",
	    "国办发〔2019〕54号", "missing '〕'");
	ONE("《关于全面推进基层政务公开标准化规范化工作的指导意见》"
	    "(国办发〔201954号)", CITE_DOCNO, 82, "国办发〔201954号",
	    "国办发〔2019〕54号", "missing '〕'");
	ONE("财预〔2016143号", CITE_DOCNO, 0, "财预〔2016143号",
	    "财预〔2016〕143号", "missing '〕'");
	ONE("民发〔2016 )115号", CITE_DOCNO, 0, "民发〔2016 )115号",
	    "民发〔2016〕115号", "mismatched brackets '〔' and ')'");
	/* The closing brackets swapped: swap them back. */
	ONE("(民发〔2018)23号〕", CITE_DOCNO, 0, "(民发〔2018)23号〕",
	    "(民发〔2018〕23号)", "mismatched brackets '〔' and ')'");
	ONE("《特困人员认定办法》(民发〔2016 )115号)", CITE_DOCNO, 31,
	    "民发〔2016 )115号", "民发〔2016〕115号",
	    "mismatched brackets '〔' and ')'");
	ONE("湘政发【2012〕33号", CITE_DOCNO, 0, "湘政发【2012〕33号",
	    "湘政发【2012】33号", "mismatched brackets '【' and '〕'");
	ONE("国发[2012 45号", CITE_DOCNO, 0, "国发[2012 45号",
	    "国发[2012]45号", "missing ']'");
	ONE("公告〔2016第13号", CITE_DOCNO, 0, "公告〔2016第13号",
	    "公告〔2016〕第13号", "missing '〕'");
	ONE("国办发2019〕54号", CITE_DOCNO, 0, "国办发2019〕54号",
	    "国办发〔2019〕54号", "missing '〔'");
	ONE("国办发〔2014号", CITE_DOCNO, 0, "国办发〔2014号", NULL,
	    "malformed document number");

	/* Not 文号 at all: years in prose, numbers in parentheses. */
	CLEAN("(2019)");
	CLEAN("〔1899〕5号");
	CLEAN("(2007年8月30日通过)");
	CLEAN("国发〔12〕45号");
	CLEAN("〔2019〕");
}

static void
test_hao_vague(void)
{
	ONE("(国令第711号) 号", CITE_DANGLING_HAO, 0, "(国令第711号) 号",
	    "(国令第711号)", "dangling '号'");
	ONE("《中华人民共和国政府信息公开条例》(国令第711号) 号",
	    CITE_DANGLING_HAO, 51, "(国令第711号) 号", "(国令第711号)",
	    "dangling '号'");
	ONE("国务院令第711号号", CITE_DANGLING_HAO, 18, "号号", "号",
	    "dangling '号'");
	ONE("(国令第711号）　号", CITE_DANGLING_HAO, 0, "(国令第711号）　号",
	    "(国令第711号）", "dangling '号'");

	ONE("信息公开规定", CITE_VAGUE, 0, "信息公开规定", NULL,
	    "vague basis: cite the law or document");
	ONE("相关政策规定", CITE_VAGUE, 0, "相关政策规定", NULL,
	    "vague basis: cite the law or document");
	ONE("相关政策文件", CITE_VAGUE, 0, "相关政策文件", NULL,
	    "vague basis: cite the law or document");
	ONE("各地配套政策法规文件", CITE_VAGUE, 0, "各地配套政策法规文件",
	    NULL, "vague basis: cite the law or document");
	ONE("《信息公开条例》及相关规定", CITE_VAGUE, 0,
	    "《信息公开条例》及相关规定", NULL,
	    "vague basis: cite the law or document");
	ONE(" 相关 政策规定。", CITE_VAGUE, 0, " 相关 政策规定。", NULL,
	    "vague basis: cite the law or document");
	/* Vague words next to a real citation are not vague. */
	CLEAN("《中华人民共和国政府信息公开条例》及相关政策规定");
	CLEAN("信息公开规定实施细则");
}

static void
test_several(void)
{
	/* Findings of different kinds come back ordered by offset. */
	INT_EQ(C("中华人民共和国政府信息公开条例》(国办发〔201954号) 号"), 3);
	INT_EQ(f[0].kind, CITE_UNBALANCED);
	INT_EQ(f[0].off, 0);
	INT_EQ(f[1].kind, CITE_DANGLING_HAO);
	INT_EQ(f[2].kind, CITE_DOCNO);
	STR_EQ(f[2].fix, "国办发〔2019〕54号");
	OK(f[1].off <= f[2].off);

	/* Only max are written; the count is all of them. */
	INT_EQ(cite_check(&A, "》》》", f, 2), 3);
	INT_EQ(cite_check(&A, "》》》", NULL, 0), 3);
}

static void
test_split(void)
{
	const char	*o[8];
	size_t		 n;

	n = cite_split(&A, "《a》《b》", o, 8);
	INT_EQ(n, 2);
	STR_EQ(o[0], "《a》");
	STR_EQ(o[1], "《b》");
	n = cite_split(&A, "《a》、《b》;《c》；《d》,《e》，《f》", o, 8);
	INT_EQ(n, 6);
	STR_EQ(o[0], "《a》");
	STR_EQ(o[5], "《f》");
	n = cite_split(&A, "●《a》\n● 《b》(国令第711号)\r\n", o, 8);
	INT_EQ(n, 2);
	STR_EQ(o[0], "《a》");
	STR_EQ(o[1], "《b》(国令第711号)");
	n = cite_split(&A, "1.《a》;2.《b》;3.《c》", o, 8);
	INT_EQ(n, 3);
	STR_EQ(o[0], "《a》");
	STR_EQ(o[1], "《b》");
	STR_EQ(o[2], "《c》");
	n = cite_split(&A, "1、《a》2、《b》(国发〔2012〕45号)3．《c》。", o,
	    8);
	INT_EQ(n, 3);
	STR_EQ(o[0], "《a》");
	STR_EQ(o[1], "《b》(国发〔2012〕45号)");
	STR_EQ(o[2], "《c》");

	/* Separators inside titles, parentheses and quotes do not split. */
	n = cite_split(&A, "《行政许可、行政处罚办法》(2016年12月8日发布,"
	    "建保〔2016〕281号);《b》", o, 8);
	INT_EQ(n, 2);
	STR_EQ(o[0], "《行政许可、行政处罚办法》(2016年12月8日发布,"
	    "建保〔2016〕281号)");
	n = cite_split(&A, "《条例》(国务院令第711号),第二十条第二款:"
	    "“行政机关应当,依照”", o, 8);
	INT_EQ(n, 1);
	n = cite_split(&A, "《a》(2.5版),《b》", o, 8);
	INT_EQ(n, 2);
	STR_EQ(o[0], "《a》(2.5版)");

	/* Trimming, empty items, limits. */
	n = cite_split(&A, " 　《a》 ;; , \n\n", o, 8);
	INT_EQ(n, 1);
	STR_EQ(o[0], "《a》");
	INT_EQ(cite_split(&A, "", o, 8), 0);
	INT_EQ(cite_split(&A, "   \n ", o, 8), 0);
	INT_EQ(cite_split(&A, NULL, o, 8), 0);
	INT_EQ(cite_split(&A, "a、b、c、d", o, 2), 4);
	STR_EQ(o[1], "b");
	INT_EQ(cite_split(&A, "a、b", NULL, 0), 2);
}

static void
test_edges(void)
{
	const char	*o[4];
	char		*big;
	size_t		 n = 1024 * 1024, i, k;
	clock_t		 t0;

	CLEAN("");
	CLEAN("   ");
	INT_EQ(cite_check(&A, NULL, f, MAXF), 0);
	CLEAN("\xff\xfe\x80\xc0\xe5\xbd");
	CLEAN("\xe3\x80");		/* a truncated 《 */
	ONE("\xff《\x80", CITE_UNBALANCED, 1, "《\x80", "《\x80》",
	    "missing '》'");
	ONE("\xff》", CITE_UNBALANCED, 0, "\xff》", "《\xff》",
	    "missing '《'");
	CLEAN("国发〔2012\xff" "45号");

	big = malloc(n + 64);
	t0 = clock();

	for (i = 0; i + 3 <= n; i += 3)
		memcpy(big + i, "《", 3);
	big[i] = '\0';
	INT_EQ(C(big), i / 3);
	for (k = 0; k < MAXF; k++) {
		INT_EQ(f[k].kind, CITE_UNBALANCED);
		INT_EQ(f[k].off, 3 * k);
		OK(f[k].fix == NULL);
	}
	INT_EQ(cite_split(&A, big, o, 4), 1);
	INT_EQ(strlen(o[0]), i);

	for (i = 0; i + 3 <= n; i += 3)
		memcpy(big + i, "》", 3);
	big[i] = '\0';
	INT_EQ(C(big), i / 3);
	INT_EQ(f[MAXF - 1].off, 3 * (MAXF - 1));

	memset(big, '7', n);
	big[n] = '\0';
	CLEAN(big);
	INT_EQ(cite_split(&A, big, o, 4), 1);
	memcpy(big, "〔2019", 7);
	memcpy(big + n - 3, "号", 4);
	INT_EQ(C(big), 1);
	INT_EQ(f[0].kind, CITE_DOCNO);
	INT_EQ(f[0].len, n);

	/* Many short problems: one finding each, still linear. */
	for (i = 0; i + 3 <= n; i += 3)
		memcpy(big + i, "号", 3);
	big[i] = '\0';
	INT_EQ(C(big), i / 3 - 1);
	for (i = 0; i + 4 <= n; i += 4)
		memcpy(big + i, "号)", 4);
	big[i] = '\0';
	INT_EQ(C(big), i / 4 - 1);
	for (i = 0; i + 12 <= n; i += 12)
		memcpy(big + i, "〔201455号", 12);
	big[i] = '\0';
	INT_EQ(C(big), i / 12);
	STR_EQ(f[0].fix, "〔2014〕55号");
	memset(big, ' ', n);
	memcpy(big + n - 3, "号", 4);
	memcpy(big, "号", 3);
	INT_EQ(C(big), 1);
	for (i = 0; i + 8 <= n; i += 8)
		memcpy(big + i, "《(、,", 8);
	big[i] = '\0';
	OK(C(big) > 0);
	OK(cite_split(&A, big, o, 4) >= 1);
	for (i = 0; i + 2 <= n; i += 2)
		memcpy(big + i, "1.", 2);
	big[i] = '\0';
	CLEAN(big);
	INT_EQ(cite_split(&A, big, o, 4), 1);

	OK((double)(clock() - t0) / CLOCKS_PER_SEC < 10.0);
	free(big);
}

int
main(void)
{
	test_shapes();
	test_unbalanced();
	test_docno();
	test_hao_vague();
	test_several();
	test_split();
	test_edges();
	arena_release(&A);
	return harness_done("cite");
}
