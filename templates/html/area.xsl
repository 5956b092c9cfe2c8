<?xml version="1.0" encoding="UTF-8"?>
<!--
  One area's catalog as a page of the website: the catalog's XML form
  (gkml(5), XML; CommonMark fields built as markup) with the <render>
  element catalog_page() appends: @root (the way up to the site's
  top), @site-title, @date, <crumb>s (the jurisdictions above, top
  first) and <sibling>s (the areas of this jurisdiction, @current on
  this one).

  A long catalog is several pages, each the XML form of its part:
  @page-number, @page-count, @first (the 序号 of the page's first
  item) and a <page n= href= first= items=> for each page, @current on
  this one.  A category shown in part after a page before has
  @cont="1".  The counts are the whole catalog's (its <sibling>); they
  are on the first page, the items not applicable on the last.

  The catalog is one table in the columns of the national template.
  Its rows are gkml-render's own (lib/out_html.c), the same whatever
  the templates: the page's XML form has no <categories>, and the
  rows go where this page writes <?gkml-rows?>, between </thead> and
  </table>.  A page of one's own must write it there once.  Each
  一级事项 is a row group (tbody id="c-CAT") headed by its name, each
  二级事项 a row id="i-ITEM" headed by its name, sub-categories (三级)
  heading rows (tr class="sub") inside their row group; gkml.css says
  how they look.  Items not applicable here follow in a table of
  their own, with the reasons.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

<xsl:import href="common.xsl"/>

<xsl:variable name="r" select="/gkml/render"/>
<xsl:variable name="root" select="string($r/@root)"/>
<xsl:variable name="cat" select="/gkml/catalog"/>
<xsl:variable name="brand">
	<xsl:choose>
		<xsl:when test="string($r/@site-title) != ''">
			<xsl:value-of select="$r/@site-title"/>
		</xsl:when>
		<xsl:when test="$r/crumb">
			<xsl:value-of select="$r/crumb[1]/@name"/>
		</xsl:when>
		<xsl:otherwise>
			<xsl:value-of select="$cat/jurisdiction"/>
		</xsl:otherwise>
	</xsl:choose>
</xsl:variable>
<xsl:variable name="title">
	<xsl:choose>
		<xsl:when test="string($cat/title) != ''">
			<xsl:value-of select="$cat/title"/>
		</xsl:when>
		<xsl:otherwise>
			<xsl:value-of select="$cat/jurisdiction"/>
			<xsl:call-template name="gk.area">
				<xsl:with-param name="label" select="$r/@area-label"/>
			</xsl:call-template>
			<xsl:value-of select="$gk.sub"/>
		</xsl:otherwise>
	</xsl:choose>
</xsl:variable>
<!-- A local area (x-…) has no label: the title stands for it. -->
<xsl:variable name="local" select="starts-with($r/@area-label, 'x-')"/>
<xsl:variable name="area">
	<xsl:call-template name="gk.area">
		<xsl:with-param name="label" select="$r/@area-label"/>
		<xsl:with-param name="title" select="$title"/>
	</xsl:call-template>
</xsl:variable>
<!-- Which page of how many (a long catalog is cut into pages). -->
<xsl:variable name="npages" select="count($r/page)"/>
<xsl:variable name="paged" select="$npages &gt; 1"/>
<xsl:variable name="pno">
	<xsl:choose>
		<xsl:when test="$paged">
			<xsl:value-of select="$r/page[@current]/@n"/>
		</xsl:when>
		<xsl:otherwise>1</xsl:otherwise>
	</xsl:choose>
</xsl:variable>
<!-- 第2页 共5页, in the title and the caption of a long catalog. -->
<xsl:variable name="at">
	<xsl:if test="$paged">
		<xsl:value-of select="concat('（第', $pno, '页 共', $npages, '页）')"/>
	</xsl:if>
</xsl:variable>

<xsl:template match="/">
	<html lang="zh-CN">
		<xsl:call-template name="gk.head">
			<xsl:with-param name="root" select="$root"/>
			<xsl:with-param name="title"
			    select="concat($title, $at, ' - ', $brand)"/>
		</xsl:call-template>
		<body class="page-area">
			<xsl:call-template name="gk.masthead">
				<xsl:with-param name="root" select="$root"/>
				<xsl:with-param name="brand" select="$brand"/>
			</xsl:call-template>
			<xsl:call-template name="gk.crumbs">
				<xsl:with-param name="items">
					<xsl:call-template name="crumbs"/>
				</xsl:with-param>
			</xsl:call-template>
			<div class="wrap layout">
				<xsl:call-template name="areas"/>
				<main id="main" tabindex="-1">
					<xsl:call-template name="gk.results"/>
					<xsl:call-template name="heading"/>
					<xsl:call-template name="pager">
						<xsl:with-param name="label" select="'分页'"/>
					</xsl:call-template>
					<xsl:call-template name="catalog"/>
					<xsl:call-template name="pager">
						<xsl:with-param name="label" select="'页末分页'"/>
					</xsl:call-template>
					<xsl:call-template name="not-applicable"/>
				</main>
			</div>
			<xsl:call-template name="gk.footer">
				<xsl:with-param name="brand" select="$brand"/>
				<xsl:with-param name="date" select="$r/@date"/>
				<xsl:with-param name="contact" select="$cat/contact"/>
				<xsl:with-param name="site" select="$r"/>
			</xsl:call-template>
		</body>
	</html>
</xsl:template>

<!-- 首页 › 示例县 › 清水镇 › 社会救助 -->
<xsl:template name="crumbs">
	<xsl:if test="not($r/crumb) or
	    $r/crumb[1]/@href != concat($root, 'index.html')">
		<li><a href="{$root}index.html">首页</a></li>
	</xsl:if>
	<xsl:for-each select="$r/crumb">
		<li>
			<a href="{@href}">
				<xsl:call-template name="gk.short">
					<xsl:with-param name="name" select="@name"/>
					<xsl:with-param name="parent"
					    select="preceding-sibling::crumb[1]/@name"/>
				</xsl:call-template>
			</a>
		</li>
	</xsl:for-each>
	<li aria-current="page"><xsl:value-of select="$area"/></li>
</xsl:template>

<!-- The other areas of this jurisdiction. -->
<xsl:template name="areas">
	<xsl:if test="count($r/sibling) &gt; 1">
		<nav class="areas" aria-labelledby="areas-h">
			<h2 id="areas-h">
				<xsl:call-template name="gk.short">
					<xsl:with-param name="name"
					    select="$r/crumb[last()]/@name"/>
					<xsl:with-param name="parent"
					    select="$r/crumb[last() - 1]/@name"/>
				</xsl:call-template>
				<xsl:text>公开领域</xsl:text>
			</h2>
			<ul>
				<xsl:for-each select="$r/sibling">
					<li>
						<a href="{@href}">
							<xsl:if test="@current">
								<xsl:attribute name="aria-current">page</xsl:attribute>
							</xsl:if>
							<xsl:call-template name="gk.area">
								<xsl:with-param name="label" select="@label"/>
								<xsl:with-param name="title" select="@title"/>
							</xsl:call-template>
						</a>
					</li>
				</xsl:for-each>
			</ul>
		</nav>
	</xsl:if>
</xsl:template>

<!-- The title and the facts a reader checks first. -->
<xsl:template name="heading">
	<xsl:variable name="me" select="$r/sibling[@current]"/>
	<h1><xsl:value-of select="$title"/></h1>
	<dl class="facts">
		<xsl:call-template name="fact">
			<xsl:with-param name="term" select="'行政区域'"/>
			<xsl:with-param name="value" select="$cat/jurisdiction"/>
		</xsl:call-template>
		<xsl:call-template name="fact">
			<xsl:with-param name="term" select="'编制单位'"/>
			<xsl:with-param name="value" select="$cat/publisher"/>
		</xsl:call-template>
		<xsl:call-template name="fact">
			<xsl:with-param name="term" select="'领域'"/>
			<xsl:with-param name="value" select="$r/@area-label[not($local)]"/>
		</xsl:call-template>
		<xsl:call-template name="fact">
			<xsl:with-param name="term" select="'目录层级'"/>
			<xsl:with-param name="value" select="$cat/level/@label"/>
		</xsl:call-template>
		<xsl:call-template name="fact">
			<xsl:with-param name="term" select="'版本'"/>
			<xsl:with-param name="value" select="$cat/version"/>
		</xsl:call-template>
		<xsl:if test="string($cat/updated) != ''">
			<div>
				<dt>更新日期</dt>
				<dd><time datetime="{$cat/updated}"><xsl:value-of select="$cat/updated"/></time></dd>
			</div>
		</xsl:if>
		<xsl:call-template name="fact">
			<xsl:with-param name="term" select="'监督电话'"/>
			<xsl:with-param name="value" select="$cat/contact"/>
		</xsl:call-template>
	</dl>
	<xsl:if test="$me and $pno = 1">
		<p class="summary">
			<xsl:text>本目录共 </xsl:text>
			<strong><xsl:value-of select="$me/@categories"/></strong>
			<xsl:text> 个一级事项、</xsl:text>
			<strong><xsl:value-of select="$me/@items"/></strong>
			<xsl:text> 个二级事项</xsl:text>
			<xsl:if test="$me/@not-applicable &gt; 0">
				<xsl:text>；另有 </xsl:text>
				<!-- They are on the last page. -->
				<a href="{$r/page[last()][$paged]/@href}#na">
				<xsl:value-of select="$me/@not-applicable"/>
				<xsl:text> 个事项未涉及</xsl:text></a>
			</xsl:if>
			<xsl:text>。</xsl:text>
		</p>
	</xsl:if>
</xsl:template>

<xsl:template name="fact">
	<xsl:param name="term"/>
	<xsl:param name="value"/>
	<xsl:if test="string($value) != ''">
		<div>
			<dt><xsl:value-of select="$term"/></dt>
			<dd><xsl:value-of select="$value"/></dd>
		</div>
	</xsl:if>
</xsl:template>

<!--
  The way through a long catalog's pages: 上一页, 第N页 共M页, 下一页,
  and a link to each page, or with many pages to the first, the last
  and those around this one.
-->
<xsl:template name="pager">
	<xsl:param name="label"/>
	<xsl:if test="$paged">
		<xsl:variable name="n" select="number($pno)"/>
		<xsl:variable name="few" select="$npages &lt;= 9"/>
		<nav class="pager" aria-label="{$label}">
			<xsl:call-template name="pager-step">
				<xsl:with-param name="to" select="$r/page[@n = $n - 1]"/>
				<xsl:with-param name="rel" select="'prev'"/>
				<xsl:with-param name="text" select="'上一页'"/>
			</xsl:call-template>
			<span class="pager-at"><xsl:value-of
			    select="concat('第', $n, '页 共', $npages, '页')"/></span>
			<xsl:call-template name="pager-step">
				<xsl:with-param name="to" select="$r/page[@n = $n + 1]"/>
				<xsl:with-param name="rel" select="'next'"/>
				<xsl:with-param name="text" select="'下一页'"/>
			</xsl:call-template>
			<ol class="pager-pages">
				<xsl:for-each select="$r/page[$few or @n = 1 or
				    @n = $npages or (@n &gt;= $n - 2 and @n &lt;= $n + 2)]">
					<!-- A gap where pages are left out. -->
					<xsl:if test="not($few) and @n - 1 &gt; 1 and
					    (@n - 1 &lt; $n - 2 or @n - 1 &gt; $n + 2)">
						<li class="pager-gap" aria-hidden="true">…</li>
					</xsl:if>
					<li>
						<a href="{@href}">
							<xsl:if test="@current">
								<xsl:attribute name="aria-current">page</xsl:attribute>
							</xsl:if>
							<xsl:if test="@items &gt; 0">
								<xsl:attribute name="title">
									<xsl:value-of select="concat('第',
									    @first, '–', @first + @items - 1,
									    '项')"/>
								</xsl:attribute>
							</xsl:if>
							<xsl:value-of select="@n"/>
						</a>
					</li>
				</xsl:for-each>
			</ol>
		</nav>
	</xsl:if>
</xsl:template>

<!-- 上一页 or 下一页: a link, or where there is none, the words. -->
<xsl:template name="pager-step">
	<xsl:param name="to"/>
	<xsl:param name="rel"/>
	<xsl:param name="text"/>
	<xsl:choose>
		<xsl:when test="$to">
			<a class="pager-step" rel="{$rel}" href="{$to/@href}">
				<xsl:value-of select="$text"/>
			</a>
		</xsl:when>
		<xsl:otherwise>
			<span class="pager-step" aria-disabled="true">
				<xsl:value-of select="$text"/>
			</span>
		</xsl:otherwise>
	</xsl:choose>
</xsl:template>

<!-- The catalog table. -->
<xsl:template name="catalog">
	<div class="table-wrap" role="region" aria-labelledby="cap" tabindex="0">
		<table class="catalog">
			<caption id="cap">
				<xsl:if test="not($local)">
					<xsl:value-of select="concat($r/@area-label, '领域')"/>
				</xsl:if>
				<xsl:text>公开事项</xsl:text>
				<xsl:value-of select="$at"/>
			</caption>
			<colgroup>
				<col class="c-no"/>
				<col class="c-l1"/>
				<col class="c-l2"/>
				<col class="c-content"/>
				<col class="c-basis"/>
				<col class="c-deadline"/>
				<col class="c-body"/>
				<col class="c-channels"/>
				<col class="c-audience"/>
				<col class="c-mode"/>
				<col class="c-levels"/>
			</colgroup>
			<thead>
				<tr>
					<th scope="col">序号</th>
					<th scope="col">一级事项</th>
					<th scope="col">二级事项</th>
					<th scope="col">公开内容</th>
					<th scope="col">公开依据</th>
					<th scope="col">公开时限</th>
					<th scope="col">公开主体</th>
					<th scope="col">公开渠道<br/>和载体</th>
					<th scope="col">公开<br/>对象</th>
					<th scope="col">公开<br/>方式</th>
					<th scope="col">公开<br/>层级</th>
				</tr>
			</thead>
			<xsl:processing-instruction name="gkml-rows"/>
		</table>
	</div>
</xsl:template>

<!-- 未涉及事项: what does not apply here, and why. -->
<xsl:template name="not-applicable">
	<xsl:variable name="na" select="/gkml/not-applicable/not-applicable"/>
	<xsl:if test="$na">
		<section class="na" id="na" aria-labelledby="na-h">
			<h2 id="na-h">未涉及事项</h2>
			<p>以下事项本级未涉及，说明如下。</p>
			<div class="table-wrap" role="region" aria-labelledby="na-cap" tabindex="0">
				<table class="na-table">
					<caption id="na-cap">
						<xsl:if test="not($local)">
							<xsl:value-of select="concat($r/@area-label, '领域')"/>
						</xsl:if>
						<xsl:text>未涉及事项说明</xsl:text>
					</caption>
					<colgroup>
						<col class="c-no"/>
						<col class="c-name"/>
						<col class="c-reason"/>
					</colgroup>
					<thead>
						<tr>
							<th scope="col">序号</th>
							<th scope="col">事项名称</th>
							<th scope="col">未涉及原因</th>
						</tr>
					</thead>
					<tbody>
						<!-- The item's id only in the anchor: a reader
						     is shown names, not ids. -->
						<xsl:for-each select="$na">
							<tr id="na-{id}">
								<td class="no"><xsl:value-of select="position()"/></td>
								<th scope="row">
									<xsl:value-of select="name"/>
									<xsl:if test="string(name) = ''">
										<xsl:text>（未写名称的事项）</xsl:text>
									</xsl:if>
								</th>
								<td data-label="未涉及原因"><xsl:value-of select="reason"/></td>
							</tr>
						</xsl:for-each>
					</tbody>
				</table>
			</div>
		</section>
	</xsl:if>
</xsl:template>

</xsl:stylesheet>
