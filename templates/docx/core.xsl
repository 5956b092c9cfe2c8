<?xml version="1.0" encoding="UTF-8"?>
<!--
  docProps/core.xml: title, publisher and date of the document, from the
  catalog; the date is the run's (SOURCE_DATE_EPOCH, or the catalogs'
  latest update), never the clock.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:dcterms="http://purl.org/dc/terms/"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">

<xsl:output method="xml" encoding="UTF-8" standalone="yes" indent="no"/>

<xsl:template match="/">
  <cp:coreProperties>
    <dc:title><xsl:value-of select="/gkml/board/title"/></dc:title>
    <xsl:if test="normalize-space(/gkml/board/publisher)">
      <dc:creator><xsl:value-of select="/gkml/board/publisher"/></dc:creator>
    </xsl:if>
    <dc:language>zh-CN</dc:language>
    <xsl:if test="string-length(/gkml/render/@date) = 10">
      <dcterms:created xsi:type="dcterms:W3CDTF"><xsl:value-of select="/gkml/render/@date"/>T00:00:00Z</dcterms:created>
      <dcterms:modified xsi:type="dcterms:W3CDTF"><xsl:value-of select="/gkml/render/@date"/>T00:00:00Z</dcterms:modified>
    </xsl:if>
  </cp:coreProperties>
</xsl:template>

</xsl:stylesheet>
