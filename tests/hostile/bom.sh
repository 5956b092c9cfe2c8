# A UTF-8 byte order mark: a warning, and otherwise a normal catalog
# (positions count from after the mark).  gkml-fmt drops it.
. ./hostile.lib
{ printf '\357\273\277'; catalog; } >bom.yaml
run gkml-validate bom.yaml
run gkml-validate -W warning bom.yaml
{ printf '\357\273\277'; catalog | sed 's/notice-board\]/notice_board]/'; } >bom-error.yaml
run gkml-validate bom-error.yaml
limit "$T" ${GKML_WRAP:-} gkml-fmt bom.yaml | head -c 3 | od -An -c
