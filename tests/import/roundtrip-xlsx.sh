# gkml-render -T xlsx, then gkml-import: the same catalogs, for every
# bundled one (the example county's overlays as they resolve).
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-import.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' INT TERM HUP
gkml-render -T xlsx -o "$tmp/standard.xlsx" ../../catalogs/standard
gkml-import -W error -o "$tmp/standard/" "$tmp/standard.xlsx"
n=0 same=0
for f in ../../catalogs/standard/*.yaml; do
	n=$((n + 1))
	gkml-diff "$f" "$tmp/standard/$(basename "$f")" >"$tmp/diff" &&
	    same=$((same + 1)) || cat "$tmp/diff"
done
echo "standard: $same of $n catalogs the same"
gkml-render -T xlsx -o "$tmp/county" ../../catalogs/example-county 2>/dev/null
n=0 same=0
for x in $(cd "$tmp/county" && find . -name '*.xlsx' | sort); do
	d=$tmp/out/$x
	mkdir -p "$d"
	gkml-import -W error --standalone -o "$d/" "$tmp/county/$x"
	for y in "$d"/*.yaml; do
		id=$(sed -n 's/^  id: //p' "$y" | head -1)
		src=$(grep -l "^  id: $id\$" $(find ../../catalogs/example-county -name '*.yaml' ! -path '*previous*'))
		gkml-merge "$src" >"$tmp/resolved.yaml"
		n=$((n + 1))
		gkml-diff "$tmp/resolved.yaml" "$y" >"$tmp/diff" &&
		    same=$((same + 1)) || cat "$tmp/diff"
	done
done
echo "example-county: $same of $n catalogs the same"
