# --check: exit 0 when canonical; GK090 at the first line that would
# change, and exit 1, when not.  Nothing is written.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-test.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' INT TERM HUP
gkml-fmt --check canonical.inc.yaml
echo "canonical: rc=$?"
cp messy.inc.yaml "$tmp/messy"
gkml-fmt --check messy.inc.yaml canonical.inc.yaml
echo "one not canonical: rc=$?"
cmp messy.inc.yaml "$tmp/messy" && echo "messy.inc.yaml: untouched"
# Standard input.
gkml-fmt --check - <messy.inc.yaml
echo "stdin: rc=$?"
gkml-fmt --check - <canonical.inc.yaml
echo "stdin canonical: rc=$?"
# A file that does not load is trouble, not a difference.
gkml-fmt --check broken.inc.yaml canonical.inc.yaml
echo "broken: rc=$?"
