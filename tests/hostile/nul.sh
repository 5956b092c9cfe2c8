# NUL bytes: in a value, at the start of the file, and a thousand of
# them at the end (the first 20 are reported, then a count, last).
. ./hostile.lib
catalog | sed 's/^        name: 控辍保学/        name: 控辍\x00保学/' >value.yaml
{ printf '\000'; catalog; } >start.yaml
run gkml-validate value.yaml start.yaml
run gkml-fmt value.yaml
{ catalog; head -c 1000 /dev/zero; } >many.yaml
limit "$T" ${GKML_WRAP:-} gkml-validate many.yaml 2>.err
echo "rc=$?"
echo "findings: $(wc -l <.err)"
head -n 2 .err
echo ...
# The count of those not shown comes after the 20 that are.
tail -n 1 .err | sed 's/^[^ ]* //'
