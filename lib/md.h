/*
 * CommonMark fields (content, notes): the only door to cmark.
 *
 * A field is parsed as CommonMark and built into the XML form as a few
 * HTML elements (p, ul, ol, li, em, strong, code, pre, blockquote, h4,
 * a, br), which the templates copy.  Nothing a catalog writes can
 * become markup of its own: raw HTML is kept as text, links keep only
 * http, https, mailto and tel targets and paths on the same site (not
 * //host, which is another host), images become their description.
 * Elements are nested at most 32 deep; the text of deeper ones is kept.
 */
#ifndef GKML_MD_H
#define GKML_MD_H

struct xbuild;

/* Whether s can be taken as plain text (no CommonMark syntax in it). */
int	 md_plain(const char *s);

/* Append the CommonMark s to the current element of b. */
void	 md_build(struct xbuild *b, const char *s);

#endif
