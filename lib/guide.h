/*
 * The service-guide model (办事指南): a document of kind 'guide' read
 * once into typed records beside its catalog model (catalog.h), so that
 * checks and outputs ask it, not the document's nodes; and the rules of
 * schemas/guide.yaml that say what a guide must have (element
 * profiles), what 'on the spot' and 'no fee' are written as.
 *
 * Records are allocated in the arena given to guide_build() and point
 * into the document, as catalog records do; a struct guide_conf lives
 * in the schema's arena.  Neither checks anything: validate.c does.
 */
#ifndef GKML_GUIDE_H
#define GKML_GUIDE_H

#include <stddef.h>

#include "deadline.h"

struct arena;
struct catalog;
struct catalog_item;
struct doc;
struct node;
struct schema;

/* 办件类型, the slugs of vocabulary 'service-type'. */
enum guide_type {
	GT_NONE,		/* not given, or not in the vocabulary */
	GT_IMMEDIATE,		/* 即办件 */
	GT_PROMISED,		/* 承诺件 */
	GT_JOINT,		/* 联办件 */
	GT_REPORTED,		/* 上报件 */
	GT__MAX
};

/* 跑动承诺, the slugs of vocabulary 'visit-promise'. */
enum guide_promise {
	GP_NONE,
	GP_AT_MOST_ONCE,	/* 最多跑一次 */
	GP_ZERO,		/* 零跑动 */
	GP_REMOTE		/* 不见面审批 */
};

/* A time limit of a service: read as a 公开时限 is (deadline.h). */
struct guide_limit {
	const struct node	*node;		/* or NULL */
	int			 spot;		/* done on the spot: 即时办结 */
	struct deadline		 dl;		/* when not spot */
};

/* An entry of 申请材料: a plain string is its name. */
struct guide_material {
	const struct node	*node;
	const struct node	*name;
	const struct node	*original;	/* 原件份数 */
	const struct node	*copies;	/* 复印件份数 */
	const struct node	*notes;
};

struct guide_item {
	const struct catalog_item *ci;		/* id, name, parent, power */
	const struct node	*code;		/* 事项编码 */
	const struct node	*name;		/* 事项名称 */
	const struct node	*basis;		/* 设定依据 */
	const struct node	*conditions;	/* 受理条件 */
	const struct node	*materials;	/* 申请材料 */
	const struct node	*process;	/* 办理流程 */
	const struct node	*legal_limit;	/* 法定时限 */
	const struct node	*promised_limit; /* 承诺时限 */
	const struct node	*type;		/* 办件类型 */
	const struct node	*visits;	/* 到现场次数 */
	const struct node	*promise;	/* 跑动承诺 */
	const struct node	*online;	/* 网上办理 */
	const struct node	*fee;		/* 收费标准 */
	const struct node	*fee_basis;	/* 收费依据 */
	const struct node	*unit;		/* 办理机构 */
	const struct node	*place;		/* 办理地点 */
	const struct node	*hours;		/* 办理时间 */
	const struct node	*phone;		/* 咨询电话 */
	const struct node	*complaint_phone; /* 监督电话 */
	const struct node	*levels;	/* 办理层级 */
	const struct node	*power;		/* 权责事项编码 */
	const struct node	*notes;
	/* What the nodes mean, read once: */
	enum guide_type		 t;
	enum guide_promise	 p;
	int			 nvisits;	/* -1 when not a count */
	int			 charged;	/* a fee not written as none */
	struct guide_limit	 legal, promised;
	struct guide_material	*mat;
	size_t			 nmat;
};

struct guide {
	const struct catalog	*c;
	struct guide_item	*v;		/* its items, in catalog order */
	size_t			 n;
};

/* An element profile: the keys of a guide item it requires. */
struct guide_profile {
	const char		*name;
	const char		*label;
	const char		**elements;
	size_t			 n;
};

/* schemas/guide.yaml, read. */
struct guide_conf {
	const struct guide_profile *profiles;
	size_t			 nprofiles;
	const struct guide_profile *def;	/* the default */
	const struct node	*jurisdictions;	/* jurisdiction -> profile */
	const struct node	*spot;		/* words for 'on the spot' */
	const struct node	*free;		/* words for 'no fee' */
};

/*
 * Read d's root (schemas/guide.yaml) into gc, its strings borrowed from
 * d, its arrays from a; the elements are checked to be keys of the
 * guide-item type of s.  Returns 0, or -1 after printing what is wrong
 * on stderr (the installation is broken).
 */
int	 guide_conf_read(struct guide_conf *gc, struct arena *a,
	    const struct doc *d, const struct schema *s);

/* The profile of that name, or NULL. */
const struct guide_profile *guide_profile(const struct guide_conf *,
	    const char *name, size_t len);

/*
 * The profile a guide of catalog id id (a jurisdiction's key and more,
 * catset.h) falls under by guide.yaml's jurisdictions: the longest
 * jurisdiction that id is in; else the default.
 */
const struct guide_profile *guide_profile_for(const struct guide_conf *,
	    const char *id);

/* Whether n is a time limit written as on the spot (即时办结). */
int	 guide_spot(const struct guide_conf *, const struct node *n);

/* Whether the guide item has a value for element key (not empty). */
int	 guide_has(const struct guide_item *, const char *key);

/*
 * The model of c, a catalog model of a document of kind guide, in a.
 * Time limits are parsed; vocabulary values are resolved by s.  Never
 * fails.
 */
struct guide *guide_build(struct arena *a, const struct catalog *c,
	    const struct schema *s);

/*
 * The bounds of a time limit in calendar days, [*lo, *hi]: a working
 * day is one calendar day at least and, with weekends and a week of
 * holidays, at most 7/5 of one plus 9; a month is 28 to 31 days.
 * Returns 0, or -1 when it is not a number of days (periodic, text).
 */
int	 guide_limit_days(const struct guide_limit *, int *lo, int *hi);

#endif
