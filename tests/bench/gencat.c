/*
 * gencat: write a large, deterministic gkml catalog for benchmarks.
 *
 * Every item is generated from its own PRNG stream, seeded from the
 * seed and the item number, so an item's text does not depend on the
 * items before it.  That is what lets -c write a "new version" of the
 * same catalog: the same items, with a chosen percentage of them
 * modified, removed, added, moved to another category or renamed.
 */

#include <err.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))
#define CATSIZE		50	/* mean items per category */
#define MAXCONTENT	7	/* content elements per item, at most */

/* What -c does to an item; CH_NONE for all items without -c. */
enum change {
	CH_NONE,
	CH_CHAN_DEL,		/* one channel removed */
	CH_CHAN_ADD,		/* one channel added */
	CH_DEADLINE,		/* deadline rephrased */
	CH_CONTENT,		/* content element added */
	CH_REMOVE,		/* item left out */
	CH_ADD,			/* a new item written after it */
	CH_MOVE,		/* item written in a neighbouring category */
	CH_RENAME		/* same item under a new id */
};

struct item {
	char		 tag;		/* 'i', or 'r' when renamed */
	unsigned long	 num;		/* the number in the id */
	unsigned long	 cat;		/* category the text is drawn for */
	unsigned	 village, aspect;
	unsigned	 elem[MAXCONTENT + 1];
	unsigned	 nelem;
	int		 aslist;	/* content as a block list */
	unsigned	 basis[3];
	unsigned	 nbasis;
	unsigned	 deadline;
	unsigned	 body;
	unsigned	 chans;		/* bit i: channels[i] */
	unsigned	 audience, mode, levels;
	unsigned	 stage;		/* 0: none */
	unsigned	 notes;		/* 0: none */
};

static const char *const syl1[] = {
	"石", "大", "小", "新", "青", "白", "黄", "红", "龙", "凤",
	"金", "银", "东", "西", "南", "北", "上", "下", "中", "马",
	"牛", "桃", "李", "柳", "松", "竹", "梅", "兰", "云", "万",
	"三", "双", "高", "平", "安", "太", "长", "永", "兴", "宝",
};

static const char *const syl2[] = {
	"羊", "河", "山", "坪", "桥", "沟", "湾", "林", "田", "庄",
	"寨", "坝", "口", "塘", "岭", "溪", "岩", "营", "屯", "堡",
	"冲", "湖", "场", "铺", "阳", "丰", "和", "宁", "福", "泉",
	"水", "江", "峰", "花", "树", "门", "城", "源", "井", "园",
};

static const char *const townsuf[] = { "镇", "镇", "乡", "街道" };

static const char *const topics[] = {
	"最低生活保障", "特困人员救助供养", "临时救助", "医疗救助",
	"教育救助", "住房救助", "就业救助", "受灾人员救助",
	"流浪乞讨人员救助", "残疾人两项补贴", "孤儿基本生活保障",
	"困境儿童保障", "低收入人口动态监测", "社会救助资金管理",
	"社会力量参与社会救助",
};

static const char *const aspects[] = {
	"政策文件", "办事指南", "审核审批结果", "救助标准",
	"资金发放情况", "对象名单公示", "监督举报方式", "申请条件",
	"办理流程", "年度统计数据", "专项检查结果", "动态调整情况",
};

static const char *const elements[] = {
	"政策依据", "救助对象范围", "申请条件", "救助标准",
	"申请材料", "办理流程", "办理时限", "办理地点",
	"办理时间", "咨询电话", "监督举报电话", "审批结果",
	"对象姓名", "家庭人口", "保障金额", "发放时间",
	"资金来源", "资金使用情况", "救助人次", "年度统计数据",
	"入户调查情况", "民主评议结果", "动态管理情况", "退出原因",
};

static const char *const citations[] = {
	"《中华人民共和国政府信息公开条例》(国务院令第711号)",
	"《社会救助暂行办法》(国务院令第649号)",
	"《国务院关于进一步加强和改进最低生活保障工作的意见》(国发〔2012〕45号)",
	"《最低生活保障审核审批办法(试行)》(民发〔2012〕220号)",
	"《特困人员认定办法》(民发〔2021〕43号)",
	"《国务院关于全面建立临时救助制度的通知》(国发〔2014〕47号)",
	"《国务院关于进一步健全特困人员救助供养制度的意见》(国发〔2016〕14号)",
	"《城市生活无着的流浪乞讨人员救助管理办法》(国务院令第381号)",
	"《自然灾害救助条例》(国务院令第577号)",
	"《国务院办公厅关于加强孤儿保障工作的意见》(国办发〔2010〕54号)",
	"《国务院关于加强困境儿童保障工作的意见》(国发〔2016〕36号)",
	"《中华人民共和国残疾人保障法》",
	"《关于改革完善社会救助制度的意见》",
	"《政府信息公开条例》",
};

static const char *const deadlines[] = {
	"信息形成或者变更之日起20个工作日内",
	"信息形成或者变更之日起20个工作日内",
	"信息形成或者变更之日起20个工作日内",
	"实时公开",
	"制定或获取信息之日起10个工作日内",
	"每季度公布一次",
	"信息形成之日起20个工作日内",
	"制定或获取信息之日起10个工作日内,公示7个工作日",
	"及时公开",
	"颁布或印发之日起5个工作日内",
	"长期公开",
	"每季度的首个月20日",
};

static const char *const channels[] = {
	"website", "gazette", "new-media", "press-conference", "broadcast",
	"print", "reading-point", "service-center", "service-station",
	"on-site", "notice-board", "push", "hotline",
};

/* How often each channel is picked, in the same order. */
static const unsigned chanweight[] = {
	30, 3, 8, 2, 2, 2, 6, 10, 8, 3, 20, 4, 4,
};

static const char *const levelsets[] = {
	"[county]", "[county, township]", "[county, township, village]",
};

static const char *const stages[] = {
	NULL, "decision", "execution", "management", "service", "result",
};

static const char *const notes[] = {
	NULL,
	"以上信息同时在村务公开栏张贴",
	"涉及个人隐私的信息依法予以保护,不公开身份证号码等个人信息",
	"公示期满无异议后按月发放",
	"可拨打12345政务服务热线咨询",
	"资金发放情况每季度更新一次",
};

static const char	*county = "青山县";
static uint64_t		 seed = 1;
static double		 pct;		/* -c: chance an item changes */
static unsigned long	 nitems;
static unsigned long	 ncat;
static unsigned long	*bound;		/* category c: items bound[c]+1..bound[c+1] */

static void	usage(void) __attribute__((noreturn));

/* splitmix64: spreads a seed over 64 bits before xorshift takes over. */
static uint64_t
mix(uint64_t x)
{
	x += 0x9e3779b97f4a7c15ULL;
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
	x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
	return x ^ (x >> 31);
}

/* xorshift64*: the PRNG stream of one item or category. */
static uint64_t
rnd(uint64_t *s)
{
	*s ^= *s >> 12;
	*s ^= *s << 25;
	*s ^= *s >> 27;
	return *s * 0x2545f4914f6cdd1dULL;
}

static unsigned
rndn(uint64_t *s, unsigned n)
{
	return (unsigned)((rnd(s) >> 32) * n >> 32);
}

/* A stream per (purpose, number); never zero, as xorshift needs. */
static uint64_t
stream(unsigned salt, unsigned long n)
{
	uint64_t s;

	s = mix(mix(seed) ^ mix(((uint64_t)salt << 56) ^ n));
	return s == 0 ? 1 : s;
}

static void
put(const char *s)
{
	fputs(s, stdout);
}

/* Write v in decimal, zero-padded to width digits. */
static void
putnum(unsigned long v, int width)
{
	char b[24];
	int i;

	i = sizeof(b);
	do {
		b[--i] = '0' + v % 10;
		v /= 10;
	} while (v != 0 || sizeof(b) - i < (size_t)width);
	fwrite(b + i, 1, sizeof(b) - i, stdout);
}

static void
putid(unsigned long c, char tag, unsigned long n)
{
	putchar('c');
	putnum(c + 1, 5);
	if (tag != '\0') {
		putchar('.');
		putchar(tag);
		putnum(n, 6);
	}
}

static void
puttown(unsigned long c)
{
	unsigned long t;

	t = c * 7919 % (NELEM(syl1) * NELEM(syl2));
	put(syl1[t / NELEM(syl2)]);
	put(syl2[t % NELEM(syl2)]);
	put(townsuf[c % NELEM(townsuf)]);
}

static void
putvillage(unsigned v)
{
	put(syl1[v / NELEM(syl2)]);
	put(syl2[v % NELEM(syl2)]);
	put("村");
}

/*
 * Category boundaries: about CATSIZE items each, each boundary moved
 * by up to a quarter of that so categories differ in size.
 */
static void
layout(void)
{
	unsigned long c, j, span;
	uint64_t s;

	ncat = (nitems + CATSIZE / 2) / CATSIZE;
	if (ncat == 0)
		ncat = 1;
	if ((bound = calloc(ncat + 1, sizeof(*bound))) == NULL)
		err(2, NULL);
	span = nitems / ncat / 4;
	for (c = 1; c < ncat; c++) {
		s = stream(1, c);
		j = span == 0 ? 0 : rnd(&s) % (2 * span + 1);
		bound[c] = c * nitems / ncat + j - span;
	}
	bound[ncat] = nitems;
}

/* Where a moved item of category c goes. */
static unsigned long
movetarget(unsigned long c)
{
	return c + 1 < ncat ? c + 1 : c - 1;
}

static enum change
changeof(unsigned long n)
{
	uint64_t s;
	enum change ch;

	if (pct <= 0)
		return CH_NONE;
	s = stream(2, n);
	if ((double)(rnd(&s) >> 11) / (double)(1ULL << 53) >= pct)
		return CH_NONE;
	ch = (enum change)(CH_CHAN_DEL + rndn(&s, CH_RENAME - CH_CHAN_DEL + 1));
	if (ch == CH_MOVE && ncat < 2)
		ch = CH_CONTENT;
	return ch;
}

static unsigned
pickchan(uint64_t *s)
{
	unsigned i, r, sum;

	sum = 0;
	for (i = 0; i < NELEM(chanweight); i++)
		sum += chanweight[i];
	r = rndn(s, sum);
	for (i = 0; r >= chanweight[i]; i++)
		r -= chanweight[i];
	return i;
}

/* Draw item number n (text of category c) from its own stream. */
static void
genitem(struct item *it, unsigned long n, unsigned long c)
{
	uint64_t s;
	unsigned i, k, r, used;

	memset(it, 0, sizeof(*it));
	s = stream(3, n);
	it->tag = 'i';
	it->num = n;
	it->cat = c;
	it->village = (unsigned)((n * 37 + rndn(&s, 16)) %
	    (NELEM(syl1) * NELEM(syl2)));
	it->aspect = (unsigned)((n + c) % NELEM(aspects));

	it->nelem = 2 + rndn(&s, MAXCONTENT - 2);
	used = 0;
	for (i = 0; i < it->nelem; i++) {
		do
			k = rndn(&s, NELEM(elements));
		while (used & (1U << k));
		used |= 1U << k;
		it->elem[i] = k;
	}
	it->aslist = rndn(&s, 10) == 0;

	r = rndn(&s, 10);
	it->nbasis = r < 6 ? 1 : r < 9 ? 2 : 3;
	it->basis[0] = rndn(&s, 4) == 0 ? NELEM(citations) - 1 : 0;
	for (i = 1; i < it->nbasis; i++)
		it->basis[i] = 1 + (it->basis[i - 1] + rndn(&s, 4)) %
		    (NELEM(citations) - 2);

	it->deadline = rndn(&s, NELEM(deadlines));
	it->body = rndn(&s, 5);
	k = 1 + rndn(&s, 4);
	for (i = 0; i < k; i++)
		it->chans |= 1U << pickchan(&s);
	it->audience = rndn(&s, 5) == 0;
	it->mode = rndn(&s, 7) == 0;
	it->levels = rndn(&s, NELEM(levelsets));
	it->stage = rndn(&s, 10) < 3 ? 0 : 1 + rndn(&s, NELEM(stages) - 1);
	it->notes = rndn(&s, 10) == 0 ? 1 + rndn(&s, NELEM(notes) - 1) : 0;
}

/* Apply a field-level change; the stream is separate from genitem's. */
static void
modify(struct item *it, enum change ch)
{
	uint64_t s;
	unsigned i, k;

	s = stream(4, it->num);
	switch (ch) {
	case CH_CHAN_DEL:
		if ((it->chans & (it->chans - 1)) != 0) {
			for (i = 0, k = 0; i < NELEM(channels); i++)
				k += (it->chans >> i) & 1;
			k = rndn(&s, k);
			for (i = 0;; i++)
				if ((it->chans & (1U << i)) && k-- == 0)
					break;
			it->chans &= ~(1U << i);
			break;
		}
		/* A lone channel is not removed: one is added instead. */
		/* FALLTHROUGH */
	case CH_CHAN_ADD:
		do
			i = rndn(&s, NELEM(channels));
		while (it->chans & (1U << i));
		it->chans |= 1U << i;
		break;
	case CH_DEADLINE:
		/* The table repeats its commonest phrase: compare text. */
		do
			k = rndn(&s, NELEM(deadlines));
		while (strcmp(deadlines[k], deadlines[it->deadline]) == 0);
		it->deadline = k;
		break;
	case CH_CONTENT:
		for (k = 0;; k = (k + 1) % NELEM(elements)) {
			for (i = 0; i < it->nelem; i++)
				if (it->elem[i] == k)
					break;
			if (i == it->nelem && rndn(&s, 4) == 0)
				break;
		}
		it->elem[it->nelem++] = k;
		break;
	default:
		break;
	}
}

static void
putitem(const struct item *it)
{
	unsigned i;
	int first;

	put("      - id: ");
	putid(it->cat, it->tag, it->num);
	put("\n        name: ");
	putvillage(it->village);
	put(topics[it->cat % NELEM(topics)]);
	put(aspects[it->aspect]);

	if (it->aslist) {
		put("\n        content:");
		for (i = 0; i < it->nelem; i++) {
			put("\n          - ");
			put(elements[it->elem[i]]);
		}
	} else {
		put("\n        content: ");
		putvillage(it->village);
		for (i = 0; i < it->nelem; i++) {
			if (i > 0)
				put("、");
			put(elements[it->elem[i]]);
		}
	}

	put("\n        basis:");
	for (i = 0; i < it->nbasis; i++) {
		put("\n          - ");
		put(citations[it->basis[i]]);
	}
	put("\n        deadline: ");
	put(deadlines[it->deadline]);

	put("\n        body: ");
	switch (it->body) {
	case 0:
	case 1:
	case 2:
		put(county);
		put("民政局");
		break;
	case 3:
		puttown(it->cat);
		put("人民政府");
		break;
	default:
		put(county);
		put("民政局、");
		puttown(it->cat);
		put("人民政府");
		break;
	}

	put("\n        channels: [");
	first = 1;
	for (i = 0; i < NELEM(channels); i++) {
		if ((it->chans & (1U << i)) == 0)
			continue;
		if (!first)
			put(", ");
		put(channels[i]);
		first = 0;
	}
	put("]\n        audience: ");
	put(it->audience ? "specific" : "public");
	put("\n        mode: ");
	put(it->mode ? "on-request" : "proactive");
	put("\n        levels: ");
	put(levelsets[it->levels]);
	if (it->stage != 0) {
		put("\n        stage: ");
		put(stages[it->stage]);
	}
	if (it->notes != 0) {
		put("\n        notes: ");
		put(notes[it->notes]);
	}
	putchar('\n');
}

/* Write item n as it appears in the new version at this place. */
static void
emit(unsigned long n, unsigned long c, enum change ch)
{
	struct item it;

	genitem(&it, n, c);
	if (ch == CH_RENAME)
		it.tag = 'r';
	modify(&it, ch);
	putitem(&it);
	if (ch == CH_ADD) {
		genitem(&it, nitems + n, c);
		putitem(&it);
	}
}

static void
putcategory(unsigned long c)
{
	unsigned long n, j;
	enum change ch;
	int any;

	put("  - id: ");
	putid(c, '\0', 0);
	put("\n    name: ");
	puttown(c);
	put(topics[c % NELEM(topics)]);
	put("\n");

	any = 0;
	for (n = bound[c] + 1; n <= bound[c + 1]; n++) {
		ch = changeof(n);
		if (ch == CH_REMOVE || ch == CH_MOVE)
			continue;
		if (!any)
			put("    items:\n");
		any = 1;
		emit(n, c, ch);
	}
	/* Items moved here from a neighbour go last. */
	for (j = c == 0 ? 0 : c - 1; j <= c + 1 && j < ncat; j++) {
		if (j == c || movetarget(j) != c)
			continue;
		for (n = bound[j] + 1; n <= bound[j + 1]; n++) {
			if (changeof(n) != CH_MOVE)
				continue;
			if (!any)
				put("    items:\n");
			any = 1;
			emit(n, j, CH_NONE);
		}
	}
	if (!any)
		put("    items: []\n");
}

static void
usage(void)
{
	fprintf(stderr, "usage: gencat [-c percent] [-s seed] items\n");
	exit(2);
}

int
main(int argc, char *argv[])
{
	static char obuf[1 << 20];
	unsigned long c;
	char *end;
	int ch;

	while ((ch = getopt(argc, argv, "c:s:")) != -1) {
		switch (ch) {
		case 'c':
			errno = 0;
			pct = strtod(optarg, &end);
			if (end == optarg || *end != '\0' || errno != 0 ||
			    !(pct >= 0 && pct <= 100))
				errx(2, "-c %s: not a percentage", optarg);
			pct /= 100;
			break;
		case 's':
			errno = 0;
			seed = strtoull(optarg, &end, 10);
			if (end == optarg || *end != '\0' || errno != 0)
				errx(2, "-s %s: not a seed", optarg);
			break;
		default:
			usage();
		}
	}
	argc -= optind;
	argv += optind;
	if (argc != 1)
		usage();
	errno = 0;
	nitems = strtoul(argv[0], &end, 10);
	if (end == argv[0] || *end != '\0' || errno != 0 || nitems == 0 ||
	    nitems > 99999999 || argv[0][0] == '-')
		errx(2, "%s: not a number of items (1-99999999)", argv[0]);

	setvbuf(stdout, obuf, _IOFBF, sizeof(obuf));
	layout();

	put("gkml: 1\n"
	    "catalog:\n"
	    "  id: bench/generated\n"
	    "  title: ");
	put(county);
	put("社会救助领域基层政务公开标准目录\n"
	    "  area: social-assistance\n"
	    "  level: county\n"
	    "  jurisdiction: ");
	put(county);
	put("\n  publisher: ");
	put(county);
	put("民政局\n"
	    "  version: \"2024\"\n"
	    "  updated: 2024-06-05\n"
	    "categories:\n");
	for (c = 0; c < ncat; c++)
		putcategory(c);

	if (fflush(stdout) == EOF || ferror(stdout))
		err(2, "stdout");
	free(bound);
	return 0;
}
