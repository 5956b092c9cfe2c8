# One combined table of several areas: one catalog per area, written
# into a directory.
rm -rf out.tmp
gkml-import -o out.tmp/ wujian.csv
echo "rc=$?"
ls out.tmp
head -8 out.tmp/disaster-relief.yaml
rm -rf out.tmp
