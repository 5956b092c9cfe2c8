# --ignore FIELD skips a field everywhere; --ignore catalog.FIELD one field
# of the catalog; it may be given several times.
gkml-diff --ignore notes notes.old.yaml notes.new.yaml
echo "notes ignored: rc=$?"
gkml-diff --ignore catalog.updated meta.old.yaml meta.new.yaml
echo "catalog.updated ignored: rc=$?"
gkml-diff --ignore catalog.updated --ignore catalog.version --ignore title \
    --ignore contact meta.old.yaml meta.new.yaml
echo "all four ignored: rc=$?"
# An item field: the notes of the township pair vanish, the rest stays.
gkml-diff -T tsv --ignore notes --ignore channels township.old.yaml \
    township.new.yaml
echo "township, notes and channels ignored: rc=$?"
# A field that does not exist is a mistake, not "ignore nothing".
gkml-diff --ignore channel channels.old.yaml channels.new.yaml
echo "unknown field: rc=$?"
