#!/bin/bash
# The allocator's 32-bit build on Cortex-M3 (lm3s6965evb) and Cortex-M0
# (microbit) under QEMU: the firmware reports its own checks, then frees a
# block twice; that must print the pointer, minrt's message, and exit 134.
cd "$(dirname "$0")/../.."
. tests/lib.sh
A=${BUILD:-build}/alloc
for cpu in cortex-m3 cortex-m0; do
	# SYS_WRITE0 goes to the console, which QEMU without a chardev puts on stderr.
	out=$(RUN_ON_TIMEOUT=60 tests/run-on "$cpu" "$A/alloc32-$cpu.elf" 2>&1)
	status=$?
	grep -E '^(not )?ok - ' <<<"$out" | sed "s/ - alloc32/ - alloc32 $cpu:/"
	addr=$(grep -E '^0x[0-9a-f]+$' <<<"$out")
	if [ "$status" = 134 ] && [ -n "$addr" ] && grep -qx "minrt: free(): invalid pointer $addr" <<<"$out"; then
		ok "alloc32 $cpu: double free aborts with the message"
	else
		notok "alloc32 $cpu: double free aborts with the message" "exit status $status" "$(tail -3 <<<"$out")"
	fi
done
