# --stale-before takes a real date; anything else is bad usage (exit 2)
# rather than a report in which nothing is ever stale.
for d in garbage 2024-13-45 2023-02-29 20240101; do
	gkml-stats --stale-before $d tree >/dev/null 2>.err
	echo "$d: rc=$? $(head -1 .err)"
done
rm -f .err
gkml-stats --stale-before 2024-02-29 tree >/dev/null; echo "2024-02-29: rc=$?"
