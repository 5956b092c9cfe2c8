# --templates names a directory; a name that is not one (a typing
# slip) is bad usage, not a site in the default look (exit 2).
gkml-render -T html --templates no-such-dir -o - ../../catalogs/standard/health.yaml \
    >/dev/null 2>.err
echo "rc=$? $(head -1 .err)"
rm -f .err
