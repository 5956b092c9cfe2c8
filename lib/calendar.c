/*
 * Working days from schemas/calendar/YYYY.yaml: see calendar.h.
 *
 * A year's file is read into a bit for each day of the year that is off
 * against its weekday: a weekday a holiday, or a weekend day a working
 * day.  A notice may name days of the year before it (元旦 from 30
 * December); those are kept with that year when its own file is read,
 * so each year's days come from its own notice.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "calendar.h"
#include "diag.h"
#include "doc.h"
#include "msg.h"
#include "xmalloc.h"

#define NYEARS	(CAL_MAX_YEAR - CAL_MIN_YEAR + 1)

enum ystate {
	Y_UNREAD,
	Y_KNOWN,
	Y_NONE,		/* no file */
	Y_BROKEN
};

struct year {
	enum ystate	 state;
	unsigned char	 flip[46];	/* a bit for each day of the year:
					   not what its weekday says */
};

struct calendar {
	char		*dir;
	int		 broken;
	struct year	 y[NYEARS];
};

/* --- Dates --- */

/* Days from 1970-01-01 to y-m-d (m 1-12), the Gregorian way. */
static long
days_from_civil(long y, unsigned m, unsigned d)
{
	long		 era;
	unsigned	 yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = (unsigned)(y - era * 400);
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + (long)doe - 719468;
}

static void
civil_from_days(long z, long *y, unsigned *m, unsigned *d)
{
	long		 era;
	unsigned	 doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = (unsigned)(z - era * 146097);
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = doy - (153 * mp + 2) / 5 + 1;
	*m = mp < 10 ? mp + 3 : mp - 9;
	*y = (long)yoe + era * 400 + (*m <= 2);
}

int
cal_parse(const char *s, long *day)
{
	long		 y, yy;
	unsigned	 m, d, mm, dd;
	int		 i;

	for (i = 0; i < 10; i++)
		if (i == 4 || i == 7 ? s[i] != '-' : s[i] < '0' || s[i] > '9')
			return -1;
	if (s[10] != '\0')
		return -1;
	y = strtol(s, NULL, 10);
	m = (unsigned)(s[5] - '0') * 10 + (unsigned)(s[6] - '0');
	d = (unsigned)(s[8] - '0') * 10 + (unsigned)(s[9] - '0');
	if (y < CAL_MIN_YEAR || y > CAL_MAX_YEAR || m < 1 || m > 12 ||
	    d < 1 || d > 31)
		return -1;
	*day = days_from_civil(y, m, d);
	/* 2023-02-29 comes back as 2023-03-01: no such day. */
	civil_from_days(*day, &yy, &mm, &dd);
	return yy == y && mm == m && dd == d ? 0 : -1;
}

void
cal_format(long day, char buf[11])
{
	long		 y;
	unsigned	 m, d;

	civil_from_days(day, &y, &m, &d);
	snprintf(buf, 11, "%04ld-%02u-%02u", y, m, d);
}

int
cal_year(long day)
{
	long		 y;
	unsigned	 m, d;

	civil_from_days(day, &y, &m, &d);
	return (int)y;
}

int
cal_weekday(long day)
{
	/* 1970-01-01 was a Thursday. */
	return (int)(((day % 7) + 7 + 3) % 7);
}

/* --- Reading a year --- */

static int
bad(struct calendar *c, const char *path, const struct node *n,
    const char *what)
{
	fprintf(stderr, _("%s:%u:%u: broken calendar: %s\n"), path,
	    n != NULL ? n->line : 1, n != NULL ? n->col : 1, what);
	c->broken = 1;
	return -1;
}

/* A date of the year yr's file (or of the December before) into *day. */
static int
date_of(struct calendar *c, const char *path, const struct node *n, int yr,
    long *day)
{
	int	 y;

	if (n == NULL || n->kind != NODE_SCALAR || cal_parse(n->u.s, day) != 0)
		return bad(c, path, n, _("not a date (YYYY-MM-DD)"));
	y = cal_year(*day);
	if (y != yr && !(y == yr - 1 && *day >= days_from_civil(y, 12, 1)))
		return bad(c, path, n, _("a date outside the file's year"));
	return 0;
}

/* Mark day as flipped against its weekday, in the year it is of. */
static void
flip(struct calendar *c, int yr, long day, int off)
{
	struct year	*y;
	long		 i;

	if (cal_year(day) != yr)
		return;		/* the December before: its own file says */
	y = &c->y[yr - CAL_MIN_YEAR];
	i = day - days_from_civil(yr, 1, 1);
	if (off == (cal_weekday(day) < 5))
		y->flip[i / 8] |= (unsigned char)(1u << (i % 8));
}

static int
read_year(struct calendar *c, int yr)
{
	struct limits		 lim;
	struct diag		 dg;
	struct doc		 d;
	const struct node	*n, *h, *a, *b;
	char			*path, *end;
	long			 from, to, day;
	size_t			 i;
	int			 rc = -1;

	path = xasprintf("%s/schemas/calendar/%d.yaml", c->dir, yr);
	if (access(path, F_OK) != 0) {
		free(path);
		return 1;
	}
	limits_default(&lim);
	diag_init(&dg, DIAG_TEXT, SEV_ERROR);
	if (doc_load(&d, path, &lim, &dg) != 0) {
		c->broken = 1;
		goto done;
	}
	n = node_get(d.root, "year", NULL);
	if (n == NULL || n->kind != NODE_SCALAR ||
	    strtol(n->u.s, &end, 10) != yr || *end != '\0') {
		bad(c, path, n, _("no 'year' that is the file's name"));
		goto done;
	}
	n = node_get(d.root, "notices", NULL);
	if (n == NULL || n->kind != NODE_SEQ || n->n == 0) {
		bad(c, path, n, _("no 'notices' it was read from"));
		goto done;
	}
	if ((n = node_get(d.root, "holidays", NULL)) == NULL ||
	    n->kind != NODE_SEQ) {
		bad(c, path, n, _("no 'holidays' list"));
		goto done;
	}
	for (i = 0; i < n->n; i++) {
		h = &n->u.kids[i];
		a = node_get(h, "from", NULL);
		b = node_get(h, "to", NULL);
		if (date_of(c, path, a, yr, &from) != 0 ||
		    (b != NULL && date_of(c, path, b, yr, &to) != 0))
			goto done;
		if (b == NULL)
			to = from;
		if (to < from || to - from > 31) {
			bad(c, path, b, _("'to' is before 'from', or a month "
			    "after it"));
			goto done;
		}
		for (day = from; day <= to; day++)
			flip(c, yr, day, 1);
	}
	if ((n = node_get(d.root, "workdays", NULL)) == NULL ||
	    n->kind != NODE_SEQ) {
		bad(c, path, n, _("no 'workdays' list"));
		goto done;
	}
	for (i = 0; i < n->n; i++) {
		if (date_of(c, path, &n->u.kids[i], yr, &day) != 0)
			goto done;
		if (cal_weekday(day) < 5) {
			bad(c, path, &n->u.kids[i], _("a working day that is "
			    "not a Saturday or Sunday"));
			goto done;
		}
		flip(c, yr, day, 0);
	}
	rc = 0;
done:
	diag_finish(&dg, "gkml", "");
	doc_release(&d);
	free(path);
	return rc;
}

/* --- Asking --- */

struct calendar *
calendar_open(const char *datadir)
{
	struct calendar	*c;

	c = xcalloc(1, sizeof(*c));
	c->dir = xstrdup(datadir);
	return c;
}

void
calendar_free(struct calendar *c)
{
	if (c == NULL)
		return;
	free(c->dir);
	free(c);
}

int
calendar_broken(const struct calendar *c)
{
	return c->broken;
}

int
cal_is_workday(struct calendar *c, long day)
{
	struct year	*y;
	int		 yr = cal_year(day), rc;
	long		 i;

	if (yr < CAL_MIN_YEAR || yr > CAL_MAX_YEAR)
		return -1;
	y = &c->y[yr - CAL_MIN_YEAR];
	if (y->state == Y_UNREAD) {
		memset(y->flip, 0, sizeof(y->flip));
		rc = read_year(c, yr);
		y->state = rc == 0 ? Y_KNOWN : rc > 0 ? Y_NONE : Y_BROKEN;
	}
	if (y->state != Y_KNOWN)
		return -1;
	i = day - days_from_civil(yr, 1, 1);
	return (cal_weekday(day) < 5) != ((y->flip[i / 8] >> (i % 8)) & 1);
}

int
cal_after(struct calendar *c, long from, unsigned n, long *out)
{
	long	 day = from;
	int	 w;

	while (n > 0) {
		if ((w = cal_is_workday(c, ++day)) < 0)
			return -1;
		n -= (unsigned)w;
	}
	*out = day;
	return 0;
}

int
cal_between(struct calendar *c, long from, long to, long *n)
{
	long	 day;
	int	 w;

	*n = 0;
	for (day = from + 1; day <= to; day++) {
		if ((w = cal_is_workday(c, day)) < 0)
			return -1;
		*n += w;
	}
	return 0;
}
