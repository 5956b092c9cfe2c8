# Several files on standard output are a stream of YAML documents.
gkml-fmt canonical.inc.yaml flow-block.yaml | grep -c '^---$'
gkml-fmt canonical.inc.yaml flow-block.yaml | sed -n '/^---$/,/^catalog:/p'
