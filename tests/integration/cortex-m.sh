#!/bin/bash
# Integration tests for the Cortex-M targets: every firmware runs in QEMU
# (under timeout) and its console output and exit status are checked
# exactly. Semihosting's stdout ":tt" is QEMU's stdout, its stderr QEMU's
# stderr; QEMU's own chatter about the boards' devices is filtered out.
# Then the linker scripts' ASSERTs, by links that must fail.
cd "$(dirname "$0")/../.."
. tests/lib.sh
B=${BUILD:-build}
HELLO=$'Hello, world!\n'
CC_ARM=${CC_ARM:-arm-none-eabi-gcc}
TIMEOUT=20

# Each firmware runs in QEMU through tests/run-on (semihosting on, ARGS as
# the semihosting command line, QEMU's device chatter filtered out).
export RUN_ON_TIMEOUT=10
STDIN_100K=$(mktemp)
trap 'rm -f "$STDIN_100K" "$STDIN_100K.out"' EXIT
head -c 100000 /dev/urandom >"$STDIN_100K"
PANIC_LINE=$(grep -n 'MINRT_PANIC("asked to panic")' examples/exit-cmdline-c/main.c | cut -d: -f1)

for t in cortex-m3 cortex-m4f cortex-m0; do
	Q=(tests/run-on "$t")
	D=$B/$t

	check "$t: hello-c prints hello" 0 "$HELLO" "" -- "${Q[@]}" $D/hello-c.elf
	check "$t: hello-rust prints hello" 0 "$HELLO" "" -- "${Q[@]}" $D/hello-rust.elf
	check "$t: hello-c-tiny (no fault report) prints hello" 0 "$HELLO" "" -- "${Q[@]}" $D/hello-c-tiny.elf
	check "$t: hello-rust-tiny (no fault report) prints hello" 0 "$HELLO" "" -- "${Q[@]}" $D/hello-rust-tiny.elf
	# The report is in every default program, and only there.
	if arm-none-eabi-nm $D/hello-c.elf | grep -q ' minrt_fault_report$' &&
		! arm-none-eabi-nm $D/hello-c-tiny.elf | grep -q ' minrt_fault_report$'; then
		ok "$t: the fault report is linked by default, left out by no-fault-report.o"
	else
		notok "$t: the fault report is linked by default, left out by no-fault-report.o"
	fi

	# The .bin is the flash image: text + data bytes, vector table first.
	for p in hello-c hello-rust; do
		read -r text data _ < <(arm-none-eabi-size $D/$p.elf | tail -n 1)
		if [ "$(stat -c %s $D/$p.bin)" = $((text + data)) ] &&
			cmp -s -n 8 $D/$p.bin <(arm-none-eabi-objcopy -O binary -j .vector_table $D/$p.elf /dev/stdout); then
			ok "$t: $p.bin is the flash image ($((text + data)) bytes)"
		else
			notok "$t: $p.bin is the flash image" "bin $(stat -c %s $D/$p.bin) bytes, text+data $((text + data))"
		fi
	done

	E=$D/exit-cmdline-c.elf
	check "$t: main returns 0" 0 "" "" -- "${Q[@]}" $E 0
	check "$t: main returns 42" 42 "" "" -- "${Q[@]}" $E 42
	check "$t: main returns 255" 255 "" "" -- "${Q[@]}" $E 255
	check "$t: minrt_exit(7)" 7 "" "" -- "${Q[@]}" $E "exit 7"
	check "$t: abort exits 134" 134 "" "" -- "${Q[@]}" $E abort
	check "$t: panic prints location and message, exits 101" 101 "" \
		"panicked at examples/exit-cmdline-c/main.c:$PANIC_LINE:0:"$'\nasked to panic\n' -- "${Q[@]}" $E panic
	check "$t: command line echoed" 0 $'semihosting works\n' "" -- "${Q[@]}" $E "echo semihosting works"
	# QEMU's console read does not wait for input, so only its end is
	# deterministic: 0 bytes from an empty stdin.
	check "$t: console read at end of input" 0 $'0 bytes\n' "" -- "${Q[@]}" $E read
	# Semihosting stdin is byte-exact (tests/run-on gives QEMU no -chardev
	# stdio, which drops input): 100 KB of random bytes through cat, 20
	# runs on one core (the host side is the same for all), 3 on the others.
	runs=3
	[ $t = cortex-m3 ] && runs=20
	fails=()
	for i in $(seq $runs); do
		"${Q[@]}" $E cat <"$STDIN_100K" >"$STDIN_100K.out" 2>/dev/null
		st=$?
		[ $st = 0 ] && cmp -s "$STDIN_100K" "$STDIN_100K.out" ||
			fails+=("run $i: status $st, $(stat -c %s "$STDIN_100K.out") bytes back: $(cmp "$STDIN_100K" "$STDIN_100K.out" 2>&1)")
	done
	if [ ${#fails[@]} = 0 ]; then
		ok "$t: 100 KB of stdin echoed byte-exact, $runs runs"
	else
		notok "$t: 100 KB of stdin echoed byte-exact, $runs runs" "${fails[@]}"
	fi
	check "$t: .data copied, then .preinit_array, then .init_array" 0 $'data preinit init\n' "" -- "${Q[@]}" $E init
	check "$t: unknown command" 2 "" $'?\n' -- "${Q[@]}" $E ""

	check "$t: panic-rust prints the location on stderr, exits 101" 101 "" \
		$'panicked at panic-rust/src/main.rs:10:9:\n' -- "${Q[@]}" $D/panic-rust.elf

	check "$t: newlib-nano printf, malloc and stderr on minrt's startup" 3 \
		$'Hello from newlib-nano: 2 + 3 = 5\nhex 0xbeef, string "ok", char z\nmalloc\'d buffer: 00042|ab  |\n' \
		$'to stderr\n' -- "${Q[@]}" $D/newlib-printf-c.elf

	# The fault report: r0 as passed, pc at the undefined instruction in
	# trap(), lr in main after the call; the fault status registers on
	# ARMv7-M (UsageFault UNDEFINSTR, escalated: HFSR.FORCED).
	F=$D/fault-c.elf
	trap=$(arm-none-eabi-nm $F | awk '$3 == "trap" { print $1 }')
	call=$(arm-none-eabi-objdump -d $F | awk '/bl[ \t].*<trap>/ { sub(":", "", $1); print $1; exit }')
	pc=$(printf '0x%08x' $((0x$trap & ~1)))
	lr=$(printf '0x%08x' $((0x$call + 4 + 1)))
	out=$("${Q[@]}" $F 2>&1 >/dev/null)
	st=$?
	v7=1
	[ $t = cortex-m0 ] && v7=0
	field() { awk -v n="$1" '$1 == n { print $2 }' <<<"$out"; }
	fails=()
	[ $st = 1 ] || fails+=("status $st (want 1)")
	[ "$(head -n 1 <<<"$out")" = "hard fault" ] || fails+=("first line: $(head -n 1 <<<"$out")")
	[ "$(field ipsr)" = 0x00000003 ] || fails+=("ipsr $(field ipsr)")
	[ "$(field r0)" = 0xc0ffee00 ] || fails+=("r0 $(field r0)")
	[ "$(field pc)" = "$pc" ] || fails+=("pc $(field pc) (want $pc, trap)")
	[ "$(field lr)" = "$lr" ] || fails+=("lr $(field lr) (want $lr, after the call in main)")
	for r in r1 r2 r3 r12 xpsr; do
		[[ $(field $r) =~ ^0x[0-9a-f]{8}$ ]] || fails+=("$r missing")
	done
	if [ $v7 = 1 ]; then
		[ "$(field cfsr)" = 0x00010000 ] || fails+=("cfsr $(field cfsr) (want UNDEFINSTR)")
		[ "$(field hfsr)" = 0x40000000 ] || fails+=("hfsr $(field hfsr) (want FORCED)")
		[ "$(field mmfar)" = 0x00000000 ] && [ "$(field bfar)" = 0x00000000 ] || fails+=("mmfar/bfar")
		lines=14
	else
		lines=10 # ARMv6-M has no fault status registers
	fi
	[ "$(wc -l <<<"$out")" = $lines ] || fails+=("$(wc -l <<<"$out") lines (want $lines)")
	if [ ${#fails[@]} = 0 ]; then
		ok "$t: fault report (r0, pc, lr, status registers), exit 1"
	else
		notok "$t: fault report" "${fails[@]}" "$out"
	fi

	# Stack below .data, plus the MPU guard on ARMv7-M: unbounded recursion
	# faults at the stack's end (the guard, or the start of RAM: QEMU's
	# lm3s6965evb and mps2-an386 would read and write below RAM without a
	# bus error, the micro:bit faults there) and the report says so; on
	# ARMv7-M the access was to the guard (CFSR.DACCVIOL, MMFAR in it).
	out=$("${Q[@]}" $D/overflow-c.elf 2>&1)
	st=$?
	ram=$((16#$(arm-none-eabi-nm $D/overflow-c.elf | awk '$3 == "__minrt_stack_bottom" { print $1 }')))
	fails=()
	[ $st = 1 ] || fails+=("status $st (want 1)")
	[ "$(head -n 3 <<<"$out")" = $'recursing\nstack overflow\nipsr  0x00000003' ] || fails+=("first lines")
	if [ $v7 = 1 ]; then
		cfsr=$(awk '$1 == "cfsr" { print $2 }' <<<"$out")
		mmfar=$(awk '$1 == "mmfar" { print $2 }' <<<"$out")
		((cfsr & 0x82)) && ((mmfar >= ram && mmfar < ram + 32)) ||
			fails+=("cfsr $cfsr, mmfar $mmfar: not a data access to the guard at $(printf 0x%08x $ram)")
		[ "$(wc -l <<<"$out")" = 7 ] || fails+=("$(wc -l <<<"$out") lines (want 7: no stacked registers)")
	else
		[ "$(wc -l <<<"$out")" = 3 ] || fails+=("$(wc -l <<<"$out") lines (want 3)")
	fi
	if [ ${#fails[@]} = 0 ]; then
		ok "$t: stack overflow ends in the fault report, exit 1"
	else
		notok "$t: stack overflow ends in the fault report" "${fails[@]}" "$out"
	fi

	# Handlers by name replace the weak defaults in the vector table; an
	# exception nobody handles (NMI) ends in the report with its number.
	check "$t: SysTick, PendSV and SVC handlers defined by the program" 0 \
		$'ticks 3, pendsv 1, svc 1\n' "" -- "${Q[@]}" $D/irq-c.elf
	out=$("${Q[@]}" $D/irq-c.elf nmi 2>&1)
	st=$?
	if [ $st = 1 ] && [ "$(head -n 2 <<<"$out")" = $'unhandled exception\nipsr  0x00000002' ]; then
		ok "$t: an unhandled NMI ends in the report (ipsr 2), exit 1"
	else
		notok "$t: an unhandled NMI ends in the report" "status $st" "$out"
	fi

	# Without the fault report, the default handler still ends the run with
	# status 1, even with the stack overflowed (it moves to a fresh stack).
	case $t in
	cortex-m3) cpu=(-mcpu=cortex-m3) chip=lm3s6965 ;;
	cortex-m4f) cpu=(-mcpu=cortex-m4 -mfloat-abi=hard -mfpu=fpv4-sp-d16) chip=mps2-an386 ;;
	cortex-m0) cpu=(-mcpu=cortex-m0) chip=microbit ;;
	esac
	plain=$(mktemp)
	"$CC_ARM" "${cpu[@]}" -mthumb -Os -ffreestanding -Icrt/include examples/overflow-c/main.c -nostdlib -nostartfiles \
		-Wl,--gc-sections,--defsym=minrt_stack_below_data=1,-u,minrt_stack_guard -Llinker-scripts/cortex-m \
		-T $chip.ld $D/chips/$chip.o $D/opt/no-fault-report.o -L$D -lminrt -lgcc -o $plain
	check "$t: stack overflow without the fault report: exit 1" 1 $'recursing\n' "" -- "${Q[@]}" $plain
	rm -f $plain

	# Floating point: FPU instructions on the M4F (startup must have
	# enabled the FPU, or they fault), libgcc's soft-float elsewhere.
	check "$t: float arithmetic" 0 $'3375 333333\n' "" -- "${Q[@]}" $D/float-c.elf

	# The high-water mark: startup painted the stack; 16 frames of at least
	# 32 bytes each must show, and the whole stays inside the region.
	out=$("${Q[@]}" $D/stack-c.elf 2>&1)
	st=$?
	read -r before after <<<"$out"
	if [ $st = 0 ] && [[ $before =~ ^[0-9]+$ ]] && [[ $after =~ ^[0-9]+$ ]] &&
		((before > 0 && after - before >= 16 * 32 && after < 2048)); then
		ok "$t: stack high-water mark ($before bytes, $after after 16 frames)"
	else
		notok "$t: stack high-water mark" "status $st" "$out"
	fi

	if [ -f $D/heap-rust.elf ]; then
		check "$t: heap-rust: Vec, String, Box on the chip's heap, space reused" 0 \
			"$(printf 'round %d: 167 squares, "heap on a chip", sum 13847854\n' 1 2)"$'\n' "" -- "${Q[@]}" $D/heap-rust.elf
	fi

	if [ -f $D/alloc-rust.elf ]; then
		# Its workload needs megabytes: on a chip it must end cleanly in
		# the out-of-memory path (message, abort), not in a fault.
		out=$("${Q[@]}" $D/alloc-rust.elf 2>&1)
		st=$?
		if [ $st = 134 ] && [[ $out =~ ^memory\ allocation\ of\ [0-9]+\ bytes\ failed$ ]]; then
			ok "$t: alloc-rust runs out of the heap region cleanly ($out)"
		else
			notok "$t: alloc-rust runs out of the heap region cleanly" "status $st" "$out"
		fi
	fi
done

# --- the linker scripts' checks ------------------------------------------
# Each link must fail with its ERROR(minrt) message.
T=$B/cortex-m3
link_fails() {
	local name=$1 want=$2 out
	shift 2
	out=$("$CC_ARM" -mcpu=cortex-m3 -mthumb -Os -ffreestanding -Icrt/include examples/hello-c/main.c \
		-nostdlib -nostartfiles -Wl,--gc-sections -Llinker-scripts/cortex-m "$@" -L$T -lminrt -lgcc \
		-o /dev/null 2>&1)
	if [ $? != 0 ] && grep -q "ERROR(minrt): $want" <<<"$out"; then
		ok "linker script: $name"
	else
		notok "linker script: $name" "$out"
	fi
}
link_fails "a chip's vectors with another chip's memory file" "the vector table is not 16 core" \
	-T lm3s6965.ld $T/chips/stm32f103c8.o
link_fails "no chip vectors at all" "the vector table is not 16 core" -T lm3s6965.ld
link_fails "stack and heap larger than RAM" ".data + .bss + stack" \
	-T lm3s6965.ld $T/chips/lm3s6965.o -Wl,--defsym=minrt_stack_size=0x8000,--defsym=minrt_heap_min=0x8001
link_fails "a misaligned stack size" "the stack is not 8-byte aligned" \
	-T lm3s6965.ld $T/chips/lm3s6965.o -Wl,--defsym=minrt_stack_size=0x7fc
tmp=$(mktemp -d)
printf 'extern int x; int *px(void) { return &x; } int x;\n' >$tmp/pic.c
"$CC_ARM" -mcpu=cortex-m3 -mthumb -Os -fPIC -c $tmp/pic.c -o $tmp/pic.o
link_fails "position-independent code (a .got)" "a .got section" \
	-T lm3s6965.ld $T/chips/lm3s6965.o $tmp/pic.o -Wl,-u,px
rm -rf $tmp

# The report hook: a program's own minrt_fault_report replaces the default
# and gets the same registers.
tmp=$(mktemp -d)
cat >$tmp/hook.c <<'EOF'
#include "minrt.h"
#include "minrt_cortex_m.h"
void minrt_fault_report(const struct minrt_fault *f)
{
	minrt_puts(2, "my report: r0 ");
	minrt_print_hex(2, f->r0);
	minrt_puts(2, f->stacked && f->exception == 3 ? " hardfault\n" : " ?\n");
}
EOF
"$CC_ARM" -mcpu=cortex-m3 -mthumb -Os -ffreestanding -Icrt/include -Icrt/cortex-m examples/fault-c/main.c $tmp/hook.c \
	-nostdlib -nostartfiles -Wl,--gc-sections -Llinker-scripts/cortex-m -T lm3s6965.ld \
	$T/chips/lm3s6965.o -L$T -lminrt -lgcc -o $tmp/hook.elf
check "fault report hook replaced by the program's own" 1 $'about to fault\n' $'my report: r0 0xc0ffee00 hardfault\n' \
	-- tests/run-on cortex-m3 $tmp/hook.elf
rm -rf $tmp

# Every chip's memory file links hello-c with its own vectors.
for tc in cortex-m3:stm32f103c8 cortex-m4f:stm32f407vg cortex-m4f:nrf52840 cortex-m3:lm3s6965 \
	cortex-m4f:mps2-an386 cortex-m0:microbit; do
	t=${tc%%:*}
	c=${tc#*:}
	case $t in
	cortex-m3) cpu=(-mcpu=cortex-m3) ;;
	cortex-m4f) cpu=(-mcpu=cortex-m4 -mfloat-abi=hard -mfpu=fpv4-sp-d16) ;;
	cortex-m0) cpu=(-mcpu=cortex-m0) ;;
	esac
	out=$("$CC_ARM" "${cpu[@]}" -mthumb -Os -ffreestanding -Icrt/include examples/hello-c/main.c \
		-nostdlib -nostartfiles -Wl,--gc-sections -Llinker-scripts/cortex-m -T $c.ld $B/$t/chips/$c.o \
		-L$B/$t -lminrt -lgcc -o $B/$t/hello-c-$c.elf 2>&1)
	st=$?
	irqs=$(awk '/__minrt_device_irqs =/ { sub(";", "", $3); print $3 }' linker-scripts/cortex-m/$c.ld)
	size=$(arm-none-eabi-objdump -h $B/$t/hello-c-$c.elf 2>/dev/null | awk '$2 == ".vector_table" { print $3 }')
	size=$((16#${size:-0}))
	if [ $st = 0 ] && [ "$size" = $(((16 + irqs) * 4)) ]; then
		ok "$c: hello-c links, vector table of 16 + $irqs entries"
	else
		notok "$c: hello-c links" "status $st, vector table ${size:-?} bytes" "$out"
	fi
	rm -f $B/$t/hello-c-$c.elf
done

# --- no debugger: every example, semihosting off --------------------------
# As on a board on a desk: each semihosting call returns an error instead
# of faulting (semihost.c), and every run, whatever it does (hello, exits,
# panics, faults, stack overflow, out of memory), ends asleep in
# minrt_halt, never in a lockup. tests/run-board watches the core from
# QEMU's monitor; the runs of a target go in parallel (alloc-rust works
# through megabytes on the mps2: up to a minute on a loaded machine).
export RUN_BOARD_TIMEOUT=60
for t in cortex-m3 cortex-m4f cortex-m0; do
	D=$B/$t
	tmp=$(mktemp -d)
	for e in $D/*.elf; do
		n=$(basename $e .elf)
		{ tests/run-board $t $e >/dev/null 2>$tmp/$n.err; echo $? >$tmp/$n.st; } &
	done
	wait
	for e in $D/*.elf; do
		n=$(basename $e .elf)
		if [ "$(cat $tmp/$n.st)" = 0 ]; then
			ok "$t: $n without a debugger ends in minrt_halt"
		else
			notok "$t: $n without a debugger ends in minrt_halt" "status $(cat $tmp/$n.st)" "$(cat $tmp/$n.err)"
		fi
	done
	rm -rf $tmp
done

# exit-reset.o: the end state is a system reset instead (QEMU's
# -no-reboot turns the reset request into QEMU's exit); under QEMU's
# semihosting the exit status still comes first.
tmp=$(mktemp -d)
for t in cortex-m3 cortex-m4f cortex-m0; do
	case $t in
	cortex-m3) cpu=(-mcpu=cortex-m3) chip=lm3s6965 ;;
	cortex-m4f) cpu=(-mcpu=cortex-m4 -mfloat-abi=hard -mfpu=fpv4-sp-d16) chip=mps2-an386 ;;
	cortex-m0) cpu=(-mcpu=cortex-m0) chip=microbit ;;
	esac
	D=$B/$t
	"$CC_ARM" "${cpu[@]}" -mthumb -Os -ffreestanding -Icrt/include -Icrt/cortex-m examples/exit-cmdline-c/main.c -nostdlib -nostartfiles \
		-Wl,--gc-sections -Llinker-scripts/cortex-m -T $chip.ld $D/chips/$chip.o $D/opt/exit-reset.o \
		-L$D -lminrt -lgcc -o $tmp/reset-$t.elf
	check "$t: exit-reset.o: no debugger, the run ends in a system reset" 0 "" "" -- tests/run-board $t $tmp/reset-$t.elf --reset
	check "$t: exit-reset.o: under QEMU's semihosting the status comes first" 42 "" "" -- tests/run-on $t $tmp/reset-$t.elf 42
done
rm -rf $tmp

# --- console backends: UART and RTT ---------------------------------------
# Each runs as on a board (tests/run-board: semihosting off): the UART's
# bytes come out of QEMU's -serial, RTT's out of the control block in
# target RAM, read as a probe reads it; every run then ends in
# minrt_halt. stdout and stderr share the one channel. (Each run gets up
# to a minute and a half: a loaded machine is slow to start QEMU.)
TIMEOUT=90
for t in cortex-m3 cortex-m4f cortex-m0; do
	D=$B/$t
	for c in uart rtt; do
		opt=()
		[ $c = rtt ] && opt=(--rtt)
		check "$t: hello-c-$c prints hello through $c, ends in minrt_halt" 0 "$HELLO" "" -- \
			tests/run-board $t $D/hello-c-$c.elf "${opt[@]}"
		check "$t: hello-rust-$c prints hello through $c, ends in minrt_halt" 0 "$HELLO" "" -- \
			tests/run-board $t $D/hello-rust-$c.elf "${opt[@]}"
		check "$t: panic-rust-$c: the panic message through $c" 0 $'panicked at panic-rust/src/main.rs:10:9:\n' "" -- \
			tests/run-board $t $D/panic-rust-$c.elf "${opt[@]}"
		# The fault report through the console, from the HardFault handler.
		out=$(tests/run-board $t $D/fault-c-$c.elf "${opt[@]}" 2>&1)
		st=$?
		trap=$(arm-none-eabi-nm $D/fault-c-$c.elf | awk '$3 == "trap" { print $1 }')
		pc=$(printf '0x%08x' $((0x$trap & ~1)))
		if [ $st = 0 ] && [ "$(head -n 3 <<<"$out")" = $'about to fault\nhard fault\nipsr  0x00000003' ] &&
			grep -qx "r0    0xc0ffee00" <<<"$out" && grep -qx "pc    $pc" <<<"$out"; then
			ok "$t: fault-c-$c: the fault report through $c, ends in minrt_halt"
		else
			notok "$t: fault-c-$c: the fault report through $c" "status $st" "$out"
		fi
	done
	# One object on the link line, and only there: no console in a program
	# carries the UART driver or the RTT block.
	nm_has() { arm-none-eabi-nm "$1" | grep -q " $2\$"; }
	if nm_has $D/hello-c-uart.elf __minrt_uart_write && nm_has $D/hello-c-rtt.elf _SEGGER_RTT &&
		! nm_has $D/hello-c.elf __minrt_uart_write && ! nm_has $D/hello-c.elf _SEGGER_RTT &&
		! nm_has $D/hello-c-rtt.elf __minrt_uart_write && ! nm_has $D/hello-c-uart.elf _SEGGER_RTT; then
		ok "$t: the console objects link only their own backend"
	else
		notok "$t: the console objects link only their own backend"
	fi
	# Intel hex and .bin carry the same image: hex back to binary must match.
	for p in hello-c hello-c-uart hello-rust-rtt; do
		if arm-none-eabi-objcopy -I ihex -O binary $D/$p.hex /dev/stdout | cmp -s - $D/$p.bin; then
			ok "$t: $p.hex holds the same image as $p.bin"
		else
			notok "$t: $p.hex holds the same image as $p.bin"
		fi
	done
done

# Every chip's UART driver and the RTT block link (the STM32s and the
# nRF52840 are not modelled by QEMU here: built, not run).
for tc in cortex-m3:stm32f103c8 cortex-m4f:stm32f407vg cortex-m4f:nrf52840; do
	t=${tc%%:*}
	c=${tc#*:}
	case $t in
	cortex-m3) cpu=(-mcpu=cortex-m3) ;;
	cortex-m4f) cpu=(-mcpu=cortex-m4 -mfloat-abi=hard -mfpu=fpv4-sp-d16) ;;
	esac
	for k in uart rtt; do
		out=$("$CC_ARM" "${cpu[@]}" -mthumb -Os -ffreestanding -Icrt/include examples/hello-c/main.c \
			-nostdlib -nostartfiles -Wl,--gc-sections -Llinker-scripts/cortex-m -T $c.ld $B/$t/chips/$c.o \
			$B/$t/opt/console-$k.o -L$B/$t -lminrt -lgcc -o /dev/null 2>&1)
		if [ $? = 0 ]; then
			ok "$c: hello-c links with the $k console"
		else
			notok "$c: hello-c links with the $k console" "$out"
		fi
	done
done
