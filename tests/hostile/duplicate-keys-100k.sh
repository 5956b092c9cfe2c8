# A mapping of 100,000 keys with two duplicates: found in linear time.
. ./hostile.lib
{
	catalog
	echo 'x-map:'
	awk 'BEGIN { for (i = 0; i < 100000; i++) printf "  k%d: 值%d\n", i, i
	    print "  k5: 重复"; print "  k99999: 又重复" }'
} >wide.yaml
run gkml-validate wide.yaml
run gkml-fmt wide.yaml
# 100,000 items under one category, one id repeated.
{
	catalog
	awk 'BEGIN { for (i = 0; i < 100000; i++) printf "      - {id: policy.i%d, name: 事项%d}\n", i, i
	    print "      - {id: policy.i77, name: 重复}" }'
} >items.yaml
run gkml-validate items.yaml
