/*
 * What the commands say about themselves: the list of commands, each
 * one's usage lines and a line for each option, in the language of the
 * locale (msg.h), and the bash completion made from the same table.
 * The usage lines are the SYNOPSIS of each man page (a test holds them
 * to it).
 */
#ifndef GKML_HELP_H
#define GKML_HELP_H

#include <stdio.h>

/*
 * The usage lines of a command ("validate"; "gkml" for gkml itself),
 * each after "usage: ".  Unknown names print nothing.
 */
void	 help_usage(FILE *, const char *cmd);

/*
 * The usage lines, what the command does, one line for each option,
 * and the manual page to read: what --help prints.
 */
void	 help_command(FILE *, const char *cmd);

/* The commands, one a line with what each does: what 'gkml help' prints. */
void	 help_commands(FILE *);

/* Whether cmd is one of the commands. */
int	 help_known(const char *cmd);

/* A bash completion script for gkml and the gkml-* commands. */
void	 help_bash(FILE *);

/*
 * The values of a kind of argument, one a line, for the completion:
 * "area" and "level" from schemas/vocab.yaml, "field" the keys of an
 * item in schemas/structure.yaml.  Returns -1 for another kind or
 * when the schemas cannot be read.
 */
int	 help_words(FILE *, const char *kind);

#endif
