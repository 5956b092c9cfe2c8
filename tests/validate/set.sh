# One catalog id in two files of one run (set.d): with the same
# 'version' and 'updated', an error at each file, naming the other; of
# versions that differ, the newer is used and both files are told (a
# note, shown with -W note); 'updated' and 'version' that disagree on
# which is newer are an error at both.  A file named twice is one.
gkml-validate set.d/same
echo "same version and date: rc=$?"
gkml-validate set.d/versions
echo "versions: rc=$?"
gkml-validate -W note set.d/versions
echo "versions, -W note: rc=$?"
gkml-validate -W note set.d/versions/shiyang-2023.yaml \
    set.d/versions/shiyang-2024.yaml
echo "two versions by date, -W note: rc=$?"
gkml-validate set.d/disagree
echo "disagree: rc=$?"
gkml-validate set.d/same/shiyang.yaml ./set.d/same/shiyang.yaml
echo "one file named twice: rc=$?"
gkml-validate -T json set.d/same
echo "json: rc=$?"
