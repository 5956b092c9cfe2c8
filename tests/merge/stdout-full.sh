# Standard output that cannot be written (a full disk, here /dev/full):
# gkml-merge says so and exits 2.
gkml-merge omit.yaml >/dev/full
echo "merge: rc=$?"
gkml-merge --help >/dev/full
echo "--help: rc=$?"
