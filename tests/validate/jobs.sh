# -j: files are checked on several threads, and the findings come out
# file by file in the order named, the same on one thread as on many;
# messages about a file that cannot be read (on standard error, beside
# the findings) keep their place among them.  A duplicate id across
# files (GK080, decided after all are read) is found on any number.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-jobs.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
set -- gk006-duplicate-key.yaml gk001-yaml-syntax.yaml no-such-file.yaml \
    directory.d gk020-unknown-key.yaml gk024-ok.yaml gk024-ok.yaml \
    gk005-control-character.yaml gk009-crlf.yaml
gkml-validate -j 1 -W note "$@" >"$tmp/one" 2>&1
echo "rc=$?"
for j in 2 3 64; do
	gkml-validate -j $j -W note "$@" >"$tmp/many" 2>&1
	echo "rc=$?"
	cmp -s "$tmp/one" "$tmp/many" && echo "-j $j: the same as -j 1"
done
for f in json sarif; do
	gkml-validate -j 1 -T $f "$@" >"$tmp/one" 2>/dev/null
	gkml-validate -j 2 -T $f "$@" >"$tmp/many" 2>/dev/null
	cmp -s "$tmp/one" "$tmp/many" && echo "-T $f: the same"
done
gkml-validate -j 2 -W note "$@" 2>&1
# What -j takes.
gkml-validate -j 0 gk024-ok.yaml
echo "rc=$?"
gkml-validate -j 65 gk024-ok.yaml
echo "rc=$?"
gkml-validate -j two gk024-ok.yaml
echo "rc=$?"
