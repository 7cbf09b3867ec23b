#!/bin/bash
# tests/bench/alloc-bench.sh DIR [OPS] [SEED] [REPS] - replays the trace
# (trace.h) with DIR/bench-minrt, DIR/bench-glibc and DIR/bench-musl, REPS
# times each, interleaved; keeps each one's best throughput (the machine is
# shared: the best run is the least disturbed) and its peak RSS.
# Last line: alloc-bench: minrt/glibc=<r> minrt/musl=<r> minrt-rss/live=<r>
set -eu
dir=$1 ops=${2:-10000000} seed=${3:-1} reps=${4:-3}
declare -A best rss
live=0
for ((i = 0; i < reps; i++)); do
	for v in minrt glibc musl; do
		line=$("$dir/bench-$v" "$ops" "$seed")
		read -r name o s x r l <<<"$line"
		x=${x#ops_per_sec=} r=${r#peak_rss=} live=${l#peak_live=}
		if [ -z "${best[$v]:-}" ] || [ "$x" -gt "${best[$v]}" ]; then
			best[$v]=$x
			rss[$v]=$r
		fi
	done
done
for v in minrt glibc musl; do
	awk -v v="$v" -v x="${best[$v]}" -v r="${rss[$v]}" -v l="$live" -v n="$ops" 'BEGIN {
		printf "%-6s %8.2f Mops/s  peak RSS %6.1f MiB  peak live %6.1f MiB  rss/live %.3f  (%d ops, best of runs)\n",
			v, x / 1e6, r / 1048576, l / 1048576, r / l, n }'
done
awk -v m="${best[minrt]}" -v g="${best[glibc]}" -v u="${best[musl]}" -v r="${rss[minrt]}" -v l="$live" 'BEGIN {
	printf "alloc-bench: minrt/glibc=%.2f minrt/musl=%.2f minrt-rss/live=%.2f\n", m / g, m / u, r / l }'
