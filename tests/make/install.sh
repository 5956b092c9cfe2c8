# limit: 120 s
# make install DESTDIR=... PREFIX=/usr stages binaries, pages, schemas,
# templates and the standard catalogs, and the staged gkml-validate,
# with GKML_DATADIR unset and the source tree out of its reach, reads
# its data from DESTDIR/usr/share/gkml: a channel added to the staged
# vocabulary is accepted, and a broken staged vocabulary is reported
# under that path.  The build is a fresh one in a temporary directory
# (without optimisation, for speed), so the suite's own is untouched.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-install.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' INT TERM HUP
src=$(cd ../.. && pwd)
cat=$(pwd)/datadir.inc.yaml
unset GKML_DATADIR
d=$tmp/stage
make -s -C "$src" -j2 B="$tmp/build" CFLAGS=-O0 DESTDIR="$d" PREFIX=/usr \
    install >"$tmp/log" 2>&1 || { cat "$tmp/log"; exit 1; }

# Everything the source tree has to install is there, by name.
cd "$src" || exit 2
missing=0
want() {
	[ -f "$d/$1" ] || { echo "not installed: $1"; missing=1; }
}
for f in "$tmp"/build/gkml "$tmp"/build/gkml-*; do
	want "usr/bin/$(basename "$f")"
	[ -x "$d/usr/bin/$(basename "$f")" ] ||
	    echo "not executable: $(basename "$f")"
done
for f in cmd/*.1; do
	n=$(basename "$f" .1)
	[ "$n" = gkml ] || n=gkml-$n
	want "usr/share/man/man1/$n.1"
	want "usr/share/man/zh_CN/man1/$n.1"
done
want usr/share/man/man5/gkml.5
want usr/share/man/zh_CN/man5/gkml.5
for f in schemas/*.yaml schemas/*.json schemas/gkml.xsd \
    catalogs/standard/*.yaml catalogs/standard/village/*.yaml \
    $(find templates -type f | sort); do
	want "usr/share/gkml/$f"
done
[ $missing = 0 ] && echo "installed: binaries, pages, schemas, templates, standard catalogs"
# Nothing from elsewhere: the tests, the example county, the build.
(cd "$d" && find . -path '*example-county*' -o -name '*.o' -o -path '*tests*') |
    sed 's/^/installed, and should not be: /'

# The staged commands, run from outside the source tree.
cd "$tmp" || exit 2
cp "$cat" cat.yaml
bin=$d/usr/bin
"$bin/gkml-validate" "$d/usr/share/gkml/catalogs/standard/tax.yaml"
echo "a standard catalog: rc=$?"
"$bin/gkml-validate" cat.yaml 2>/dev/null
echo "village-radio, not in the vocabulary: rc=$?"
cat >>"$d/usr/share/gkml/schemas/vocab.yaml" <<'EOV'
  - slug: village-radio
    label: 村村响广播
EOV
"$bin/gkml-validate" cat.yaml
echo "village-radio, added to the staged vocabulary: rc=$?"
"$bin/gkml" validate cat.yaml
echo "through gkml: rc=$?"
# gkml-new finds the standard catalogs and the village's template where
# they were installed.
"$bin/gkml" new county -o dongshan --jurisdiction 东山县 --id dongshan \
    --area social-assistance --updated 2025-03-01 &&
"$bin/gkml" new township -o hexi --county dongshan \
    --jurisdiction 东山县河西街道 --id dongshan/hexi >/dev/null &&
"$bin/gkml" new village -o hexi/dongcun --township hexi \
    --jurisdiction 东山县河西街道东村 --id dongshan/hexi/dongcun >/dev/null &&
"$bin/gkml-validate" -W warning dongshan hexi
echo "gkml new, installed: rc=$?"
# The messages in Chinese, from the staged usr/share/locale.
[ -f "$d/usr/share/locale/zh_CN/LC_MESSAGES/gkml.mo" ] &&
    echo "installed: the messages in Chinese"
# man(1) finds the Chinese pages for a Chinese reader.
MANPATH=$d/usr/share/man man -L zh_CN -w gkml-validate 2>&1 | sed "s|$d/||"
MANPATH=$d/usr/share/man man -L zh_CN -w 5 gkml 2>&1 | sed "s|$d/||"
grep -q '^complete -F _gkml gkml ' "$d/usr/share/bash-completion/completions/gkml" &&
    echo "installed: the bash completion"
env -u LC_ALL -u LANGUAGE LANG=zh_CN.UTF-8 "$bin/gkml-validate" -T nope \
    cat.yaml 2>&1 | head -1
"$bin/gkml-render" -T html -o site cat.yaml
echo "rendered with the staged templates: rc=$?"
cmp -s site/assets/gkml.css "$d/usr/share/gkml/templates/html/gkml.css" &&
    echo "the staged stylesheet"
printf 'channel: [\n' >"$d/usr/share/gkml/schemas/vocab.yaml"
"$bin/gkml-validate" cat.yaml 2>err
echo "a broken staged vocabulary: rc=$?"
sed "s|$tmp|TMP|g" err
