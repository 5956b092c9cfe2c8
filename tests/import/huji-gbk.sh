# A GBK file is refused with the way out; --encoding gbk reads it.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-import.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' INT TERM HUP
gkml-import --jurisdiction 大英县 --level county huji-gbk.csv
echo "rc=$?"
gkml-import --encoding gbk --jurisdiction 大英县 --level county huji-gbk.csv 2>/dev/null >"$tmp/gbk.tmp"
echo "rc=$?"
gkml-import --jurisdiction 大英县 --level county huji.csv 2>/dev/null | cmp - "$tmp/gbk.tmp" && echo "gbk: same catalog as UTF-8"
