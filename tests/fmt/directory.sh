# A directory: *.yaml files, recursively, in byte order of the path,
# hidden ones skipped.
gkml-fmt --check tree
echo "rc=$?"
# Printed one after another, separated by ---.
gkml-fmt tree | grep -n -e '^---$' -e '^# '
echo "rc=$?"
