# DEL (U+007F) and the C1 controls U+0080..U+009F (an en dash from
# Windows-1252 decoded as Latin-1 comes out as U+0096): libyaml refuses
# them, so they are found before it as the other control characters
# are.  Wanted: GK005 at each character's line and column, not a
# position-less syntax error at 1:1.  The wording is free.
. ./hostile.lib
catalog | sed 's/^        name: 控辍保学/        name: 控辍\x7f保学/' >del.yaml
catalog | sed 's/^        content: 辖区内/        content: 2023\xc2\x962024学年辖区内/' >c1.yaml
for f in del.yaml c1.yaml; do
	limit "$T" ${GKML_WRAP:-} gkml-validate $f 2>.err
	rc=$?
	sed -n 's/^\([^:]*:[0-9]*:[0-9]*\): .*\[\(GK[0-9]*\) .*/\1 \2/p' .err
	echo "rc=$rc"
done
