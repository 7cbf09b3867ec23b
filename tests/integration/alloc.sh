#!/bin/bash
# The allocator in real minrt programs: on Linux the Rust global allocator
# (alloc-rust, also out of memory) and the opt-in standard names; on every
# target the invalid-free abort with its exact message.
cd "$(dirname "$0")/../.."
. tests/lib.sh
L=${BUILD:-build}/linux-x86_64
A=${BUILD:-build}/alloc

want=$'checksum 0x2369a7514d6012a6\n'
check "alloc-rust checksum" 0 "$want" "" -- "$L/alloc-rust"
check "alloc-rust-tiny checksum" 0 "$want" "" -- "$L/alloc-rust-tiny"
check "alloc-rust out of memory" 134 "" $'memory allocation of 4611686018427387903 bytes failed\n' -- "$L/alloc-rust" oom
check "stdmalloc names" 0 $'stdmalloc ok\n' "" -- "$A/stdmalloc-c"

# Bad frees on every target: the program prints the pointer first (it
# differs from run to run), then minrt must print the message and abort
# (134 on Linux and Cortex-M, 3 on Windows), never fault.
MODES="double stack static inside wild rewild bigtwice aligned dangling"
badfree() {
	local t=$1 prog=$2 want=$3 mode dir status out err
	for mode in $MODES; do
		dir=$(mktemp -d)
		# Run from a command substitution, so bash's own "Aborted" note stays out of the log.
		status=$(tests/run-on "$t" "$prog" "$mode" >"$dir/out" 2>"$dir/err" </dev/null; echo $?)
		out=$(tr -d '\r' <"$dir/out") err=$(cat "$dir/err")
		if [ "$status" = "$want" ] && [ -n "$out" ] && [ "$err" = "minrt: free(): invalid pointer $out" ] &&
			[ "$(tail -c1 "$dir/err" | od -An -c | tr -d ' ')" = '\n' ]; then
			ok "$t: invalid free ($mode) aborts with the message"
		else
			notok "$t: invalid free ($mode) aborts with the message" "status $status (want $want), stdout '$out', stderr '$err'"
		fi
		rm -rf "$dir"
	done
}
export RUN_ON_TIMEOUT=10
badfree linux-x86_64 "$A/badfree-c" 134
if [ -f "$A/badfree-c.exe" ]; then
	# One wineserver for these runs, in tests/run-on's prefix; the first
	# run may create the prefix (~5-20 s), outside the checks' timeout.
	export WINEPREFIX=$PWD/${BUILD:-build}/wine
	mkdir -p "$WINEPREFIX"
	WINEDEBUG=-all timeout -s KILL 30 wineserver -p
	trap 'WINEDEBUG=-all timeout -s KILL 30 wineserver -k' EXIT
	RUN_ON_TIMEOUT=120 tests/run-on windows-x86_64 "$A/badfree-c.exe" double >/dev/null 2>&1
	badfree windows-x86_64 "$A/badfree-c.exe" 3
fi
for t in cortex-m3 cortex-m4f cortex-m0; do
	[ -f "$A/badfree-c-$t.elf" ] && badfree $t "$A/badfree-c-$t.elf" 134
done
