# 10,000 nested flow lists, [[[[...]]]]: the depth limit stops the
# parse at once; nothing recurses 10,000 deep.
. ./hostile.lib
{
	catalog
	printf 'x-deep: '
	awk 'BEGIN { for (i = 0; i < 10000; i++) printf "["
	    for (i = 0; i < 10000; i++) printf "]"; print "" }'
} >deep.yaml
run gkml-validate deep.yaml
run gkml-fmt deep.yaml
# Unclosed: 10,000 openings and nothing else.
awk 'BEGIN { printf "gkml: 1\nx-deep: "
    for (i = 0; i < 10000; i++) printf "{a: "; print "" }' >open.yaml
run gkml-validate open.yaml
