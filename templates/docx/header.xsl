<?xml version="1.0" encoding="UTF-8"?>
<!--
  word/header1.xml: on every page, as on every board sheet, the
  catalog's title and the facts a reader looks for: jurisdiction, area,
  date and the supervision phone (the <title> and <info> of <board>).
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">

<xsl:output method="xml" encoding="UTF-8" standalone="yes" indent="no"/>

<xsl:variable name="b" select="/gkml/board"/>

<xsl:template match="/">
  <w:hdr>
    <w:p>
      <w:pPr><w:pStyle w:val="Title"/></w:pPr>
      <w:r>
        <w:rPr>
          <w:sz w:val="{$b/@title-half-points}"/>
          <w:szCs w:val="{$b/@title-half-points}"/>
        </w:rPr>
        <w:t xml:space="preserve"><xsl:value-of select="$b/title"/></w:t>
      </w:r>
    </w:p>
    <w:p>
      <w:pPr><w:pStyle w:val="Info"/></w:pPr>
      <xsl:for-each select="$b/info/field">
        <w:r>
          <w:rPr>
            <w:rFonts w:eastAsia="黑体" w:hint="eastAsia"/>
            <w:b/>
            <w:sz w:val="{$b/@half-points}"/>
            <w:szCs w:val="{$b/@half-points}"/>
          </w:rPr>
          <w:t xml:space="preserve"><xsl:if test="position() &gt; 1">　</xsl:if><xsl:value-of select="@label"/>：</w:t>
        </w:r>
        <w:r>
          <w:rPr>
            <w:sz w:val="{$b/@half-points}"/>
            <w:szCs w:val="{$b/@half-points}"/>
          </w:rPr>
          <w:t xml:space="preserve"><xsl:value-of select="."/></w:t>
        </w:r>
      </xsl:for-each>
    </w:p>
  </w:hdr>
</xsl:template>

</xsl:stylesheet>
