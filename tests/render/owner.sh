# An output replaced by root keeps the owner, group and mode of what it
# replaces: a file (-o FILE) and a site directory (-o DIR) that another
# user owns are not taken over by the run.
[ "$(id -u)" = 0 ] || { echo "needs root to give a file away"; exit 77; }
t=$(mktemp -d "${TMPDIR:-/tmp}/gkml-owner.XXXXXX") || exit 2
trap 'rm -rf "$t"' EXIT
one=../../catalogs/example-county/county/tax.yaml
gkml-render -T xml -o "$t/one.xml" $one
gkml-render -T html -o "$t/site" $one
chown 65534:65534 "$t/one.xml" "$t/site"
chmod 640 "$t/one.xml"
chmod 750 "$t/site"
gkml-render -T xml -o "$t/one.xml" $one
echo "rc=$?"
gkml-render -T html -o "$t/site" $one
echo "rc=$?"
stat -c '%n: owner %u, group %g, mode %a' "$t/one.xml" "$t/site" |
    sed "s|$t/||"
ls -A "$t"
