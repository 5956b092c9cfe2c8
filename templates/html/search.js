/*
 * gkml offline search: looks for items in GKML_INDEX (search-index.js,
 * written by gkml-render: [name, category, jurisdiction, area, link
 * relative to the site's top, text]) and lists them in the page.  No
 * network, no server: it works from file:// as from a web server.
 * The page's search form says where the top is (data-root); ?q=WORDS
 * in the address searches at once.  The index, which for a province is
 * large, is loaded by a <script> element on the first search, not with
 * every page.  Every string from the index is put
 * in the page as text, never as markup.
 */
(function () {
	"use strict";

	var MAX = 50;

	function str(v) {
		return v === null || v === undefined ? "" : String(v);
	}

	function words(q) {
		return String(q || "").toLowerCase().split(/[\s\u3000,，、;；]+/)
		    .filter(function (w) { return w !== ""; });
	}

	/* Entries holding every word; those that name it first. */
	function find(q) {
		var index = window.GKML_INDEX, w = words(q), hits = [], i, k, e,
		    name, hay, rank;

		if (!Array.isArray(index) || w.length === 0)
			return hits;
		for (i = 0; i < index.length; i++) {
			e = index[i];
			if (!Array.isArray(e) || e.length < 6)
				continue;
			name = str(e[0]).toLowerCase();
			hay = (name + " " + str(e[1]) + " " + str(e[2]) + " " +
			    str(e[3]) + " " + str(e[5])).toLowerCase();
			rank = 0;
			for (k = 0; k < w.length; k++) {
				if (hay.indexOf(w[k]) < 0)
					break;
				if (name.indexOf(w[k]) < 0)
					rank = 1;
			}
			if (k === w.length)
				hits.push({ e: e, rank: rank, i: i });
		}
		hits.sort(function (a, b) {
			return a.rank - b.rank || a.i - b.i;
		});
		return hits;
	}

	/* A link into the site: a path below the top, never a scheme. */
	function link(root, href) {
		if (/^[a-z][a-z0-9+.\-]*:/i.test(href) || href.charAt(0) === "/")
			return null;
		return root + href;
	}

	/* Some of the text around the first word found in it. */
	function excerpt(text, w) {
		var t = String(text).replace(/\s+/g, " "), low = t.toLowerCase(),
		    at = -1, k, from;

		for (k = 0; k < w.length && at < 0; k++)
			at = low.indexOf(w[k]);
		if (at < 0)
			return t.length > 80 ? t.slice(0, 80) + "…" : t;
		from = Math.max(0, at - 30);
		return (from > 0 ? "…" : "") + t.slice(from, from + 80) +
		    (from + 80 < t.length ? "…" : "");
	}

	function el(name, cls, text) {
		var n = document.createElement(name);

		if (cls)
			n.className = cls;
		if (text !== undefined)
			n.textContent = text;
		return n;
	}

	function show(box, root, q) {
		var list = box.querySelector(".results-list"),
		    count = box.querySelector(".results-count"),
		    hits = find(q), w = words(q), i, e, li, a, href;

		while (list.firstChild)
			list.removeChild(list.firstChild);
		if (w.length === 0) {
			box.hidden = true;
			return;
		}
		if (!Array.isArray(window.GKML_INDEX))
			count.textContent = "搜索索引未能加载（search-index.js）。";
		else if (hits.length === 0)
			count.textContent = "没有找到含“" + q + "”的事项。";
		else
			count.textContent = "找到 " + hits.length + " 个含“" + q +
			    "”的事项" + (hits.length > MAX ? "，列出前 " + MAX +
			    " 个" : "") + "：";
		for (i = 0; i < hits.length && i < MAX; i++) {
			e = hits[i].e;
			li = el("li");
			href = link(root, str(e[4]));
			a = el(href !== null ? "a" : "span", "result-name",
			    str(e[0]));
			if (href !== null)
				a.setAttribute("href", href);
			li.appendChild(a);
			li.appendChild(el("span", "result-where", [str(e[2]),
			    str(e[3]), str(e[1])].filter(function (s) {
				return s !== "";
			    }).join(" › ")));
			if (str(e[5]) !== "")
				li.appendChild(el("span", "result-text",
				    excerpt(str(e[5]), w)));
			list.appendChild(li);
		}
		box.hidden = false;
	}

	/* Run then() once the index is there (or could not be loaded). */
	var waiting = null;

	function withIndex(root, then) {
		var s;

		if (Array.isArray(window.GKML_INDEX)) {
			then();
			return;
		}
		if (waiting !== null) {
			waiting.push(then);
			return;
		}
		waiting = [then];
		s = document.createElement("script");
		s.src = root + "search-index.js";
		s.onload = s.onerror = function () {
			var w = waiting, i;

			waiting = null;
			for (i = 0; i < w.length; i++)
				w[i]();
		};
		document.head.appendChild(s);
	}

	function query() {
		var m = /[?&]q=([^&#]*)/.exec(window.location.search);

		if (m === null)
			return "";
		try {
			return decodeURIComponent(m[1].replace(/\+/g, " "));
		} catch (err) {
			return "";
		}
	}

	function start() {
		var form = document.querySelector("form.search"),
		    box = document.getElementById("gk-results"),
		    input, close, root, q;

		if (form === null || box === null)
			return;
		input = form.querySelector("input[name=q]");
		close = box.querySelector(".results-close");
		root = form.getAttribute("data-root") || "";
		form.addEventListener("submit", function (ev) {
			var q = input.value;

			ev.preventDefault();
			withIndex(root, function () {
				show(box, root, q);
				if (!box.hidden)
					box.scrollIntoView();
			});
		});
		if (close !== null)
			close.addEventListener("click", function () {
				box.hidden = true;
				input.focus();
			});
		q = query();
		if (q !== "") {
			input.value = q;
			withIndex(root, function () {
				show(box, root, q);
			});
		}
	}

	if (document.readyState === "loading")
		document.addEventListener("DOMContentLoaded", start);
	else
		start();
}());
