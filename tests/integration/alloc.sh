#!/bin/bash
# The allocator in real minrt programs on Linux: the Rust global allocator
# (alloc-rust, also out of memory), the opt-in standard names, and the
# invalid-free abort with its exact message.
cd "$(dirname "$0")/../.."
. tests/lib.sh
L=${BUILD:-build}/linux-x86_64
A=${BUILD:-build}/alloc

want=$'checksum 0x2369a7514d6012a6\n'
check "alloc-rust checksum" 0 "$want" "" -- "$L/alloc-rust"
check "alloc-rust-tiny checksum" 0 "$want" "" -- "$L/alloc-rust-tiny"
check "alloc-rust out of memory" 134 "" $'memory allocation of 4611686018427387903 bytes failed\n' -- "$L/alloc-rust" oom
check "stdmalloc names" 0 $'stdmalloc ok\n' "" -- "$A/stdmalloc-c"

# The address differs from run to run: the program prints it first.
for mode in double stack static inside; do
	dir=$(mktemp -d)
	# Run from a command substitution, so bash's own "Aborted" note stays out of the log.
	status=$(timeout -s KILL 10 "$A/badfree-c" "$mode" >"$dir/out" 2>"$dir/err" </dev/null; echo $?)
	out=$(cat "$dir/out") err=$(cat "$dir/err")
	if [ "$status" = 134 ] && [ -n "$out" ] && [ "$err" = "minrt: free(): invalid pointer $out" ] &&
		[ "$(tail -c1 "$dir/err" | od -An -c | tr -d ' ')" = '\n' ]; then
		ok "invalid free ($mode) aborts with the message"
	else
		notok "invalid free ($mode) aborts with the message" "status $status, stdout '$out', stderr '$err'"
	fi
	rm -rf "$dir"
done
