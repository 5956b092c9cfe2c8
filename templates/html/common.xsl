<?xml version="1.0" encoding="UTF-8"?>
<!--
  The parts every page of the gkml website shares: the head, the
  masthead with the search form, the breadcrumbs, the footer, and the
  CommonMark fields, rebuilt from the few elements md.h allows.

  Imported by area.xsl (a catalog's XML form with its <render> element)
  and home.xsl (the <site> index).  Escaping is XSLT's: no template
  here or in the pages disables it.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

<xsl:output method="html" version="5" encoding="UTF-8" indent="yes"/>

<!-- The words of the site, in one place. -->
<xsl:variable name="gk.sub" select="'基层政务公开标准目录'"/>

<!-- <head>: charset first, the stylesheet, the search script (which
     loads search-index.js only when someone searches). -->
<xsl:template name="gk.head">
	<xsl:param name="root"/>
	<xsl:param name="title"/>
	<head>
		<meta http-equiv="Content-Type" content="text/html; charset=UTF-8"/>
		<meta name="viewport" content="width=device-width, initial-scale=1"/>
		<meta name="generator" content="gkml"/>
		<title><xsl:value-of select="$title"/></title>
		<link rel="stylesheet" href="{$root}assets/gkml.css"/>
		<script src="{$root}assets/search.js" defer="defer"></script>
	</head>
</xsl:template>

<!-- The skip link and the masthead: the site's name, the search form. -->
<xsl:template name="gk.masthead">
	<xsl:param name="root"/>
	<xsl:param name="brand"/>
	<!-- The words under the name: not on a home page, whose heading
	     says them. -->
	<xsl:param name="sub" select="$gk.sub"/>
	<a class="skip" href="#main">跳到正文</a>
	<header class="masthead">
		<div class="wrap">
			<a class="brand" href="{$root}index.html">
				<span class="brand-mark" aria-hidden="true">公开</span>
				<span class="brand-text">
					<span class="brand-name"><xsl:value-of select="$brand"/></span>
					<xsl:if test="string($sub) != ''">
						<span class="brand-sub"><xsl:value-of select="$sub"/></span>
					</xsl:if>
				</span>
			</a>
			<form class="search" role="search" data-root="{$root}">
				<label for="gk-q">搜索事项</label>
				<input id="gk-q" type="search" name="q" autocomplete="off"
				    placeholder="事项名称、内容或依据"/>
				<button type="submit">搜索</button>
			</form>
		</div>
	</header>
</xsl:template>

<!-- Where the search script shows what it found; hidden until then. -->
<xsl:template name="gk.results">
	<section id="gk-results" class="results" aria-labelledby="gk-results-h" hidden="hidden">
		<h2 id="gk-results-h">搜索结果</h2>
		<p class="results-count" aria-live="polite"></p>
		<ol class="results-list"></ol>
		<p><button type="button" class="results-close">关闭搜索结果</button></p>
	</section>
</xsl:template>

<!-- The breadcrumbs: a list of <li>s made by the caller. -->
<xsl:template name="gk.crumbs">
	<xsl:param name="items"/>
	<nav class="crumbs" aria-label="当前位置">
		<div class="wrap">
			<ol>
				<xsl:copy-of select="$items"/>
			</ol>
		</div>
	</nav>
</xsl:template>

<!--
  The footer: the site's particulars as -O gave them (attributes host,
  contact, site-code, icp and psb of $site, the <render> or <site>
  element), the catalog's supervision phone, the data's date.
-->
<xsl:template name="gk.footer">
	<xsl:param name="brand"/>
	<xsl:param name="date"/>
	<xsl:param name="contact"/>
	<xsl:param name="site"/>
	<footer class="foot">
		<div class="wrap">
			<xsl:if test="string($site/@host) = ''">
				<p class="foot-name"><xsl:value-of select="$brand"/></p>
			</xsl:if>
			<xsl:if test="concat($contact, $site/@host,
			    $site/@contact, $site/@site-code, $site/@icp,
			    $site/@psb) != ''">
				<dl class="foot-info">
					<xsl:call-template name="gk.foot-item">
						<xsl:with-param name="term" select="'主办单位'"/>
						<xsl:with-param name="value" select="$site/@host"/>
					</xsl:call-template>
					<xsl:call-template name="gk.foot-item">
						<xsl:with-param name="term" select="'联系方式'"/>
						<xsl:with-param name="value" select="$site/@contact"/>
					</xsl:call-template>
					<xsl:call-template name="gk.foot-item">
						<xsl:with-param name="term" select="'监督电话'"/>
						<xsl:with-param name="value" select="$contact"/>
					</xsl:call-template>
					<xsl:call-template name="gk.foot-item">
						<xsl:with-param name="term" select="'网站标识码'"/>
						<xsl:with-param name="value" select="$site/@site-code"/>
					</xsl:call-template>
					<xsl:call-template name="gk.foot-item">
						<xsl:with-param name="term" select="'ICP备案号'"/>
						<xsl:with-param name="value" select="$site/@icp"/>
					</xsl:call-template>
					<xsl:call-template name="gk.foot-item">
						<xsl:with-param name="term" select="'公安备案号'"/>
						<xsl:with-param name="value" select="$site/@psb"/>
					</xsl:call-template>
				</dl>
			</xsl:if>
			<p class="foot-small">
				<xsl:if test="string($date) != ''">
					<xsl:text>数据日期 </xsl:text>
					<time datetime="{$date}"><xsl:value-of select="$date"/></time>
					<xsl:text> · </xsl:text>
				</xsl:if>
				<xsl:text>本站由 gkml 根据标准目录数据生成</xsl:text>
			</p>
		</div>
	</footer>
</xsl:template>

<xsl:template name="gk.foot-item">
	<xsl:param name="term"/>
	<xsl:param name="value"/>
	<xsl:if test="string($value) != ''">
		<div>
			<dt><xsl:value-of select="$term"/></dt>
			<dd class="data"><xsl:value-of select="$value"/></dd>
		</div>
	</xsl:if>
</xsl:template>

<!--
  A jurisdiction's name under its parent's: "示例县河西街道" under
  "示例县" is "河西街道".
-->
<xsl:template name="gk.short">
	<xsl:param name="name"/>
	<xsl:param name="parent"/>
	<xsl:choose>
		<xsl:when test="string($parent) != '' and
		    starts-with($name, $parent) and
		    string-length($name) &gt; string-length($parent)">
			<xsl:value-of select="substring($name,
			    string-length($parent) + 1)"/>
		</xsl:when>
		<xsl:otherwise>
			<xsl:value-of select="$name"/>
		</xsl:otherwise>
	</xsl:choose>
</xsl:template>

<!-- An area's name: its label, or for a local area (x-…) the title. -->
<xsl:template name="gk.area">
	<xsl:param name="label"/>
	<xsl:param name="title"/>
	<xsl:choose>
		<xsl:when test="starts-with($label, 'x-') and string($title) != ''">
			<xsl:value-of select="$title"/>
		</xsl:when>
		<!-- A local area without a title: never its slug. -->
		<xsl:when test="starts-with($label, 'x-') or string($label) = ''">
			<xsl:text>其他领域</xsl:text>
		</xsl:when>
		<xsl:otherwise>
			<xsl:value-of select="$label"/>
		</xsl:otherwise>
	</xsl:choose>
</xsl:template>

</xsl:stylesheet>
