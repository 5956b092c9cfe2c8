# --area: only the areas given, again or with commas, each once (and
# dir/ names dir: one slash in the paths printed); with
# --column, each catalog is bound to its area's column, and --publisher
# and --version are the header's.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-new.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM
cd "$tmp" || exit 2
gkml-new county -o dongshan/ --jurisdiction 东山县 --id dongshan \
    --area employment --area budget,employment --updated 2025-03-01 \
    --publisher 东山县人民政府办公室 --version 2025年第1版 \
    --column 基层政务公开
echo "county: rc=$?"
ls dongshan
sed -n '1,/^categories:/p' dongshan/employment.yaml
gkml-validate -W warning dongshan
echo "validate: rc=$?"
gkml-fmt --check dongshan/*.yaml
echo "fmt: rc=$?"
