# Standard output that cannot be written (a full disk, here /dev/full):
# gkml-fmt says so and exits 2.
gkml-fmt canonical.inc.yaml >/dev/full
echo "print: rc=$?"
gkml-fmt -w - <messy.inc.yaml >/dev/full
echo "-w -: rc=$?"
gkml-fmt --help >/dev/full
echo "--help: rc=$?"
