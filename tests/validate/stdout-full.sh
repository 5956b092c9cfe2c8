# Standard output that cannot be written (a full disk, here /dev/full):
# every command checks it before exiting, says so, and exits 2.
gkml-validate -T json gk030-unknown-channel.yaml >/dev/full
echo "-T json: rc=$?"
gkml-validate -T sarif gk030-ok.yaml >/dev/full
echo "-T sarif: rc=$?"
gkml-validate --help >/dev/full
echo "--help: rc=$?"
