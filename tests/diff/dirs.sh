# Two directories: catalogs paired by catalog id, not by file name (the
# education catalog moved to 2024/compulsory-education-2024.yaml, the
# village one to dongcun-village-affairs.yaml and is unchanged), one
# catalog only in old (elderly-care), one only in new (employment).
gkml-diff dirs/old dirs/new
echo "rc=$?"
gkml-diff -T tsv dirs/old dirs/new
echo "tsv: rc=$?"
gkml-diff --brief dirs/old dirs/new
echo "brief: rc=$?"
# JSON names the file of each side of every change.
gkml-diff -T json dirs/old dirs/new
echo "json: rc=$?"
