#!/bin/bash
# tests/bench/bench.sh BENCHDIR ALLOCDIR OPS SEED NAME:PROG:ARGS... - make bench.
# Runs, in order: the allocator trace (alloc-bench.sh), the memory-function
# sweep (memsweep), then each workload NAME: program PROG built three ways
# (BENCHDIR/PROG-{minrt,glibc,musl}) run with ARGS (comma-separated), BENCH_RUNS rounds interleaved
# (minrt, glibc, musl, minrt, ...), keeping each build's best CPU time, user
# plus system (the machine is shared: wall time measures the neighbours,
# and the best run is the least disturbed). The three builds
# must print the same result, or the workload fails.
# Every result is a line `bench: <workload> minrt/glibc=<r> minrt/musl=<r>`
# (throughput ratios, above 1 = minrt faster); the last line is
# `bench: worst minrt/glibc=<r>` over all of them.
set -eu
bdir=$1 adir=$2 ops=$3 seed=$4
shift 4
runs=${BENCH_RUNS:-5}
export BENCH_DIV
here=$(dirname "$0")
lines=()

out=$("$here/alloc-bench.sh" "$adir" "$ops" "$seed" "$runs")
echo "$out"
last=$(tail -1 <<<"$out")
g=${last#*minrt/glibc=} g=${g%% *} m=${last#*minrt/musl=} m=${m%% *}
lines+=("bench: alloc-trace minrt/glibc=$g minrt/musl=$m")
echo "${lines[-1]}"

while read -r l; do
	echo "$l"
	case $l in bench:*) lines+=("$l") ;; esac
done < <("$bdir/memsweep" "$runs")

status=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
TIMEFORMAT='%3U %3S'
for w in "$@"; do
	name=${w%%:*} w=${w#*:}
	prog=${w%%:*}
	IFS=, read -r -a args <<<"${w#*:}"
	# BENCH_DIV: a quick run on inputs that much smaller (the README test).
	for j in "${!args[@]}"; do
		case ${args[j]} in *[!0-9]*) ;; *) args[j]=$((args[j] / ${BENCH_DIV:-1})) ;; esac
	done
	declare -A best=() res=()
	for ((i = 0; i < runs; i++)); do
		for v in minrt glibc musl; do
			{ time "$bdir/$prog-$v" "${args[@]}" >"$tmp/out"; } 2>"$tmp/time" ||
				{ echo "bench: $prog-$v failed: $(cat "$tmp/time")" >&2; exit 1; }
			t=$(awk '{ printf "%.3f", $1 + $2 }' "$tmp/time")
			res[$v]=$(cat "$tmp/out")
			if [ -z "${best[$v]:-}" ] || awk -v t="$t" -v b="${best[$v]}" 'BEGIN { exit !(t < b) }'; then
				best[$v]=$t
			fi
		done
	done
	if [ "${res[minrt]}" != "${res[glibc]}" ] || [ "${res[minrt]}" != "${res[musl]}" ]; then
		echo "bench: $name: results differ: minrt '${res[minrt]}' glibc '${res[glibc]}' musl '${res[musl]}'" >&2
		status=1
		continue
	fi
	printf '%-10s %s  best of %d: minrt %.3f s  glibc %.3f s  musl %.3f s (CPU)\n' "$name" "${res[minrt]}" "$runs" \
		"${best[minrt]}" "${best[glibc]}" "${best[musl]}"
	lines+=("$(awk -v n="$name" -v m="${best[minrt]}" -v g="${best[glibc]}" -v u="${best[musl]}" \
		'BEGIN { printf "bench: %s minrt/glibc=%.2f minrt/musl=%.2f", n, g / m, u / m }')")
	echo "${lines[-1]}"
	unset best res
done

printf '%s\n' "${lines[@]}" | awk '{ sub(/.*minrt\/glibc=/, ""); sub(/ .*/, ""); if (w == "" || $0 + 0 < w) w = $0 + 0 }
	END { printf "bench: worst minrt/glibc=%.2f\n", w }'
exit $status
