# Ids whose parts are empty or only dots: a catalog id is names joined
# by '/' (no leading, trailing or doubled '/', no '.' or '..' part), and
# an item or category id is one name (not '.' or '..').  Each finding
# is at the id; ids with dots inside names stay valid.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-ids.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM
for id in a//b ./a a/../b /a a/ a/. .. a/... v1.2/a.b/c-d; do
	sed "s|^  id: dayao/shiyang/compulsory-education$|  id: \"$id\"|" \
	    gk023-ok.yaml >"$tmp/catalog.yaml"
	(cd "$tmp" && gkml-validate catalog.yaml)
	echo "catalog id '$id': rc=$?"
done
for id in . .. ... .policy policy.; do
	sed "s|^  - id: policy$|  - id: \"$id\"|" gk023-ok.yaml >"$tmp/category.yaml"
	sed "s|^      - id: policy.dropout$|      - id: \"$id\"|" gk023-ok.yaml \
	    >"$tmp/item.yaml"
	# One at a time: the two files are one catalog's two copies.
	(cd "$tmp" && { gkml-validate category.yaml; r=$?
	    gkml-validate item.yaml || r=$?; exit $r; })
	echo "category and item id '$id': rc=$?"
done
