#!/bin/sh
# Messages in Chinese: every message a person reads, marked in the
# sources (lib/msg.h), has its translation in lib/po/zh_CN.po, and
# msgfmt -c finds the translations' formats right.
#
#   sh tests/po.sh        check (make lint runs it)
#   sh tests/po.sh pot    write lib/po/gkml.pot from the sources
#
# A message is marked where it is written, as a whole sentence: a
# message assembled from pieces cannot be translated.
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top" || exit 2


pot() {
	xgettext -o "$1" --from-code=UTF-8 -c/ --add-location=file \
	    --sort-output --package-name=gkml \
	    -k_ -kN_ -kmsg_ngettext:1,2 -kmsg_word -kdiag_add:8 \
	    -kdiag_vadd:8 -kreport:4 -ksay:6 -kfinding:5 -krctx_error:2 -kconflict:5 \
	    -kCONTROL:1 \
	    --flag=diag_add:8:c-format --flag=diag_vadd:8:c-format \
	    --flag=report:4:c-format --flag=say:6:c-format --flag=finding:5:c-format \
	    --flag=rctx_error:2:c-format --flag=conflict:5:c-format \
	    lib/*.c cmd/*.c
}

for t in xgettext msgmerge msgattrib msgfmt; do
	command -v $t >/dev/null 2>&1 || {
		echo "po: $t not found (Debian package gettext; make deps)" >&2
		exit 2; }
done
if [ "${1:-}" = pot ]; then
	pot lib/po/gkml.pot
	exit
fi
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
pot "$tmp/gkml.pot" || exit 2
msgfmt -c -o /dev/null lib/po/zh_CN.po || exit 1
msgmerge -q --no-fuzzy-matching -o "$tmp/zh_CN.po" lib/po/zh_CN.po \
    "$tmp/gkml.pot" || exit 2
# Each untranslated message with the files it is in, one a line.
msgattrib --untranslated --no-wrap "$tmp/zh_CN.po" | awk '
    /^#: / { files = substr($0, 4); next }
    /^msgid / { id = substr($0, 7); if (id != "\"\"") print files "\t" id;
	files = "" }' >"$tmp/missing"
# Messages printed without being marked: printf("..."),
# fprintf(stream, "..."), puts("..."), fputs("...", stream) or err(3)'s
# family, err(2, "..."), whose text has a letter besides conversions.
unmarked() {
	perl -0777 -ne '
	    my $lit = qr/(?:"(?:[^"\\\n]|\\.)*"\s*)+/;
	    while (/\b(?:fprintf\(\s*[A-Za-z_>.-]+,\s*|printf\(\s*|puts\(\s*|fputs\(\s*|v?(?:err|warn)x?\(\s*(?:[0-9A-Z_]+,\s*)?)($lit)(?=[,)])/g) {
		my $t = join("", $1 =~ /"((?:[^"\\]|\\.)*)"/g);
		$t =~ s/\bgkml(-[a-z]+)?\b//g;	# a program name
		$t =~ s/\\.|%[-+ #0-9.*\$]*[hlLqjzt]*[a-zA-Z]//g;
		next unless $t =~ /[A-Za-z]/;
		my $line = 1 + (substr($_, 0, pos($_)) =~ tr/\n//);
		print "$ARGV:$line\n";
	    }' "$@"
}

rc=0
for f in lib/*.c cmd/*.c; do
	for at in $(unmarked "$f"); do
		echo "po: $at: a message not marked for translation;" \
		    "write _(\"...\") (lib/msg.h)" >&2
		rc=1
	done
done
while IFS='	' read -r files id; do
	# A message with no letter in it ("%s") needs no translation.
	case $id in *[A-Za-z]*) ;; *) continue ;; esac
	# Printf conversions are not letters of a message.
	words=$(printf '%s' "$id" | sed 's/\\.//g; s/%[-+ #0-9.*$]*[hlLqjzt]*[a-zA-Z]//g')
	case $words in *[A-Za-z]*) ;; *) continue ;; esac
	printf 'po: no Chinese for %s (in %s); translate it in %s\n' \
	    "$id" "$files" lib/po/zh_CN.po >&2
	rc=1
done <"$tmp/missing"
exit $rc
