<?xml version="1.0" encoding="UTF-8"?>
<!--
  word/footer1.xml: the publisher at the left, "第N页 共M页" at the
  right, N and M as Word fields (PAGE, NUMPAGES), so the numbers are
  Word's own pagination.  With base-url (<qr> in <board>), a table
  without borders: the QR code of the area page's address (the image
  word/media/qr.png, relationship rIdQr of footer1.xml.rels) and beside
  it the address, then that line.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
    xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
    xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"
    xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    exclude-result-prefixes="wp a pic r">

<xsl:output method="xml" encoding="UTF-8" standalone="yes" indent="no"/>

<xsl:variable name="b" select="/gkml/board"/>
<xsl:variable name="sz" select="$b/@half-points"/>
<xsl:variable name="qr" select="$b/qr"/>
<!-- twips: the code's column, its side and a gap of 2 mm -->
<xsl:variable name="qrcol" select="round(($qr/@side + 2) * 1440 div 25.4)"/>

<xsl:template match="/">
  <w:ftr>
    <xsl:choose>
      <xsl:when test="$qr">
        <w:tbl>
          <w:tblPr>
            <w:tblW w:w="{$b/@twips-text}" w:type="dxa"/>
            <w:tblLayout w:type="fixed"/>
            <w:tblCellMar>
              <w:left w:w="0" w:type="dxa"/>
              <w:right w:w="0" w:type="dxa"/>
            </w:tblCellMar>
          </w:tblPr>
          <w:tblGrid>
            <w:gridCol w:w="{$qrcol}"/>
            <w:gridCol w:w="{$b/@twips-text - $qrcol}"/>
          </w:tblGrid>
          <w:tr>
            <w:tc>
              <w:tcPr><w:tcW w:w="{$qrcol}" w:type="dxa"/></w:tcPr>
              <w:p>
                <w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr>
                <xsl:call-template name="code"/>
              </w:p>
            </w:tc>
            <w:tc>
              <w:tcPr><w:tcW w:w="{$b/@twips-text - $qrcol}" w:type="dxa"/></w:tcPr>
              <w:p>
                <w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr>
                <xsl:call-template name="run">
                  <xsl:with-param name="text" select="concat($qr/@label, $qr/@url)"/>
                </xsl:call-template>
              </w:p>
              <xsl:call-template name="line">
                <xsl:with-param name="tab" select="$b/@twips-text - $qrcol"/>
              </xsl:call-template>
            </w:tc>
          </w:tr>
        </w:tbl>
        <!-- A footer ends with a paragraph. -->
        <w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/></w:pPr></w:p>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="line">
          <xsl:with-param name="tab" select="$b/@twips-text"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </w:ftr>
</xsl:template>

<!-- The QR code, inline, its side in EMUs. -->
<xsl:template name="code">
  <w:r>
    <w:drawing>
      <wp:inline distT="0" distB="0" distL="0" distR="0">
        <wp:extent cx="{$qr/@emu}" cy="{$qr/@emu}"/>
        <wp:docPr id="1" name="二维码" descr="二维码：{$qr/@url}"/>
        <a:graphic>
          <a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">
            <pic:pic>
              <pic:nvPicPr>
                <pic:cNvPr id="1" name="qr.png"/>
                <pic:cNvPicPr/>
              </pic:nvPicPr>
              <pic:blipFill>
                <a:blip r:embed="rIdQr"/>
                <a:stretch><a:fillRect/></a:stretch>
              </pic:blipFill>
              <pic:spPr>
                <a:xfrm>
                  <a:off x="0" y="0"/>
                  <a:ext cx="{$qr/@emu}" cy="{$qr/@emu}"/>
                </a:xfrm>
                <a:prstGeom prst="rect"><a:avLst/></a:prstGeom>
              </pic:spPr>
            </pic:pic>
          </a:graphicData>
        </a:graphic>
      </wp:inline>
    </w:drawing>
  </w:r>
</xsl:template>

<!-- The publisher, and at the right tab the page's number. -->
<xsl:template name="line">
  <xsl:param name="tab"/>
  <w:p>
    <w:pPr>
      <w:tabs><w:tab w:val="right" w:pos="{$tab}"/></w:tabs>
      <w:jc w:val="left"/>
    </w:pPr>
    <xsl:if test="normalize-space($b/publisher)">
      <xsl:call-template name="run">
        <xsl:with-param name="text" select="concat('编制单位：', $b/publisher)"/>
      </xsl:call-template>
    </xsl:if>
    <w:r><w:tab/></w:r>
    <xsl:call-template name="run">
      <xsl:with-param name="text" select="'第'"/>
    </xsl:call-template>
    <w:fldSimple w:instr=" PAGE ">
      <xsl:call-template name="run">
        <xsl:with-param name="text" select="'1'"/>
      </xsl:call-template>
    </w:fldSimple>
    <xsl:call-template name="run">
      <xsl:with-param name="text" select="'页 共'"/>
    </xsl:call-template>
    <w:fldSimple w:instr=" NUMPAGES ">
      <xsl:call-template name="run">
        <xsl:with-param name="text" select="'1'"/>
      </xsl:call-template>
    </w:fldSimple>
    <xsl:call-template name="run">
      <xsl:with-param name="text" select="'页'"/>
    </xsl:call-template>
  </w:p>
</xsl:template>

<xsl:template name="run">
  <xsl:param name="text"/>
  <w:r>
    <w:rPr>
      <w:sz w:val="{$sz}"/>
      <w:szCs w:val="{$sz}"/>
    </w:rPr>
    <w:t xml:space="preserve"><xsl:value-of select="$text"/></w:t>
  </w:r>
</xsl:template>

</xsl:stylesheet>
