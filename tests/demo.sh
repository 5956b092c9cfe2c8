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
step sh -c 'gkml merge catalogs/example-county/qingshui/village/dongcun-social-assistance.yaml | gkml validate -W warning -'
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

# The same findings for a code-scanning upload.
printf '\n$ gkml validate -T sarif tests/validate/demo-mistakes.yaml | head -c 300\n'
gkml validate -T sarif tests/validate/demo-mistakes.yaml | head -c 300 || true
echo '...'
