# A file that is only "---" (or "---" and "..."): it holds no catalog,
# the same finding as an empty file.
. ./hostile.lib
printf -- '---\n' >marker.yaml
printf -- '# 新建目录\n---\n...\n' >markers.yaml
run gkml-validate marker.yaml markers.yaml
run gkml-fmt marker.yaml
