/*
 * Messages in the language of the locale, through gettext(3).
 *
 * Text a person reads is marked: _("...") where it is used, N_("...")
 * where it is only named (a table) and translated later with
 * msg_gettext().  Findings are translated when they are printed
 * (diag.h).  What programs read (rule ids, JSON, SARIF, exit codes) is
 * never translated.  The catalogs live in lib/po/; see msg_init().
 */
#ifndef GKML_MSG_H
#define GKML_MSG_H

#define N_(s)	(s)
#define _(s)	msg_gettext(s)

/*
 * Choose the language of messages from the environment (LANGUAGE,
 * LC_ALL, LC_MESSAGES, LANG, as gettext does) and find the message
 * catalogs.  Only the messages follow the locale: numbers, dates and
 * the character set of output do not (output is always UTF-8).  Call
 * once, first thing in main().
 */
void	 msg_init(void);

/* s in the language chosen, or s itself. */
const char *msg_gettext(const char *s) __attribute__((format_arg(1)));

/* Singular or plural of a message that counts n, translated. */
const char *msg_ngettext(const char *one, const char *many,
	    unsigned long n) __attribute__((format_arg(1),
	    format_arg(2)));

/*
 * A word a message takes as an argument ("a list", "channel"): the
 * same text, at an address msg_is_word() knows, so that a finding
 * prints it translated while its JSON keeps the English word.  A
 * string that is not one of the words (data) comes back as it is.
 */
const char *msg_word(const char *s);
int	 msg_is_word(const char *p);

/*
 * Whether messages are in Chinese: then vocabulary terms are shown by
 * their labels in schemas/vocab.yaml (县级, 义务教育), not their slugs.
 */
int	 msg_chinese(void);

/* Messages are translated: a language was asked for, its catalog found. */
int	 msg_translated(void);

/* The language chosen, as "zh_CN", or "" for the untranslated text. */
const char *msg_lang(void);

#endif
