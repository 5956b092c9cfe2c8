# Out of memory in every command.  Each runs under ulimit -v a little
# above what it needs for a one-item catalog (found here by bisection,
# since libraries and threads differ between machines), on a catalog of
# 20,000 items, which needs far more.  Each must say "gkml-CMD: out of
# memory" and exit 2, with no abort (134), crash or hang, and leave no
# output and no temporary; fmt -w leaves its file as it was.
#
# glibc gives each thread that allocates its own malloc arena, and
# reserves 64 MB of address space for each (128 MB while it aligns it):
# with render -j 2 whether a second arena is made, and fits, depends on
# how the threads are scheduled, so the same run under the same limit
# would pass one time and run out of memory the next (a floor of 128 MB
# instead of 48, and then a render that sometimes completes).  All
# threads here share one arena (MALLOC_ARENA_MAX=1): the address space a
# run needs no longer depends on timing.
#
# AddressSanitizer reserves terabytes of shadow memory and valgrind has
# its own allocator: neither runs under ulimit -v, so with them this is
# skipped (exit 77), and says so.
# limit: 60 s
if [ -n "${GKML_WRAP:-}" ]; then
	echo "skipped: cannot run under ulimit -v with $GKML_WRAP"
	exit 77
fi
for c in gkml-validate gkml-render; do
	if grep -q __asan_init "$(command -v $c)"; then
		echo "skipped: $c is built with AddressSanitizer, which" \
		    "cannot run under ulimit -v"
		exit 77
	fi
done
MALLOC_ARENA_MAX=1
export MALLOC_ARENA_MAX
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-oom.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
. ../gencat.inc
"$gencat" 1 >"$tmp/one.yaml" || exit 2
"$gencat" 20000 >"$tmp/big.yaml" || exit 2
cp "$tmp/one.yaml" "$tmp/one-new.yaml"
"$gencat" -c 1 20000 >"$tmp/big-new.yaml" || exit 2
# The import inputs: the first rows of huji.csv, then one repeated.
head -3 ../import/huji.csv >"$tmp/one.csv"
{ head -2 ../import/huji.csv
  awk 'NR == 3 { for (i = 0; i < 20000; i++) print }' ../import/huji.csv
} >"$tmp/big.csv"
IMPORT="--jurisdiction 大英县 --level county"
mkdir "$tmp/w"

# try KB CMD...: run CMD under ulimit -v KB in the empty directory
# $tmp/w; the status is CMD's.
try() {
	kb=$1
	shift
	(cd "$tmp/w" && ulimit -v "$kb" && exec "$@") \
	    >"$tmp/out" 2>"$tmp/err" </dev/null
}

# oom NAME CMD...: SIZE in CMD is one (to find the floor), then big.
oom() {
	name=$1
	shift
	# The smallest limit, in 4 MB steps, under which the small run works
	# (the floor); the limit is 256 MB at most.
	lo=0 hi=262144
	while [ $((hi - lo)) -gt 4096 ]; do
		mid=$(((lo + hi) / 2))
		if try $mid $(echo "$@" | sed "s|SIZE|$tmp/one|g"); then
			hi=$mid
		else
			lo=$mid
		fi
		rm -rf "$tmp/w" && mkdir "$tmp/w"
	done
	floor=$hi
	big "$name" 16 "$@"
}

# big NAME MB CMD...: CMD on big under the floor + MB; what it left.
big() {
	name=$1 mb=$2
	shift 2
	try $((floor + mb * 1024)) $(echo "$@" | sed "s|SIZE|$tmp/big|g")
	rc=$?
	left=$(ls -A "$tmp/w" | wc -l | tr -d ' ')
	printf '%s, +%s MB: rc=%s, %s, %s files left, %s bytes out\n' \
	    "$name" $mb $rc "$(tail -1 "$tmp/err")" $left \
	    "$(wc -c <"$tmp/out" | tr -d ' ')"
	rm -rf "$tmp/w" && mkdir "$tmp/w"
}

oom validate gkml-validate SIZE.yaml
# The same in Chinese: the words were looked up while there was memory.
big "validate in Chinese" 16 env LANGUAGE=zh_CN LC_ALL=C.UTF-8 \
    gkml-validate SIZE.yaml
oom fmt gkml-fmt SIZE.yaml
# fmt -w: the file is left as it was.
cp "$tmp/big.yaml" "$tmp/w/big.yaml"
try $((floor + 16384)) gkml-fmt -w big.yaml
echo "fmt -w: rc=$?, $(tail -1 "$tmp/err"), files: $(ls -A "$tmp/w")"
cmp -s "$tmp/big.yaml" "$tmp/w/big.yaml" && echo "fmt -w: input untouched"
rm -rf "$tmp/w" && mkdir "$tmp/w"
oom diff gkml-diff SIZE.yaml SIZE-new.yaml
oom merge gkml-merge -o out.yaml SIZE.yaml
oom stats gkml-stats -T csv SIZE.yaml
oom import gkml-import $IMPORT -o out SIZE.csv
# Each format twice, above the floor of the website (which takes the
# most): out of memory while loading (+16 MB), and with the catalog
# loaded, in libxml2 and libxslt (+72 MB).  The website needs least
# beyond the load: here its load ends below +56 MB and it completes from
# about +84 MB, so +72 is in the middle; the other formats need more.
oom "render -T html" gkml-render -T html -j 2 -o out SIZE.yaml
for t in xml html board docx xlsx; do
	[ $t = html ] || big "render -T $t" 16 gkml-render -T $t -j 2 -o out \
	    SIZE.yaml
	big "render -T $t" 72 gkml-render -T $t -j 2 -o out SIZE.yaml
done
