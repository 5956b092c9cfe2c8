# gkml-render -T docx, then gkml-import: the same catalogs, for every
# bundled one (the example county's overlays as they resolve) and the
# shapes of roundtrip-docx.inc.yaml, on the default paper (A4 portrait,
# the smallest type) and on A3 landscape.
rm -rf rtd.tmp && mkdir rtd.tmp
for paper in a4 a3,landscape; do
	gkml-render -T docx -O paper=$paper -o rtd.tmp/shapes.docx \
	    roundtrip-docx.inc.yaml
	gkml-import -W error -o rtd.tmp/shapes/ rtd.tmp/shapes.docx
	gkml-diff roundtrip-docx.inc.yaml rtd.tmp/shapes/employment.yaml &&
	    echo "$paper shapes: the same"
	rm -rf rtd.tmp/std rtd.tmp/county rtd.tmp/out rtd.tmp/shapes
	gkml-render -T docx -O paper=$paper -o rtd.tmp/std ../../catalogs/standard
	n=0 same=0
	for x in rtd.tmp/std/*/*.docx; do
		d=rtd.tmp/out/std/$(basename "$x" .docx)
		mkdir -p "$d"
		gkml-import -W error -o "$d/" "$x"
		n=$((n + 1))
		gkml-diff "../../catalogs/standard/$(basename "$x" .docx).yaml" \
		    "$d"/*.yaml >rtd.tmp/diff && same=$((same + 1)) ||
		    cat rtd.tmp/diff
	done
	echo "$paper standard: $same of $n catalogs the same"
	# Its notes (an older version skipped) are not the point; should it
	# fail, what it said is.
	gkml-render -T docx -O paper=$paper -o rtd.tmp/county \
	    ../../catalogs/example-county 2>rtd.tmp/err || cat rtd.tmp/err
	n=0 same=0
	for x in $(cd rtd.tmp/county && find . -name '*.docx' | sort); do
		d=rtd.tmp/out/$x
		mkdir -p "$d"
		gkml-import -W error -o "$d/" "rtd.tmp/county/$x"
		for y in "$d"/*.yaml; do
			id=$(sed -n 's/^  id: //p' "$y" | head -1)
			src=$(grep -l "^  id: $id\$" $(find ../../catalogs/example-county -name '*.yaml' ! -path '*previous*'))
			gkml-merge "$src" >rtd.tmp/resolved.yaml
			n=$((n + 1))
			gkml-diff rtd.tmp/resolved.yaml "$y" >rtd.tmp/diff &&
			    same=$((same + 1)) || cat rtd.tmp/diff
		done
	done
	echo "$paper example-county: $same of $n catalogs the same"
done
rm -rf rtd.tmp
