# Three-way merges of three.base.yaml, one case each: changes on both
# sides that combine, the same change made twice, a conflict, and an
# item modified on one side and removed on the other.  The result is
# shown as a diff against the base.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-three.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM
cp three.base.yaml "$tmp/base.yaml" && cd "$tmp" || exit 2
b=base.yaml
edit() { sed "$1" "$b" >"$2"; }
# The ids of one item, removed with its whole block of lines.
drop() { awk -v id="$1" '
	$0 ~ "^      - id: " id "$" { skip = 1; next }
	skip && /^      - id: |^  - id: |^[a-z]/ { skip = 0 }
	!skip' "$b" >"$2"; }
merge() {
	echo "== $1"
	gkml-merge -3 -o out.yaml "$b" "$2" "$3"
	echo "rc=$?"
	[ -f out.yaml ] && gkml-diff "$b" out.yaml | sed 1,2d
	rm -f out.yaml
}

edit 's/信息形成之日起10个工作日内/信息形成之日起15个工作日内/' ours1
edit 's/name: 医疗救助结果$/name: 医疗救助结果公示/' theirs1
merge "independent changes combine" ours1 theirs1

edit 's/name: 医疗救助结果$/name: 医疗救助结果公示/' ours2
merge "the same change on both sides is taken once" ours2 ours2

edit '/- id: policy.local/,/channels:/s/channels: \[website, notice-board\]/channels: [website, notice-board, hotline]/' ours3
edit '/- id: policy.local/,/channels:/s/channels: \[website, notice-board\]/channels: [notice-board, push]/' theirs3
merge "channels merge as a set" ours3 theirs3

edit 's/信息形成之日起10个工作日内/信息形成之日起5个工作日内/' ours4
edit 's/信息形成之日起10个工作日内/信息形成之日起30个工作日内/' theirs4
merge "the same field changed differently: a conflict" ours4 theirs4

drop medical.results theirs5
merge "modified in ours, removed in theirs: a conflict" theirs1 theirs5
drop medical.results ours6
merge "removed in ours, unchanged in theirs: removed" ours6 ours1
