# A quoted string that is never closed.  Wanted: the finding where the
# string starts (line 11, column 11), not at the end of the file, where
# an editor would jump to the wrong place.  The wording is free: print
# the position and the rule of each finding.
. ./hostile.lib
catalog | sed 's/^    name: 政策文件/    name: "政策文件/' >dq.yaml
catalog | sed "s/^    name: 政策文件/    name: '政策文件/" >sq.yaml
for f in dq.yaml sq.yaml; do
	limit "$T" ${GKML_WRAP:-} gkml-validate $f 2>.err
	rc=$?
	sed -n 's/^\([^:]*:[0-9]*:[0-9]*\): .*\[\(GK[0-9]*\) .*/\1 \2/p' .err
	echo "rc=$rc"
done
# fmt leaves it alone.
cp dq.yaml before.yaml
limit "$T" ${GKML_WRAP:-} gkml-fmt -w dq.yaml 2>/dev/null
echo "fmt -w: rc=$?"
cmp before.yaml dq.yaml && echo "dq.yaml: byte-identical"
