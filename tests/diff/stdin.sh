# "-" is standard input, on either side.
gkml-diff meta.old.yaml - <meta.new.yaml
echo "new from stdin: rc=$?"
gkml-diff - meta.new.yaml <meta.old.yaml
echo "old from stdin: rc=$?"
