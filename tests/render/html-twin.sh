# While the bundled area.xsl and common.xsl are in use, the rows of the
# catalog table are made in C (lib/out_html.c); with -O xslt, by those
# stylesheets alone.  Both must give the same bytes, exit status and
# messages: for every catalog of the tests and of catalogs/ (the hostile
# corpus among them), twin.inc.yaml (CommonMark of every kind, link
# targets to escape, categories four deep), Markdown 50,000 levels deep
# and two catalogs of several pages.  Then, with the stylesheets' rows
# broken in a copy of the data directory, only -O xslt shows it: each
# run went the way it says.
# limit: 60 s
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-twin.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
. ../gencat.inc
"$gencat" 2500 >"$tmp/generated.yaml" || exit 2
python3 long.py >"$tmp/long.yaml" || exit 2
# 50,000 quotes in one another: md.c keeps 32 levels, for both ways.
sed -n '1,/^categories:/p' twin.inc.yaml >"$tmp/deep.yaml"
python3 -c 'print("  - id: d\n    name: 深\n    items:\n      - id: d.1\n"
    "        name: 深\n        content: \"" + "> " * 50000 + "深\"")' \
    >>"$tmp/deep.yaml" || exit 2
# one FILE: "differ: FILE" unless both ways give the same.
cat >"$tmp/one.sh" <<'SH'
t=$(mktemp -d "${TMPDIR:-/tmp}/gkml-twin1.XXXXXX") || exit 2
gkml-render -T html -O force -o "$t/c" "$1" >"$t/c.out" 2>&1
echo "rc=$?" >>"$t/c.out"
gkml-render -T html -O force -O xslt -o "$t/x" "$1" >"$t/x.out" 2>&1
echo "rc=$?" >>"$t/x.out"
same=1
cmp -s "$t/c.out" "$t/x.out" || same=0
if [ -d "$t/c" ] || [ -d "$t/x" ]; then
	diff -r "$t/c" "$t/x" >/dev/null 2>&1 || same=0
fi
[ $same = 1 ] || echo "differ: $1"
rm -rf "$t"
SH
# On every processor: this is some 700 runs.
{ find ../../tests ../../catalogs -name '*.yaml' | sort
  echo "$tmp/generated.yaml"; echo "$tmp/long.yaml"; echo "$tmp/deep.yaml"; } |
    xargs -P "$(nproc)" -n 1 sh "$tmp/one.sh" | sort >"$tmp/differ"
cat "$tmp/differ"
differ=$(wc -l <"$tmp/differ" | tr -d ' ')
echo "inputs that differ: $differ"
gkml-render -T html -o "$tmp/c" twin.inc.yaml
echo "twin: rc=$? rows=$(grep -c '^<tr' "$tmp/c/twin/test/social-assistance.html")"
rm -rf "$tmp/c"
gkml-render -T html -o "$tmp/c" "$tmp/deep.yaml"
echo "deep: rc=$? quotes=$(grep -o '<blockquote>' \
    "$tmp/c/twin/test/social-assistance.html" | wc -l)"

mkdir "$tmp/data"
ln -s "$GKML_DATADIR/schemas" "$tmp/data/schemas"
cp -R "$GKML_DATADIR/templates" "$tmp/data/templates"
sed 's|<xsl:template match="item" mode="row">|&<tr class="broken"/></xsl:template><xsl:template match="item" mode="unused">|' \
    "$GKML_DATADIR/templates/html/area.xsl" >"$tmp/data/templates/html/area.xsl"
for o in "" "-O xslt"; do
	rm -rf "$tmp/c"
	GKML_DATADIR=$tmp/data gkml-render -T html $o -o "$tmp/c" twin.inc.yaml
	p=$tmp/c/twin/test/social-assistance.html
	echo "broken stylesheet rows${o:+, $o}: items $(grep -c '<tr id="i-' "$p"), broken $(grep -c 'class="broken"' "$p")"
done
