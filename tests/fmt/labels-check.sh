# Labels and aliases of the vocabularies are not canonical: --check
# says so (GK090), and what fmt writes validates without GK036.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-test.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' INT TERM HUP
gkml-fmt --check labels.yaml
echo "labels: rc=$?"
echo "GK036 before: $(gkml-validate -W note labels.yaml 2>&1 | grep -c GK036)"
gkml-fmt labels.yaml >"$tmp/slugs.yaml"
echo "GK036 after: $(gkml-validate -W note "$tmp/slugs.yaml" 2>&1 |
    grep -c GK036)"
gkml-fmt --check "$tmp/slugs.yaml"
echo "slugs: rc=$?"
