# Three-way merges of three.base.yaml, one case each: changes on both
# sides that combine, the same change made twice, a conflict, an item
# modified on one side and removed on the other, and items moved to
# another category.  The result is shown as a diff against the base.
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
# Move item $1 to the end of category $2's items, into file $3.
move() { python3 - "$1" "$2" "$b" >"$3" <<'PY'
import re, sys
item, to, path = sys.argv[1:4]
lines = open(path, encoding="utf-8").read().split("\n")
start = lines.index("      - id: " + item)
end = start + 1
while not re.match(r"      - id: |  - id: |[a-z]", lines[end]):
    end += 1
block = lines[start:end]
del lines[start:end]
at = lines.index("  - id: " + to) + 1
while not re.match(r"  - id: |[a-z]", lines[at]):
    at += 1
lines[at:at] = block
sys.stdout.write("\n".join(lines))
PY
}
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
move temporary.results jiuzai theirs7
merge "moved in theirs, changed in ours: moved, with the change" ours1 theirs7
move temporary.results medical ours8
merge "moved in ours, changed in theirs: where ours put it, with the change" ours8 ours1
merge "moved to different categories: a conflict" ours8 theirs7
