# Columns (栏目): paths that break the tree, URLs that are no URLs,
# two entries on one column, names with nothing bound above them, an
# overlay that re-roots its base's columns, and -s choosing GK130's
# severity.  Only the column rules are shown.
cd columns.d || exit 2
only() { grep -E 'GK13[0-3]|^gkml-validate|usage'; }
echo "== tree"
gkml-validate tree.yaml >/dev/null 2>&1; echo "exit $?"
gkml-validate -W note tree.yaml 2>&1 | only
echo "== unbound: quiet, unless -s names no-column"
gkml-validate -W note unbound.yaml 2>&1 | only
gkml-validate -s no-column=error unbound.yaml; echo "exit $?"
gkml-validate -s GK130=warning -W warning unbound.yaml 2>&1 | only
echo "== relative"
gkml-validate -W note relative.yaml 2>&1 | only
echo "== township overlay, and its county"
gkml-validate -W note township.yaml 2>&1 | only
gkml-validate county/social-assistance.yaml; echo "exit $?"
echo "== -s refuses errors and unknown rules"
gkml-validate -s column-path=note tree.yaml 2>&1 | head -1
gkml-validate -s nosuch=note tree.yaml 2>&1 | head -1
gkml-validate -s no-column tree.yaml 2>&1 | head -1
