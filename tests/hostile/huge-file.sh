# A 100 MB catalog of 200,000 valid-looking items, with the file size
# limit set lower: refused before it is parsed, from a file and from
# standard input.
. ./hostile.lib
catalog >big.yaml
awk 'BEGIN { for (i = 0; i < 200000; i++) {
	printf "      - id: policy.i%06d\n", i
	printf "        name: 第%d项控辍保学工作情况公开事项\n", i
	print "        content: 辖区内控辍保学工作机制、劝返复学措施及实施情况,劝返复学学生名单及跟踪帮扶情况,适龄儿童少年入学情况"
	print "        basis: 《中华人民共和国义务教育法》"
	print "        deadline: 信息形成或者变更之日起20个工作日内"
	print "        body: 石羊镇人民政府"
	print "        channels: [website, notice-board]"
	print "        audience: public"
	print "        mode: proactive"
	print "        levels: [county, township]" } }' >>big.yaml
[ "$(wc -c <big.yaml)" -gt 100000000 ] && echo "big.yaml: over 100 MB"
limits bytes=64M
run gkml-validate big.yaml
run gkml-validate - <big.yaml
run gkml-fmt big.yaml
limits
