# '-' reads standard input, named <stdin> in findings.
gkml-validate -W note - <gk030-unknown-channel.yaml
echo "rc=$?"
# Standard input among other files, in the order given.
cat gk061-bad-date.yaml | gkml-validate gk032-unknown-level.yaml - gk030-ok.yaml
echo "rc=$?"
# A valid catalog on standard input.
gkml-validate -W note - <gk030-ok.yaml
echo "rc=$?"
