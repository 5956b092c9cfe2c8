# An overlay on standard input is resolved as a file is, its extends
# taken from the current directory, in every command that resolves
# overlays; findings name it <stdin>.  gk065-omit.yaml omits an id its
# base does not have: the resolving shows it.
for c in validate merge diff stats; do
	case $c in
	diff)	set -- gkml-diff - omit.yaml ;;
	*)	set -- gkml-$c - ;;
	esac
	"$@" <gk065-omit.yaml >/dev/null
	echo "$c: rc=$?"
done
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-stdin.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM
gkml-render -T xml -o "$tmp/out" - <gk065-omit.yaml
echo "render: rc=$?"
# The overlay that resolves: the same catalog as from the file.
gkml-merge - <omit.yaml >"$tmp/stdin.yaml"
gkml-merge omit.yaml | cmp -s - "$tmp/stdin.yaml" && echo "merge: the same"
# From another directory, extends is taken from there: no such file.
(cd .. && gkml-validate - <merge/omit.yaml)
echo "validate elsewhere: rc=$?"
