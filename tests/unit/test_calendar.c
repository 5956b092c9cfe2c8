/*
 * Unit tests for lib/calendar.h: dates, and working days counted with
 * the notices of schemas/calendar/ (a Spring Festival with its working
 * Sunday, a National Day, years with no notice), and a broken file.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "calendar.h"
#include "harness.h"

static long
D(const char *s)
{
	long	 day = 0;

	OK(cal_parse(s, &day) == 0);
	return day;
}

/* The day n working days after from, as YYYY-MM-DD, or "unknown". */
static const char *
after(struct calendar *c, const char *from, unsigned n)
{
	static char	 buf[11];
	long		 out;

	if (cal_after(c, D(from), n, &out) != 0)
		return "unknown";
	cal_format(out, buf);
	return buf;
}

static long
between(struct calendar *c, const char *from, const char *to)
{
	long	 n;

	return cal_between(c, D(from), D(to), &n) != 0 ? -1 : n;
}

static void
test_dates(void)
{
	char	 buf[11];
	long	 day;

	INT_EQ(D("1970-01-01"), 0);
	INT_EQ(cal_weekday(0), 3);		/* a Thursday */
	INT_EQ(cal_weekday(D("2024-02-18")), 6);	/* a Sunday */
	OK(cal_parse("2024-02-29", &day) == 0);	/* a leap day */
	cal_format(day + 1, buf);
	STR_EQ(buf, "2024-03-01");
	OK(cal_parse("2023-02-29", &day) != 0);	/* no such day */
	OK(cal_parse("2100-02-29", &day) != 0);	/* not a leap year */
	OK(cal_parse("2000-02-29", &day) == 0);	/* but this is */
	OK(cal_parse("2024-13-01", &day) != 0);
	OK(cal_parse("2024-1-01", &day) != 0);
	OK(cal_parse("2024-01-011", &day) != 0);
	OK(cal_parse("1899-12-31", &day) != 0);
	cal_format(D("2024-12-31") + 1, buf);
	STR_EQ(buf, "2025-01-01");
	INT_EQ(cal_year(D("2024-12-31")), 2024);
}

static void
test_workdays(void)
{
	struct calendar	*c = calendar_open(".");

	/* 2024's Spring Festival: 10-17 February off, Sunday the 18th a
	 * working day (国办发明电〔2023〕7号). */
	INT_EQ(cal_is_workday(c, D("2024-02-09")), 1);	/* a Friday */
	INT_EQ(cal_is_workday(c, D("2024-02-12")), 0);	/* a Monday off */
	INT_EQ(cal_is_workday(c, D("2024-02-18")), 1);	/* a Sunday at work */
	INT_EQ(cal_is_workday(c, D("2024-02-04")), 1);
	INT_EQ(cal_is_workday(c, D("2024-02-24")), 0);	/* a Saturday */
	/* Formed on Thursday 8 February: the 9th is day 1, then the 18th
	 * (a Sunday) is day 2, and 20 working days end on 13 March: on
	 * time that day, late on the 14th. */
	STR_EQ(after(c, "2024-02-08", 1), "2024-02-09");
	STR_EQ(after(c, "2024-02-08", 2), "2024-02-18");
	STR_EQ(after(c, "2024-02-08", 20), "2024-03-13");
	INT_EQ(between(c, "2024-02-08", "2024-03-13"), 20);
	INT_EQ(between(c, "2024-02-08", "2024-03-14"), 21);
	INT_EQ(between(c, "2024-02-08", "2024-02-08"), 0);
	INT_EQ(between(c, "2024-02-08", "2024-02-01"), 0);
	/* National Day 2024: 1-7 October off, Sunday 29 September and
	 * Saturday 12 October at work. */
	STR_EQ(after(c, "2024-09-27", 1), "2024-09-29");
	STR_EQ(after(c, "2024-09-29", 1), "2024-09-30");
	STR_EQ(after(c, "2024-09-30", 1), "2024-10-08");
	INT_EQ(between(c, "2024-09-27", "2024-10-12"), 7);
	/* 2020's Spring Festival, extended to 2 February (国办发明电〔2020〕
	 * 1号): Saturday 1 February is no longer a working day. */
	INT_EQ(cal_is_workday(c, D("2020-02-01")), 0);
	INT_EQ(cal_is_workday(c, D("2020-01-31")), 0);
	INT_EQ(cal_is_workday(c, D("2020-02-03")), 1);
	/* Across a year end: 2023's 元旦 from Saturday 31 December 2022. */
	STR_EQ(after(c, "2022-12-30", 1), "2023-01-03");
	/* Years with no notice are not known, never guessed. */
	INT_EQ(cal_is_workday(c, D("2027-01-04")), -1);
	INT_EQ(cal_is_workday(c, D("2018-06-01")), -1);
	STR_EQ(after(c, "2026-12-20", 20), "unknown");
	INT_EQ(between(c, "2018-12-28", "2019-01-04"), -1);
	STR_EQ(after(c, "2026-12-01", 10), "2026-12-15");
	OK(!calendar_broken(c));
	calendar_free(c);
}

/* Every year from 2019, when the standard catalogs began, has its file. */
static void
test_years(void)
{
	struct calendar	*c = calendar_open(".");
	char		 s[11];
	int		 y;

	for (y = 2019; y <= 2026; y++) {
		snprintf(s, sizeof(s), "%04d-06-15", y);
		OK(cal_is_workday(c, D(s)) >= 0);
	}
	OK(!calendar_broken(c));
	calendar_free(c);
}

/* A broken year: said, not known, and the calendar says it is broken. */
static void
test_broken(void)
{
	char		 dir[] = "/tmp/gkml-cal.XXXXXX", path[256];
	struct calendar	*c;
	FILE		*f;

	if (mkdtemp(dir) == NULL) {
		OK(0);
		return;
	}
	snprintf(path, sizeof(path), "%s/schemas", dir);
	mkdir(path, 0700);
	snprintf(path, sizeof(path), "%s/schemas/calendar", dir);
	mkdir(path, 0700);
	snprintf(path, sizeof(path), "%s/schemas/calendar/2024.yaml", dir);
	if ((f = fopen(path, "w")) == NULL) {
		OK(0);
		return;
	}
	fputs("year: 2024\nnotices: [x]\nholidays: []\n"
	    "workdays: [2024-02-05]\n", f);	/* a Monday */
	fclose(f);
	c = calendar_open(dir);
	INT_EQ(cal_is_workday(c, D("2024-02-06")), -1);
	OK(calendar_broken(c));
	calendar_free(c);
	unlink(path);
	snprintf(path, sizeof(path), "%s/schemas/calendar", dir);
	rmdir(path);
	snprintf(path, sizeof(path), "%s/schemas", dir);
	rmdir(path);
	rmdir(dir);
}

int
main(void)
{
	test_dates();
	test_workdays();
	test_years();
	test_broken();
	return harness_done("test_calendar");
}
