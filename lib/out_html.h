/*
 * The rows of the catalog table of templates/html/area.xsl, made in C.
 *
 * area.xsl turns most of a long catalog's time into its rows (the
 * templates "cats" to "list" and the CommonMark ones of common.xsl).
 * html_rows() makes the same rows from the same XML form, and hout.h
 * writes them as libxml2 would: the page is byte for byte the one the
 * stylesheet alone makes.  The test render/html-twin checks that on
 * every catalog of the tests.
 *
 * gkml-render uses it only with the bundled area.xsl and common.xsl:
 * a templates directory that overrides either gets the stylesheet alone.
 */
#ifndef GKML_OUT_HTML_H
#define GKML_OUT_HTML_H

struct buf;
struct xnode;

/*
 * The <tbody>s of the page whose XML form (with its <render>) has root
 * gkml, appended to out as they stand between </thead> and </table>.
 */
void	 html_rows(struct xnode *gkml, struct buf *out);

#endif
