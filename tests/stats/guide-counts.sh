# Services counted by 办件类型 and 跑动承诺, per jurisdiction and level,
# as county reports count them by hand.  The tree (guide-tree/):
#   county/civil-guide.yaml    civil.1 immediate at-most-once  [county, township]
#                              civil.2 promised  at-most-once  [county, township]
#                              civil.3 promised  zero          [county, township]
#                              civil.4 joint     -             county
#   county/health-guide.yaml   health.1 immediate remote
#                              health.2 reported  -
#   chengguan/civil-guide.yaml an overlay on the county's: civil.1-3 (the
#                              items that reach townships) and its own
#                              civil.5 promised at-most-once (updated 2025)
#   chengguan/civil-guide-2024.yaml  the same id, updated 2024: not counted
#   xihe/civil-guide.yaml      civil.1 immediate zero
#   chengguan/dongjie/civil-guide.yaml  civil.1 promised -
# Counted by hand:
#   示例县 county: 2 guides, 6 services; immediate 2, promised 2, joint 1,
#     reported 1; at-most-once 2, zero 1, remote 1
#   城关镇 township: 4 services; immediate 1, promised 3; at-most-once 3,
#     zero 1
#   西河乡 township: 1 service; immediate 1; zero 1
#   东街社区 village: 1 service; promised 1
#   township level: 2 jurisdictions, 5 services; immediate 2, promised 3;
#     at-most-once 3, zero 2
gkml-stats guide-tree >"${TMPDIR:-/tmp}/guide-counts.$$"
echo "rc=$?"
cat "${TMPDIR:-/tmp}/guide-counts.$$"
echo "== the hand count"
grep -F -x -f - "${TMPDIR:-/tmp}/guide-counts.$$" <<'HAND' | wc -l
示例县 (county): 2 guides, 6 services; immediate 2, promised 2, joint 1, reported 1; at-most-once 2, zero 1, remote 1
  示例县城关镇 (township): 1 guides, 4 services; immediate 1, promised 3, joint 0, reported 0; at-most-once 3, zero 1, remote 0
  示例县西河乡 (township): 1 guides, 1 services; immediate 1, promised 0, joint 0, reported 0; at-most-once 0, zero 1, remote 0
    示例县城关镇东街社区 (village): 1 guides, 1 services; immediate 0, promised 1, joint 0, reported 0; at-most-once 0, zero 0, remote 0
county level: 1 jurisdictions, 6 services; immediate 2, promised 2, joint 1, reported 1; at-most-once 2, zero 1, remote 1
township level: 2 jurisdictions, 5 services; immediate 2, promised 3, joint 0, reported 0; at-most-once 3, zero 2, remote 0
village level: 1 jurisdictions, 1 services; immediate 0, promised 1, joint 0, reported 0; at-most-once 0, zero 0, remote 0
HAND
rm -f "${TMPDIR:-/tmp}/guide-counts.$$"
echo "== JSON"
gkml-stats -T json guide-tree | sed -n '/"services"/,$p'
