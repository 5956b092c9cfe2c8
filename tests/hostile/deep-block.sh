# 10,000 nested block mappings, each indented one space more than the
# last (some 50 MB), and 10,000 nested block lists on one line.
. ./hostile.lib
awk 'BEGIN { print "gkml: 1"; s = ""
    for (i = 0; i < 10000; i++) { printf "%sk%d:\n", s, i; s = s " " }
    printf "%s深\n", s }' >deep.yaml
run gkml-validate deep.yaml
run gkml-fmt deep.yaml
{
	catalog
	printf 'x-deep:\n  '
	awk 'BEGIN { for (i = 0; i < 10000; i++) printf "- "; print "深" }'
} >dashes.yaml
run gkml-validate dashes.yaml
