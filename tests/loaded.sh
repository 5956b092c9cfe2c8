#!/bin/sh
# The whole test suite on a loaded machine, as on a busy shared CI
# runner: three busy loops a processor run for as long as the suite
# does, so every time limit must hold at a load of about 3 per core.
#
#   sh tests/loaded.sh BUILD_DIR
#
# Waits (at most 2 minutes) for the load average to show the loops
# before it starts, so the runner's limits are tested against load it
# can see rising as well as load it already sees.  Ends as tests/run.sh
# does, with its "N passed, N failed" line and exit status.

top=$(cd "$(dirname "$0")/.." && pwd)
ncpu=$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 1)
pids=
stop() { [ -n "$pids" ] && kill $pids 2>/dev/null; pids=; }
trap stop EXIT
trap 'stop; exit 2' INT TERM HUP
i=0
while [ $i -lt $((3 * ncpu)) ]; do
	# Each loop ends by itself after two hours, should this script die.
	timeout 7200 sh -c 'while :; do :; done' &
	pids="$pids $!"
	i=$((i + 1))
done
n=0
while [ $n -lt 120 ] &&
    [ "$(cut -d. -f1 /proc/loadavg 2>/dev/null || echo 0)" -lt "$ncpu" ]; do
	sleep 1
	n=$((n + 1))
done
echo "loaded: $((3 * ncpu)) busy loops on $ncpu processors, load $(cut -d' ' -f1 /proc/loadavg)"
sh "$top/tests/run.sh" "$@"
