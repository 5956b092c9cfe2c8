# make lint's message check: the tree as it is passes; a message printed
# without _() fails, and so does a marked message without its Chinese,
# each named with its file.
sh ../po.sh
echo "exit $?"
t=$(mktemp -d) || exit 2
trap 'rm -rf "$t"' EXIT
mkdir -p "$t/tests" "$t/lib/po" "$t/cmd"
cp ../po.sh "$t/tests/"
cp ../../lib/*.c ../../lib/*.h "$t/lib/"
cp ../../cmd/*.c "$t/cmd/"
cp ../../lib/po/zh_CN.po "$t/lib/po/"
cat >>"$t/cmd/validate.c" <<'C'
static void
unmarked(void)
{
	fprintf(stderr, "gkml-validate: a sentence nobody translated\n");
	errx(2, "%s: nor this one", "x");
}
C
sh "$t/tests/po.sh" >"$t/out" 2>&1
echo "exit $?"
sed "s|$t/||" "$t/out"
cp ../../cmd/validate.c "$t/cmd/"
cat >>"$t/cmd/validate.c" <<'C'
static void
marked(void)
{
	fprintf(stderr, _("gkml-validate: a new sentence\n"));
}
C
sh "$t/tests/po.sh" >"$t/out" 2>&1
echo "exit $?"
sed "s|$t/||" "$t/out"
