# A directory with several files of one catalog id: of versions, the
# newest is compared and each file is told which (notes); with the same
# 'version' and 'updated' they cannot be paired: an error at each, exit 2.
gkml-diff set/old ../validate/set.d/versions
echo "versions: rc=$?"
gkml-diff set/old ../validate/set.d/same
echo "same: rc=$?"
