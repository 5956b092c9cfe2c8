# limit: 60 s
# The main job of 'make demo', run by a Chinese officer: what every
# command prints, and the pages people read (the coverage report, the
# website's chrome, a board sheet, the diff report), hold no English
# word outside ids, paths, quoted data, vocabulary slugs, what is typed
# on the command line (commands, options, -T values) and program names.
# Prints each word that is left, with where it is.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-demo-zh.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' INT TERM HUP
top=$(cd ../.. && pwd)
cp -R "$top/catalogs" "$top/tests" "$tmp/"
cd "$tmp" || exit 2
zh() { env LC_ALL=C.UTF-8 LANGUAGE=zh_CN "$@"; }
old=catalogs/example-county/qingshui/previous/social-assistance-2023.yaml
new=catalogs/example-county/qingshui/social-assistance.yaml
{
	zh gkml validate -W note tests/validate/demo-mistakes.yaml
	zh gkml fmt --check tests/validate/demo-mistakes.yaml
	zh gkml diff "$old" "$new"
	zh gkml stats --stale-before 2024-01-01 catalogs/example-county
	zh gkml render -T html -o site catalogs/example-county
	zh gkml render -T xlsx -o q.xlsx catalogs/example-county/qingshui/*.yaml
	zh gkml import -o imported/ q.xlsx
	zh gkml merge tests/merge/gk065-unknown-item.yaml
	zh gkml validate -T nope x
	zh gkml help
} >text.out 2>&1
zh gkml stats -T html catalogs/example-county >stats.html
zh gkml render -T board -o board.html "$new"
zh gkml diff -T html "$old" "$new" >diff.html
# The vocabularies' slugs are data: a channel is written 'website'.
sed -n 's/^ *- slug: *//p' "$top/schemas/vocab.yaml" >slugs
python3 - slugs text.out stats.html site/index.html \
    site/example-county/qingshui/index.html \
    site/example-county/qingshui/social-assistance.html board.html \
    diff.html <<'EOF'
import html, re, sys
slugs = set(open(sys.argv[1]).read().split())
left = 0
for f in sys.argv[2:]:
    s = open(f, encoding="utf-8").read()
    if f.endswith(".html"):
        s = re.sub(r"(?s)<(script|style)\b.*?</\1>", " ", s)
        s = re.sub(r"(?s)<code>.*?</code>", " ", s)
        s = html.unescape(re.sub(r"<[^>]+>", " ", s))
    for n, line in enumerate(s.split("\n"), 1):
        t = re.sub(r"\[GK[0-9]+ [a-z0-9-]+\]", " ", line)   # rule id, name
        t = re.sub(r"'[^']*'|\"[^\"]*\"", " ", t)           # quoted data
        t = re.sub(r"\S*[/.:=]\S*", " ", t)                 # paths, ids
        t = re.sub(r"(?<![A-Za-z])-[-A-Za-z]+", " ", t)     # options
        t = re.sub(r"(类别|事项|目录) [a-z0-9._-]+", " ", t)   # ids
        t = re.sub(r"\[[^]]*\|[^]]*\]", " ", t)             # [-W a|b]
        t = re.sub(r"^  [a-z]+ ", " ", t)                   # a command
        for w in re.findall(r"[A-Za-z][A-Za-z0-9-]{2,}", t):
            if (w in slugs or w.startswith("x-") or
                w.startswith("gkml") or w in ("SHA-256", "YAML",
                "XML", "DOCX", "XLSX", "CSV", "HTML", "JSON", "SARIF",
                "UTF-8", "bash", "text", "json", "sarif", "xlsx")):
                continue
            print(f"{f}:{n}: {w}")
            left += 1
print("English words left:", left)
EOF
