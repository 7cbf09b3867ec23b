#!/bin/bash
# The allocator's cmocka tests (mmap and bump-arena memory sources, plain and
# under ASan + UBSan) with TAP output for tests/run, and its size bar.
cd "$(dirname "$0")/../.."
B=${BUILD:-build}/alloc
export CMOCKA_MESSAGE_OUTPUT=TAP
set -o pipefail
status=0
for t in test_alloc test_alloc-san test_alloc_bump test_alloc_bump-san; do
	"$B/$t" | sed "s/^\(\(not \)\?ok [0-9]* - \)/\1$t: /" || status=1
done
# .text (with .rodata) of alloc.o at -Os on x86_64: at most 2560 bytes
# (1,826 before free/realloc checked pointers against a table of the
# heap's memory before reading them: 2,418 after).
text=$(size "$B/alloc.o" | awk 'NR == 2 { print $1 }')
if [ -n "$text" ] && [ "$text" -le 2560 ]; then
	echo "ok - alloc.o text $text <= 2560"
else
	echo "not ok - alloc.o text ${text:-?} > 2560"
fi
exit $status
