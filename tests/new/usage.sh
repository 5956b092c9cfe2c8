# Bad usage: exit 2, the usage on standard error, nothing written.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-new.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM
cd "$tmp" || exit 2
gkml-new 2>/dev/null; echo "none: rc=$?"
gkml-new city -o x --jurisdiction 东山县 --id d 2>/dev/null
echo "kind: rc=$?"
gkml-new county --jurisdiction 东山县 --id d 2>/dev/null
echo "no -o: rc=$?"
gkml-new county -o x --id d 2>/dev/null; echo "no name: rc=$?"
gkml-new county -o x --jurisdiction 东山县 2>/dev/null; echo "no id: rc=$?"
gkml-new county -o x --jurisdiction 东山县 --id d --county y 2>/dev/null
echo "county with --county: rc=$?"
gkml-new township -o x --jurisdiction 乡 --id d 2>/dev/null
echo "township without --county: rc=$?"
gkml-new township -o x --township y --jurisdiction 乡 --id d 2>/dev/null
echo "township with --township: rc=$?"
gkml-new township -o x --county y --area budget --jurisdiction 乡 \
    --id d 2>/dev/null
echo "township with --area: rc=$?"
gkml-new county -o x --jurisdiction 东山县 --id d --area ../budget \
    2>/dev/null
echo "area a path: rc=$?"
gkml-new county -o x --jurisdiction '' --id d 2>/dev/null
echo "empty name: rc=$?"
gkml-new county county -o x --jurisdiction 东山县 --id d 2>/dev/null
echo "two kinds: rc=$?"
gkml-new county -o x --jurisdiction 东山县 --id d --updated 2025-02-30
echo "date: rc=$?"
{ gkml-new county -o x --jurisdiction 东山县 --id d --area budgets 2>&1
  echo "area: rc=$?"; } | sed "s|$GKML_DATADIR|DATADIR|"
touch f
gkml-new county -o f --jurisdiction 东山县 --id d --area budget
echo "file: rc=$?"
gkml-new township -o x --county nowhere --jurisdiction 乡 --id d
echo "no county: rc=$?"
ls
gkml-new county -o x --jurisdiction 东山县 --id d 2>&1 >/dev/null |
    head -1
# --help is no usage error.
gkml-new --help >/dev/null; echo "help: rc=$?"
# A directory of more catalogs than one jurisdiction has: trouble.
mkdir many && i=0 && while [ $i -le 256 ]; do
	: >many/c$i.yaml; i=$((i + 1)); done
gkml-new township -o y --county many --jurisdiction 乡 --id d
echo "many: rc=$?"
