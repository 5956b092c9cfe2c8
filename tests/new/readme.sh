# catalogs/README.md's walk-through, from nothing to a published
# township, run as written: each command of its ```sh blocks in order,
# and its overlay example (the ```yaml block) written where its id says,
# in a directory of its own, from the top of a copy of the source tree's
# data.  Each command must succeed.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-new.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' INT TERM HUP
awk -v dir="$tmp" '
    /^ *```sh$/ { sh = 1; next }
    /^ *```yaml$/ { yaml = 1; text = ""; next }
    /^ *```$/ {
	if (yaml) {
		n = split(text, l, "\n")
		for (i = 1; i <= n; i++)
			if (l[i] ~ /^  id: /) { id = l[i]; sub(/^  id: /, "", id) }
		f = dir "/yaml" ++nyaml
		printf "%s", text > f
		close(f)
		print "# write " id ".yaml from yaml" nyaml
	}
	sh = yaml = 0; next
    }
    yaml { sub(/^   /, ""); text = text $0 "\n" }
    sh { sub(/^   /, ""); print }' ../../catalogs/README.md >"$tmp/walk"
cd "$tmp" || exit 2
# A command continued on the next lines is one command.
awk '{ if (sub(/\\$/, "")) { buf = buf $0; next } print buf $0; buf = "" }' \
    walk | while IFS= read -r cmd; do
	case $cmd in
	'# write '*)
		set -- $cmd
		cp "$5" "$3" && echo "wrote $3"
		continue ;;
	esac
	sh -c "$cmd" >out 2>err
	rc=$?
	echo "$rc: $cmd"
	[ $rc -eq 0 ] || cat err
done
# The overlay the README shows went out in the workbook and came back
# as it was written.
cmp -s yaml1 dongshan/hexi/employment.yaml &&
    echo "dongshan/hexi/employment.yaml: back as written"
