# Board sheets and DOCX are the same bytes for the same catalogs: twice,
# as a directory of files (one a catalog) or as a zip.  Their only dates
# are the catalogs' (更新日期), or for the DOCX package (its time stamps,
# docProps/core.xml) the run's: SOURCE_DATE_EPOCH, else the latest
# 'updated'.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-det.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
unset SOURCE_DATE_EPOCH
for t in board docx; do
	gkml-render -T $t -o "$tmp/$t-a" site || exit 1
	gkml-render -T $t -o "$tmp/$t-b" site || exit 1
	diff -r "$tmp/$t-a" "$tmp/$t-b" && echo "$t: the same files twice"
	(cd "$tmp/$t-a" && find . -type f ! -name '.gkml-render' | sort)
	gkml-render -T $t --zip -o "$tmp/$t-a.zip" site || exit 1
	gkml-render -T $t --zip -o "$tmp/$t-b.zip" site || exit 1
	cmp "$tmp/$t-a.zip" "$tmp/$t-b.zip" && echo "$t: --zip, the same bytes"
	SOURCE_DATE_EPOCH=1700000000 gkml-render -T $t -o "$tmp/$t-c" site ||
	    exit 1
	diff -rq "$tmp/$t-a" "$tmp/$t-c" >/dev/null &&
	    echo "$t: SOURCE_DATE_EPOCH changes nothing" ||
	    echo "$t: SOURCE_DATE_EPOCH changes $(diff -rq "$tmp/$t-a" \
	    "$tmp/$t-c" | wc -l) files"
done
python3 - "$tmp/docx-a" "$tmp/docx-c" <<'PY'
import os, sys, zipfile
for d in sys.argv[1:]:
    for root, _, files in sorted(os.walk(d)):
        for f in sorted(files):
            if f.endswith(".docx"):
                z = zipfile.ZipFile(os.path.join(root, f))
                core = z.read("docProps/core.xml").decode()
                when = core.split("<dcterms:created")[1].split(">")[1][:10]
                print("%s: zip dated %04d-%02d-%02d, created %s" % (
                    os.path.basename(d), *z.infolist()[0].date_time[:3], when))
                break
        else:
            continue
        break
PY
