# The officer corrects the published table and imports it again: the
# ids stay, so gkml-diff shows only what was corrected.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-import.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' INT TERM HUP
gkml-import shehui.html >"$tmp/old.tmp.yaml" 2>/dev/null
gkml-import shehui-fixed.html >"$tmp/new.tmp.yaml"
(cd "$tmp" && gkml-diff old.tmp.yaml new.tmp.yaml) | grep -v x-import
