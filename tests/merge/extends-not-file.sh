# An extends that names no regular file, or is no path, is refused at
# once, at its line: a FIFO (which would block the open), a device
# (which would be read to the limit), a file whose read fails (said at
# the extends, exit 2), a directory, an empty path; and a
# list or a mapping, which no command can resolve (validate: a finding,
# exit 1; the others cannot load the catalog, exit 2).  A file named on
# the command line may still be a pipe.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-extends.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM
here=$(pwd)
cp county.base.yaml "$tmp/" && mkdir "$tmp/dir" && mkfifo "$tmp/fifo" &&
    cd "$tmp" || exit 2
for ext in fifo /dev/zero /proc/self/mem dir "''" "[county.base.yaml]" "{file: county.base.yaml}"; do
	sed "s|extends: county.base.yaml|extends: $ext|" \
	    "$here/omit.yaml" >overlay.yaml
	echo "extends: $ext"
	for c in validate merge diff stats render; do
		case $c in
		diff)	set -- gkml-diff overlay.yaml county.base.yaml ;;
		render)	set -- gkml-render -T xml -o out overlay.yaml ;;
		*)	set -- gkml-$c overlay.yaml ;;
		esac
		"$@" >/dev/null 2>err
		echo "  $c: rc=$? $(grep -v '^gkml-render: not' err)"
	done
done
# Standard input, and a pipe named on the command line, are read.
gkml-merge - <county.base.yaml | cmp -s - county.base.yaml &&
    echo "a base on standard input: merged"
cat county.base.yaml >fifo &
gkml-validate fifo && echo "a FIFO named on the command line: valid"
wait
