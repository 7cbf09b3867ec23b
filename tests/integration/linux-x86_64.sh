#!/bin/bash
# Integration tests for linux-x86_64: run every example natively and check
# stdout, stderr and exit status exactly.
cd "$(dirname "$0")/../.."
. tests/lib.sh
B=${BUILD:-build}/linux-x86_64
ulimit -c 0 # abort tests must not leave core files behind
HELLO=$'Hello, world!\n'

for p in hello-c hello-rust; do
	for v in "" -tiny; do
		check "$p$v prints hello" 0 "$HELLO" "" -- $B/$p$v
		# A closed stdout (EBADF) and a full device (ENOSPC) make the write
		# fail: no crash, exit status 1.
		check "$p$v with stdout closed exits 1" 1 "" "" -- bash -c 'exec "$0" >&-' $B/$p$v
		check "$p$v with stdout full exits 1" 1 "" "" -- bash -c 'exec "$0" >/dev/full' $B/$p$v
	done
done

for v in "" -tiny; do
	E=$B/exit-c$v
	check "exit-c$v: main returns 0" 0 "" "" -- $E
	check "exit-c$v: main returns 42" 42 "" "" -- $E 42
	check "exit-c$v: main returns 255" 255 "" "" -- $E 255
	check "exit-c$v: status 256 is 0 to the parent" 0 "" "" -- $E 256
	check "exit-c$v: minrt_exit(7)" 7 "" "" -- $E exit 7
	check "exit-c$v: abort is SIGABRT" 134 "" "" -- $E abort
	check "exit-c$v: panic prints location and message, exits 101" 101 "" \
		$'panicked at exit-c.c:31:7:\nasked to panic\n' -- $E panic

	P=$B/panic-rust$v
	check "panic-rust$v: message on stderr, 101" 101 "" \
		$'panicked at panic-rust/src/main.rs:10:9:\nboom: 1 argument(s)\n' -- $P
	check "panic-rust$v: argument count in the message" 101 "" \
		$'panicked at panic-rust/src/main.rs:10:9:\nboom: 3 argument(s)\n' -- $P x y

	A=$B/args-rust$v
	check "args-rust$v: no arguments, no MINRT_DEMO" 0 "" "" -- env -i $A
	check "args-rust$v: arguments one per line" 0 $'one\ntwo words\nthree\n' "" -- env -i $A one "two words" three
	check "args-rust$v: empty arguments kept" 0 $'\na\n\n' "" -- env -i $A "" a ""
	check "args-rust$v: non-UTF-8 bytes byte for byte" 0 $'\xff\xfe\x80\n\xc3(\n' "" -- env -i $A $'\xff\xfe\x80' $'\xc3('
	check "args-rust$v: MINRT_DEMO printed last" 0 $'a\nvalue=with=equals\n' "" -- env -i MINRT_DEMO=value=with=equals $A a
	check "args-rust$v: MINRT_DEMO empty" 0 $'\n' "" -- env -i MINRT_DEMO= $A
	check "args-rust$v: a longer name is not MINRT_DEMO" 0 "" "" -- env -i MINRT_DEMOX=1 MINRT_DEM=2 $A
done

# The glue crate's printer (no core::fmt), at the numbers' extremes, with
# widths, alignment and zero padding.
for v in "" -tiny; do
	check "print-rust$v: strings, bytes, u64, i64, hex, padded, to stdout and stderr" 0 \
		"u64: 0 42 18446744073709551615
i64: 0 -1 -9223372036854775808 9223372036854775807
hex: 0x0 0xdeadbeef 0xffffffffffffffff
bytes: "$'\xff\x01'"end
pad:    42 42   | -0042 00007 0x0000beef 0000beef     ab
wide: [                  -1] [12345]
print println
" "eprint eprintln
argc 2
" -- $B/print-rust$v x
done

# 10,000 environment variables, MINRT_DEMO last.
vars=()
for i in $(seq 1 10000); do vars+=("VAR_$i=value_$i"); done
check "args-rust: 10,000 environment variables" 0 $'x\nfound\n' "" -- env -i "${vars[@]}" MINRT_DEMO=found $B/args-rust x
check "args-rust-tiny: 10,000 environment variables" 0 $'found\n' "" -- env -i "${vars[@]}" MINRT_DEMO=found $B/args-rust-tiny
unset vars

# A pipe that fills: 1 MiB through a reader that starts late gets through
# whole (short writes are retried); a reader that quits early ends the
# writer with SIGPIPE (141), the Unix convention, not a hang.
big=$(head -c 100000 /dev/zero | tr '\0' x)
args=()
for i in $(seq 1 10); do args+=("$big"); done
n=$(timeout -s KILL 10 $B/args-rust "${args[@]}" | (sleep 0.3; wc -c))
[ "$n" = 1000010 ] && ok "args-rust: 1 MB through a full pipe arrives whole" ||
	notok "args-rust: 1 MB through a full pipe arrives whole" "got $n bytes"
timeout -s KILL 10 $B/args-rust "${args[@]}" | head -c 10 >/dev/null
st=${PIPESTATUS[0]}
[ "$st" = 141 ] && ok "args-rust: reader gone ends the writer with SIGPIPE" ||
	notok "args-rust: reader gone ends the writer with SIGPIPE" "status $st"
unset big args

# The system layer: every wrapper, errors as -errno.
tmp=$(mktemp -d)
printf 0123456789 >"$tmp/in"
check "sys-c: system calls and their errors" 0 "openat missing: -2
openat in is fd 3: 3
read: 4
0123
lseek end: 10
lseek 6: 6
read rest: 4
6789
close: 0
close again: -9
write out: 8
close out: 0
mmap failed: 0
mprotect: 0
page kept: 1
munmap: 0
munmap bad length: -22
clock_gettime: 0
clock runs: 1
getrandom: 16
getpid positive: 1
kill bad signal: -22
" "" -- $B/sys-c "$tmp/in" "$tmp/out"
[ "$(cat "$tmp/out")" = written ] && ok "sys-c: openat O_CREAT + write made the file" ||
	notok "sys-c: openat O_CREAT + write made the file"
rm -rf "$tmp"

# The stack protector, in a C program built with -fstack-protector-strong.
check "ssp-c: a clean run passes the canary check" 0 $'ok\n' "" -- $B/ssp-c safe
check "ssp-c: an overflow is caught" 134 "" $'stack smashing detected\n' -- $B/ssp-c smash

# Static PIE: relocated at startup, at a different address each run.
for p in pie-c pie-c-relr; do
	out1=$(timeout -s KILL 10 $B/$p) st1=$?
	out2=$(timeout -s KILL 10 $B/$p) st2=$?
	line1=${out1#*$'\n'} addr1=${out1%%$'\n'*} addr2=${out2%%$'\n'*}
	if [ $st1 = 0 ] && [ $st2 = 0 ] && [ "$line1" = "relocated pointers constructed" ] &&
		[ "${out2#*$'\n'}" = "$line1" ]; then
		ok "$p: pointers relocated, constructor ran"
	else
		notok "$p: pointers relocated, constructor ran" "status $st1/$st2" "$out1" "$out2"
	fi
	[ -n "$addr1" ] && [ "$addr1" != "$addr2" ] && ok "$p: loaded at two addresses ($addr1, $addr2)" ||
		notok "$p: loaded at two addresses" "$addr1 vs $addr2"
	type=$(readelf -h $B/$p | awk '/Type:/ {print $2}')
	[ "$type" = DYN ] && ok "$p: is position-independent (ET_DYN)" || notok "$p: is position-independent" "type $type"
done
readelf -SW $B/pie-c-relr | grep -q '\.relr\.dyn' && ok "pie-c-relr: carries RELR relocations" ||
	notok "pie-c-relr: carries RELR relocations"

# Layouts: W^X and a non-executable stack in the default, one segment in tiny.
for p in hello-c hello-rust args-rust; do
	hdrs=$(readelf -lW $B/$p)
	if echo "$hdrs" | grep -E '^\s+LOAD' | grep -q ' RWE '; then
		notok "$p: no segment both writable and executable" "$hdrs"
	elif ! echo "$hdrs" | grep -qE 'GNU_STACK.* RW  '; then
		notok "$p: PT_GNU_STACK without X" "$hdrs"
	else
		ok "$p: W^X segments, non-executable stack"
	fi
	n=$(readelf -lW $B/$p-tiny 2>/dev/null | grep -cE '^\s+LOAD')
	[ "$n" = 1 ] && ok "$p-tiny: one PT_LOAD" || notok "$p-tiny: one PT_LOAD" "$n"
done

# The tiny layout refuses what it cannot run, and says why.
err=$(${CC_LINUX:-gcc} -Os -fno-pie -ffreestanding -Icrt/include tests/fixtures/ctor.c -static -nostdlib \
	-nostartfiles -L$B -T linker-scripts/linux-x86_64-tiny.ld -lminrt -o /dev/null 2>&1)
echo "$err" | grep -q 'ERROR(minrt): constructors' && ok "tiny layout rejects constructors with a message" ||
	notok "tiny layout rejects constructors with a message" "$err"
