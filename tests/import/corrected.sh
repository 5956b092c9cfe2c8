# The officer corrects the published table and imports it again: the
# ids stay, so gkml-diff shows only what was corrected.
gkml-import shehui.html >old.tmp.yaml 2>/dev/null
gkml-import shehui-fixed.html >new.tmp.yaml
gkml-diff old.tmp.yaml new.tmp.yaml | grep -v x-import
rm -f old.tmp.yaml new.tmp.yaml
