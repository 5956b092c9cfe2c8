# Comments survive merging: those of every layer follow the values they
# stand beside into the resolved catalog; the header is the top layer's.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-test.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' INT TERM HUP
gkml-merge comments-town.inc.yaml
echo "rc=$?"
gkml-merge comments-town.inc.yaml >"$tmp/out.yaml"
(cd "$tmp" && gkml-fmt --check out.yaml) && echo canonical
