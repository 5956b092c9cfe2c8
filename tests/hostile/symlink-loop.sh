# A catalog tree with symbolic links back to its parent (a "shared ->
# .." link made for convenience).  Wanted: the walk notices the loop,
# checks each file once, and ends at once; two such links must not make
# it walk 2^32 paths.
. ./hostile.lib
mkdir -p one/a two/a
catalog | sed 's/notice-board\]/notice_board]/' >one/a/x.yaml
cp one/a/x.yaml two/a/x.yaml
ln -s .. one/a/up
ln -s .. two/a/up1
ln -s .. two/a/up2
for d in one two; do
	limit "$T" ${GKML_WRAP:-} gkml-validate $d >/dev/null 2>.err
	rc=$?
	if [ $rc = 124 ]; then echo "$d: timed out"; else echo "$d: finished"; fi
	echo "$d: findings for x.yaml: $(grep -c notice_board .err)"
done
