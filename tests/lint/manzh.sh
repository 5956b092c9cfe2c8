# make lint's manual check: the pages as they are pass; a Chinese page
# that lost an option (--help), or a page with no Chinese twin, fails,
# each named.
sh ../manzh.sh
echo "exit $?"
t=$(mktemp -d) || exit 2
trap 'rm -rf "$t"' EXIT
mkdir -p "$t/tests" "$t/cmd/zh_CN"
cp ../manzh.sh "$t/tests/"
cp ../../cmd/fmt.1 ../../cmd/merge.1 "$t/cmd/"
grep -v '^\.It Fl \\-help$' ../../cmd/zh_CN/fmt.1 >"$t/cmd/zh_CN/fmt.1"
(cd "$t" && sh tests/manzh.sh cmd/fmt.1 cmd/merge.1)
echo "exit $?"
