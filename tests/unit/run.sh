#!/bin/bash
# Runs the cmocka unit tests of the runtime's shared and Linux code, plain
# and under AddressSanitizer + UBSan, with TAP output for tests/run.
cd "$(dirname "$0")/../.."
B=${BUILD:-build}/unit
export CMOCKA_MESSAGE_OUTPUT=TAP
set -o pipefail
status=0
for t in mem start print; do
	for v in "" -san; do
		"$B/test_$t$v" | sed "s/^\(\(not \)\?ok [0-9]* - \)/\1$t$v: /" || status=1
	done
done
exit $status
