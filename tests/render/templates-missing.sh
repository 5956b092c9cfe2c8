# --templates names a directory; a name that is not one (a typing
# slip) is bad usage, not a site in the default look (exit 2).
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-test.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' INT TERM HUP
gkml-render -T html --templates no-such-dir -o - ../../catalogs/standard/health.yaml \
    >/dev/null 2>"$tmp/err"
echo "rc=$? $(head -1 "$tmp/err")"
