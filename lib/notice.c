/*
 * The change notice (-T notice): what changed between two versions of
 * a catalog, in plain Chinese sentences an officer can paste into a
 * 公示, scroll on an LED board or read over a loudspeaker.
 *
 * It is made from the same changes as the other outputs, and says them
 * as the public knows the catalog: by the names of the area, the
 * categories (一级事项) and the items (二级事项), vocabulary values by
 * their Chinese labels (schemas/vocab.yaml), never by an id, a key name
 * or a slug.  Each sentence stands alone, so that a line of the LED
 * form still says where it belongs; a long text that changed is said
 * to have changed, not read out.  Catalog strings are written with
 * control characters and line breaks made spaces, so a sentence is
 * one line whatever the catalog holds.
 *
 * What the changes do not carry (the catalog's title, jurisdiction,
 * area and versions, the name of a category an item left) is read from
 * the catalogs compared, through the catalog model.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "buf.h"
#include "catalog.h"
#include "diff.h"
#include "diffout.h"
#include "doc.h"
#include "hash.h"
#include "schema.h"
#include "xmalloc.h"

#define SHORT	40	/* code points of a value read out whole */
#define MEMBERS	3	/* members of a list read out, per side */

/* The three groups of a catalog's sentences, in the order printed. */
enum ngrp {
	N_ADD,		/* 新增 */
	N_DEL,		/* 删除（不再公开） */
	N_MOD,		/* 调整 */
	N__MAX
};

static const char *const grpname[N__MAX] = { "新增", "删除（不再公开）",
    "调整" };
static const char *const ordinal[N__MAX] = { "一", "二", "三" };

/* A catalog as the notice names it: its two versions, either NULL. */
struct ncat {
	const struct catalog	*old, *new;
};

struct ntx {
	const struct diff	*df;
	const struct diff_meta	*m;
	struct arena		 a;
	struct hash		 cats;		/* catalog id -> struct ncat */
	const struct ncat	*k;		/* the catalog being said */
	const char		*area;		/* "社会救助领域", or "" */
	size_t			 from, to;	/* its changes, in ix */
	const size_t		*ix;
	struct hash		 run;		/* some of them: index_run() */
};

static const struct ncat none;	/* a catalog nothing is known of */

static const char	*hdr_str(const struct ncat *, size_t);
static void		 put(struct buf *, const char *);
static void		 quoted(struct buf *, const char *);
static size_t		 width(const char *);
static int		 readable(const char *);
static const struct stype *type_of(const struct schema *, enum change_kind);
static const char	*label_of(const struct schema *, const struct skey *,
			    const char *);
static const char	*field_label(const struct schema *, enum change_kind,
			    const char *, const struct skey **);
static const char	*cat_name(const struct catalog *, const char *);
static int		 two(const char *);
static void		 date(struct buf *, const char *);
static void		 version(struct buf *, const char *);
static const char	*area_label(const struct schema *, const struct ncat *);
static void		 clause(struct ntx *, struct buf *,
			    const struct change *);
static void		 index_run(struct ntx *);
static void		 run_put(struct ntx *, int, const char *,
			    const struct change *);
static const struct change *run_get(struct ntx *, int, const char *);
static int		 sentence(struct ntx *, struct buf *,
			    const struct change *, enum ngrp *);
static void		 where(struct ntx *, struct buf *,
			    const struct change *, const char *);
static void		 intro(struct ntx *, struct buf *);
static int		 names(const char *, const char *);
static void		 heading(struct ntx *, struct buf *);
static struct ncat	*ncat_add(struct ntx *, const struct doc *,
			    const struct catalog **);
static const struct ncat *catalogs(struct ntx *);
static const struct ncat *ncat_of(struct ntx *, const char *);
static size_t		 block(struct ntx *, struct buf *);
static int		 permuted(const char *, const char *);
static int		 members(struct buf *, const struct schema *,
			    const struct skey *, const char **, size_t);
static int		 okey_cmp(const void *, const void *);
static int		 whole(const struct change *);
static size_t		*order(struct ntx *);

/* Header fields, by what a notice asks of them. */
enum { H_TITLE, H_JURIS, H_VERSION, H_UPDATED, H_OLDVERSION };

static const char *
hdr_str(const struct ncat *k, size_t what)
{
	const struct catalog	*c = k->new != NULL ? k->new : k->old;

	if (c == NULL)
		return NULL;
	switch (what) {
	case H_TITLE:
		return node_str(c->hdr.title);
	case H_JURIS:
		return node_str(c->hdr.jurisdiction);
	case H_VERSION:
		return node_str(c->hdr.version);
	case H_UPDATED:
		return node_str(c->hdr.updated);
	default:
		return k->old != NULL ? node_str(k->old->hdr.version) : NULL;
	}
}

/*
 * Append s as one line of text: line breaks, tabs and other control
 * characters (C0, DEL, C1) become a space.
 */
static void
put(struct buf *b, const char *s)
{
	const unsigned char	*p;

	for (p = (const unsigned char *)s; *p != '\0'; p++) {
		if (*p < 0x20 || *p == 0x7f)
			buf_addch(b, ' ');
		else if (*p == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f) {
			buf_addch(b, ' ');
			p++;
		} else
			buf_addch(b, *p);
	}
}

/*
 * A value in quotes, without a full stop of its own: the sentence has
 * one.  A citation already in 《》 stands as it is.
 */
static void
quoted(struct buf *b, const char *s)
{
	size_t	 n = strlen(s), from = b->len;

	if (strncmp(s, "《", 3) == 0 && n > 6 &&
	    strstr(s, "》") != NULL) {
		put(b, s);
		return;
	}
	buf_adds(b, "“");
	put(b, s);
	if (n > 3 && b->len - from > 6 &&
	    strcmp(b->ptr + b->len - 3, "。") == 0)
		buf_setlen(b, b->len - 3);
	buf_adds(b, "”");
}

/* Code points in s. */
static size_t
width(const char *s)
{
	size_t	 n = 0;

	for (; *s != '\0'; s++)
		if (((unsigned char)*s & 0xc0) != 0x80)
			n++;
	return n;
}

/* Short enough, and on one line, to be read out whole. */
static int
readable(const char *s)
{
	return s != NULL && *s != '\0' && width(s) <= SHORT &&
	    strchr(s, '\n') == NULL;
}

static const struct stype *
type_of(const struct schema *s, enum change_kind kind)
{
	const char	*name;
	size_t		 i;

	switch (kind) {
	case CH_META:
		name = "catalog";
		break;
	case CH_CATEGORY_CHANGED:
		name = "category";
		break;
	case CH_NA_CHANGED:
	case CH_NA_ADDED:
		name = "not-applicable";
		break;
	default:
		name = "item";
		break;
	}
	for (i = 0; s != NULL && i < s->ntypes; i++)
		if (strcmp(s->types[i].name, name) == 0)
			return &s->types[i];
	return NULL;
}

/*
 * A vocabulary value as its label: the text of "other: TEXT", or the
 * label of a slug; NULL for a value the vocabulary does not know (a
 * local area, x-...), which is never shown.
 */
static const char *
label_of(const struct schema *s, const struct skey *k, const char *v)
{
	const struct vmatch	*vm;

	if (strncmp(v, "other: ", 7) == 0)
		return v + 7;
	if (k == NULL || k->type->kind != ST_VOCAB)
		return v;
	if ((vm = vocab_find(k->type->vocab, v, strlen(v))) == NULL)
		return NULL;
	return vm->term->label;
}

/* The column name of a field, and its key in *kp (NULL if none). */
static const char *
field_label(const struct schema *s, enum change_kind kind, const char *f,
    const struct skey **kp)
{
	const struct stype	*t = type_of(s, kind);
	const struct skey	*k;

	*kp = k = t != NULL ? stype_key(t, f, strlen(f)) : NULL;
	if (k != NULL && k->label != NULL)
		return k->label;
	if (strcmp(f, "id") == 0)
		return "编码";
	if (strcmp(f, "extends") == 0)
		return "所依据的上级目录";
	return "其他信息";
}

/* Category id of c, or NULL. */
static const struct catalog_category *
cat_find(const struct catalog *c, const char *id)
{
	struct catalog_iter	 it;
	const char		*s;

	if (c == NULL || id == NULL)
		return NULL;
	catalog_iter_init(&it, c);
	while (catalog_next(&it) != CEV_DONE)
		if (it.ev == CEV_ENTER && it.kind == CK_CATEGORY &&
		    (s = node_str(it.u.cat->id)) != NULL &&
		    strcmp(s, id) == 0)
			return it.u.cat;
	return NULL;
}

/* The name of category id in c, or NULL. */
static const char *
cat_name(const struct catalog *c, const char *id)
{
	const struct catalog_category	*k = cat_find(c, id);

	return k != NULL ? node_str(k->name) : NULL;
}

/*
 * What category id is called: 一级事项 at the top of c or of old, the
 * next level's name below (二级事项, 三级事项).
 */
static const char *
cat_word(const struct ntx *x, const char *id)
{
	static const char *const word[] = { "一级事项", "二级事项", "三级事项" };
	const struct catalog_category	*k;

	if ((k = cat_find(x->k->new, id)) == NULL &&
	    (k = cat_find(x->k->old, id)) == NULL)
		return word[0];
	return word[k->depth < 2 ? k->depth : 2];
}

static int
two(const char *s)
{
	return (s[0] - '0') * 10 + s[1] - '0';
}

/* 2024-06-18 as 2024年6月18日; anything else as written. */
static void
date(struct buf *b, const char *s)
{
	if (schema_is_date(s))
		buf_addf(b, "%.4s年%d月%d日", s, two(s + 5), two(s + 8));
	else
		quoted(b, s);
}

/* A version: 2024 as 2024年版, 2024年版 as it is, else quoted. */
static void
version(struct buf *b, const char *s)
{
	size_t	 n = strlen(s), i;

	for (i = 0; i < n && s[i] >= '0' && s[i] <= '9'; i++)
		continue;
	if (n == 4 && i == 4)
		buf_addf(b, "%s年版", s);
	else if (n > 3 && strcmp(s + n - 3, "版") == 0 && readable(s))
		put(b, s);
	else {
		quoted(b, s);
		buf_adds(b, "版");
	}
}

/* "社会救助领域", or NULL for an area with no label. */
static const char *
area_label(const struct schema *s, const struct ncat *k)
{
	const struct catalog	*c = k->new != NULL ? k->new : k->old;
	const struct vocab	*v;
	const struct vmatch	*vm;
	const char		*a;

	if (c == NULL || s == NULL || (a = node_str(c->hdr.area)) == NULL ||
	    (v = schema_vocab(s, "area")) == NULL ||
	    (vm = vocab_find(v, a, strlen(a))) == NULL)
		return NULL;
	return vm->term->label;
}

/* The same bytes in another order: a list that was only reordered. */
static int
permuted(const char *a, const char *b)
{
	size_t	 n[256], i;

	if (strlen(a) != strlen(b))
		return 0;
	memset(n, 0, sizeof(n));
	for (i = 0; a[i] != '\0'; i++) {
		n[(unsigned char)a[i]]++;
		n[(unsigned char)b[i]]--;
	}
	for (i = 0; i < 256; i++)
		if (n[i] != 0)
			return 0;
	return 1;
}

/* Members of one side, as labels, "“A”、“B”"; -1 when one is unsaid. */
static int
members(struct buf *b, const struct schema *s, const struct skey *k,
    const char **v, size_t n)
{
	const char	*l;
	size_t		 i;

	if (n > MEMBERS)
		return -1;
	for (i = 0; i < n; i++) {
		if ((l = label_of(s, k, v[i])) == NULL || !readable(l))
			return -1;
		if (i > 0)
			buf_adds(b, "、");
		quoted(b, l);
	}
	return 0;
}

/*
 * What changed in one field, as a clause without its subject:
 * "公开时限由“A”调整为“B”", "公开渠道增加“政府网站”".  Ids, paths,
 * web addresses, extensions and long texts are said to have changed.
 */
static void
clause(struct ntx *x, struct buf *b, const struct change *c)
{
	const struct schema	*s = x->m->schema;
	const struct skey	*k;
	const char		*l, *o, *n;
	struct buf		 t = BUF_INIT;
	enum stype_kind		 tk;

	l = field_label(s, c->kind, c->field, &k);
	tk = k != NULL ? k->type->kind : ST_ID;
	o = c->old;
	n = c->new;
	if (tk == ST_ID || tk == ST_REF || tk == ST_CATALOG_ID ||
	    tk == ST_PATH || tk == ST_URL)
		goto changed;
	if (c->nadded == 1 && c->nremoved == 1 && o != NULL && n != NULL &&
	    strcmp(o, c->removed[0]) == 0 && strcmp(n, c->added[0]) == 0) {
		/* One value for another. */
		o = label_of(s, k, o);
		n = label_of(s, k, n);
	} else if (c->nadded > 0 || c->nremoved > 0) {
		buf_adds(&t, l);
		if (c->nadded > 0) {
			buf_adds(&t, "增加");
			if (members(&t, s, k, c->added, c->nadded) != 0)
				goto changed;
		}
		if (c->nremoved > 0) {
			buf_adds(&t, c->nadded > 0 ? "，" : "");
			buf_adds(&t, tk == ST_VOCAB ? "减少" : "删除");
			if (members(&t, s, k, c->removed, c->nremoved) != 0)
				goto changed;
		}
		buf_add(b, t.ptr, t.len);
		buf_release(&t);
		return;
	} else if (o != NULL && n != NULL && (tk == ST_VOCAB ||
	    permuted(o, n))) {
		/* With --order: the same members in another order. */
		buf_adds(b, l);
		buf_adds(b, "的顺序有调整");
		return;
	}
	if (tk == ST_DATE && o != NULL && n != NULL) {
		buf_adds(b, l);
		buf_adds(b, "由");
		date(b, o);
		buf_adds(b, "调整为");
		date(b, n);
	} else if (o != NULL && n != NULL) {
		if (!readable(o) || !readable(n))
			goto changed;
		buf_adds(b, l);
		buf_adds(b, "由");
		quoted(b, o);
		buf_adds(b, "调整为");
		quoted(b, n);
	} else if (n != NULL) {
		buf_adds(b, "增加");
		buf_adds(b, l);
		if (readable(n))
			quoted(b, n);
	} else if (o != NULL) {
		buf_adds(b, "删除");
		buf_adds(b, l);
		if (readable(o))
			quoted(b, o);
	} else
		goto changed;
	buf_release(&t);
	return;
changed:
	buf_release(&t);
	buf_adds(b, l);
	buf_adds(b, "有调整");
}

#define NAME(c)	((c)->name != NULL ? (c)->name : "未列名称的事项")

/*
 * A field of a named thing changed: "“A”更名为“B”" for its name, else
 * its name and the clause.
 */
static void
changed(struct ntx *x, struct buf *b, const struct change *c)
{
	if (strcmp(c->field, "name") == 0 && readable(c->old) &&
	    readable(c->new)) {
		quoted(b, c->old);
		buf_adds(b, "更名为");
		quoted(b, c->new);
		return;
	}
	quoted(b, NAME(c));
	buf_adds(b, "，");
	clause(x, b, c);
}

/*
 * The changes of the catalog being said that other sentences ask
 * after, by kind and id: a name change of an item or a category (its
 * rename says nothing more), an item marked not applicable (its
 * removal says nothing more) and the removal of one (its category).
 */
static void
index_run(struct ntx *x)
{
	const struct change	*c;
	const char		*id;
	size_t			 i;
	int			 tag;

	hash_release(&x->run);
	for (i = x->from; i < x->to; i++) {
		c = &x->df->v[x->ix[i]];
		tag = 0;
		id = c->item;
		if (c->kind == CH_ITEM_CHANGED && strcmp(c->field, "name") == 0)
			tag = 'i';
		else if (c->kind == CH_CATEGORY_CHANGED &&
		    strcmp(c->field, "name") == 0) {
			tag = 'c';
			id = c->category;
		} else if (c->kind == CH_NA_ADDED)
			tag = 'n';
		else if (c->kind == CH_ITEM_REMOVED)
			tag = 'r';
		if (tag != 0 && id != NULL)
			run_put(x, tag, id, c);
	}
}

static void
run_put(struct ntx *x, int tag, const char *id, const struct change *c)
{
	const char	*key = arena_strfmt(&x->a, "%c%s", tag, id);

	hash_put(&x->run, key, strlen(key), (void *)c);
}

/* The change of the catalog being said of tag ('i', 'c', 'n', 'r')
 * about id, or NULL. */
static const struct change *
run_get(struct ntx *x, int tag, const char *id)
{
	struct buf		 k = BUF_INIT;
	const struct change	*c;

	if (id == NULL)
		return NULL;
	buf_addf(&k, "%c%s", tag, id);
	c = hash_get(&x->run, k.ptr, k.len);
	buf_release(&k);
	return c;
}

/*
 * The category of an item's change, "“最低生活保障”下", then tail;
 * nothing when its name is unknown.
 */
static void
where(struct ntx *x, struct buf *b, const struct change *c, const char *tail)
{
	const char	*name = c->catname;

	if (name == NULL)
		name = cat_name(x->k->new, c->category);
	if (name == NULL)
		name = cat_name(x->k->old, c->category);
	if (name == NULL)
		return;
	quoted(b, name);
	buf_adds(b, "下");
	buf_adds(b, tail);
}


/*
 * The sentence of change c, and its group in *g; 0 when it has none
 * (a change another sentence says, or one the heading says).
 */
static int
sentence(struct ntx *x, struct buf *b, const struct change *c, enum ngrp *g)
{
	const struct change	*r;
	const char		*p1, *p2;

	*g = N_MOD;
	switch (c->kind) {
	case CH_CATALOG_ADDED:
	case CH_CATALOG_REMOVED:
		*g = c->kind == CH_CATALOG_ADDED ? N_ADD : N_DEL;
		buf_adds(b, c->kind == CH_CATALOG_ADDED ? "新增" : "删除");
		if (c->name != NULL) {
			buf_adds(b, "《");
			put(b, c->name);
			buf_adds(b, "》");
		} else {
			buf_adds(b, x->area);
			buf_adds(b, "目录");
		}
		if (c->kind == CH_CATALOG_REMOVED)
			buf_adds(b, "，不再公开");
		break;
	case CH_META:
		if (strcmp(c->field, "version") == 0 ||
		    strcmp(c->field, "updated") == 0)
			return 0;
		if (strcmp(c->field, "title") == 0 && readable(c->old) &&
		    readable(c->new)) {
			buf_adds(b, "目录名称由《");
			put(b, c->old);
			buf_adds(b, "》调整为《");
			put(b, c->new);
			buf_adds(b, "》");
			break;
		}
		buf_adds(b, "本目录");
		clause(x, b, c);
		break;
	case CH_CATEGORY_ADDED:
	case CH_CATEGORY_REMOVED:
		*g = c->kind == CH_CATEGORY_ADDED ? N_ADD : N_DEL;
		buf_adds(b, x->area);
		buf_adds(b, c->kind == CH_CATEGORY_ADDED ? "新增" : "删除");
		buf_adds(b, cat_word(x, c->category));
		quoted(b, NAME(c));
		break;
	case CH_CATEGORY_CHANGED:
		buf_adds(b, x->area);
		buf_adds(b, cat_word(x, c->category));
		changed(x, b, c);
		break;
	case CH_CATEGORY_RENAMED:
		if (run_get(x, 'c', c->category) != NULL)
			return 0;
		buf_adds(b, x->area);
		buf_adds(b, cat_word(x, c->category));
		quoted(b, NAME(c));
		buf_adds(b, "的编码有调整");
		break;
	case CH_CATEGORY_MOVED:
		p1 = c->old != NULL ? cat_name(x->k->old, c->old) : NULL;
		p2 = c->new != NULL ? cat_name(x->k->new, c->new) : NULL;
		buf_adds(b, x->area);
		quoted(b, NAME(c));
		if (c->old != NULL) {
			buf_adds(b, "由");
			if (p1 != NULL) {
				quoted(b, p1);
				buf_adds(b, "下");
			} else
				buf_adds(b, "原类别下");
		}
		if (c->new == NULL)
			buf_adds(b, "调整为一级事项");
		else {
			buf_adds(b, "调整至");
			quoted(b, p2 != NULL ? p2 : NAME(c));
			buf_adds(b, "下");
		}
		break;
	case CH_ITEM_ADDED:
		*g = N_ADD;
		buf_adds(b, x->area);
		where(x, b, c, "");
		buf_adds(b, "新增");
		quoted(b, NAME(c));
		break;
	case CH_ITEM_REMOVED:
		/* Marked not applicable: that sentence says it. */
		if (run_get(x, 'n', c->item) != NULL)
			return 0;
		*g = N_DEL;
		buf_adds(b, x->area);
		where(x, b, c, "的");
		quoted(b, NAME(c));
		buf_adds(b, "不再公开");
		break;
	case CH_ITEM_CHANGED:
		buf_adds(b, x->area);
		where(x, b, c, "的");
		changed(x, b, c);
		break;
	case CH_ITEM_MOVED:
		p1 = cat_name(x->k->old, c->oldid);
		p2 = c->catname != NULL ? c->catname :
		    cat_name(x->k->new, c->new);
		buf_adds(b, x->area);
		quoted(b, NAME(c));
		if (p1 != NULL) {
			buf_adds(b, "由");
			quoted(b, p1);
		}
		buf_adds(b, "调整至");
		if (p2 != NULL)
			quoted(b, p2);
		else
			buf_adds(b, "其他一级事项");
		buf_adds(b, "下");
		break;
	case CH_ITEM_RENAMED:
		if (run_get(x, 'i', c->item) != NULL)
			return 0;
		buf_adds(b, x->area);
		where(x, b, c, "的");
		quoted(b, NAME(c));
		buf_adds(b, "编码有调整");
		break;
	case CH_NA_ADDED:
		*g = N_DEL;
		buf_adds(b, x->area);
		/* An item that went: its category, from its removal. */
		if ((r = run_get(x, 'r', c->item)) != NULL)
			where(x, b, r, "的");
		quoted(b, NAME(c));
		buf_adds(b, "列为未涉及事项");
		if (readable(c->new)) {
			buf_adds(b, "，原因是");
			quoted(b, c->new);
		}
		break;
	case CH_NA_REMOVED:
		buf_adds(b, x->area);
		quoted(b, NAME(c));
		buf_adds(b, "不再列为未涉及事项");
		break;
	case CH_NA_CHANGED:
		buf_adds(b, x->area);
		buf_adds(b, "未涉及事项");
		changed(x, b, c);
		break;
	case CH_ORDER:
		buf_adds(b, x->area);
		if (c->category != NULL) {
			where(x, b, c, "");
			buf_adds(b, "各事项的排列顺序有调整");
		} else
			buf_adds(b, "一级事项的排列顺序有调整");
		break;
	default:
		return 0;
	}
	buf_adds(b, "。");
	return 1;
}

/*
 * What the heading's catalog is now, as a sentence without its
 * subject: "版本由2023年版调整为2024年版，更新日期为2024年6月18日";
 * nothing when its catalogs say neither.
 */
static void
intro(struct ntx *x, struct buf *b)
{
	const char	*ov = hdr_str(x->k, H_OLDVERSION);
	const char	*nv = hdr_str(x->k, H_VERSION);
	const char	*up = hdr_str(x->k, H_UPDATED);

	if (ov != NULL && nv != NULL && strcmp(ov, nv) != 0) {
		buf_adds(b, "版本由");
		version(b, ov);
		buf_adds(b, "调整为");
		version(b, nv);
	} else if (nv != NULL) {
		buf_adds(b, "版本为");
		version(b, nv);
	}
	if (up != NULL) {
		buf_adds(b, nv != NULL ? "，更新日期为" : "更新日期为");
		date(b, up);
	}
}

/*
 * Whether title names jurisdiction j: holds it, or starts with the
 * last two or more characters of it (示例县清水镇, 清水镇...).
 */
static int
names(const char *title, const char *j)
{
	const char	*p;

	if (strstr(title, j) != NULL)
		return 1;
	for (p = j; *p != '\0'; p++)
		if (((unsigned char)*p & 0xc0) != 0x80 && width(p) >= 2 &&
		    strncmp(title, p, strlen(p)) == 0)
			return 1;
	return 0;
}

/* The catalog's name: 《TITLE》, after its jurisdiction when the title
 * does not name it. */
static void
heading(struct ntx *x, struct buf *b)
{
	const char	*t = hdr_str(x->k, H_TITLE);
	const char	*j = hdr_str(x->k, H_JURIS);

	if (j != NULL && (t == NULL || !names(t, j)))
		put(b, j);
	if (t != NULL) {
		buf_adds(b, "《");
		put(b, t);
		buf_adds(b, "》");
	} else {
		buf_adds(b, x->area);
		buf_adds(b, "目录");
	}
}

static const struct ncat *
ncat_of(struct ntx *x, const char *id)
{
	const struct ncat	*k;

	if (id == NULL || (k = hash_get(&x->cats, id, strlen(id))) == NULL)
		return &none;
	return k;
}

/*
 * The changes ix[from..to) of one catalog, as a block: a heading, what
 * it is now, and the sentences by group, numbered; with oneline, a
 * sentence a line and nothing else.  Returns the sentences written.
 */
static size_t
block(struct ntx *x, struct buf *b)
{
	struct buf	 g[N__MAX], one = BUF_INIT;
	size_t		 n[N__MAX], i, total = 0, any = 0;
	enum ngrp	 k;
	int		 oneline = x->m->oneline;

	for (k = 0; k < N__MAX; k++) {
		buf_init(&g[k], 0);
		n[k] = 0;
	}
	index_run(x);
	for (i = x->from; i < x->to; i++) {
		buf_reset(&one);
		if (!sentence(x, &one, &x->df->v[x->ix[i]], &k))
			continue;
		n[k]++;
		if (!oneline)
			buf_addf(&g[k], "%zu. ", n[k]);
		buf_add(&g[k], one.ptr, one.len);
		buf_addch(&g[k], '\n');
		total++;
	}
	if (oneline) {
		heading(x, b);
		buf_reset(&one);
		intro(x, &one);
		buf_add(b, one.ptr, one.len);
		buf_adds(b, total > 0 ? (one.len > 0 ? "，调整如下。\n" :
		    "调整如下。\n") : (one.len > 0 ? "，没有调整。\n" :
		    "没有调整。\n"));
	} else {
		heading(x, b);
		buf_adds(b, "调整情况\n");
		buf_reset(&one);
		intro(x, &one);
		if (one.len > 0) {
			buf_adds(b, "本目录");
			buf_add(b, one.ptr, one.len);
			buf_adds(b, "。\n");
		}
		if (total == 0)
			buf_adds(b, "本目录没有调整。\n");
	}
	for (k = 0; k < N__MAX; k++) {
		if (n[k] == 0)
			continue;
		if (!oneline)
			buf_addf(b, "%s、%s\n", ordinal[any], grpname[k]);
		any++;
		buf_add(b, g[k].ptr, g[k].len);
	}
	for (k = 0; k < N__MAX; k++)
		buf_release(&g[k]);
	buf_release(&one);
	return total;
}

/* Catalog ids in order of first appearance: the changes' order. */
struct okey {
	size_t	 rank, i;
};

static int
okey_cmp(const void *pa, const void *pb)
{
	const struct okey	*a = pa, *b = pb;

	if (a->rank != b->rank)
		return a->rank < b->rank ? -1 : 1;
	return a->i < b->i ? -1 : a->i > b->i;
}

/* The changes by catalog, in order; an array of df->n indices. */
static size_t *
order(struct ntx *x)
{
	struct hash		 seen = HASH_INIT;
	struct hash_slot	*s;
	struct okey		*k;
	const char		*id;
	size_t			*ix, i, n = 0;

	k = xcalloc(x->df->n ? x->df->n : 1, sizeof(*k));
	for (i = 0; i < x->df->n; i++) {
		id = x->df->v[i].catalog != NULL ? x->df->v[i].catalog : "";
		s = hash_put(&seen, id, strlen(id), (void *)(uintptr_t)(n + 1));
		if ((uintptr_t)s->val == n + 1)
			n++;
		k[i].rank = (uintptr_t)s->val;
		k[i].i = i;
	}
	qsort(k, x->df->n, sizeof(*k), okey_cmp);
	ix = xcalloc(x->df->n ? x->df->n : 1, sizeof(*ix));
	for (i = 0; i < x->df->n; i++)
		ix[i] = k[i].i;
	free(k);
	hash_release(&seen);
	return ix;
}

static int
whole(const struct change *c)
{
	return c->kind == CH_CATALOG_ADDED || c->kind == CH_CATALOG_REMOVED;
}

/* The entry of document d's catalog, made if new; NULL if d is empty. */
static struct ncat *
ncat_add(struct ntx *x, const struct doc *d, const struct catalog **cp)
{
	const struct catalog	*c;
	struct ncat		*k;
	const char		*id;

	if (d == NULL || d->root == NULL)
		return NULL;
	*cp = c = catalog_build(&x->a, d->root, d);
	if ((id = node_str(c->hdr.id)) == NULL)
		id = d->path;
	if ((k = hash_get(&x->cats, id, strlen(id))) == NULL) {
		k = arena_calloc(&x->a, 1, sizeof(*k));
		hash_put(&x->cats, id, strlen(id), k);
	}
	return k;
}

/*
 * Index the catalogs compared by id, as the changes name them: two
 * files are a pair whatever their ids say.  Returns the entry of the
 * new side's one catalog, or &none.
 */
static const struct ncat *
catalogs(struct ntx *x)
{
	const struct diff_meta	*m = x->m;
	const struct catalog	*c;
	struct ncat		*k, *last = NULL;
	size_t			 i;

	for (i = 0; i < m->nnew; i++)
		if ((k = ncat_add(x, m->newdocs[i], &c)) != NULL) {
			k->new = c;
			last = k;
		}
	if (!m->dirs && m->nold == 1 && m->nnew == 1 && last != NULL &&
	    m->olddocs[0] != NULL && m->olddocs[0]->root != NULL) {
		last->old = catalog_build(&x->a, m->olddocs[0]->root,
		    m->olddocs[0]);
		return last;
	}
	for (i = 0; i < m->nold; i++)
		if ((k = ncat_add(x, m->olddocs[i], &c)) != NULL)
			k->old = c;
	return m->nnew == 1 && last != NULL ? last : &none;
}

void
diff_notice(struct buf *b, const struct diff *df, const struct diff_meta *m)
{
	struct ntx	 x;
	struct buf	 rest = BUF_INIT;
	const char	*a;
	const struct ncat *only;
	size_t		*ix, i, j, nrest = 0, nblocks = 0;

	memset(&x, 0, sizeof(x));
	x.df = df;
	x.m = m;
	arena_init(&x.a);
	only = catalogs(&x);
	x.ix = ix = order(&x);
	for (i = 0; i < df->n; i = j) {
		for (j = i + 1; j < df->n && strcmp(df->v[ix[j]].catalog ?
		    df->v[ix[j]].catalog : "", df->v[ix[i]].catalog ?
		    df->v[ix[i]].catalog : "") == 0; j++)
			continue;
		x.k = ncat_of(&x, df->v[ix[i]].catalog);
		a = area_label(m->schema, x.k);
		x.area = a != NULL ? arena_strfmt(&x.a, "%s领域", a) : "";
		x.from = i;
		x.to = j;
		/* Catalogs added or removed: one block of their own, last. */
		if (j == i + 1 && whole(&df->v[ix[i]])) {
			struct buf	 one = BUF_INIT;
			enum ngrp	 g;

			sentence(&x, &one, &df->v[ix[i]], &g);
			if (!m->oneline)
				buf_addf(&rest, "%zu. ", ++nrest);
			buf_add(&rest, one.ptr, one.len);
			buf_addch(&rest, '\n');
			buf_release(&one);
			continue;
		}
		if (nblocks++ > 0 && !m->oneline)
			buf_addch(b, '\n');
		block(&x, b);
	}
	if (rest.len > 0) {
		if (nblocks++ > 0 && !m->oneline)
			buf_addch(b, '\n');
		if (!m->oneline)
			buf_adds(b, "目录增减情况\n");
		buf_add(b, rest.ptr, rest.len);
	}
	/* Nothing changed: one catalog is named, several are not. */
	if (nblocks == 0) {
		if (only != &none && !m->dirs) {
			x.k = only;
			a = area_label(m->schema, x.k);
			x.area = a != NULL ? arena_strfmt(&x.a, "%s领域", a) :
			    "";
			x.from = x.to = 0;
			block(&x, b);
		} else
			buf_adds(b, "所比较的目录均没有调整。\n");
	}
	free(ix);
	buf_release(&rest);
	hash_release(&x.run);
	hash_release(&x.cats);
	arena_release(&x.a);
}
