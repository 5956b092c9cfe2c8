# Duplicate keys at every level, each reported with the line of the
# first; fmt refuses to drop one of the values.
. ./hostile.lib
catalog | sed 's/^  level: township/  level: township\n  level: county/; s/^        mode: proactive/        mode: proactive\n        channels: [website]/' >dup.yaml
echo 'gkml: 1' >>dup.yaml
run gkml-validate dup.yaml
run gkml-fmt dup.yaml
