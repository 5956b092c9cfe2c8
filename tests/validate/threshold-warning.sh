# -W warning shows the warning and fails; the note stays hidden.
gkml-validate -W warning threshold.inc.yaml
echo "-W warning: rc=$?"
# A file whose only finding is a note passes at -W warning.
gkml-validate -W warning gk052-vague-basis.yaml
echo "-W warning, notes only: rc=$?"
