# Script, markup and tricks in every field (hostile.inc.yaml), rendered
# with -O force: all of it comes out as text.  The pages hold only their
# own script, no javascript: link, no event attribute, no element
# the data named; the search index has no '<' at all; a U+202E is kept
# but the stylesheet isolates every cell's direction.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-hostile.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
gkml-render -T html -O force -o "$tmp/site" hostile.inc.yaml
echo "rc=$?"
cd "$tmp/site" || exit 2
for f in index.html hostile/test/index.html hostile/test/social-assistance.html
do
	echo "$f:"
	grep -o '<script[^>]*>' "$f"
	echo "  javascript: in an attribute: $(grep -Eic \
	    '(href|src|action)="[[:space:]]*javascript:' "$f")"
	echo "  on*= attributes: $(grep -Eoi '<[a-z][^>]*[[:space:]]on[a-z]+=' \
	    "$f" | wc -l)"
	echo "  elements from the data: $(grep -Eoi \
	    '<(iframe|img|svg|style|b|object|embed)[[:space:]>]' "$f" | wc -l)"
	echo "  disallowed control characters: $(tr -d '\t\n' <"$f" |
	    LC_ALL=C tr -d '\040-\176\200-\377' | wc -c)"
done
p=hostile/test/social-assistance.html
# As text: the title, ]]> and entities, the channel's HTML, the notes.
grep -o '<h1>.*</h1>' $p
grep -o '<dd>]]&gt;&lt;!--</dd>' $p
grep -o '<td class="basis"[^>]*>.*</td>' $p
grep -o '<li>其他：.*</li>' $p
grep -o '&lt;b onclick=x&gt;' $p
# U+202E, as written, in its row header; U+0001 and DEL became U+FFFD.
grep -c "$(printf '\342\200\256')反向文字" $p
grep -c "$(printf '\357\277\275')结束" $p
grep -o 'unicode-bidi: isolate' assets/gkml.css
# The search index: no '<', and still the data.
echo "search index: $(grep -c '<' search-index.js) lines with '<'"
python3 - <<'PY'
import json
text = open("search-index.js", encoding="utf-8").read()
entries = json.loads(text.split("var GKML_INDEX = ", 1)[1]
                     .split(";\nvar GKML_SYN = ", 1)[0])
for e in entries:
    print("  %s | %s" % (e[0], e[4]))
PY
