#!/bin/bash
# The glue crate's API on every target (natively, under wine, in QEMU):
# formatted printing (core::fmt and the printer without it), io, fs, time
# and random, with exact stdout, stderr and exit status, error paths
# included: a missing file, a closed or full stdout, a closed stdin, EOF.
cd "$(dirname "$0")/../.."
. tests/lib.sh
BUILD=${BUILD:-build}
ROOT=$PWD
HELLO=$'Hello, world!\n'
TMP=$(mktemp -d)

export WINEPREFIX=$PWD/$BUILD/wine WINEDEBUG=-all WINEDLLOVERRIDES=winedbg.exe=d LC_ALL=C.UTF-8
mkdir -p "$WINEPREFIX"
timeout 30 wineserver -p
trap 'timeout 30 wineserver -k; rm -rf "$TMP"' EXIT

TARGETS="linux-x86_64 windows-x86_64 cortex-m3 cortex-m4f cortex-m0"
# The program PROG as built for target T.
prog() {
	case $1 in
	linux-x86_64) echo "$ROOT/$BUILD/$1/$2" ;;
	windows-x86_64) echo "$ROOT/$BUILD/$1/$2.exe" ;;
	*) echo "$ROOT/$BUILD/$1/$2.elf" ;;
	esac
}
hosted() { case $1 in linux-x86_64 | windows-x86_64) true ;; *) false ;; esac }

# A failed print panics inside the glue crate: the location's path depends
# on how the crate was compiled (absolute under cargo, relative under
# rustc), so it is cut down to the file name before comparing.
# pcheck NAME STATUS STDOUT STDERR -- CMD...: check with that normalisation.
pcheck() {
	local name=$1 st=$2 out=$3 err=$4 got gst
	shift 5
	got=$(timeout 20 "$@" 2>&1 >"$TMP/out" </dev/null | sed -E 's#^panicked at [^ ]*/(print\.rs):[0-9]+:[0-9]+:#panicked at \1:#'; exit "${PIPESTATUS[0]}")
	gst=$?
	if [ "$gst" = "$st" ] && [ "$(cat "$TMP/out")" = "$out" ] && [ "$got" = "$err" ]; then
		ok "$name"
	else
		notok "$name" "status $gst (want $st)" "stdout: $(cat "$TMP/out")" "stderr: $got" "want: $err"
	fi
}

FMT_OUT="Hello, world!
0 -1 18446744073709551615 -9223372036854775808
[   42] [42   ] [ 42  ] [-0042] [+7]
[ff] [0xff] [0000beef] [0x0000BEEF] [101] [10]
[   right] [left    ] [tru] [c]
\"quoted\\n\" Some(1) Point { x: 1, y: -2 }
Point {
    x: 3,
    y: 4,
}
no newline, 
$(printf '%0.s=' $(seq 299))|
write! to stdout: 1
"
FMT_ERR=$'to stderr: 7\neprint [1, 2]\n'

for t in $TARGETS; do
	run=(tests/run-on "$t")
	for p in hello-fmt-rust hello-nofmt-rust; do
		check "$t: $p prints hello" 0 "$HELLO" "" -- "${run[@]}" "$(prog $t $p)"
	done
	check "$t: fmt-rust: std's format syntax, stdout and stderr" 0 "$FMT_OUT" "$FMT_ERR" -- "${run[@]}" "$(prog $t fmt-rust)"

	if hosted $t; then
		rnd="random: two fills differ true"
	else
		rnd="random: Errno(38)"
	fi
	check "$t: time-random-rust: clock runs, $rnd" 0 \
		$'clock: monotonic true, 2 ms passed true\n'"$rnd"$'\nrandom: empty true\n' "" -- "${run[@]}" "$(prog $t time-random-rust)"

	# Files, in a directory of their own (QEMU's semihosting opens them
	# relative to its working directory, as wine and Linux do); then
	# standard input to its end.
	d=$TMP/$t
	mkdir -p "$d"
	printf 'one\ntwo\n\nlast, no newline' >"$TMP/lines"
	(cd "$d" && STDIN=$TMP/lines check "$t: io-rust: missing file, create, write!, append, read back, stdin to its end" 0 \
		"open missing: Some(Errno(2))
read back 27 bytes:
line one
line 2
line three
after create: 0 bytes
stdin: 25 bytes
" "" -- "$ROOT/tests/run-on" "$t" "$(prog $t io-rust)")
	[ -f "$d/minrt-io-test.tmp" ] && ok "$t: io-rust: the file is on the host" ||
		notok "$t: io-rust: the file is on the host" "$(ls -la "$d")"
done

# Printing errors, on the hosted targets: std's message, status 101.
for t in linux-x86_64 windows-x86_64; do
	for p in hello-fmt-rust hello-nofmt-rust; do
		x=$(prog $t $p)
		pcheck "$t: $p with stdout closed panics" 101 "" \
			$'panicked at print.rs:\nfailed printing to stdout: os error 9' -- bash -c 'exec "$@" >&-' - tests/run-on $t "$x"
	done
done
pcheck "linux-x86_64: hello-fmt-rust on a full device panics" 101 "" \
	$'panicked at print.rs:\nfailed printing to stdout: os error 28' -- bash -c 'exec "$@" >/dev/full' - "$(prog linux-x86_64 hello-fmt-rust)"
pcheck "linux-x86_64: hello-nofmt-rust on a full device panics" 101 "" \
	$'panicked at print.rs:\nfailed printing to stdout: os error 28' -- bash -c 'exec "$@" >/dev/full' - "$(prog linux-x86_64 hello-nofmt-rust)"
pcheck "linux-x86_64: print-rust on a full device panics" 101 "" \
	$'panicked at print.rs:\nfailed printing to stdout: os error 28' -- bash -c 'exec "$@" >/dev/full' - "$(prog linux-x86_64 print-rust)"
pcheck "windows-x86_64: hello-fmt-rust on a full device panics" 101 "" \
	$'panicked at print.rs:\nfailed printing to stdout: os error 5' -- bash -c 'exec "$@" >/dev/full' - tests/run-on windows-x86_64 "$(prog windows-x86_64 hello-fmt-rust)"

# Standard input, on the hosted targets (QEMU's semihosting console loses
# input: see TOOLCHAINS.md).
head -c 100000 /dev/urandom >"$TMP/rand"
for t in linux-x86_64 windows-x86_64; do
	io=$(prog $t io-rust)
	n=$(tests/run-on $t "$io" cat <"$TMP/rand" 2>"$TMP/err" | cmp - "$TMP/rand" && cat "$TMP/err")
	[ "$n" = "100000 bytes" ] && ok "$t: io-rust cat: 100 kB of stdin by read_to_end, byte for byte" ||
		notok "$t: io-rust cat: 100 kB of stdin by read_to_end, byte for byte" "$n"
	STDIN=/dev/null check "$t: io-rust cat: empty input" 0 "" $'0 bytes\n' -- tests/run-on $t "$io" cat
	STDIN=$TMP/lines check "$t: io-rust lines: read_line, last line without newline" 0 \
		$'  1: one\n  2: two\n  3: \n  4: last, no newline\n4 lines\n' "" -- tests/run-on $t "$io" lines
done
check "linux-x86_64: io-rust cat: stdin closed is EBADF, status 1" 1 "" $'io-rust: Errno(9)\n' \
	-- bash -c 'exec "$0" cat <&-' "$(prog linux-x86_64 io-rust)"
