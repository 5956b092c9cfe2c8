<?xml version="1.0" encoding="UTF-8"?>
<!--
  One worksheet (xl/worksheets/sheetN.xml) of the XLSX workbook of a
  jurisdiction.  The input is the <workbook> that lib/out_xlsx.c builds:
  one <sheet n= name= kind=> per sheet, an area sheet holding its
  catalog's header (<gkml>; a sheet.xsl of your own is given the whole
  XML form) with its rows= and depth= (levels of categories), then
  <lists>, the vocabularies of the dropdowns.  Parameter n picks the
  sheet.

  This makes the frame of each sheet.  The rows that grow with a
  catalog are written by gkml-render itself (lib/out_xlsx_rows.c), of
  an area sheet where this writes <?gkml-rows?> in sheetData and its
  merged cells where it writes <?gkml-merges?> in mergeCells, of
  未涉及事项 and 分类备注 where it writes <?gkml-rows?>: see
  templates/README.md, XLSX.

  The layout is the contract gkml-import reads back: see
  templates/README.md, XLSX.  Every string goes out as an inline string
  (t="inlineStr"), never as a formula; numbers only in 序号.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
  <xsl:output method="xml" encoding="UTF-8" standalone="yes" indent="no"/>

  <xsl:param name="n" select="1"/>

  <!-- Cell styles: the cellXfs of styles.xml, by index. -->
  <xsl:variable name="S-TITLE" select="1"/>
  <xsl:variable name="S-INFO" select="2"/>
  <xsl:variable name="S-HEAD" select="3"/>
  <xsl:variable name="S-TEXT" select="4"/>
  <xsl:variable name="S-MID" select="5"/>
  <xsl:variable name="S-CAT" select="6"/>
  <xsl:variable name="S-ID" select="7"/>

  <!-- The header row: under the title and particulars of an area. -->
  <xsl:variable name="HEADROW"
      select="1 + 2 * number(/workbook/sheet[@n = $n]/@kind = 'area')"/>

  <!-- Column widths, in characters of the default font. -->
  <xsl:variable name="W-SEQ" select="6"/>
  <xsl:variable name="W-CAT" select="14"/>
  <xsl:variable name="W-NAME" select="16"/>
  <xsl:variable name="W-CONTENT" select="34"/>
  <xsl:variable name="W-BASIS" select="28"/>
  <xsl:variable name="W-DEADLINE" select="18"/>
  <xsl:variable name="W-BODY" select="14"/>
  <xsl:variable name="W-CHANNELS" select="18"/>
  <xsl:variable name="W-VOCAB" select="9"/>
  <xsl:variable name="W-LEVELS" select="11"/>
  <xsl:variable name="W-STAGE" select="8"/>
  <xsl:variable name="W-NOTES" select="22"/>
  <xsl:variable name="W-ID" select="24"/>

  <!-- Rows below the last written that the dropdowns cover too, for
       the items an officer adds. -->
  <xsl:variable name="ROOM" select="1000"/>

  <!-- Points a line of text takes, and the most lines a row shows. -->
  <xsl:variable name="LINE" select="14"/>
  <xsl:variable name="MAXLINES" select="28"/>
  <xsl:variable name="ASCII"> !"#$%&amp;'()*+,-./0123456789:;&lt;=&gt;?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~</xsl:variable>

  <xsl:variable name="NL" select="'&#10;'"/>
  <xsl:variable name="SEP" select="'、'"/>
  <xsl:variable name="ORDINALS" select="'一二三四五六七八九十'"/>

  <xsl:template match="/">
    <xsl:apply-templates select="workbook/sheet[@n = $n]"/>
  </xsl:template>

  <!-- === An area: the catalog as the table officers know === -->

  <!--
    Columns: 序号, one 事项 column for each level of categories and one
    for the items (一级事项, 二级事项; 三级事项 when categories nest),
    the eight columns of the item's fields, 五公开, 备注, two hidden
    columns of ids and two hidden of the item's own website column
    (栏目, 栏目地址: as written, empty when derived).  Rows: 1 the title, 2 the catalog's particulars,
    3 the header, then one row an item.
  -->
  <xsl:template match="sheet[@kind = 'area']">
    <xsl:variable name="g" select="gkml"/>
    <!-- e: how many 事项 columns (at least 一级 and 二级); f: the first
         column after them; last: the last one shown; rows: those below
         the header. -->
    <xsl:variable name="e" select="1 + @depth"/>
    <xsl:variable name="f" select="$e + 2"/>
    <xsl:variable name="last" select="$f + 9"/>
    <xsl:variable name="rows" select="number(@rows)"/>
    <xsl:variable name="lastcol">
      <xsl:call-template name="col">
        <xsl:with-param name="i" select="$last + 4"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="lastvis">
      <xsl:call-template name="col">
        <xsl:with-param name="i" select="$last"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="particulars">
      <xsl:apply-templates select="$g/catalog" mode="particulars"/>
    </xsl:variable>
    <worksheet>
      <sheetPr>
        <pageSetUpPr fitToPage="1"/>
      </sheetPr>
      <dimension ref="A1:{$lastcol}{3 + $rows}"/>
      <xsl:call-template name="views">
        <xsl:with-param name="split" select="3"/>
      </xsl:call-template>
      <sheetFormatPr defaultRowHeight="15"/>
      <!-- The categories' columns as wide as W-CAT, the items' W-NAME;
           二级事项 a little wider when it holds the items. -->
      <cols>
        <col min="1" max="1" width="{$W-SEQ}" customWidth="1"/>
        <col min="2" max="{$e}" width="{$W-CAT}" customWidth="1"/>
        <col min="{$e + 1}" max="{$e + 1}" width="{$W-NAME + 4 * number($e = 2)}"
            customWidth="1"/>
        <col min="{$f}" max="{$f}" width="{$W-CONTENT}" customWidth="1"/>
        <col min="{$f + 1}" max="{$f + 1}" width="{$W-BASIS}" customWidth="1"/>
        <col min="{$f + 2}" max="{$f + 2}" width="{$W-DEADLINE}"
            customWidth="1"/>
        <col min="{$f + 3}" max="{$f + 3}" width="{$W-BODY}" customWidth="1"/>
        <col min="{$f + 4}" max="{$f + 4}" width="{$W-CHANNELS}"
            customWidth="1"/>
        <col min="{$f + 5}" max="{$f + 6}" width="{$W-VOCAB}" customWidth="1"/>
        <col min="{$f + 7}" max="{$f + 7}" width="{$W-LEVELS}" customWidth="1"/>
        <col min="{$f + 8}" max="{$f + 8}" width="{$W-STAGE}" customWidth="1"/>
        <col min="{$f + 9}" max="{$f + 9}" width="{$W-NOTES}" customWidth="1"/>
        <col min="{$f + 10}" max="{$f + 13}" width="{$W-ID}" customWidth="1"
            hidden="1"/>
      </cols>
      <sheetData>
        <row r="1" ht="36" customHeight="1">
          <xsl:call-template name="cell">
            <xsl:with-param name="c" select="1"/>
            <xsl:with-param name="r" select="1"/>
            <xsl:with-param name="s" select="$S-TITLE"/>
            <xsl:with-param name="v" select="$g/catalog/title"/>
          </xsl:call-template>
        </row>
        <row r="2" ht="20" customHeight="1">
          <xsl:call-template name="cell">
            <xsl:with-param name="c" select="1"/>
            <xsl:with-param name="r" select="2"/>
            <xsl:with-param name="s" select="$S-INFO"/>
            <xsl:with-param name="v" select="substring($particulars, 3)"/>
          </xsl:call-template>
        </row>
        <row r="3" ht="32" customHeight="1">
          <xsl:call-template name="head">
            <xsl:with-param name="c" select="1"/>
            <xsl:with-param name="v" select="'序号'"/>
          </xsl:call-template>
          <xsl:call-template name="item-heads">
            <xsl:with-param name="k" select="1"/>
            <xsl:with-param name="e" select="$e"/>
          </xsl:call-template>
          <xsl:call-template name="heads">
            <xsl:with-param name="c" select="$f"/>
            <xsl:with-param name="list" select="'公开内容|公开依据|公开时限|公开主体|公开渠道和载体|公开对象|公开方式|公开层级|五公开|备注|分类编号|事项编号|栏目|栏目地址|'"/>
          </xsl:call-template>
        </row>
        <xsl:processing-instruction name="gkml-rows"/>
      </sheetData>
      <mergeCells>
        <mergeCell ref="A1:{$lastvis}1"/>
        <mergeCell ref="A2:{$lastvis}2"/>
        <xsl:processing-instruction name="gkml-merges"/>
      </mergeCells>
      <xsl:call-template name="dropdowns">
        <xsl:with-param name="f" select="$f"/>
        <xsl:with-param name="last" select="3 + $rows + $ROOM"/>
      </xsl:call-template>
      <xsl:call-template name="print"/>
    </worksheet>
  </xsl:template>

  <!--
    The dropdowns (data validations) of the vocabulary columns, from row
    4 down to row last, each offering the labels of its column of the
    list sheet.  公开渠道和载体 and 公开层级 often hold several values
    joined by 、, which no list holds: the message only informs.  The
    others hold one value but may hold several, which a catalog allows
    and the export writes: a warning, which lets the officer keep the
    value, where a stop would refuse it.
  -->
  <xsl:template name="dropdowns">
    <xsl:param name="f"/>
    <xsl:param name="last"/>
    <xsl:variable name="ls" select="/workbook/lists"/>
    <xsl:if test="$ls/list[term]">
      <dataValidations count="{count($ls/list[term])}">
        <xsl:for-each select="$ls/list[term]">
          <xsl:variable name="k" select="position()"/>
          <xsl:variable name="c">
            <xsl:call-template name="col">
              <xsl:with-param name="i" select="$f + 4 *
                  number(@key = 'channel') + 5 * number(@key = 'audience') +
                  6 * number(@key = 'mode') + 7 * number(@key = 'level') +
                  8 * number(@key = 'stage')"/>
            </xsl:call-template>
          </xsl:variable>
          <xsl:variable name="lc">
            <xsl:call-template name="col">
              <xsl:with-param name="i" select="$k"/>
            </xsl:call-template>
          </xsl:variable>
          <xsl:variable name="head">
            <xsl:call-template name="list-head"/>
          </xsl:variable>
          <xsl:variable name="many" select="@key = 'channel' or
              @key = 'level'"/>
          <xsl:variable name="eg">
            <xsl:value-of select="term[1]"/>
            <xsl:if test="term[2]">
              <xsl:value-of select="concat($SEP, term[2])"/>
            </xsl:if>
          </xsl:variable>
          <xsl:variable name="other">
            <xsl:if test="@other">列表以外的写“其他：说明”。</xsl:if>
          </xsl:variable>
          <dataValidation type="list" allowBlank="1" showInputMessage="1"
              showErrorMessage="1" errorTitle="{$head}" promptTitle="{$head}"
              sqref="{$c}4:{$c}{$last}">
            <xsl:choose>
              <xsl:when test="$many">
                <xsl:attribute name="errorStyle">information</xsl:attribute>
                <xsl:attribute name="prompt">
                  <xsl:value-of select="concat('从列表中选一项；有多项时用“、”连接，如：', $eg, '。', $other)"/>
                </xsl:attribute>
                <xsl:attribute name="error">
                  <xsl:value-of select="concat('不是列表中的单项。多项用“、”连接（如：', $eg, '）是允许的，点“确定”保留；若是笔误，点“取消”重填。', $other)"/>
                </xsl:attribute>
              </xsl:when>
              <xsl:otherwise>
                <xsl:attribute name="errorStyle">warning</xsl:attribute>
                <xsl:attribute name="prompt">
                  <xsl:value-of select="'请从列表中选择一项。'"/>
                </xsl:attribute>
                <xsl:attribute name="error">
                  <xsl:value-of select="concat('不在列表中。确有多项时用“、”连接（如：', $eg, '），点“是”保留；否则请从列表中选择。')"/>
                </xsl:attribute>
              </xsl:otherwise>
            </xsl:choose>
            <formula1>
              <xsl:value-of select="concat(&quot;'&quot;, $ls/@sheet,
                  &quot;'!$&quot;, $lc, '$2:$', $lc, '$', 1 + count(term))"/>
            </formula1>
          </dataValidation>
        </xsl:for-each>
      </dataValidations>
    </xsl:if>
  </xsl:template>

  <!-- The header of the area sheet's column a <list> serves. -->
  <xsl:template name="list-head">
    <xsl:choose>
      <xsl:when test="@key = 'channel'">公开渠道和载体</xsl:when>
      <xsl:when test="@key = 'audience'">公开对象</xsl:when>
      <xsl:when test="@key = 'mode'">公开方式</xsl:when>
      <xsl:when test="@key = 'level'">公开层级</xsl:when>
      <xsl:when test="@key = 'stage'">五公开</xsl:when>
      <xsl:otherwise><xsl:value-of select="@key"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- === 选项 (hidden): the lists of the dropdowns === -->

  <!--
    One column a vocabulary, in the order of <lists>: its column's header
    in row 1, its labels from row 2.
  -->
  <xsl:template match="sheet[@kind = 'lists']">
    <xsl:variable name="ls" select="/workbook/lists/list[term]"/>
    <xsl:variable name="most">
      <xsl:for-each select="$ls">
        <xsl:sort select="count(term)" data-type="number"
            order="descending"/>
        <xsl:if test="position() = 1">
          <xsl:value-of select="count(term)"/>
        </xsl:if>
      </xsl:for-each>
    </xsl:variable>
    <xsl:variable name="lastcol">
      <xsl:call-template name="col">
        <xsl:with-param name="i" select="count($ls) + number(not($ls))"/>
      </xsl:call-template>
    </xsl:variable>
    <worksheet>
      <dimension ref="A1:{$lastcol}{1 + number(concat('0', $most))}"/>
      <sheetFormatPr defaultRowHeight="15"/>
      <xsl:if test="$ls">
        <cols>
          <col min="1" max="{count($ls)}" width="{$W-CHANNELS + 8}"
              customWidth="1"/>
        </cols>
      </xsl:if>
      <sheetData>
        <row r="1">
          <xsl:for-each select="$ls">
            <xsl:call-template name="head">
              <xsl:with-param name="c" select="position()"/>
              <xsl:with-param name="v">
                <xsl:call-template name="list-head"/>
              </xsl:with-param>
            </xsl:call-template>
          </xsl:for-each>
        </row>
        <xsl:for-each select="$ls[count(term) = number($most)][1]/term">
          <xsl:variable name="i" select="position()"/>
          <row r="{1 + $i}">
            <xsl:for-each select="$ls">
              <xsl:if test="term[$i]">
                <xsl:call-template name="cell">
                  <xsl:with-param name="c" select="position()"/>
                  <xsl:with-param name="r" select="1 + $i"/>
                  <xsl:with-param name="v" select="term[$i]"/>
                </xsl:call-template>
              </xsl:if>
            </xsl:for-each>
          </row>
        </xsl:for-each>
      </sheetData>
      <xsl:call-template name="print"/>
    </worksheet>
  </xsl:template>

  <!-- The line under the title: 行政区域、层级、编制单位 and so on. -->
  <xsl:template match="catalog" mode="particulars">
    <xsl:apply-templates select="jurisdiction" mode="particular">
      <xsl:with-param name="k" select="'行政区域'"/>
    </xsl:apply-templates>
    <xsl:apply-templates select="level" mode="particular">
      <xsl:with-param name="k" select="'层级'"/>
    </xsl:apply-templates>
    <xsl:apply-templates select="publisher" mode="particular">
      <xsl:with-param name="k" select="'编制单位'"/>
    </xsl:apply-templates>
    <xsl:apply-templates select="version" mode="particular">
      <xsl:with-param name="k" select="'版本'"/>
    </xsl:apply-templates>
    <xsl:apply-templates select="updated" mode="particular">
      <xsl:with-param name="k" select="'更新日期'"/>
    </xsl:apply-templates>
    <xsl:apply-templates select="contact" mode="particular">
      <xsl:with-param name="k" select="'监督电话'"/>
    </xsl:apply-templates>
  </xsl:template>

  <!-- Each particular after two ideographic spaces: see the caller. -->
  <xsl:template match="*" mode="particular">
    <xsl:param name="k"/>
    <xsl:value-of select="concat('　　', $k, '：')"/>
    <xsl:call-template name="label"/>
  </xsl:template>

  <!-- 一级事项, 二级事项, ... up to column e. -->
  <xsl:template name="item-heads">
    <xsl:param name="k"/>
    <xsl:param name="e"/>
    <xsl:call-template name="head">
      <xsl:with-param name="c" select="1 + $k"/>
      <xsl:with-param name="v" select="concat(substring($ORDINALS, $k, 1),
          substring($k, 1, number($k > 10) * 9), '级事项')"/>
    </xsl:call-template>
    <xsl:if test="$k &lt; $e">
      <xsl:call-template name="item-heads">
        <xsl:with-param name="k" select="$k + 1"/>
        <xsl:with-param name="e" select="$e"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- === 未涉及事项: the items that do not apply, of every area === -->

  <!-- The rows are gkml-render's (lib/out_xlsx_rows.c): one an entry,
       the sheet's name, name, reason and id. -->
  <xsl:template match="sheet[@kind = 'not-applicable']">
    <xsl:call-template name="list">
      <xsl:with-param name="heads" select="'工作表|事项名称|未涉及原因|事项编号|'"/>
      <xsl:with-param name="widths" select="'14|28|48|24|'"/>
      <xsl:with-param name="count" select="number(@rows)"/>
      <xsl:with-param name="mark" select="true()"/>
    </xsl:call-template>
  </xsl:template>

  <!-- Whether a category of the workbook binds its own column. -->
  <xsl:variable name="CATCOLS" select="/workbook/@catcols = '1'"/>

  <!--
    === 分类备注: the notes of categories, of every area ===
    and their own website columns: 栏目 and 栏目地址 when some category
    binds one, as written.
  -->

  <!-- The rows are gkml-render's (lib/out_xlsx_rows.c): one a
       category with notes or a column of its own. -->
  <xsl:template match="sheet[@kind = 'notes']">
    <xsl:choose>
      <xsl:when test="$CATCOLS">
        <xsl:call-template name="list">
          <xsl:with-param name="heads" select="'工作表|分类编号|分类名称|备注|栏目|栏目地址|'"/>
          <xsl:with-param name="widths" select="'14|24|24|60|36|48|'"/>
          <xsl:with-param name="count" select="number(@rows)"/>
          <xsl:with-param name="mark" select="true()"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="list">
          <xsl:with-param name="heads" select="'工作表|分类编号|分类名称|备注|'"/>
          <xsl:with-param name="widths" select="'14|24|24|60|'"/>
          <xsl:with-param name="count" select="number(@rows)"/>
          <xsl:with-param name="mark" select="true()"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- === 目录信息: the particulars of each area's catalog === -->

  <xsl:template match="sheet[@kind = 'info']">
    <xsl:call-template name="list">
      <xsl:with-param name="heads" select="'工作表|目录编号|目录名称|领域|层级|行政区域|编制单位|版本|更新日期|监督电话|栏目|栏目地址|基础目录|继承|文件|'"/>
      <xsl:with-param name="widths" select="'14|48|40|16|8|20|22|10|12|16|36|48|h36|h36|h24|'"/>
      <xsl:with-param name="rows" select="../sheet/gkml/catalog"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="gkml/catalog" mode="list">
    <xsl:param name="r"/>
    <xsl:variable name="fit">
      <xsl:call-template name="fit">
        <xsl:with-param name="s" select="title"/>
        <xsl:with-param name="w" select="40"/>
      </xsl:call-template>
      <xsl:call-template name="fit">
        <xsl:with-param name="s" select="publisher"/>
        <xsl:with-param name="w" select="22"/>
      </xsl:call-template>
      <xsl:call-template name="fit">
        <xsl:with-param name="s" select="jurisdiction"/>
        <xsl:with-param name="w" select="20"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="lines">
      <xsl:call-template name="most">
        <xsl:with-param name="list" select="$fit"/>
      </xsl:call-template>
    </xsl:variable>
    <row r="{$r}" ht="{$lines * $LINE + 4}">
      <xsl:call-template name="cell">
        <xsl:with-param name="c" select="1"/>
        <xsl:with-param name="r" select="$r"/>
        <xsl:with-param name="v" select="ancestor::sheet/@name"/>
      </xsl:call-template>
      <xsl:call-template name="cell">
        <xsl:with-param name="c" select="2"/>
        <xsl:with-param name="r" select="$r"/>
        <xsl:with-param name="s" select="$S-ID"/>
        <xsl:with-param name="v" select="id"/>
      </xsl:call-template>
      <xsl:call-template name="vcell">
        <xsl:with-param name="c" select="3"/>
        <xsl:with-param name="r" select="$r"/>
        <xsl:with-param name="of" select="title"/>
        <xsl:with-param name="s" select="$S-TEXT"/>
      </xsl:call-template>
      <xsl:call-template name="vcell">
        <xsl:with-param name="c" select="4"/>
        <xsl:with-param name="r" select="$r"/>
        <xsl:with-param name="of" select="area"/>
        <xsl:with-param name="s" select="$S-TEXT"/>
      </xsl:call-template>
      <xsl:call-template name="vcell">
        <xsl:with-param name="c" select="5"/>
        <xsl:with-param name="r" select="$r"/>
        <xsl:with-param name="of" select="level"/>
        <xsl:with-param name="s" select="$S-TEXT"/>
      </xsl:call-template>
      <xsl:call-template name="vcell">
        <xsl:with-param name="c" select="6"/>
        <xsl:with-param name="r" select="$r"/>
        <xsl:with-param name="of" select="jurisdiction"/>
        <xsl:with-param name="s" select="$S-TEXT"/>
      </xsl:call-template>
      <xsl:call-template name="vcell">
        <xsl:with-param name="c" select="7"/>
        <xsl:with-param name="r" select="$r"/>
        <xsl:with-param name="of" select="publisher"/>
        <xsl:with-param name="s" select="$S-TEXT"/>
      </xsl:call-template>
      <xsl:call-template name="vcell">
        <xsl:with-param name="c" select="8"/>
        <xsl:with-param name="r" select="$r"/>
        <xsl:with-param name="of" select="version"/>
        <xsl:with-param name="s" select="$S-TEXT"/>
      </xsl:call-template>
      <xsl:call-template name="vcell">
        <xsl:with-param name="c" select="9"/>
        <xsl:with-param name="r" select="$r"/>
        <xsl:with-param name="of" select="updated"/>
        <xsl:with-param name="s" select="$S-TEXT"/>
      </xsl:call-template>
      <xsl:call-template name="vcell">
        <xsl:with-param name="c" select="10"/>
        <xsl:with-param name="r" select="$r"/>
        <xsl:with-param name="of" select="contact"/>
        <xsl:with-param name="s" select="$S-TEXT"/>
      </xsl:call-template>
      <xsl:call-template name="vcell">
        <xsl:with-param name="c" select="11"/>
        <xsl:with-param name="r" select="$r"/>
        <xsl:with-param name="of" select="column"/>
        <xsl:with-param name="s" select="$S-TEXT"/>
      </xsl:call-template>
      <xsl:call-template name="vcell">
        <xsl:with-param name="c" select="12"/>
        <xsl:with-param name="r" select="$r"/>
        <xsl:with-param name="of" select="column-url"/>
        <xsl:with-param name="s" select="$S-TEXT"/>
      </xsl:call-template>
      <!-- Hidden: an overlay's base and 'inherit', and the file's
           name, what gkml-import needs to give the file back. -->
      <xsl:if test="ancestor::sheet/@extends">
        <xsl:call-template name="cell">
          <xsl:with-param name="c" select="13"/>
          <xsl:with-param name="r" select="$r"/>
          <xsl:with-param name="s" select="$S-TEXT"/>
          <xsl:with-param name="v" select="ancestor::sheet/@extends"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:if test="ancestor::sheet/@inherit">
        <xsl:call-template name="cell">
          <xsl:with-param name="c" select="14"/>
          <xsl:with-param name="r" select="$r"/>
          <xsl:with-param name="s" select="$S-TEXT"/>
          <xsl:with-param name="v" select="ancestor::sheet/@inherit"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:call-template name="cell">
        <xsl:with-param name="c" select="15"/>
        <xsl:with-param name="r" select="$r"/>
        <xsl:with-param name="s" select="$S-TEXT"/>
        <xsl:with-param name="v" select="ancestor::sheet/@file"/>
      </xsl:call-template>
    </row>
  </xsl:template>

  <!-- === Shared by the sheets === -->

  <!--
    A plain list sheet: the header row (names in heads, each ending in
    '|', widths likewise), frozen, then one row for each of rows by the
    'list' mode of its template; or, with mark, the mark where
    gkml-render writes its count rows.
  -->
  <xsl:template name="list">
    <xsl:param name="heads"/>
    <xsl:param name="widths"/>
    <xsl:param name="rows" select="/.."/>
    <xsl:param name="count" select="count($rows)"/>
    <xsl:param name="mark" select="false()"/>
    <xsl:variable name="nc"
        select="string-length($heads) - string-length(translate($heads, '|', ''))"/>
    <xsl:variable name="lastcol">
      <xsl:call-template name="col">
        <xsl:with-param name="i" select="$nc"/>
      </xsl:call-template>
    </xsl:variable>
    <worksheet>
      <sheetPr>
        <pageSetUpPr fitToPage="1"/>
      </sheetPr>
      <dimension ref="A1:{$lastcol}{1 + $count}"/>
      <xsl:call-template name="views">
        <xsl:with-param name="split" select="1"/>
      </xsl:call-template>
      <sheetFormatPr defaultRowHeight="15"/>
      <cols>
        <xsl:call-template name="widths">
          <xsl:with-param name="c" select="1"/>
          <xsl:with-param name="list" select="$widths"/>
        </xsl:call-template>
      </cols>
      <sheetData>
        <row r="1" ht="24" customHeight="1">
          <xsl:call-template name="heads">
            <xsl:with-param name="c" select="1"/>
            <xsl:with-param name="list" select="$heads"/>
          </xsl:call-template>
        </row>
        <xsl:for-each select="$rows">
          <xsl:apply-templates select="." mode="list">
            <xsl:with-param name="r" select="1 + position()"/>
          </xsl:apply-templates>
        </xsl:for-each>
        <xsl:if test="$mark">
          <xsl:processing-instruction name="gkml-rows"/>
        </xsl:if>
      </sheetData>
      <xsl:call-template name="print"/>
    </worksheet>
  </xsl:template>

  <xsl:template name="views">
    <xsl:param name="split"/>
    <sheetViews>
      <sheetView workbookViewId="0">
        <xsl:if test="@n = 1">
          <xsl:attribute name="tabSelected">1</xsl:attribute>
        </xsl:if>
        <pane ySplit="{$split}" topLeftCell="A{$split + 1}"
            activePane="bottomLeft" state="frozen"/>
        <selection pane="bottomLeft" activeCell="A{$split + 1}"
            sqref="A{$split + 1}"/>
      </sheetView>
    </sheetViews>
  </xsl:template>

  <!-- Print: the paper of -O paper, landscape, fitted to the width. -->
  <xsl:template name="print">
    <printOptions horizontalCentered="1"/>
    <pageMargins left="0.4" right="0.4" top="0.6" bottom="0.6"
        header="0.3" footer="0.3"/>
    <pageSetup paperSize="9" orientation="landscape" fitToWidth="1"
        fitToHeight="0">
      <xsl:if test="/workbook/@paper = 'a3'">
        <xsl:attribute name="paperSize">8</xsl:attribute>
      </xsl:if>
    </pageSetup>
    <headerFooter>
      <oddFooter>&amp;C第 &amp;P 页 共 &amp;N 页</oddFooter>
    </headerFooter>
  </xsl:template>

  <!-- Header cells from a list of names, each ending in '|'. -->
  <xsl:template name="heads">
    <xsl:param name="c"/>
    <xsl:param name="list"/>
    <xsl:if test="contains($list, '|')">
      <xsl:call-template name="head">
        <xsl:with-param name="c" select="$c"/>
        <xsl:with-param name="v" select="substring-before($list, '|')"/>
      </xsl:call-template>
      <xsl:call-template name="heads">
        <xsl:with-param name="c" select="$c + 1"/>
        <xsl:with-param name="list" select="substring-after($list, '|')"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template name="head">
    <xsl:param name="c"/>
    <xsl:param name="v"/>
    <xsl:call-template name="cell">
      <xsl:with-param name="c" select="$c"/>
      <xsl:with-param name="r" select="$HEADROW"/>
      <xsl:with-param name="s" select="$S-HEAD"/>
      <xsl:with-param name="v" select="$v"/>
    </xsl:call-template>
  </xsl:template>

  <!-- <col> elements from a list of widths, each ending in '|'; a
       width after 'h' is of a hidden column. -->
  <xsl:template name="widths">
    <xsl:param name="c"/>
    <xsl:param name="list"/>
    <xsl:variable name="w" select="substring-before($list, '|')"/>
    <xsl:if test="contains($list, '|')">
      <col min="{$c}" max="{$c}" width="{translate($w, 'h', '')}"
          customWidth="1">
        <xsl:if test="starts-with($w, 'h')">
          <xsl:attribute name="hidden">1</xsl:attribute>
        </xsl:if>
      </col>
      <xsl:call-template name="widths">
        <xsl:with-param name="c" select="$c + 1"/>
        <xsl:with-param name="list" select="substring-after($list, '|')"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- A cell of vocabulary values (labels), centred by default. -->
  <xsl:template name="vcell">
    <xsl:param name="c"/>
    <xsl:param name="r"/>
    <xsl:param name="of"/>
    <xsl:param name="s" select="$S-MID"/>
    <xsl:call-template name="cell">
      <xsl:with-param name="c" select="$c"/>
      <xsl:with-param name="r" select="$r"/>
      <xsl:with-param name="s" select="$s"/>
      <xsl:with-param name="v">
        <xsl:call-template name="labels">
          <xsl:with-param name="of" select="$of"/>
        </xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!--
    A cell at column c, row r: an inline string, or an empty cell (kept
    for its borders) when v is empty.
  -->
  <xsl:template name="cell">
    <xsl:param name="c"/>
    <xsl:param name="r"/>
    <xsl:param name="s" select="$S-TEXT"/>
    <xsl:param name="v" select="''"/>
    <xsl:variable name="col">
      <xsl:call-template name="col">
        <xsl:with-param name="i" select="$c"/>
      </xsl:call-template>
    </xsl:variable>
    <c r="{$col}{$r}" s="{$s}">
      <xsl:if test="string($v) != ''">
        <xsl:attribute name="t">inlineStr</xsl:attribute>
        <is>
          <t>
            <!-- Spaces at either end are kept only when said so. -->
            <xsl:if test="normalize-space(substring($v, 1, 1)) = '' or
                normalize-space(substring($v, string-length($v))) = ''">
              <xsl:attribute name="xml:space">preserve</xsl:attribute>
            </xsl:if>
            <xsl:call-template name="esc">
              <xsl:with-param name="s" select="string($v)"/>
            </xsl:call-template>
          </t>
        </is>
      </xsl:if>
    </c>
  </xsl:template>

  <!--
    SpreadsheetML reads _xHHHH_ in a string as the character U+HHHH, so
    a literal "_x" is written "_x005F_x" (an escaped "_", then "x").
    Long strings are halved, never between "_" and "x", to keep the
    recursion shallow.
  -->
  <xsl:template name="esc">
    <xsl:param name="s"/>
    <xsl:variable name="len" select="string-length($s)"/>
    <xsl:choose>
      <xsl:when test="not(contains($s, '_x'))">
        <xsl:value-of select="$s"/>
      </xsl:when>
      <xsl:when test="$len > 64">
        <xsl:variable name="m" select="floor($len div 2) -
            number(substring($s, floor($len div 2), 1) = '_')"/>
        <xsl:call-template name="esc">
          <xsl:with-param name="s" select="substring($s, 1, $m)"/>
        </xsl:call-template>
        <xsl:call-template name="esc">
          <xsl:with-param name="s" select="substring($s, $m + 1)"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="substring-before($s, '_x')"/>
        <xsl:text>_x005F_x</xsl:text>
        <xsl:call-template name="esc">
          <xsl:with-param name="s" select="substring-after($s, '_x')"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!--
    Vocabulary values by their labels, joined by 、; one a line instead
    when a value holds a 、 itself (the text of 其他).
  -->
  <xsl:template name="labels">
    <xsl:param name="of"/>
    <xsl:variable name="sep">
      <xsl:choose>
        <xsl:when test="$of[contains(@other, $SEP) or contains(@label, $SEP) or
            (not(@label) and contains(., $SEP))]">
          <xsl:value-of select="$NL"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:value-of select="$SEP"/>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:for-each select="$of">
      <xsl:if test="position() > 1">
        <xsl:value-of select="$sep"/>
      </xsl:if>
      <xsl:call-template name="label"/>
    </xsl:for-each>
  </xsl:template>

  <!-- A value by its label: 其他：text for other, else as written. -->
  <xsl:template name="label">
    <xsl:choose>
      <xsl:when test="@other">
        <xsl:value-of select="@label"/>
        <xsl:if test="@other != ''">
          <xsl:value-of select="concat('：', @other)"/>
        </xsl:if>
      </xsl:when>
      <xsl:when test="@label">
        <xsl:value-of select="@label"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="."/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!--
    The lines text s takes in a column w characters wide, then a space:
    a character outside ASCII is two characters wide, each line of s
    wraps on its own.  Counting stops at MAXLINES, past the tallest row
    Excel allows.
  -->
  <xsl:template name="fit">
    <xsl:param name="s"/>
    <xsl:param name="w"/>
    <xsl:param name="n" select="0"/>
    <xsl:variable name="line" select="substring-before(concat($s, $NL), $NL)"/>
    <xsl:variable name="u" select="string-length($line) +
        string-length(translate($line, $ASCII, ''))"/>
    <xsl:variable name="k" select="$n + ceiling($u div ($w - 1.5)) +
        number($u = 0)"/>
    <xsl:choose>
      <xsl:when test="contains($s, $NL) and $k &lt; $MAXLINES">
        <xsl:call-template name="fit">
          <xsl:with-param name="s" select="substring-after($s, $NL)"/>
          <xsl:with-param name="w" select="$w"/>
          <xsl:with-param name="n" select="$k"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="$k > $MAXLINES">
        <xsl:value-of select="concat($MAXLINES, ' ')"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="concat($k, ' ')"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The largest of the numbers in list, each followed by a space. -->
  <xsl:template name="most">
    <xsl:param name="list"/>
    <xsl:param name="m" select="1"/>
    <xsl:variable name="k" select="number(substring-before($list, ' '))"/>
    <xsl:choose>
      <xsl:when test="not(contains($list, ' '))">
        <xsl:value-of select="$m"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="most">
          <xsl:with-param name="list" select="substring-after($list, ' ')"/>
          <xsl:with-param name="m" select="$m * number($m >= $k) +
              $k * number($k > $m)"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The letters of column i (1 is A). -->
  <xsl:template name="col">
    <xsl:param name="i"/>
    <xsl:if test="$i > 26">
      <xsl:call-template name="col">
        <xsl:with-param name="i" select="floor(($i - 1) div 26)"/>
      </xsl:call-template>
    </xsl:if>
    <xsl:value-of select="substring('ABCDEFGHIJKLMNOPQRSTUVWXYZ',
        ($i - 1) mod 26 + 1, 1)"/>
  </xsl:template>
</xsl:stylesheet>
