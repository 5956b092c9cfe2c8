# extends is resolved from the overlay's own directory, not from the
# directory gkml-validate runs in.
cd .. && gkml-validate -W note validate/gk062-ok.yaml
echo "rc=$?"
