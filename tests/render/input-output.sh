# An output that is, or holds, one of the inputs is refused before
# anything is written: the input stays as it was (exit 2).
t=$(mktemp -d "${TMPDIR:-/tmp}/gkml-inout.XXXXXX") || exit 2
trap 'rm -rf "$t"' EXIT INT TERM
mkdir "$t/d"
cp ../../catalogs/example-county/county/health.yaml "$t/in.yaml" || exit 2
cp "$t/in.yaml" "$t/d/in.yaml"
touch "$t/d/.gkml-render"
cd "$t" || exit 2
gkml-render -T xml -o in.yaml in.yaml; echo "file over itself: rc=$?"
gkml-render -T html -o d/ d; echo "site over its own inputs: rc=$?"
gkml-render -T docx -o d d/in.yaml; echo "a directory holding it: rc=$?"
cmp -s in.yaml d/in.yaml && echo "inputs unchanged"
ls -A d
