/*
 * What the stages of gkml-import share (import.c and import_*.c): the
 * state of an import, the columns, items, categories and catalogs read
 * from a table, and the helpers every stage uses.  Private to them;
 * the commands see only import.h.
 */
#ifndef GKML_IMPORT_INT_H
#define GKML_IMPORT_INT_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "buf.h"
#include "catalog.h"
#include "diag.h"
#include "hash.h"
#include "table.h"

struct import;
struct import_opts;
struct limits;
struct schema;
struct vocab;
struct vterm;

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

#define HEAD_SCAN	20	/* rows searched for the header */
#define HEAD_CHARS	40	/* a header cell is no longer than this */
#define MAX_CITES	64	/* citations kept from one cell */
#define MAX_TOKENS	64	/* values read from one cell */
#define FULL_TEMPLATE	10	/* unmarked channels that look like the
				   whole template list, boxes lost */

/* What a column holds. */
enum role {
	COL_NONE,	/* not recognised: kept in notes */
	COL_EMPTY,	/* no header and no data */
	COL_SEQ,
	COL_ID,
	COL_ITEM,	/* one 公开事项 column, not split */
	COL_L1,
	COL_L2,
	COL_L3,
	COL_CONTENT,
	COL_BASIS,
	COL_DEADLINE,
	COL_BODY,
	COL_CHANNEL,
	COL_AUDIENCE,
	COL_MODE,
	COL_LEVEL,
	COL_STAGE,
	COL_AREA,
	COL_NOTES,
	COL_EXTRA,	/* known, not in the format: kept in notes */
	COL_CATID,	/* 分类编号: the ids of the categories, a/a.b */
	COL_COLUMN,	/* 栏目: the item's own website column */
	COL_COLURL,	/* 栏目地址: its URL */
	COL__MAX
};

/* The vocabularies, by index. */
enum voc {
	V_AREA,
	V_LEVEL,
	V_AUDIENCE,
	V_MODE,
	V_STAGE,
	V_CHANNEL,
	V__MAX
};

/* A folded vocabulary key and the term it stands for. */
struct fkey {
	const struct vterm	*term;
	const char		*key;	/* as written in vocab.yaml */
	int			 how;	/* VM_SLUG, VM_LABEL, VM_ALIAS */
};

struct col {
	enum role		 role;
	const char		*head;		/* for messages */
	const char		*fhead;		/* folded */
	const struct vterm	*terms[3];	/* a tick column: what a tick
						   means (levels may be two) */
	int			 nterms;
	int			 ticked;	/* some row has a tick here */
	int			 alias;		/* the header is an alias or
						   a broken label */
	int			 dup;		/* under a header merged from
						   the column to its left */
};

/* A list of strings, grown in the arena. */
struct strs {
	const char	**v;
	size_t		  n, cap;
};

struct item {
	struct item	*next;
	unsigned	 row;		/* grid row, 0-based */
	const char	*name;
	int		 num;		/* outline number, 0 if none */
	int		 pnum;		/* its parent's part of the number */
	const char	*id;
	const char	*idcell;	/* from an id column */
	struct strs	 content, basis, channels, audience, mode, levels,
			 stage, notes, x;
	const char	*deadline, *body;
	const char	*column, *column_url;	/* its own, gkml-render's */
	int		 fcol[CF__MAX];	/* grid column of each field, or -1 */
	struct col	*cols;		/* the header it was read under */
	uint32_t	 roles;		/* the columns that header has */
	unsigned char	 warned[CF__MAX];
};

struct cat {
	struct cat	*next;
	struct cat	*subs, **subtail;
	struct item	*items, **itemtail;
	const char	*name;
	int		 num;
	unsigned	 row;
	int		 col;
	unsigned	 orow, ocol;	/* origin of the name cell */
	const char	*id;
	struct strs	 x;
	size_t		 nitems, nsubs;
	struct col	*cols;		/* the header it was read under */
	const char	*idcell;	/* from a 分类编号 column */
	const char	*notes;		/* from a 分类备注 sheet */
	const char	*column, *column_url;	/* likewise */
};

struct na {
	const char	*id, *name, *reason;
};

/* One catalog being read from the rows, before it is made (mdraft()). */
struct draft {
	struct draft	*next;
	const struct vterm *area;	/* NULL with a local x- area */
	const char	*areaslug;
	const char	*title, *level, *jurisdiction, *publisher, *version,
			*updated, *contact, *id;
	const char	*column, *column_url;	/* the website's, or NULL */
	const char	*base, *inherit;	/* of an overlay, or NULL */
	const char	*file;		/* the name it had, or NULL */
	struct cat	*cats, **cattail;
	size_t		 ncats;
	struct strs	 x;
	struct na	*na;		/* not-applicable, owned */
	size_t		 nna;
	struct cat	*cur;		/* the category rows go to */
	struct cat	*cursub;
	struct item	*last;
};

/* A header of a table (a sheet may stack several), with what was said
 * of it: the x-import of every catalog read by it. */
struct header {
	struct header	*next;
	struct col	*cols;
	struct strs	 x;
};

/*
 * The sheets gkml-render adds after the areas of a workbook (see
 * templates/README.md, XLSX): a row of each, its cells by column name.
 */
enum auxkind {
	AUX_INFO,	/* 目录信息 */
	AUX_NA,		/* 未涉及事项 */
	AUX_NOTES,	/* 分类备注 */
	AUX__MAX
};

#define AUX_COLS	15
#define AUX_INFO_COLUMN		10	/* 目录信息's 栏目 */
#define AUX_INFO_COLUMN_URL	11	/* and 栏目地址 */
#define AUX_INFO_BASE		12	/* an overlay's base, hidden */
#define AUX_INFO_INHERIT	13	/* and its 'inherit', hidden */
#define AUX_INFO_FILE		14	/* the file's name, hidden */

struct auxrow {
	enum auxkind	 kind;
	unsigned	 line;
	const char	*v[AUX_COLS];	/* by aux_head[kind][] */
};

struct aux {
	struct auxrow	*v;
	size_t		 n;
};

/* What the rows of the table said about the catalog. */
struct meta {
	const char	*title;		/* a title row, or the table's name */
	unsigned	 titlerow;	/* grid row + 1, 0 for the name */
	const char	*v[8];		/* by catalog key, see meta_key[] */
	int		 rank[8];	/* of the label each came by: the
					   lower, the surer (meta_labels[]) */
};

struct imp {
	const struct schema	*s;
	const struct vocab	*voc[V__MAX];
	struct hash		 fk[V__MAX];	/* folded key -> struct fkey */
	size_t			 fkmax[V__MAX];	/* longest folded key */
	struct diag		*dg;
	const struct limits	*lim;
	const char		*path;
	const struct import_opts *o;
	struct import		*im;
	struct arena		 a;
	const struct tables	*ts;
	const struct table	*t;
	const char		*carry;	/* the name of a table before t that
					   held no catalog (a page's metadata
					   between its title and the table) */
	size_t			 ti;
	struct col		*cols;
	int			 has[COL__MAX];	/* columns with this role */
	unsigned		 h0, h1;	/* first and last header row */
	unsigned		 hjoin;		/* a header row that goes on
						   with the row above (全/社会),
						   or 0 */
	struct meta		 meta;
	struct meta		 pmeta;		/* of the page, in the tables of
						   no catalog before t */
	struct draft		*cats, **cattail;
	struct draft		*curk;		/* the one rows go to */
	size_t			 ncatalogs;
	const char		**prev;		/* the row above, per column */
	struct buf		 tmp, tmp2;
	struct buf		 ftmp[2];	/* fold_tmp()'s, in turn */
	unsigned		 nftmp;
	int			 trad;		/* traditional characters seen */
	int			 nodata[V__MAX]; /* a tick group with no ticks */
	int			 emptyl1;	/* blank 一级事项 taken as above */
	int			 emptyl2;
	int			 metadone, metarc;
	int			 footer;	/* the site's footer seen below
						   the header */
	int			 exact;		/* a table gkml-render wrote:
						   ids kept, text as it is */
	const char		*rowpath[3];	/* the row's 分类编号, split */
	const struct aux	*aux;		/* the workbook's own sheets */
	const struct auxrow	*info;		/* 目录信息 of this sheet */
	struct header		*hdrs, *hdr;	/* the table's headers, the
						   one rows are read by */
	const char		*jur, *lvl;	/* of the table's catalogs */
	size_t			 jurn, jurof;	/* jur named by jurn items of
						   jurof (bodies_jurisdiction()) */
	struct hash		 names;		/* output names used in the run */
	struct hash		 nextn;		/* area slug -> the N to try next
						   for "<slug>-N.yaml" */
};

/* A list of words of schemas/import.yaml (import_words.c). */
struct words {
	const char	**v;
	size_t		  n;
};

/* A header rule: the role of a header equal to or holding a word. */
struct hrule {
	enum role	 role;
	struct words	 eq, has;
};

/* A place word list or ending and the level (a slug) it names. */
struct lrule {
	const char	*slug;
	struct words	 w;
};

struct import_words {
	struct hrule	*head;
	size_t		 nhead;
	struct words	 ditto, footnote, vague_body, spam;
	struct words	 chrome;	/* a page's breadcrumb and footer */
	struct words	 units;		/* endings of a township's stations */
	struct words	 sites;		/* endings of a site's name */
	struct words	 pagelabels;	/* a page's metadata, not the
					   catalog's (索引号 …) */
	struct words	 govs;		/* endings of a place's government */
	struct words	 vagueplaces;	/* bodies of no one place: 各… */
	struct lrule	*ends, *lvwords, *bodywords;
	size_t		 nends, nlvwords, nbodywords;
};

/* A folded cell: f, with for each byte the offset in the original and
 * whether whitespace came before it. */
struct fcell {
	char		*f;
	size_t		 n;
	size_t		*orig;		/* n + 1 entries */
	unsigned char	*brk;		/* n + 1 entries */
	const char	*s;		/* the original */
};

#define FOLD	(TEXT_FOLD_SPACE | TEXT_FOLD_WIDTH | TEXT_FOLD_T2S)
#define NOROW	((unsigned)-1)

/* import_text.c */
size_t		 dec(const char *s, size_t n, unsigned *cp);
const char	*fold(struct imp *im, const char *s);
const char	*fold_tmp(struct imp *im, const char *s);
int		 eq(const char *a, const char *b);
int		 has(const char *s, const char *w);
int		 starts(const char *s, const char *w);
int		 ends(const char *s, const char *w);
size_t		 list_marker(const char *s);
void		 strip_markers(struct imp *, struct strs *);
const char	*cite_repair(struct imp *, unsigned r, unsigned c,
		    const char *s);
void		 strip_legend(char *f);
const char	*clean(struct imp *im, const char *s, int *pinyin);
const char	*join_words(struct imp *im, const char *s, int *joined);
void		 strs_add(struct imp *im, struct strs *l, const char *s);
int		 strs_has(const struct strs *l, const char *s);
void		 add_lines(struct imp *im, struct strs *l, const char *s);
extern const char *const voc_name[V__MAX];
void		 voc_index(struct imp *im);
const struct fkey *vfind(const struct imp *im, enum voc v, const char *f,
	    size_t n);
size_t		 vprefix(const struct imp *im, enum voc v, const char *f,
	    size_t n, const struct fkey **out);
void		 say(struct imp *, struct strs *, unsigned, int, enum rule,
	    const char *, ...) __attribute__((format(printf, 6, 7)));

/* import_head.c */
enum role	 head_role(const struct imp *im, const char *f);
enum voc	 role_voc(enum role r);
int		 level_terms(struct imp *im, const char *f,
	    const struct vterm **out, int *broken);
int		 from_above(const struct table *t, unsigned r, unsigned c);
int		 from_left(const struct table *t, unsigned r, unsigned c);
int		 left_copy(const struct table *t, unsigned r, unsigned c);
int		 row_score(struct imp *im, unsigned r, int *all);
int		 find_header(struct imp *im);
void		 header_from(struct imp *im, unsigned r);
int		 is_id(const char *s);
int		 any_id(const char *s);
extern const char *const role_label[COL__MAX];
int		 map_columns(struct imp *im);
void		 check_columns(struct imp *im, struct strs *x);

/* import_rows.c */
void		 fcell_make(struct imp *im, const char *s, struct fcell *fc);
void		 fcell_free(struct fcell *fc);
const char	*fcell_text(struct imp *im, const struct fcell *fc, size_t b,
	    size_t e);
struct draft	*new_catalog(struct imp *im, const struct vterm *area);
const struct vterm *area_in(struct imp *im, const char *s, size_t *at,
	    size_t *len);
const char	*heading_title(struct imp *im, const char *s);
int		 first_col(const struct imp *im, enum role r);
const char	*raw_text(struct imp *im, const char *s);
void		 new_header(struct imp *im);
void		 read_rows(struct imp *im);
void		 lost_ticks(struct imp *im);
void		 ids_cats(struct imp *im, struct hash *used, struct cat *head,
	    size_t n, const char *prefix);

/* import_meta.c */
int		 read_aux(struct imp *im, const struct table *t, struct aux *aux);
int		 meta_text(struct imp *im, const char *s);
void		 page_meta(struct imp *im, const struct table *t);
void		 page_pre(struct imp *im, const char *pre);
void		 read_meta(struct imp *im);
const char	*opt_slug(struct imp *im, enum voc v, const char *s);
int		 catalog_meta(struct imp *im, struct draft *k, int split);
const struct table *word_table(struct imp *im, const struct table *t);

/* import_words.c */
int		 in_words(const struct words *w, const char *s, int has_);

#endif
