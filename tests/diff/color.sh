# Colour only on a terminal, and never with NO_COLOR set.  script(1) runs
# the command on a pseudo-terminal.
esc=$(printf '\033')
out=$(mktemp "${TMPDIR:-/tmp}/gkml-color.XXXXXX") || exit 2
trap 'rm -f "$out"' EXIT INT TERM
count() { grep -c "$esc" "$1"; }
gkml-diff channels.old.yaml channels.new.yaml >"$out"
echo "not a terminal: $(count "$out") lines with escape codes"
NO_COLOR=1 gkml-diff channels.old.yaml channels.new.yaml >"$out"
echo "not a terminal, NO_COLOR=1: $(count "$out") lines with escape codes"
unset NO_COLOR
script -qec 'gkml-diff channels.old.yaml channels.new.yaml' /dev/null \
    >"$out"
echo "terminal: $([ "$(count "$out")" -gt 0 ] && echo some || echo no)" \
    "lines with escape codes"
NO_COLOR=1 script -qec 'gkml-diff channels.old.yaml channels.new.yaml' \
    /dev/null >"$out"
echo "terminal, NO_COLOR=1: $(count "$out") lines with escape codes"
# Without colour the terminal gets the same text as a pipe (bar CR LF).
tr -d '\r' <"$out" | cmp -s - channels.out && echo "same as channels.out"
