# A single 100 MB scalar, plain and double-quoted: the scalar limit
# (1 MB) stops the scan long before the end.
. ./hostile.lib
{
	printf 'gkml: 1\ncatalog:\n  id: a\n  title: '
	head -c 100000000 /dev/zero | tr '\0' 'x'
	echo
} >plain.yaml
run gkml-validate plain.yaml
run gkml-fmt plain.yaml
rm -f plain.yaml
{
	printf 'gkml: 1\ncatalog:\n  id: a\n  title: "'
	head -c 100000000 /dev/zero | tr '\0' 'x'
	echo '"'
} >quoted.yaml
run gkml-validate quoted.yaml
# A raised limit lets a 2 MB scalar through.
{
	catalog
	printf 'x-blob: '
	head -c 2000000 /dev/zero | tr '\0' 'x'
	echo
} >two.yaml
limits scalar=3M
run gkml-validate two.yaml
limits
