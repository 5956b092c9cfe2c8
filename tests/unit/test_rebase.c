/*
 * Unit tests for lib/rebase.c: a standalone catalog said again as an
 * overlay on its base.  The base is written to a temporary directory,
 * because an overlay names it by path; each target is the catalog as
 * gkml-import would read it back, and the overlay made is compared
 * whole.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "diag.h"
#include "doc.h"
#include "rebase.h"
#include "schema.h"
#include "xmalloc.h"
#include "harness.h"

static char		*dir;
static struct schema	 sch;
static struct limits	 lim;

#define HEAD								\
	"gkml: 1\n"							\
	"catalog:\n"							\
	"  id: t/town\n"						\
	"  title: 示例镇社会救助目录\n"					\
	"  area: social-assistance\n"					\
	"  level: township\n"						\
	"  jurisdiction: 示例县示例镇\n"				\
	"  publisher: 示例镇人民政府\n"					\
	"  version: \"2024\"\n"						\
	"  updated: 2024-06-01\n"

#define LAWS(body, deadline)						\
	"      - id: policy.laws\n"					\
	"        name: 法规政策\n"					\
	"        content: 社会救助相关法律法规\n"			\
	"        deadline: " deadline "\n"				\
	"        body: " body "\n"					\
	"        channels: [website]\n"					\
	"        audience: public\n"					\
	"        mode: proactive\n"					\
	"        levels: [county, township]\n"

/* A township's own item, new to the base. */
#define LOCAL								\
	"      - id: policy.local\n"					\
	"        name: 本镇实施细则\n"					\
	"        content: 镇实施细则\n"					\
	"        deadline: 长期公开\n"					\
	"        body: 示例镇人民政府\n"				\
	"        channels: [notice-board]\n"				\
	"        audience: public\n"					\
	"        mode: proactive\n"					\
	"        levels: [township]\n"

/* The list of categories, from the first's items. */
#define POLICY								\
	"categories:\n"						\
	"  - id: policy\n"						\
	"    name: 政策文件\n"						\
	"    items:\n"

/* dibao.guide, with the audience line given ("" for none). */
#define GUIDE(body, audience)						\
	"      - id: dibao.guide\n"					\
	"        name: 办事指南\n"					\
	"        content: 办理事项、办理条件\n"				\
	"        deadline: 长期公开\n"					\
	"        body: " body "\n"					\
	"        channels: [website]\n"					\
	audience							\
	"        mode: proactive\n"					\
	"        levels: [county, township]\n"

#define PUBLIC	"        audience: public\n"

/* The base: one item at county level only, two reaching townships. */
static const char county[] =
    "gkml: 1\n"
    "catalog:\n"
    "  id: t/county\n"
    "  title: 示例县社会救助目录\n"
    "  area: social-assistance\n"
    "  level: county\n"
    "  jurisdiction: 示例县\n"
    "  publisher: 示例县民政局\n"
    "  version: \"2024\"\n"
    "  updated: 2024-05-20\n"
    "categories:\n"
    "  - id: policy\n"
    "    name: 政策文件\n"
    "    items:\n"
    LAWS("示例县民政局", "信息形成或者变更之日起20个工作日内")
    "      - id: policy.county\n"
    "        name: 县级规划\n"
    "        content: 县级社会救助规划\n"
    "        deadline: 长期公开\n"
    "        body: 示例县民政局\n"
    "        channels: [website]\n"
    "        audience: public\n"
    "        mode: proactive\n"
    "        levels: [county]\n"
    "  - id: dibao\n"
    "    name: 最低生活保障\n"
    "    items:\n"
    GUIDE("示例县民政局", PUBLIC);

/* What the overlay says besides its header's extends. */
#define OUT_HEAD							\
	HEAD								\
	"  extends: county.yaml\n"

/*
 * Rebase target (YAML) on county.yaml with inherit (YAML of the
 * mapping, or NULL); the overlay into out.  Returns rebase()'s value;
 * *nrule counts the findings of rule.
 */
static int
run(const char *target, const char *inherit, struct buf *out, enum rule rule,
    size_t *nrule)
{
	struct rebase	 r;
	struct diag	 dg;
	struct doc	 t, inh;
	char		*path;
	size_t		 i;
	int		 rc;

	path = xasprintf("%s/town.yaml", dir);
	diag_init(&dg, DIAG_TEXT, SEV_NOTE);
	dg.quiet = 1;
	memset(&r, 0, sizeof(r));
	r.path = path;
	r.extends = "county.yaml";
	r.where = "edited.xlsx";
	memset(&inh, 0, sizeof(inh));
	if (inherit != NULL && doc_load_mem(&inh, "<inherit>", inherit,
	    strlen(inherit), &lim, &dg) == 0)
		r.inherit = inh.root;
	if (doc_load_mem(&t, path, target, strlen(target), &lim, &dg) != 0)
		rc = -3;
	else
		rc = rebase(out, &t, &r, &sch, &lim, &dg);
	for (i = 0, *nrule = 0; i < dg.n; i++)
		if (dg.v[i].rule == rule)
			(*nrule)++;
	doc_release(&t);
	doc_release(&inh);
	diag_finish(&dg, "", "");
	free(path);
	return rc;
}

/* The base as the township gets it: nothing to say but the header. */
static void
test_untouched(void)
{
	struct buf	 b = BUF_INIT;
	size_t		 n;

	INT_EQ(run(HEAD
	    POLICY
	    LAWS("示例镇人民政府", "信息形成或者变更之日起20个工作日内")
	    "  - id: dibao\n"
	    "    name: 最低生活保障\n"
	    "    items:\n"
	    GUIDE("示例镇人民政府", PUBLIC),
	    "{\"levels\": [\"township\"], \"set\": {\"body\": \"示例镇人民政府\"}}",
	    &b, R_IMP_OMITTED, &n), 0);
	STR_EQ(b.ptr, OUT_HEAD
	    "inherit:\n"
	    "  levels: [township]\n"
	    "  set:\n"
	    "    body: 示例镇人民政府\n");
	INT_EQ(n, 0);
	buf_release(&b);
}

/* A changed field, a new item, a county item taken back, one left out
 * with a reason and one without. */
static void
test_edits(void)
{
	struct buf	 b = BUF_INIT;
	size_t		 n;

	INT_EQ(run(HEAD
	    POLICY
	    LAWS("示例县民政局", "信息形成之日起10个工作日内")
	    "      - id: policy.county\n"
	    "        name: 县级规划\n"
	    "        content: 县级社会救助规划\n"
	    "        deadline: 长期公开\n"
	    "        body: 示例县民政局\n"
	    "        channels: [website, notice-board]\n"
	    "        audience: public\n"
	    "        mode: proactive\n"
	    "        levels: [county]\n"
	    LOCAL,
	    NULL, &b, R_IMP_OMITTED, &n), 0);
	STR_EQ(b.ptr, OUT_HEAD
	    "categories:\n"
	    "  - id: policy\n"
	    "    items:\n"
	    "      - id: policy.laws\n"
	    "        deadline: 信息形成之日起10个工作日内\n"
	    "      - id: policy.county\n"
	    "        channels: [website, notice-board]\n"
	    LOCAL
	    "omit:\n"
	    "  - id: dibao.guide\n"
	    "    reason: （导入的表格中没有此项，未涉及原因待填写）\n");
	INT_EQ(n, 1);
	buf_reset(&b);

	/* The reason 未涉及事项 gives is the omission's. */
	INT_EQ(run(HEAD
	    POLICY
	    LAWS("示例县民政局", "信息形成或者变更之日起20个工作日内")
	    "not-applicable:\n"
	    "  - id: dibao.guide\n"
	    "    name: 办事指南\n"
	    "    reason: 本镇不办理\n",
	    NULL, &b, R_IMP_OMITTED, &n), 0);
	STR_EQ(b.ptr, OUT_HEAD
	    "omit:\n"
	    "  - id: dibao.guide\n"
	    "    reason: 本镇不办理\n");
	INT_EQ(n, 0);
	buf_release(&b);
}

/* What an overlay cannot say is refused; a base not found is trouble. */
static void
test_refused(void)
{
	struct buf	 b = BUF_INIT;
	size_t		 n;

	/* dibao.guide with no audience: an overlay cannot empty it. */
	INT_EQ(run(HEAD
	    POLICY
	    LAWS("示例县民政局", "信息形成或者变更之日起20个工作日内")
	    "  - id: dibao\n"
	    "    name: 最低生活保障\n"
	    "    items:\n"
	    GUIDE("示例县民政局", ""),
	    NULL, &b, R_IMP_OVERLAY, &n), -1);
	INT_EQ(n, 1);
	INT_EQ(b.len, 0);

	/* An item moved to another category. */
	INT_EQ(run(HEAD
	    POLICY
	    LAWS("示例县民政局", "信息形成或者变更之日起20个工作日内")
	    GUIDE("示例县民政局", PUBLIC),
	    NULL, &b, R_IMP_OVERLAY, &n), -1);
	OK(n >= 1);
	INT_EQ(b.len, 0);
	buf_release(&b);
}

static void
test_no_base(void)
{
	struct rebase	 r;
	struct diag	 dg;
	struct doc	 t;
	struct buf	 b = BUF_INIT;
	const char	*y = HEAD;
	char		*path;

	path = xasprintf("%s/town.yaml", dir);
	diag_init(&dg, DIAG_TEXT, SEV_NOTE);
	dg.quiet = 1;
	memset(&r, 0, sizeof(r));
	r.path = path;
	r.extends = "missing.yaml";
	r.where = "edited.xlsx";
	INT_EQ(doc_load_mem(&t, path, y, strlen(y), &lim, &dg), 0);
	INT_EQ(rebase(&b, &t, &r, &sch, &lim, &dg), -2);
	INT_EQ(dg.n, 1);
	if (dg.n == 1) {
		INT_EQ(dg.v[0].rule, R_EXTENDS);
		STR_EQ(dg.v[0].file, "edited.xlsx");
	}
	INT_EQ(b.len, 0);
	doc_release(&t);
	diag_finish(&dg, "", "");
	buf_release(&b);
	free(path);
}

int
main(void)
{
	const char	*t;
	char		*p;
	FILE		*f;

	t = getenv("TMPDIR");
	dir = xasprintf("%s/gkml-test-rebase.XXXXXX", t && *t ? t : "/tmp");
	if (mkdtemp(dir) == NULL) {
		perror(dir);
		return 2;
	}
	limits_default(&lim);
	if (schema_load(&sch, ".") != 0)
		return 2;
	p = xasprintf("%s/county.yaml", dir);
	if ((f = fopen(p, "w")) == NULL || fputs(county, f) == EOF ||
	    fclose(f) != 0) {
		perror(p);
		return 2;
	}
	test_untouched();
	test_edits();
	test_refused();
	test_no_base();
	schema_release(&sch);
	OK(unlink(p) == 0);
	OK(rmdir(dir) == 0);
	free(p);
	free(dir);
	return harness_done("test_rebase");
}
