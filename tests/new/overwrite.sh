# Nothing is replaced, nothing is written: one file already there
# stops all of them, and a directory made for them is removed.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-new.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM
cd "$tmp" || exit 2
mkdir dongshan
echo '# edited by hand' >dongshan/employment.yaml
gkml-new county -o dongshan --jurisdiction 东山县 --id dongshan \
    --area budget,employment --updated 2025-03-01
echo "county: rc=$?"
ls dongshan
cat dongshan/employment.yaml
# Twice the same command: the second writes nothing.
gkml-new county -o d2 --jurisdiction 东山县 --id dongshan --area budget \
    --updated 2025-03-01 >/dev/null
gkml-new county -o d2 --jurisdiction 东山县 --id dongshan --area budget \
    --updated 2025-03-01
echo "again: rc=$?"
# A link in the way is refused as well.
mkdir d3 && ln -s nowhere d3/budget.yaml
gkml-new county -o d3 --jurisdiction 东山县 --id dongshan --area budget \
    --updated 2025-03-01
echo "link: rc=$?"
# A township over an empty directory: no catalogs, no new directory.
mkdir empty
gkml-new township -o hexi --county empty --jurisdiction 东山县河西街道 \
    --id dongshan/hexi
echo "empty: rc=$?"
ls
# Directories made for nothing are removed, those that were there kept.
gkml-new township -o a/b/c --county empty --jurisdiction 东山县河西街道 \
    --id dongshan/hexi 2>/dev/null
echo "deep: rc=$?"
ls -d a 2>/dev/null || echo "a: removed"
