# SIGINT, SIGTERM and SIGHUP while gkml-fmt -w writes a large catalog
# remove its temporary (FILE.XXXXXX beside it) and the process dies of
# the signal; the file is as it was (../signals.py says how, without
# depending on speed).
# limit: 600 s
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-signals.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
. ../gencat.inc
p=$tmp/pristine
mkdir "$p"
# Not in canonical form: a blank line after every item's id.
"$gencat" 50000 | sed '/- id: /G' >"$p/big.yaml"
gkml-fmt --check "$p/big.yaml" >/dev/null 2>&1; echo "canonical: rc=$?"
for sig in INT TERM HUP; do
	python3 ../signals.py $sig 'big.yaml.*' "$p" "$tmp/work" -- \
	    gkml-fmt -w big.yaml
done
