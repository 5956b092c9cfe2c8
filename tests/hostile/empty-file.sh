# Empty files: no bytes, only blank lines, only comments, from a file
# and from standard input.  Each holds no catalog.
. ./hostile.lib
: >empty.yaml
printf '\n\n   \n' >blank.yaml
printf '# 石羊镇义务教育目录\n# 待填写\n' >comments.yaml
run gkml-validate empty.yaml blank.yaml comments.yaml
run gkml-validate - </dev/null
run gkml-fmt empty.yaml
