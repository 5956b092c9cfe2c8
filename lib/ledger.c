/*
 * Ledgers: the file kinds, dates, URLs, and ledgers that are tables
 * (CSV, XLSX, a table saved as HTML), read with the table readers.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "calendar.h"
#include "diag.h"
#include "ledger.h"
#include "ledger_int.h"
#include "msg.h"
#include "table.h"
#include "text.h"
#include "xmalloc.h"

#define HEAD_ROWS	10	/* rows the header row is looked for in */
#define MAX_DATE	64	/* bytes a date with its time may take */

enum role {
	L_TITLE, L_PUBLISHED, L_FORMED, L_COLUMN, L_URL, L_ITEM, L_INDEX,
	L_DOCNO, L_PUBLISHER, L__MAX, L_NONE = L__MAX
};

/* Header names, folded (no spaces, half-width), by role. */
static const char *const heads[L__MAX][8] = {
	{ "标题", "信息名称", "信息标题", "文章标题", "名称", NULL },
	{ "发布日期", "发布时间", "公开日期", "公开时间", "发文日期", NULL },
	{ "成文日期", "形成日期", "生成日期", "印发日期", NULL },
	{ "栏目", "所属栏目", "栏目名称", "栏目路径", NULL },
	{ "链接", "网址", "地址", "URL", "链接地址", NULL },
	{ "事项编号", "事项", "事项ID", "目录事项", NULL },
	{ "索引号", NULL },
	{ "文号", NULL },
	{ "发布机构", NULL },
};

void
ledger_init(struct ledger *l)
{
	memset(l, 0, sizeof(*l));
	arena_init(&l->a);
}

void
ledger_release(struct ledger *l)
{
	free(l->v);
	arena_release(&l->a);
	memset(l, 0, sizeof(*l));
}

struct ledger_rec *
lrd_rec(struct lrd *rd, unsigned line, unsigned col)
{
	struct ledger		*l = rd->l;
	struct ledger_rec	*r;

	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 64;
		l->v = xreallocarray(l->v, l->cap, sizeof(*l->v));
	}
	r = &l->v[l->n++];
	memset(r, 0, sizeof(*r));
	r->title = "";
	r->formed = r->published = -1;
	r->file = rd->path;
	r->line = line;
	r->col = col;
	return r;
}

/* --- Dates --- */

static int
digits(const char *s, size_t *i, size_t min, size_t max, unsigned *v)
{
	size_t	 n = 0;

	*v = 0;
	while (s[*i] >= '0' && s[*i] <= '9' && n < max) {
		*v = *v * 10 + (unsigned)(s[*i] - '0');
		(*i)++;
		n++;
	}
	return n >= min && !(s[*i] >= '0' && s[*i] <= '9');
}

/* Skip white space, U+3000 too (width folding keeps it). */
static size_t
skip_space(const char *s, size_t i)
{
	for (;;) {
		if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' ||
		    s[i] == '\r')
			i++;
		else if (strncmp(s + i, "\xe3\x80\x80", 3) == 0 ||
		    strncmp(s + i, "\xc2\xa0", 2) == 0)
			i += s[i] == '\xe3' ? 3 : 2;
		else
			return i;
	}
}

/* A date without its time; -2 when it is none. */
static int
date_part(const char *s, size_t *i, unsigned *y, unsigned *m, unsigned *d)
{
	size_t	 j = *i;
	int	 cn = 0;
	char	 sep;

	if (!digits(s, &j, 4, 4, y)) {
		/* 20240305 */
		j = *i;
		if (!digits(s, &j, 8, 8, y))
			return -2;
		*d = *y % 100;
		*m = *y / 100 % 100;
		*y /= 10000;
		*i = j;
		return 0;
	}
	if (strncmp(s + j, "年", strlen("年")) == 0) {
		cn = 1;
		j += strlen("年");
		sep = 0;
	} else if (s[j] == '-' || s[j] == '/' || s[j] == '.') {
		sep = s[j++];
	} else
		return -2;
	if (!digits(s, &j, 1, 2, m))
		return -2;
	if (cn && strncmp(s + j, "月", strlen("月")) == 0)
		j += strlen("月");
	else if (!cn && s[j] == sep)
		j++;
	else
		return -2;
	if (!digits(s, &j, 1, 2, d))
		return -2;
	if (cn && strncmp(s + j, "日", strlen("日")) == 0)
		j += strlen("日");
	*i = j;
	return 0;
}

int
ledger_date(const char *s, long *day)
{
	char		 f[MAX_DATE + 1], ymd[16];
	size_t		 n = strlen(s), i;
	unsigned	 y, m, d, hh, mm, ss = 0;
	long		 v;

	*day = -1;
	if (n > MAX_DATE)
		return -2;
	text_fold(f, s, n, TEXT_FOLD_WIDTH, NULL);
	i = skip_space(f, 0);
	if (date_part(f, &i, &y, &m, &d) != 0)
		return -2;
	if (f[skip_space(f, i)] != '\0' && (f[i] == ' ' || f[i] == 'T' ||
	    skip_space(f, i) != i)) {
		i = f[i] == 'T' ? i + 1 : skip_space(f, i);
		if (!digits(f, &i, 1, 2, &hh) || f[i++] != ':' ||
		    !digits(f, &i, 2, 2, &mm) || hh > 23 || mm > 59)
			return -2;
		if (f[i] == ':' && (i++, !digits(f, &i, 2, 2, &ss) || ss > 60))
			return -2;
	}
	if (f[skip_space(f, i)] != '\0')
		return -2;
	if (m < 1 || m > 12 || d < 1 || d > 31)
		return -1;
	(void)snprintf(ymd, sizeof(ymd), "%04u-%02u-%02u", y, m, d);
	if (cal_parse(ymd, &v) != 0)
		return -1;
	*day = v;
	return 0;
}

/*
 * The first date in s (a list entry's text): 0 or -1 as ledger_date()
 * says, with where it is in *at and *n; -2 when s holds none.
 */
int
lrd_date_in(const char *s, long *day, size_t *at, size_t *n)
{
	static const char	 ok[] = "0123456789-/.: ";
	char			 cand[MAX_DATE + 1];
	size_t			 i, j, k;
	int			 rc;

	*day = -1;
	for (i = 0; s[i] != '\0'; i++) {
		if (!(s[i] >= '0' && s[i] <= '9') ||
		    (i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9'))
			continue;
		/* The longest run of what a date and its time are made of. */
		for (j = i, k = 0; s[j] != '\0' && k < MAX_DATE;) {
			if (strchr(ok, s[j]) != NULL && s[j] != '\0') {
				cand[k++] = s[j++];
				continue;
			}
			if ((strncmp(s + j, "年", 3) == 0 ||
			    strncmp(s + j, "月", 3) == 0 ||
			    strncmp(s + j, "日", 3) == 0) && k + 3 <= MAX_DATE) {
				memcpy(cand + k, s + j, 3);
				k += 3;
				j += 3;
				continue;
			}
			break;
		}
		while (k > 0 && (cand[k - 1] == ' ' || cand[k - 1] == ':' ||
		    cand[k - 1] == '.' || cand[k - 1] == '-'))
			k--;
		cand[k] = '\0';
		/* A time that does not read must not hide the date. */
		if ((rc = ledger_date(cand, day)) == -2) {
			size_t	 sp = strcspn(cand, " ");

			cand[sp] = '\0';
			k = sp;
			rc = ledger_date(cand, day);
		}
		if (rc != -2) {
			*at = i;
			*n = k;
			return rc;
		}
	}
	return -2;
}

/* An Excel serial date (days since 1899-12-30), as XLSX keeps dates. */
static int
serial_date(const char *s, long *day)
{
	char	*end;
	double	 v;

	if (!(s[0] >= '0' && s[0] <= '9') || strlen(s) > 20)
		return -1;
	v = strtod(s, &end);
	if (*end != '\0' || v < 61 || v >= 2958466 || strcspn(s, ".") > 7)
		return -1;
	*day = (long)v - 25569;
	return 0;
}

void
lrd_date(struct lrd *rd, const char *s, unsigned line, unsigned col,
    const char *what, long *day)
{
	int	 rc;

	if (*s == '\0')
		return;
	if ((rc = ledger_date(s, day)) == 0)
		return;
	if (rc == -1)
		diag_add(rd->dg, rd->path, line, col, R_LEDGER_DATE, NULL, NULL,
		    "the date '%.40s' (%s) does not exist; the record is "
		    "kept without it", s, what);
	else
		diag_add(rd->dg, rd->path, line, col, R_LEDGER_DATE, NULL, NULL,
		    "the date '%.40s' (%s) cannot be read; the record is kept "
		    "without it", s, what);
}

/* --- URLs --- */

/* The length of the scheme and ':' of s, or 0. */
static size_t
scheme_len(const char *s)
{
	size_t	 i;

	if (!((s[0] | 0x20) >= 'a' && (s[0] | 0x20) <= 'z'))
		return 0;
	for (i = 1; s[i] != '\0'; i++)
		if (s[i] == ':')
			return i + 1;
		else if (!(((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z') ||
		    (s[i] >= '0' && s[i] <= '9') || s[i] == '+' ||
		    s[i] == '-' || s[i] == '.'))
			return 0;
	return 0;
}

static int
web_scheme(const char *s, size_t n)
{
	return (n == 5 && strncasecmp(s, "http:", 5) == 0) ||
	    (n == 6 && strncasecmp(s, "https:", 6) == 0);
}

/*
 * Remove the dot segments of the path that starts at b->ptr[from]
 * (RFC 3986, 5.2.4), query and fragment left alone.
 */
static void
dot_segments(struct buf *b, size_t from)
{
	struct buf	 out = BUF_INIT;
	const char	*s = b->ptr + from, *rest;
	size_t		 n, plen = strcspn(s, "?#");

	rest = s + plen;
	while (plen > 0) {
		if (plen >= 3 && strncmp(s, "/./", 3) == 0) {
			s += 2;
			plen -= 2;
		} else if (plen == 2 && strncmp(s, "/.", 2) == 0) {
			s += 1;
			plen -= 1;
			buf_addch(&out, '/');
			s++;
			plen--;
		} else if ((plen >= 4 && strncmp(s, "/../", 4) == 0) ||
		    (plen == 3 && strncmp(s, "/..", 3) == 0)) {
			while (out.len > 0 && out.ptr[out.len - 1] != '/')
				out.len--;
			if (out.len > 0)
				out.len--;
			out.ptr[out.len] = '\0';
			if (plen == 3) {
				buf_addch(&out, '/');
				s += 3;
				plen = 0;
			} else {
				s += 3;
				plen -= 3;
			}
		} else {
			n = 1 + strcspn(s + 1, "/");
			if (n > plen)
				n = plen;
			buf_add(&out, s, n);
			s += n;
			plen -= n;
		}
	}
	buf_adds(&out, rest);
	buf_setlen(b, from);
	buf_add(b, out.ptr, out.len);
	buf_release(&out);
}

const char *
ledger_url(struct arena *a, const char *base, const char *ref)
{
	struct buf	 b = BUF_INIT;
	const char	*res;
	size_t		 n, hostend, pathend, i;

	while (*ref == ' ' || *ref == '\t' || *ref == '\n' || *ref == '\r')
		ref++;
	if (*ref == '\0' || *ref == '#')
		return NULL;
	if ((n = scheme_len(ref)) > 0)
		return web_scheme(ref, n) ? arena_strdup(a, ref) : NULL;
	if (base == NULL || (n = scheme_len(base)) == 0 ||
	    !web_scheme(base, n) || strncmp(base + n, "//", 2) != 0)
		return NULL;
	hostend = n + 2 + strcspn(base + n + 2, "/?#");
	pathend = hostend + strcspn(base + hostend, "?#");
	if (strncmp(ref, "//", 2) == 0) {
		buf_add(&b, base, n);
		buf_adds(&b, ref);
		dot_segments(&b, n + 2 + strcspn(ref + 2, "/?#"));
	} else if (*ref == '/') {
		buf_add(&b, base, hostend);
		buf_adds(&b, ref);
		dot_segments(&b, hostend);
	} else if (*ref == '?') {
		buf_add(&b, base, pathend);
		buf_adds(&b, ref);
	} else {
		/* The base's directory, then ref. */
		for (i = pathend; i > hostend && base[i - 1] != '/'; i--)
			;
		buf_add(&b, base, i);
		if (i == hostend)
			buf_addch(&b, '/');
		buf_adds(&b, ref);
		dot_segments(&b, hostend);
	}
	res = arena_strdup(a, b.ptr);
	buf_release(&b);
	return res;
}

/* --- Tables --- */

/* The role a header cell names. */
static enum role
head_of(const char *s)
{
	char		*f;
	size_t		 n = strlen(s), k;
	int		 r, i;

	f = xmalloc(n + 1);
	k = text_fold(f, s, n, TEXT_FOLD_SPACE | TEXT_FOLD_WIDTH, NULL);
	while (k > 0 && (f[k - 1] == ':' || f[k - 1] == '*'))
		f[--k] = '\0';
	for (r = 0; r < L__MAX; r++)
		for (i = 0; heads[r][i] != NULL; i++)
			if (strcasecmp(f, heads[r][i]) == 0) {
				free(f);
				return r;
			}
	free(f);
	return L_NONE;
}

/* The column of each role in row r of t (-1: none). */
static void
map_row(const struct table *t, unsigned r, int col[L__MAX])
{
	unsigned	 c;
	enum role	 k;

	for (k = 0; k < L__MAX; k++)
		col[k] = -1;
	for (c = 0; c < t->ncols; c++)
		if ((k = head_of(TABLE_CELL(t, r, c)->text)) != L_NONE &&
		    col[k] < 0)
			col[k] = (int)c;
}

static const char *
field(struct lrd *rd, const struct table *t, unsigned r, const int *col,
    enum role k)
{
	const char	*s;

	if (col[k] < 0 || *(s = TABLE_CELL(t, r, col[k])->text) == '\0')
		return NULL;
	return arena_strdup(&rd->l->a, s);
}

static void
table_date(struct lrd *rd, const struct table *t, unsigned h, unsigned r,
    int c, int xlsx, long *day, unsigned *line, unsigned *lcol)
{
	const struct cell	*cell;

	if (c < 0)
		return;
	cell = TABLE_CELL(t, r, c);
	*line = cell->line;
	*lcol = cell->col;
	if (xlsx && serial_date(cell->text, day) == 0)
		return;
	lrd_date(rd, cell->text, cell->line, cell->col,
	    TABLE_CELL(t, h, c)->text, day);
}

/* The records of a table whose header row is h. */
static void
table_rows(struct lrd *rd, const struct table *t, unsigned h, const int *col,
    int xlsx, const char *base)
{
	struct ledger_rec	*rec;
	const struct cell	*tc;
	const char		*s;
	unsigned		 r, c;
	int			 any;

	for (r = h + 1; r < t->nrows; r++) {
		tc = TABLE_CELL(t, r, col[L_TITLE]);
		if (*tc->text == '\0') {
			for (any = 0, c = 0; c < t->ncols && !any; c++)
				any = *TABLE_CELL(t, r, c)->text != '\0';
			if (any)
				diag_add(rd->dg, rd->path, tc->line, tc->col,
				    R_LEDGER_TITLE, NULL, NULL,
				    "a row with no title under '%s'; not "
				    "taken as a record",
				    TABLE_CELL(t, h, col[L_TITLE])->text);
			continue;
		}
		rec = lrd_rec(rd, tc->line, 0);
		rec->title = arena_strdup(&rd->l->a, tc->text);
		rec->item = field(rd, t, r, col, L_ITEM);
		rec->column = field(rd, t, r, col, L_COLUMN);
		rec->index = field(rd, t, r, col, L_INDEX);
		rec->docno = field(rd, t, r, col, L_DOCNO);
		rec->publisher = field(rd, t, r, col, L_PUBLISHER);
		if ((s = field(rd, t, r, col, L_URL)) != NULL)
			rec->url = ledger_url(&rd->l->a, base, s);
		table_date(rd, t, h, r, col[L_FORMED], xlsx, &rec->formed,
		    &rec->fline, &rec->fcol);
		table_date(rd, t, h, r, col[L_PUBLISHED], xlsx, &rec->published,
		    &rec->pline, &rec->pcol);
	}
}

/*
 * The records of every table with a header row.  Returns how many
 * tables had one; when none had, says so (unless quiet).  A header row
 * without a publication date column is a finding (-1 in rd->rc).
 */
int
lrd_tables(struct lrd *rd, const struct tables *ts, int xlsx,
    const char *base, int quiet)
{
	const struct table	*t;
	const struct cell	*c;
	int			 col[L__MAX];
	unsigned		 r;
	size_t			 i;
	int			 found = 0;

	for (i = 0; i < ts->n; i++) {
		t = &ts->v[i];
		for (r = 0; r < t->nrows && r < HEAD_ROWS; r++) {
			map_row(t, r, col);
			if (col[L_TITLE] >= 0 && (col[L_PUBLISHED] >= 0 ||
			    (!quiet && col[L_FORMED] >= 0)))
				break;
		}
		if (r == t->nrows || r == HEAD_ROWS)
			continue;
		found++;
		if (col[L_PUBLISHED] < 0) {
			c = TABLE_CELL(t, r, col[L_TITLE]);
			diag_add(rd->dg, rd->path, c->line, c->col,
			    R_LEDGER_HEADER, NULL, NULL,
			    "the header row has no publication date column "
			    "(发布日期, 发布时间, 公开日期, 公开时间 or 发文日期)");
			rd->rc = -1;
			continue;
		}
		table_rows(rd, t, r, col, xlsx, base);
	}
	if (found == 0 && !quiet) {
		c = ts->n > 0 && ts->v[0].nrows > 0 ? TABLE_CELL(&ts->v[0],
		    0, 0) : NULL;
		diag_add(rd->dg, rd->path, c != NULL ? c->line : 0,
		    c != NULL ? c->col : 0, R_LEDGER_HEADER, NULL, NULL,
		    "no header row with a title column (标题, 信息名称, "
		    "信息标题, 文章标题 or 名称) and a date column (发布日期, "
		    "成文日期 and the like) in the first %d rows", HEAD_ROWS);
		rd->rc = -1;
	}
	return found;
}

/* --- Files --- */

static int
ends(const char *path, const char *ext)
{
	size_t	 n = strlen(path), k = strlen(ext);

	return n > k && strcasecmp(path + n - k, ext) == 0;
}

int
ledger_read(struct ledger *l, const char *path, const char *p, size_t len,
    const char *encoding, const struct limits *lim, struct diag *dg)
{
	struct lrd	 rd;
	struct tables	 ts;
	size_t		 n0 = l->n;
	int		 xlsx = 0, rc;

	memset(&rd, 0, sizeof(rd));
	rd.l = l;
	rd.path = path;
	rd.dg = dg;
	if (lim != NULL)
		rd.lim = *lim;
	else
		limits_default(&rd.lim);
	if (ends(path, ".htm") || ends(path, ".html")) {
		rc = lrd_page(&rd, p, len, encoding);
	} else if (ends(path, ".csv") || (xlsx = ends(path, ".xlsx"))) {
		tables_init(&ts);
		rc = tables_read(&ts, xlsx ? TF_XLSX : TF_CSV, path, p, len,
		    encoding, &rd.lim, dg);
		if (rc == 0) {
			(void)lrd_tables(&rd, &ts, xlsx, NULL, 0);
			rc = rd.rc;
		}
		tables_release(&ts);
	} else {
		diag_add(dg, path, 0, 0, R_LEDGER_FORMAT, NULL, NULL,
		    "not a ledger gkml reads: the name ends in neither .csv, "
		    ".xlsx, .htm nor .html");
		return -1;
	}
	if (rc == 0 && l->n == n0)
		diag_add(dg, path, 0, 0, R_LEDGER_EMPTY, NULL, NULL,
		    "no record in the file");
	return rc;
}
