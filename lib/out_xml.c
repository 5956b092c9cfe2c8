/* The XML form of a catalog and its XSD: see out_xml.h. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "arena.h"
#include "buf.h"
#include "catalog.h"
#include "deadline.h"
#include "doc.h"
#include "md.h"
#include "out_xml.h"
#include "schema.h"
#include "xml.h"

struct xctx {
	struct xbuild		*b;
	const struct schema	*s;
	struct arena		 a;	/* deadline parses */
	int			 md;
	const struct xpart	*part;	/* NULL: the whole catalog */
	const struct catalog	*m;	/* with a part: the model */
};

static void	 map_xml(struct xctx *, const struct stype *,
		    const struct node *);

static int
is_ext(const struct node *key)
{
	return key->kind == NODE_SCALAR && strncmp(key->u.s, "x-", 2) == 0;
}

/* An extension's value, as it is: text, or nested <ext> elements. */
static void
ext_xml(struct xctx *x, const char *key, const struct node *v)
{
	unsigned	 i;

	xb_open(x->b, "ext");
	xb_attr(x->b, "key", key);
	if (v->kind == NODE_SCALAR)
		xb_text(x->b, node_is_null(v) ? NULL : v->u.s);
	else if (v->kind == NODE_SEQ)
		for (i = 0; i < v->n; i++)
			ext_xml(x, NULL, &v->u.kids[i]);
	else
		for (i = 0; i + 1 < v->n; i += 2)
			if (v->u.kids[i].kind == NODE_SCALAR)
				ext_xml(x, v->u.kids[i].u.s, &v->u.kids[i + 1]);
	xb_close(x->b);
}

static void
vocab_xml(struct xctx *x, const char *name, const struct vocab *voc,
    const struct node *v)
{
	const struct vmatch	*m;
	const char		*s, *other = NULL;

	if ((other = catalog_other(v)) != NULL)
		s = "other";
	else if ((s = node_str(v)) == NULL || *s == '\0')
		return;
	else if (voc->other && strncmp(s, "other:", 6) == 0) {
		for (other = s + 6; *other == ' '; other++)
			continue;
		s = "other";
	}
	xb_open(x->b, name);
	if (strcmp(s, "other") == 0 && voc->other) {
		xb_attr(x->b, "label", "其他");
		xb_attr(x->b, "other", other != NULL ? other : "");
	} else if ((m = vocab_find(voc, s, strlen(s))) != NULL) {
		s = m->term->slug;
		xb_attr(x->b, "label", m->term->label);
	}
	xb_text(x->b, s);
	xb_close(x->b);
}

/* A count of the parse, when there is one. */
static void
num_attr(struct xbuild *b, const char *name, int n)
{
	if (n > 0)
		xb_num(b, name, n);
}

static void
deadline_xml(struct xctx *x, const char *name, const struct node *v)
{
	struct deadline	 dl;
	size_t		 i;

	deadline_parse(&x->a, node_str(v), &dl);
	xb_open(x->b, name);
	xb_leaf(x->b, "text", node_str(v));
	xb_open(x->b, "parsed");
	xb_attr(x->b, "kind", dl_kind_name(dl.kind));
	xb_attr(x->b, "trigger", dl_trigger_name(dl.trigger));
	num_attr(x->b, "amount", dl.amount);
	xb_attr(x->b, "unit", dl_unit_name(dl.unit));
	num_attr(x->b, "display-days", dl.display_days);
	if (dl.display_days > 0)
		xb_attr(x->b, "display-unit", dl_unit_name(dl.display_unit));
	xb_attr(x->b, "period", dl.period);
	xb_attr(x->b, "note", dl.note);
	for (i = 0; i < dl.nexc; i++) {
		xb_open(x->b, "except");
		xb_attr(x->b, "scope", dl.exc[i].scope);
		xb_attr(x->b, "trigger", dl_trigger_name(dl.exc[i].trigger));
		num_attr(x->b, "amount", dl.exc[i].amount);
		xb_attr(x->b, "unit", dl_unit_name(dl.exc[i].unit));
		xb_close(x->b);
	}
	xb_close(x->b);
	xb_close(x->b);
}

/* One value of type t as the element name. */
static void
value_xml(struct xctx *x, const char *name, const struct stype *t,
    const struct node *v)
{
	const char	*s;

	switch (t->kind) {
	case ST_MAP:
		if (v->kind != NODE_MAP)
			return;
		xb_open(x->b, name);
		map_xml(x, t, v);
		xb_close(x->b);
		return;
	case ST_VOCAB:
		vocab_xml(x, name, t->vocab, v);
		return;
	case ST_DEADLINE:
		if (v->kind == NODE_SCALAR)
			deadline_xml(x, name, v);
		return;
	default:
		break;
	}
	if (v->kind != NODE_SCALAR)
		return;
	s = node_is_null(v) ? "" : v->u.s;
	if (t->kind == ST_TEXT && x->md && !md_plain(s)) {
		xb_open(x->b, name);
		md_build(x->b, s);
		xb_close(x->b);
	} else
		xb_leaf(x->b, name, s);
}

static void
key_xml(struct xctx *x, const struct skey *k, const struct node *v)
{
	unsigned	 i;

	if (k->shape == SHAPE_ONE) {
		value_xml(x, k->name, k->type, v);
		return;
	}
	xb_open(x->b, k->name);
	if (v->kind == NODE_SEQ)
		for (i = 0; i < v->n; i++)
			value_xml(x, k->type->name, k->type, &v->u.kids[i]);
	else if (!node_is_null(v))
		value_xml(x, k->type->name, k->type, v);
	xb_close(x->b);
}

static void
map_xml(struct xctx *x, const struct stype *t, const struct node *map)
{
	const struct node	*v;
	size_t			 i;

	for (i = 0; i < t->nkeys; i++)
		if ((v = node_get(map, t->keys[i].name, NULL)) != NULL)
			key_xml(x, &t->keys[i], v);
	for (i = 0; i + 1 < map->n; i += 2)
		if (is_ext(&map->u.kids[i]))
			ext_xml(x, map->u.kids[i].u.s, &map->u.kids[i + 1]);
}

/* --- Parts of a catalog --- */

/* The items of a category's own list (not its sub-categories'). */
static size_t
own_items(const struct catalog_category *cat)
{
	size_t	 i, n = 0;

	for (i = 0; i < cat->nitems; i++)
		if (cat->items[i].node->kind == NODE_MAP)
			n++;
	return n;
}

/*
 * The item a category without items at number p goes with, in a
 * top-level category of total items: the one after it, or the last.
 */
static size_t
anchor(size_t p, size_t total)
{
	return p < total || total == 0 ? p : total - 1;
}

static int
in_part(size_t p, size_t lo, size_t hi)
{
	return p >= lo && p < hi;
}

/*
 * Whether anything of cat, whose first item is number s of a top-level
 * category of total items, goes with an item in [lo, hi).
 */
static int
cat_hit(const struct catalog_category *cat, size_t s, size_t total,
    size_t lo, size_t hi)
{
	size_t	 n, p, i;

	if (cat->node->kind != NODE_MAP)
		return 0;
	if ((n = cat->total) == 0)
		return in_part(anchor(s, total), lo, hi);
	if (s < hi && s + n > lo)
		return 1;
	/* Else only an empty sub-category at its very end can be. */
	if (s + n != lo)
		return 0;
	p = s + own_items(cat);
	for (i = 0; i < cat->ncats; i++) {
		if (cat_hit(&cat->cats[i], p, total, lo, hi))
			return 1;
		p += cat->cats[i].total;
	}
	return 0;
}

/* A category (type t) of a part: what goes with items [lo, hi). */
static void
cat_part_xml(struct xctx *x, const struct stype *t,
    const struct catalog_category *kc, size_t s, size_t total, size_t lo,
    size_t hi)
{
	const struct node	*cat = kc->node;
	const struct skey	*k;
	const struct node	*v, *e;
	size_t			 i, j, n, p;

	n = kc->total;
	xb_open(x->b, "category");
	if (s < lo)
		xb_attr(x->b, "cont", "1");
	for (i = 0; i < t->nkeys; i++) {
		k = &t->keys[i];
		if ((v = node_get(cat, k->name, NULL)) == NULL)
			continue;
		if (strcmp(k->name, "items") == 0) {
			/* As count_cats() and the search, only a list. */
			if (v->kind != NODE_SEQ)
				continue;
			xb_open(x->b, k->name);
			for (j = 0, p = s; j < kc->nitems; j++) {
				e = kc->items[j].node;
				if (e->kind != NODE_MAP)
					continue;
				if (in_part(p++, lo, hi))
					value_xml(x, k->type->name, k->type, e);
			}
			xb_close(x->b);
		} else if (strcmp(k->name, "categories") == 0 &&
		    v->kind == NODE_SEQ) {
			xb_open(x->b, k->name);
			p = s + own_items(kc);
			for (j = 0; j < kc->ncats; j++) {
				if (cat_hit(&kc->cats[j], p, total, lo, hi))
					cat_part_xml(x, k->type, &kc->cats[j],
					    p, total, lo, hi);
				p += kc->cats[j].total;
			}
			xb_close(x->b);
		} else if (strcmp(k->name, "notes") != 0 ||
		    in_part(n > 0 ? s + n - 1 : anchor(s, total), lo, hi))
			key_xml(x, k, v);
	}
	for (j = 0; j + 1 < cat->n; j += 2)
		if (is_ext(&cat->u.kids[j]))
			ext_xml(x, cat->u.kids[j].u.s, &cat->u.kids[j + 1]);
	xb_close(x->b);
}

/* The top-level categories of x->part. */
static void
cats_part_xml(struct xctx *x, const struct skey *k, const struct node *v)
{
	const struct xpart	*pt = x->part;
	const struct catalog_category *e;
	size_t			 i, end, lo, hi, total;

	if (v->kind != NODE_SEQ) {
		if (pt->first == 0)
			key_xml(x, k, v);
		return;
	}
	end = v->n;
	if (pt->first < end && pt->n < end - pt->first)
		end = pt->first + pt->n;
	xb_open(x->b, k->name);
	for (i = pt->first; i < end; i++) {
		e = &x->m->cats[i];
		total = e->total;
		lo = i == pt->first ? pt->from : 0;
		hi = i + 1 == end ? pt->to : SIZE_MAX;
		if (cat_hit(e, 0, total, lo, hi))
			cat_part_xml(x, k->type, e, 0, total, lo, hi);
	}
	xb_close(x->b);
}

/* --- The document --- */

static void
doc_xml(struct xbuild *b, const struct node *root, const struct catalog *m,
    const struct schema *s, int md, const struct xpart *part)
{
	struct catalog		 top;
	struct xctx		 x;
	const struct stype	*t = s->root;
	const struct skey	*k;
	const struct node	*v;
	size_t			 i;

	memset(&x, 0, sizeof(x));
	x.b = b;
	x.s = s;
	x.md = md;
	x.part = part;
	x.m = m;
	arena_init(&x.a);
	if (root == NULL || root->kind != NODE_MAP)
		return;
	if (m == NULL) {
		catalog_read_top(&top, root, NULL);
		m = &top;
	}
	xb_attr(b, "version", node_str(m->gkml));
	/* The root's keys but gkml, which is the version attribute. */
	for (i = 0; i < t->nkeys; i++) {
		k = &t->keys[i];
		if (strcmp(k->name, "gkml") == 0 ||
		    (v = node_get(root, k->name, NULL)) == NULL)
			continue;
		if (part != NULL && strcmp(k->name, "categories") == 0)
			cats_part_xml(&x, k, v);
		else if (part == NULL || part->na ||
		    strcmp(k->name, "not-applicable") != 0)
			key_xml(&x, k, v);
	}
	for (i = 0; i + 1 < root->n; i += 2)
		if (is_ext(&root->u.kids[i]))
			ext_xml(&x, root->u.kids[i].u.s, &root->u.kids[i + 1]);
	arena_release(&x.a);
}

void
catalog_xml(struct xbuild *b, const struct node *root, const struct schema *s,
    int md)
{
	doc_xml(b, root, NULL, s, md, NULL);
}

void
catalog_xml_part(struct xbuild *b, const struct catalog *m,
    const struct schema *s, int md, const struct xpart *part)
{
	doc_xml(b, m->root, m, s, md, part);
}

/* --- The XSD --- */

/* The simple type a scalar kind is written as. */
static const char *
simple_type(const struct stype *t)
{
	switch (t->kind) {
	case ST_ID:
		return "gk.id";
	case ST_CATALOG_ID:
		return "gk.catalog-id";
	case ST_DATE:
		return "xs:date";
	default:
		return "xs:string";
	}
}

static void
xsd_element(struct buf *o, const struct skey *k, int indent)
{
	const struct stype	*t = k->type;
	const char		*occurs;

	occurs = k->required != REQ_NO ? "" : " minOccurs=\"0\"";
	if (k->shape != SHAPE_ONE) {
		buf_addf(o, "%*s<xs:element name=\"%s\"%s>\n", indent, "",
		    k->name, occurs);
		buf_addf(o, "%*s  <xs:complexType>\n%*s    <xs:sequence>\n",
		    indent, "", indent, "");
		buf_addf(o, "%*s      <xs:element name=\"%s\" type=\"%s%s\" "
		    "minOccurs=\"0\" maxOccurs=\"unbounded\"/>\n", indent, "",
		    t->name, t->kind == ST_MAP || t->kind == ST_VOCAB ||
		    t->kind == ST_DEADLINE ? "gk." : "",
		    t->kind == ST_MAP || t->kind == ST_VOCAB ? t->name :
		    t->kind == ST_DEADLINE ? "deadline" : simple_type(t));
		buf_addf(o, "%*s    </xs:sequence>\n%*s  </xs:complexType>\n"
		    "%*s</xs:element>\n", indent, "", indent, "", indent, "");
		return;
	}
	buf_addf(o, "%*s<xs:element name=\"%s\" type=\"", indent, "", k->name);
	if (t->kind == ST_MAP || t->kind == ST_VOCAB)
		buf_addf(o, "gk.%s", t->name);
	else if (t->kind == ST_DEADLINE)
		buf_adds(o, "gk.deadline");
	else
		buf_adds(o, simple_type(t));
	buf_addf(o, "\"%s/>\n", occurs);
}

static void
xsd_keys(struct buf *o, const struct stype *t, int skip_version)
{
	size_t	 i;

	buf_adds(o, "    <xs:sequence>\n");
	for (i = 0; i < t->nkeys; i++)
		if (!skip_version || strcmp(t->keys[i].name, "gkml") != 0)
			xsd_element(o, &t->keys[i], 6);
	buf_adds(o, "      <xs:element name=\"ext\" type=\"gk.ext\" "
	    "minOccurs=\"0\" maxOccurs=\"unbounded\"/>\n");
	buf_adds(o, "    </xs:sequence>\n");
}

static void
xsd_vocab(struct buf *o, const struct stype *t)
{
	const struct vocab	*v = t->vocab;
	size_t			 i;

	buf_addf(o, "  <xs:simpleType name=\"gk.%s.slug\">\n", t->name);
	if (v->local)
		buf_addf(o, "    <xs:union memberTypes=\"gk.local\">\n"
		    "      <xs:simpleType>\n");
	buf_adds(o, "    <xs:restriction base=\"xs:token\">\n");
	for (i = 0; i < v->n; i++)
		buf_addf(o, "      <xs:enumeration value=\"%s\"/>\n",
		    v->terms[i].slug);
	if (v->other)
		buf_adds(o, "      <xs:enumeration value=\"other\"/>\n");
	buf_adds(o, "    </xs:restriction>\n");
	if (v->local)
		buf_adds(o, "      </xs:simpleType>\n    </xs:union>\n");
	buf_adds(o, "  </xs:simpleType>\n");
	buf_addf(o, "  <xs:complexType name=\"gk.%s\">\n"
	    "    <xs:simpleContent>\n"
	    "      <xs:extension base=\"gk.%s.slug\">\n"
	    "        <xs:attribute name=\"label\" type=\"xs:string\"/>\n",
	    t->name, t->name);
	if (v->other)
		buf_adds(o, "        <xs:attribute name=\"other\" "
		    "type=\"xs:string\"/>\n");
	buf_adds(o, "      </xs:extension>\n    </xs:simpleContent>\n"
	    "  </xs:complexType>\n");
}

static void
xsd_enum(struct buf *o, const char *name, const char *(*fn)(int), int n)
{
	int	 i;

	buf_addf(o, "  <xs:simpleType name=\"gk.%s\">\n"
	    "    <xs:restriction base=\"xs:token\">\n", name);
	for (i = 0; i < n; i++)
		if (fn(i) != NULL)
			buf_addf(o, "      <xs:enumeration value=\"%s\"/>\n",
			    fn(i));
	buf_adds(o, "    </xs:restriction>\n  </xs:simpleType>\n");
}

static const char *
kind_at(int i)
{
	return dl_kind_name((enum dl_kind)i);
}

static const char *
trigger_at(int i)
{
	return dl_trigger_name((enum dl_trigger)i);
}

static const char *
unit_at(int i)
{
	return dl_unit_name((enum dl_unit)i);
}

void
xsd_write(struct buf *o, const struct schema *s)
{
	const struct stype	*t;
	size_t			 i;

	buf_adds(o, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	    "<!-- The XML form of a gkml catalog (gkml(5), XML).  Generated "
	    "from\n     schemas/structure.yaml and schemas/vocab.yaml by "
	    "'gkml-render -T xsd';\n     do not edit: change those and "
	    "run 'make schemas/gkml.xsd'. -->\n"
	    "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" "
	    "elementFormDefault=\"qualified\">\n");
	buf_adds(o, "  <xs:element name=\"gkml\">\n    <xs:complexType>\n");
	xsd_keys(o, s->root, 1);
	buf_adds(o, "      <xs:attribute name=\"version\" type=\"xs:string\" "
	    "use=\"required\"/>\n    </xs:complexType>\n  </xs:element>\n");
	for (i = 0; i < s->ntypes; i++) {
		t = &s->types[i];
		if (t == s->root || t->kind != ST_MAP)
			continue;
		buf_addf(o, "  <xs:complexType name=\"gk.%s\">\n", t->name);
		xsd_keys(o, t, 0);
		buf_adds(o, "  </xs:complexType>\n");
	}
	for (i = 0; i < s->ntypes; i++)
		if (s->types[i].kind == ST_VOCAB)
			xsd_vocab(o, &s->types[i]);
	buf_adds(o,
	    "  <xs:simpleType name=\"gk.local\">\n"
	    "    <xs:restriction base=\"xs:token\">\n"
	    "      <xs:pattern value=\"x-[a-z0-9][a-z0-9-]*\"/>\n"
	    "    </xs:restriction>\n  </xs:simpleType>\n"
	    "  <xs:simpleType name=\"gk.id\">\n"
	    "    <xs:restriction base=\"xs:string\">\n"
	    "      <xs:pattern value=\"[a-z0-9._\\-]+\"/>\n"
	    "    </xs:restriction>\n  </xs:simpleType>\n"
	    "  <xs:simpleType name=\"gk.catalog-id\">\n"
	    "    <xs:restriction base=\"xs:string\">\n"
	    "      <xs:pattern value=\"[a-z0-9._/\\-]+\"/>\n"
	    "    </xs:restriction>\n  </xs:simpleType>\n");
	xsd_enum(o, "dl-kind", kind_at, DL_TEXT + 1);
	xsd_enum(o, "dl-trigger", trigger_at, DL_TRIG_APPROVED + 1);
	xsd_enum(o, "dl-unit", unit_at, DL_UNIT_MONTH + 1);
	buf_adds(o,
	    "  <xs:complexType name=\"gk.deadline\">\n"
	    "    <xs:sequence>\n"
	    "      <xs:element name=\"text\" type=\"xs:string\"/>\n"
	    "      <xs:element name=\"parsed\">\n"
	    "        <xs:complexType>\n"
	    "          <xs:sequence>\n"
	    "            <xs:element name=\"except\" minOccurs=\"0\" "
	    "maxOccurs=\"unbounded\">\n"
	    "              <xs:complexType>\n"
	    "                <xs:attribute name=\"scope\" type=\"xs:string\"/>\n"
	    "                <xs:attribute name=\"trigger\" "
	    "type=\"gk.dl-trigger\"/>\n"
	    "                <xs:attribute name=\"amount\" "
	    "type=\"xs:positiveInteger\"/>\n"
	    "                <xs:attribute name=\"unit\" type=\"gk.dl-unit\"/>\n"
	    "              </xs:complexType>\n"
	    "            </xs:element>\n"
	    "          </xs:sequence>\n"
	    "          <xs:attribute name=\"kind\" type=\"gk.dl-kind\" "
	    "use=\"required\"/>\n"
	    "          <xs:attribute name=\"trigger\" type=\"gk.dl-trigger\"/>\n"
	    "          <xs:attribute name=\"amount\" "
	    "type=\"xs:positiveInteger\"/>\n"
	    "          <xs:attribute name=\"unit\" type=\"gk.dl-unit\"/>\n"
	    "          <xs:attribute name=\"display-days\" "
	    "type=\"xs:positiveInteger\"/>\n"
	    "          <xs:attribute name=\"display-unit\" "
	    "type=\"gk.dl-unit\"/>\n"
	    "          <xs:attribute name=\"period\" type=\"xs:token\"/>\n"
	    "          <xs:attribute name=\"note\" type=\"xs:string\"/>\n"
	    "        </xs:complexType>\n"
	    "      </xs:element>\n"
	    "    </xs:sequence>\n"
	    "  </xs:complexType>\n"
	    "  <xs:element name=\"site\">\n"
	    "    <xs:complexType>\n"
	    "      <xs:sequence>\n"
	    "        <xs:element name=\"jurisdiction\" minOccurs=\"0\" "
	    "maxOccurs=\"unbounded\">\n"
	    "          <xs:complexType>\n"
	    "            <xs:sequence>\n"
	    "              <xs:element name=\"catalog\" minOccurs=\"0\" "
	    "maxOccurs=\"unbounded\">\n"
	    "                <xs:complexType>\n"
	    "                  <xs:attribute name=\"id\" "
	    "type=\"gk.catalog-id\" use=\"required\"/>\n"
	    "                  <xs:attribute name=\"area\" type=\"xs:token\"/>\n"
	    "                  <xs:attribute name=\"label\" type=\"xs:string\"/>\n"
	    "                  <xs:attribute name=\"title\" type=\"xs:string\"/>\n"
	    "                  <xs:attribute name=\"level\" type=\"xs:token\"/>\n"
	    "                  <xs:attribute name=\"updated\" type=\"xs:date\"/>\n"
	    "                  <xs:attribute name=\"categories\" "
	    "type=\"xs:nonNegativeInteger\" use=\"required\"/>\n"
	    "                  <xs:attribute name=\"items\" "
	    "type=\"xs:nonNegativeInteger\" use=\"required\"/>\n"
	    "                  <xs:attribute name=\"not-applicable\" "
	    "type=\"xs:nonNegativeInteger\" use=\"required\"/>\n"
	    "                  <xs:attribute name=\"href\" type=\"xs:string\" "
	    "use=\"required\"/>\n"
	    "                  <xs:attribute name=\"xml\" type=\"xs:string\" "
	    "use=\"required\"/>\n"
	    "                </xs:complexType>\n"
	    "              </xs:element>\n"
	    "            </xs:sequence>\n"
	    "            <xs:attribute name=\"key\" type=\"xs:string\" "
	    "use=\"required\"/>\n"
	    "            <xs:attribute name=\"name\" type=\"xs:string\"/>\n"
	    "            <xs:attribute name=\"level\" type=\"xs:token\"/>\n"
	    "            <xs:attribute name=\"parent\" type=\"xs:string\"/>\n"
	    "            <xs:attribute name=\"href\" type=\"xs:string\" "
	    "use=\"required\"/>\n"
	    "            <xs:attribute name=\"updated\" type=\"xs:date\"/>\n"
	    "            <xs:attribute name=\"items\" "
	    "type=\"xs:nonNegativeInteger\" use=\"required\"/>\n"
	    "          </xs:complexType>\n"
	    "        </xs:element>\n"
	    "      </xs:sequence>\n"
	    "      <xs:attribute name=\"date\" type=\"xs:date\"/>\n"
	    "      <xs:attribute name=\"title\" type=\"xs:string\"/>\n"
	    "    </xs:complexType>\n"
	    "  </xs:element>\n"
	    "  <xs:complexType name=\"gk.ext\" mixed=\"true\">\n"
	    "    <xs:sequence>\n"
	    "      <xs:element name=\"ext\" type=\"gk.ext\" minOccurs=\"0\" "
	    "maxOccurs=\"unbounded\"/>\n"
	    "    </xs:sequence>\n"
	    "    <xs:attribute name=\"key\" type=\"xs:string\"/>\n"
	    "  </xs:complexType>\n"
	    "</xs:schema>\n");
}
