# --help and -h: usage on standard output, exit 0, nothing checked.
gkml-validate --help
echo "rc=$?"
gkml-validate -h gk030-unknown-channel.yaml
echo "rc=$?"
