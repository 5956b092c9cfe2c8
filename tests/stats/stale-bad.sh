# --stale-before takes a real date; anything else is bad usage (exit 2)
# rather than a report in which nothing is ever stale.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-test.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' INT TERM HUP
for d in garbage 2024-13-45 2023-02-29 20240101; do
	gkml-stats --stale-before $d tree >/dev/null 2>"$tmp/err"
	echo "$d: rc=$? $(head -1 "$tmp/err")"
done
gkml-stats --stale-before 2024-02-29 tree >/dev/null; echo "2024-02-29: rc=$?"
