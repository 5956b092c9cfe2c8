# An area's levels are data: a province that lets counties and townships,
# not villages, keep an area is heard, and a village catalog of it is
# said at its level, with the levels named.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-vocab.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM
mkdir "$tmp/schemas" || exit 2
cp ../../schemas/*.yaml "$tmp/schemas/" || exit 2
sed 's/^    levels: \[village\]$/    levels: [county, township]/' \
    ../../schemas/vocab.yaml >"$tmp/schemas/vocab.yaml" || exit 2
GKML_DATADIR=$tmp gkml-validate -W warning gk180-ok.yaml
echo "rc=$?"
GKML_DATADIR=$tmp gkml-validate -W warning gk180-area-level.yaml
echo "rc=$?"
