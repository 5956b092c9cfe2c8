# gkml-render -T xlsx, then gkml-import: the same catalogs, for every
# bundled one (the example county's overlays as they resolve).
rm -rf rt.tmp && mkdir rt.tmp
gkml-render -T xlsx -o rt.tmp/standard.xlsx ../../catalogs/standard
gkml-import -W error -o rt.tmp/standard/ rt.tmp/standard.xlsx
n=0 same=0
for f in ../../catalogs/standard/*.yaml; do
	n=$((n + 1))
	gkml-diff "$f" "rt.tmp/standard/$(basename "$f")" >rt.tmp/diff &&
	    same=$((same + 1)) || cat rt.tmp/diff
done
echo "standard: $same of $n catalogs the same"
gkml-render -T xlsx -o rt.tmp/county ../../catalogs/example-county 2>/dev/null
n=0 same=0
for x in $(cd rt.tmp/county && find . -name '*.xlsx' | sort); do
	d=rt.tmp/out/$x
	mkdir -p "$d"
	gkml-import -W error -o "$d/" "rt.tmp/county/$x"
	for y in "$d"/*.yaml; do
		id=$(sed -n 's/^  id: //p' "$y" | head -1)
		src=$(grep -l "^  id: $id\$" $(find ../../catalogs/example-county -name '*.yaml' ! -path '*previous*'))
		gkml-merge "$src" >rt.tmp/resolved.yaml
		n=$((n + 1))
		gkml-diff rt.tmp/resolved.yaml "$y" >rt.tmp/diff &&
		    same=$((same + 1)) || cat rt.tmp/diff
	done
done
echo "example-county: $same of $n catalogs the same"
rm -rf rt.tmp
