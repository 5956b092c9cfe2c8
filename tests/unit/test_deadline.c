/* Unit tests for lib/deadline.c: every phrase of domain.md section 5. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "arena.h"
#include "deadline.h"
#include "harness.h"

static struct arena	 A = ARENA_INIT;

static struct deadline
P(const char *s)
{
	struct deadline	 d;

	deadline_parse(&A, s, &d);
	return d;
}

/* A relative deadline with no posting period and no exception. */
#define REL(s, trig, amt, u, nt) do {					\
	struct deadline d_ = P(s);					\
	INT_EQ(d_.kind, DL_RELATIVE);					\
	INT_EQ(d_.trigger, (trig));					\
	INT_EQ(d_.amount, (amt));					\
	INT_EQ(d_.unit, (u));						\
	INT_EQ(d_.display_days, 0);					\
	INT_EQ(d_.nexc, 0);						\
	OK(d_.period == NULL);						\
	if ((nt) == NULL) OK(d_.note == NULL);				\
	else STR_EQ(d_.note, (nt));					\
	STR_EQ(d_.raw, (s));						\
} while (0)

#define KIND(s, k, per, nt) do {					\
	struct deadline d_ = P(s);					\
	INT_EQ(d_.kind, (k));						\
	INT_EQ(d_.amount, 0);						\
	if ((per) == NULL) OK(d_.period == NULL);			\
	else STR_EQ(d_.period, (per));					\
	if ((nt) == NULL) OK(d_.note == NULL);				\
	else STR_EQ(d_.note, (nt));					\
	STR_EQ(d_.raw, (s));						\
} while (0)

#define FOC	DL_TRIG_FORMED_OR_CHANGED
#define WD	DL_UNIT_WORKING_DAY

static void
test_table(void)
{
	struct deadline	 d;

	REL("信息形成或者变更之日起20个工作日内", FOC, 20, WD, NULL);
	REL("信息形成或变更之日起20个工作日内", FOC, 20, WD, NULL);
	REL("信息形成或变更之日起3个工作日内", FOC, 3, WD, NULL);
	REL("信息形成或变更之日起20个工作日内公开", FOC, 20, WD, NULL);
	REL("公开事项信息形成或变更之日起20个工作日内公开", FOC, 20, WD,
	    NULL);
	REL("形成或者变更之日起20个工作日内予以公开", FOC, 20, WD, NULL);
	REL("信息形成之日起20个工作日内", DL_TRIG_FORMED, 20, WD, NULL);
	REL("信息形成20个工作日内公开", DL_TRIG_FORMED, 20, WD, NULL);
	REL("信息形成20个工 作日内公开", DL_TRIG_FORMED, 20, WD, NULL);
	REL("信息形成20个工\n作日内公开", DL_TRIG_FORMED, 20, WD, NULL);
	REL("信息产生、变更之日起20个工作日内公开,"
	    "保持长期公开(相关政策法规另有规定的应从其规定)", FOC, 20, WD,
	    "保持长期公开(相关政策法规另有规定的应从其规定)");
	REL("信息形成(变更)20个工作日内", FOC, 20, WD, NULL);
	REL("信息形成（变更）20个工作日内", FOC, 20, WD, NULL);
	REL("条目化展示、信息形成(变更)20个工作日内", FOC, 20, WD,
	    "条目化展示");
	REL("制定或获取信息之日起10个工作日内",
	    DL_TRIG_MADE_OR_OBTAINED, 10, WD, NULL);
	/* The cell as broken over lines in one source. */
	REL("制定或获取信息 之日起10个工作\n日 内",
	    DL_TRIG_MADE_OR_OBTAINED, 10, WD, NULL);
	REL("制定或获取信息 之日起10个工作 / 日 内",
	    DL_TRIG_MADE_OR_OBTAINED, 10, WD, NULL);
	REL("颁布或印发之日起5个工作日内", DL_TRIG_ISSUED, 5, WD, NULL);
	REL("20工作日", DL_TRIG_NONE, 20, WD, NULL);
	REL("20个工作日", DL_TRIG_NONE, 20, WD, NULL);
	REL("部门预算经本级财政部门批复后20日内公开", DL_TRIG_APPROVED, 20,
	    DL_UNIT_DAY, "部门预算经本级财政部门");

	d = P("制定或获取信息之日起10个工作日内,公示7个工作日");
	INT_EQ(d.kind, DL_RELATIVE);
	INT_EQ(d.trigger, DL_TRIG_MADE_OR_OBTAINED);
	INT_EQ(d.amount, 10);
	INT_EQ(d.unit, WD);
	INT_EQ(d.display_days, 7);
	INT_EQ(d.display_unit, WD);
	OK(d.note == NULL);
	d = P("制定或获取信息之日起10个工作日内，公示7个工作日");
	INT_EQ(d.display_days, 7);
	OK(d.note == NULL);

	d = P("信息形成20个工作日内公开;其中行政许可、行政处罚事项应自"
	    "作出行政决定之日起7个工作日内公示");
	INT_EQ(d.kind, DL_RELATIVE);
	INT_EQ(d.trigger, DL_TRIG_FORMED);
	INT_EQ(d.amount, 20);
	INT_EQ(d.unit, WD);
	INT_EQ(d.nexc, 1);
	STR_EQ(d.exc[0].scope, "行政许可、行政处罚事项");
	INT_EQ(d.exc[0].trigger, DL_TRIG_DECISION_MADE);
	INT_EQ(d.exc[0].amount, 7);
	INT_EQ(d.exc[0].unit, WD);
	OK(d.note == NULL);
	d = P("信息形成20个工作日内公开；其中行政许可、行政处罚事项应自"
	    "作出行政决定之日起7个工作日内公示");
	INT_EQ(d.nexc, 1);
	STR_EQ(d.exc[0].scope, "行政许可、行政处罚事项");

	KIND("实时公开", DL_REALTIME, NULL, NULL);
	KIND("实时", DL_REALTIME, NULL, NULL);
	KIND("及时公开", DL_TIMELY, NULL, NULL);
	KIND("及时", DL_TIMELY, NULL, NULL);
	KIND("随时公布", DL_TIMELY, NULL, NULL);
	KIND("同上", DL_DITTO, NULL, NULL);
	KIND("长期", DL_STANDING, NULL, NULL);
	KIND("长期公开", DL_STANDING, NULL, NULL);
	KIND("永久公开", DL_STANDING, NULL, NULL);
	KIND("常态公开", DL_STANDING, NULL, NULL);
	KIND("按年公开", DL_PERIODIC, "year", NULL);
	KIND("每季度的首个月20日", DL_PERIODIC, "quarter",
	    "每季度的首个月20日");
	KIND("每季度的首个月20日 (集体财务往来较多的,"
	    "财务收支情况应每月公布一次)", DL_PERIODIC, "quarter",
	    "每季度的首个月20日(集体财务往来较多的,"
	    "财务收支情况应每月公布一次)");

	/* The source elides the end of this one. */
	d = P("及时公开,公告期限为5个…");
	INT_EQ(d.kind, DL_TIMELY);
	INT_EQ(d.display_days, 0);
	STR_EQ(d.note, "公告期限为5个…");
	d = P("及时公开,公告期限为5个工作日");
	INT_EQ(d.kind, DL_TIMELY);
	INT_EQ(d.display_days, 5);
	INT_EQ(d.display_unit, WD);
	OK(d.note == NULL);
}

static void
test_variants(void)
{
	struct deadline	 d;

	/* 宁德's taxonomy. */
	KIND("按日公开", DL_PERIODIC, "day", NULL);
	KIND("按月公开", DL_PERIODIC, "month", NULL);
	KIND("按季度公开", DL_PERIODIC, "quarter", NULL);
	KIND("按年度公开", DL_PERIODIC, "year", NULL);
	KIND("每年", DL_PERIODIC, "year", NULL);
	KIND("每月", DL_PERIODIC, "month", NULL);
	KIND("每季度", DL_PERIODIC, "quarter", NULL);
	KIND("常态化公开", DL_STANDING, NULL, NULL);
	REL("20个工作日内公开", DL_TRIG_NONE, 20, WD, NULL);

	/* The statute's own wording (条例 第二十六条). */
	REL("自该政府信息形成或者变更之日起20个工作日内及时公开", FOC, 20,
	    WD, NULL);
	REL("信息形成或变更后20个工作日内", FOC, 20, WD, NULL);
	REL("信息产生或者变更之日起二十个工作日内公开", FOC, 20, WD, NULL);
	REL("制作或者获取之日起10个工作日内", DL_TRIG_MADE_OR_OBTAINED, 10,
	    WD, NULL);
	REL("作出决定之日起7个工作日内", DL_TRIG_DECISION_MADE, 7, WD,
	    NULL);
	REL("批复后15天内", DL_TRIG_APPROVED, 15, DL_UNIT_DAY, NULL);

	/* Traditional, full-width and Chinese numerals. */
	REL("信息形成或變更之日起20個工作日內公開", FOC, 20, WD, NULL);
	REL("信息形成之日起２０个工作日内", DL_TRIG_FORMED, 20, WD, NULL);
	REL("信息形成之日起　２０　個工作日內", DL_TRIG_FORMED, 20, WD, NULL);
	REL("十五日内", DL_TRIG_NONE, 15, DL_UNIT_DAY, NULL);
	REL("三个月内公开", DL_TRIG_NONE, 3, DL_UNIT_MONTH, NULL);
	REL("一百二十天", DL_TRIG_NONE, 120, DL_UNIT_DAY, NULL);
	REL("三十日", DL_TRIG_NONE, 30, DL_UNIT_DAY, NULL);
	REL("七个工作日内", DL_TRIG_NONE, 7, WD, NULL);
	KIND("實時公開", DL_REALTIME, NULL, NULL);
	KIND("隨時公佈", DL_TIMELY, NULL, NULL);
	KIND("長期", DL_STANDING, NULL, NULL);
	/* Any traditional character OpenCC knows, not a chosen few. */
	REL("頒佈或印發之日起５個工作日內", DL_TRIG_ISSUED, 5, WD, NULL);
	REL("批覆後15天內", DL_TRIG_APPROVED, 15, DL_UNIT_DAY, NULL);
	KIND("每學期公佈", DL_PERIODIC, "semester", NULL);
	d = P("信息形成之日起20個工作日內,公示時間7個工作日");
	INT_EQ(d.kind, DL_RELATIVE);
	INT_EQ(d.display_days, 7);
	OK(d.note == NULL);
	/* Understood as written: no fold, and the text kept as it is. */
	d = P("信息形成之日起20个工作日内,涉密內容除外");
	INT_EQ(d.kind, DL_RELATIVE);
	STR_EQ(d.note, "涉密内容除外");

	/* Trigger then a qualitative word. */
	d = P("信息形成后及时公开");
	INT_EQ(d.kind, DL_TIMELY);
	INT_EQ(d.trigger, DL_TRIG_FORMED);
	OK(d.note == NULL);
	d = P("信息形成后每月公开");
	INT_EQ(d.kind, DL_PERIODIC);
	STR_EQ(d.period, "month");
	STR_EQ(d.note, "信息形成后每月公开");

	/* A date is not a span; 个 is required before 月. */
	d = P("每年3月31日前");
	INT_EQ(d.kind, DL_PERIODIC);
	STR_EQ(d.period, "year");
	d = P("于3月31日前公开");
	INT_EQ(d.kind, DL_TEXT);
	d = P("3月");
	INT_EQ(d.kind, DL_TEXT);

	/* Ditto with punctuation around it. */
	KIND("同上。", DL_DITTO, NULL, NULL);
	KIND(" (同上) ", DL_DITTO, NULL, NULL);
	KIND("“同上”", DL_DITTO, NULL, NULL);
	KIND("　同 上\n", DL_DITTO, NULL, NULL);
	KIND("同上级", DL_TEXT, NULL, NULL);

	/* Several exceptions, and a posting period with another unit. */
	d = P("20个工作日内公开;其中A事项应自作出决定之日起7个工作日内公示;"
	    "B事项应在批复后5日内公开");
	INT_EQ(d.nexc, 2);
	STR_EQ(d.exc[0].scope, "A事项");
	INT_EQ(d.exc[0].trigger, DL_TRIG_DECISION_MADE);
	STR_EQ(d.exc[1].scope, "B事项");
	INT_EQ(d.exc[1].trigger, DL_TRIG_APPROVED);
	INT_EQ(d.exc[1].amount, 5);
	INT_EQ(d.exc[1].unit, DL_UNIT_DAY);
	d = P("20个工作日内公开,公示期不少于7天");
	INT_EQ(d.display_days, 7);
	INT_EQ(d.display_unit, DL_UNIT_DAY);
	d = P("20个工作日内公开;其中另有规定的从其规定");
	INT_EQ(d.nexc, 0);
	STR_EQ(d.note, "另有规定的从其规定");

	/* Residue after the amount goes to the note. */
	REL("20个工作日内公开,每月更新", DL_TRIG_NONE, 20, WD, "每月更新");

	/* Not understood at all. */
	d = P("根据实际情况");
	INT_EQ(d.kind, DL_TEXT);
	STR_EQ(d.raw, "根据实际情况");
	OK(d.note == NULL);
	d = P("信息形成后");
	INT_EQ(d.kind, DL_TEXT);
	INT_EQ(d.trigger, DL_TRIG_NONE);
	d = P("0个工作日");
	INT_EQ(d.kind, DL_TEXT);
}

static void
test_edges(void)
{
	struct deadline	 d;
	char		*big;
	size_t		 n = 1024 * 1024, i;
	clock_t		 t0;

	d = P("");
	INT_EQ(d.kind, DL_NONE);
	STR_EQ(d.raw, "");
	d = P("   \t\n");
	INT_EQ(d.kind, DL_NONE);
	d = P("\xe3\x80\x80\xe3\x80\x80");	/* U+3000 twice */
	INT_EQ(d.kind, DL_NONE);
	deadline_parse(&A, NULL, &d);
	INT_EQ(d.kind, DL_NONE);
	STR_EQ(d.raw, "");

	/* Invalid UTF-8 is carried through as opaque bytes. */
	d = P("\xff\xfe" "20个工作日\x80");
	INT_EQ(d.kind, DL_RELATIVE);
	INT_EQ(d.amount, 20);
	STR_EQ(d.raw, "\xff\xfe" "20个工作日\x80");
	d = P("\xe5\xbd");
	INT_EQ(d.kind, DL_TEXT);
	STR_EQ(d.raw, "\xe5\xbd");
	d = P("20个工作\xe6");
	INT_EQ(d.kind, DL_TEXT);
	d = P("\xc0\xaf\xed\xa0\x80\xf8\x88\x80\x80\x80");
	INT_EQ(d.kind, DL_TEXT);

	/* Huge inputs: linear time, values still right. */
	big = malloc(n + 64);
	t0 = clock();

	memset(big, '7', n);
	big[n] = '\0';
	d = P(big);
	INT_EQ(d.kind, DL_TEXT);
	INT_EQ(strlen(d.raw), n);
	memcpy(big + n, "个工作日", sizeof("个工作日"));
	d = P(big);
	INT_EQ(d.kind, DL_TEXT);

	for (i = 0; i + 3 <= n; i += 3)
		memcpy(big + i, "《", 3);
	big[i] = '\0';
	d = P(big);
	INT_EQ(d.kind, DL_TEXT);

	for (i = 0; i + 6 <= n; i += 6)
		memcpy(big + i, "作出", 6);
	big[i] = '\0';
	d = P(big);
	INT_EQ(d.kind, DL_TEXT);

	for (i = 0; i + 3 <= n; i += 3)
		memcpy(big + i, "二", 3);
	memcpy(big + i, "日", sizeof("日"));
	d = P(big);
	INT_EQ(d.kind, DL_TEXT);

	memset(big, ' ', n);
	memcpy(big + n - 20, "20个工作日", sizeof("20个工作日"));
	d = P(big);
	INT_EQ(d.kind, DL_RELATIVE);
	INT_EQ(d.amount, 20);

	for (i = 0; i + 3 <= n; i += 3)
		memcpy(big + i, "其", 3);
	memcpy(big + i, "中", sizeof("中"));
	d = P(big);
	INT_EQ(d.kind, DL_TEXT);

	OK((double)(clock() - t0) / CLOCKS_PER_SEC < 10.0);
	free(big);
}

static void
test_names_equal(void)
{
	struct deadline	 x, y;

	STR_EQ(dl_kind_name(DL_RELATIVE), "relative");
	STR_EQ(dl_kind_name(DL_REALTIME), "realtime");
	STR_EQ(dl_kind_name(DL_TIMELY), "timely");
	STR_EQ(dl_kind_name(DL_PERIODIC), "periodic");
	STR_EQ(dl_kind_name(DL_STANDING), "standing");
	STR_EQ(dl_kind_name(DL_DITTO), "ditto");
	STR_EQ(dl_kind_name(DL_TEXT), "text");
	STR_EQ(dl_kind_name(DL_NONE), "none");
	STR_EQ(dl_trigger_name(FOC), "formed_or_changed");
	STR_EQ(dl_trigger_name(DL_TRIG_FORMED), "formed");
	STR_EQ(dl_trigger_name(DL_TRIG_MADE_OR_OBTAINED), "made_or_obtained");
	STR_EQ(dl_trigger_name(DL_TRIG_ISSUED), "issued");
	STR_EQ(dl_trigger_name(DL_TRIG_DECISION_MADE), "decision_made");
	STR_EQ(dl_trigger_name(DL_TRIG_APPROVED), "approved");
	OK(dl_trigger_name(DL_TRIG_NONE) == NULL);
	STR_EQ(dl_unit_name(WD), "working_day");
	STR_EQ(dl_unit_name(DL_UNIT_DAY), "day");
	STR_EQ(dl_unit_name(DL_UNIT_MONTH), "month");
	OK(dl_unit_name(DL_UNIT_NONE) == NULL);

	x = P("信息形成或变更之日起20个工作日内");
	y = P("形成或者变更之日起20个工作日内予以公开");
	OK(deadline_equal(&x, &y));
	y = P("信息形成之日起20个工作日内");
	OK(!deadline_equal(&x, &y));
	y = P("信息形成或变更之日起20日内");
	OK(!deadline_equal(&x, &y));
	y = P("信息形成或变更之日起20个工作日内,公示7个工作日");
	OK(!deadline_equal(&x, &y));
	x = P("每季度的首个月20日");
	y = P("按季度");
	OK(deadline_equal(&x, &y));
	y = P("按月");
	OK(!deadline_equal(&x, &y));
	x = P("根据 实际 情况");
	y = P("根据实际情况");
	OK(deadline_equal(&x, &y));
	y = P("根据具体情况");
	OK(!deadline_equal(&x, &y));
	x = P("信息形成20个工作日内公开;其中行政许可、行政处罚事项应自"
	    "作出行政决定之日起7个工作日内公示");
	y = P("信息形成20个工作日内公开");
	OK(!deadline_equal(&x, &y));
	y = P("信息形成20个工作日内公开；其中行政许可、行政处罚事项应自"
	    "作出行政决定之日起7个工作日内公示。");
	OK(deadline_equal(&x, &y));
	/* A scope read as written is the same in traditional characters. */
	y = P("信息形成20个工作日内公开;其中行政許可、行政處罰事項应自"
	    "作出行政决定之日起7个工作日内公示");
	OK(deadline_equal(&x, &y));
	y = P("信息形成20个工作日内公开;其中行政确认事项应自"
	    "作出行政决定之日起7个工作日内公示");
	OK(!deadline_equal(&x, &y));
	x = P("根據實際情況");
	y = P("根据实际情况");
	OK(deadline_equal(&x, &y));
	x = P("同上");
	y = P("同上。");
	OK(deadline_equal(&x, &y));
	x = P("");
	y = P("  ");
	OK(deadline_equal(&x, &y));
}

int
main(void)
{
	test_table();
	test_variants();
	test_edges();
	test_names_equal();
	arena_release(&A);
	/* School catalogs publish by term. */
	{
		struct arena	 a = ARENA_INIT;
		struct deadline	 dl;

		deadline_parse(&a, "每学期开学前公布", &dl);
		INT_EQ(dl.kind, DL_PERIODIC);
		STR_EQ(dl.period, "semester");
		deadline_parse(&a, "按学期公开", &dl);
		INT_EQ(dl.kind, DL_PERIODIC);
		STR_EQ(dl.period, "semester");
		arena_release(&a);
	}
	return harness_done("deadline");
}
