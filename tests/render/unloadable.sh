# A catalog that could not be loaded (broken YAML, a limit passed, a
# file that is not there) is trouble, exit 2, -O force or not: -O force
# overrides findings, not a catalog missing from the output.  An
# existing output is left as it was and no new one is made.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-unloadable.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
good=site/county/elderly-care.yaml
printf 'gkml: 1\ncatalog: [\n' >"$tmp/broken.yaml"
gkml-render -T html -o "$tmp/site" site 2>/dev/null
echo kept >"$tmp/site/marker"
(cd "$tmp/site" && find . | sort) >"$tmp/before"
for force in "" "-O force"; do
	for t in html docx xlsx; do
		echo "-T $t $force:"
		{
			gkml-render -T $t $force -o "$tmp/site" \
			    "$tmp/broken.yaml" $good
			echo "rc=$?"
			gkml-render -T $t $force -o "$tmp/b.$t" \
			    "$tmp/broken.yaml" 2>/dev/null
			echo "rc=$?"
			GKML_LIMITS=bytes=100 gkml-render -T $t $force \
			    -o "$tmp/site" $good
			echo "rc=$?"
			gkml-render -T $t $force -o "$tmp/site" \
			    "$tmp/missing.yaml"
			echo "rc=$?"
		} 2>&1 | sed "s|$tmp|TMP|g"
	done
done
(cd "$tmp/site" && find . | sort) | diff "$tmp/before" - &&
    cat "$tmp/site/marker"
ls "$tmp"
