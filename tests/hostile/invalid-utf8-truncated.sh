# A UTF-8 catalog cut off in the middle of its last character (a copy
# interrupted, a cell truncated at a byte limit).  It is UTF-8 with one
# stray byte, not GBK: the GK003 advice to convert it from GB18030
# would garble every character of it.  Wanted: GK002 at the stray
# byte.  The wording is free: print the position and rule.
. ./hostile.lib
printf 'gkml: 1\ncatalog:\n  id: dayao/shiyang/compulsory-education\n' >cut.yaml
printf '  title: 石羊镇义务教育公开目录\n  area: compulsory-education\n' >>cut.yaml
printf '  level: township\n  jurisdiction: 大姚县石羊镇\ncategories:\n' >>cut.yaml
printf '  - id: policy\n    name: 政策文件\n    items:\n' >>cut.yaml
printf '      - id: policy.dropout\n        name: 控辍保学\n' >>cut.yaml
printf '        body: 大姚县教育体育局\n        content: 控辍保\345\n' >>cut.yaml
limit "$T" ${GKML_WRAP:-} gkml-validate cut.yaml 2>.err
rc=$?
sed -n 's/^\([^:]*:[0-9]*:[0-9]*\): .*\[\(GK[0-9]*\) .*/\1 \2/p' .err
echo "rc=$rc"
