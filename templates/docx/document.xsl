<?xml version="1.0" encoding="UTF-8"?>
<!--
  word/document.xml of a catalog as DOCX: the table of <board> (every
  column of the national template, see templates/README.md) as one real
  Word table, then the small tables of <aside>: 未涉及事项, 分类备注 and
  目录信息.  Word paginates it itself: the header row repeats on every
  page (w:tblHeader), a category's cell is merged down its rows
  (w:vMerge), a row that fits on a page is not split (w:cantSplit), and
  the rows of a category that fits on a page are kept together
  (w:keepNext).  Title and facts are in the page header (header.xsl),
  the page numbers in the footer (footer.xsl).

  The ids, and the items' own website columns, are hidden text
  (w:vanish), which Word and LibreOffice neither show nor print: a
  cell's @id at the end of its first paragraph, and in the header row
  the name of the column they make for gkml-import (@hidden: 事项编号,
  分类编号, 栏目, 栏目地址).  Every run of the document is made by
  the templates "run" and "hidden", but those of the catalog's rows:
  gkml-render writes them where this leaves its <?gkml-rows?>, as
  these templates would (lib/out_board.c).
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">

<xsl:output method="xml" encoding="UTF-8" standalone="yes" indent="no"/>

<xsl:variable name="b" select="/gkml/board"/>
<xsl:variable name="sz" select="$b/@half-points"/>
<xsl:variable name="cols" select="$b/columns/col"/>
<!-- Borders of 3/4 pt, cell padding of the sheet. -->
<xsl:variable name="padx" select="round($b/@padx * 1440 div 25.4)"/>
<xsl:variable name="pady" select="round($b/@pady * 1440 div 25.4)"/>
<!-- Lines exactly 1.5 times the type: "auto" would take the font's own
     line height, which differs between fonts. -->
<xsl:variable name="spacing">
  <w:spacing w:before="0" w:after="0" w:line="{round($b/@font * $b/@line * 20)}" w:lineRule="exact"/>
</xsl:variable>
<!-- Between the paragraphs of a cell (the entries of 公开内容, the
     citations of 公开依据), a third of the type size: they are told
     apart without a number that would become part of their text. -->
<xsl:variable name="gap" select="round($b/@font * 20 div 3)"/>
<!-- The labels written before a value in a cell, drawn in bold. -->
<xsl:variable name="labels" select="'五公开：|备注：|'"/>

<xsl:template match="/">
  <w:document>
    <w:body>
      <w:tbl>
        <xsl:call-template name="tblpr">
          <xsl:with-param name="look" select="'0020'"/>
        </xsl:call-template>
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
                <xsl:call-template name="hidden">
                  <xsl:with-param name="text" select="@hidden"/>
                </xsl:call-template>
              </w:p>
            </w:tc>
          </xsl:for-each>
        </w:tr>
        <!-- The rows, written here by gkml-render. -->
        <xsl:processing-instruction name="gkml-rows"/>
      </w:tbl>
      <xsl:apply-templates select="$b/aside"/>
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

<!-- A table's properties: the text's width, black rules, fixed layout. -->
<xsl:template name="tblpr">
  <xsl:param name="look"/>
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
    <w:tblLook w:val="{$look}" w:firstRow="{number($look = '0020')}" w:lastRow="0" w:firstColumn="{number($look = '0080')}" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>
  </w:tblPr>
</xsl:template>

<!--
  The paragraphs of the context cell, at least one (Word wants one in
  every cell); its @id hidden at the end of the first.
-->
<xsl:template name="paras">
  <xsl:param name="style"/>
  <xsl:param name="keep"/>
  <xsl:variable name="id" select="@id"/>
  <xsl:for-each select="p">
    <w:p>
      <xsl:call-template name="ppr">
        <xsl:with-param name="style" select="$style"/>
        <xsl:with-param name="keep" select="$keep"/>
        <xsl:with-param name="after" select="$gap * number(position() != last())"/>
      </xsl:call-template>
      <xsl:call-template name="labelled"/>
      <xsl:if test="position() = 1">
        <xsl:call-template name="hidden">
          <xsl:with-param name="text" select="$id"/>
        </xsl:call-template>
      </xsl:if>
    </w:p>
  </xsl:for-each>
  <xsl:if test="not(p)">
    <w:p>
      <xsl:call-template name="ppr">
        <xsl:with-param name="style" select="$style"/>
        <xsl:with-param name="keep" select="$keep"/>
      </xsl:call-template>
      <xsl:call-template name="hidden">
        <xsl:with-param name="text" select="$id"/>
      </xsl:call-template>
    </w:p>
  </xsl:if>
</xsl:template>

<xsl:template name="ppr">
  <xsl:param name="style"/>
  <xsl:param name="keep"/>
  <xsl:param name="after" select="0"/>
  <w:pPr>
    <w:pStyle w:val="{$style}"/>
    <xsl:if test="$keep">
      <w:keepNext/>
    </xsl:if>
    <w:spacing w:before="0" w:after="{$after}" w:line="{round($b/@font * $b/@line * 20)}" w:lineRule="exact"/>
  </w:pPr>
</xsl:template>

<!-- A paragraph's text: a label of $labels in front in bold. -->
<xsl:template name="labelled">
  <xsl:variable name="label" select="concat(substring-before(., '：'), '：')"/>
  <xsl:choose>
    <xsl:when test="contains(., '：') and
        contains(concat('|', $labels), concat('|', $label, '|'))">
      <xsl:call-template name="run">
        <xsl:with-param name="text" select="$label"/>
        <xsl:with-param name="bold" select="true()"/>
      </xsl:call-template>
      <xsl:call-template name="run">
        <xsl:with-param name="text" select="substring-after(., '：')"/>
      </xsl:call-template>
    </xsl:when>
    <xsl:otherwise>
      <xsl:call-template name="run"/>
    </xsl:otherwise>
  </xsl:choose>
</xsl:template>

<!-- After the table: a heading, then a small table of two columns. -->
<xsl:template match="aside">
  <w:p>
    <w:pPr>
      <w:pStyle w:val="AsideHead"/>
      <w:keepNext/>
    </w:pPr>
    <xsl:call-template name="run">
      <xsl:with-param name="text" select="@title"/>
    </xsl:call-template>
  </w:p>
  <w:tbl>
    <xsl:call-template name="tblpr">
      <xsl:with-param name="look">
        <xsl:choose>
          <xsl:when test="@header = 1">0020</xsl:when>
          <xsl:otherwise>0080</xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
    <w:tblGrid>
      <xsl:for-each select="col">
        <w:gridCol w:w="{@twips}"/>
      </xsl:for-each>
    </w:tblGrid>
    <xsl:if test="@header = 1">
      <w:tr>
        <w:trPr>
          <w:cantSplit/>
          <w:tblHeader/>
        </w:trPr>
        <xsl:for-each select="col">
          <w:tc>
            <w:tcPr>
              <w:tcW w:w="{@twips}" w:type="dxa"/>
              <w:vAlign w:val="center"/>
            </w:tcPr>
            <w:p>
              <w:pPr>
                <w:pStyle w:val="TableHead"/>
                <w:keepNext/>
                <xsl:copy-of select="$spacing"/>
              </w:pPr>
              <xsl:call-template name="run">
                <xsl:with-param name="text" select="@label"/>
              </xsl:call-template>
              <xsl:call-template name="hidden">
                <xsl:with-param name="text" select="@hidden"/>
              </xsl:call-template>
            </w:p>
          </w:tc>
        </xsl:for-each>
      </w:tr>
    </xsl:if>
    <xsl:for-each select="row">
      <w:tr>
        <w:trPr><w:cantSplit/></w:trPr>
        <xsl:for-each select="cell">
          <xsl:variable name="n" select="position()"/>
          <w:tc>
            <w:tcPr>
              <w:tcW w:w="{../../col[$n]/@twips}" w:type="dxa"/>
            </w:tcPr>
            <xsl:call-template name="paras">
              <xsl:with-param name="style">
                <xsl:choose>
                  <xsl:when test="../../@header = 0 and $n = 1">TableLabel</xsl:when>
                  <xsl:otherwise>TableText</xsl:otherwise>
                </xsl:choose>
              </xsl:with-param>
            </xsl:call-template>
          </w:tc>
        </xsl:for-each>
      </w:tr>
    </xsl:for-each>
  </w:tbl>
</xsl:template>

<!-- Text as a run at the sheet's type size (the context node's text
     unless said), bold if asked. -->
<xsl:template name="run">
  <xsl:param name="text" select="."/>
  <xsl:param name="bold" select="false()"/>
  <w:r>
    <w:rPr>
      <xsl:if test="$bold">
        <w:b/>
        <w:bCs/>
      </xsl:if>
      <w:sz w:val="{$sz}"/>
      <w:szCs w:val="{$sz}"/>
    </w:rPr>
    <w:t xml:space="preserve"><xsl:value-of select="$text"/></w:t>
  </w:r>
</xsl:template>

<!-- Hidden text: an id, or the name of the ids' column.  Nothing when
     there is none. -->
<xsl:template name="hidden">
  <xsl:param name="text"/>
  <xsl:if test="string($text) != ''">
    <w:r>
      <w:rPr>
        <w:vanish/>
        <w:sz w:val="{$sz}"/>
        <w:szCs w:val="{$sz}"/>
      </w:rPr>
      <w:t xml:space="preserve"><xsl:value-of select="$text"/></w:t>
    </w:r>
  </xsl:if>
</xsl:template>

</xsl:stylesheet>
