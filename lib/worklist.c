/*
 * The findings worklist, written directly as SpreadsheetML: one sheet,
 * a header row and a row per finding, every text an inline string, so
 * that the workbook needs no shared-string table and its bytes depend
 * on the findings alone.  The columns are those an officer works by:
 * file, line, column, severity, rule, item, the problem, the
 * suggestion, and an empty column for what was done.
 */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "diag.h"
#include "esc.h"
#include "msg.h"
#include "worklist.h"
#include "xmalloc.h"
#include "zip.h"

#define NCOLS	9

static const char *const head[NCOLS] = {
	N_("File"), N_("Line"), N_("Column"), N_("Severity"), N_("Rule"),
	N_("Item"), N_("Problem"), N_("Suggestion"), N_("Done")
};

/* Widths in characters; the problem and the suggestion wrap. */
static const int widths[NCOLS] = { 28, 6, 6, 8, 24, 22, 60, 50, 16 };

static void
text(struct buf *b, int col, size_t r, const char *s, size_t len,
    int style)
{
	char	*t;

	t = xstrndup(s, len);
	buf_addf(b, "<c r=\"%c%zu\" t=\"inlineStr\"", 'A' + col, r);
	if (style != 0)
		buf_addf(b, " s=\"%d\"", style);
	buf_adds(b, "><is><t xml:space=\"preserve\">");
	html_escape(b, t);
	buf_adds(b, "</t></is></c>");
	free(t);
}

static void
num(struct buf *b, int col, size_t r, unsigned n)
{
	if (n > 0)
		buf_addf(b, "<c r=\"%c%zu\"><v>%u</v></c>", 'A' + col, r, n);
}

/*
 * Where a message says the problem and then the fix, after its first
 * semicolon (as every gkml message that knows a fix does): the length
 * of the problem, and *fix the fix.  No semicolon, no fix.
 */
static size_t
split(const char *s, const char **fix)
{
	const char	*a, *b;

	a = strstr(s, "; ");
	b = strstr(s, "\xef\xbc\x9b");		/* ； */
	if (a == NULL || (b != NULL && b < a)) {
		if (b == NULL) {
			*fix = "";
			return strlen(s);
		}
		*fix = b + 3;
		return (size_t)(b - s);
	}
	*fix = a + 2;
	return (size_t)(a - s);
}

void
worklist_row(struct buf *rows, size_t r, const struct finding *f)
{
	const struct rule_info	*ri = &rules[f->rule];
	struct buf		 msg = BUF_INIT, rule = BUF_INIT;
	const char		*fix;
	size_t			 n;

	diag_message(&msg, f);
	buf_addf(&rule, "%s %s", ri->id, ri->name);
	buf_addf(rows, "<row r=\"%zu\">", r);
	text(rows, 0, r, f->file, strlen(f->file), 0);
	num(rows, 1, r, f->line);
	num(rows, 2, r, f->col);
	text(rows, 3, r, diag_sev_word(ri->sev),
	    strlen(diag_sev_word(ri->sev)), 0);
	text(rows, 4, r, rule.ptr, rule.len, 0);
	if (f->item != NULL)
		text(rows, 5, r, f->item, strlen(f->item), 0);
	n = split(msg.ptr, &fix);
	text(rows, 6, r, msg.ptr, n, 2);
	if (*fix != '\0')
		text(rows, 7, r, fix, strlen(fix), 2);
	buf_adds(rows, "</row>\n");
	buf_release(&msg);
	buf_release(&rule);
}

static const char content_types[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
    "content-types\"><Default Extension=\"rels\" ContentType=\"application/"
    "vnd.openxmlformats-package.relationships+xml\"/><Default Extension="
    "\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/"
    "workbook.xml\" ContentType=\"application/vnd.openxmlformats-"
    "officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName="
    "\"/xl/worksheets/sheet1.xml\" ContentType=\"application/"
    "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
    "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/"
    "vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
    "</Types>\n";

static const char rels[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
    "relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas."
    "openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
    "Target=\"xl/workbook.xml\"/></Relationships>\n";

static const char workbook_rels[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
    "relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas."
    "openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
    "Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\""
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    "styles\" Target=\"styles.xml\"/></Relationships>\n";

/* 0: plain; 1: the header, bold on grey; 2: text that wraps. */
static const char styles[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/"
    "2006/main\"><fonts count=\"2\"><font><sz val=\"11\"/><name val=\""
    "SimSun\"/></font><font><b/><sz val=\"11\"/><name val=\"SimSun\"/>"
    "</font></fonts><fills count=\"3\"><fill><patternFill patternType=\""
    "none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
    "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFD9D9D9\"/>"
    "</patternFill></fill></fills><borders count=\"1\"><border/></borders>"
    "<cellStyleXfs count=\"1\"><xf/></cellStyleXfs><cellXfs count=\"3\">"
    "<xf/><xf fontId=\"1\" fillId=\"2\" applyFont=\"1\" applyFill=\"1\"/>"
    "<xf applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/>"
    "</xf></cellXfs></styleSheet>\n";

int
worklist_write(FILE *out, const struct buf *rows, size_t nrows)
{
	struct zipw	*zw;
	struct buf	 b = BUF_INIT, z = BUF_INIT, err = BUF_INIT;
	int		 i, rc = 0;

	zw = zipw_new();
	zipw_add(zw, "[Content_Types].xml", content_types,
	    sizeof(content_types) - 1);
	zipw_add(zw, "_rels/.rels", rels, sizeof(rels) - 1);
	buf_addf(&b, "<?xml version=\"1.0\" encoding=\"UTF-8\" "
	    "standalone=\"yes\"?>\n<workbook xmlns=\"http://schemas."
	    "openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://"
	    "schemas.openxmlformats.org/officeDocument/2006/relationships\">"
	    "<sheets><sheet name=\"");
	html_escape(&b, _("Findings"));
	buf_adds(&b, "\" sheetId=\"1\" r:id=\"rId1\"/></sheets><definedNames>"
	    "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"0\" "
	    "hidden=\"1\">");
	buf_addch(&b, '\'');
	html_escape(&b, _("Findings"));
	buf_addf(&b, "'!$A$1:$I$%zu", nrows + 1);
	buf_adds(&b, "</definedName></definedNames></workbook>\n");
	zipw_add(zw, "xl/workbook.xml", b.ptr, b.len);
	buf_reset(&b);
	zipw_add(zw, "xl/_rels/workbook.xml.rels", workbook_rels,
	    sizeof(workbook_rels) - 1);
	zipw_add(zw, "xl/styles.xml", styles, sizeof(styles) - 1);
	buf_addf(&b, "<?xml version=\"1.0\" encoding=\"UTF-8\" "
	    "standalone=\"yes\"?>\n<worksheet xmlns=\"http://schemas."
	    "openxmlformats.org/spreadsheetml/2006/main\"><dimension ref=\""
	    "A1:I%zu\"/><sheetViews><sheetView workbookViewId=\"0\"><pane "
	    "ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" "
	    "state=\"frozen\"/></sheetView></sheetViews><cols>", nrows + 1);
	for (i = 0; i < NCOLS; i++)
		buf_addf(&b, "<col min=\"%d\" max=\"%d\" width=\"%d\" "
		    "customWidth=\"1\"/>", i + 1, i + 1, widths[i]);
	buf_adds(&b, "</cols><sheetData>\n<row r=\"1\">");
	for (i = 0; i < NCOLS; i++)
		text(&b, i, 1, _(head[i]), strlen(_(head[i])), 1);
	buf_adds(&b, "</row>\n");
	buf_add(&b, rows->ptr, rows->len);
	buf_addf(&b, "</sheetData><autoFilter ref=\"A1:I%zu\"/></worksheet>\n",
	    nrows + 1);
	zipw_add(zw, "xl/worksheets/sheet1.xml", b.ptr, b.len);
	/* A fixed date: the same findings give the same bytes. */
	if (zipw_finish(zw, 315532800, &z, &err) != 0) {
		fprintf(stderr, "%s\n", err.ptr);
		rc = -1;
	} else if (fwrite(z.ptr, 1, z.len, out) != z.len)
		rc = -1;
	buf_release(&b);
	buf_release(&z);
	buf_release(&err);
	return rc;
}
