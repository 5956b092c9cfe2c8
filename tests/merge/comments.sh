# Comments survive merging: those of every layer follow the values they
# stand beside into the resolved catalog; the header is the top layer's.
gkml-merge comments-town.inc.yaml
echo "rc=$?"
gkml-merge comments-town.inc.yaml > out.yaml
gkml-fmt --check out.yaml && echo canonical
rm -f out.yaml
