# A three-way merge of an overlay: ours changes inherit.set and an
# omission's reason, theirs adds an omission, an x- key at the top and
# a category that only renames.  Each change is kept, and what neither
# side touched is there as it was.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-three-ov.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM
b=$tmp/base.yaml
cat >"$b" <<'YAML'
gkml: 1
catalog:
  id: t/town/elderly-care
  level: township
  extends: ../county/elderly-care.yaml
inherit:
  levels: [township]
  set:
    body: 清水镇人民政府
categories:
  - id: subsidies
    items:
      - id: subsidies.recipients
        notes: 按季度公示。
omit:
  - id: institutions.community
    reason: 本镇无此项工作
YAML
sed 's/body: 清水镇人民政府/body: 清水镇民政办/; s/reason: 本镇无此项工作/reason: 镇内尚未建成设施/' \
    "$b" >"$tmp/ours.yaml"
{ cat "$b"; printf '  - id: x.y\n    reason: 无\nx-source: 台账\n'; } |
    sed 's/^categories:$/categories:\n  - id: policy\n    name: 政策\n    x-note: 仅改名/' \
    >"$tmp/theirs.yaml"
gkml-merge -3 "$b" "$tmp/ours.yaml" "$tmp/theirs.yaml"
echo "rc=$?"
