# The same catalogs make the same site, byte for byte: twice, with one
# thread or several, as a directory or a zip.  The only date in it is
# the catalogs' latest, or SOURCE_DATE_EPOCH's.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-det.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
unset SOURCE_DATE_EPOCH
gkml-render -T html -o "$tmp/a" site
gkml-render -T html -j 3 -o "$tmp/b" site
diff -r "$tmp/a" "$tmp/b" && echo "-j 3: the same files"
gkml-render -T html --zip -o "$tmp/a.zip" site
gkml-render -T html --zip -j 2 -o "$tmp/b.zip" site
cmp "$tmp/a.zip" "$tmp/b.zip" && echo "--zip: the same bytes"
# The zip holds the directory's files.
python3 - "$tmp/a.zip" "$tmp/a" <<'PY'
import os, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
same = all(z.read(n) == open(os.path.join(sys.argv[2], n), "rb").read()
           for n in z.namelist())
print("zip: %d files, %s" % (len(z.namelist()), "as in the directory"
      if same else "NOT as in the directory"))
print("zip: dated", "%04d-%02d-%02d" % z.infolist()[0].date_time[:3])
PY
grep -ho 'datetime="[^"]*">[^<]*</time>' "$tmp/a/index.html"
SOURCE_DATE_EPOCH=1700000000 gkml-render -T html -o "$tmp/c" site
# (The manifest's keys of the pages change with the date too.)
diff -r -x .gkml-manifest "$tmp/a" "$tmp/c" | grep '^[<>]' | sed 's/^\(.\).*\(数据日期[^·]*\).*/\1 \2/' |
    sort | uniq -c
SOURCE_DATE_EPOCH=1700000000 gkml-render -T html --zip -o "$tmp/c.zip" site
python3 -c 'import sys, zipfile
print("zip: dated", "%04d-%02d-%02d" %
    zipfile.ZipFile(sys.argv[1]).infolist()[0].date_time[:3])' "$tmp/c.zip"
