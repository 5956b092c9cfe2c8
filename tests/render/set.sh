# Files with one catalog id (../validate/set.d): with the same 'version'
# and 'updated', which to publish is not known: an error at each, and
# nothing rendered (exit 2), -O force or not.  Of versions, the newest
# is published and each file is told which (notes).
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-set.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
gkml-render -T xml -o "$tmp/same.xml" ../validate/set.d/same
echo "same: rc=$?"
gkml-render -T xml -O force -o "$tmp/same.xml" ../validate/set.d/same
echo "same, -O force: rc=$?"
ls "$tmp"
gkml-render -T xml -o "$tmp/versions.xml" ../validate/set.d/versions
echo "versions: rc=$?"
grep -o '<version>[^<]*</version>' "$tmp/versions.xml"
