# A catalog saved as GBK (written here with octal escapes): GK003, with
# the iconv command that converts it.  Also GB18030 four-byte forms.
. ./hostile.lib
# 石羊镇 义务教育 政策文件 控辍保学 in GBK.
printf 'gkml: 1\ncatalog:\n  id: dayao/shiyang/compulsory-education\n' >gbk.yaml
printf '  title: \312\257\321\362\325\362\322\345\316\361\275\314\323\375\n' >>gbk.yaml
printf '  level: township\ncategories:\n  - id: policy\n' >>gbk.yaml
printf '    name: \325\376\262\337\316\304\274\376\n' >>gbk.yaml
printf '    items:\n      - id: policy.dropout\n' >>gbk.yaml
printf '        name: \277\330\352\241\261\243\321\247\n' >>gbk.yaml
run gkml-validate gbk.yaml
run gkml-fmt gbk.yaml
# GB18030 four-byte sequences (\201\060\201\060 is U+0080).
printf 'gkml: 1\ncatalog:\n  id: a\n  title: \201\060\201\060\201\060\201\061\n' >gb18030.yaml
run gkml-validate gb18030.yaml
# GBK that is also valid UTF-8 (某某学校 reads as U+0133 U+0133 U+0467
# U+0423): still GK003, and fmt leaves the file alone.
printf 'gkml: 1\ncatalog:\n  id: a\n  title: \304\263\304\263\321\247\320\243\n' >disguised.yaml
printf '  jurisdiction: \304\263\304\263\n' >>disguised.yaml
cp disguised.yaml disguised.orig
run gkml-validate disguised.yaml
run gkml-fmt -w disguised.yaml
cmp -s disguised.yaml disguised.orig && echo "disguised.yaml: untouched"
