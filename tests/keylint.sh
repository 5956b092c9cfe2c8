#!/bin/sh
# The format's keys are looked up in one place, the catalog model
# (lib/catalog.c): a file that asks the document for a key of
# schemas/structure.yaml by name, node_get(x, "key", ...), fails here.
# The key names come from structure.yaml itself.
#
# Usage: sh tests/keylint.sh [file ...]  (default: lib/*.c cmd/*.c)
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top" || exit 2

# Schema-driven: they read the format from structure.yaml and name only
# the keys every mapping of any type has (an id), or structure.yaml's
# own keys.
schema_driven="lib/catalog.c lib/schema.c lib/fmt.c lib/validate.c"

keys=$(awk '/^types:/ { t = 1; next }
    t && /^    [a-z][a-z-]*:/ { sub(/^ +/, ""); sub(/:.*/, ""); print }' \
    schemas/structure.yaml | sort -u | tr '\n' '|' | sed 's/|$//')
if [ -z "$keys" ]; then
	echo "keylint: no keys read from schemas/structure.yaml" >&2
	exit 2
fi

# Each lookup of a key by name: file:line: node_get(..., "key".  The
# first argument may hold calls of its own.
lookups() {
	KEYS=$keys perl -0777 -ne '
	    my $keys = $ENV{KEYS};
	    my $arg; $arg = qr/(?:[^(),"]+|"(?:[^"\\]|\\.)*"|\((?:[^()]|(??{$arg}))*\))+/s;
	    while (/\bnode_get\s*\((?=\s*$arg,\s*"($keys)")/g) {
		my $line = 1 + (substr($_, 0, pos($_)) =~ tr/\n//);
		print "$ARGV:$line: \"$1\"\n";
	    }' "$@"
}

if [ $# -eq 0 ]; then
	set -- lib/*.c cmd/*.c
fi
rc=0
for f in "$@"; do
	case " $schema_driven " in
	*" $f "*) continue ;;
	esac
	hits=$(lookups "$f")
	if [ -n "$hits" ]; then
		echo "$hits" | sed 's/$/: a format key looked up by name; ask the catalog model (lib\/catalog.h)/' >&2
		rc=1
	fi
done
exit $rc
