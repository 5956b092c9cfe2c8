<?xml version="1.0" encoding="UTF-8"?>
<!--
  The parts of the XLSX package that list its sheets, over the
  <workbook> that lib/out_xlsx.c builds (see sheet.xsl).  Parameter
  part picks one: content-types ([Content_Types].xml), workbook
  (xl/workbook.xml), workbook-rels (xl/_rels/workbook.xml.rels), core
  (docProps/core.xml) or app (docProps/app.xml).  The parts that never
  change are files beside this one: rels.xml (_rels/.rels) and
  styles.xml (xl/styles.xml).
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="xml" encoding="UTF-8" standalone="yes" indent="no"/>

  <xsl:param name="part" select="'workbook'"/>

  <xsl:variable name="OD"
      select="'http://schemas.openxmlformats.org/officeDocument/2006/relationships/'"/>
  <xsl:variable name="ML"
      select="'application/vnd.openxmlformats-officedocument.spreadsheetml.'"/>

  <xsl:template match="/">
    <xsl:choose>
      <xsl:when test="$part = 'content-types'">
        <xsl:apply-templates select="workbook" mode="content-types"/>
      </xsl:when>
      <xsl:when test="$part = 'workbook-rels'">
        <xsl:apply-templates select="workbook" mode="rels"/>
      </xsl:when>
      <xsl:when test="$part = 'core'">
        <xsl:apply-templates select="workbook" mode="core"/>
      </xsl:when>
      <xsl:when test="$part = 'app'">
        <xsl:apply-templates select="workbook" mode="app"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates select="workbook" mode="workbook"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="workbook" mode="content-types">
    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
      <Default Extension="rels"
          ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
      <Default Extension="xml" ContentType="application/xml"/>
      <Override PartName="/xl/workbook.xml"
          ContentType="{$ML}sheet.main+xml"/>
      <xsl:for-each select="sheet">
        <Override PartName="/xl/worksheets/sheet{@n}.xml"
            ContentType="{$ML}worksheet+xml"/>
      </xsl:for-each>
      <Override PartName="/xl/styles.xml"
          ContentType="{$ML}styles+xml"/>
      <Override PartName="/docProps/core.xml"
          ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
      <Override PartName="/docProps/app.xml"
          ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>
    </Types>
  </xsl:template>

  <!--
    The sheets in order, the list sheet of the dropdowns hidden, and for
    each area the header row repeated on every printed page (the title
    and particulars print once).
  -->
  <xsl:template match="workbook" mode="workbook">
    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
      <workbookPr/>
      <bookViews>
        <workbookView xWindow="0" yWindow="0" windowWidth="28800"
            windowHeight="15000" activeTab="0"/>
      </bookViews>
      <sheets>
        <xsl:for-each select="sheet">
          <sheet name="{@name}" sheetId="{@n}" r:id="rId{@n}">
            <xsl:if test="@kind = 'lists'">
              <xsl:attribute name="state">hidden</xsl:attribute>
            </xsl:if>
          </sheet>
        </xsl:for-each>
      </sheets>
      <definedNames>
        <xsl:for-each select="sheet[@kind != 'lists']">
          <definedName name="_xlnm.Print_Titles"
              localSheetId="{@n - 1}">
            <xsl:value-of select="concat(&quot;'&quot;, @name, &quot;'!$&quot;)"/>
            <xsl:choose>
              <xsl:when test="@kind = 'area'">3:$3</xsl:when>
              <xsl:otherwise>1:$1</xsl:otherwise>
            </xsl:choose>
          </definedName>
        </xsl:for-each>
      </definedNames>
    </workbook>
  </xsl:template>

  <xsl:template match="workbook" mode="rels">
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
      <xsl:for-each select="sheet">
        <Relationship Id="rId{@n}" Type="{$OD}worksheet"
            Target="worksheets/sheet{@n}.xml"/>
      </xsl:for-each>
      <Relationship Id="rId{count(sheet) + 1}" Type="{$OD}styles"
          Target="styles.xml"/>
    </Relationships>
  </xsl:template>

  <!-- Dates from the run's date only (site.date), never the clock. -->
  <xsl:template match="workbook" mode="core">
    <cp:coreProperties
        xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
        xmlns:dc="http://purl.org/dc/elements/1.1/"
        xmlns:dcterms="http://purl.org/dc/terms/"
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
      <dc:title>
        <xsl:choose>
          <xsl:when test="@title">
            <xsl:value-of select="@title"/>
          </xsl:when>
          <xsl:otherwise>
            <xsl:value-of select="concat(@name, '基层政务公开标准目录')"/>
          </xsl:otherwise>
        </xsl:choose>
      </dc:title>
      <dc:subject>基层政务公开标准目录</dc:subject>
      <dc:language>zh-CN</dc:language>
      <xsl:if test="@date">
        <dcterms:created xsi:type="dcterms:W3CDTF">
          <xsl:value-of select="concat(@date, 'T00:00:00Z')"/>
        </dcterms:created>
        <dcterms:modified xsi:type="dcterms:W3CDTF">
          <xsl:value-of select="concat(@date, 'T00:00:00Z')"/>
        </dcterms:modified>
      </xsl:if>
    </cp:coreProperties>
  </xsl:template>

  <xsl:template match="workbook" mode="app">
    <Properties
        xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
        xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">
      <Application>gkml</Application>
      <DocSecurity>0</DocSecurity>
      <ScaleCrop>false</ScaleCrop>
      <HeadingPairs>
        <vt:vector size="2" baseType="variant">
          <vt:variant>
            <vt:lpstr>工作表</vt:lpstr>
          </vt:variant>
          <vt:variant>
            <vt:i4><xsl:value-of select="count(sheet)"/></vt:i4>
          </vt:variant>
        </vt:vector>
      </HeadingPairs>
      <TitlesOfParts>
        <vt:vector size="{count(sheet)}" baseType="lpstr">
          <xsl:for-each select="sheet">
            <vt:lpstr><xsl:value-of select="@name"/></vt:lpstr>
          </xsl:for-each>
        </vt:vector>
      </TitlesOfParts>
      <LinksUpToDate>false</LinksUpToDate>
      <SharedDoc>false</SharedDoc>
      <HyperlinksChanged>false</HyperlinksChanged>
    </Properties>
  </xsl:template>
</xsl:stylesheet>
