# gkml-render -T docx, then gkml-import: the same catalogs, for every
# bundled one (the example county's overlays as they resolve) and the
# shapes of roundtrip-docx.inc.yaml, on A4 portrait (the smallest type)
# and on A3 landscape.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-import.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' INT TERM HUP
for paper in a4,portrait a3,landscape; do
	gkml-render -T docx -O paper=$paper -o "$tmp/shapes.docx" \
	    roundtrip-docx.inc.yaml
	gkml-import -W error -o "$tmp/shapes/" "$tmp/shapes.docx"
	gkml-diff roundtrip-docx.inc.yaml "$tmp/shapes/"*.yaml &&
	    echo "$paper shapes: the same"
	rm -rf "$tmp/std" "$tmp/county" "$tmp/out" "$tmp/shapes"
	gkml-render -T docx -O paper=$paper -o "$tmp/std" ../../catalogs/standard
	n=0 same=0
	for x in "$tmp"/std/*/*.docx; do
		d=$tmp/out/std/$(basename "$x" .docx)
		mkdir -p "$d"
		gkml-import -W error -o "$d/" "$x"
		n=$((n + 1))
		gkml-diff "../../catalogs/standard/$(basename "$x" .docx).yaml" \
		    "$d"/*.yaml >"$tmp/diff" && same=$((same + 1)) ||
		    cat "$tmp/diff"
	done
	echo "$paper standard: $same of $n catalogs the same"
	# Its notes (an older version skipped) are not the point; should it
	# fail, what it said is.
	gkml-render -T docx -O paper=$paper -o "$tmp/county" \
	    ../../catalogs/example-county 2>"$tmp/err" || cat "$tmp/err"
	n=0 same=0
	for x in $(cd "$tmp/county" && find . -name '*.docx' | sort); do
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
	echo "$paper example-county: $same of $n catalogs the same"
done
