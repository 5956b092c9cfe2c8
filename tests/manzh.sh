#!/bin/sh
# Every manual page has its Chinese twin, and the twin describes the
# same things: for cmd/X.1 and schemas/gkml.5 there is zh_CN/ beside it,
# with the same date and title, as many sections and subsections, and
# the same options, their arguments (Cm), rules with their names and
# severities, environment variables, exit statuses and cross
# references.  Text is free; what a reader looks up is not.
#
# Usage: sh tests/manzh.sh [page ...]  (default: cmd/*.1 schemas/gkml.5)
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top" || exit 2
[ $# -gt 0 ] || set -- cmd/*.1 schemas/gkml.5

# facts PAGE: what the page describes, one fact per line, sorted.
facts() {
	{
		grep -E '^\.(Dd|Dt) ' "$1"
		echo "sections $(grep -c '^\.Sh ' "$1")"
		echo "subsections $(grep -c '^\.Ss ' "$1")"
		grep -oE '(^\.| )Fl [^ ]+' "$1" | sed 's/^[. ]//' |
		    grep -vE '^Fl ([A-Z][a-z]|[,.;:|()])$' | sort -u
		grep -oE '(^\.| )Ev [A-Z_]+' "$1" | sed 's/^[. ]//' | sort -u
		grep -oE '(^\.| )Xr [^ ]+ [0-9]' "$1" | sed 's/^[. ]//' | sort -u
		grep -oE '\bGK[0-9]{3}\b' "$1" | sed 's/^/rule /' | sort -u
		grep -E '^\.It Li GK' "$1"
		grep -oE '(^\.| )Cm [^ ]+' "$1" | sed 's/^[. ]//' | sort -u
		grep -E '^\.It [0-9]+$' "$1" | sed 's/^\.It /exit /' | sort -u
	} | LC_ALL=C sort
}

tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-manzh.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
r=0
for en in "$@"; do
	zh=$(dirname "$en")/zh_CN/$(basename "$en")
	if [ ! -f "$zh" ]; then
		echo "$en: no Chinese page $zh"; r=1; continue
	fi
	facts "$en" >"$tmp/en"
	facts "$zh" >"$tmp/zh"
	if ! cmp -s "$tmp/en" "$tmp/zh"; then
		echo "$zh: does not describe what $en does:"
		diff "$tmp/en" "$tmp/zh" | grep '^[<>]' |
		    sed 's/^</    only in English:/; s/^>/    only in Chinese:/'
		r=1
	fi
done
exit $r
