# Only 'make deps' installs packages: no other target's commands run
# apt-get to install, even with a package missing (a name no system
# has).  make -n prints the commands without running them; a recursive
# $(MAKE) is followed.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-make.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' INT TERM HUP
top=$(cd ../.. && pwd)
pkgs='DEB_PKGS=gkml-no-such-package TEST_PKGS=gkml-no-such-package-either'
for t in all check check-asan check-loaded check-valgrind regen bench demo \
    fuzz lint install clean have-deps have-check-deps; do
	# shellcheck disable=SC2086
	make -n -C "$top" B="$tmp/b" DESTDIR="$tmp/d" $pkgs "$t" \
	    >"$tmp/$t" 2>&1
	if grep -q 'apt-get update' "$tmp/$t"; then
		echo "make $t would install packages:"
		grep 'apt-get' "$tmp/$t" | head -3
	fi
done
# The one that does, so the check above can see it.
# shellcheck disable=SC2086
make -n -C "$top" $pkgs deps 2>&1 | grep -q 'apt-get update' &&
    echo "make deps installs them"
