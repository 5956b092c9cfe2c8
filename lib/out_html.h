/*
 * The rows of the catalog table of an area page, made in C: the one
 * source of them.  templates/html/area.xsl makes the page around them
 * and marks where they go (<?gkml-rows>); they are written by hout.h
 * in the layout libxslt gives the rest of the page.  A templates
 * directory changes the page and, through gkml.css, how the rows look,
 * but not the rows' markup.
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
