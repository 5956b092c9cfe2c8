# UTF-16LE without a byte order mark, as iconv -t UTF-16LE and some
# export tools write it.  Wanted: one GK003 finding that says UTF-16 and
# shows the iconv command, not a NUL-byte error per character.  The
# wording is free: print how many findings there are and their rules.
. ./hostile.lib
printf 'g\000k\000m\000l\000:\000 \0001\000\n\000' >le.yaml
printf 'c\000a\000t\000a\000l\000o\000g\000:\000\n\000' >>le.yaml
printf ' \000 \000t\000i\000t\000l\000e\000:\000 \000\075\170\112\176\107\225\n\000' >>le.yaml
limit "$T" ${GKML_WRAP:-} gkml-validate le.yaml 2>.err
rc=$?
echo "findings: $(wc -l <.err)"
sed -n 's/.*\[\(GK[0-9]*\) .*/\1/p' .err | sort | uniq -c | sed 's/^ *//'
grep -q 'UTF-16' .err && echo "says UTF-16"
grep -q 'iconv' .err && echo "shows iconv"
echo "rc=$rc"
