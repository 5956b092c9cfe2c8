#!/bin/sh
#
# bench.sh BUILD_DIR: measure gkml against its performance targets.
# Called by "make bench".
#
# The yardstick is the floor: libyaml's own event parse of the same
# bytes (bench-floor), timed in the same run on the same machine, so the
# ratios mean the same on a laptop and on a CI runner.  The big input is
# a generated county catalog of 200,000 items (about 110 MB); the
# outputs are also made of one of 20,000 items, and the exponent of the
# growth from one to the other is printed (1.00 is linear).  Targets:
#
#	gkml-validate			<= 1.10 x the floor; memory <= 2 x
#					the input; one item < 5 ms
#	gkml-diff (1% changed)		<= 1.50 x the floor of both files
#	gkml-merge (overlay)		<= 2.00 x the floor
#	gkml-merge -3			<= 3.00 x the floor of all three
#	gkml-render -T html		<= 3.00 x the floor; one item <= 10 ms
#	gkml-render -T xml, board,	<= 3.00 x the floor, exponent <= 1.10,
#	docx, xlsx			memory <= 3 x the input
#	gkml-import of the workbook	exponent <= 1.10, memory <= 4 x the
#					catalog it holds; and it comes back
#					the same (gkml-diff exits 0)
#	a province (21,000 files)	validate -j and render -j with memory
#					<= 256 MB; the site made again after
#					one township's file changed < 1 s
#	gkml-audit, import of hostile	linear (see below)
#
# Each line notes the load average when it was measured: on a busy
# machine the ratios are less telling.  Each large measurement is the
# best of a few runs (runstat); the one-item times the best of 200.  A
# target that is not met prints FAIL on its line, but the script exits
# 0: benchmarks inform, they do not fail the build.  It exits 2 only on
# bad usage or a missing program; a measurement that cannot be taken
# prints "not measured".

set -u
LC_ALL=C
export LC_ALL

if [ $# -ne 1 ]; then
	echo "usage: sh tests/bench/bench.sh build-dir" >&2
	exit 2
fi
B=$1
for prog in gencat runstat bench-floor gkml-validate; do
	if [ ! -x "$B/$prog" ]; then
		echo "bench.sh: $B/$prog: not found or not executable" >&2
		exit 2
	fi
done

T=${TMPDIR:-/tmp}
case $T in *[!A-Za-z0-9/._-]*)
	echo "bench.sh: TMPDIR=$T: use a path of letters, digits and / . _ -" >&2
	exit 2
esac
# GKML_BENCH_ITEMS sets another size, to try the script quickly.
ITEMS=${GKML_BENCH_ITEMS:-200000}
MID=$((ITEMS / 10))
big=$T/bench-$ITEMS.yaml
mid=$T/bench-$MID.yaml
small=$T/bench-1.yaml
new=$T/bench-$ITEMS-new.yaml

# gen N FILE: gencat's N-item catalog in FILE, reused if it has the
# size gencat would give it now (checked through a pipe, which costs no
# disk write).
gen() {
	want=$("$B/gencat" "$1" | wc -c | tr -d ' ')
	have=0
	[ -f "$2" ] && have=$(wc -c < "$2" | tr -d ' ')
	[ "$want" -eq "$have" ] && return 0
	"$B/gencat" "$1" > "$2.tmp" && mv "$2.tmp" "$2" || {
		rm -f "$2.tmp"
		echo "bench.sh: cannot write $2" >&2
		exit 2
	}
}
gen $ITEMS "$big"
gen $MID "$mid"
"$B/gencat" 1 > "$small" || exit 2

size() { wc -c < "$1" | tr -d ' '; }
bytes=$(size "$big")
mbytes=$(size "$mid")
load() { cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo '?'; }
awk -v n=$ITEMS -v b="$bytes" -v l="$(load)" \
    'BEGIN { printf "input: %d items, %.1f MB (load %s)\n", n, b / 1e6, l }'

# measure RUNS PROG ARGS...: prints "seconds rss-KiB status", or
# nothing when the program could not be run.
measure() {
	runs=$1
	shift
	"$B/runstat" -n "$runs" -q -- "$@" || true
}

# verdict LABEL SECONDS RSS STATUS WANT FLOOR TARGET [MEMBYTES MEMTARGET]:
# one line: the time, its ratio to FLOOR against TARGET ("-": none), the memory
# (against MEMTARGET times MEMBYTES when given), the load now.  FAIL
# when a target is missed or the status is not WANT.
verdict() {
	awk -v l="$1" -v t="$2" -v rss="$3" -v st="$4" -v want="$5" \
	    -v f="$6" -v tg="$7" -v mb="${8:-0}" -v mt="${9:-0}" \
	    -v load="$(load)" '
	BEGIN {
		fail = ""
		if (st != want)
			fail = sprintf(" (exit status %d)", st)
		r = f > 0 ? t / f : 0
		if (tg != "-" && (r <= 0 || r > tg + 0))
			fail = fail " (time)"
		ts = tg == "-" ? "" : sprintf(" (target <= %.2f)", tg)
		mem = rss * 1024
		ms = sprintf("%.0f MB", mem / 1e6)
		if (mb > 0) {
			ms = sprintf("%s = %.2f x input (target <= %.2f)", ms,
			    mem / mb, mt)
			if (mem / mb > mt)
				fail = fail " (memory)"
		}
		printf "%-26s %8.3f s  ratio %5.2f%s  %s  load %s%s\n", \
		    l ":", t, r, ts, ms, load, fail == "" ? "" : "  FAIL" fail
	}'
}

set -- $(measure 5 "$B/bench-floor" "$big")
if [ $# -eq 3 ]; then
	floor=$1
	# A floor that did not exit 0 did not parse the whole file, so
	# no ratio against it means anything.
	awk -v t="$1" -v st="$3" -v l="$(load)" 'BEGIN {
		fail = st == 0 ? "" : sprintf("  FAIL (exit status %d)", st)
		printf "%-26s %8.3f s  load %s%s\n", "libyaml floor:", t, l, fail
	}'
else
	floor=0
	echo "libyaml floor:             not measured"
fi

set -- $(measure 5 "$B/gkml-validate" -q "$big")
if [ $# -eq 3 ]; then
	verdict gkml-validate "$1" "$2" "$3" 0 "$floor" 1.10 "$bytes" 2.00
else
	echo "gkml-validate:             not measured"
fi

# once LABEL TARGET-MS PROG ARGS...: the best of 200 runs of a command
# on the one-item catalog.
once() {
	l=$1 tg=$2
	shift 2
	set -- $(measure 200 "$@")
	if [ $# -eq 3 ]; then
		awk -v l="$l" -v t="$1" -v st="$3" -v tg="$tg" -v load="$(load)" '
		BEGIN {
			ms = t * 1000
			bad = st == 0 ? "" : sprintf(" (exit status %d)", st)
			fail = ms <= tg && st == 0 ? "" : "  FAIL" bad
			printf "%-26s %8.1f ms (target <= %d ms; best of 200)  load %s%s\n", \
			    l ":", ms, tg, load, fail
		}'
	else
		echo "$l: not measured"
	fi
}
once "one-item validate" 5 "$B/gkml-validate" -q "$small"
if [ -x "$B/gkml-render" ]; then
	once "one-item render -T html" 10 "$B/gkml-render" -T html \
	    -o "$T/bench-one" "$small"
	rm -rf "$T/bench-one"
fi

# gkml-diff: the same catalog against a version with 1% of its items
# changed (modified, added, removed, moved, renamed); the floor is
# libyaml parsing both files.  Exit status 1 means "they differ".
if [ -x "$B/gkml-diff" ]; then
	"$B/gencat" -c 1 $ITEMS > "$new.tmp" && mv "$new.tmp" "$new" || exit 2
	set -- $(measure 5 "$B/bench-floor" "$new")
	floor2=${1:-0}
	set -- $(measure 5 "$B/gkml-diff" "$big" "$new")
	if [ $# -eq 3 ]; then
		verdict "gkml-diff (1% changed)" "$1" "$2" "$3" 1 \
		    "$(echo "$floor $floor2" | awk '{ print $1 + $2 }')" 1.50
	else
		echo "gkml-diff:                 not measured"
	fi
fi
# gkml-merge: a township overlay on the generated county catalog,
# inheriting every item and setting the body of each; the floor is
# libyaml parsing the county catalog.
if [ -x "$B/gkml-merge" ]; then
	overlay=$T/bench-$ITEMS-township.yaml
	printf '%s\n' 'gkml: 1' 'catalog:' '  id: bench/generated/township' \
	    '  title: 生成的乡镇目录' '  level: township' \
	    '  jurisdiction: 青山县石门镇' "  extends: $(basename "$big")" \
	    'inherit:' '  levels: [county]' '  set: {body: 石门镇人民政府}' \
	    > "$overlay"
	set -- $(measure 5 "$B/gkml-merge" -o "$T/bench-merged.yaml" "$overlay")
	if [ $# -eq 3 ]; then
		verdict "gkml-merge (overlay)" "$1" "$2" "$3" 0 "$floor" 2.00
	else
		echo "gkml-merge:                not measured"
	fi
	rm -f "$T/bench-merged.yaml"
fi
# gkml-merge -3: the generated catalog as base, its 1%-changed version
# as ours, and as theirs the base with one time limit re-written
# throughout (a sixth of the items); the floor is libyaml parsing all
# three inputs.  Both sides touch some of the same items, so there are
# conflicts and the expected exit status is 1.
if [ -x "$B/gkml-merge" ] && [ -f "$new" ]; then
	theirs=$T/bench-$ITEMS-theirs.yaml
	sed 's/每季度公布一次/每月公布一次/' "$big" > "$theirs"
	set -- $(measure 5 "$B/bench-floor" "$theirs")
	floor3=${1:-0}
	set -- $(measure 3 "$B/gkml-merge" -3 -o "$T/bench-merged.yaml" \
	    "$big" "$new" "$theirs")
	if [ $# -eq 3 ]; then
		verdict "gkml-merge -3" "$1" "$2" "$3" 1 "$(echo \
		    "$floor $floor2 $floor3" | awk '{ print $1 + $2 + $3 }')" 3.00
	else
		echo "gkml-merge -3:             not measured"
	fi
	rm -f "$T/bench-merged.yaml"
fi

# output LABEL OUT ARGS...: gkml-render ARGS (the word IN standing for
# the input) into OUT, on the 20,000-item catalog and then on the big
# one: the big one's line against the floor, and the exponent of the
# growth.  An output whose 20,000 items take more than a minute is not
# run on ten times as many: its line says so and fails.
output() {
	l=$1 out=$2
	shift 2
	rm -rf "$out"
	args=$(echo "$*" | sed "s|IN|$mid|")
	# shellcheck disable=SC2086
	set -- $(measure 1 "$B/gkml-render" $args)
	rm -rf "$out"
	if [ $# -ne 3 ]; then
		echo "$l: not measured"
		return
	fi
	t1=$1
	if awk -v t="$t1" 'BEGIN { exit !(t > 60) }'; then
		awk -v l="$l" -v t="$t1" -v m=$MID -v n=$ITEMS \
		    -v load="$(load)" 'BEGIN {
			printf "%-26s %d items took %.1f s; not run on %d  load %s  FAIL\n", \
			    l ":", m, t, n, load
		}'
		return
	fi
	args=$(echo "$args" | sed "s|$mid|$big|")
	# shellcheck disable=SC2086
	set -- $(measure 3 "$B/gkml-render" $args)
	rm -rf "$out"
	if [ $# -ne 3 ]; then
		echo "$l: not measured"
		return
	fi
	verdict "$l" "$1" "$2" "$3" 0 "$floor" 3.00 "$bytes" 3.00
	exponent "$l" "$t1" "$1"
}

# exponent LABEL T-MID T-BIG: how the time grew with ten times the
# items (the log of the one ratio to the other; 1.00 is linear).
exponent() {
	awk -v l="$1" -v t1="$2" -v t2="$3" -v m=$MID -v n=$ITEMS \
	    -v load="$(load)" '
	BEGIN {
		if (t1 <= 0 || t2 <= 0) {
			printf "%-26s exponent not measured\n", l ":"
			exit
		}
		e = log(t2 / t1) / log(n / m)
		fail = e <= 1.10 ? "" : "  FAIL"
		printf "%-26s exponent %.2f from %d to %d items (target <= 1.10)  load %s%s\n", \
		    l ":", e, m, n, load, fail
	}'
}

if [ -x "$B/gkml-render" ]; then
	output "gkml-render -T html" "$T/bench-site" -T html -o "$T/bench-site" IN
	output "gkml-render -T xml" "$T/bench-out.xml" -T xml \
	    -o "$T/bench-out.xml" IN
	output "gkml-render -T board" "$T/bench-board" -T board \
	    -o "$T/bench-board" IN
	output "gkml-render -T docx" "$T/bench-out.docx" -T docx \
	    -o "$T/bench-out.docx" IN
	output "gkml-render -T xlsx" "$T/bench-out.xlsx" -T xlsx \
	    -o "$T/bench-out.xlsx" IN
fi

# gkml-import of the workbooks gkml-render makes of the two catalogs:
# linear, memory against the catalog the workbook holds, and the big
# one must come back as it went (gkml-diff exits 0).
if [ -x "$B/gkml-import" ] && [ -x "$B/gkml-render" ] &&
    [ -x "$B/gkml-diff" ]; then
	wb=$T/bench-wb.xlsx
	"$B/gkml-render" -T xlsx -o "$wb" "$mid" 2>/dev/null
	set -- $(measure 3 "$B/gkml-import" -o "$T/bench-imported.yaml" "$wb")
	t1=${1:-0}
	rm -f "$wb" "$T/bench-imported.yaml"
	if "$B/runstat" -n 1 -q -- "$B/gkml-render" -T xlsx -o "$wb" "$big" |
	    awk '{ exit $3 != 0 }'; then
		set -- $(measure 3 "$B/gkml-import" -o "$T/bench-imported.yaml" "$wb")
		if [ $# -eq 3 ]; then
			verdict "gkml-import (workbook)" "$1" "$2" "$3" 0 \
			    "$floor" - "$bytes" 4.00
			exponent "gkml-import (workbook)" "$t1" "$1"
			"$B/gkml-diff" --brief "$big" "$T/bench-imported.yaml" \
			    >/dev/null 2>&1
			case $? in
			0) echo "xlsx round trip:           no difference" ;;
			*) echo "xlsx round trip:           the catalog came back changed  FAIL" ;;
			esac
		else
			echo "gkml-import (workbook):    not measured"
		fi
	else
		echo "gkml-import (workbook):    not measured (gkml-render -T xlsx failed)"
	fi
	rm -f "$wb" "$T/bench-imported.yaml"
fi

# A province: 100 counties of ten catalogs and 20 townships, whose
# overlays on them make 21,000 files (tests/bench/province.sh;
# GKML_BENCH_COUNTIES sets another number of counties).
# gkml-validate on one thread and two, and gkml-render -T html on two;
# the memory must not grow with the tree.
nk=${GKML_BENCH_COUNTIES:-100}
prov=$T/bench-province-$nk
if [ ! -f "$prov/$(printf 'k%02d' $((nk - 1)))/t19/work-safety.yaml" ]; then
	rm -rf "$prov"
	sh "$(dirname "$0")/province.sh" "$B/gencat" "$prov" "$nk" 20 ||
	    exit 2
fi
pbytes=$(find "$prov" -name '*.yaml' -exec cat {} + | wc -c | tr -d ' ')
pfiles=$(find "$prov" -name '*.yaml' | wc -l | tr -d ' ')
# tree LABEL RUNS PROG ARGS...: files a second and memory.
tree() {
	l=$1 runs=$2
	shift 2
	set -- $(measure "$runs" "$@")
	if [ $# -eq 3 ]; then
		awk -v l="$l" -v t="$1" -v rss="$2" -v st="$3" -v n="$pfiles" \
		    -v b="$pbytes" -v load="$(load)" '
		BEGIN {
			mb = rss * 1024 / 1e6
			fail = st == 0 ? "" : sprintf(" (exit status %d)", st)
			if (mb > 256)
				fail = fail " (memory)"
			printf "%-26s %8.3f s  %.0f files/s  %.0f MB (target <= 256 MB)  load %s%s\n", \
			    l ":", t, n / t, mb, load, fail == "" ? "" : "  FAIL" fail
		}'
	else
		echo "$l: not measured"
	fi
}
awk -v n="$pfiles" -v b="$pbytes" -v l="$(load)" \
    'BEGIN { printf "province: %d files, %.1f MB (load %s)\n", n, b / 1e6, l }'
tree "province validate -j 1" 1 "$B/gkml-validate" -q -j 1 "$prov"
tree "province validate -j 2" 1 "$B/gkml-validate" -q -j 2 "$prov"
if [ -x "$B/gkml-render" ]; then
	rm -rf "$T/bench-province-site"
	tree "province render -j 2" 1 "$B/gkml-render" -T html -j 2 \
	    -o "$T/bench-province-site" "$prov"
	# Incremental publishing: one township's file changed, the site
	# made over the one just made (target < 1 s); then the file as it
	# was (its own run, not measured), so the tree stays the same.
	f=$prov/k00/t00/health.yaml
	cp -p "$f" "$T/bench-province-was.yaml"
	sed 's/本级卫生健康信息1$/本级卫生健康信息一/' \
	    "$T/bench-province-was.yaml" >"$f"
	set -- $(measure 1 "$B/gkml-render" -T html -j 2 \
	    -o "$T/bench-province-site" "$prov")
	cp -p "$T/bench-province-was.yaml" "$f"
	if [ $# -eq 3 ]; then
		awk -v t="$1" -v rss="$2" -v st="$3" -v load="$(load)" 'BEGIN {
			fail = st == 0 ? "" : sprintf(" (exit status %d)", st)
			if (t >= 1)
				fail = fail " (time)"
			printf "%-26s %8.3f s (target < 1 s)  %.0f MB  load %s%s\n", \
			    "province re-render (1 file):", t, rss * 1024 / 1e6, \
			    load, fail == "" ? "" : "  FAIL" fail
		}'
	else
		echo "province re-render (1 file): not measured"
	fi
	rm -rf "$T/bench-province-site" "$T/bench-province-was.yaml"
fi
# gkml-audit: a county of 26 areas, 1,560 items bound to columns, against
# a ledger of 100,000 records (CSV), and of 10,000: linear (target <=
# 15 for ten times the records), and per byte of ledger against the
# floor's rate on the big catalog (reading CSV is not parsing YAML,
# but it is the same yardstick for every run).
if [ -x "$B/gkml-audit" ]; then
	aud=$T/bench-audit
	if [ ! -f "$aud/ledger-100000.csv" ]; then
		rm -rf "$aud"
		mkdir -p "$aud/cat"
		awk -v dir="$aud" 'BEGIN {
			for (a = 1; a <= 26; a++) {
				f = sprintf("%s/cat/a%02d.yaml", dir, a)
				printf "gkml: 1\ncatalog:\n  id: bench/a%02d\n", a > f
				printf "  title: 基准县领域%d目录\n  area: x-a%d\n", a, a > f
				printf "  level: county\n  jurisdiction: 基准县\n" > f
				printf "  publisher: 基准县人民政府\n" > f
				printf "  column: 基层政务公开/领域%d\ncategories:\n", a > f
				for (c = 1; c <= 6; c++) {
					printf "  - id: c%d\n    name: 类别%d\n    items:\n", c, c > f
					for (i = 1; i <= 10; i++)
						printf "      - id: c%d.i%d\n        name: 事项%d\n        deadline: 信息形成或变更之日起20个工作日内\n        channels: [website]\n", c, i, i > f
				}
				close(f)
			}
			for (n = 10000; n <= 100000; n *= 10) {
				f = sprintf("%s/ledger-%d.csv", dir, n)
				print "标题,所属栏目,成文日期,发布日期,链接" > f
				for (r = 0; r < n; r++) {
					a = r % 26 + 1; c = int(r / 26) % 6 + 1
					i = int(r / 156) % 10 + 1
					m = r % 9 + 3; d = r % 20 + 1
					printf "第%d条信息,基层政务公开/领域%d/类别%d/事项%d,2024-%02d-%02d,2024-%02d-%02d,https://www.bench.example/%d.html\n", \
					    r, a, c, i, m, d, m, d + 5, r > f
				}
				close(f)
			}
		}'
	fi
	set -- $(measure 3 "$B/gkml-audit" -q --as-of 2024-12-31 \
	    -l "$aud/ledger-10000.csv" "$aud/cat")
	set -- "$@" $(measure 3 "$B/gkml-audit" -q --as-of 2024-12-31 \
	    -l "$aud/ledger-100000.csv" "$aud/cat")
	lb=$(wc -c < "$aud/ledger-100000.csv" | tr -d ' ')
	if [ $# -eq 6 ]; then
		awk -v t1="$1" -v t2="$4" -v s2="$6" -v f="$floor" -v b="$bytes" \
		    -v lb="$lb" -v rss="$5" '
		BEGIN {
			r = t1 > 0 ? t2 / t1 : 0
			fail = r <= 15 && s2 <= 1 ? "" : "  FAIL"
			printf "gkml-audit: 10,000 records %.3f s, 100,000 %.3f s   ratio %.2f  (target <= 15)%s\n", t1, t2, r, fail
			pf = f > 0 ? (t2 / lb) / (f / b) : 0
			printf "gkml-audit (100,000 records, %.1f MB): ratio %.2f to the floor per byte; %.0f MB memory\n", \
			    lb / 1e6, pf, rss * 1024 / 1e6
		}'
	else
		echo "gkml-audit:           not measured"
	fi
	# Reading a ledger against importing a catalog, per byte: a CSV
	# catalog of 20,000 rows through gkml-import (target: the audit,
	# ledger and all, takes no longer per byte).
	if [ -x "$B/gkml-import" ] && [ $# -eq 6 ]; then
		at=$4
		awk 'BEGIN {
			print "序号,一级事项,二级事项,公开内容,公开依据,公开时限,公开主体,公开渠道和载体,公开对象,公开方式,公开层级"
			for (i = 1; i <= 20000; i++)
				printf "%d,类别%d,事项%d,公开内容%d说明,《中华人民共和国政府信息公开条例》,信息形成或变更之日起20个工作日内,县民政局,政府网站,全社会,主动,县级\n", i, int(i / 50), i, i
		}' >"$aud/import.csv"
		ib=$(wc -c < "$aud/import.csv" | tr -d ' ')
		set -- $(measure 3 "$B/gkml-import" --area social-assistance \
		    --level county --jurisdiction 基准县 -o "$aud/imported.yaml" \
		    "$aud/import.csv")
		if [ $# -eq 3 ]; then
			awk -v at="$at" -v lb="$lb" -v it="$1" -v ib="$ib" '
			BEGIN {
				r = it > 0 ? (at / lb) / (it / ib) : 0
				fail = r > 0 && r <= 1 ? "" : "  FAIL"
				printf "gkml-audit per byte of ledger / gkml-import per byte of CSV: ratio %.2f  (target <= 1.00)%s\n", r, fail
			}'
		fi
		rm -f "$aud/imported.yaml"
	fi
fi
# gkml-import on hostile shapes, each at two sizes ten times apart: a
# page of many catalog tables (1,000 and 10,000; naming their outputs
# was cubic in them) and one element of many attributes (10^4 and 10^5,
# refused past 1,000; libxml2 is quadratic in them).  Linear time gives
# a ratio near 10 or, where start-up weighs, below it; quadratic would
# give 100.  The target is a ratio of at most 15.
if [ -x "$B/gkml-import" ]; then
	page() {
		awk -v n="$1" -v w="$2" 'BEGIN {
			h = "<tr><th>序号</th><th>公开事项</th><th>公开内容</th>" \
			    "<th>公开依据</th><th>公开时限</th><th>公开主体</th></tr>"
			print "<html><body>"
			for (i = 0; i < n; i++) {
				printf "<table>%s<tr><td", h
				for (a = 0; a < w; a++)
					printf " a%d=x", a
				print ">1</td><td>低保</td><td>名单</td><td>《社会救助暂" \
				    "行办法》</td><td>及时</td><td>民政局</td></tr></table>"
			}
		}'
	}
	# grow LABEL UNIT SMALL LARGE STATUS: time the pages of SMALL and
	# LARGE units (tables, or attributes of one element; best of 3)
	# that exit STATUS, and print the growth.
	grow() {
		if [ "$2" = tables ]; then
			page "$3" 0 > "$T/bench-imp-a.html"
			page "$4" 0 > "$T/bench-imp-b.html"
		else
			page 1 "$3" > "$T/bench-imp-a.html"
			page 1 "$4" > "$T/bench-imp-b.html"
		fi
		set -- "$@" $(measure 3 "$B/gkml-import" --area social-assistance \
		    --level county --jurisdiction 示例县 "$T/bench-imp-a.html")
		set -- "$@" $(measure 3 "$B/gkml-import" --area social-assistance \
		    --level county --jurisdiction 示例县 "$T/bench-imp-b.html")
		if [ $# -eq 11 ]; then
			awk -v l="$1" -v u="$2" -v n1="$3" -v n2="$4" -v want="$5" \
			    -v t1="$6" -v s1="$8" -v t2="$9" -v s2="${11}" '
			BEGIN {
				r = t1 > 0 ? t2 / t1 : 0
				bad = s1 == want && s2 == want ? "" : \
				    sprintf(" (exit status %d, %d)", s1, s2)
				fail = r <= 15 && bad == "" ? "" : "  FAIL" bad
				fmt = "gkml-import %s: %d %s %.3f s, %d %.3f s   ratio %.2f  (size ratio %.0f; target <= 15)%s\n"
				printf fmt, l, n1, u, t1, n2, t2, r, n2 / n1, fail
			}'
		else
			echo "gkml-import $1: not measured"
		fi
		rm -f "$T/bench-imp-a.html" "$T/bench-imp-b.html"
	}
	grow "page of tables" tables 1000 10000 0
	grow "wide element" attributes 10000 100000 2
fi
exit 0
