# What the commands say about themselves, in English and in Chinese:
# gkml, gkml help, gkml help CMD, gkml CMD --help, gkml-CMD --help.
zh() { env -u LC_ALL -u LANGUAGE -u LC_MESSAGES LANG=zh_CN.UTF-8 "$@"; }
gkml help
echo "rc=$?"
zh gkml --help
echo "rc=$?"
gkml 2>&1 | head -3
echo "no command: rc=$(gkml >/dev/null 2>&1; echo $?)"
gkml help validate
zh gkml help merge
t=$(mktemp -d) || exit 2
trap 'rm -rf "$t"' EXIT
gkml stats --help >"$t/a"
gkml-stats --help >"$t/b"
gkml help stats >"$t/c"
cmp "$t/a" "$t/b" && cmp "$t/b" "$t/c" && echo "three ways, one help"
# Every command has its help, each option a line of its own.
for c in validate fmt diff merge render import stats; do
	n=$(gkml help $c | grep -c '^  -')
	echo "$c: $n options"
done
gkml help nosuch
echo "rc=$?"
# Bad usage prints the usage lines alone, on standard error.
zh gkml-merge -x 2>&1
gkml-merge -x 2>&1 >/dev/null | head -2
