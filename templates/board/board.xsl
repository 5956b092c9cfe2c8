<?xml version="1.0" encoding="UTF-8"?>
<!--
  Board sheets (公示栏): one box a sheet of paper, drawn from the layout
  gkml-render computed and appended to the catalog as <board> (see
  templates/README.md), with a <?gkml-rows?> in each sheet's table
  where gkml-render writes that page's rows.  Every size below comes
  from <board>: the rows were placed on pages by measuring text at that type size in those
  column widths, so a stylesheet that changes a size here makes sheets
  that overflow.  Plain black on white, for a black-and-white printer;
  no script, nothing loaded from anywhere.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

<xsl:output method="html" encoding="UTF-8" indent="no"
    doctype-system="about:legacy-compat"/>

<xsl:variable name="b" select="/gkml/board"/>
<!-- Once, not a page: <board> has a child for every page. -->
<xsl:variable name="title" select="string($b/title)"/>
<xsl:variable name="fields" select="$b/info/field"/>
<xsl:variable name="cols" select="$b/columns/col"/>
<xsl:variable name="by" select="normalize-space($b/publisher)"/>
<xsl:variable name="by-text" select="string($b/publisher)"/>
<xsl:variable name="serif">"SimSun", "宋体", "Songti SC", "Noto Serif CJK SC", "Source Han Serif SC", serif</xsl:variable>
<xsl:variable name="sans">"SimHei", "黑体", "Heiti SC", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif</xsl:variable>
<!-- With base-url, the area page's address and its QR code. -->
<xsl:variable name="qr" select="$b/qr"/>
<!-- mm: the footer line (or the QR code's), below a gap -->
<xsl:variable name="foot">
  <xsl:choose>
    <xsl:when test="$qr"><xsl:value-of select="$b/@gap + $qr/@height"/></xsl:when>
    <xsl:otherwise><xsl:value-of select="$b/@gap + $b/@font * 25.4 div 72 * $b/@line"/></xsl:otherwise>
  </xsl:choose>
</xsl:variable>

<xsl:variable name="nl" select="'&#10;'"/>

<xsl:template match="/">
  <html lang="zh-CN">
    <xsl:value-of select="$nl"/>
    <head>
      <meta name="viewport" content="width=device-width"/>
      <title><xsl:value-of select="$title"/></title>
      <style><xsl:call-template name="css"/></style>
    </head>
    <xsl:value-of select="$nl"/>
    <body>
      <xsl:value-of select="$nl"/>
      <main>
        <xsl:value-of select="$nl"/>
        <xsl:apply-templates select="$b/page"/>
      </main>
      <xsl:value-of select="$nl"/>
    </body>
  </html>
  <xsl:value-of select="$nl"/>
</xsl:template>

<xsl:template name="css">
@page { size: <xsl:value-of select="translate($b/@paper, 'a', 'A')"/><xsl:text> </xsl:text><xsl:value-of select="$b/@orientation"/>; margin: 0; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; background: #fff; color: #000; }
body { font-family: <xsl:value-of select="$serif"/>; font-size: <xsl:value-of select="$b/@font"/>pt; line-height: <xsl:value-of select="$b/@line"/>; }
.sheet { width: <xsl:value-of select="$b/@width"/>mm; min-height: <xsl:value-of select="$b/@height - 1"/>mm; padding: <xsl:value-of select="$b/@margin"/>mm; display: flex; flex-direction: column; background: #fff; break-after: page; page-break-after: always; }
.sheet:last-child { break-after: auto; page-break-after: auto; }
h1 { font-family: <xsl:value-of select="$sans"/>; font-size: <xsl:value-of select="$b/@title-font"/>pt; line-height: <xsl:value-of select="$b/@title-line"/>; height: <xsl:value-of select="$b/title/@height"/>mm; font-weight: bold; text-align: center; margin: 0 0 <xsl:value-of select="$b/@gap"/>mm; overflow: hidden; overflow-wrap: anywhere; }
.info { height: <xsl:value-of select="$b/info/@height"/>mm; margin: 0 0 <xsl:value-of select="$b/@gap"/>mm; overflow: hidden; overflow-wrap: anywhere; }
.info span { display: inline-block; max-width: 100%; margin-right: 1em; }
.info b { font-family: <xsl:value-of select="$sans"/>; }
table { width: 100%; table-layout: fixed; border-collapse: collapse; border: <xsl:value-of select="$b/@rule"/>mm solid #000; }
th, td { border: <xsl:value-of select="$b/@rule"/>mm solid #000; padding: <xsl:value-of select="$b/@pady"/>mm <xsl:value-of select="$b/@padx"/>mm; vertical-align: top; text-align: left; overflow-wrap: anywhere; line-height: <xsl:value-of select="$b/@line"/>; }
th { font-family: <xsl:value-of select="$sans"/>; font-weight: bold; text-align: center; vertical-align: middle; }
td p { margin: 0; }
td.no, td.category { text-align: center; vertical-align: middle; }
td.category { font-family: <xsl:value-of select="$sans"/>; }
.foot { margin-top: auto; padding-top: <xsl:value-of select="$b/@gap"/>mm; height: <xsl:value-of select="format-number($foot, '0.0')"/>mm; display: flex; justify-content: space-between; white-space: nowrap; overflow: hidden; }
.foot .by { overflow: hidden; text-overflow: ellipsis; margin-right: 2em; }
<xsl:if test="$qr">.foot svg { flex: none; width: <xsl:value-of select="$qr/@side"/>mm; height: <xsl:value-of select="$qr/@side"/>mm; margin-right: <xsl:value-of select="$b/@gap"/>mm; }
.foot .where { flex: 1; min-width: 0; display: flex; flex-direction: column; }
.foot .url { white-space: normal; overflow-wrap: anywhere; }
</xsl:if>@media screen {
  html { background: #ccc; }
  .sheet { margin: 5mm auto; outline: 1px solid #000; }
}
</xsl:template>

<xsl:template match="page">
  <div class="sheet" id="page-{@n}">
    <xsl:value-of select="$nl"/>
    <h1><xsl:value-of select="$title"/></h1>
    <xsl:value-of select="$nl"/>
    <div class="info">
      <xsl:for-each select="$fields">
        <span><b><xsl:value-of select="@label"/>：</b><xsl:value-of select="."/></span>
      </xsl:for-each>
    </div>
    <xsl:value-of select="$nl"/>
    <table>
      <xsl:value-of select="$nl"/>
      <colgroup>
        <xsl:for-each select="$cols">
          <col style="width: {@width}mm"/>
        </xsl:for-each>
      </colgroup>
      <xsl:value-of select="$nl"/>
      <thead>
        <tr>
          <xsl:for-each select="$cols">
            <th scope="col">
              <xsl:for-each select="p">
                <xsl:if test="position() &gt; 1"><br/></xsl:if>
                <xsl:value-of select="."/>
              </xsl:for-each>
            </th>
          </xsl:for-each>
        </tr>
      </thead>
      <xsl:value-of select="$nl"/>
      <tbody>
        <xsl:value-of select="$nl"/>
        <!-- The page's rows, written here by gkml-render. -->
        <xsl:processing-instruction name="gkml-rows"/>
      </tbody>
      <xsl:value-of select="$nl"/>
    </table>
    <xsl:value-of select="$nl"/>
    <div class="foot">
      <xsl:choose>
        <xsl:when test="$qr">
          <!-- Vector modules, crisp in print; the quiet zone is in the
               viewBox. -->
          <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {$qr/@modules} {$qr/@modules}" role="img" aria-label="二维码：{$qr/@url}" shape-rendering="crispEdges">
            <path fill="#000" d="{$qr}"/>
          </svg>
          <span class="where">
            <span class="url"><xsl:value-of select="$qr/@label"/><xsl:value-of select="$qr/@url"/></span>
            <xsl:call-template name="by"/>
          </span>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="by"/>
        </xsl:otherwise>
      </xsl:choose>
      <span class="n">第<xsl:value-of select="@n"/>页 共<xsl:value-of select="$b/@pages"/>页</span>
    </div>
    <xsl:value-of select="$nl"/>
  </div>
  <xsl:value-of select="$nl"/>
</xsl:template>

<xsl:template name="by">
  <span class="by">
    <xsl:if test="$by">
      <xsl:text>编制单位：</xsl:text>
      <xsl:value-of select="$by-text"/>
    </xsl:if>
  </span>
</xsl:template>

</xsl:stylesheet>
