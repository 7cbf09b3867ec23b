#!/bin/bash
# tests/libc/bench-stdio.sh DIR NAME:ARG...: each workload DIR/bench-NAME-{minrt,glibc,musl}
# run with ARG, best CPU time (user + system) of BENCH_RUNS (default 5)
# interleaved runs; the three must print the same checksum. One line each:
# `bench: NAME minrt/glibc=<r> minrt/musl=<r>` (time ratio other/minrt:
# above 1 = minrt faster), the format of make bench.
set -eu
d=$1
shift
runs=${BENCH_RUNS:-5}
TIMEFORMAT='%3U %3S'
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for w in "$@"; do
	name=${w%%:*} arg=${w#*:}
	declare -A best=() res=()
	for ((i = 0; i < runs; i++)); do
		for v in minrt glibc musl; do
			{ time "$d/bench-$name-$v" "$arg" >"$tmp/out"; } 2>"$tmp/time"
			t=$(awk '{ printf "%.3f", $1 + $2 }' "$tmp/time")
			res[$v]=$(cat "$tmp/out")
			if [ -z "${best[$v]:-}" ] || awk -v t="$t" -v b="${best[$v]}" 'BEGIN { exit !(t < b) }'; then
				best[$v]=$t
			fi
		done
	done
	if [ "${res[minrt]}" != "${res[glibc]}" ] || [ "${res[minrt]}" != "${res[musl]}" ]; then
		echo "bench: $name: results differ: minrt '${res[minrt]}' glibc '${res[glibc]}' musl '${res[musl]}'" >&2
		exit 1
	fi
	awk -v n="$name" -v m="${best[minrt]}" -v g="${best[glibc]}" -v u="${best[musl]}" \
		'BEGIN { if (m < 0.001) m = 0.001; printf "bench: %s minrt/glibc=%.2f minrt/musl=%.2f\n", n, g / m, u / m }'
done
