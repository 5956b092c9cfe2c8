# Incremental publishing: over a site it made before, gkml-render makes
# again only the pages whose catalog, or whose part of the index, changed
# (and the search index); the others stay the files they were (the same
# inodes).  Each time the result is the site a full render into a new
# directory makes, byte for byte.  A manifest that is broken or from
# another version, or other options, make the whole site again.
# limit: 60 s
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-inc.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
unset SOURCE_DATE_EPOCH
cp -R site "$tmp/in"
# inodes: "inode path" of every file of the site, sorted by path.
inodes() {
	(cd "$1" && find . -type f ! -name .gkml-render ! -name .gkml-manifest \
	    -exec ls -i {} + | awk '{ print $2, $1 }' | sort)
}
# made: the files of $1 that are not the ones $2 listed (made again).
made() {
	inodes "$1" >"$tmp/now"
	join "$2" "$tmp/now" | awk '$2 != $3 { print "  " $1 }'
	join -v 2 "$2" "$tmp/now" | awk '{ print "  " $1 " (new)" }'
	join -v 1 "$2" "$tmp/now" | awk '{ print "  " $1 " (gone)" }'
}
# same: a full render of the inputs into a new directory is the site.
same() {
	rm -rf "$tmp/full"
	gkml-render -T html -o "$tmp/full" "$tmp/in" 2>/dev/null
	if diff -r "$tmp/full" "$tmp/site" >/dev/null; then
		echo "the same as a full render"
	else
		echo "NOT the same as a full render"
	fi
}
gkml-render -T html -o "$tmp/site" "$tmp/in"
echo "first: rc=$?"
sed -n '1p; 2s/=.*/=VERSION/p; 3s/ .*/ HASH/p' "$tmp/site/.gkml-manifest"
inodes "$tmp/site" >"$tmp/before"

echo "nothing changed:"
gkml-render -T html -o "$tmp/site" "$tmp/in"
echo "  rc=$?"
made "$tmp/site" "$tmp/before"
same

echo "an item of the township renamed:"
sed 's/name: 居家养老服务补贴$/name: 居家养老服务补贴发放/' \
    site/town/elderly-care.yaml >"$tmp/in/town/elderly-care.yaml"
inodes "$tmp/site" >"$tmp/before"
gkml-render -T html -o "$tmp/site" "$tmp/in"
echo "  rc=$?"
made "$tmp/site" "$tmp/before"
same

echo "the county's catalog, the township's base, changed:"
sed 's/^  updated: .*/  updated: 2024-07-01/' site/county/elderly-care.yaml \
    >"$tmp/in/county/elderly-care.yaml"
inodes "$tmp/site" >"$tmp/before"
gkml-render -T html -o "$tmp/site" "$tmp/in"
echo "  rc=$?"
made "$tmp/site" "$tmp/before" | grep -c . | sed 's/^/  files made: /'
same

echo "the village's file removed: its pages go"
rm "$tmp/in/town/village/village-affairs.yaml"
inodes "$tmp/site" >"$tmp/before"
gkml-render -T html -o "$tmp/site" "$tmp/in"
echo "  rc=$?"
made "$tmp/site" "$tmp/before"
same

echo "a broken manifest:"
echo "gkml-manifest 1" >"$tmp/site/.gkml-manifest"
inodes "$tmp/site" >"$tmp/before"
gkml-render -T html -o "$tmp/site" "$tmp/in" 2>&1 |
    sed "s|$tmp|TMP|; s/gkml-render [0-9][0-9.]*;/gkml-render VERSION;/"
made "$tmp/site" "$tmp/before" | grep -c . | sed 's/^/  files made: /'
same

echo "a manifest of another version:"
sed '2s/.*/version =0.0.1/' "$tmp/site/.gkml-manifest" >"$tmp/m"
cp "$tmp/m" "$tmp/site/.gkml-manifest"
gkml-render -T html -o "$tmp/site" "$tmp/in" 2>&1 |
    sed "s|$tmp|TMP|; s/gkml-render [0-9][0-9.]*;/gkml-render VERSION;/"
same

echo "the same, in Chinese:"
cp "$tmp/m" "$tmp/site/.gkml-manifest"
LC_ALL=zh_CN.UTF-8 gkml-render -T html -o "$tmp/site" "$tmp/in" 2>&1 |
    sed "s|$tmp|TMP|; s/gkml-render [0-9][0-9.]* /gkml-render VERSION /"
same

echo "another title: everything made again, without a word"
inodes "$tmp/site" >"$tmp/before"
gkml-render -T html -O title=演示 -o "$tmp/site" "$tmp/in"
echo "  rc=$?"
made "$tmp/site" "$tmp/before" | grep -c . | sed 's/^/  files made: /'
