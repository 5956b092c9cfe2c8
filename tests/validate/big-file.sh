# A file large enough to be mapped is given back to the system page by
# page as the parse goes on (lib/yaml.c, drop()).  What reads the file
# after that must see the same bytes: a syntax error at its end quotes
# the right line, fmt writes what it writes of the same bytes read from
# a pipe (never mapped), and diff's digest is the file's own SHA-256.
# limit: 300 s
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-big.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
. ../gencat.inc
"$gencat" 40000 >"$tmp/big.yaml" || exit 2
"$gencat" -c 1 40000 >"$tmp/new.yaml" || exit 2
[ "$(wc -c <"$tmp/big.yaml")" -gt 16000000 ] && echo "over 16 MB"
gkml-validate -q "$tmp/big.yaml"
echo "validate rc=$?"
gkml-fmt "$tmp/big.yaml" >"$tmp/fmt.yaml"
echo "fmt rc=$?"
gkml-fmt - <"$tmp/big.yaml" >"$tmp/piped.yaml"
cmp -s "$tmp/piped.yaml" "$tmp/fmt.yaml" && echo "fmt: the same as from a pipe"
want=$(sha256sum <"$tmp/big.yaml" | cut -d' ' -f1)
gkml-diff -T json "$tmp/big.yaml" "$tmp/new.yaml" >"$tmp/diff.json"
echo "diff rc=$?"
grep -q "\"sha256\": *\"$want\"" "$tmp/diff.json" &&
    echo "diff: the digest is the file's"
# The last line loses its colon: the finding names that line.
lines=$(wc -l <"$tmp/big.yaml")
sed '$ s/：/:/; $ s/: /：/' "$tmp/big.yaml" >"$tmp/bad.yaml"
gkml-validate "$tmp/bad.yaml" 2>&1 | sed "s|$tmp/||; s/:$lines:/:LAST:/" |
    head -3
