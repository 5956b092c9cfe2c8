# Where the commands find schemas/ and templates/ (gkml(1), ENVIRONMENT):
# GKML_DATADIR when set, else the source tree the program was built in
# (<src>/build/..), wherever that tree is, else the DATADIR compiled in.
# Each tree here has a vocabulary with one more channel, village-radio,
# and a stylesheet with a mark, so what a command accepts and writes
# shows which tree it read.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-datadir.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' INT TERM HUP
bin=$(dirname "$(command -v gkml-validate)")
src=$(cd ../.. && pwd)
unset GKML_DATADIR
cat=$(pwd)/datadir.inc.yaml

# A copy of the source tree, built, unpacked elsewhere.
mkdir "$tmp/tree" "$tmp/tree/build" "$tmp/tree/catalogs"
cp -R "$src/schemas" "$src/templates" "$tmp/tree/"
cp -R "$src/catalogs/standard" "$tmp/tree/catalogs/"
cp "$bin"/gkml "$bin"/gkml-* "$tmp/tree/build/"
cat >>"$tmp/tree/schemas/vocab.yaml" <<'EOV'
  - slug: village-radio
    label: 村村响广播
EOV
echo '/* tree copy */' >>"$tmp/tree/templates/html/gkml.css"
# Another, for GKML_DATADIR.
cp -R "$tmp/tree" "$tmp/data"
rm -rf "$tmp/data/build"
echo '/* GKML_DATADIR copy */' >>"$tmp/data/templates/html/gkml.css"

cd "$tmp" || exit 2
cp "$cat" cat.yaml
echo "== the source tree's own: no village-radio"
gkml-validate cat.yaml
echo "rc=$?"
echo "== the copy, run from anywhere: its own data"
tree/build/gkml-validate cat.yaml
echo "rc=$?"
tree/build/gkml validate cat.yaml
echo "gkml validate: rc=$?"
tree/build/gkml-render -T html -o site cat.yaml &&
    tail -1 site/assets/gkml.css
echo "== GKML_DATADIR wins over the tree beside the program"
GKML_DATADIR=$tmp/data tree/build/gkml-validate cat.yaml
echo "rc=$?"
GKML_DATADIR=$tmp/data gkml-render -T html -o site2 cat.yaml &&
    tail -1 site2/assets/gkml.css
echo "== GKML_DATADIR is used even when it holds nothing"
GKML_DATADIR=$tmp/nothing tree/build/gkml-validate cat.yaml 2>err
echo "rc=$?"
sed "s|$tmp|TMP|g" err
echo "== an empty GKML_DATADIR counts as not set"
GKML_DATADIR= tree/build/gkml-validate cat.yaml
echo "rc=$?"
