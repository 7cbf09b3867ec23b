#!/bin/bash
# The kit as another build uses it: from a fresh `make install` into a
# scratch prefix, build hello world with the gcc specs file, the compiler
# wrapper (an unchanged Makefile project), the CMake toolchain file,
# pkg-config and the Cargo template, for every installed target, and run
# each; then `make uninstall` must remove exactly what install added.
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
	WINEDEBUG=-all timeout 30 wineserver -p
	trap 'WINEDEBUG=-all timeout 30 wineserver -k' EXIT
	RUN_ON_TIMEOUT=120 $run windows-x86_64 "$ROOT/${BUILD:-build}/windows-x86_64/hello-c.exe" >/dev/null 2>&1
fi

for lib in "$P"/lib/minrt/*/; do
	t=$(basename "$lib")
	MINRT_CPUFLAGS= MINRT_CHIP=
	. toolchain/targets/$t.conf
	x=$MINRT_EXE_SUFFIX

	# gcc --specs=..., default and tiny layouts (Cortex-M: the core's flags
	# on the command line, as the specs file says).
	for s in minrt minrt-tiny; do
		rm -f "$W/h$x"
		$MINRT_CC $MINRT_CPUFLAGS --specs="$lib/$s.specs" examples/hello-c/main.c -o "$W/h$x" 2>"$W/err" || cat "$W/err"
		check "$t: $MINRT_CC --specs=$s.specs builds hello" 0 "$HELLO" "" -- $run $t "$W/h$x"
	done

	# CC=<wrapper> make on a project that knows nothing of minrt (mingw's
	# gcc names the program greet.exe).
	rm -rf "$W/cp" && cp -R tests/fixtures/cproject "$W/cp"
	(cd "$W/cp" && CC="$P/bin/$MINRT_CC_WRAPPER" make -s >"$W/err" 2>&1) || cat "$W/err"
	g=$W/cp/greet
	[ -f "$g.exe" ] && g=$g.exe
	check "$t: CC=$MINRT_CC_WRAPPER make builds an unchanged project" 0 $'Hello, kit!\n' "" -- $run $t "$g" kit

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
	(cmake -S "$W/cm/src/cmake" -B "$W/cm/b" -DCMAKE_TOOLCHAIN_FILE="$P/share/minrt/cmake/$t.cmake" &&
		cmake --build "$W/cm/b") >"$W/err" 2>&1 || cat "$W/err"
	check "$t: cmake -DCMAKE_TOOLCHAIN_FILE=$t.cmake builds and runs" 0 $'Hello, cmake!\n' "" -- $run $t "$W/cm/b/greet$x" cmake

	# pkg-config (its flags carry the core's flags on Cortex-M).
	flags=$(PKG_CONFIG_PATH="$P/lib/pkgconfig" pkg-config --cflags --libs minrt-$t)
	rm -f "$W/p$x"
	$MINRT_CC examples/hello-c/main.c $flags -o "$W/p$x" 2>"$W/err"
	check "$t: pkg-config minrt-$t" 0 "$HELLO" "" -- $run $t "$W/p$x"
done

# Cargo: `cargo new`, then minrt-new-rust, then cargo build.
if [ -d "$P/lib/minrt/linux-x86_64" ]; then
	(cd "$W" && cargo new --quiet --bin app && cd app && "$P/bin/minrt-new-rust" . >/dev/null &&
		cargo build --release --quiet) >"$W/err" 2>&1 || cat "$W/err"
	check "linux-x86_64: cargo new + minrt-new-rust + cargo build --release" 0 "$HELLO" "" -- \
		"$W/app/target/x86_64-unknown-linux-gnu/release/app"
	(cd "$W/app" && cargo build --release --quiet --features minrt/tiny &&
		llvm-objcopy --strip-sections target/x86_64-unknown-linux-gnu/release/app ../app-tiny) >"$W/err" 2>&1 || cat "$W/err"
	check "linux-x86_64: the same, tiny layout" 0 "$HELLO" "" -- "$W/app-tiny"
fi

make -s uninstall PREFIX="$P" >"$W/err" 2>&1 || cat "$W/err"
after=$(cd "$P" 2>/dev/null && find . | sort)
[ "$after" = "$before" ] && ok "make uninstall removes exactly what install added" ||
	notok "make uninstall removes exactly what install added" "left: $(diff <(echo "$before") <(echo "$after") | tr '\n' ' ')"
rm -rf "$(dirname "$P")" "$W"
