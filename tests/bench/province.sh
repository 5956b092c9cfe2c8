#!/bin/sh
#
# province.sh GENCAT DIR [COUNTIES [TOWNSHIPS]]: write a generated
# province into DIR for benchmarks: COUNTIES counties (100), each with
# ten county catalogs of 50 items (gencat's, under the county's own ids
# and names) and TOWNSHIPS townships (20), each with an overlay on every
# one of the ten: its level's items, its own body, and a category of
# five items of its own.  100 x 20 gives 21,000 files.  The same
# arguments write the same bytes.

set -eu
LC_ALL=C
export LC_ALL

if [ $# -lt 2 ]; then
	echo "usage: sh tests/bench/province.sh gencat dir [counties [townships]]" >&2
	exit 2
fi
gencat=$1 dir=$2 counties=${3:-100} townships=${4:-20}
mkdir -p "$dir"
"$gencat" 50 >"$dir/.county.yaml"
awk -v dir="$dir" -v nk="$counties" -v nt="$townships" '
BEGIN {
	split("social-assistance employment elderly-care disaster-relief " \
	    "public-culture health compulsory-education agri-subsidies " \
	    "environment work-safety", area, " ")
	split("社会救助 就业 养老服务 救灾 公共文化服务 卫生健康 义务教育 " \
	    "涉农补贴 生态环境 安全生产", label, " ")
	na = 10
}
{ county[++nl] = $0 }
END {
	for (k = 0; k < nk; k++) {
		ck = sprintf("k%02d", k)
		jur = sprintf("基准县%02d", k)
		system("mkdir -p " dir "/" ck "/county")
		for (a = 1; a <= na; a++) {
			f = sprintf("%s/%s/county/%s.yaml", dir, ck, area[a])
			for (l = 1; l <= nl; l++) {
				s = county[l]
				if (s == "  id: bench/generated")
					s = "  id: bench/" ck "/" area[a]
				else if (s ~ /^  title: /)
					s = "  title: " jur label[a] "领域基层政务公开标准目录"
				else if (s ~ /^  area: /)
					s = "  area: " area[a]
				else if (s ~ /^  jurisdiction: /)
					s = "  jurisdiction: " jur
				print s > f
			}
			close(f)
		}
		for (t = 0; t < nt; t++) {
			ct = sprintf("t%02d", t)
			town = sprintf("%s第%02d镇", jur, t)
			system("mkdir -p " dir "/" ck "/" ct)
			for (a = 1; a <= na; a++) {
				f = sprintf("%s/%s/%s/%s.yaml", dir, ck, ct, area[a])
				print "gkml: 1\ncatalog:" > f
				printf "  id: bench/%s/%s/%s\n", ck, ct, area[a] > f
				printf "  title: %s%s领域基层政务公开标准目录\n", \
				    town, label[a] > f
				printf "  area: %s\n  level: township\n", area[a] > f
				printf "  jurisdiction: %s\n", town > f
				printf "  publisher: %s人民政府\n", town > f
				printf "  version: \"2024\"\n  updated: 2024-06-05\n" > f
				printf "  extends: ../county/%s.yaml\n", area[a] > f
				printf "inherit:\n  levels: [township]\n" > f
				printf "  set:\n    body: %s人民政府\n", town > f
				printf "categories:\n  - id: local\n" > f
				printf "    name: %s本级事项\n    items:\n", town > f
				for (i = 1; i <= 5; i++) {
					printf "      - id: local.i%d\n", i > f
					printf "        name: %s本级%s信息%d\n", \
					    town, label[a], i > f
					printf "        content: %s本级%s事项的办理情况\n", \
					    town, label[a] > f
					printf "        basis: [《中华人民共和国政府信息公开条例》]\n" > f
					printf "        deadline: 信息形成或者变更之日起20个工作日内\n" > f
					printf "        body: %s人民政府\n", town > f
					printf "        channels: [notice-board, website]\n" > f
					printf "        audience: public\n        mode: proactive\n" > f
					printf "        levels: [township]\n" > f
				}
				close(f)
			}
		}
	}
}' "$dir/.county.yaml"
rm -f "$dir/.county.yaml"
