#!/bin/bash
# stdio and number conversion: the printf examples on every target, the
# streams' behaviour, and the differential driver (tests/libc/stdio_diff.c)
# against glibc and musl on the host and against the host under wine and
# QEMU. Programs from mk/stdio.mk.
cd "$(dirname "$0")/../.." || exit 99
. tests/lib.sh
B=${BUILD:-build}
S=$B/stdio
export RUN_ON_TIMEOUT=60
TIMEOUT=90
export WINEPREFIX=$PWD/$B/wine WINEDEBUG=-all
mkdir -p "$WINEPREFIX"
timeout 30 wineserver -p
trap 'timeout 30 wineserver -k; rm -rf "$tmp"' EXIT
tmp=$(mktemp -d)

# --- the examples, both layouts, every target ------------------------------
hello=$'Hello, world! 42\n'
float=$'Hello, world! 42  3.14 0.000125\n'
for t in linux-x86_64 windows-x86_64 cortex-m3 cortex-m4f cortex-m0; do
	case $t in
	linux-x86_64) sfx="" ;;
	windows-x86_64) sfx=.exe ;;
	*) sfx=.elf ;;
	esac
	for l in "" -tiny; do
		check "$t: printf-c$l" 0 "$hello" "" -- tests/run-on $t $B/$t/printf-c$l$sfx
		check "$t: printf-float-c$l" 0 "$float" "" -- tests/run-on $t $B/$t/printf-float-c$l$sfx
	done
done

# The integer-only link has no floating-point formatter in it.
for t in cortex-m3 cortex-m0; do
	if arm-none-eabi-nm $B/$t/printf-c.elf | grep -q __minrt_fp_digits; then
		notok "$t: printf-c links no float formatter"
	elif ! arm-none-eabi-nm $B/$t/printf-float-c.elf | grep -q __minrt_fp_digits; then
		notok "$t: printf-float-c links the float formatter" "(the check above would pass vacuously)"
	else
		ok "$t: printf-c links no float formatter, printf-float-c does"
	fi
done

# --- the streams --------------------------------------------------------------
for p in $S/stdio-io $S/stdio-io-tiny; do
	n=$(basename $p)
	check "$n: stdout kept until exit, stderr at once" 0 "bac"$'\n' "" -- sh -c "$p buffer 2>&1"
	check "$n: exit(3) flushes" 3 "x1" "" -- $p exit
	check "$n: _Exit(4) does not" 4 "" "" -- $p _Exit
	check "$n: fflush orders output" 0 "abc" "" -- sh -c "$p fflush 2>&1"
	check "$n: a pipe is fully buffered" 0 $'ba\nc' "" -- $p tty
	check "$n: output past the buffer, in order" 0 "$(seq -f %04g 0 2999)"$'\n' "" -- $p big
	check "$n: stdout closed: fflush fails with EBADF" 0 "" $'printf=3 fflush=-1 errno=9 ferror=1\n' -- sh -c "$p closed >&-"
	check "$n: stderr closed: fprintf returns -1, EBADF" 0 $'fprintf=-1 errno=9\n' "" -- sh -c "$p closed-stderr 2>&-"
	STDIN=<(printf 'ab\nlong line here\nz') check "$n: fgets" 0 $'[ab\n][long li][ne here][\n][z]eof=1\n' "" -- $p cat
	STDIN=<(seq 1 5000) check "$n: getchar over several buffers" 0 $'5000 lines\n' "" -- $p getchar
done
# A terminal gets stdout line by line (a pty turns "\n" into "\r\n").
out=$(python3 -c 'import os, pty, sys
pid, fd = pty.fork()
if pid == 0:
    os.execv(sys.argv[1], [sys.argv[1], "tty"])
data = b""
while True:
    try:
        chunk = os.read(fd, 100)
    except OSError:
        break
    if not chunk:
        break
    data += chunk
os.waitpid(pid, 0)
sys.stdout.write(repr(data))' $S/stdio-io)
[ "$out" = "b'a\\r\\nbc'" ] && ok "stdio-io: a terminal is line-buffered" || notok "stdio-io: a terminal is line-buffered" "got $out"

# --- differential: minrt against glibc and musl -----------------------------
$S/diff-glibc >$tmp/glibc
$S/diff-musl >$tmp/musl
$S/diff-minrt >$tmp/minrt
st=$?
cases=$(grep -c '' $tmp/glibc)
printfs=$(grep -c '^P \|^G P ' $tmp/glibc)
strtods=$(grep -c '^D [^e]' $tmp/glibc)
scans=$(grep -c '^S \|^G S \|^L ' $tmp/glibc)
if [ "$st" = 0 ] && cmp -s $tmp/glibc $tmp/minrt && [ "$printfs" -ge 100000 ]; then
	ok "differential vs glibc: $cases lines ($printfs printf, $strtods strtod/strtof, $scans sscanf) identical"
else
	notok "differential vs glibc: $cases lines ($printfs printf), status $st" "$(diff $tmp/glibc $tmp/minrt | head -10)"
fi
# musl differs from glibc where the standard lets it ("G " lines, see the driver)
if cmp -s <(grep -v '^G ' $tmp/musl) <(grep -v '^G ' $tmp/minrt); then
	ok "differential vs musl: $(grep -vc '^G ' $tmp/musl) lines identical (the $(grep -c '^G ' $tmp/glibc) glibc-only ones left out)"
else
	notok "differential vs musl" "$(diff <(grep -v '^G ' $tmp/musl) <(grep -v '^G ' $tmp/minrt) | head -10)"
fi

# --- the same driver on every target, against the host ----------------------
want=$($S/port-glibc; printf x)
want=${want%x}
lines=$(printf %s "$want" | grep -c '')
check "port driver ($lines lines): minrt on Linux = glibc" 0 "$want" "" -- $S/port-minrt
check "port driver ($lines lines): minrt under wine = glibc on the host" 0 "$want" "" -- tests/run-on windows-x86_64 $S/port-minrt.exe
for t in cortex-m3 cortex-m4f cortex-m0; do
	check "port driver ($lines lines): minrt on $t (QEMU) = glibc on the host" 0 "$want" "" -- tests/run-on $t $S/port-$t.elf
done
