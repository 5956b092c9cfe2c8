# --strict: anything uncertain is exit 1, and nothing is written.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-import.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' INT TERM HUP
gkml-import --strict shehui.html >"$tmp/out.tmp" 2>/dev/null
echo "uncertain: rc=$? $(wc -c <"$tmp/out.tmp" | tr -d ' ') bytes"
gkml-import --strict shehui-fixed.html >"$tmp/out.tmp"
echo "corrected: rc=$? $(wc -c <"$tmp/out.tmp" | tr -d ' ') bytes"
