#!/bin/bash
# tests/size/gate-selftest.sh - proves the size gate fails on a one-byte
# overrun and explains it. Works on scratch copies only: the real
# tests/size/budget.tsv and tests/size/baseline/ are never written.
set -u
cd "$(dirname "$0")/../.."
. tests/lib.sh
SIZES=toolchain/sizes.py
BUILD=${BUILD:-build}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# --- 1. a fixture artifact: baseline build, then a grown build -------------
cc=${CC_LINUX:-gcc}
$cc -Os -fno-inline -o "$tmp/base" tests/size/fixture.c &&
	$cc -Os -fno-inline -DGROW -o "$tmp/grown" tests/size/fixture.c || {
	notok "gate self-test: cannot build tests/size/fixture.c with $cc"
	exit 1
}
echo "linux-x86_64:fixture:minrt:$tmp/base" >"$tmp/list-base"
echo "linux-x86_64:fixture:minrt:$tmp/grown" >"$tmp/list-grown"
$SIZES baseline --artifacts "$tmp/list-base" --dir "$tmp/baseline" >/dev/null
grown=$($SIZES bytes linux-x86_64 "$tmp/grown")
base=$($SIZES bytes linux-x86_64 "$tmp/base")
[ "$grown" -gt "$base" ] || notok "fixture: the GROW build ($grown) is not bigger than the base ($base)"

budget() { printf 'target\tprogram\tvariant\tbudget\treason\nlinux-x86_64\tfixture\tminrt\t%s\tself-test\n' "$1" >"$tmp/budget"; }
gate() { $SIZES check --artifacts "$1" --budget "$tmp/budget" --baseline "$tmp/baseline" >"$tmp/out" 2>&1; }

budget "$grown"
if gate "$tmp/list-grown"; then ok "gate passes at exactly the budget ($grown bytes)"
else notok "gate passes at exactly the budget" "$(cat "$tmp/out")"; fi

budget $((grown - 1))
if gate "$tmp/list-grown"; then notok "gate fails one byte over budget" "$(cat "$tmp/out")"
else ok "gate fails one byte over budget"; fi
grep -q "+1)" "$tmp/out" && ok "failure says by how much (+1)" || notok "failure says by how much" "$(cat "$tmp/out")"
grep -Eq '^ +\.text +[0-9,]+ +[0-9,]+ +\+[0-9]+' "$tmp/out" &&
	ok "failure shows the per-section delta (.text grew)" || notok "failure shows the per-section delta" "$(cat "$tmp/out")"
grep -Eq 'T grown +[0-9,]+ +[0-9,]+ +\+[0-9]+' "$tmp/out" &&
	ok "failure names the symbol that grew (grown)" || notok "failure names the symbol that grew" "$(cat "$tmp/out")"
grep -Eq 'T extra +0 +[0-9,]+ +\+[0-9]+ +new' "$tmp/out" &&
	ok "failure names the new symbol (extra)" || notok "failure names the new symbol" "$(cat "$tmp/out")"

# shrinking: the grown build as baseline, the small one measured
rm -rf "$tmp/baseline"
$SIZES baseline --artifacts "$tmp/list-grown" --dir "$tmp/baseline" >/dev/null
budget "$grown"
if gate "$tmp/list-base" && grep -q "can be lowered" "$tmp/out"; then ok "a shrunk artifact says its budget can be lowered"
else notok "a shrunk artifact says its budget can be lowered" "$(cat "$tmp/out")"; fi

# a missing artifact and an artifact with no budget are failures
echo "linux-x86_64:fixture:minrt:$tmp/nonexistent" >"$tmp/list-missing"
if gate "$tmp/list-missing"; then notok "a missing artifact fails the gate" "$(cat "$tmp/out")"
else ok "a missing artifact fails the gate"; fi
echo "linux-x86_64:other:minrt:$tmp/base" >"$tmp/list-nobudget"
if gate "$tmp/list-nobudget"; then notok "an artifact without a budget fails the gate" "$(cat "$tmp/out")"
else ok "an artifact without a budget fails the gate"; fi

# --- 2. the real gate: `make size-check` with a scratch budget one byte short
list="$BUILD/sizes/artifacts.list"
if [ ! -s "$list" ] || ! grep -q . "$list"; then
	notok "real gate one byte short" "no artifact list ($list): run make size-check first (make test does)"
	exit 0
fi
real=tests/size/budget.tsv
first=$(grep -v '^#' "$real" | awk -F'\t' '$1 != "target" && NF >= 4 {print; exit}')
if [ -z "$first" ]; then
	notok "real gate one byte short" "no budget rows in $real"
	exit 0
fi
IFS=$'\t' read -r t p v _ <<<"$first"
path=$(grep -m1 "^$t:$p:$v:" "$list" | cut -d: -f4-)
if [ -z "$path" ] || [ ! -e "$path" ]; then
	notok "real gate: $t $p $v from $real is not a built artifact"
	exit 0
fi
n=$($SIZES bytes "$t" "$path")
before=$(md5sum "$real")
awk -F'\t' -v OFS='\t' -v t="$t" -v p="$p" -v v="$v" -v n="$((n - 1))" \
	'$1 == t && $2 == p && $3 == v {$4 = n} {print}' "$real" >"$tmp/real-budget"
out=$(env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make -s --no-print-directory size-check \
	BUILD="$BUILD" SIZE_BUDGET="$tmp/real-budget" 2>&1)
status=$?
if [ "$status" != 0 ] && grep -q "FAIL .*$t $p $v" <<<"$out"; then
	ok "make size-check fails with $t $p $v one byte over a scratch budget"
else
	notok "make size-check fails with $t $p $v one byte over a scratch budget" "status $status" "$out"
fi
[ "$(md5sum "$real")" = "$before" ] && ok "the real budget.tsv is untouched" || notok "the real budget.tsv was modified"
