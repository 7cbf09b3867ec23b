#!/bin/bash
# The allocator fuzzer, 20 s with a fixed seed from an empty corpus (make
# fuzz runs it longer and keeps a corpus). One check: no finding.
cd "$(dirname "$0")/../.."
B=${BUILD:-build}/alloc
secs=${ALLOC_FUZZ_SECONDS:-20}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
if (cd "$dir" && timeout $((secs + 60)) "$OLDPWD/$B/fuzz_alloc" -seed=1 -max_total_time="$secs" \
	-print_final_stats=1 >log 2>&1); then
	echo "ok - alloc fuzzer ${secs}s: $(grep -o 'number_of_executed_units: *[0-9]*' "$dir/log" | grep -o '[0-9]*$') runs, no finding"
else
	echo "not ok - alloc fuzzer found a problem (seed 1)"
	grep -E 'fuzz_alloc:|ERROR|SUMMARY|runtime error' "$dir/log" | head -20 | sed 's/^/    /'
	for f in "$dir"/crash-* "$dir"/timeout-* "$dir"/oom-*; do
		[ -e "$f" ] && mkdir -p "$B/findings" && cp "$f" "$B/findings/" && echo "    input kept in $B/findings/${f##*/}"
	done
fi
