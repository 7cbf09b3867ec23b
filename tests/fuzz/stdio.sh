#!/bin/bash
# The printf and strtod fuzzers (differential against glibc), 10 s each
# with a fixed seed from an empty corpus (make fuzz runs them longer and
# keeps a corpus). One check each: no finding.
cd "$(dirname "$0")/../.."
B=${BUILD:-build}/stdio
secs=${STDIO_FUZZ_SECONDS:-10}
for h in printf strtod; do
	dir=$(mktemp -d)
	if (cd "$dir" && timeout $((secs + 60)) "$OLDPWD/$B/fuzz_$h" -seed=1 -max_total_time="$secs" -max_len=4096 \
		-print_final_stats=1 >log 2>&1); then
		echo "ok - $h fuzzer ${secs}s: $(grep -o 'number_of_executed_units: *[0-9]*' "$dir/log" | grep -o '[0-9]*$') runs, no difference from glibc"
	else
		echo "not ok - $h fuzzer found a difference or a crash (seed 1)"
		grep -E 'differs|glibc|minrt|ERROR|SUMMARY|runtime error' "$dir/log" | head -20 | sed 's/^/    /'
		for f in "$dir"/crash-* "$dir"/timeout-* "$dir"/oom-*; do
			[ -e "$f" ] && mkdir -p "$B/findings" && cp "$f" "$B/findings/" && echo "    input kept in $B/findings/${f##*/}"
		done
	fi
	rm -rf "$dir"
done
