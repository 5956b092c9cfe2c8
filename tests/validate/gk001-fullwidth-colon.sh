# The full-width colon is on line 23.  Print where the finding is and
# whether its message points at the colon; the wording is free.
err=$(mktemp "${TMPDIR:-/tmp}/gkml-err.XXXXXX") || exit 1
gkml-validate gk001-fullwidth-colon.yaml 2>"$err"
rc=$?
sed -n 's/^\([^:]*:[0-9]*\):[0-9]*: .*\[\(GK[0-9]*\) .*/\1 \2/p' "$err"
if grep -q '：' "$err"; then echo "names the full-width colon"; else
	echo "does not name the full-width colon"; fi
rm -f "$err"
echo "rc=$rc"
