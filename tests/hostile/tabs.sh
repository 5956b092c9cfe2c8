# Tabs: in indentation a syntax error that says so, at the tab; inside
# a value, or before a comment, allowed.
. ./hostile.lib
catalog | sed 's/^        name: 控辍保学/\t\tname: 控辍保学/' >indent.yaml
catalog | sed 's/^  level: township/\tlevel: township/' >indent2.yaml
catalog | sed 's/^        name: 控辍保学/      \tname: 控辍保学/' >mixed.yaml
catalog | sed 's/^        name: 控辍保学/        name: 控辍保学\t(2024)\t# 二级事项/' >value.yaml
run gkml-validate indent.yaml
run gkml-validate indent2.yaml
run gkml-validate mixed.yaml
run gkml-validate value.yaml
run gkml-fmt indent.yaml
