# Control characters written as escapes in a double-quoted string reach
# the value just the same, and XML cannot carry them either.  Wanted: a
# GK005 finding for each value; the wording is free.
. ./hostile.lib
catalog | sed 's/^        name: 控辍保学/        name: "控辍保学\\x01"/; s/^    name: 政策文件/    name: "政策文件\\0"/' >esc.yaml
limit "$T" ${GKML_WRAP:-} gkml-validate esc.yaml 2>.err
rc=$?
sed -n 's/^\([^:]*:[0-9]*\):.*\[\(GK[0-9]*\) .*/\1 \2/p' .err
echo "rc=$rc"
