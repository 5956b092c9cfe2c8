# A directory is walked recursively, *.yaml files only, hidden files
# skipped, in byte order of the whole path: county-2023.yaml, then
# county.yaml, then county/shiyang.yaml.
gkml-validate directory.d
echo "rc=$?"
# A trailing slash changes nothing.
gkml-validate -q directory.d/
echo "rc=$?"
