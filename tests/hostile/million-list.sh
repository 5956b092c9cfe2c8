# A flow list of 1,000,000 elements: with a low node limit it stops at
# the limit; with the defaults it loads in linear time.
. ./hostile.lib
{
	catalog
	printf 'x-list: ['
	awk 'BEGIN { for (i = 0; i < 1000000; i++) printf "%d, ", i; print "0]" }'
} >list.yaml
limits nodes=100000
run gkml-validate list.yaml
run gkml-fmt list.yaml
limits
run gkml-validate list.yaml
