/*
 * Office Open XML for the table readers: the parts of a zip archive
 * that DOCX (table_docx.c) and XLSX (table_xlsx.c) share, read and
 * parsed with findings on the part's name and position, and the
 * relationships that lead from one part to another.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "buf.h"
#include "diag.h"
#include "table.h"
#include "table_int.h"
#include "xmalloc.h"
#include "xml.h"
#include "zip.h"

struct zipr *
ooxml_open(struct rd *rd, const char *p, size_t len, const char *what)
{
	struct ziplimits lim;
	struct zipr	*z;
	struct buf	 err = BUF_INIT;

	if (len == 0) {
		if (strcmp(what, "XLSX") == 0)
			diag_add(rd->dg, rd->path, 0, 0, R_IMP_SYNTAX, NULL,
			    NULL, "not an XLSX file: the file is empty");
		else
			diag_add(rd->dg, rd->path, 0, 0, R_IMP_SYNTAX, NULL,
			    NULL, "not a DOCX file: the file is empty");
		broken(rd);
		return NULL;
	}
	ziplimits_set(&lim, &rd->lim);
	if ((z = zipr_open(p, len, &lim, &err)) == NULL) {
		if (strcmp(what, "XLSX") == 0)
			diag_add(rd->dg, rd->path, 0, 0, R_IMP_SYNTAX, NULL,
			    NULL, "not an XLSX file: %s", err.ptr);
		else
			diag_add(rd->dg, rd->path, 0, 0, R_IMP_SYNTAX, NULL,
			    NULL, "not a DOCX file: %s", err.ptr);
		broken(rd);
	}
	buf_release(&err);
	return z;
}

/* Read a part into out; 0, 1 when there is none, -1 or -2 (said). */
int
part_read(struct rd *rd, struct zipr *z, const char *name, struct buf *out)
{
	struct buf	 err = BUF_INIT;
	int		 rc;

	buf_reset(out);
	if ((rc = zipr_read(z, name, out, &err)) < 0) {
		if (rc == -2) {
			diag_add(rd->dg, rd->path, 0, 0, R_LIMIT, NULL, NULL,
			    "%s; not read", err.ptr);
			limited(rd);
		} else {
			diag_add(rd->dg, rd->path, 0, 0, R_IMP_SYNTAX, NULL, NULL,
			    "damaged archive: %s", err.ptr);
			broken(rd);
		}
	}
	buf_release(&err);
	return rc;
}

/* Say why a part could not be parsed (err: "LINE:COL: message"). */
static void
part_refused(struct rd *rd, const char *name, const char *err, int wide)
{
	const char	*msg;
	unsigned	 line, col;

	msg = err_at(err, &line, &col);
	if (wide) {
		diag_add(rd->dg, rd->path, line, col, R_LIMIT, NULL, NULL,
		    "%s: %s, the limit; not read", name, msg);
		limited(rd);
	} else {
		diag_add(rd->dg, rd->path, line, col, R_IMP_SYNTAX, NULL,
		    NULL, "%s is not well-formed XML: %s", name, msg);
		broken(rd);
	}
}

/* Parse a part as XML; NULL after a finding with the position. */
struct xdoc *
part_parse(struct rd *rd, const char *name, struct buf *xml)
{
	struct xdoc	*doc;
	struct buf	 err = BUF_INIT;
	int		 wide;

	if ((doc = xdoc_parse(xml->ptr, xml->len, 0, &err, &wide)) == NULL)
		part_refused(rd, name, err.ptr, wide);
	buf_release(&err);
	return doc;
}

/* A reader of a part, element by element; NULL after a finding. */
struct xread *
part_stream(struct rd *rd, const char *name, struct buf *xml)
{
	struct xread	*x;
	struct buf	 err = BUF_INIT;
	int		 wide;

	if ((x = xread_new(xml->ptr, xml->len, &err, &wide)) == NULL)
		part_refused(rd, name, err.ptr, wide);
	buf_release(&err);
	return x;
}

/* Free the reader; -1 after a finding if the part was not well-formed. */
int
part_end(struct rd *rd, const char *name, struct xread *x)
{
	struct buf	 err = BUF_INIT;
	int		 rc = 0;

	if (xread_failed(x, &err)) {
		part_refused(rd, name, err.ptr, 0);
		rc = -1;
	}
	buf_release(&err);
	xread_free(x);
	return rc;
}

/* An attribute as an arena string, or NULL. */
const char *
attr(struct rd *rd, struct xnode *n, const char *name)
{
	buf_reset(&rd->tmp);
	if (!xnode_attr(n, name, &rd->tmp))
		return NULL;
	return arena_strndup(&rd->ts->a, rd->tmp.ptr, rd->tmp.len);
}

/* A decimal attribute; dflt when absent or not a number. */
unsigned
attr_uint(struct rd *rd, struct xnode *n, const char *name, unsigned dflt,
    unsigned cap)
{
	buf_reset(&rd->tmp);
	if (!xnode_attr(n, name, &rd->tmp))
		return dflt;
	if (rd->tmp.ptr[0] < '0' || rd->tmp.ptr[0] > '9')
		return dflt;
	return span_value(rd->tmp.ptr, cap);
}

/* Is an OOXML on/off value (w:val) on?  Absent means on. */
int
attr_on(struct rd *rd, struct xnode *n)
{
	buf_reset(&rd->tmp);
	if (!xnode_attr(n, "val", &rd->tmp))
		return 1;
	return strcmp(rd->tmp.ptr, "0") != 0 &&
	    strcmp(rd->tmp.ptr, "false") != 0 &&
	    strcmp(rd->tmp.ptr, "off") != 0;
}

/*
 * A target relative to the directory dir (ending in '/'), as a part
 * name: "/x" is from the root, "." and ".." segments are resolved in
 * the string (nothing touches a file system).
 */
static const char *
part_name(struct rd *rd, const char *dir, const char *target)
{
	struct buf	 b = BUF_INIT;
	const char	*s, *e, *name;
	size_t		 n;

	if (*target == '/')
		target++;
	else
		buf_adds(&b, dir);
	for (s = target; *s != '\0'; s = *e ? e + 1 : e) {
		e = s + strcspn(s, "/");
		n = (size_t)(e - s);
		if (n == 0 || (n == 1 && s[0] == '.'))
			continue;
		if (n == 2 && s[0] == '.' && s[1] == '.') {
			while (b.len > 0 && b.ptr[b.len - 1] == '/')
				buf_setlen(&b, b.len - 1);
			while (b.len > 0 && b.ptr[b.len - 1] != '/')
				buf_setlen(&b, b.len - 1);
			continue;
		}
		buf_add(&b, s, n);
		if (*e == '/')
			buf_addch(&b, '/');
	}
	name = arena_strndup(&rd->ts->a, b.ptr, b.len);
	buf_release(&b);
	return name;
}

/* The relationships of a part (in its _rels/ file), targets resolved. */
void
rels_read(struct rd *rd, struct zipr *z, const char *part, struct rels *rs)
{
	struct buf	 xml = BUF_INIT, name = BUF_INIT;
	struct xdoc	*doc;
	struct xnode	*r;
	const char	*slash, *id, *type, *target, *mode, *dir;
	struct rel	*rel;

	memset(rs, 0, sizeof(*rs));
	slash = strrchr(part, '/');
	dir = arena_strndup(&rd->ts->a, part,
	    slash ? (size_t)(slash - part + 1) : 0);
	buf_addf(&name, "%s_rels/%s.rels", dir, slash ? slash + 1 : part);
	if (part_read(rd, z, name.ptr, &xml) != 0 ||
	    (doc = part_parse(rd, name.ptr, &xml)) == NULL)
		goto out;
	for (r = xnode_child(xdoc_root(doc)); r != NULL; r = xnode_next(r)) {
		if (strcmp(xnode_name(r), "Relationship") != 0)
			continue;
		mode = attr(rd, r, "TargetMode");
		id = attr(rd, r, "Id");
		type = attr(rd, r, "Type");
		target = attr(rd, r, "Target");
		if (id == NULL || type == NULL || target == NULL ||
		    (mode != NULL && strcmp(mode, "External") == 0))
			continue;
		if (rs->n == rs->cap) {
			rs->cap = rs->cap ? rs->cap * 2 : 16;
			rs->v = xreallocarray(rs->v, rs->cap, sizeof(*rs->v));
		}
		rel = &rs->v[rs->n++];
		rel->id = id;
		rel->type = type;
		rel->target = part_name(rd, dir, target);
	}
	xdoc_free(doc);
 out:
	buf_release(&xml);
	buf_release(&name);
}

/* The target of the first relationship whose type ends in /kind. */
const char *
rels_find(const struct rels *rs, const char *kind, const char *dflt)
{
	size_t	 i, n, k = strlen(kind);

	for (i = 0; i < rs->n; i++) {
		n = strlen(rs->v[i].type);
		if (n > k && rs->v[i].type[n - k - 1] == '/' &&
		    strcmp(rs->v[i].type + n - k, kind) == 0)
			return rs->v[i].target;
	}
	return dflt;
}

/* The main part: _rels/.rels names it, else the usual name. */
static const char *
main_part(struct rd *rd, struct zipr *z, const char *dflt)
{
	struct rels	 rs;
	const char	*s;

	rels_read(rd, z, "", &rs);
	s = rels_find(&rs, "officeDocument", dflt);
	free(rs.v);
	return s;
}

/*
 * The main part parsed, its bytes read into the caller's xml and its
 * name put in *part; NULL after a finding.  what names the kind of
 * file for the message ("a DOCX").
 */
struct xdoc *
main_doc(struct rd *rd, struct zipr *z, const char *dflt, const char *what,
    const char **part, struct buf *xml)
{
	int	 rc;

	*part = main_part(rd, z, dflt);
	/* A limit passed is said once: nothing more is read. */
	if (rd->rc == -2)
		return NULL;
	if ((rc = part_read(rd, z, *part, xml)) != 0) {
		if (rc == 1) {
			diag_add(rd->dg, rd->path, 0, 0, R_IMP_SYNTAX, NULL, NULL,
			    "not %s file: there is no %s", what, *part);
			broken(rd);
		}
		return NULL;
	}
	return part_parse(rd, *part, xml);
}
