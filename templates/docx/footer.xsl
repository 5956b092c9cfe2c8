<?xml version="1.0" encoding="UTF-8"?>
<!--
  word/footer1.xml: the publisher at the left, "第N页 共M页" at the
  right, N and M as Word fields (PAGE, NUMPAGES), so the numbers are
  Word's own pagination.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">

<xsl:output method="xml" encoding="UTF-8" standalone="yes" indent="no"/>

<xsl:variable name="b" select="/gkml/board"/>
<xsl:variable name="sz" select="$b/@half-points"/>

<xsl:template match="/">
  <w:ftr>
    <w:p>
      <w:pPr>
        <w:tabs><w:tab w:val="right" w:pos="{$b/@twips-text}"/></w:tabs>
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
  </w:ftr>
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
