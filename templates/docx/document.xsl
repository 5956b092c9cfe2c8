<?xml version="1.0" encoding="UTF-8"?>
<!--
  word/document.xml of a board sheet as DOCX: the table of <board> (the
  same columns as the HTML sheets, see templates/README.md) as one real
  Word table.  Word paginates it itself: the header row repeats on every
  page (w:tblHeader), a category's cell is merged down its rows
  (w:vMerge), a row that fits on a page is not split (w:cantSplit), and
  the rows of a category that fits on a page are kept together
  (w:keepNext).  Title and facts are in the page header (header.xsl),
  the page numbers in the footer (footer.xsl).
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">

<xsl:output method="xml" encoding="UTF-8" standalone="yes" indent="no"/>

<xsl:variable name="b" select="/gkml/board"/>
<xsl:variable name="sz" select="$b/@half-points"/>
<xsl:variable name="cols" select="$b/columns/col"/>
<!-- Borders of 3/4 pt, cell padding of the sheet (1.5 mm, 1 mm). -->
<xsl:variable name="padx" select="round($b/@padx * 1440 div 25.4)"/>
<xsl:variable name="pady" select="round($b/@pady * 1440 div 25.4)"/>
<!-- Lines exactly as high as on the sheets (1.5 em): "auto" would
     take the font's own line height, which differs between fonts. -->
<xsl:variable name="spacing">
  <w:spacing w:before="0" w:after="0" w:line="{round($b/@font * $b/@line * 20)}" w:lineRule="exact"/>
</xsl:variable>

<xsl:template match="/">
  <w:document>
    <w:body>
      <w:tbl>
        <w:tblPr>
          <w:tblW w:w="{$b/@twips-text}" w:type="dxa"/>
          <w:jc w:val="center"/>
          <w:tblBorders>
            <w:top w:val="single" w:sz="6" w:space="0" w:color="000000"/>
            <w:left w:val="single" w:sz="6" w:space="0" w:color="000000"/>
            <w:bottom w:val="single" w:sz="6" w:space="0" w:color="000000"/>
            <w:right w:val="single" w:sz="6" w:space="0" w:color="000000"/>
            <w:insideH w:val="single" w:sz="6" w:space="0" w:color="000000"/>
            <w:insideV w:val="single" w:sz="6" w:space="0" w:color="000000"/>
          </w:tblBorders>
          <w:tblLayout w:type="fixed"/>
          <w:tblCellMar>
            <w:top w:w="{$pady}" w:type="dxa"/>
            <w:left w:w="{$padx}" w:type="dxa"/>
            <w:bottom w:w="{$pady}" w:type="dxa"/>
            <w:right w:w="{$padx}" w:type="dxa"/>
          </w:tblCellMar>
          <w:tblLook w:val="0020" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>
        </w:tblPr>
        <w:tblGrid>
          <xsl:for-each select="$cols">
            <w:gridCol w:w="{@twips}"/>
          </xsl:for-each>
        </w:tblGrid>
        <w:tr>
          <w:trPr>
            <w:cantSplit/>
            <w:tblHeader/>
          </w:trPr>
          <xsl:for-each select="$cols">
            <w:tc>
              <w:tcPr>
                <w:tcW w:w="{@twips}" w:type="dxa"/>
                <w:vAlign w:val="center"/>
              </w:tcPr>
              <w:p>
                <w:pPr>
                  <w:pStyle w:val="TableHead"/>
                  <xsl:copy-of select="$spacing"/>
                </w:pPr>
                <xsl:for-each select="p">
                  <xsl:if test="position() &gt; 1">
                    <w:r><w:br/></w:r>
                  </xsl:if>
                  <xsl:call-template name="run"/>
                </xsl:for-each>
              </w:p>
            </w:tc>
          </xsl:for-each>
        </w:tr>
        <xsl:apply-templates select="$b/page/row"/>
      </w:tbl>
      <w:p>
        <w:pPr><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/></w:pPr>
      </w:p>
      <w:sectPr>
        <w:headerReference w:type="default" r:id="rId3"/>
        <w:footerReference w:type="default" r:id="rId4"/>
        <w:pgSz w:w="{$b/@twips-width}" w:h="{$b/@twips-height}">
          <xsl:if test="$b/@orientation = 'landscape'">
            <xsl:attribute name="w:orient">landscape</xsl:attribute>
          </xsl:if>
        </w:pgSz>
        <w:pgMar w:top="{$b/@twips-margin}" w:right="{$b/@twips-margin}"
            w:bottom="{$b/@twips-margin}" w:left="{$b/@twips-margin}"
            w:header="{round($b/@twips-margin div 2)}"
            w:footer="{round($b/@twips-margin div 2)}" w:gutter="0"/>
        <w:cols w:space="425"/>
        <w:docGrid w:linePitch="312"/>
      </w:sectPr>
    </w:body>
  </w:document>
</xsl:template>

<xsl:template match="row">
  <w:tr>
    <xsl:if test="@height &lt;= $b/@area">
      <w:trPr><w:cantSplit/></w:trPr>
    </xsl:if>
    <xsl:apply-templates select="cell"/>
  </w:tr>
</xsl:template>

<xsl:template match="cell">
  <xsl:variable name="k" select="@key"/>
  <w:tc>
    <w:tcPr>
      <w:tcW w:w="{$cols[@key = $k]/@twips}" w:type="dxa"/>
      <xsl:choose>
        <xsl:when test="@merged"><w:vMerge/></xsl:when>
        <xsl:when test="@span"><w:vMerge w:val="restart"/></xsl:when>
      </xsl:choose>
      <xsl:if test="@key = 'no' or @key = 'category'">
        <w:vAlign w:val="center"/>
      </xsl:if>
    </w:tcPr>
    <xsl:choose>
      <xsl:when test="p">
        <xsl:for-each select="p">
          <w:p>
            <xsl:call-template name="ppr">
              <xsl:with-param name="cell" select=".."/>
            </xsl:call-template>
            <xsl:call-template name="run"/>
          </w:p>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise>
        <w:p>
          <xsl:call-template name="ppr">
            <xsl:with-param name="cell" select="."/>
          </xsl:call-template>
        </w:p>
      </xsl:otherwise>
    </xsl:choose>
  </w:tc>
</xsl:template>

<xsl:template name="ppr">
  <xsl:param name="cell"/>
  <w:pPr>
    <xsl:choose>
      <xsl:when test="$cell/@key = 'no' or $cell/@key = 'category'">
        <w:pStyle w:val="TableCentre"/>
      </xsl:when>
      <xsl:otherwise>
        <w:pStyle w:val="TableText"/>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:if test="$cell/../@keep">
      <w:keepNext/>
    </xsl:if>
    <xsl:copy-of select="$spacing"/>
  </w:pPr>
</xsl:template>

<!-- The text of the context node as a run at the sheet's type size. -->
<xsl:template name="run">
  <w:r>
    <w:rPr>
      <w:sz w:val="{$sz}"/>
      <w:szCs w:val="{$sz}"/>
    </w:rPr>
    <w:t xml:space="preserve"><xsl:value-of select="."/></w:t>
  </w:r>
</xsl:template>

</xsl:stylesheet>
