# A service guide goes through the generic paths as a catalog does:
# validate (an overlay's services checked as it resolves, at its own
# lines), fmt (keys in guide-item's order), merge (inherit: set: with
# the guide's fields), diff (fields of guide-item).
cd guide-generic.d || exit 2
echo "== validate"
gkml-validate -W note county.yaml county-2025.yaml; echo "exit $?"
gkml-validate town/chengguan.yaml; echo "exit $?"
echo "== fmt"
gkml-fmt --check county.yaml; echo "exit $?"
gkml-fmt unordered.yaml
echo "== merge"
gkml-merge town/chengguan.yaml; echo "exit $?"
echo "== diff"
gkml-diff county.yaml county-2025.yaml; echo "exit $?"
