# Directories whose catalogs cannot be paired by id are trouble (exit 2),
# not a difference: two files with one catalog id (dirs/dup), and a
# catalog without its id (dirs/noid).
gkml-diff dirs/new dirs/dup
echo "one id in two files: rc=$?"
gkml-diff dirs/dup dirs/new
echo "one id in two files, old side: rc=$?"
gkml-diff dirs/new dirs/noid
echo "a catalog without its id: rc=$?"
