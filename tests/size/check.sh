#!/bin/bash
# tests/size/check.sh - `make size-check` as a suite: our artifacts against
# tests/size/budget.tsv. Runs a fresh make (not the caller's jobserver).
set -u
cd "$(dirname "$0")/../.."
. tests/lib.sh
out=$(env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make -s --no-print-directory size-check BUILD="${BUILD:-build}" 2>&1)
status=$?
if [ "$status" = 0 ]; then
	ok "size-check: every artifact within tests/size/budget.tsv"
	# the shrink advice is worth seeing even when the gate passes
	printf '%s\n' "$out" | sed -n '/can be lowered/,$p' | sed 's/^/    /'
else
	notok "size-check: make size-check exited $status"
	printf '%s\n' "$out" | sed 's/^/    /'
fi
