/*
 * The 公开时限 (disclosure time limit) of a catalog item, parsed into
 * the structured form of domain.md section 5.
 *
 * Every string in a struct deadline (raw, note, period and exception
 * scopes) is owned by the arena given to deadline_parse(), or is a
 * string literal (period); none is freed on its own.  Strings returned
 * by the *_name() functions are static.
 */
#ifndef GKML_DEADLINE_H
#define GKML_DEADLINE_H

#include <stddef.h>

struct arena;

enum dl_kind {
	DL_NONE,	/* blank cell */
	DL_RELATIVE,	/* N units after a trigger (or after nothing said) */
	DL_REALTIME,	/* 实时公开 */
	DL_TIMELY,	/* 及时公开, 随时公布 */
	DL_PERIODIC,	/* 按年, 每季度, 每月, 按日 */
	DL_STANDING,	/* 长期, 永久公开, 常态公开 */
	DL_DITTO,	/* 同上: the caller resolves it from the row above */
	DL_TEXT		/* not understood; only raw is meaningful */
};

enum dl_trigger {
	DL_TRIG_NONE,
	DL_TRIG_FORMED_OR_CHANGED,
	DL_TRIG_FORMED,
	DL_TRIG_MADE_OR_OBTAINED,
	DL_TRIG_ISSUED,
	DL_TRIG_DECISION_MADE,
	DL_TRIG_APPROVED
};

enum dl_unit {
	DL_UNIT_NONE,
	DL_UNIT_WORKING_DAY,
	DL_UNIT_DAY,		/* calendar day */
	DL_UNIT_MONTH
};

/* One "其中…" clause: a narrower scope with its own time limit. */
struct dl_exception {
	const char	*scope;		/* "行政许可、行政处罚事项" or NULL */
	enum dl_trigger	 trigger;
	int		 amount;
	enum dl_unit	 unit;
};

#define DL_MAXEXC 4

struct deadline {
	enum dl_kind	 kind;
	enum dl_trigger	 trigger;
	int		 amount;	/* 0 when none */
	enum dl_unit	 unit;
	int		 display_days;	/* "公示N个工作日", 0 when none */
	enum dl_unit	 display_unit;	/* unit of display_days */
	struct dl_exception exc[DL_MAXEXC];
	size_t		 nexc;
	const char	*period;	/* DL_PERIODIC: "year", "quarter",
					   "month", "week", "day", "semester";
					   else NULL */
	const char	*note;		/* residue not understood, or NULL */
	const char	*raw;		/* the input, never dropped */
};

/*
 * Parse raw (NUL-terminated, normally UTF-8; any bytes are accepted)
 * into *dl, which is overwritten.  Never fails: a blank cell gives
 * DL_NONE and anything not understood gives DL_TEXT.  raw is copied
 * into a; note and exception scopes are copies of the normalised text
 * (whitespace dropped, a few traditional characters and full-width
 * forms folded), allocated from a.  A NULL raw is taken as "".
 */
void		 deadline_parse(struct arena *a, const char *raw,
		    struct deadline *dl);

/* Static names for the YAML form: "relative", …, "none". */
const char	*dl_kind_name(enum dl_kind);

/* Static names as in domain.md section 5; NULL for DL_TRIG_NONE. */
const char	*dl_trigger_name(enum dl_trigger);

/* "working_day", "day", "month"; NULL for DL_UNIT_NONE. */
const char	*dl_unit_name(enum dl_unit);

/*
 * Return 1 if the two deadlines mean the same thing: same kind,
 * trigger, amount, unit, display period, exceptions and period.  raw
 * and note are ignored, except that for DL_TEXT the raw strings are
 * compared after normalisation.  Return 0 otherwise.
 */
int		 deadline_equal(const struct deadline *,
		    const struct deadline *);

#endif
