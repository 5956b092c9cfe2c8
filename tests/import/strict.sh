# --strict: anything uncertain is exit 1, and nothing is written.
gkml-import --strict shehui.html >out.tmp 2>/dev/null
echo "uncertain: rc=$? $(wc -c <out.tmp | tr -d ' ') bytes"
gkml-import --strict shehui-fixed.html >out.tmp
echo "corrected: rc=$? $(wc -c <out.tmp | tr -d ' ') bytes"
rm -f out.tmp
