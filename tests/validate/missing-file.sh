# A file that cannot be read is trouble: exit 2.
gkml-validate no-such-catalog.yaml
echo "rc=$?"
# The other files are still checked and reported, and the status stays 2.
gkml-validate gk030-unknown-channel.yaml no-such-catalog.yaml gk030-ok.yaml
echo "rc=$?"
# A dangling symbolic link, made at run time.
t=$(mktemp -d "${TMPDIR:-/tmp}/gkml-missing.XXXXXX") || exit 1
ln -s gone.yaml "$t/link.yaml"
(cd "$t" && gkml-validate link.yaml)
echo "rc=$?"
rm -rf "$t"
