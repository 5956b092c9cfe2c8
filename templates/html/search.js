/*
 * gkml offline search: looks for items in GKML_INDEX (search-index.js,
 * written by gkml-render: [name, category, jurisdiction, area, link
 * relative to the site's top, text], in simplified characters) and
 * lists them in the page.  No network, no server: it works from
 * file:// as from a web server.  The page's search form says where the
 * top is (data-root); ?q=WORDS in the address searches at once.  The
 * index, which for a province is large, is loaded by a <script>
 * element on the first search, not with every page.
 *
 * What is typed is split into words at spaces; an item is found when
 * each word, or a word of its synonym groups (GKML_SYN, from
 * schemas/synonyms.yaml), is somewhere in it.  Both sides are folded
 * alike, one character for one, so that a place found in the folded
 * text is the same place in the text shown: traditional characters to
 * simplified (GKML_FOLD, pairs of characters), full-width letters and
 * digits to ASCII, capitals to small letters.  What is found is marked
 * with <mark>.  Every string from the index is put in the page as
 * text, never as markup.
 */
(function () {
	"use strict";

	var MAX = 50;

	function str(v) {
		return v === null || v === undefined ? "" : String(v);
	}

	/*
	 * The folding table, a pattern of the characters it and the
	 * width folding change, and the synonym groups folded: made once.
	 */
	var fold_map = null, fold_re = null, groups = [];

	function prepare() {
		var t = str(window.GKML_FOLD), syn = window.GKML_SYN,
		    keys = "", i, g;

		/* Until the index is there, nothing to fold with. */
		if (fold_map !== null || !Array.isArray(window.GKML_INDEX))
			return;
		fold_map = Object.create(null);
		for (i = 0; i + 1 < t.length; i += 2) {
			fold_map[t.charAt(i)] = t.charAt(i + 1);
			keys += t.charAt(i).replace(/[\\\]\[^\-]/, "\\$&");
		}
		fold_re = new RegExp("[\uff01-\uff5e\ufe50\ufe54\u061b\uff64" +
		    keys + "]", "g");
		groups = [];
		for (i = 0; Array.isArray(syn) && i < syn.length; i++)
			if (Array.isArray(syn[i])) {
				g = syn[i].map(function (w) {
					return fold(str(w));
				}).filter(function (w) { return w !== ""; });
				if (g.length > 1)
					groups.push(g);
			}
	}

	function fold_one(c) {
		var n = c.charCodeAt(0);

		if (n >= 0xff01 && n <= 0xff5e)
			return String.fromCharCode(n - 0xfee0);
		if (n === 0xfe50)
			return ",";
		if (n === 0xfe54 || n === 0x061b)
			return ";";
		if (n === 0xff64)
			return "\u3001";
		return fold_map !== null && fold_map[c] !== undefined ?
		    fold_map[c] : c;
	}

	/* One character (UTF-16 unit) for one: the offsets stay valid. */
	function fold(s) {
		var t = fold_re !== null ? s.replace(fold_re, fold_one) : s,
		    l = t.toLowerCase(), out = "", i, c;

		/* Small letters never shorter: the same length, unit for unit. */
		if (l.length === t.length)
			return l;
		for (i = 0; i < t.length; i++) {
			c = t.charAt(i).toLowerCase();
			out += c.length === 1 ? c : t.charAt(i);
		}
		return out;
	}

	function words(q) {
		return fold(String(q || "")).split(/[\s\u3000,，、;；]+/)
		    .filter(function (w) { return w !== ""; });
	}

	/*
	 * What a word finds: itself, and for each group a word of which it
	 * holds, the word with that one replaced by each other of the group.
	 */
	function alternatives(w) {
		var alt = [w], g, i, j, k, a;

		for (g = 0; g < groups.length; g++)
			for (i = 0; i < groups[g].length; i++) {
				if (w.indexOf(groups[g][i]) < 0)
					continue;
				for (j = 0; j < groups[g].length; j++) {
					if (j === i)
						continue;
					a = w.split(groups[g][i]).join(groups[g][j]);
					for (k = 0; k < alt.length; k++)
						if (alt[k] === a)
							break;
					if (k === alt.length)
						alt.push(a);
				}
			}
		return alt;
	}

	function has(hay, alt) {
		var k;

		for (k = 0; k < alt.length; k++)
			if (hay.indexOf(alt[k]) >= 0)
				return true;
		return false;
	}

	/* An entry folded for matching, or null when it is not one. */
	function hay(e) {
		if (!Array.isArray(e) || e.length < 6)
			return null;
		return {
			name: fold(str(e[0])),
			all: fold([str(e[0]), str(e[1]), str(e[2]), str(e[3]),
			    str(e[5])].join("\n"))
		};
	}

	/* Entries holding every word; those that name it first. */
	function find(alts) {
		var index = window.GKML_INDEX, hits = [], i, k, h, rank;

		if (!Array.isArray(index) || alts.length === 0)
			return hits;
		for (i = 0; i < index.length; i++) {
			if ((h = hay(index[i])) === null)
				continue;
			rank = 0;
			for (k = 0; k < alts.length; k++) {
				if (!has(h.all, alts[k]))
					break;
				if (!has(h.name, alts[k]))
					rank = 1;
			}
			if (k === alts.length)
				hits.push({ e: index[i], rank: rank, i: i });
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

	/* Where in s (folded) the longest of the words found starts there. */
	function at(f, i, all) {
		var k, best = 0;

		for (k = 0; k < all.length; k++)
			if (all[k].length > best &&
			    f.substr(i, all[k].length) === all[k])
				best = all[k].length;
		return best;
	}

	/* Some of the text around the first word found in it. */
	function excerpt(text, all) {
		var t = String(text).replace(/\s+/g, " "), f = fold(t),
		    first = -1, k, p, from;

		for (k = 0; k < all.length; k++)
			if ((p = f.indexOf(all[k])) >= 0 &&
			    (first < 0 || p < first))
				first = p;
		if (first < 0)
			return t.length > 80 ? t.slice(0, 80) + "…" : t;
		from = Math.max(0, first - 30);
		return (from > 0 ? "…" : "") + t.slice(from, from + 80) +
		    (from + 80 < t.length ? "…" : "");
	}

	/* Put text in n, the words found in it each in a <mark>. */
	function marked(n, text, all) {
		var f = fold(text), i = 0, from = 0, len, m;

		while (i < f.length) {
			if ((len = at(f, i, all)) === 0) {
				i++;
				continue;
			}
			if (i > from)
				n.appendChild(document.createTextNode(
				    text.slice(from, i)));
			m = document.createElement("mark");
			m.textContent = text.slice(i, i + len);
			n.appendChild(m);
			i = from = i + len;
		}
		if (from < text.length)
			n.appendChild(document.createTextNode(text.slice(from)));
		return n;
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
		    w, alts, all, also, hits, i, e, li, a, href;

		prepare();
		w = words(q);
		alts = w.map(alternatives);
		all = [].concat.apply([], alts);
		also = all.filter(function (x) { return w.indexOf(x) < 0; });
		hits = find(alts);
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
			    "”的事项" + (also.length > 0 ? "（同时查找“" +
			    also.join("”“") + "”）" : "") +
			    (hits.length > MAX ? "，列出前 " + MAX + " 个" : "") +
			    "：";
		for (i = 0; i < hits.length && i < MAX; i++) {
			e = hits[i].e;
			li = el("li");
			href = link(root, str(e[4]));
			a = marked(el(href !== null ? "a" : "span",
			    "result-name"), str(e[0]), all);
			if (href !== null)
				a.setAttribute("href", href);
			li.appendChild(a);
			li.appendChild(marked(el("span", "result-where"),
			    [str(e[2]), str(e[3]), str(e[1])].filter(function (s) {
				return s !== "";
			    }).join(" › "), all));
			if (str(e[5]) !== "")
				li.appendChild(marked(el("span", "result-text"),
				    excerpt(str(e[5]), all), all));
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
