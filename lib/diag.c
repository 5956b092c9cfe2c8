/*
 * Findings: the rule catalogue, collection, and the text, JSON Lines
 * and SARIF 2.1.0 printers.  Nothing else in gkml prints a finding.
 */
#include <libintl.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "diag.h"
#include "esc.h"
#include "msg.h"
#include "worklist.h"
#include "xmalloc.h"

struct rule_info rules[R__MAX] = {
	{ "GK001", "yaml-syntax", SEV_ERROR, 0,
	    N_("the file is not well-formed YAML") },
	{ "GK002", "invalid-utf8", SEV_ERROR, 0,
	    N_("the file is not valid UTF-8") },
	{ "GK003", "gbk-encoding", SEV_ERROR, 0,
	    N_("the file is in GBK/GB18030 (or UTF-16), not UTF-8") },
	{ "GK004", "byte-order-mark", SEV_WARNING, 0,
	    N_("the file starts with a byte order mark") },
	{ "GK005", "control-character", SEV_ERROR, 0,
	    N_("a NUL or other control character that XML cannot carry") },
	{ "GK006", "duplicate-key", SEV_ERROR, 0,
	    N_("a key appears twice in one mapping") },
	{ "GK007", "alias", SEV_WARNING, 0,
	    N_("an anchor or alias; catalogs write each value out") },
	{ "GK008", "limit-exceeded", SEV_ERROR, 1,
	    N_("the input passes a size, depth or alias limit") },
	{ "GK009", "crlf", SEV_NOTE, 0,
	    N_("lines end in CR LF; gkml-fmt writes LF") },
	{ "GK010", "documents", SEV_ERROR, 0,
	    N_("the file holds no catalog or more than one YAML document") },
	{ "GK011", "tag", SEV_ERROR, 0,
	    N_("a YAML tag or %TAG directive; catalogs have no tags") },
	{ "GK020", "unknown-key", SEV_ERROR, 0,
	    N_("a key the format does not define (extensions start with x-)") },
	{ "GK021", "missing-key", SEV_ERROR, 0,
	    N_("a required key is missing or empty") },
	{ "GK022", "wrong-type", SEV_ERROR, 0,
	    N_("a value is a mapping, list or string where another is expected") },
	{ "GK023", "bad-id", SEV_ERROR, 0,
	    N_("an id with characters outside [a-z0-9._-]") },
	{ "GK024", "duplicate-id", SEV_ERROR, 0,
	    N_("two categories or items share an id") },
	{ "GK025", "format-version", SEV_ERROR, 0,
	    N_("the gkml key is not a version this program reads") },
	{ "GK026", "empty-value", SEV_WARNING, 0,
	    N_("a key is present with an empty value") },
	{ "GK027", "missing-field", SEV_WARNING, 0,
	    N_("an item lacks an element every catalog should state") },
	{ "GK030", "unknown-channel", SEV_ERROR, 0,
	    N_("a channel that is not in schemas/vocab.yaml") },
	{ "GK031", "unknown-area", SEV_ERROR, 0,
	    N_("an area that is not in schemas/vocab.yaml or x-<slug>") },
	{ "GK032", "unknown-level", SEV_ERROR, 0,
	    N_("a level other than county, township or village") },
	{ "GK033", "unknown-audience", SEV_ERROR, 0,
	    N_("an audience other than public or specific") },
	{ "GK034", "unknown-mode", SEV_ERROR, 0,
	    N_("a mode other than proactive or on-request") },
	{ "GK035", "unknown-stage", SEV_ERROR, 0,
	    N_("a stage other than the five of 五公开") },
	{ "GK036", "label-for-slug", SEV_WARNING, 0,
	    N_("a Chinese label or alias written where the slug belongs") },
	{ "GK037", "empty-other", SEV_ERROR, 0,
	    N_("an 'other' channel without its text") },
	{ "GK038", "duplicate-value", SEV_WARNING, 0,
	    N_("a value listed twice") },
	{ "GK040", "deadline-ditto", SEV_ERROR, 0,
	    N_("a time limit written as 同上") },
	{ "GK041", "deadline-unparsed", SEV_WARNING, 0,
	    N_("a time limit gkml cannot read") },
	{ "GK050", "citation-brackets", SEV_WARNING, 0,
	    N_("unbalanced 《》 in a citation") },
	{ "GK051", "malformed-docno", SEV_WARNING, 0,
	    N_("a document number (文号) that is not well-formed") },
	{ "GK052", "vague-basis", SEV_NOTE, 0,
	    N_("a basis too vague to check, such as 相关政策规定") },
	{ "GK060", "level-mismatch", SEV_WARNING, 0,
	    N_("an item whose levels leave out the catalog's own level") },
	{ "GK061", "bad-date", SEV_ERROR, 0,
	    N_("a date that is not an ISO 8601 calendar date") },
	{ "GK062", "extends-missing", SEV_ERROR, 0,
	    N_("extends names a file that does not exist") },
	{ "GK063", "overlay-key", SEV_ERROR, 0,
	    N_("inherit or omit in a catalog that extends nothing") },
	{ "GK064", "omit-reason", SEV_ERROR, 0,
	    N_("an omitted item without its reason") },
	{ "GK065", "unknown-base-id", SEV_ERROR, 0,
	    N_("an overlay overrides or omits an id its base does not have") },
	{ "GK066", "overlay-level", SEV_ERROR, 0,
	    N_("an overlay whose level is not below its base's") },
	{ "GK067", "extends-cycle", SEV_ERROR, 0,
	    N_("catalogs that extend each other in a circle") },
	{ "GK068", "extends-not-file", SEV_ERROR, 0,
	    N_("extends is empty, or names something that is not a regular "
	    "file, or a file that cannot be read") },
	{ "GK070", "merge-conflict", SEV_ERROR, 0,
	    N_("the two sides of a merge made changes that do not combine") },
	{ "GK080", "duplicate-catalog", SEV_ERROR, 0,
	    N_("two files of one run hold one catalog id, neither the newer") },
	{ "GK081", "older-version", SEV_NOTE, 0,
	    N_("of two versions of one catalog in a run, the newer is used") },
	{ "GK082", "template-copy", SEV_WARNING, 0,
	    N_("a catalog that still has a standard template's id or "
	    "jurisdiction") },
	{ "GK090", "not-canonical", SEV_ERROR, 0,
	    N_("the file is not in gkml-fmt's canonical form") },
	{ "GK100", "import-header", SEV_ERROR, 0,
	    N_("no catalog header row found in the table") },
	{ "GK101", "import-table", SEV_NOTE, 0,
	    N_("a table or row skipped as not part of a catalog") },
	{ "GK102", "import-column", SEV_WARNING, 0,
	    N_("a column not recognised, or a standard column missing") },
	{ "GK103", "import-repair", SEV_NOTE, 0,
	    N_("a defect of the source repaired with certainty") },
	{ "GK104", "import-ditto", SEV_WARNING, 0,
	    N_("同上 with no row above to copy from") },
	{ "GK105", "import-mark", SEV_WARNING, 0,
	    N_("a checkbox mark degraded, lost or unclear") },
	{ "GK106", "import-tick", SEV_WARNING, 0,
	    N_("a tick under 对象, 方式 or 层级 missing or unclear") },
	{ "GK107", "import-vocab", SEV_WARNING, 0,
	    N_("a value not in the vocabulary of schemas/vocab.yaml") },
	{ "GK108", "import-outline", SEV_WARNING, 0,
	    N_("outline numbers that disagree; ids from row order") },
	{ "GK109", "import-metadata", SEV_ERROR, 0,
	    N_("area, level, jurisdiction or title not found; give it") },
	{ "GK110", "import-guess", SEV_NOTE, 0,
	    N_("catalog metadata taken from the table's title") },
	{ "GK111", "import-misplaced", SEV_WARNING, 0,
	    N_("a value that seems to be in the wrong column") },
	{ "GK112", "import-body", SEV_WARNING, 0,
	    N_("a 公开主体 of another level, or too vague") },
	{ "GK113", "import-unplaced", SEV_WARNING, 0,
	    N_("a cell or row that could not be placed; kept in notes") },
	{ "GK115", "import-spam", SEV_WARNING, 0,
	    N_("words a mirror site puts in place of the original text") },
	{ "GK116", "import-syntax", SEV_ERROR, 0,
	    N_("not well-formed HTML, XML or CSV, or not a readable zip archive") },
	{ "GK117", "import-overlay", SEV_ERROR, 0,
	    N_("an edited export that an overlay on its base cannot give back") },
	{ "GK118", "import-omitted", SEV_WARNING, 0,
	    N_("an item of the base missing from the table, with no reason") },
	{ "GK130", "no-column", SEV_NOTE, 0,
	    N_("an item published on the website is bound to no column") },
	{ "GK131", "shared-column", SEV_WARNING, 0,
	    N_("two categories or items bound to one column, or one URL") },
	{ "GK132", "column-url", SEV_ERROR, 0,
	    N_("a column URL that is not an http or https URL") },
	{ "GK133", "column-path", SEV_ERROR, 0,
	    N_("a column path that breaks the column tree") },
	{ "GK140", "ledger-header", SEV_ERROR, 0,
	    N_("a ledger without a title or a publication date column") },
	{ "GK141", "ledger-date", SEV_WARNING, 0,
	    N_("a date in a ledger that does not exist or cannot be read") },
	{ "GK142", "ledger-empty", SEV_WARNING, 0,
	    N_("a ledger file with no record in it") },
	{ "GK143", "ledger-title", SEV_WARNING, 0,
	    N_("a ledger row without a title, skipped") },
	{ "GK144", "ledger-format", SEV_ERROR, 0,
	    N_("a ledger file of a kind that cannot be read") },
	{ "GK150", "unbound-item", SEV_WARNING, 0,
	    N_("an item on the website with no column to find its records in") },
	{ "GK151", "empty-column", SEV_WARNING, 0,
	    N_("an item's column with no record in the ledgers (空白栏目)") },
	{ "GK152", "late", SEV_ERROR, 0,
	    N_("a record published after its item's time limit") },
	{ "GK153", "overdue", SEV_ERROR, 0,
	    N_("a periodic item whose newest record is older than its period") },
	{ "GK154", "not-updated", SEV_WARNING, 0,
	    N_("a column not updated within the inspections' limit") },
	{ "GK155", "area-unbound", SEV_ERROR, 0,
	    N_("a catalog with items on the website that binds no column") },
	{ "GK156", "orphan-record", SEV_WARNING, 0,
	    N_("a record of the ledgers that matches no item") },
	{ "GK157", "unknown-days", SEV_WARNING, 0,
	    N_("working days that cannot be counted: a year with no notice") },
	{ "GK160", "unknown-kind", SEV_ERROR, 0,
	    N_("a document kind that is not in schemas/vocab.yaml") },
	{ "GK161", "unknown-service-type", SEV_ERROR, 0,
	    N_("a 办件类型 that is not in schemas/vocab.yaml") },
	{ "GK162", "unknown-visit-promise", SEV_ERROR, 0,
	    N_("a 跑动承诺 that is not in schemas/vocab.yaml") },
	{ "GK163", "unknown-online", SEV_ERROR, 0,
	    N_("a 网上办理 value that is not in schemas/vocab.yaml") },
	{ "GK164", "unknown-power-category", SEV_ERROR, 0,
	    N_("a 职权类别 that is not in schemas/vocab.yaml") },
	{ "GK165", "bad-count", SEV_ERROR, 0,
	    N_("a count that is not a whole number, 0 or more") },
	{ "GK170", "promise-over-limit", SEV_ERROR, 0,
	    N_("a 承诺时限 longer than the 法定时限") },
	{ "GK171", "immediate-not-immediate", SEV_ERROR, 0,
	    N_("a 即办件 that is not done on the spot") },
	{ "GK172", "too-many-visits", SEV_ERROR, 0,
	    N_("more visits than the service's 跑动承诺 allows") },
	{ "GK173", "fee-without-basis", SEV_ERROR, 0,
	    N_("a service that charges a fee and cites no basis for it") },
	{ "GK174", "missing-element", SEV_ERROR, 0,
	    N_("a service guide without an element its profile requires") },
	{ "GK175", "unknown-profile", SEV_ERROR, 0,
	    N_("an element profile that schemas/guide.yaml does "
	    "not have") },
	{ "GK176", "unknown-power", SEV_ERROR, 0,
	    N_("an item cites a power code that no power list of the run has") },
	{ "GK177", "power-level", SEV_ERROR, 0,
	    N_("an item cites a power not exercised at the item's level") },
	{ "GK178", "no-disclosure", SEV_ERROR, 0,
	    N_("a 行政许可 or 行政处罚 power that no disclosure item cites "
	    "(双公示)") },
	{ "GK179", "no-power", SEV_ERROR, 0,
	    N_("an item that cites no power where its jurisdiction's power "
	    "list requires one") },
	{ "GK180", "area-level", SEV_WARNING, 0,
	    N_("a catalog of an area that jurisdictions of its level do not "
	    "keep") },
};

static const char *const sevname[] = { "note", "warning", "error" };

void
diag_init(struct diag *d, enum diag_format format, enum sev threshold)
{
	memset(d, 0, sizeof(*d));
	d->format = format;
	d->threshold = threshold;
	buf_init(&d->sarif, 0);
	d->out = stdout;
}

/* One finding, one line: a line break in s is shown as \n.  s is owned. */
static char *
one_line(char *s)
{
	struct buf	 b = BUF_INIT;
	const char	*p;
	char		*r;

	if (strchr(s, '\n') == NULL)
		return s;
	for (p = s; *p != '\0'; p++)
		if (*p == '\n')
			buf_adds(&b, "\\n");
		else
			buf_addch(&b, *p);
	r = xstrdup(b.ptr);
	buf_release(&b);
	free(s);
	return r;
}

/*
 * The arguments of fmt (a printf format the compiler has checked), each
 * as the text it prints with its own flags, width and precision, in the
 * order C numbers them: a '*' width or precision is an argument too.
 * Returns how many; *argsp is owned by the caller.
 */
static size_t
take_args(const char *fmt, va_list ap, char ***argsp, unsigned long long *wp)
{
	char		**args = NULL, spec[64];
	const char	*p, *sp;
	size_t		 n = 0, k, m;
	int		 star;

#define PUT(...) do {							\
	args = xreallocarray(args, n + 1, sizeof(*args));		\
	if (asprintf(&args[n], __VA_ARGS__) == -1)			\
		xnomem();						\
	args[n] = one_line(args[n]);					\
	n++;								\
} while (0)
	for (p = fmt; (p = strchr(p, '%')) != NULL; ) {
		if (*++p == '%') {
			p++;
			continue;
		}
		spec[0] = '%';
		k = 1;
		while (*p != '\0' && strchr("-+ #0'", *p) != NULL && k < 8)
			spec[k++] = *p++;
		for (m = 0; m < 2; m++) {	/* width, then precision */
			if (m == 1) {
				if (*p != '.')
					break;
				spec[k++] = *p++;
			}
			if (*p == '*') {
				star = va_arg(ap, int);
				PUT("%d", star);
				k += snprintf(spec + k, sizeof(spec) - k, "%d",
				    star);
				p++;
			} else
				while (*p >= '0' && *p <= '9' && k < 40)
					spec[k++] = *p++;
		}
		while (*p != '\0' && strchr("hlLqjzt", *p) != NULL && k < 44)
			spec[k++] = *p++;
		if (*p == '\0')
			break;
		spec[k++] = *p;
		spec[k] = '\0';
		switch (*p++) {
		case 'd':
		case 'i':
			if (strstr(spec, "ll") || strchr(spec, 'q'))
				PUT(spec, va_arg(ap, long long));
			else if (strchr(spec, 'l'))
				PUT(spec, va_arg(ap, long));
			else if (strchr(spec, 'z'))
				PUT(spec, va_arg(ap, ssize_t));
			else if (strchr(spec, 'j'))
				PUT(spec, va_arg(ap, intmax_t));
			else if (strchr(spec, 't'))
				PUT(spec, va_arg(ap, ptrdiff_t));
			else
				PUT(spec, va_arg(ap, int));
			break;
		case 'o':
		case 'u':
		case 'x':
		case 'X':
			if (strstr(spec, "ll") || strchr(spec, 'q'))
				PUT(spec, va_arg(ap, unsigned long long));
			else if (strchr(spec, 'l'))
				PUT(spec, va_arg(ap, unsigned long));
			else if (strchr(spec, 'z'))
				PUT(spec, va_arg(ap, size_t));
			else if (strchr(spec, 'j'))
				PUT(spec, va_arg(ap, uintmax_t));
			else if (strchr(spec, 't'))
				PUT(spec, va_arg(ap, ptrdiff_t));
			else
				PUT(spec, va_arg(ap, unsigned));
			break;
		case 'c':
			PUT(spec, va_arg(ap, int));
			break;
		case 's':
			sp = va_arg(ap, const char *);
			if (sp != NULL && msg_is_word(sp) && n < 64)
				*wp |= 1ULL << n;
			PUT(spec, sp);
			break;
		case 'p':
			PUT(spec, va_arg(ap, void *));
			break;
		case 'e':
		case 'E':
		case 'f':
		case 'F':
		case 'g':
		case 'G':
		case 'a':
		case 'A':
			if (strchr(spec, 'L'))
				PUT(spec, va_arg(ap, long double));
			else
				PUT(spec, va_arg(ap, double));
			break;
		default:		/* %n, %m: none in a finding */
			break;
		}
	}
#undef PUT
	*argsp = args;
	return n;
}

static int	 expand(struct buf *, const char *, const struct finding *,
		    int);

int
diag_expand(struct buf *b, const char *fmt, const struct finding *f)
{
	return expand(b, fmt, f, 1);
}

/* diag_expand(), with the arguments diag_show() set when translated. */
static int
expand(struct buf *b, const char *fmt, const struct finding *f,
    int translated)
{
	char *const	*args = f->args;
	size_t		 nargs = f->nargs;
	const char	*p, *q;
	size_t		 next = 0, idx;
	unsigned long	 pos;
	char		*end;
	int		 positional;

	for (p = fmt; *p != '\0'; ) {
		if ((q = strchr(p, '%')) == NULL) {
			buf_adds(b, p);
			break;
		}
		buf_add(b, p, (size_t)(q - p));
		p = q + 1;
		if (*p == '%') {
			buf_addch(b, '%');
			p++;
			continue;
		}
		idx = 0;
		positional = 0;
		pos = strtoul(p, &end, 10);
		if (end != p && *end == '$' && pos > 0) {
			idx = pos - 1;
			positional = 1;
			p = end + 1;
		}
		for (; *p != '\0' && strchr("-+ #0'123456789.$*hlLqjzt", *p);
		    p++)
			if (*p == '*' && !(p[1] >= '0' && p[1] <= '9'))
				next++;	/* a star's own argument */
		if (*p == '\0')
			return -1;
		p++;
		if (!positional)
			idx = next++;
		if (idx >= nargs)
			return -1;
		if (translated && f->shown != NULL && f->shown[idx] != NULL)
			buf_adds(b, f->shown[idx]);
		else
			buf_adds(b, idx < 64 && f->words & 1ULL << idx ?
			    msg_gettext(args[idx]) : args[idx]);
	}
	return 0;
}

void
diag_add(struct diag *d, const char *file, unsigned line, unsigned col,
    enum rule r, const char *item, const char *path, const char *fmt, ...)
{
	va_list		 ap;

	va_start(ap, fmt);
	diag_vadd(d, file, line, col, r, item, path, fmt, ap);
	va_end(ap);
}

void
diag_vadd(struct diag *d, const char *file, unsigned line, unsigned col,
    enum rule r, const char *item, const char *path, const char *fmt,
    va_list ap)
{
	struct finding	*f;
	va_list		 cp;
	char		*msg;

	if (rules[r].trouble)
		d->trouble = 1;
	d->last = 0;
	if (rules[r].sev < d->threshold)
		return;
	d->failed = 1;
	if (d->n == d->cap) {
		d->cap = d->cap ? d->cap * 2 : 16;
		d->v = xreallocarray(d->v, d->cap, sizeof(*d->v));
	}
	va_copy(cp, ap);
	if (vasprintf(&msg, fmt, cp) == -1)
		xnomem();
	va_end(cp);
	msg = one_line(msg);
	f = &d->v[d->n++];
	va_copy(cp, ap);
	f->words = 0;
	f->shown = NULL;
	f->nargs = take_args(fmt, cp, &f->args, &f->words);
	va_end(cp);
	f->fmt = fmt;
	f->file = file;
	f->line = line;
	f->col = col;
	f->rule = r;
	f->msg = msg;
	f->item = item ? xstrdup(item) : NULL;
	f->path = path ? xstrdup(path) : NULL;
	f->field = NULL;
	f->tkind = NULL;
	f->tnth = f->row = 0;
	f->column = NULL;
	f->seq = d->seq++;
	d->last = d->n;
}

/*
 * Where in a table f is, as its message begins: in the locale's
 * language, or with tr 0 in English (f->msg, which JSON carries).
 */
static void
context(struct buf *b, const struct finding *f, int tr)
{
	const char	*fmt;

	if (f->tkind != NULL) {
		fmt = strcmp(f->tkind, "sheet") == 0 ? N_("sheet %u") :
		    N_("table %u");
		buf_addf(b, tr ? msg_gettext(fmt) : fmt, f->tnth);
		buf_adds(b, tr ? msg_gettext(", ") : ", ");
	}
	if (f->row > 0 && f->column != NULL)
		buf_addf(b, tr ? _("row %u, column %s: ") : "row %u, column %s: ",
		    f->row, f->column);
	else if (f->row > 0)
		buf_addf(b, tr ? _("row %u: ") : "row %u: ", f->row);
}

void
diag_context(struct diag *d, const char *tkind, unsigned tnth, unsigned row,
    const char *column)
{
	struct finding	*f;
	struct buf	 b = BUF_INIT;

	if (d->last == 0)
		return;
	f = &d->v[d->last - 1];
	f->tkind = tkind;
	f->tnth = tnth;
	f->row = row;
	f->column = column != NULL ? one_line(xstrdup(column)) : NULL;
	context(&b, f, 0);
	if (b.len > 0) {
		buf_adds(&b, f->msg);
		free(f->msg);
		f->msg = xstrdup(b.ptr);
	}
	buf_release(&b);
}

void
diag_again(struct diag *d, const struct finding *from)
{
	struct finding	*f;
	size_t		 i;

	if (rules[from->rule].trouble)
		d->trouble = 1;
	d->last = 0;
	if (rules[from->rule].sev < d->threshold)
		return;
	d->failed = 1;
	if (d->n == d->cap) {
		d->cap = d->cap ? d->cap * 2 : 16;
		d->v = xreallocarray(d->v, d->cap, sizeof(*d->v));
	}
	f = &d->v[d->n++];
	*f = *from;
	f->msg = xstrdup(from->msg);
	f->item = from->item ? xstrdup(from->item) : NULL;
	f->path = from->path ? xstrdup(from->path) : NULL;
	f->field = from->field ? xstrdup(from->field) : NULL;
	f->column = from->column ? xstrdup(from->column) : NULL;
	f->args = from->nargs ? xcalloc(from->nargs, sizeof(*f->args)) : NULL;
	for (i = 0; i < from->nargs; i++)
		f->args[i] = xstrdup(from->args[i]);
	if (from->shown != NULL) {
		f->shown = xcalloc(from->nargs, sizeof(*f->shown));
		for (i = 0; i < from->nargs; i++)
			if (from->shown[i] != NULL)
				f->shown[i] = xstrdup(from->shown[i]);
	}
	f->seq = d->seq++;
	d->last = d->n;
}

/* Whether fmt has no words of its own ("%s", "%s: %s"): it wraps a
 * message said elsewhere, which diag_show() gives translated. */
static int
wrapper(const char *fmt)
{
	for (; *fmt != '\0'; fmt++)
		if (fmt[0] == '%' && fmt[1] == 's')
			fmt++;
		else if ((*fmt >= 'a' && *fmt <= 'z') ||
		    (*fmt >= 'A' && *fmt <= 'Z'))
			return 0;
	return 1;
}

void
diag_message(struct buf *b, const struct finding *f)
{
	const char	*t;
	size_t		 len = b->len;

	t = msg_gettext(f->fmt);
	context(b, f, t != f->fmt || (msg_translated() && wrapper(f->fmt)));
	if (expand(b, t, f, msg_translated()) == 0)
		return;
	buf_setlen(b, len);
	buf_adds(b, f->msg);
}

const char *
diag_sev_word(enum sev s)
{
	static const char *const word[] = {
		N_("note"), N_("warning"), N_("error")
	};

	return msg_gettext(word[s]);
}

void
diag_field(struct diag *d, const char *key)
{
	if (d->last > 0 && d->v[d->last - 1].field == NULL)
		d->v[d->last - 1].field = xstrdup(key);
}

void
diag_show(struct diag *d, size_t arg, const char *text)
{
	struct finding	*f;

	if (d->last == 0 || arg >= (f = &d->v[d->last - 1])->nargs)
		return;
	if (f->shown == NULL)
		f->shown = xcalloc(f->nargs, sizeof(*f->shown));
	free(f->shown[arg]);
	f->shown[arg] = one_line(xstrdup(text));
}

void
diag_move(struct diag *dst, struct diag *src)
{
	size_t	 i;

	for (i = 0; i < src->n; i++) {
		if (dst->n == dst->cap) {
			dst->cap = dst->cap ? dst->cap * 2 : 16;
			dst->v = xreallocarray(dst->v, dst->cap,
			    sizeof(*dst->v));
		}
		dst->v[dst->n] = src->v[i];
		dst->v[dst->n++].seq = dst->seq++;
	}
	dst->last = 0;
	dst->failed |= src->failed;
	dst->trouble |= src->trouble;
	free(src->v);
	buf_release(&src->sarif);
	src->v = NULL;
	src->n = src->cap = 0;
}

static void
free_args(struct finding *f)
{
	size_t	 i;

	for (i = 0; i < f->nargs; i++) {
		free(f->args[i]);
		if (f->shown != NULL)
			free(f->shown[i]);
	}
	free(f->args);
	free(f->shown);
	f->args = NULL;
	f->shown = NULL;
	f->nargs = 0;
}

void
diag_remove(struct diag *d, size_t i)
{
	struct finding	*f = &d->v[i];

	free(f->msg);
	free(f->item);
	free(f->path);
	free(f->field);
	free(f->column);
	free_args(f);
	*f = d->v[--d->n];
	d->last = 0;
}

static int
cmp_finding(const void *a, const void *b)
{
	const struct finding *x = a, *y = b;

	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	if (x->col != y->col)
		return x->col < y->col ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}


static void
print_text(const struct finding *f, struct buf *b)
{
	const struct rule_info	*ri = &rules[f->rule];

	/* Only the position there is: a finding about a whole file or
	 * a whole row names no line or no column (as cc(1) does). */
	if (f->line == 0)
		buf_addf(b, "%s: ", f->file);
	else if (f->col == 0)
		buf_addf(b, "%s:%u: ", f->file, f->line);
	else
		buf_addf(b, "%s:%u:%u: ", f->file, f->line, f->col);
	buf_addf(b, "%s: ", diag_sev_word(ri->sev));
	diag_message(b, f);
	buf_addf(b, " [%s %s]\n", ri->id, ri->name);
}

static void
json_field(struct buf *b, const char *key, const char *val)
{
	buf_addf(b, ",\"%s\":", key);
	json_string(b, val);
}

static void
print_json(const struct finding *f, struct buf *b)
{
	const struct rule_info	*ri = &rules[f->rule];
	size_t			 i;

	buf_adds(b, "{\"file\":\"");
	json_escape(b, f->file);
	buf_addf(b, "\",\"line\":%u,\"col\":%u", f->line, f->col);
	json_field(b, "severity", sevname[ri->sev]);
	json_field(b, "rule", ri->id);
	json_field(b, "name", ri->name);
	json_field(b, "message", f->msg);
	json_field(b, "item", f->item);
	json_field(b, "path", f->path);
	json_field(b, "field", f->field);
	buf_adds(b, ",\"args\":[");
	for (i = 0; i < f->nargs; i++) {
		if (i > 0)
			buf_addch(b, ',');
		json_string(b, f->args[i]);
	}
	buf_adds(b, "]}\n");
}

/* A relative path as a URI reference: percent-encode all but
 * unreserved characters and '/', as SARIF's artifactLocation wants. */
static void
uri_escape(struct buf *b, const char *s)
{
	const unsigned char	*p;

	for (p = (const unsigned char *)s; *p != '\0'; p++) {
		if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		    (*p >= '0' && *p <= '9') || strchr("-._~/", *p) != NULL)
			buf_addch(b, *p);
		else
			buf_addf(b, "%%%02X", *p);
	}
}

static void
print_sarif(const struct finding *f, struct buf *b, size_t n)
{
	const struct rule_info	*ri = &rules[f->rule];

	buf_adds(b, n ? ",\n" : "\n");
	buf_addf(b, "        {\"ruleId\": \"%s\", \"ruleIndex\": %d, "
	    "\"level\": \"%s\",\n          \"message\": {\"text\": \"",
	    ri->id, (int)f->rule, sevname[ri->sev]);
	json_escape(b, f->msg);
	buf_adds(b, "\"},\n          \"locations\": [{\"physicalLocation\": "
	    "{\"artifactLocation\": {\"uri\": \"");
	uri_escape(b, f->file);
	buf_adds(b, "\"}");
	if (f->line > 0)
		buf_addf(b, ", \"region\": {\"startLine\": %u, "
		    "\"startColumn\": %u}", f->line, f->col ? f->col : 1);
	buf_adds(b, "}");
	if (f->item != NULL || f->path != NULL) {
		buf_adds(b, ", \"logicalLocations\": [{\"fullyQualifiedName\": \"");
		json_escape(b, f->path ? f->path : f->item);
		buf_adds(b, "\"}]");
	}
	buf_adds(b, "}]}");
}

void
diag_flush(struct diag *d)
{
	struct buf	 b = BUF_INIT;
	size_t		 i;

	if (d->n > 1)
		qsort(d->v, d->n, sizeof(*d->v), cmp_finding);
	for (i = 0; i < d->n; i++) {
		if (d->quiet)
			;
		else if (d->format == DIAG_TEXT)
			print_text(&d->v[i], &b);
		else if (d->format == DIAG_JSON)
			print_json(&d->v[i], &b);
		else if (d->format == DIAG_XLSX)
			worklist_row(&d->sarif, ++d->nsarif + 1, &d->v[i]);
		else
			print_sarif(&d->v[i], &d->sarif, d->nsarif++);
		free(d->v[i].msg);
		free(d->v[i].item);
		free(d->v[i].path);
		free(d->v[i].field);
		free(d->v[i].column);
		free_args(&d->v[i]);
	}
	d->n = d->last = 0;
	if (b.len != 0)
		fwrite(b.ptr, 1, b.len, d->format == DIAG_TEXT ? stderr : d->out);
	buf_release(&b);
}

int
diag_finish(struct diag *d, const char *tool, const char *version)
{
	struct buf	 b = BUF_INIT;
	int		 i, rc = 0;

	diag_flush(d);
	if (d->format == DIAG_XLSX && !d->quiet)
		rc = worklist_write(d->out, &d->sarif, d->nsarif);
	if (d->format == DIAG_SARIF && !d->quiet) {
		buf_adds(&b, "{\n  \"$schema\": \"https://json.schemastore.org/"
		    "sarif-2.1.0.json\",\n  \"version\": \"2.1.0\",\n"
		    "  \"runs\": [{\n    \"tool\": {\"driver\": {\n");
		buf_addf(&b, "      \"name\": \"%s\", \"version\": \"%s\",\n"
		    "      \"rules\": [", tool, version);
		for (i = 0; i < R__MAX; i++) {
			buf_addf(&b, "%s\n        {\"id\": \"%s\", \"name\": \"%s\", "
			    "\"shortDescription\": {\"text\": \"", i ? "," : "",
			    rules[i].id, rules[i].name);
			json_escape(&b, rules[i].help);
			buf_addf(&b, "\"}, \"defaultConfiguration\": "
			    "{\"level\": \"%s\"}}", sevname[rules[i].sev]);
		}
		buf_adds(&b, "]}},\n    \"columnKind\": \"unicodeCodePoints\",\n"
		    "    \"results\": [");
		buf_add(&b, d->sarif.ptr, d->sarif.len);
		buf_adds(&b, d->nsarif ? "\n    ]\n  }]\n}\n" : "]\n  }]\n}\n");
		fwrite(b.ptr, 1, b.len, d->out);
	}
	buf_release(&b);
	buf_release(&d->sarif);
	free(d->v);
	d->v = NULL;
	d->n = d->cap = 0;
	return rc;
}

int
diag_parse_sev(const char *s)
{
	int	 i;

	for (i = 0; i <= SEV_ERROR; i++)
		if (strcmp(s, sevname[i]) == 0)
			return i;
	return -1;
}

/* The rules whose severity diag_set_sev() set. */
static unsigned char chosen[R__MAX];

int
diag_sev_chosen(enum rule r)
{
	return chosen[r];
}

int
diag_set_sev(const char *spec)
{
	const char	*eq = strchr(spec, '=');
	size_t		 n;
	int		 i, sev;

	if (eq == NULL || (sev = diag_parse_sev(eq + 1)) == -1)
		return -1;
	n = (size_t)(eq - spec);
	for (i = 0; i < R__MAX; i++)
		if ((strlen(rules[i].id) == n &&
		    strncasecmp(spec, rules[i].id, n) == 0) ||
		    (strlen(rules[i].name) == n &&
		    strncmp(spec, rules[i].name, n) == 0))
			break;
	/* An error stays one: what is broken is not published. */
	if (i == R__MAX || rules[i].sev == SEV_ERROR)
		return -1;
	rules[i].sev = (enum sev)sev;
	chosen[i] = 1;
	return 0;
}

int
diag_parse_format(const char *s)
{
	if (strcmp(s, "text") == 0)
		return DIAG_TEXT;
	if (strcmp(s, "json") == 0)
		return DIAG_JSON;
	if (strcmp(s, "sarif") == 0)
		return DIAG_SARIF;
	return -1;
}
