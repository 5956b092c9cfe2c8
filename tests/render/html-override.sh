# --templates DIR: a file there is used in place of ours, the others
# are still ours.  Here DIR/html has its own gkml.css and a tiny
# area.xsl that sees the whole catalog and makes its page alone;
# home.xsl, search.js and common.xsl stay ours.  Then an area.xsl that
# imports ours by path and changes one named template, as
# templates/README.md shows, and one of its own that asks for our rows
# with <?gkml-rows?>: both get them.  A template that does not load
# fails the run, and nothing is written.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-override.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/mine/html"
printf '/* mine */\nbody { background: #ffe; }\n' >"$tmp/mine/html/gkml.css"
cat >"$tmp/mine/html/area.xsl" <<'XSL'
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
<xsl:output method="html" version="5" encoding="UTF-8"/>
<xsl:template match="/">
<html lang="zh-CN"><head><title><xsl:value-of select="gkml/catalog/title"/></title>
<link rel="stylesheet" href="{gkml/render/@root}assets/gkml.css"/></head>
<body><h1>mine: <xsl:value-of select="gkml/catalog/title"/></h1>
<p><xsl:value-of select="count(//item)"/> items</p></body></html>
</xsl:template>
</xsl:stylesheet>
XSL
gkml-render -T html --templates "$tmp/mine" -o "$tmp/site" site
echo "rc=$?"
cat "$tmp/site/assets/gkml.css"
grep -h '<h1>\|items</p>' "$tmp/site/demo/elderly-care.html" \
    "$tmp/site/demo/town/xicun/village-affairs.html"
# Ours still make the home pages and the script.
grep -c 'class="masthead"' "$tmp/site/demo/index.html"
cmp "$tmp/site/assets/search.js" ../../templates/html/search.js &&
    echo "search.js: ours"
# One named template overridden, the rest imported from ours by path.
mkdir -p "$tmp/some/html"
cat >"$tmp/some/html/area.xsl" <<XSL
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
<xsl:import href="$GKML_DATADIR/templates/html/area.xsl"/>
<xsl:template name="gk.footer"><footer>本县自定页脚</footer></xsl:template>
</xsl:stylesheet>
XSL
gkml-render -T html --templates "$tmp/some" -o "$tmp/some-site" site
echo "rc=$?"
grep -o '<footer.*' "$tmp/some-site/demo/elderly-care.html"
grep -c '<caption' "$tmp/some-site/demo/elderly-care.html"
grep -c '本县自定页脚' "$tmp/some-site/demo/index.html"
echo "rows: $(grep -c '<tr id="i-' "$tmp/some-site/demo/elderly-care.html")"
mkdir -p "$tmp/rows/html"
cat >"$tmp/rows/html/area.xsl" <<'XSL'
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
<xsl:output method="html" version="5" encoding="UTF-8"/>
<xsl:template match="/">
<html lang="zh-CN"><head><title><xsl:value-of select="gkml/catalog/title"/></title></head>
<body><table class="mine"><xsl:processing-instruction name="gkml-rows"/></table></body></html>
</xsl:template>
</xsl:stylesheet>
XSL
gkml-render -T html --templates "$tmp/rows" -o "$tmp/rows-site" site
echo "rc=$?"
echo "rows: $(grep -c '<tr id="i-' "$tmp/rows-site/demo/elderly-care.html")"
grep -c 'gkml-rows' "$tmp/rows-site/demo/elderly-care.html"
# A broken template: a message, status 2, no site.
echo '<xsl:stylesheet' >"$tmp/mine/html/area.xsl"
gkml-render -T html --templates "$tmp/mine" -o "$tmp/broken" site \
    2>"$tmp/err"
echo "rc=$?"
sed "s|$tmp|TMP|g" "$tmp/err"
[ -e "$tmp/broken" ] && echo "a site was written" || echo "no site written"
