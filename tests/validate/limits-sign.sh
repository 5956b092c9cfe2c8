# A limit is a whole number: a sign is refused (strtoull would read
# "-1" as the largest number and lift the limit); a number past what
# the machine can address limits nothing, and a valid file stays valid.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-test.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' INT TERM HUP
f=../../catalogs/standard/health.yaml
for v in bytes=-1 aliases=-1 nodes=+5 'depth= 3' bytes=18446744073709551615 \
    scalar=17179869184G; do
	GKML_LIMITS=$v gkml-validate $f >/dev/null 2>"$tmp/err"
	echo "$v: rc=$? $(cut -c 1-60 "$tmp/err")"
done
