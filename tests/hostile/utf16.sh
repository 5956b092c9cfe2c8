# UTF-16 with a byte order mark, little- and big-endian: GK003 with the
# iconv command, and nothing else.
. ./hostile.lib
# "gkml: 1\n" and "title: 石羊镇\n" in UTF-16LE with its BOM.
printf '\377\376g\000k\000m\000l\000:\000 \0001\000\n\000' >le.yaml
printf 't\000i\000t\000l\000e\000:\000 \000\075\170\112\176\107\225\n\000' >>le.yaml
printf '\376\377\000g\000k\000m\000l\000:\000 \0001\000\n' >be.yaml
printf '\000t\000i\000t\000l\000e\000:\000 \170\075\176\112\225\107\000\n' >>be.yaml
run gkml-validate le.yaml be.yaml
run gkml-fmt le.yaml
