/*
 * Working days (工作日), as the State Council General Office's yearly
 * notices on public holidays make them: Monday to Friday, less the days
 * off the notice gives, plus the weekend days it makes working days
 * (调休上班).  The notices are data, schemas/calendar/YYYY.yaml, one a
 * year (gkml(5), FILES), each read the first time a day of its year is
 * asked about.  A day of a year without its file is not known, and a
 * count over it says so rather than guess.
 *
 * Days are counted from 1970-01-01 (day 0) in the proleptic Gregorian
 * calendar; no time zone is involved.
 */
#ifndef GKML_CALENDAR_H
#define GKML_CALENDAR_H

#define CAL_MIN_YEAR	1900	/* the years a date may name */
#define CAL_MAX_YEAR	2999

struct calendar;

/* The calendar of datadir/schemas/calendar; free with calendar_free(). */
struct calendar	*calendar_open(const char *datadir);
void		 calendar_free(struct calendar *);

/*
 * Whether a year's file was broken: it was said on stderr, at
 * file:line:col, and its days are not known (exit 2 for the command).
 */
int		 calendar_broken(const struct calendar *);

/* YYYY-MM-DD into *day: 0, or -1 when it is no date (2023-02-29). */
int		 cal_parse(const char *s, long *day);
/* day as YYYY-MM-DD into buf. */
void		 cal_format(long day, char buf[11]);
/* The year of day, and its weekday (0 Monday ... 6 Sunday). */
int		 cal_year(long day);
int		 cal_weekday(long day);

/* 1 when day is a working day, 0 when it is not, -1 when not known. */
int		 cal_is_workday(struct calendar *, long day);

/*
 * The day n working days after from, not counting from itself (民法典
 * 第二百零一条: the first day is not counted), into *out: 0, or -1
 * when a day on the way is not known.
 */
int		 cal_after(struct calendar *, long from, unsigned n, long *out);

/*
 * The working days after from up to and including to (0 when to is not
 * after from) into *n: 0, or -1 when a day between is not known.
 */
int		 cal_between(struct calendar *, long from, long to, long *n);

#endif
