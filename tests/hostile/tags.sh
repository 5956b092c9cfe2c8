# YAML tags: a tag could turn a value into something else (bytes, an
# object to construct), and the tree keeps no tag, so each one is an
# error (GK011) and nothing that writes YAML or compares values goes on
# as if it were not there: validate reports every one, fmt and merge
# refuse to write, diff refuses to compare, render refuses unless
# -O force, stats counts the catalog as it does others with errors.
. ./hostile.lib
catalog >plain.yaml
{
	echo '%TAG !py! tag:yaml.org,2002:python/'
	echo '---'
	catalog | sed -e 's/^  title: /  title: !!binary /' \
	    -e 's/^      - id: policy.dropout$/      - !py!object:os.system/' \
	    -e 's/^        name: 控辍保学$/        id: policy.dropout\n        name: 控辍保学/' \
	    -e 's/^    items:$/    items: !foo/' \
	    -e 's/^categories:$/categories: !!seq/'
	echo 'x-cmd: !!python/object/apply:os.system ["rm -rf /"]'
} >tagged.yaml
# brief CMD ARGS...: run, with the GK011 findings, already shown whole,
# counted.
brief() {
	run "$@" | awk '/\[GK011 tag\]$/ { n++; next }
	    { if (n) print "(" n " GK011 findings)"; n = 0; print }'
}
run gkml-validate tagged.yaml
run gkml-fmt tagged.yaml
cp tagged.yaml written.yaml
brief gkml-fmt -w written.yaml
cmp tagged.yaml written.yaml && echo "fmt -w: the file is byte-identical"
brief gkml-fmt --check tagged.yaml
brief gkml-diff plain.yaml tagged.yaml
brief gkml-merge tagged.yaml
brief gkml-merge -3 plain.yaml plain.yaml tagged.yaml
brief gkml-render -T xml -o out.xml tagged.yaml
[ -e out.xml ] || echo "render: nothing written"
brief sh -c 'gkml-stats tagged.yaml >/dev/null'
# A tag in a base is an error of the merge, too.
catalog | sed 's|^  id: dayao/shiyang/compulsory-education$|  id: dayao/compulsory-education|; s/^  level: township$/  level: county/; s/^  title: /  title: !!str /' >base.yaml
catalog | sed 's|^  publisher: .*|  extends: base.yaml|' >overlay.yaml
run gkml-merge overlay.yaml
