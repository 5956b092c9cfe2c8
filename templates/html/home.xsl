<?xml version="1.0" encoding="UTF-8"?>
<!--
  The home pages of the website, from the site index (<site>, as in
  index.xml): one per jurisdiction (param jur, its key; root, the way
  up to the site's top) listing its areas and the jurisdictions below
  it, and the top page (param top=1) listing every jurisdiction as a
  tree.  Every href in <site> is relative to the top.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

<xsl:import href="common.xsl"/>

<xsl:param name="jur" select="''"/>
<xsl:param name="root" select="''"/>
<xsl:param name="top" select="''"/>

<xsl:key name="jur" match="jurisdiction" use="@key"/>
<xsl:key name="kids" match="jurisdiction" use="@parent"/>

<xsl:variable name="site" select="/site"/>
<xsl:variable name="tops" select="/site/jurisdiction[not(@parent)]"/>
<xsl:variable name="me" select="key('jur', $jur)[not($top = '1')]"/>
<!-- The top of this page's chain of jurisdictions. -->
<xsl:variable name="first" select="$tops[$me][@key = '' or
    starts-with(concat($jur, '/'), concat(@key, '/'))]"/>
<xsl:variable name="brand">
	<xsl:choose>
		<xsl:when test="string(/site/@title) != ''">
			<xsl:value-of select="/site/@title"/>
		</xsl:when>
		<xsl:when test="$first">
			<xsl:value-of select="$first/@name"/>
		</xsl:when>
		<xsl:when test="count($tops) = 1">
			<xsl:value-of select="$tops/@name"/>
		</xsl:when>
		<xsl:otherwise>基层政务公开</xsl:otherwise>
	</xsl:choose>
</xsl:variable>
<!-- Whether index.html at the top is a jurisdiction's own page. -->
<xsl:variable name="top-is-jur" select="boolean(key('jur', ''))"/>

<xsl:template match="/">
	<xsl:variable name="h1">
		<xsl:choose>
			<xsl:when test="$me">
				<xsl:value-of select="concat($me/@name, $gk.sub)"/>
			</xsl:when>
			<xsl:when test="count($tops) = 1">
				<xsl:value-of select="concat($tops/@name, $gk.sub)"/>
			</xsl:when>
			<xsl:otherwise>
				<xsl:value-of select="$gk.sub"/>
			</xsl:otherwise>
		</xsl:choose>
	</xsl:variable>
	<html lang="zh-CN">
		<xsl:call-template name="gk.head">
			<xsl:with-param name="root" select="$root"/>
			<xsl:with-param name="title"
			    select="concat($h1, ' - ', $brand)"/>
		</xsl:call-template>
		<body class="page-home">
			<xsl:call-template name="gk.masthead">
				<xsl:with-param name="root" select="$root"/>
				<xsl:with-param name="brand" select="$brand"/>
				<xsl:with-param name="sub" select="''"/>
			</xsl:call-template>
			<xsl:call-template name="gk.crumbs">
				<xsl:with-param name="items">
					<xsl:call-template name="crumbs"/>
				</xsl:with-param>
			</xsl:call-template>
			<div class="wrap">
				<main id="main" tabindex="-1">
					<xsl:call-template name="gk.results"/>
					<h1><xsl:value-of select="$h1"/></h1>
					<xsl:choose>
						<xsl:when test="$me">
							<xsl:apply-templates select="$me" mode="home"/>
						</xsl:when>
						<xsl:otherwise>
							<xsl:call-template name="top"/>
						</xsl:otherwise>
					</xsl:choose>
				</main>
			</div>
			<xsl:call-template name="gk.footer">
				<xsl:with-param name="brand" select="$brand"/>
				<xsl:with-param name="date" select="/site/@date"/>
				<xsl:with-param name="site" select="/site"/>
			</xsl:call-template>
		</body>
	</html>
</xsl:template>

<!-- 首页 › 示例县 › 清水镇, the last one this page. -->
<xsl:template name="crumbs">
	<xsl:choose>
		<xsl:when test="not($me)">
			<li aria-current="page">首页</li>
		</xsl:when>
		<xsl:otherwise>
			<xsl:if test="not($top-is-jur)">
				<li><a href="{$root}index.html">首页</a></li>
			</xsl:if>
			<xsl:apply-templates select="$me" mode="crumb"/>
		</xsl:otherwise>
	</xsl:choose>
</xsl:template>

<xsl:template match="jurisdiction" mode="crumb">
	<xsl:param name="depth" select="0"/>
	<xsl:variable name="up" select="key('jur', @parent)"/>
	<xsl:if test="@parent and $depth &lt; 32">
		<xsl:apply-templates select="$up" mode="crumb">
			<xsl:with-param name="depth" select="$depth + 1"/>
		</xsl:apply-templates>
	</xsl:if>
	<li>
		<xsl:if test="$depth = 0">
			<xsl:attribute name="aria-current">page</xsl:attribute>
		</xsl:if>
		<xsl:choose>
			<xsl:when test="$depth = 0">
				<xsl:call-template name="name"/>
			</xsl:when>
			<xsl:otherwise>
				<a href="{$root}{@href}"><xsl:call-template name="name"/></a>
			</xsl:otherwise>
		</xsl:choose>
	</li>
</xsl:template>

<!-- A jurisdiction's name, short under its parent's. -->
<xsl:template name="name">
	<xsl:call-template name="gk.short">
		<xsl:with-param name="name" select="@name"/>
		<xsl:with-param name="parent" select="key('jur', @parent)/@name"/>
	</xsl:call-template>
</xsl:template>

<!-- A jurisdiction's page: its areas, then the jurisdictions below. -->
<xsl:template match="jurisdiction" mode="home">
	<xsl:variable name="kids" select="key('kids', @key)"/>
	<p class="summary">
		<xsl:text>本级共公开 </xsl:text>
		<strong><xsl:value-of select="count(catalog)"/></strong>
		<xsl:text> 个领域、</xsl:text>
		<strong><xsl:value-of select="@items"/></strong>
		<xsl:text> 个二级事项</xsl:text>
		<xsl:if test="@updated">
			<xsl:text>，最近更新于 </xsl:text>
			<time datetime="{@updated}"><xsl:value-of select="@updated"/></time>
		</xsl:if>
		<xsl:text>。</xsl:text>
		<xsl:if test="$kids">
			<xsl:text>下辖 </xsl:text>
			<a href="#below"><xsl:value-of select="count($kids)"/>
			<xsl:text> 个单位</xsl:text></a>
			<xsl:text>的目录见本页下方。</xsl:text>
		</xsl:if>
	</p>
	<xsl:if test="catalog">
		<section aria-labelledby="areas-h">
			<h2 id="areas-h">公开领域</h2>
			<div class="table-wrap" role="region" aria-labelledby="areas-cap" tabindex="0">
				<table class="areas-table">
					<caption id="areas-cap">
						<xsl:value-of select="@name"/>
						<xsl:text>各领域标准目录</xsl:text>
					</caption>
					<thead>
						<tr>
							<th scope="col">序号</th>
							<th scope="col">领域</th>
							<th scope="col" class="num">一级事项</th>
							<th scope="col" class="num">二级事项</th>
							<th scope="col" class="num">未涉及事项</th>
							<th scope="col">更新日期</th>
						</tr>
					</thead>
					<tbody>
						<xsl:for-each select="catalog">
							<tr>
								<td class="no"><xsl:value-of select="position()"/></td>
								<th scope="row">
									<a href="{$root}{@href}">
										<xsl:call-template name="gk.area">
											<xsl:with-param name="label" select="@label"/>
											<xsl:with-param name="title" select="@title"/>
										</xsl:call-template>
									</a>
								</th>
								<td class="num" data-label="一级事项"><xsl:value-of select="@categories"/></td>
								<td class="num" data-label="二级事项"><xsl:value-of select="@items"/></td>
								<td class="num" data-label="未涉及事项"><xsl:value-of select="@not-applicable"/></td>
								<td class="date" data-label="更新日期">
									<xsl:if test="@updated">
										<time datetime="{@updated}"><xsl:value-of select="@updated"/></time>
									</xsl:if>
								</td>
							</tr>
						</xsl:for-each>
					</tbody>
				</table>
			</div>
		</section>
	</xsl:if>
	<xsl:if test="$kids">
		<section id="below" aria-labelledby="below-h">
			<h2 id="below-h">下级单位</h2>
			<ul class="jurs">
				<xsl:apply-templates select="$kids" mode="tree">
					<xsl:with-param name="deep" select="false()"/>
				</xsl:apply-templates>
			</ul>
		</section>
	</xsl:if>
</xsl:template>

<!-- The top page: every jurisdiction, as a tree. -->
<xsl:template name="top">
	<p class="summary">
		<xsl:text>共 </xsl:text>
		<strong><xsl:value-of select="count(/site/jurisdiction)"/></strong>
		<xsl:text> 个单位、</xsl:text>
		<strong><xsl:value-of select="count(/site/jurisdiction/catalog)"/></strong>
		<xsl:text> 个领域目录</xsl:text>
		<xsl:if test="/site/@date">
			<xsl:text>，数据日期 </xsl:text>
			<time datetime="{/site/@date}"><xsl:value-of select="/site/@date"/></time>
		</xsl:if>
		<xsl:text>。</xsl:text>
	</p>
	<section aria-labelledby="tree-h">
		<h2 id="tree-h">各级目录</h2>
		<ul class="jurs tree">
			<xsl:apply-templates select="$tops" mode="tree">
				<xsl:with-param name="deep" select="true()"/>
			</xsl:apply-templates>
		</ul>
	</section>
</xsl:template>

<!-- One jurisdiction in a list: its link, counts, and (deep) those below. -->
<xsl:template match="jurisdiction" mode="tree">
	<xsl:param name="deep"/>
	<xsl:param name="depth" select="0"/>
	<xsl:variable name="kids" select="key('kids', @key)"/>
	<li>
		<a href="{$root}{@href}"><xsl:call-template name="name"/></a>
		<span class="meta">
			<xsl:value-of select="count(catalog)"/>
			<xsl:text> 个领域 · </xsl:text>
			<xsl:value-of select="@items"/>
			<xsl:text> 个事项</xsl:text>
			<xsl:if test="@updated">
				<xsl:text> · 更新于 </xsl:text>
				<time datetime="{@updated}"><xsl:value-of select="@updated"/></time>
			</xsl:if>
			<xsl:if test="not($deep) and $kids">
				<xsl:text> · 下辖 </xsl:text>
				<xsl:value-of select="count($kids)"/>
				<xsl:text> 个单位</xsl:text>
			</xsl:if>
		</span>
		<xsl:if test="$deep and $kids and $depth &lt; 32">
			<ul>
				<xsl:apply-templates select="$kids" mode="tree">
					<xsl:with-param name="deep" select="true()"/>
					<xsl:with-param name="depth" select="$depth + 1"/>
				</xsl:apply-templates>
			</ul>
		</xsl:if>
	</li>
</xsl:template>

</xsl:stylesheet>
