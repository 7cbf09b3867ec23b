#!/bin/bash
# The kit as another build uses it: from a fresh `make install` into a
# scratch prefix, build hello world with the gcc specs file, the compiler
# wrapper (an unchanged Makefile project), the CMake toolchain file,
# pkg-config and the Cargo template, for every installed target, and run
# each (tests/run-on: natively, in wine, in QEMU); then `make uninstall`
# must remove exactly what install added. Cargo: rustup's for Linux,
# Debian's (/usr/bin/cargo with /usr/bin/rustc) for Windows and Cortex-M.
cd "$(dirname "$0")/../.."
. tests/lib.sh
ROOT=$PWD
P=$(mktemp -d)/prefix
W=$(mktemp -d)
mkdir -p "$P/bin" "$P/include"
echo keep >"$P/bin/other-tool"
echo keep >"$P/include/other.h"
before=$(cd "$P" && find . | sort)

if ! out=$(make -s install PREFIX="$P" 2>&1); then
	notok "make install" "$out"
	exit 1
fi
ok "make install PREFIX=<scratch>"

HELLO=$'Hello, world!\n'
run=$ROOT/tests/run-on
# Where the windows suite keeps its wine prefix; its first use creates it
# (~5-20 s), kept out of the checks' timeouts here. One wineserver for
# the suite, stopped at the end (as the windows suite does).
if [ -d "$P/lib/minrt/windows-x86_64" ]; then
	export WINEPREFIX=$ROOT/${BUILD:-build}/wine
	mkdir -p "$WINEPREFIX"
	WINEDEBUG=-all timeout -s KILL 30 wineserver -p
	trap 'WINEDEBUG=-all timeout -s KILL 30 wineserver -k' EXIT
	RUN_ON_TIMEOUT=120 $run windows-x86_64 "$ROOT/${BUILD:-build}/windows-x86_64/hello-c.exe" >/dev/null 2>&1
fi

for lib in "$P"/lib/minrt/*/; do
	t=$(basename "$lib")
	[ -f toolchain/targets/$t.conf ] || continue	# lib/minrt/include
	MINRT_CPUFLAGS='' MINRT_CHIP=''
	# shellcheck disable=SC1090
	. toolchain/targets/$t.conf
	x=$MINRT_EXE_SUFFIX

	# gcc --specs=..., default and tiny layouts (Cortex-M: the core's flags
	# on the command line, as the specs file says).
	# Windows' tiny layout has a C program choose its entry (hello: none).
	noargs=()
	[ "$t" = windows-x86_64 ] && noargs=(-Wl,-e,__minrt_start_argc0)
	for s in minrt minrt-tiny; do
		rm -f "$W/h$x"
		e=()
		[ $s = minrt-tiny ] && e=("${noargs[@]}")
		$MINRT_CC $MINRT_CPUFLAGS --specs="$lib/$s.specs" "${e[@]}" examples/hello-c/main.c -o "$W/h$x" 2>"$W/err" || cat "$W/err"
		check "$t: $MINRT_CC --specs=$s.specs builds hello" 0 "$HELLO" "" -- $run $t "$W/h$x"
	done

	# Cortex-M: gcc sets its default core before reading a specs file, so
	# the core's flags are the user's to give; forgetting them is an error.
	if [ -n "$MINRT_CPUFLAGS" ]; then
		err=$($MINRT_CC --specs="$lib/minrt.specs" examples/hello-c/main.c -o "$W/nocpu$x" 2>&1)
		[ ! -e "$W/nocpu$x" ] && [[ $err == *"needs the core's flags"* ]] &&
			ok "$t: --specs without the core's flags stops with a message" ||
			notok "$t: --specs without the core's flags stops with a message" "$err"
	fi

	# The wrapper's tiny layout.
	rm -f "$W/wt$x"
	MINRT_TINY=1 "$P/bin/$MINRT_CC_WRAPPER" "${noargs[@]}" examples/hello-c/main.c -o "$W/wt$x" 2>"$W/err" || cat "$W/err"
	check "$t: MINRT_TINY=1 $MINRT_CC_WRAPPER builds hello" 0 "$HELLO" "" -- $run $t "$W/wt$x"

	# Windows' tiny layout never gives main a silent argc 0: without a
	# chosen entry the link stops and names both; with __minrt_start a
	# program that reads its arguments gets them.
	if [ "$t" = windows-x86_64 ]; then
		rm -f "$W/noentry.exe"
		err=$(MINRT_TINY=1 "$P/bin/$MINRT_CC_WRAPPER" tests/fixtures/cproject/*.c -o "$W/noentry.exe" 2>&1)
		[ ! -e "$W/noentry.exe" ] && [[ $err == *"ERROR(minrt): a C program in the tiny layout chooses its entry"* ]] &&
			[[ $err == *"-Wl,-e,__minrt_start "* ]] && [[ $err == *"-Wl,-e,__minrt_start_argc0"* ]] &&
			ok "$t: tiny layout, no entry chosen: the link stops with ERROR(minrt) naming both" ||
			notok "$t: tiny layout, no entry chosen: the link stops with ERROR(minrt) naming both" "$err"
		MINRT_TINY=1 "$P/bin/$MINRT_CC_WRAPPER" -Wl,-e,__minrt_start tests/fixtures/cproject/*.c -o "$W/args.exe" 2>"$W/err" ||
			cat "$W/err"
		check "$t: tiny layout, -Wl,-e,__minrt_start: main gets its arguments" 0 $'Hello, tiny!\n' "" -- \
			$run $t "$W/args.exe" tiny
	fi

	# CC=<wrapper> make on a project that knows nothing of minrt (mingw's
	# gcc names the program greet.exe).
	rm -rf "$W/cp" && cp -R tests/fixtures/cproject "$W/cp"
	# Firmware has no argv unless it asks for the semihosting command line.
	argv_env=() argv_cmake=()
	[ -z "$MINRT_CHIP" ] || argv_env=(MINRT_ARGV=1) argv_cmake=(-DMINRT_ARGV=ON)
	(cd "$W/cp" && env "${argv_env[@]}" CC="$P/bin/$MINRT_CC_WRAPPER" make -s >"$W/err" 2>&1) || cat "$W/err"
	g=$W/cp/greet
	[ -f "$g.exe" ] && g=$g.exe
	check "$t: CC=$MINRT_CC_WRAPPER make builds an unchanged project" 0 $'Hello, kit!\n' "" -- $run $t "$g" kit

	# The console, chosen on the wrapper's route: UART and RTT, run as on
	# a board (semihosting off); the output comes through that console.
	if [ -n "$MINRT_CHIP" ]; then
		for c in uart rtt; do
			rm -f "$W/con.elf"
			MINRT_CONSOLE=$c "$P/bin/$MINRT_CC_WRAPPER" examples/hello-c/main.c -o "$W/con.elf" 2>"$W/err" || cat "$W/err"
			opt=()
			[ $c = rtt ] && opt=(--rtt)
			TIMEOUT=90 check "$t: MINRT_CONSOLE=$c $MINRT_CC_WRAPPER: hello through $c" 0 "$HELLO" "" -- \
				"$ROOT/tests/run-board" $t "$W/con.elf" "${opt[@]}"
		done
	fi

	# Another chip than the QEMU one: no board to run it on, so its vector
	# table is checked (16 core entries and the chip's device ones).
	if [ -n "$MINRT_CHIP" ]; then
		for o in "$lib"/chips/*.o; do
			c=$(basename "$o" .o)
			[ "$c" = "$MINRT_CHIP" ] && continue
			irqs=$(sed -n 's/^__minrt_device_irqs = \([0-9]*\);.*/\1/p' "$lib/$c.ld")
			rm -f "$W/chip.elf"
			MINRT_CHIP=$c "$P/bin/$MINRT_CC_WRAPPER" examples/hello-c/main.c -o "$W/chip.elf" 2>"$W/err" || cat "$W/err"
			vt=$(arm-none-eabi-size -A "$W/chip.elf" 2>&1 | awk '$1 == ".vector_table" { print $2 }')
			[ -n "$irqs" ] && [ "$vt" = $(((16 + irqs) * 4)) ] &&
				ok "$t: MINRT_CHIP=$c $MINRT_CC_WRAPPER links for that chip ($vt-byte vector table)" ||
				notok "$t: MINRT_CHIP=$c $MINRT_CC_WRAPPER links for that chip" "vector table: $vt bytes, device irqs: $irqs"
			break
		done
	fi

	# CMake with the toolchain file.
	rm -rf "$W/cm" && mkdir -p "$W/cm/src" && cp -R tests/fixtures/cproject tests/fixtures/cmake "$W/cm/src/"
	(cmake -S "$W/cm/src/cmake" -B "$W/cm/b" -DCMAKE_TOOLCHAIN_FILE="$P/share/minrt/cmake/$t.cmake" "${argv_cmake[@]}" &&
		cmake --build "$W/cm/b") >"$W/err" 2>&1 || cat "$W/err"
	check "$t: cmake -DCMAKE_TOOLCHAIN_FILE=$t.cmake builds and runs" 0 $'Hello, cmake!\n' "" -- $run $t "$W/cm/b/greet$x" cmake

	# pkg-config (its flags carry the core's flags on Cortex-M).
	flags=$(PKG_CONFIG_PATH="$P/lib/pkgconfig" pkg-config --cflags --libs minrt-$t)
	rm -f "$W/p$x"
	$MINRT_CC examples/hello-c/main.c $flags -o "$W/p$x" 2>"$W/err"
	check "$t: pkg-config minrt-$t" 0 "$HELLO" "" -- $run $t "$W/p$x"

	# No host libc header is ever read: the kit compiles with -nostdinc and
	# minrt's and the compiler's headers only. A header minrt does not have
	# is not found; a function it does not have is an ordinary implicit
	# declaration and undefined reference naming that function, never a
	# host libc's internal (__ctype_b_loc, __isoc99_sscanf, __imp__errno,
	# _impure_ptr ...). Through the specs file and the wrapper.
	printf '#include <unistd.h>\nint main(void) { return 0; }\n' >"$W/leak1.c"
	printf '%s\n' '#include <ctype.h>' '#include <string.h>' \
		'int main(int argc, char **argv) { return isdigit(argv[argc - 1][0]) + (int)strlen(argv[0]) + !popen("x", "r"); }' \
		>"$W/leak2.c"
	for r in specs wrapper; do
		if [ $r = specs ]; then
			cc=($MINRT_CC $MINRT_CPUFLAGS --specs="$lib/minrt.specs")
		else
			cc=("$P/bin/$MINRT_CC_WRAPPER")
		fi
		err=$("${cc[@]}" -c "$W/leak1.c" -o "$W/leak1.o" 2>&1)
		[[ $err == *"unistd.h: No such file or directory"* ]] &&
			ok "$t: $r: a header minrt lacks (unistd.h) is not found, not taken from the host" ||
			notok "$t: $r: a header minrt lacks (unistd.h) is not found, not taken from the host" "$err"
		rm -f "$W/leak2$x"
		err=$("${cc[@]}" "$W/leak2.c" -o "$W/leak2$x" 2>&1)
		undef=$(grep -o "undefined reference to \`[^']*'" <<<"$err" | sort -u | tr '\n' ' ')
		[ ! -e "$W/leak2$x" ] && grep -q "implicit declaration of function .popen." <<<"$err" &&
			[[ $undef == *"\`popen'"* ]] && ! [[ $undef == *"\`_"* ]] &&
			ok "$t: $r: a function minrt lacks (popen) is an error naming it, and no host libc internal is referenced" ||
			notok "$t: $r: a function minrt lacks (popen) is an error naming it, and no host libc internal is referenced" "$err"
	done

	# abort() links on every target (Windows too: crt/libc/stdlib/abort.c
	# is a real definition) and ends with the target's abort status.
	printf '%s\n' '#include <stdlib.h>' 'int main(void) { abort(); }' >"$W/abort.c"
	rm -f "$W/abort$x"
	"$P/bin/$MINRT_CC_WRAPPER" "$W/abort.c" -o "$W/abort$x" 2>"$W/err" || cat "$W/err"
	st=134
	[ "$t" = windows-x86_64 ] && st=3
	check "$t: abort() links and ends with status $st" $st "" "" -- $run $t "$W/abort$x"

	# The user's flags win over the kit's defaults on every route: the same
	# program built with -O2 -fstack-protector-strong by the specs file,
	# the wrapper, CMake (-DCMAKE_C_FLAGS) and pkg-config. ssp.c refuses
	# to compile unless gcc predefines what those two flags mean
	# (__OPTIMIZE__ without __OPTIMIZE_SIZE__, __SSP_STRONG__); each
	# object reads the canary; each program prints "ok" from a safe call,
	# then a call that overruns its buffer must end with the message and
	# the abort status; specs, wrapper and CMake give the same bytes.
	user=(-O2 -fstack-protector-strong)
	abort=134
	[ "$t" = windows-x86_64 ] && abort=3
	canary=__stack_chk_guard
	[ "$t" = linux-x86_64 ] && canary='%fs:0x28'
	rm -rf "$W/ssp" && mkdir -p "$W/ssp/src" && cp tests/fixtures/ssp.c "$W/ssp/" &&
		cp -R tests/fixtures/ssp-cmake/. "$W/ssp/src/"
	src=$W/ssp/ssp.c
	pcflags=$(PKG_CONFIG_PATH="$P/lib/pkgconfig" pkg-config --cflags minrt-$t)
	pclibs=$(PKG_CONFIG_PATH="$P/lib/pkgconfig" pkg-config --libs minrt-$t)
	: >"$W/err"
	$MINRT_CC $MINRT_CPUFLAGS --specs="$lib/minrt.specs" "${user[@]}" "$src" -o "$W/ssp/specs$x" 2>>"$W/err"
	$MINRT_CC $MINRT_CPUFLAGS --specs="$lib/minrt.specs" "${user[@]}" -c "$src" -o "$W/ssp/specs.o" 2>>"$W/err"
	"$P/bin/$MINRT_CC_WRAPPER" "${user[@]}" "$src" -o "$W/ssp/wrapper$x" 2>>"$W/err"
	"$P/bin/$MINRT_CC_WRAPPER" "${user[@]}" -c "$src" -o "$W/ssp/wrapper.o" 2>>"$W/err"
	(cmake -S "$W/ssp/src" -B "$W/ssp/b" -DCMAKE_TOOLCHAIN_FILE="$P/share/minrt/cmake/$t.cmake" \
		-DCMAKE_C_FLAGS="${user[*]}" && cmake --build "$W/ssp/b") >"$W/cmake.log" 2>&1 || cat "$W/cmake.log" >>"$W/err"
	cp "$W/ssp/b/ssp$x" "$W/ssp/cmake$x" 2>>"$W/err"
	find "$W/ssp/b" \( -name ssp.c.o -o -name ssp.c.obj \) -exec cp {} "$W/ssp/cmake.o" \; 2>>"$W/err"
	# shellcheck disable=SC2086
	$MINRT_CC "${user[@]}" $pcflags "$src" $pclibs -o "$W/ssp/pkg-config$x" 2>>"$W/err"
	# shellcheck disable=SC2086
	$MINRT_CC "${user[@]}" $pcflags -c "$src" -o "$W/ssp/pkg-config.o" 2>>"$W/err"
	[ -s "$W/err" ] && sed 's/^/    /' "$W/err"
	for r in specs wrapper cmake pkg-config; do
		if ${MINRT_CC%gcc}objdump -dr "$W/ssp/$r.o" 2>&1 | grep -qF -- "$canary"; then
			ok "$t: $r, user's ${user[*]}: the code reads the canary ($canary)"
		else
			notok "$t: $r, user's ${user[*]}: the code reads the canary ($canary)" "no $canary in $r.o"
		fi
		check "$t: $r, user's ${user[*]}: a smashed stack is caught" $abort $'ok\n' $'stack smashing detected\n' -- \
			$run $t "$W/ssp/$r$x"
	done
	if cmp -s "$W/ssp/specs$x" "$W/ssp/wrapper$x" && cmp -s "$W/ssp/specs$x" "$W/ssp/cmake$x"; then
		ok "$t: the same source and user flags give the same bytes through specs, wrapper and CMake"
	else
		notok "$t: the same source and user flags give the same bytes through specs, wrapper and CMake" \
			"$(cd "$W/ssp" && ls -l specs$x wrapper$x cmake$x 2>&1 | tr '\n' ' ')"
	fi
done

# Cargo: `cargo new`, then minrt-new-rust, then cargo build: Linux with
# rustup's cargo (on PATH), the other targets with Debian's cargo and rustc
# (the rustc that has the Windows target's core; the thumb targets' comes
# from the sysroot make builds, as a user's would from minrt-build-sysroot).
DCARGO=${DEBIAN_CARGO:-/usr/bin/cargo}
DRUSTC=${DEBIAN_RUSTC:-/usr/bin/rustc}
SYSROOT=${CM_SYSROOT:-$ROOT/${BUILD:-build}/sysroot}
if [ -d "$P/lib/minrt/linux-x86_64" ]; then
	(cd "$W" && cargo new --quiet --bin app && cd app && "$P/bin/minrt-new-rust" . >/dev/null) >"$W/err" 2>&1 || cat "$W/err"
	(cd "$W/app" && cargo build --release --quiet) >"$W/err" 2>&1 || cat "$W/err"
	check "linux-x86_64: cargo new + minrt-new-rust + cargo build --release" 0 "$HELLO" "" -- \
		"$W/app/target/x86_64-unknown-linux-gnu/release/app"
	(cd "$W/app" && cargo build --release --quiet --features minrt/tiny &&
		llvm-objcopy --strip-sections target/x86_64-unknown-linux-gnu/release/app ../app-tiny) >"$W/err" 2>&1 || cat "$W/err"
	check "linux-x86_64: the same, tiny layout" 0 "$HELLO" "" -- "$W/app-tiny"
fi

# dcargo TRIPLE ARGS...: Debian's cargo in the app it made (rustup's
# cargo new writes an edition Debian's cargo does not know), for TRIPLE,
# with SYSFLAGS in CARGO_TARGET_<TRIPLE>_RUSTFLAGS (which cargo adds to the
# config file's rustflags).
dcargo() {
	local triple=$1 v
	shift
	v=CARGO_TARGET_$(echo "$triple" | tr a-z- A-Z_)_RUSTFLAGS
	(cd "$W/dapp" && rm -f "target/$triple/release/dapp"* &&
		env RUSTC="$DRUSTC" ${SYSFLAGS:+"$v=$SYSFLAGS"} "$DCARGO" "$@" --release --quiet --target "$triple") \
		>"$W/err" 2>&1 || cat "$W/err"
}
if [ -x "$DCARGO" ]; then
	(cd "$W" && RUSTC=$DRUSTC "$DCARGO" new --quiet --bin dapp && cd dapp && "$P/bin/minrt-new-rust" . >/dev/null) \
		>"$W/err" 2>&1 || cat "$W/err"
	if [ -d "$P/lib/minrt/windows-x86_64" ]; then
		SYSFLAGS='' dcargo x86_64-pc-windows-gnu build
		check "windows-x86_64: cargo build --release --target x86_64-pc-windows-gnu (Debian's cargo)" 0 "$HELLO" "" -- \
			$run windows-x86_64 "$W/dapp/target/x86_64-pc-windows-gnu/release/dapp.exe"
		SYSFLAGS="-C link-arg=-Wl,--disable-dynamicbase,--image-base=0x400000,--file-alignment=16,--section-alignment=16" \
			dcargo x86_64-pc-windows-gnu build --features minrt/tiny
		check "windows-x86_64: the same, tiny layout (its link flags in CARGO_TARGET_..._RUSTFLAGS)" 0 "$HELLO" "" -- \
			$run windows-x86_64 "$W/dapp/target/x86_64-pc-windows-gnu/release/dapp.exe"
	fi
	for tt in cortex-m3:thumbv7m-none-eabi cortex-m4f:thumbv7em-none-eabihf cortex-m0:thumbv6m-none-eabi; do
		t=${tt%%:*}
		triple=${tt#*:}
		[ -d "$P/lib/minrt/$t" ] || continue
		if [ ! -f "$SYSROOT/lib/rustlib/$triple/lib/libcore.rlib" ]; then
			notok "$t: cargo build --target $triple" "no sysroot for $triple in $SYSROOT (make cortex-m-sysroot)"
			continue
		fi
		SYSFLAGS="--sysroot $SYSROOT" dcargo $triple build
		check "$t: cargo build --release --target $triple (Debian's cargo, --sysroot)" 0 "$HELLO" "" -- \
			$run $t "$W/dapp/target/$triple/release/dapp"
		SYSFLAGS="--sysroot $SYSROOT" dcargo $triple build --features minrt/tiny
		check "$t: the same without the fault report (--features minrt/tiny)" 0 "$HELLO" "" -- \
			$run $t "$W/dapp/target/$triple/release/dapp"
		if arm-none-eabi-nm "$W/dapp/target/$triple/release/dapp" | grep -q ' minrt_fault_report$'; then
			notok "$t: minrt/tiny leaves the fault report out"
		else
			ok "$t: minrt/tiny leaves the fault report out"
		fi
	done
else
	notok "cargo for windows-x86_64 and Cortex-M" "no $DCARGO (Debian's cargo package)"
fi

# The tree works from wherever it is moved (the specs files excepted: they
# name PREFIX, as gcc's own do).
mv "$P" "$P.moved"
for lib in "$P.moved"/lib/minrt/*/; do
	t=$(basename "$lib")
	[ -f toolchain/targets/$t.conf ] || continue
	# shellcheck disable=SC1090
	. toolchain/targets/$t.conf
	rm -f "$W/mv$MINRT_EXE_SUFFIX"
	"$P.moved/bin/$MINRT_CC_WRAPPER" examples/hello-c/main.c -o "$W/mv$MINRT_EXE_SUFFIX" 2>"$W/err" || cat "$W/err"
	check "$t: $MINRT_CC_WRAPPER works from a moved tree" 0 "$HELLO" "" -- $run $t "$W/mv$MINRT_EXE_SUFFIX"
done
mv "$P.moved" "$P"

make -s uninstall PREFIX="$P" >"$W/err" 2>&1 || cat "$W/err"
after=$(cd "$P" 2>/dev/null && find . | sort)
[ "$after" = "$before" ] && ok "make uninstall removes exactly what install added" ||
	notok "make uninstall removes exactly what install added" "left: $(diff <(echo "$before") <(echo "$after") | tr '\n' ' ')"
rm -rf "$(dirname "$P")" "$W"
