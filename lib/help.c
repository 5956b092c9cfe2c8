/*
 * What the commands say about themselves, from one table: usage lines
 * (each man page's SYNOPSIS), one line for what each command does and
 * one for each option, translated where they are printed, and the bash
 * completion, so that help and completion never disagree.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "help.h"
#include "msg.h"
#include "schema.h"

/*
 * An option: as typed, its argument as the usage line names it, what it
 * does, and what completes its argument: a list of words, "@area",
 * "@level" or "@field" (help_words()), "@file", "@dir", or NULL when it
 * takes none.
 */
struct hopt {
	const char	*opt;
	const char	*arg;
	const char	*what;
	const char	*complete;
};

struct hcmd {
	const char		*name;
	const char		*usage;	/* lines, without "usage: " */
	const char		*what;
	const struct hopt	*opts;
	const char		*operands;	/* "@file", "@dir" */
};

#define HELP_OPT	{ "-h, --help", NULL, N_("show this help and exit"), \
			    NULL }
#define END		{ NULL, NULL, NULL, NULL }

static const struct hopt o_validate[] = {
	{ "-j", N_("jobs"), N_("read and check files on this many threads"),
	    NULL },
	{ "-q", NULL, N_("print no findings; the exit status alone answers"),
	    NULL },
	{ "-s", N_("rule=severity"), N_("give a rule's findings this "
	    "severity, e.g. -s no-column=error; errors stay errors"), NULL },
	{ "-T", "text|json|sarif|xlsx", N_("the format of the findings; "
	    "xlsx: a worklist for Excel or WPS"), "text json sarif xlsx" },
	{ "-W", "error|warning|note", N_("show findings of this severity "
	    "and above (default: error)"), "error warning note" },
	HELP_OPT, END
};

static const struct hopt o_fmt[] = {
	{ "--check", NULL, N_("write nothing; report each file not in "
	    "canonical form and exit 1"), NULL },
	{ "-w", NULL, N_("rewrite the files in place"), NULL },
	HELP_OPT, END
};

static const struct hopt o_diff[] = {
	{ "--brief", NULL, N_("only say whether the catalogs differ"), NULL },
	{ "--git", NULL, N_("run as git's external diff driver"), NULL },
	{ "--ignore", N_("field"), N_("do not compare this field"), "@field" },
	{ "--order", NULL, N_("report changes of order too"), NULL },
	{ "--raw", NULL, N_("compare overlays as written, not resolved"),
	    NULL },
	{ "-O", "oneline", N_("notice: one sentence a line, no headings "
	    "or numbers"), "oneline" },
	{ "-T", "text|json|html|tsv|notice", N_("the output format"),
	    "text json html tsv notice" },
	HELP_OPT, END
};

static const struct hopt o_merge[] = {
	{ "-3", NULL, N_("merge ours and theirs three ways against base"),
	    NULL },
	{ "--git", NULL, N_("with -3, act as git's merge driver"), NULL },
	{ "--provenance", NULL, N_("say which file and line each value "
	    "comes from"), NULL },
	{ "-o", N_("out"), N_("write to this file instead of standard output"),
	    "@file" },
	{ "-T", "yaml|json", N_("the output format"), "yaml json" },
	HELP_OPT, END
};

static const struct hopt o_render[] = {
	{ "-T", "html|xml|board|docx|xlsx|columns|xsd", N_("what to make: a "
	    "website, XML, board sheets, DOCX, XLSX, the website's column "
	    "tree or the XML Schema"),
	    "html xml board docx xlsx columns xsd" },
	{ "-j", N_("jobs"), N_("load and render on this many threads"), NULL },
	{ "-O", N_("key=val"), N_("options of the output: force, "
	    "paper=a4|a3[,landscape], title=text"),
	    "force paper=a4 paper=a3 paper=a4,landscape "
	    "paper=a3,landscape title=" },
	{ "--templates", N_("dir"), N_("look for templates in this directory "
	    "first"), "@dir" },
	{ "--zip", NULL, N_("write everything as one zip archive"), NULL },
	{ "-o", N_("out"), N_("the file or directory to write"), "@file" },
	HELP_OPT, END
};

static const struct hopt o_import[] = {
	{ "-f", "html|docx|xlsx|csv", N_("the format of the file, whatever "
	    "its name"), "html docx xlsx csv" },
	{ "--area", N_("slug"), N_("the area of every catalog"), "@area" },
	{ "--base", N_("file"), N_("write the catalog as an overlay on this "
	    "base"), "@file" },
	{ "--encoding", "gbk", N_("read a CSV file as GBK/GB18030"), "gbk" },
	{ "--id", N_("prefix"), N_("make catalog ids prefix/area"), NULL },
	{ "--jurisdiction", N_("name"), N_("the jurisdiction of every catalog"),
	    NULL },
	{ "--level", N_("level"), N_("the level of every catalog"), "@level" },
	{ "-o", N_("out"), N_("write to this file instead of standard output"),
	    "@file" },
	{ "--standalone", NULL, N_("write a catalog of its own even for an "
	    "export of an overlay"), NULL },
	{ "--strict", NULL, N_("exit 1, writing nothing, when anything was "
	    "uncertain"), NULL },
	{ "-T", "text|json|sarif", N_("the format of the findings"),
	    "text json sarif" },
	{ "-W", "error|warning|note", N_("show findings of this severity "
	    "and above"), "error warning note" },
	HELP_OPT, END
};

static const struct hopt o_stats[] = {
	{ "--date", N_("date"), N_("the date of the audit on the HTML page "
	    "(YYYY-MM-DD)"), NULL },
	{ "--expect-areas", N_("standard|file"), N_("the areas each level "
	    "should cover: the 26 standard ones for counties and what the "
	    "county assigns below, or a file's"), "standard @file" },
	{ "--require-complete", NULL, N_("exit 1 when an expected area is "
	    "missing anywhere"), NULL },
	{ "--stale-before", N_("date"), N_("list the catalogs last updated "
	    "before this date (YYYY-MM-DD)"), NULL },
	{ "-T", "text|json|csv|html", N_("the output format"),
	    "text json csv html" },
	HELP_OPT, END
};

static const struct hopt o_audit[] = {
	{ "-l", N_("ledger"), N_("a ledger of what was published: CSV, XLSX "
	    "or saved HTML pages; give it again for more"), "@file" },
	{ "--as-of", N_("date"), N_("the day the audit looks from "
	    "(default: today)"), NULL },
	{ "--encoding", "gbk", N_("the encoding of CSV and HTML ledgers that "
	    "are not UTF-8"), "gbk" },
	{ "-q", NULL, N_("print no findings; the exit status alone answers"),
	    NULL },
	{ "-T", "text|json|sarif|csv|html|xlsx", N_("the form of the report: "
	    "findings, a table, a Chinese report to attach, a worklist"),
	    "text json sarif csv html xlsx" },
	{ "-W", "error|warning|note", N_("show findings of this severity "
	    "and above (default: warning)"), "error warning note" },
	HELP_OPT, END
};

static const struct hopt o_new[] = {
	{ "--area", N_("slug"), N_("county: only this area (again, or "
	    "slug,slug, for more)"), "@area" },
	{ "--column", N_("root"), N_("bind each catalog to the column "
	    "root/<area label>"), NULL },
	{ "--contact", N_("phone"), N_("the supervision telephone (监督电话)"),
	    NULL },
	{ "--county", N_("dir"), N_("township: the county's catalogs"),
	    "@dir" },
	{ "--id", N_("prefix"), N_("make catalog ids prefix/area"), NULL },
	{ "--jurisdiction", N_("name"), N_("the full name of the "
	    "jurisdiction, e.g. 东山县河西街道"), NULL },
	{ "-o", N_("dir"), N_("the directory to write into (made if "
	    "missing)"), "@dir" },
	{ "--publisher", N_("name"), N_("the publisher (编制单位)"), NULL },
	{ "--township", N_("dir"), N_("village: the township's catalogs"),
	    "@dir" },
	{ "--updated", N_("date"), N_("the date of the catalogs "
	    "(default: today)"), NULL },
	{ "--version", N_("text"), N_("the version of the catalogs "
	    "(default: the year)"), NULL },
	HELP_OPT, END
};

static const struct hopt o_gkml[] = {
	HELP_OPT,
	{ "--version", NULL, N_("print the version and exit"), NULL },
	END
};

static const struct hcmd cmds[] = {
	{ "validate", N_("gkml-validate [-j jobs] [-q] [-s rule=severity] "
	    "[-T text|json|sarif|xlsx] [-W error|warning|note] file ..."),
	    N_("check catalogs against the format and the domain rules"),
	    o_validate, "@file" },
	{ "fmt", N_("gkml-fmt [--check | -w] file ..."),
	    N_("write catalogs in canonical form, keeping comments"),
	    o_fmt, "@file" },
	{ "diff", N_("gkml-diff [--brief] [--git] [--ignore field] [--order] "
	    "[--raw] [-O oneline] [-T text|json|html|tsv|notice] old new"),
	    N_("show what changed between two versions of a catalog"),
	    o_diff, "@file" },
	{ "merge", N_("gkml-merge [--provenance] [-o out] [-T yaml|json] "
	    "file\ngkml-merge -3 [--git] [-o out] base ours theirs"),
	    N_("resolve overlays, and merge edited catalogs three ways"),
	    o_merge, "@file" },
	{ "render", N_("gkml-render -T html|xml|board|docx|xlsx|columns|xsd "
	    "[-j jobs] [-O key=val] [--templates dir] [--zip] -o out "
	    "[file ...]"),
	    N_("publish catalogs as a website, XML, board sheets, DOCX or "
	    "XLSX"), o_render, "@file" },
	{ "import", N_("gkml-import [-f html|docx|xlsx|csv] [--area slug] "
	    "[--base file | --standalone] [--encoding gbk] [--id prefix] "
	    "[--jurisdiction name] [--level level] [-o out] [--strict] "
	    "[-T text|json|sarif] [-W error|warning|note] file"),
	    N_("turn published catalogs (HTML, DOCX, XLSX, CSV) into gkml "
	    "YAML"), o_import, "@file" },
	{ "stats", N_("gkml-stats [--date date] [--expect-areas standard|file] "
	    "[--require-complete] [--stale-before date] "
	    "[-T text|json|csv|html] path ..."),
	    N_("coverage audit of a tree of catalogs"), o_stats, "@file" },
	{ "audit", N_("gkml-audit -l ledger ... [--as-of date] "
	    "[--encoding gbk] [-q] [-T text|json|sarif|csv|html|xlsx] "
	    "[-W error|warning|note] catalog ..."),
	    N_("check catalogs against what was published: columns, late "
	    "and overdue information"), o_audit, "@file" },
	{ "new", N_("gkml-new county -o dir --jurisdiction name --id prefix "
	    "[--area slug] [options]\ngkml-new township -o dir --county dir "
	    "--jurisdiction name --id prefix [options]\ngkml-new village -o "
	    "dir --township dir --jurisdiction name --id prefix [options]"),
	    N_("start the catalogs of a county, township or village"),
	    o_new, NULL },
	{ "gkml", N_("gkml verb [arg ...]"),
	    N_("tools for government disclosure catalogs (公开目录)"),
	    o_gkml, NULL },
};

#define NCMDS	(sizeof(cmds) / sizeof(cmds[0]))

static const struct hcmd *
find(const char *name)
{
	size_t	 i;

	if (strncmp(name, "gkml-", 5) == 0)
		name += 5;
	for (i = 0; i < NCMDS; i++)
		if (strcmp(cmds[i].name, name) == 0)
			return &cmds[i];
	return NULL;
}

/* The width of a string on a terminal: a CJK character takes two. */
static int
width(const char *s)
{
	const unsigned char	*p;
	int			 w = 0;

	for (p = (const unsigned char *)s; *p != '\0'; p++)
		if (*p < 0x80)
			w++;
		else if ((*p & 0xc0) != 0x80)
			w += *p >= 0xe0 ? 2 : 1;
	return w;
}

int
help_known(const char *cmd)
{
	const struct hcmd *c = find(cmd);

	return c != NULL && strcmp(c->name, "gkml") != 0;
}

void
help_usage(FILE *fp, const char *cmd)
{
	const struct hcmd	*c;
	const char		*u, *nl, *head = _("usage: ");
	int			 first = 1;

	if ((c = find(cmd)) == NULL)
		return;
	for (u = _(c->usage); *u != '\0'; u = nl + (*nl != '\0')) {
		nl = u + strcspn(u, "\n");
		if (first)
			fprintf(fp, "%s", head);
		else
			fprintf(fp, "%*s", width(head), "");
		fprintf(fp, "%.*s\n", (int)(nl - u), u);
		first = 0;
	}
}

void
help_command(FILE *fp, const char *cmd)
{
	const struct hcmd	*c;
	const struct hopt	*o;
	char			 left[80];
	int			 w;

	if ((c = find(cmd)) == NULL)
		return;
	help_usage(fp, cmd);
	fprintf(fp, "\n%s\n\n%s\n", _(c->what), _("Options:"));
	for (o = c->opts; o->opt != NULL; o++) {
		/* A metavariable translates ("out"), a keyword does not. */
		snprintf(left, sizeof(left), "%s%s%s", o->opt,
		    o->arg ? " " : "", o->arg ? _(o->arg) : "");
		w = width(left);
		if (w < 26)
			fprintf(fp, "  %s%*s%s\n", left, 26 - w, "", _(o->what));
		else
			fprintf(fp, "  %s\n  %26s%s\n", left, "", _(o->what));
	}
	fprintf(fp, "\n");
	if (strcmp(c->name, "gkml") == 0)
		fprintf(fp, _("See gkml(1), and 'gkml help COMMAND' for each "
		    "command.\n"));
	else
		fprintf(fp, _("See gkml-%s(1).\n"), c->name);
}

void
help_commands(FILE *fp)
{
	size_t	 i;
	int	 w;

	help_usage(fp, "gkml");
	fprintf(fp, "\n%s\n\n%s\n", _(find("gkml")->what), _("Commands:"));
	for (i = 0; i < NCMDS; i++) {
		if (strcmp(cmds[i].name, "gkml") == 0)
			continue;
		w = width(cmds[i].name);
		fprintf(fp, "  %s%*s%s\n", cmds[i].name, 12 - w, "",
		    _(cmds[i].what));
	}
	fprintf(fp, "  %-12s%s\n", "help", _("show the help of a command"));
	fprintf(fp, "  %-12s%s\n", "completion",
	    _("print the bash completion script"));
	fprintf(fp, "\n%s\n", _("Run 'gkml help COMMAND' or 'gkml COMMAND "
	    "--help' for the options of a command, and see gkml(1)."));
}

int
help_words(FILE *fp, const char *kind)
{
	struct schema		 s;
	const struct vocab	*v;
	const struct stype	*t;
	size_t			 i;

	if (strcmp(kind, "area") != 0 && strcmp(kind, "level") != 0 &&
	    strcmp(kind, "field") != 0)
		return -1;
	if (schema_load(&s, gkml_datadir()) == -1)
		return -1;
	if (strcmp(kind, "field") == 0) {
		for (i = 0; i < s.ntypes; i++) {
			t = &s.types[i];
			if (strcmp(t->name, "item") == 0)
				break;
		}
		if (i < s.ntypes)
			for (i = 0; i < t->nkeys; i++)
				fprintf(fp, "%s\n", t->keys[i].name);
	} else if ((v = schema_vocab(&s, kind)) != NULL)
		for (i = 0; i < v->n; i++)
			fprintf(fp, "%s\n", v->terms[i].slug);
	schema_release(&s);
	return 0;
}

/* Lines of the completion script: code, not messages. */
static void
script(FILE *fp, const char *s)
{
	fputs(s, fp);
}

static void scriptf(FILE *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));

static void
scriptf(FILE *fp, const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	vfprintf(fp, fmt, ap);
	va_end(ap);
}

/* The options of c, and for each that takes an argument what completes
 * it, as case branches of the script. */
static void
bash_command(FILE *fp, const struct hcmd *c)
{
	const struct hopt	*o;
	const char		*p, *sp;

	scriptf(fp, "\t%s)\n\t\tcase $prev in\n", c->name);
	for (o = c->opts; o->opt != NULL; o++) {
		if (o->complete == NULL)
			continue;
		scriptf(fp, "\t\t%s)\n", o->opt);
		for (p = o->complete; *p != '\0'; p = sp + (*sp != '\0')) {
			sp = p + strcspn(p, " ");
			if (*p == '@')
				scriptf(fp, "\t\t\t_gkml_%.*s\n",
				    (int)(sp - p - 1), p + 1);
		}
		scriptf(fp, "\t\t\t_gkml_words '");
		for (p = o->complete; *p != '\0'; p = sp + (*sp != '\0')) {
			sp = p + strcspn(p, " ");
			if (*p != '@')
				scriptf(fp, "%.*s ", (int)(sp - p), p);
		}
		scriptf(fp, "'\n\t\t\treturn ;;\n");
	}
	scriptf(fp, "\t\tesac\n\t\tif [[ $cur == -* ]]; then\n"
	    "\t\t\t_gkml_words '");
	for (o = c->opts; o->opt != NULL; o++) {
		/* "-h, --help" is two options. */
		for (p = o->opt; *p != '\0'; p = sp + (*sp != '\0')) {
			sp = p + strcspn(p, ",");
			scriptf(fp, "%.*s ", (int)(sp - p), p);
			while (*sp == ',' && sp[1] == ' ')
				sp++;
		}
	}
	scriptf(fp, "'\n\t\telse\n\t\t\t_gkml_file\n\t\tfi ;;\n");
}

/* The name of every command but gkml, each after fmt (one %s). */
static void
names(FILE *fp, const char *fmt)
{
	size_t	 i;

	for (i = 0; i < NCMDS; i++)
		if (strcmp(cmds[i].name, "gkml") != 0)
			scriptf(fp, fmt, cmds[i].name);
}

void
help_bash(FILE *fp)
{
	size_t	 i;

	script(fp, "# bash completion for gkml and the gkml-* commands: written "
	    "by 'gkml completion bash'.\n"
	    "_gkml_words() { COMPREPLY+=($(compgen -W \"$1\" -- \"$cur\")); }\n"
	    "_gkml_file() { COMPREPLY+=($(compgen -f -- \"$cur\")); "
	    "compopt -o filenames 2>/dev/null; }\n"
	    "_gkml_dir() { COMPREPLY+=($(compgen -d -- \"$cur\")); "
	    "compopt -o filenames 2>/dev/null; }\n"
	    "_gkml_area() { _gkml_words \"$(gkml completion --words area "
	    "2>/dev/null)\"; }\n"
	    "_gkml_level() { _gkml_words \"$(gkml completion --words level "
	    "2>/dev/null)\"; }\n"
	    "_gkml_field() { _gkml_words \"$(gkml completion --words field "
	    "2>/dev/null)\"; }\n"
	    "_gkml_cmd() {\n"
	    "\tlocal cmd=$1 cur=$2 prev=$3\n"
	    "\tcase $cmd in\n");
	for (i = 0; i < NCMDS; i++)
		if (strcmp(cmds[i].name, "gkml") != 0)
			bash_command(fp, &cmds[i]);
	script(fp, "\tesac\n}\n"
	    "_gkml() {\n"
	    "\tlocal cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}\n"
	    "\tCOMPREPLY=()\n"
	    "\tlocal prog=${COMP_WORDS[0]##*/}\n"
	    "\tcase $prog in\n"
	    "\tgkml-*) _gkml_cmd \"${prog#gkml-}\" \"$cur\" \"$prev\"; "
	    "return ;;\n"
	    "\tesac\n"
	    "\tif ((COMP_CWORD == 1)); then\n"
	    "\t\t_gkml_words '");
	names(fp, "%s ");
	script(fp, "help completion --help --version'\n"
	    "\telif [[ ${COMP_WORDS[1]} == help ]] && ((COMP_CWORD == 2)); "
	    "then\n\t\t_gkml_words '");
	names(fp, "%s ");
	script(fp, "'\n"
	    "\telse\n"
	    "\t\t_gkml_cmd \"${COMP_WORDS[1]}\" \"$cur\" \"$prev\"\n"
	    "\tfi\n"
	    "}\n"
	    "complete -F _gkml gkml");
	names(fp, " gkml-%s");
	script(fp, "\n");
}
