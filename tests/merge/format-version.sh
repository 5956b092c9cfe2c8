# A catalog in a format version this program does not read cannot be
# merged, compared, counted or rendered: GK025 at its 'gkml' and exit 2,
# with nothing written, whether it is the file named, a base it
# extends, or one side of a three-way merge.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-version.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM
sed 's/^gkml: 1$/gkml: one/' county.base.yaml >"$tmp/one.yaml"
sed 's/^gkml: 1$/gkml: 2/' county.base.yaml >"$tmp/two.yaml"
sed 's/^gkml: 1$/gkml: [1]/' county.base.yaml >"$tmp/list.yaml"
sed 's/^  extends: county.base.yaml$/  extends: two.yaml/' \
    gk065-omit.yaml >"$tmp/overlay.yaml"
cp county.base.yaml "$tmp/ok.yaml"
cd "$tmp" || exit 2
gkml-merge one.yaml
echo "merge, gkml: one: rc=$?"
gkml-merge list.yaml
echo "merge, gkml: [1]: rc=$?"
gkml-merge overlay.yaml
echo "merge, base in gkml: 2: rc=$?"
gkml-merge -3 ok.yaml ok.yaml two.yaml
echo "merge -3, theirs in gkml: 2: rc=$?"
gkml-diff ok.yaml two.yaml
echo "diff: rc=$?"
gkml-stats two.yaml
echo "stats: rc=$?"
gkml-render -T xml -O force -o out.xml two.yaml
echo "render -O force: rc=$?"
ls
