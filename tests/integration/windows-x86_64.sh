#!/bin/bash
# Integration tests for windows-x86_64, run under wine: every example's
# stdout, stderr and exit status exactly, Microsoft's command-line rules,
# the PE headers each layout promises, and the size bars.
#
# wine64 exits 0 without a word on an image it cannot run (a 32-bit one,
# a truncated one), so every run first checks that the file is a PE32+
# x86-64 console image, and every check compares the exact output: a
# program that did not run cannot pass. The last checks prove both.
cd "$(dirname "$0")/../.."
. tests/lib.sh
BUILD=${BUILD:-build}
B=$BUILD/windows-x86_64
WINE=${WINE:-/usr/lib/wine/wine64}
HELLO=$'Hello, world!\n'
TMP=$(mktemp -d)

# A private prefix (created on first use, ~5 s), no debug channels, and no
# debugger on a crash: a crash is then a quick non-zero exit.
export WINEPREFIX=$PWD/$BUILD/wine WINEDEBUG=-all WINEDLLOVERRIDES=winedbg.exe=d
# Arguments and environment cross from Linux to Windows as UTF-8.
export LC_ALL=C.UTF-8
mkdir -p "$WINEPREFIX"
# One wineserver for the whole suite (each run then takes ~15 ms), stopped
# at the end even if the suite is interrupted.
timeout -s KILL 30 wineserver -p
trap 'timeout -s KILL 30 wineserver -k; rm -rf "$TMP"' EXIT
# The first run in a new prefix sets it up; keep that out of the timings.
timeout -s KILL 120 "$WINE" "$B/hello-c.exe" >/dev/null 2>&1

u16() { od -An -tu2 -j "$2" -N2 "$1" | tr -d ' '; }
u32() { od -An -tu4 -j "$2" -N4 "$1" | tr -d ' '; }

# Why FILE is not a PE32+ x86-64 console image, or nothing.
pe_problem() {
	local f=$1 pe
	[ -f "$f" ] || { echo "missing"; return; }
	[ "$(head -c2 "$f")" = MZ ] || { echo "no MZ header"; return; }
	pe=$(u32 "$f" 60)
	[ "$(od -An -c -j "$pe" -N4 "$f" | tr -d ' ')" = 'PE\0\0' ] || { echo "no PE signature"; return; }
	[ "$(u16 "$f" $((pe + 4)))" = 34404 ] || { echo "machine is not x86-64 (0x8664)"; return; }
	[ "$(u16 "$f" $((pe + 24)))" = 523 ] || { echo "not PE32+ (magic 0x20b)"; return; }
	[ "$(u16 "$f" $((pe + 24 + 68)))" = 3 ] || { echo "not a console program"; return; }
}

# wcheck NAME STATUS STDOUT STDERR -- [-u VAR | VAR=VALUE]... PROGRAM.exe [ARG...]:
# check, under wine, with the environment changed as env(1) would.
wcheck() {
	local name=$1 st=$2 out=$3 err=$4 why envs=()
	shift 5
	while [ "$1" = -u ] || [[ $1 == *=* && $1 != *.exe ]]; do
		[ "$1" = -u ] && { envs+=("$1"); shift; }
		envs+=("$1")
		shift
	done
	why=$(pe_problem "$1")
	if [ -n "$why" ]; then
		notok "$name" "$1: $why"
		return
	fi
	check "$name" "$st" "$out" "$err" -- env "${envs[@]}" "$WINE" "$@"
}

# --- headers ------------------------------------------------------------------
# Default layout: ASLR (DYNAMIC_BASE, HIGH_ENTROPY_VA), DEP (NX_COMPAT), and
# no section both writable and executable. Tiny: one RWX section at 0x400000.
layout() {
	python3 - "$1" <<'EOF'
import struct, sys
d = open(sys.argv[1], 'rb').read()
pe = struct.unpack_from('<I', d, 60)[0]
nsec, optsize = struct.unpack_from('<H', d, pe + 6)[0], struct.unpack_from('<H', d, pe + 20)[0]
opt = pe + 24
base = struct.unpack_from('<Q', d, opt + 24)[0]
dllch = struct.unpack_from('<H', d, opt + 70)[0]
wx = 0
for i in range(nsec):
    fl = struct.unpack_from('<I', d, opt + optsize + 40 * i + 36)[0]
    wx += (fl & 0x80000000 != 0) and (fl & 0x20000000 != 0)
print('base=%#x aslr=%d dep=%d wx=%d sections=%d' % (base, dllch & 0x60 == 0x60, dllch & 0x100 != 0, wx, nsec))
EOF
}
for p in hello-c exit-c hello-rust args-rust panic-rust alloc-rust; do
	[ $p = alloc-rust ] && [ ! -e "$B/$p.exe" ] && continue
	l=$(layout "$B/$p.exe")
	case $l in
	*"aslr=1 dep=1 wx=0 "*) ok "$p: default layout has ASLR, DEP, no writable code ($l)" ;;
	*) notok "$p: default layout has ASLR, DEP, no writable code" "$l" ;;
	esac
	l=$(layout "$B/$p-tiny.exe")
	case $l in
	"base=0x400000 "*"sections=1") ok "$p-tiny: one section at a fixed base ($l)" ;;
	*) notok "$p-tiny: one section at a fixed base" "$l" ;;
	esac
done

# --- the bars -----------------------------------------------------------------
size_le() {
	local n
	n=$(stat -c %s "$1" 2>/dev/null || echo missing)
	[ "$n" != missing ] && [ "$n" -le "$2" ] && ok "$(basename "$1") is $n bytes (<= $2)" ||
		notok "$(basename "$1") is at most $2 bytes" "it is $n"
}
size_le "$B/hello-c-tiny.exe" 512
size_le "$B/hello-rust-tiny.exe" 512
size_le "$B/hello-rust.exe" 2048

# --- hello, exit paths, panics ------------------------------------------------
for v in "" -tiny; do
	for p in hello-c hello-rust; do
		wcheck "$p$v prints hello" 0 "$HELLO" "" -- "$B/$p$v.exe"
		# No "\n" -> "\r\n": the bytes in a file are the bytes written.
		rm -f "$TMP/out"
		timeout -s KILL 10 "$WINE" "$B/$p$v.exe" >"$TMP/out"
		[ "$(od -An -tx1 "$TMP/out")" = "$(printf '%s' "$HELLO" | od -An -tx1)" ] &&
			ok "$p$v: stdout to a file, byte for byte" ||
			notok "$p$v: stdout to a file, byte for byte" "$(od -c "$TMP/out" | head -3)"
		# A closed stdout: WriteFile fails, the program says so with status 1.
		check "$p$v with stdout closed exits 1" 1 "" "" -- bash -c 'exec "$0" "$1" >&-' "$WINE" "$B/$p$v.exe"
	done

	E=$B/exit-c$v.exe
	wcheck "exit-c$v: main returns 0" 0 "" "" -- "$E"
	wcheck "exit-c$v: main returns 42" 42 "" "" -- "$E" 42
	wcheck "exit-c$v: main returns 255" 255 "" "" -- "$E" 255
	wcheck "exit-c$v: minrt_exit(7)" 7 "" "" -- "$E" exit 7
	wcheck "exit-c$v: abort exits 3" 3 "" "" -- "$E" abort
	wcheck "exit-c$v: panic prints location and message, exits 101" 101 "" \
		$'panicked at exit-c.c:31:7:\nasked to panic\n' -- "$E" panic

	P=$B/panic-rust$v.exe
	wcheck "panic-rust$v: message on stderr, 101" 101 "" \
		$'panicked at panic-rust/src/main.rs:10:9:\nboom: 1 argument(s)\n' -- "$P"
	wcheck "panic-rust$v: argument count in the message" 101 "" \
		$'panicked at panic-rust/src/main.rs:10:9:\nboom: 3 argument(s)\n' -- "$P" x y

	A=$B/args-rust$v.exe
	wcheck "args-rust$v: no arguments, no MINRT_DEMO" 0 "" "" -- -u MINRT_DEMO "$A"
	wcheck "args-rust$v: arguments one per line" 0 $'one\ntwo words\nthree\n' "" -- "$A" one "two words" three
	wcheck "args-rust$v: empty arguments kept" 0 $'\na\n\n' "" -- "$A" "" a ""
	wcheck "args-rust$v: quotes and backslashes survive" 0 $'a"b\nc\\d\n\\"\n' "" -- "$A" 'a"b' 'c\d' '\"'
	wcheck "args-rust$v: non-ASCII arguments as UTF-8" 0 $'\u00e9t\u00e9\n\U0001F600 x\n' "" -- "$A" 'été' '😀 x'
	wcheck "args-rust$v: MINRT_DEMO printed last" 0 $'a\nvalue=with=equals\n' "" -- MINRT_DEMO=value=with=equals "$A" a
	wcheck "args-rust$v: MINRT_DEMO empty" 0 $'\n' "" -- MINRT_DEMO= "$A"
	wcheck "args-rust$v: MINRT_DEMO non-ASCII, as UTF-8" 0 $'\u00e7a \U0001F600\n' "" -- MINRT_DEMO='ça 😀' "$A"
	wcheck "args-rust$v: a longer name is not MINRT_DEMO" 0 "" "" -- -u MINRT_DEMO MINRT_DEMOX=1 MINRT_DEM=2 "$A"
done
# Windows environment variables are up to 32767 characters: past the
# 256-unit first try, the value is fetched again at its real size.
big=$(head -c 20000 /dev/zero | tr '\0' v)
wcheck "args-rust: a 20,000-byte MINRT_DEMO" 0 "$big"$'\n' "" -- MINRT_DEMO="$big" "$B/args-rust.exe"

# --- the command line, by Microsoft's rules -------------------------------------
# spawn-c runs a program with a raw command line read from stdin; argv-c
# (a C program: the eager entry) and args-rust (Rust: argv built on first
# use) print what they parsed. The first six rows are the table in
# Microsoft's "Parsing C command-line arguments".
row() {
	local name=$1 line=$2 want=$3
	STDIN=$TMP/line
	printf '%s' "$line" >"$STDIN"
	wcheck "argv-c: $name" 0 "$want" "" -- "$B/spawn-c.exe" "$B/argv-c.exe"
	# args-rust prints argv[1] on, one per line, without brackets.
	local rust=${want#*$'\n'} # drop argc
	rust=${rust#*$'\n'}       # drop argv[0]
	rust=${rust//\[/}
	rust=${rust//\]/}
	for v in "" -tiny; do
		wcheck "args-rust$v: $name" 0 "$rust" "" -- "$B/spawn-c.exe" "$B/args-rust$v.exe"
	done
	unset STDIN
}
row 'MS table: "a b c" d e' 'p "a b c" d e' $'4\n[p]\n[a b c]\n[d]\n[e]\n'
row 'MS table: "ab\"c" "\\" d' 'p "ab\"c" "\\" d' $'4\n[p]\n[ab"c]\n[\\]\n[d]\n'
row 'MS table: a\\\b d"e f"g h' 'p a\\\b d"e f"g h' $'4\n[p]\n[a\\\\\\b]\n[de fg]\n[h]\n'
row 'MS table: a\\\"b c d' 'p a\\\"b c d' $'4\n[p]\n[a\\"b]\n[c]\n[d]\n'
row 'MS table: a\\\\"b c" d e' 'p a\\\\"b c" d e' $'4\n[p]\n[a\\\\b c]\n[d]\n[e]\n'
row 'MS table: a"b"" c d' 'p a"b"" c d' $'2\n[p]\n[ab" c d]\n'
row 'program name in quotes keeps its spaces' '"C:\Program Files\p.exe" a' $'2\n[C:\\Program Files\\p.exe]\n[a]\n'
row 'program name: backslashes literal, quotes dropped' 'C:\a"b c"\p.exe\ x' $'2\n[C:\\ab c\\p.exe\\]\n[x]\n'
row 'program name: no escape before a quote' 'x\"y a' $'1\n[x\\y a]\n'
row 'tabs and runs of blanks separate' $'p \t a\t\tb   ' $'3\n[p]\n[a]\n[b]\n'
row 'empty quoted arguments' 'p "" a ""' $'4\n[p]\n[]\n[a]\n[]\n'
row 'a quote left open runs to the end' 'p "a b' $'2\n[p]\n[a b]\n'
row 'backslashes not before a quote' 'p \\ a\b\\' $'3\n[p]\n[\\\\]\n[a\\b\\\\]\n'
row 'non-ASCII and astral characters' 'p é "😀 x"' $'3\n[p]\n[é]\n[😀 x]\n'

# --- the heap (VirtualAlloc underneath) ------------------------------------------------
if [ -e "$B/alloc-rust.exe" ]; then
	for v in "" -tiny; do
		wcheck "alloc-rust$v: collections on minrt's heap, checksum" 0 $'checksum 0x2369a7514d6012a6\n' "" -- "$B/alloc-rust$v.exe"
		wcheck "alloc-rust$v: out of memory says so and aborts (3)" 3 "" \
			$'memory allocation of 4611686018427387903 bytes failed\n' -- "$B/alloc-rust$v.exe" oom
	done
fi

# --- stack probes, pipes ------------------------------------------------------------
wcheck "chkstk-c: a 64 KiB local array, probes keep registers (___chkstk_ms)" 0 $'196608\n' "" -- "$B/chkstk-c.exe"
# 30,000 bytes (the command line's limit is 32,767 characters) through a
# pipe whose reader starts late: short writes are retried, all arrive.
big=$(head -c 30000 /dev/zero | tr '\0' x)
n=$(timeout -s KILL 10 "$WINE" "$B/args-rust.exe" "$big" | (sleep 0.3; wc -c))
[ "$n" = 30001 ] && ok "args-rust: 30 kB through a late pipe arrive whole" ||
	notok "args-rust: 30 kB through a late pipe arrive whole" "got $n bytes"

# A full disk and a reader that has gone: WriteFile fails, the program
# sees -ENOSPC/-EPIPE and exits 1 (Windows has no SIGPIPE).
check "hello-c: stdout on a full device exits 1" 1 "" "" -- bash -c 'exec "$0" "$1" >/dev/full' "$WINE" "$B/hello-c.exe"
timeout -s KILL 10 "$WINE" "$B/args-rust.exe" "$big" "$big" "$big" | head -c 10 >/dev/null
st=${PIPESTATUS[0]}
[ "$st" = 1 ] && ok "args-rust: reader gone is an error (EPIPE), exit 1" ||
	notok "args-rust: reader gone is an error (EPIPE), exit 1" "status $st"

# --- constructors, as a user links them -------------------------------------------------
CC_WINDOWS=${CC_WINDOWS:-x86_64-w64-mingw32-gcc}
cflags=(-Os -ffreestanding -fno-asynchronous-unwind-tables -fno-ident -mcmodel=small -ffunction-sections
	-fdata-sections -Icrt/include tests/fixtures/ctor.c -nostdlib -nostartfiles -Wl,--gc-sections -L"$B")
if "$CC_WINDOWS" "${cflags[@]}" -Wl,--dynamicbase,--nxcompat -T linker-scripts/windows-x86_64.ld \
	-lminrt -lkernel32 -o "$TMP/ctor.exe" 2>"$TMP/err"; then
	wcheck "default layout runs C constructors (through __main)" 0 "" "" -- "$TMP/ctor.exe"
else
	notok "default layout runs C constructors (through __main)" "$(cat "$TMP/err")"
fi
err=$("$CC_WINDOWS" "${cflags[@]}" -Wl,--disable-dynamicbase,--image-base=0x400000 \
	-Wl,--file-alignment=16,--section-alignment=16 -T linker-scripts/windows-x86_64-tiny.ld \
	-lminrt -lkernel32 -o "$TMP/ctor-tiny.exe" 2>&1)
echo "$err" | grep -q 'ERROR(minrt): constructors' && ok "tiny layout rejects constructors with a message" ||
	notok "tiny layout rejects constructors with a message" "$err"

# --- the harness itself -------------------------------------------------------------
# A 32-bit image (the same file with its machine field set to i386) and a
# truncated one must fail, although wine64 may exit 0 on both.
cp "$B/hello-c.exe" "$TMP/i386.exe"
pe=$(u32 "$TMP/i386.exe" 60)
printf '\x4c\x01' | dd of="$TMP/i386.exe" bs=1 seek=$((pe + 4)) conv=notrunc status=none
r=$(wcheck "i386" 0 "$HELLO" "" -- "$TMP/i386.exe")
[[ $r == "not ok - i386"* ]] && ok "harness: a 32-bit image fails the check" ||
	notok "harness: a 32-bit image fails the check" "$r"
err=$("$BUILD/tools/pe-squeeze" "$TMP/i386.exe" "$TMP/out.exe" 2>&1)
st=$?
[ $st = 1 ] && [[ $err == *"not an x86-64 image"* ]] && ok "pe-squeeze refuses a 32-bit image" ||
	notok "pe-squeeze refuses a 32-bit image" "status $st: $err"
# Squeezing a squeezed file changes nothing: it is already minimal.
for p in hello-c hello-c-tiny args-rust args-rust-tiny; do
	"$BUILD/tools/pe-squeeze" "$B/$p.exe" "$TMP/again.exe" && cmp -s "$B/$p.exe" "$TMP/again.exe" &&
		ok "pe-squeeze: $p.exe squeezed again is the same file" ||
		notok "pe-squeeze: $p.exe squeezed again is the same file"
done
head -c 700 "$B/hello-c.exe" >"$TMP/cut.exe"
r=$(wcheck "cut" 0 "$HELLO" "" -- "$TMP/cut.exe")
[[ $r == "not ok - cut"* ]] && ok "harness: a truncated image fails the check" ||
	notok "harness: a truncated image fails the check" "$r"

# Debug info (gcc -g) must not break the image: DWARF sections go after
# everything else, not loaded (default layout), or are dropped (tiny).
"${CC_WINDOWS:-x86_64-w64-mingw32-gcc}" -g -Os -ffreestanding -fno-asynchronous-unwind-tables -mcmodel=small \
	-Icrt/include -c examples/hello-c/main.c -o "$TMP/g.o"
"${CC_WINDOWS:-x86_64-w64-mingw32-gcc}" -nostdlib -nostartfiles -Wl,--gc-sections,--dynamicbase,--nxcompat "$TMP/g.o" \
	-L"$B" -T linker-scripts/windows-x86_64.ld -lminrt -lkernel32 -o "$TMP/g.exe"
wcheck "hello-c built with -g, default layout, unsqueezed" 0 "$HELLO" "" -- "$TMP/g.exe"
"${CC_WINDOWS:-x86_64-w64-mingw32-gcc}" -nostdlib -nostartfiles -Wl,--gc-sections,--disable-dynamicbase,--image-base=0x400000 \
	-Wl,--file-alignment=16,--section-alignment=16,-e,__minrt_start_argc0 "$TMP/g.o" -L"$B" -T linker-scripts/windows-x86_64-tiny.ld \
	-lminrt -lkernel32 -o "$TMP/g-tiny.link.exe"
"$BUILD/tools/pe-squeeze" "$TMP/g-tiny.link.exe" "$TMP/g-tiny.exe"
wcheck "hello-c built with -g, tiny layout" 0 "$HELLO" "" -- "$TMP/g-tiny.exe"
