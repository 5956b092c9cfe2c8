# A file over GKML_LIMITS=bytes is refused as every limit is: at its
# position, naming the limit and the rule, exit 2, nothing written;
# from standard input too.  A file with no table is said of the whole
# file, not at a made-up line 0.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-limits.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM
cp huji.csv "$tmp/" && cd "$tmp" || exit 2
GKML_LIMITS=bytes=100 gkml-import -o out.yaml huji.csv
echo "file: exit $?"
GKML_LIMITS=bytes=100 gkml-import -f csv - <huji.csv
echo "stdin: exit $?"
GKML_LIMITS=bytes=100 gkml-import -T json huji.csv
echo "json: exit $?"
: >empty.csv
gkml-import empty.csv
echo "empty: exit $?"
ls
