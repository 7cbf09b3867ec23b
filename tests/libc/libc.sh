#!/bin/bash
# The C library on every target: the exit path (atexit handlers, exit,
# _Exit, main's return) in each layout. Programs from mk/libc.mk.
cd "$(dirname "$0")/../.." || exit 99
. tests/lib.sh
L=${BUILD:-build}/libc
export RUN_ON_TIMEOUT=20
TIMEOUT=30
# One wineserver for the suite (a run then takes ~15 ms, not ~1 s), in the
# prefix tests/run-on uses; stopped at the end.
export WINEPREFIX=$PWD/${BUILD:-build}/wine WINEDEBUG=-all
mkdir -p "$WINEPREFIX"
timeout 30 wineserver -p
trap 'timeout 30 wineserver -k' EXIT

# progs TARGET NAME: the builds of NAME for TARGET, one per layout.
progs() {
	case $1 in
	linux-x86_64) echo "$L/$1/$2 $L/$1/$2-tiny" ;;
	windows-x86_64) echo "$L/$1/$2.exe $L/$1/$2-tiny.exe" ;;
	*) echo "$L/$1/$2.elf" ;;
	esac
}

for t in linux-x86_64 windows-x86_64 cortex-m3 cortex-m4f cortex-m0; do
	for p in $(progs $t exit); do
		n="$t: $(basename $p)"
		check "$n: main returns, handlers run last-registered first" 3 $'b\na\n' "" -- tests/run-on $t $p
		check "$n: exit(5) runs the handlers" 5 $'b\na\n' "" -- tests/run-on $t $p exit
		check "$n: _Exit(6) runs none" 6 "" "" -- tests/run-on $t $p _Exit
		check "$n: a handler registered during exit runs next" 3 $'b\nc\na\n' "" -- tests/run-on $t $p nested
	done
done
