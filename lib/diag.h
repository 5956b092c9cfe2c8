/*
 * Findings: the one place where diagnostics are collected and printed.
 *
 * Every finding has a rule (a stable id such as GK030 and a short name
 * such as unknown-channel), a severity, a position and a message.  A
 * struct diag collects the findings of one file; diag_flush() sorts them
 * by position and prints those at or above the threshold.  File names
 * passed in must outlive the struct diag; messages are copied.
 */
#ifndef GKML_DIAG_H
#define GKML_DIAG_H

#include <stdarg.h>
#include <stdio.h>

#include "buf.h"

enum sev {
	SEV_NOTE,
	SEV_WARNING,
	SEV_ERROR
};

/* The rule catalogue; the order of rules[] in diag.c follows it. */
enum rule {
	R_SYNTAX,		/* GK001 */
	R_ENCODING,		/* GK002 */
	R_GBK,			/* GK003 */
	R_BOM,			/* GK004 */
	R_CONTROL,		/* GK005 */
	R_DUPKEY,		/* GK006 */
	R_ALIAS,		/* GK007 */
	R_LIMIT,		/* GK008 */
	R_CRLF,			/* GK009 */
	R_DOCS,			/* GK010 */
	R_TAG,			/* GK011 */
	R_UNKNOWN_KEY,		/* GK020 */
	R_MISSING_KEY,		/* GK021 */
	R_TYPE,			/* GK022 */
	R_BAD_ID,		/* GK023 */
	R_DUP_ID,		/* GK024 */
	R_VERSION,		/* GK025 */
	R_EMPTY,		/* GK026 */
	R_MISSING_FIELD,	/* GK027 */
	R_UNKNOWN_CHANNEL,	/* GK030 */
	R_UNKNOWN_AREA,		/* GK031 */
	R_UNKNOWN_LEVEL,	/* GK032 */
	R_UNKNOWN_AUDIENCE,	/* GK033 */
	R_UNKNOWN_MODE,		/* GK034 */
	R_UNKNOWN_STAGE,	/* GK035 */
	R_LABEL,		/* GK036 */
	R_OTHER_EMPTY,		/* GK037 */
	R_DUP_VALUE,		/* GK038 */
	R_DITTO,		/* GK040 */
	R_DEADLINE,		/* GK041 */
	R_BRACKETS,		/* GK050 */
	R_DOCNO,		/* GK051 */
	R_VAGUE_BASIS,		/* GK052 */
	R_LEVEL_MISMATCH,	/* GK060 */
	R_DATE,			/* GK061 */
	R_EXTENDS,		/* GK062 */
	R_OVERLAY,		/* GK063 */
	R_OMIT_REASON,		/* GK064 */
	R_UNKNOWN_BASE_ID,	/* GK065 */
	R_OVERLAY_LEVEL,	/* GK066 */
	R_EXTENDS_CYCLE,	/* GK067 */
	R_EXTENDS_FILE,		/* GK068 */
	R_CONFLICT,		/* GK070 */
	R_DUP_CATALOG,		/* GK080 */
	R_OLDER_VERSION,	/* GK081 */
	R_TEMPLATE_COPY,	/* GK082 */
	R_NOT_CANONICAL,	/* GK090 */
	R_IMP_HEADER,		/* GK100 */
	R_IMP_TABLE,		/* GK101 */
	R_IMP_COLUMN,		/* GK102 */
	R_IMP_REPAIR,		/* GK103 */
	R_IMP_DITTO,		/* GK104 */
	R_IMP_MARK,		/* GK105 */
	R_IMP_TICK,		/* GK106 */
	R_IMP_VOCAB,		/* GK107 */
	R_IMP_OUTLINE,		/* GK108 */
	R_IMP_META,		/* GK109 */
	R_IMP_GUESS,		/* GK110 */
	R_IMP_MISPLACED,	/* GK111 */
	R_IMP_BODY,		/* GK112 */
	R_IMP_UNPLACED,		/* GK113 */
	R_IMP_SPAM,		/* GK115 */
	R_IMP_SYNTAX,		/* GK116 */
	R_IMP_OVERLAY,		/* GK117 */
	R_IMP_OMITTED,		/* GK118 */
	R_NO_COLUMN,		/* GK130 */
	R_SHARED_COLUMN,	/* GK131 */
	R_COLUMN_URL,		/* GK132 */
	R_COLUMN_PATH,		/* GK133 */
	R_LEDGER_HEADER,	/* GK140 */
	R_LEDGER_DATE,		/* GK141 */
	R_LEDGER_EMPTY,		/* GK142 */
	R_LEDGER_TITLE,		/* GK143 */
	R_LEDGER_FORMAT,	/* GK144 */
	R_AUDIT_UNBOUND,	/* GK150 */
	R_EMPTY_COLUMN,		/* GK151 */
	R_LATE,			/* GK152 */
	R_OVERDUE,		/* GK153 */
	R_NOT_UPDATED,		/* GK154 */
	R_AREA_UNBOUND,		/* GK155 */
	R_ORPHAN,		/* GK156 */
	R_UNKNOWN_DAYS,		/* GK157 */
	R_UNKNOWN_KIND,		/* GK160 */
	R_UNKNOWN_SERVICE_TYPE,	/* GK161 */
	R_UNKNOWN_PROMISE,	/* GK162 */
	R_UNKNOWN_ONLINE,	/* GK163 */
	R_UNKNOWN_POWER_CATEGORY, /* GK164 */
	R_COUNT,		/* GK165 */
	R_PROMISE_LIMIT,	/* GK170 */
	R_IMMEDIATE,		/* GK171 */
	R_VISITS,		/* GK172 */
	R_FEE_BASIS,		/* GK173 */
	R_ELEMENT,		/* GK174 */
	R_PROFILE,		/* GK175 */
	R_UNKNOWN_POWER,	/* GK176 */
	R_POWER_LEVEL,		/* GK177 */
	R_NO_DISCLOSURE,	/* GK178 */
	R_NO_POWER,		/* GK179 */
	R_AREA_LEVEL,		/* GK180 */
	R__MAX
};

struct rule_info {
	const char	*id;		/* "GK030" */
	const char	*name;		/* "unknown-channel" */
	enum sev	 sev;
	int		 trouble;	/* exit 2 rather than 1 (limits) */
	const char	*help;		/* one line, for SARIF and --rules */
};

/* Constant but for the severities a command's user sets (diag_set_sev). */
extern struct rule_info rules[R__MAX];

enum diag_format {
	DIAG_TEXT,
	DIAG_JSON,
	DIAG_SARIF,
	DIAG_XLSX		/* a worklist, written at the end */
};

struct finding {
	const char	*file;
	unsigned	 line, col;
	enum rule	 rule;
	const char	*fmt;		/* the message's printf format,
					   untranslated; must be static */
	char		**args;		/* owned: each argument of fmt
					   as the text it printed */
	size_t		 nargs;
	unsigned long long words;	/* bit i: args[i] is a word of
					   msg_word(), shown translated */
	char		**shown;	/* owned, NULL or nargs long:
					   what args[i] is shown as in a
					   translated message, or NULL */
	char		*msg;		/* owned: fmt with its arguments,
					   untranslated */
	char		*item;		/* owned, or NULL */
	char		*path;		/* owned, or NULL */
	char		*field;		/* owned, or NULL: the key a finding
					   about a missing or empty value
					   names (diag_field()) */
	const char	*tkind;		/* a finding in a table of a page,
					   document or workbook: "table" or
					   "sheet" (static), or NULL */
	unsigned	 tnth;		/* which one, from 1 (0: not said) */
	unsigned	 row;		/* its row, from 1, or 0 */
	char		*column;	/* owned: its column's header, or
					   NULL */
	size_t		 seq;		/* emission order, for a stable sort */
};

struct diag {
	struct finding	*v;
	size_t		 n, cap;
	enum sev	 threshold;	/* shown and counted from here up */
	enum diag_format format;
	int		 quiet;		/* count, print nothing */
	int		 failed;	/* a finding at or above threshold */
	int		 trouble;	/* a finding whose rule means exit 2 */
	size_t		 seq;
	size_t		 last;		/* 1 + the index of the finding the
					   last diag_add() recorded; 0 */
	struct buf	 sarif;		/* SARIF results or worklist rows,
					   written at the end */
	size_t		 nsarif;
	FILE		*out;
};

void	 diag_init(struct diag *, enum diag_format, enum sev threshold);

/*
 * Record a finding.  item and path may be NULL; the message is a
 * printf format.  Line and column are 1-based (0 when unknown).
 *
 * A finding is data: its rule, position, field and the arguments of
 * its message, each kept as the text it prints.  The message is made
 * when it is printed, from the translation of fmt (gettext) when the
 * locale has one, so fmt must be a string literal (or outlive the
 * struct diag) and must not be assembled from pieces.  The
 * translation may put the arguments in another order ("%2$s").
 * JSON and SARIF carry the untranslated message and the arguments:
 * what programs read is the same in every locale.
 */
void	 diag_add(struct diag *, const char *file, unsigned line, unsigned col,
	    enum rule, const char *item, const char *path, const char *fmt, ...)
	    __attribute__((format(printf, 8, 9)));
void	 diag_vadd(struct diag *, const char *file, unsigned line,
	    unsigned col, enum rule, const char *item, const char *path,
	    const char *fmt, va_list) __attribute__((format(printf, 8, 0)));

/* Record a copy of f (of another struct diag), as diag_add() would. */
void	 diag_again(struct diag *, const struct finding *f);

/*
 * The message of f in the language of the locale: fmt's translation
 * with f's arguments, or f->msg when there is none (or when the
 * translation does not take the arguments fmt takes).
 */
void	 diag_message(struct buf *, const struct finding *f);

/*
 * fmt (a translation of f->fmt) with f's arguments in place of its
 * conversions: each takes the next argument, or the one "%N$" names; a
 * '*' width or precision takes one too; an argument given to
 * diag_show() is shown as its text.  -1, with some of the text
 * appended, when fmt names an argument f does not have.
 */
int	 diag_expand(struct buf *, const char *fmt, const struct finding *f);

/* The word for a severity, in the language of the locale. */
const char *diag_sev_word(enum sev);

/*
 * Name the key of the format that the finding diag_add() just recorded
 * is about, for programs that act on findings (the text stays for
 * people).  Nothing when that finding was below the threshold.
 */
void	 diag_field(struct diag *, const char *key);

/*
 * Show argument arg (from 0) of the finding diag_add() just recorded as
 * text in a translated message: a vocabulary's slug as its label
 * (county as 县级).  The untranslated message, JSON and SARIF keep the
 * argument.  Nothing when that finding was below the threshold.
 */
void	 diag_show(struct diag *, size_t arg, const char *text);

/*
 * Say where in a table the finding diag_add() just recorded is: the
 * table (tkind "table" or "sheet", the nth; NULL for none), its row
 * (from 1; 0 for none) and column header (NULL for none).  The message
 * begins with them, "table 2, row 6, column 公开事项: ...", in the
 * locale's words.  Nothing when that finding was below the threshold.
 */
void	 diag_context(struct diag *, const char *tkind, unsigned tnth,
	    unsigned row, const char *column);

/*
 * Move src's findings to dst (same file, not yet flushed) and free src;
 * dst also takes src's failed and trouble flags.
 */
void	 diag_move(struct diag *dst, struct diag *src);

/* Forget the finding d->v[i]; the last takes its place. */
void	 diag_remove(struct diag *, size_t i);

/* Sort the findings recorded so far and print them; forget them. */
void	 diag_flush(struct diag *);

/*
 * Print whatever must close the output (the SARIF log, the worklist);
 * free all.  Returns 0, or -1 when the worklist could not be written.
 */
int	 diag_finish(struct diag *, const char *tool, const char *version);

/* Parse "error", "warning" or "note"; -1 when none of them. */
int	 diag_parse_sev(const char *);
/*
 * "RULE=SEVERITY" (RULE an id such as GK130 or a name such as
 * no-column): that rule's findings have that severity from now on.
 * -1 for a rule that is not known or is an error, which stays one.
 */
int	 diag_set_sev(const char *spec);
/* Whether the user set rule r's severity. */
int	 diag_sev_chosen(enum rule r);

/* Parse "text", "json" or "sarif"; -1 when none of them.  A command
 * that writes a worklist (DIAG_XLSX) says "xlsx" itself. */
int	 diag_parse_format(const char *);

#endif
