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

# assert: the message on stderr, then abort's status (Linux SIGABRT: 134
# in a shell; Windows 3; Cortex-M 134).
for t in linux-x86_64 windows-x86_64 cortex-m3 cortex-m4f cortex-m0; do
	case $t in windows-x86_64) st=3 ;; *) st=134 ;; esac
	for p in $(progs $t assert); do
		check "$t: $(basename $p): a failed assert prints file:line: func: Assertion 'expr' failed. and aborts" \
			$st $'first passed\n' "tests/libc/assert.c:13: main: Assertion 'argc > 5' failed."$'\n' -- tests/run-on $t $p
	done
done

# examples/json-c (once stdio.h exists): a document re-indented exactly,
# and a syntax error reported with its line and column, status 1.
if [ -f crt/include/stdio.h ]; then
	B=${BUILD:-build}
	for t in linux-x86_64 windows-x86_64 cortex-m3 cortex-m4f cortex-m0; do
		case $t in
		linux-x86_64) ps="$B/$t/json-c $B/$t/json-c-tiny" ;;
		windows-x86_64) ps="$B/$t/json-c.exe $B/$t/json-c-tiny.exe" ;;
		*) ps=$B/$t/json-c.elf ;;
		esac
		for p in $ps; do
			STDIN=tests/libc/json-c.in check "$t: $(basename $p) pretty-prints a document" \
				0 "$(cat tests/libc/json-c.out)"$'\n' "" -- tests/run-on $t $p
			STDIN=tests/libc/json-c-bad.in check "$t: $(basename $p) reports a syntax error" \
				1 $'{\n  "a": [\n    1,\n    2,\n    ' $'json-c: 2:4: leading zero in number\n' -- tests/run-on $t $p
		done
	done
fi

# The differential drivers: minrt's build against glibc's and musl's on
# the host, then minrt's on Windows and each Cortex-M core against the
# host's (Cortex-M with smaller arrays: the micro:bit has 16 KiB of RAM).
# Each program runs once; on a difference, the first differing cases
# (from -v runs) are shown.
run() { # TARGET PROG ARGS...: stdout, stderr and status as one text
	local t=$1
	shift
	RUN_ON_TIMEOUT=120 tests/run-on "$t" "$@" 2>&1
	echo "status $?"
}
compare() { # NAME WANT GOT WANT-TARGET WANT-PROG GOT-TARGET GOT-PROG ARGS...
	local name=$1 w=$2 g=$3 wt=$4 wp=$5 gt=$6 gp=$7
	shift 7
	if [ "$w" = "$g" ]; then
		ok "$name"
		return
	fi
	notok "$name" "want: $(echo "$w" | tr '\n' '|')" "got:  $(echo "$g" | tr '\n' '|')"
	diff <(run "$wt" "$wp" -v "$@") <(run "$gt" "$gp" -v "$@") | head -4 | cut -c1-300 | sed 's/^/    /'
}
# Arguments per driver: host, and Cortex-M (sizes).
declare -A ARGS=([drv-string]="3000" [drv-ctype]="" [drv-strtol]="20000" [drv-sort]="1000 1000000" [drv-math]="20000")
declare -A ARGS_CM=([drv-string]="500" [drv-ctype]="" [drv-strtol]="3000" [drv-sort]="100" [drv-math]="3000")
for d in drv-string drv-ctype drv-strtol drv-sort drv-math; do
	X=$L/linux-x86_64/$d
	a=${ARGS[$d]}
	host=$(run linux-x86_64 $X $a)
	for oracle in glibc musl; do
		compare "$d: minrt prints what $oracle prints (${a:-all cases})" \
			"$(run linux-x86_64 $L/$oracle/$d $a)" "$host" linux-x86_64 $L/$oracle/$d linux-x86_64 $X $a
	done
	compare "$d: windows-x86_64 prints what the host prints" \
		"$host" "$(run windows-x86_64 $L/windows-x86_64/$d.exe $a)" linux-x86_64 $X windows-x86_64 $L/windows-x86_64/$d.exe $a
	a=${ARGS_CM[$d]}
	host=$(run linux-x86_64 $X $a)
	for t in cortex-m3 cortex-m4f cortex-m0; do
		compare "$d: $t prints what the host prints (${a:-all cases})" \
			"$host" "$(run $t $L/$t/$d.elf $a)" linux-x86_64 $X $t $L/$t/$d.elf $a
	done
done
