# Outputs honour the umask: every directory and file made by a render
# (each -T format, with and without --zip, to a file and to a
# directory) and by gkml-fmt -w has the mode open(2) and mkdir(2) would
# give it, 0666 and 0777 less the umask.  The directories and files
# that break the rule are named.
# limit: 60 s
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-umask.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
one=../../catalogs/example-county/county/tax.yaml
for m in 022 077; do
	dmode=$(printf '%o' $((0777 & ~0$m)))
	fmode=$(printf '%o' $((0666 & ~0$m)))
	echo "umask $m: directories $dmode, files $fmode"
	d=$tmp/$m
	mkdir "$d"
	chmod 777 "$d"
	(
		umask $m
		gkml-render -T xsd -o "$d/gkml.xsd"
		for t in html xml board docx xlsx; do
			gkml-render -T $t -o "$d/$t" site
			gkml-render -T $t --zip -o "$d/$t.zip" site
			[ $t = html ] && continue
			gkml-render -T $t -o "$d/one.$t" $one
		done
		# Replaced: the new directory has the mode too.
		gkml-render -T html -o "$d/html" site
		cp $one "$d/fmt.yaml"
		printf '\n\n' >>"$d/fmt.yaml"
		gkml-fmt -w "$d/fmt.yaml"
	) 2>&1 | grep -v 'older version'
	(cd "$d" && find . -mindepth 1 \( -type d ! -perm $dmode \) -o \
	    \( -type f ! -perm $fmode \) | sort)
	echo "$(cd "$d" && find . -mindepth 1 | wc -l) made"
done
