# CR LF line ends: a note, and positions as for LF; gkml-fmt writes LF.
# A lone CR (old Mac line ends) is refused, so positions agree.
. ./hostile.lib
catalog | sed 's/notice-board\]/notice_board]/; s/$/\r/' >crlf.yaml
run gkml-validate -W note crlf.yaml
catalog | sed 's/$/\r/' >ok.yaml
run gkml-validate ok.yaml
echo "CRs written by gkml-fmt: $(limit "$T" ${GKML_WRAP:-} gkml-fmt ok.yaml | tr -cd '\r' | wc -c)"
printf 'gkml: 1\rcatalog:\r  id: a\r  level: county\r' >cr.yaml
run gkml-validate cr.yaml
