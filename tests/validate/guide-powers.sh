# Power lists (权责清单) across the files of a run.  guide-powers.d holds
# a county power list and the county's and a township's catalogs with
# exactly three planted problems: a cited code no power list has
# (social-assistance.yaml, '009'), a township item citing a power the
# county alone exercises (chengguan/, '003'), and a 行政许可 power no
# disclosure item cites ('002', the 双公示 gap).
cd guide-powers.d || exit 2
echo "== three problems"
gkml-validate powers.yaml social-assistance.yaml chengguan/social-assistance.yaml
echo "exit $?"
echo "== a power list alone: nothing to check it against"
gkml-validate powers.yaml; echo "exit $?"
echo "== cited-by: catalog and guide items must cite a power"
gkml-validate required/powers.yaml required/social-assistance.yaml \
    required/guide.yaml 2>&1 | grep -E 'GK17[6-9]'
echo "== diff of two versions: powers added, removed, changed by id"
gkml-diff powers.yaml powers-2025.yaml; echo "exit $?"
