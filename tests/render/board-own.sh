# Stylesheets of one's own (--templates DIR) for board sheets and the
# DOCX are given the whole page, the categories and every row in
# <board>, and get the rows where they write <?gkml-rows?>: the rows of
# page N at the Nth mark, nothing at a mark past the last page.  Ours
# must leave the mark: a board.xsl or document.xsl installed without it
# is an error (exit 2), not a table without rows.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-own.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
cat=../../catalogs/example-county/county/social-assistance.yaml
mkdir -p "$tmp/count/board" "$tmp/count/docx" "$tmp/mark/board" || exit 2
cat > "$tmp/count/board/board.xsl" <<'EOF'
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
<xsl:output method="text"/>
<xsl:template match="/">
<xsl:text>pages </xsl:text><xsl:value-of select="count(/gkml/board/page)"/>
<xsl:text>, rows </xsl:text><xsl:value-of select="count(/gkml/board/page/row)"/>
<xsl:text>, items </xsl:text><xsl:value-of select="count(/gkml/categories//item)"/>
<xsl:text>&#10;</xsl:text>
</xsl:template>
</xsl:stylesheet>
EOF
sed 's/board\/page)/board\/page)/' "$tmp/count/board/board.xsl" |
    sed 's/<xsl:output method="text"\/>/<xsl:output method="xml" omit-xml-declaration="yes"\/>/; s/<xsl:template match="\/">/<xsl:template match="\/"><doc>/; s/^<\/xsl:template>/<\/doc><\/xsl:template>/' \
    > "$tmp/count/docx/document.xsl"
cat > "$tmp/mark/board/board.xsl" <<'EOF'
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
<xsl:output method="html" encoding="UTF-8"/>
<xsl:template match="/">
  <div>
    <xsl:for-each select="/gkml/board/page">
      <table id="p{@n}"><xsl:processing-instruction name="gkml-rows"/></table>
    </xsl:for-each>
    <table id="past"><xsl:processing-instruction name="gkml-rows"/></table>
  </div>
</xsl:template>
</xsl:stylesheet>
EOF
echo "== board, own stylesheet without a mark"
gkml-render -T board --templates "$tmp/count" -o "$tmp/b.html" $cat &&
    cat "$tmp/b.html"
echo "== docx, own document.xsl without a mark"
gkml-render -T docx --templates "$tmp/count" -o "$tmp/d.docx" $cat &&
    unzip -p "$tmp/d.docx" word/document.xml && echo
echo "== board, own stylesheet with a mark a page and one more"
gkml-render -T board -O paper=a3 --templates "$tmp/mark" -o "$tmp/m.html" \
    $cat || exit 1
python3 - "$tmp/m.html" <<'PY'
import re, sys
s = open(sys.argv[1], encoding="utf-8").read()
for t in re.findall(r'<table id="([^"]*)">(.*?)</table>', s, re.S):
    print("table %s: %d rows" % (t[0], t[1].count("<tr>")))
print("marks left:", s.count("gkml-rows"))
PY
echo "== ours without the mark"
mkdir "$tmp/data" || exit 2
for f in "$GKML_DATADIR"/*; do
	ln -s "$f" "$tmp/data/" || exit 2
done
rm "$tmp/data/templates" && cp -R "$GKML_DATADIR/templates" "$tmp/data/" ||
    exit 2
sed '/processing-instruction name="gkml-rows"/d' \
    "$GKML_DATADIR/templates/board/board.xsl" > "$tmp/data/templates/board/board.xsl"
sed '/processing-instruction name="gkml-rows"/d' \
    "$GKML_DATADIR/templates/docx/document.xsl" > "$tmp/data/templates/docx/document.xsl"
for t in board docx; do
	GKML_DATADIR="$tmp/data" gkml-render -T $t -o "$tmp/none.$t" $cat
	echo "-T $t: exit $?"
	test -e "$tmp/none.$t" && echo "-T $t: written"
done
exit 0
