/*
 * Messages in the language of the locale: gettext(3) from the C
 * library, with the catalogs gkml installs (lib/po/<lang>.po, compiled to
 * <prefix>/share/locale/<lang>/LC_MESSAGES/gkml.mo).
 */
#include <libintl.h>
#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "file.h"
#include "msg.h"
#include "xmalloc.h"

#define DOMAIN	"gkml"

#ifndef LOCALEDIR
#define LOCALEDIR	"/usr/local/share/locale"
#endif

static char	 lang[32];

/*
 * The words findings take as arguments: the kinds of a YAML value and
 * the names of the vocabularies (schemas/vocab.yaml) and of the kinds
 * of records.  One array, so that an address says whether a string is
 * one of them.
 */
static const char words[][40] = {
	N_("a list"), N_("a mapping"), N_("a string"), N_("empty"),
	N_("area"), N_("level"), N_("audience"), N_("mode"), N_("stage"),
	N_("channel"), N_("catalog"), N_("category"), N_("item"),
	N_("not-applicable entry"), N_("omission"),
	/* structure.yaml's types, as messages name them */
	N_("document"), N_("inherit"), N_("not-applicable"),
	N_("item-fields"),
	/* the vocabularies and types of service guides and power lists */
	N_("kind"), N_("service-type"), N_("visit-promise"), N_("online"),
	N_("power-category"), N_("guide-item"), N_("guide-fields"),
	N_("material"), N_("power-item"), N_("power-fields"),
	/* what an id's parts do wrong (validate.c) */
	N_("begins with '/'"), N_("ends with '/'"),
	N_("has an empty part between slashes"),
	N_("has a part that is only dots"), N_("is only dots"),
	/* what a path is instead of a file (file_kind()) */
	N_("a directory"), N_("a FIFO"), N_("a device"), N_("a socket"),
	N_("not a regular file"),
	/* what a YAML parser that says nothing else says */
	N_("error"),
	/* the tables of a page, a document or a workbook */
	N_("table"), N_("sheet"),
	/* what a limit of GKML_LIMITS counts (yaml.c) */
	N_("scalar size"), N_("number of nodes"), N_("nesting depth"),
	N_("nodes copied by aliases"),
	/* the periods of periodic items (deadline.h), as audit says them */
	N_("year"), N_("semester"), N_("quarter"), N_("month"), N_("week"),
	N_("day")
};

/* The value of the first of the variables gettext reads that is set. */
static const char *
wanted(void)
{
	static const char *const var[] = { "LC_ALL", "LC_MESSAGES", "LANG" };
	const char	*v;
	size_t		 i;

	for (i = 0; i < sizeof(var) / sizeof(var[0]); i++)
		if ((v = getenv(var[i])) != NULL && *v != '\0')
			return v;
	return NULL;
}

static int
is_dir(const char *p)
{
	struct stat	 st;

	return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/*
 * Where the catalogs are: beside the binary in a build tree
 * (<build>/locale), in the tree it is installed in
 * (<prefix>/bin/../share/locale), or the LOCALEDIR compiled in.
 */
static const char *
localedir(void)
{
	static char	 buf[PATH_MAX + 32];
	const char	*exe;

	if ((exe = file_exe_dir()) != NULL) {
		snprintf(buf, sizeof(buf), "%s/locale", exe);
		if (is_dir(buf))
			return buf;
		snprintf(buf, sizeof(buf), "%s/../share/locale", exe);
		if (is_dir(buf))
			return buf;
	}
	return LOCALEDIR;
}

void
msg_init(void)
{
	const char	*want, *lv;
	size_t		 n;

	want = wanted();
	lv = getenv("LANGUAGE");
	if (want == NULL || strcmp(want, "C") == 0 ||
	    strcmp(want, "POSIX") == 0)
		return;		/* as gettext: C means untranslated */
	if (setlocale(LC_MESSAGES, "") == NULL) {
		/*
		 * The locale is not installed (a minimal system, a CI
		 * container): messages follow it all the same, through
		 * the locale every glibc has and LANGUAGE.
		 */
		if (setlocale(LC_MESSAGES, "C.UTF-8") == NULL)
			return;
		if (lv == NULL || *lv == '\0') {
			n = strcspn(want, ".@");
			if (n >= sizeof(lang))
				return;
			memcpy(lang, want, n);
			lang[n] = '\0';
			setenv("LANGUAGE", lang, 1);
		}
	}
	if (lv != NULL && *lv != '\0')
		want = lv;
	n = strcspn(want, ".@:");
	if (n < sizeof(lang)) {
		memcpy(lang, want, n);
		lang[n] = '\0';
	}
	/*
	 * The C library's own messages (strerror) in that language too,
	 * in the character set gkml writes.
	 */
	setlocale(LC_CTYPE, "C.UTF-8");
	bindtextdomain(DOMAIN, localedir());
	bind_textdomain_codeset(DOMAIN, "UTF-8");
	textdomain(DOMAIN);
	xnomem_words(_("%s: out of memory\n"),
	    _("%s: allocation of %zu x %zu bytes overflows\n"));
}

const char *
msg_gettext(const char *s)
{
	return dgettext(DOMAIN, s);
}

const char *
msg_ngettext(const char *one, const char *many, unsigned long n)
{
	return dngettext(DOMAIN, one, many, n);
}

const char *
msg_lang(void)
{
	return lang;
}

const char *
msg_word(const char *s)
{
	size_t	 i;

	for (i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (strcmp(words[i], s) == 0)
			return words[i];
	return s;
}

int
msg_is_word(const char *p)
{
	return p >= words[0] && p < words[sizeof(words) / sizeof(words[0])];
}

int
msg_chinese(void)
{
	return strncmp(lang, "zh", 2) == 0 && msg_translated();
}

int
msg_translated(void)
{
	static const char	 probe[] = "error";

	/* A language asked for, and its catalog found. */
	return lang[0] != '\0' && msg_gettext(probe) != probe;
}
