# Out of memory while OpenCC loads: a catalog whose time limits are in
# traditional characters, validated under ulimit -v from just below
# what it needs (found by bisection, as in oom.sh) upwards in small
# steps.  Every run must either work or say "out of memory" and exit 2:
# no crash inside OpenCC, whose JSON reader does not check malloc().
# limit: 60 s
if [ -n "${GKML_WRAP:-}" ]; then
	echo "skipped: cannot run under ulimit -v with $GKML_WRAP"
	exit 77
fi
if grep -q __asan_init "$(command -v gkml-validate)"; then
	echo "skipped: gkml-validate is built with AddressSanitizer, which" \
	    "cannot run under ulimit -v"
	exit 77
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-oom.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
cp ../validate/traditional.inc.yaml "$tmp/t.yaml" || exit 2

try() {
	(ulimit -v "$1" && exec gkml-validate -W note "$tmp/t.yaml") \
	    >/dev/null 2>"$tmp/err" </dev/null
}

# The smallest limit, to 64 KB, under which it works.
lo=0 hi=262144
while [ $((hi - lo)) -gt 64 ]; do
	mid=$(((lo + hi) / 2))
	if try $mid; then hi=$mid; else lo=$mid; fi
done
bad=0
kb=$((hi - 3072))
while [ $kb -le $((hi + 256)) ]; do
	try $kb
	rc=$?
	if [ $rc -ne 0 ] && { [ $rc -ne 2 ] ||
	    ! grep -q '^gkml-validate: out of memory$' "$tmp/err"; }; then
		echo "at $kb KB: rc=$rc, $(tail -1 "$tmp/err")"
		bad=1
	fi
	kb=$((kb + 32))
done
echo "every run worked or ran out of memory cleanly: $([ $bad = 0 ] && echo yes || echo no)"
