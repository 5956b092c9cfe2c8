# The iconv command that GK003 shows must work when pasted into a
# shell: also for a file name with a space in it, as officers name
# files ("石羊镇 目录.yaml"), and for standard input, where there is no
# file called <stdin> to convert.
. ./hostile.lib
mkdir in
catalog | iconv -f UTF-8 -t GB18030 >'in/石羊镇 目录.yaml'
cd in
limit "$T" ${GKML_WRAP:-} gkml-validate '石羊镇 目录.yaml' 2>../.err
echo "rc=$?"
cmd=$(sed -n 's/.*convert it with: \(.*\) \[GK003 .*/\1/p' ../.err)
sh -c "$cmd" 2>/dev/null
echo "the command shown: rc=$?"
echo "files made: $(ls | grep -c -v -x -F '石羊镇 目录.yaml')"
for f in *; do
	[ "$f" = '石羊镇 目录.yaml' ] && continue
	limit "$T" gkml-validate "$f"
	echo "the converted catalog: rc=$?"
done
cd ..
limit "$T" ${GKML_WRAP:-} gkml-validate - <'in/石羊镇 目录.yaml' 2>.err
echo "stdin: rc=$?"
grep -q 'iconv.*<stdin>' .err && echo "stdin: the command names a file <stdin>"
grep -q 'iconv' .err && echo "stdin: shows iconv"
