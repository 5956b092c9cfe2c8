# Everything in catalogs/ is valid, warnings included, and in canonical
# form; every overlay in it resolves to a valid catalog.
cd ../../catalogs || exit 2
gkml-validate -W warning .
echo "valid: rc=$?"
gkml-fmt --check .
echo "canonical: rc=$?"
for f in $(grep -rl '^  extends:' . | sort); do
	gkml-merge "$f" | gkml-validate -W warning -
	echo "$f resolves: rc=$?"
done
