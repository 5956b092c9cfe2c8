# -o writes the resolved catalog to a temporary file beside OUT and
# renames it into place: nothing on standard output, no temporary file
# left, and on an error OUT is neither created nor touched.
umask 022
t=$(mktemp -d "${TMPDIR:-/tmp}/gkml-merge.XXXXXX") || exit 1
trap 'rm -rf "$t"' EXIT
gkml-merge -o "$t/dongcun.yaml" chain.yaml
echo "-o: rc=$?"
gkml-merge chain.yaml | cmp - "$t/dongcun.yaml" && echo "dongcun.yaml: the resolved catalog"
# A new file gets the mode any new file gets (0666 less the umask).
stat -c 'dongcun.yaml: mode %a' "$t/dongcun.yaml"
ls -A "$t"
# Over an existing file: replaced by rename, never rewritten in place,
# and its mode kept.
echo "old contents" >"$t/dongcun.yaml"
chmod 640 "$t/dongcun.yaml"
ln "$t/dongcun.yaml" "$t/link.yaml"
gkml-merge -o "$t/dongcun.yaml" omit.yaml
echo "-o over an existing file: rc=$?"
gkml-merge omit.yaml | cmp - "$t/dongcun.yaml" && echo "dongcun.yaml: replaced"
stat -c 'dongcun.yaml: mode %a' "$t/dongcun.yaml"
cat "$t/link.yaml"
rm "$t/link.yaml"
# An error: no file created, an existing one left as it was.
gkml-merge -o "$t/new.yaml" gk064-omit-reason.yaml 2>/dev/null
echo "error, new file: rc=$?"
gkml-merge -o "$t/dongcun.yaml" gk064-omit-reason.yaml 2>/dev/null
echo "error, existing file: rc=$?"
gkml-merge omit.yaml | cmp - "$t/dongcun.yaml" && echo "dongcun.yaml: untouched"
ls -A "$t"
# A directory that does not exist is trouble, reported under OUT's name.
gkml-merge -o "$t/no-such-dir/out.yaml" omit.yaml 2>"$t/err"
echo "no such directory: rc=$?"
sed "s|$t|\$t|g" "$t/err" >&2
