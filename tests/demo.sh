#!/bin/sh
# make demo: the main job on the bundled catalogs, as an officer or a
# CI pipeline would run it.  Stops at the first step that fails.
set -e
top=$(cd "$(dirname "$0")/.." && pwd)
B=${1:-build}
case $B in /*) ;; *) B=$top/$B ;; esac
PATH=$B:$PATH
GKML_DATADIR=$top
export PATH GKML_DATADIR
cd "$top"

step() { printf '\n$ %s\n' "$*"; "$@"; }

echo "gkml $(gkml --version | cut -d' ' -f2): the bundled catalogs"
find catalogs -name '*.yaml' | sort | sed 's/^/  /'

# Every bundled catalog is valid, warnings included, and canonical.
step gkml validate -W warning catalogs
echo "valid: no findings"
step gkml fmt --check catalogs
echo "canonical: nothing to rewrite"

# A township writes only what differs from its county: resolve the
# overlay into the catalog it publishes, and check that one too.
printf '\n$ gkml merge catalogs/example-county/qingshui/social-assistance.yaml | head -20\n'
gkml merge catalogs/example-county/qingshui/social-assistance.yaml | head -20
echo '...'
step sh -c 'gkml merge catalogs/example-county/qingshui/social-assistance.yaml | gkml validate -W warning -'
echo "the resolved township catalog is valid"
# A village writes only what differs from its township: three layers.
step sh -c 'gkml merge catalogs/example-county/qingshui/village/dongcun/social-assistance.yaml | gkml validate -W warning -'
echo "the resolved village catalog (county, township, village) is valid"

# What an officer sees for a catalog with the usual mistakes.
set +e
step gkml validate -W note tests/validate/demo-mistakes.yaml
rc=$?
set -e
echo "exit status $rc: findings at or above the -W level"
[ $rc = 1 ]

# What changed in Qingshui's social-assistance catalog since 2023.
set +e
step gkml diff catalogs/example-county/qingshui/previous/social-assistance-2023.yaml \
    catalogs/example-county/qingshui/social-assistance.yaml
rc=$?
set -e
echo "exit status $rc: the versions differ"
[ $rc = 1 ]

# The coverage audit of the example county, as a city office runs it.
step gkml stats --stale-before 2024-01-01 catalogs/example-county
gkml stats -T html catalogs/example-county > "${TMPDIR:-/tmp}/gkml-coverage.html"
echo "the same audit as a page to attach: ${TMPDIR:-/tmp}/gkml-coverage.html"

# Publish the example county: a website, XML, a bulletin-board sheet,
# a Word document and a workbook, all in out/.
mkdir -p out
step gkml render -T html -O title=示例县基层政务公开标准目录 -o out/site \
    catalogs/example-county
echo "the website: open out/site/index.html (it works from file://)"
step gkml render -T html --zip -o out/site.zip catalogs/example-county
echo "the same website as one archive for a CMS: out/site.zip"
step gkml render -T xml -o out/xml catalogs/example-county
step gkml render -T xsd -o out/gkml.xsd
if command -v xmllint >/dev/null 2>&1; then
	n=$(find out/xml -name '*.xml' | wc -l)
	ok=$(find out/xml -name '*.xml' | sort |
	    xargs xmllint --noout --schema out/gkml.xsd 2>&1 | grep -c ' validates$')
	echo "xmllint: $ok of $n XML documents are valid against out/gkml.xsd"
	[ "$ok" = "$n" ]
fi
step gkml render -T board -O paper=a4 -o out/qingshui-social-assistance.board.html \
    catalogs/example-county/qingshui/social-assistance.yaml
step gkml render -T docx -O paper=a4 -o out/qingshui-social-assistance.docx \
    catalogs/example-county/qingshui/social-assistance.yaml
step gkml render -T xlsx -o out/qingshui.xlsx catalogs/example-county/qingshui/*.yaml
echo "the sheet to print, the document and the workbook are in out/"

# The website's column tree the catalogs bind, for the site's CMS to
# import: the township's five levels, and the county's other areas.
step gkml render -T columns -o out/columns catalogs/example-county
printf '\n$ grep "^基层政务公开/河西街道/社会救助" out/columns/columns.csv | head -5\n'
grep "^基层政务公开/河西街道/社会救助" out/columns/columns.csv | head -5 | tr -d '\r'
echo "$(($(wc -l <out/columns/columns.csv) - 1)) columns: out/columns/columns.csv, .xml and .xsd"

# Was it published, and in time?  The county's catalogs against the
# ledger its site exported for 2024, as a city audit checks them.
set +e
step gkml audit --as-of 2024-12-31 -l catalogs/example-county/ledger/site-2024.csv \
    catalogs/example-county
rc=$?
set -e
echo "exit status $rc: the catalogs and the ledger do not agree"
[ $rc = 1 ]
gkml audit --as-of 2024-12-31 -T html -l catalogs/example-county/ledger/site-2024.csv \
    catalogs/example-county >out/audit.html 2>/dev/null || [ $? = 1 ]
echo "the report to attach to a 通报: open out/audit.html"

# A workbook an officer edited comes back as the township's overlays,
# each into its own file: import it into a copy of the county, and
# compare one with the overlay it was rendered from.
rm -rf out/example-county
cp -R catalogs/example-county out/
step gkml import -o out/example-county/qingshui/ out/qingshui.xlsx
printf '\n$ sed -n "/^  extends/,/^categories/p" out/example-county/qingshui/social-assistance.yaml\n'
sed -n "/^  extends/,/^categories/p" out/example-county/qingshui/social-assistance.yaml
step gkml diff catalogs/example-county/qingshui/social-assistance.yaml \
    out/example-county/qingshui/social-assistance.yaml
echo "exit status 0: the workbook came back as the same overlay"

# The same findings for a code-scanning upload.
printf '\n$ gkml validate -T sarif tests/validate/demo-mistakes.yaml | head -c 300\n'
gkml validate -T sarif tests/validate/demo-mistakes.yaml | head -c 300 || true
echo '...'
