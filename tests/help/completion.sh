# The bash completion, from the same table as the help: commands,
# options, -T formats, -O keys, areas, levels and fields.
command -v bash >/dev/null || exit 77
t=$(mktemp -d) || exit 2
trap 'rm -rf "$t"' EXIT
gkml completion bash >"$t/gkml.bash" || exit 1
comp() {
	GKML_BASH=$t/gkml.bash bash -c '. "$GKML_BASH"
	COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _gkml
	printf "%s\n" "${COMPREPLY[@]}" | sort | tr "\n" " "; echo' bash "$@"
}
echo "gkml <tab>: $(comp gkml '')"
echo "gkml v<tab>: $(comp gkml v)"
echo "gkml help me<tab>: $(comp gkml help me)"
echo "gkml render -T <tab>: $(comp gkml render -T '')"
echo "gkml-render -O p<tab>: $(comp gkml-render -O p)"
echo "gkml validate --<tab>: $(comp gkml validate --)"
echo "gkml import --area bud<tab>: $(comp gkml import --area bud)"
echo "gkml import --level <tab>: $(comp gkml import --level '')"
echo "gkml diff --ignore ch<tab>: $(comp gkml diff --ignore ch)"
echo "gkml-stats --expect-areas st<tab>: $(comp gkml-stats --expect-areas st)"
gkml completion zsh
echo "rc=$?"
gkml completion --words nosuch
echo "rc=$?"
