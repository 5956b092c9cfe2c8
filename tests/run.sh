#!/bin/sh
# The test runner: unit programs, golden cases, man-page examples.
#
#   sh tests/run.sh BUILD_DIR
#
# A golden case is tests/<command>/<case>.yaml (or <case>.sh, a script
# run in place of the command, or <case>.old.yaml and <case>.new.yaml,
# the two versions a diff case compares).  The command is gkml-<command> with the
# words of <case>.args (FILE stands for the case file, else it goes
# last), run in the case's directory.  Expected: <case>.out (stdout),
# <case>.err (stderr) and <case>.rc (exit status); a missing file means
# empty output or status 0.  GKML_REGEN=1 rewrites the expectations;
# GKML_WRAP runs every command under a wrapper (valgrind); a script
# that cannot run here (under the wrapper, say) exits 77 and is
# reported as skipped, not compared; GKML_ONLY, an
# extended regular expression, runs only the tests whose names match it
# (unit/test_lib, merge/three-way, synopsis merge, example merge, README,
# browser).  Last, the run must have left the source tree as it found it
# ("source tree untouched"): no file or directory under tests/,
# catalogs/, schemas/, templates/, cmd/ or lib/, nor a file at the top,
# created, changed or removed, and in a git checkout the same
# 'git status'; tests write in a directory of their own from mktemp -d.
# Ends with "N passed, N failed"; exits 1 if anything failed.

LC_ALL=C
export LC_ALL
unset NO_COLOR GKML_LIMITS LANGUAGE

top=$(cd "$(dirname "$0")/.." && pwd)
B=${1:-build}
case $B in /*) ;; *) B=$top/$B ;; esac
PATH=$B:$top/tests/bin:$PATH
GKML_DATADIR=$top
export PATH GKML_DATADIR

# Time limits catch hangs; they measure nothing.  Each is a base in
# seconds times GKML_TIME_SCALE, worked out afresh before every test:
# GKML_SLOW (a factor; 4 for sanitizer builds and valgrind) times
# 2 + the load average per processor, so a busy shared machine gets
# the time it needs.  Scripts use the same scale through tests/bin/limit.
case $B in *asan*) : "${GKML_SLOW:=4}" ;; esac
[ -n "${GKML_WRAP:-}" ] && : "${GKML_SLOW:=4}"
case ${GKML_SLOW:-} in ''|*[!0-9]*) slow=1 ;; *) slow=$GKML_SLOW ;; esac
[ "$slow" -ge 1 ] || slow=1
export GKML_SLOW GKML_WRAP
ncpu=$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 1)
rescale() {
	l=$(cut -d. -f1 /proc/loadavg 2>/dev/null || echo 0)
	GKML_TIME_SCALE=$((slow * (2 + l / ncpu)))
	export GKML_TIME_SCALE
}
rescale
limit=10		# base seconds a golden case or example may take

tmp=$(mktemp -d "${TMPDIR:-/tmp}/gkml-test.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' INT TERM HUP

# What the source tree looked like; see the end.
: >"$tmp/start"
gitstatus() {
	git -C "$top" status --porcelain --untracked-files=all 2>/dev/null
}
gitstatus >"$tmp/git.before"

pass=0
fail=0

ok() { pass=$((pass + 1)); }
# want NAME: is the test called NAME selected by GKML_ONLY?
want() { [ -z "${GKML_ONLY:-}" ] || echo "$1" | grep -Eq -- "$GKML_ONLY"; }
bad() { fail=$((fail + 1)); echo "FAIL: $1"; }

# Compare file $2 (actual) with expectation $1 (missing means empty).
same() {
	if [ -n "${GKML_REGEN:-}" ]; then
		if [ -s "$2" ]; then cp "$2" "$1"; else rm -f "$1"; fi
		return 0
	fi
	if [ -f "$1" ]; then
		diff -u "$1" "$2" >"$tmp/diff" 2>&1 && return 0
	else
		[ -s "$2" ] || return 0
		diff -u /dev/null "$2" >"$tmp/diff" 2>&1
	fi
	sed 's/^/    /' "$tmp/diff" | head -40
	return 1
}

# --- unit programs: each prints "NAME: N passed, N failed" ---
for t in "$B"/tests/unit/test_*; do
	[ -x "$t" ] || continue
	name=$(basename "$t")
	want "unit/$name" || continue
	rescale
	if ( cd "$top" && limit 60 ${GKML_WRAP:-} "$t" ) >"$tmp/unit.out" 2>&1
	then
		:
	else
		sed 's/^/    /' "$tmp/unit.out" | tail -20
		bad "unit $name"
	fi
	set -- $(sed -n 's/.*: \([0-9]*\) passed, \([0-9]*\) failed$/\1 \2/p' \
	    "$tmp/unit.out" | tail -1)
	pass=$((pass + ${1:-0}))
	fail=$((fail + ${2:-0}))
done

# The findings of a stderr, without their words: position, severity
# (in English, whatever the language) and rule, one a line.
findings() {
	sed -n 's/^\(.*\): \(error\|warning\|note\|错误\|警告\|提示\): .* \(\[GK[0-9]* [a-z0-9-]*\]\)$/\1 \2 \3/p' "$1" |
	    sed 's/ 错误 \[/ error [/; s/ 警告 \[/ warning [/; s/ 提示 \[/ note [/'
}

# The message of each finding, in the order printed.
messages() {
	sed -n 's/^.*: \(error\|warning\|note\|错误\|警告\|提示\): \(.*\) \[GK[0-9]* [a-z0-9-]*\]$/\2/p' "$1"
}

# --- golden cases ---
for dir in "$top"/tests/*/; do
	cmd=$(basename "$dir")
	case $cmd in bin|unit|bench|fuzz) continue ;; esac
	for f in "$dir"*.yaml "$dir"*.sh; do
		[ -f "$f" ] || continue
		case $f in
		*.out.yaml|*.base.yaml|*.inc.yaml|*.new.yaml) continue ;;
		esac
		case=${f%.*}
		case $f in *.old.yaml) case=${f%.old.yaml} ;; esac
		name=$cmd/$(basename "$case")
		[ -f "$case.yaml" ] && [ "$f" = "$case.sh" ] && continue
		want "$name" || continue
		if [ -f "$case.sh" ]; then
			set -- sh "$(basename "$case.sh")"
		else
			file=$(basename "$f")
			# A diff case is a pair: <case>.old.yaml <case>.new.yaml.
			case $f in *.old.yaml)
				file="$file $(basename "$case").new.yaml" ;;
			esac
			if [ -f "$case.args" ]; then
				args=$(cat "$case.args")
				case " $args " in
				*" FILE "*) args=$(echo "$args" | \
				    sed "s|FILE|$file|g") ;;
				*) args="$args $file" ;;
				esac
			else
				args=$file
			fi
			# shellcheck disable=SC2086
			set -- ${GKML_WRAP:-} "gkml-$cmd" $args
		fi
		# A script that needs longer says so: "# limit: N s".
		t=$limit
		[ -f "$case.sh" ] &&
		    t=$(sed -n 's/^# limit: \([0-9][0-9]*\) s$/\1/p' \
		    "$case.sh" | grep . || echo "$limit")
		rescale
		( cd "$dir" && limit "$t" "$@" ) \
		    >"$tmp/out" 2>"$tmp/err" </dev/null
		echo $? >"$tmp/rc"
		# A script that cannot run here exits 77 and says why.
		if [ -f "$case.sh" ] && [ "$(cat "$tmp/rc")" = 77 ]; then
			echo "SKIP: $name: $(head -1 "$tmp/out")"
			continue
		fi
		r=0
		# A hang, of the case or of a command in its script: say so.
		if [ "$(cat "$tmp/rc")" = 124 ] &&
		    grep -q '^timed out after' "$tmp/err"; then
			bad "$name: $(grep '^timed out after' "$tmp/err" |
			    head -1)"
			continue
		fi
		same "$case.out" "$tmp/out" || r=1
		same "$case.err" "$tmp/err" || r=1
		if [ -n "${GKML_REGEN:-}" ]; then
			if [ "$(cat "$tmp/rc")" = 0 ]; then rm -f "$case.rc"
			else cp "$tmp/rc" "$case.rc"; fi
		elif [ "$(cat "$tmp/rc")" != "$(cat "$case.rc" 2>/dev/null ||
		    echo 0)" ]; then
			echo "    exit status $(cat "$tmp/rc"), want" \
			    "$(cat "$case.rc" 2>/dev/null || echo 0)"
			r=1
		fi
		# The same answer in Chinese: under zh_CN the exit status,
		# and each finding's position, severity and rule, are those
		# under C (only the words change); JSON and SARIF, which
		# programs read, are the same bytes.
		if [ ! -f "$case.sh" ] && [ -z "${GKML_REGEN:-}" ]; then
			( cd "$dir" && LC_ALL=zh_CN.UTF-8 limit "$t" "$@" ) \
			    >"$tmp/zout" 2>"$tmp/zerr" </dev/null
			if [ $? != "$(cat "$tmp/rc")" ]; then
				echo "    zh_CN: another exit status"; r=1
			fi
			findings "$tmp/err" >"$tmp/f.c"
			findings "$tmp/zerr" >"$tmp/f.zh"
			if ! cmp -s "$tmp/f.c" "$tmp/f.zh"; then
				echo "    zh_CN: other findings:"
				diff -u "$tmp/f.c" "$tmp/f.zh" | sed 's/^/    /' |
				    head -20
				r=1
			fi
			# ... and in Chinese words: a finding whose message
			# is the English one, words and all, was never
			# translated.
			messages "$tmp/err" >"$tmp/m.c"
			messages "$tmp/zerr" >"$tmp/m.zh"
			paste -d '\n' "$tmp/m.c" "$tmp/m.zh" | awk '
			    NR % 2 { c = $0; next }
			    $0 == c { t = $0; gsub(/\047[^\047]*\047/, "", t)
				if (t ~ /[A-Za-z][a-z][a-z]/) print }' \
			    >"$tmp/untr"
			if [ -s "$tmp/untr" ]; then
				echo "    zh_CN: in English still:"
				sed 's/^/    /' "$tmp/untr" | head -5
				r=1
			fi
			case " $args " in
			*" -T json "*|*" -T sarif "*)
				cmp -s "$tmp/out" "$tmp/zout" || {
				    echo "    zh_CN: other JSON or SARIF"; r=1; } ;;
			esac
		fi
		# Formatting its own output changes nothing.
		if [ $cmd = fmt ] && [ ! -f "$case.args" ] &&
		    [ ! -f "$case.sh" ] && [ "$(cat "$tmp/rc")" = 0 ]; then
			cp "$tmp/out" "$tmp/again.yaml"
			gkml-fmt "$tmp/again.yaml" >"$tmp/again" 2>&1
			cmp -s "$tmp/out" "$tmp/again" ||
			    { echo "    not idempotent:"; \
			    diff -u "$tmp/out" "$tmp/again" | head -20; r=1; }
		fi
		if [ $r = 0 ]; then ok; else bad "$name"; fi
	done
done

# examples LABEL [LANGUAGE]: run the "$ command" lines of $tmp/examples,
# one after another in a copy of catalogs/ and tests/, and compare what
# each prints with the lines after it.  With LANGUAGE (zh_CN) the
# commands speak it through LC_ALL=C.UTF-8 LANGUAGE=zh_CN, which works
# where the Chinese locale is not installed, and other programs in the
# example (sed, python3) run in a locale that exists.
examples() {
	rm -rf "$tmp/ex"; mkdir "$tmp/ex"
	cp -R "$top/catalogs" "$top/tests" "$tmp/ex/"
	n=0
	while :; do
		n=$((n + 1))
		awk -v n=$n '/^\$ / { k++ } k == n' "$tmp/examples" >"$tmp/one"
		[ -s "$tmp/one" ] || break
		cmdline=$(head -1 "$tmp/one" | sed 's/^\$ //')
		sed 1d "$tmp/one" >"$tmp/want"
		rescale
		( cd "$tmp/ex" && if [ -n "${2:-}" ]; then
			LC_ALL=C.UTF-8 LANGUAGE=$2; export LANGUAGE; fi
		  limit "$limit" sh -c "$cmdline" ) \
		    >"$tmp/got" 2>&1
		if cmp -s "$tmp/want" "$tmp/got"; then ok; else
			diff -u "$tmp/want" "$tmp/got" | sed 's/^/    /' |
			    head -20
			bad "$1: $cmdline"
		fi
	done
}

# --- man pages: SYNOPSIS is usage(), EXAMPLES run as written ---
# (gkml(5) has no SYNOPSIS; the "$ command" lines of its EXAMPLES run.)
# The Chinese pages in cmd/zh_CN/ likewise, under LC_ALL=zh_CN.UTF-8:
# their 概要 is the Chinese usage, their 示例 print Chinese messages.
bs=$(printf '\b')
for m in "$top"/cmd/*.1 "$top"/cmd/zh_CN/*.1 "$top"/schemas/gkml.5 \
    "$top"/schemas/zh_CN/gkml.5; do
	[ -f "$m" ] || continue
	verb=$(basename "$m" .1)
	bin=gkml-$verb
	[ "$verb" = gkml ] && bin=gkml
	case $m in
	*/zh_CN/*) verb=zh_CN/$verb loc=zh_CN.UTF-8 lang=zh_CN T=utf8
		syn=概要 desc=描述 ex=示例 use='用法：' ;;
	*)	loc=C lang= T=ascii syn=SYNOPSIS desc=DESCRIPTION ex=EXAMPLES
		use='usage: ' ;;
	esac
	want "synopsis $verb" || want "example $verb" || continue
	case $m in *.1)
	want=$(mandoc -T $T -O width=300 "$m" 2>/dev/null |
	    LC_ALL=C.UTF-8 sed "s/.$bs//g" |
	    sed -n "/^$syn\$/,/^$desc\$/p" | sed '1d;$d' | tr -s ' \n' '  ' |
	    sed 's/^ *//;s/ *$//')
	# The usage lines: --help's first paragraph.
	got=$(LC_ALL=$loc "$bin" --help 2>&1 | sed '/^$/q' | sed "s/^$use//" |
	    tr -s ' \n' '  ' |
	    sed 's/^ *//;s/ *$//')
	if [ -n "$want" ] && [ "$want" = "$got" ]; then ok; else
		echo "    man: $want"; echo "    usage: $got"
		bad "synopsis $verb"
	fi ;;
	esac
	# EXAMPLES: "$ command" lines, then the output they print.
	awk -v ex="$ex" '$0 == ".Sh " ex { on = 1; next } /^\.Sh/ { on = 0 }
	    on && /^\.Bd -literal/ { lit = 1; next }
	    on && /^\.Ed/ { lit = 0; next }
	    on && lit { print }' "$m" |
	    sed 's/\\e/\\/g; s/\\(aq/'"'"'/g; s/\\&//g; s/\\(en/-/g' \
	    >"$tmp/examples"
	[ -s "$tmp/examples" ] || { bad "examples $verb: none"; continue; }
	examples "example $verb" "$lang"
done

# --- README: its examples, those shown whole, run as written ---
awk '/^```/ { if (on) { if (!cut) printf "%s", block; on = 0 }
		else { on = 1; block = ""; cut = 0; first = 1 }; next }
    on && first && !/^\$ / { on = 0 }
    on { first = 0; if ($0 == "...") cut = 1; block = block $0 "\n" }' \
    "$top/README.md" >"$tmp/examples"
want README && examples "README"

# --- a person's look: the HTML report in a real browser ---
if ! want browser; then
	:
elif command -v "${CHROMIUM:-chromium}" >/dev/null 2>&1; then
	rescale
	if sh "$top/tests/browser.sh" "$B" >"$tmp/browser" 2>&1; then ok; else
		sed 's/^/    /' "$tmp/browser"
		bad "browser: the HTML report in headless chromium"
	fi
else
	echo "note: chromium is not installed; the browser test did not run"
fi

# --- the run left the source tree as it found it ---
# A directory newer than the start had a file created or removed in it,
# even one a test cleaned up after itself: a read-only tree or two runs
# at once would break that test.  GKML_REGEN rewrites expectations, so
# it is exempt; so is the build directory, wherever it is.
if [ -z "${GKML_REGEN:-}" ]; then
	( cd "$top" && { find tests catalogs schemas templates cmd lib \
	    -path "$B" -prune -o -newer "$tmp/start" -print 2>/dev/null
	    find . -maxdepth 1 -type f -newer "$tmp/start" -print; } ) |
	    sort >"$tmp/touched"
	gitstatus >"$tmp/git.after"
	if [ -s "$tmp/touched" ] ||
	    ! cmp -s "$tmp/git.before" "$tmp/git.after"; then
		sed 's/^/    written during the run: /' "$tmp/touched" |
		    head -20
		diff "$tmp/git.before" "$tmp/git.after" | sed -n \
		    's/^> /    git status now: /p' | head -20
		bad "source tree untouched"
	else
		ok
	fi
fi

echo "$pass passed, $fail failed"
[ $fail = 0 ]
