# Billion laughs: ten levels of anchors, each nine aliases of the one
# before, would expand to 9^10 nodes.  The alias limit stops it.
. ./hostile.lib
{
	catalog
	echo 'x-a: &a ["哈", "哈", "哈", "哈", "哈", "哈", "哈", "哈", "哈"]'
	p=a
	for l in b c d e f g h i j; do
		echo "x-$l: &$l [*$p, *$p, *$p, *$p, *$p, *$p, *$p, *$p, *$p]"
		p=$l
	done
} >laughs.yaml
run gkml-validate laughs.yaml
run gkml-fmt laughs.yaml
# Within the limit, the aliases are reported, and fmt writes them out.
catalog >few.yaml
echo 'x-a: &a [哈, 哈]' >>few.yaml
echo 'x-b: [*a, *a]' >>few.yaml
run gkml-validate -W warning few.yaml
limit "$T" ${GKML_WRAP:-} gkml-fmt few.yaml | tail -3
