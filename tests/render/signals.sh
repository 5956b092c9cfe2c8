# SIGINT, SIGTERM and SIGHUP while a large catalog is rendered remove
# the temporary (the site's OUT.tmp.XXXXXX directory, written page by
# page on several threads, or OUT.XXXXXX beside one file) and the
# process dies of the signal; the previous output and the input are
# untouched (../signals.py says how, without depending on speed).
# limit: 600 s
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-signals.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
. ../gencat.inc
p=$tmp/pristine
mkdir "$p"
"$gencat" 20000 >"$p/big.yaml"
gkml-render -T html -o "$p/site" site 2>/dev/null
gkml-render -T xlsx -o "$p/big.xlsx" site 2>/dev/null
for sig in INT TERM HUP; do
	echo "site:"
	python3 ../signals.py $sig 'site.tmp.*/bench/*' "$p" "$tmp/work" -- \
	    gkml-render -T html -j 2 -o site big.yaml
	echo "one file:"
	python3 ../signals.py $sig 'big.xlsx.*' "$p" "$tmp/work" -- \
	    gkml-render -T xlsx -o big.xlsx big.yaml
done
