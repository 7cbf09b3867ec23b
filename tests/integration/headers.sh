#!/bin/bash
# minrt.h, the kit's own header, compiles in each language mode a user may
# pick -- gnu89, c99, c11, c17, c++11, c++17 -- with -Wall -Wextra
# -pedantic-errors, for each target's compiler, on exactly the include
# path the kit gives (toolchain/gen-kit --cflags: -nostdinc, minrt's
# headers, the compiler's). It is named with -I, not -isystem: gcc hides
# warnings in system headers, and it must have none to hide. (The C
# library's standard headers: tests/libc/headers.sh.) In C++ every
# installed header that declares functions must give them C linkage.
# mingw has no C++ compiler here; C++ is checked with gcc's and arm's.
cd "$(dirname "$0")/../.."
. tests/lib.sh

headers=(crt/include/minrt.h)
# compiler:target:flags
compilers=(
	"gcc:linux-x86_64:"
	"x86_64-w64-mingw32-gcc:windows-x86_64:"
	"arm-none-eabi-gcc:cortex-m0:-mcpu=cortex-m0 -mthumb"
	"arm-none-eabi-gcc:cortex-m4f:-mcpu=cortex-m4 -mthumb -mfloat-abi=hard -mfpu=fpv4-sp-d16"
)
T=$(mktemp -d)
for c in "${compilers[@]}"; do
	cc=${c%%:*} rest=${c#*:}
	t=${rest%%:*} cpu=${rest#*:}
	command -v "$cc" >/dev/null || { notok "headers: $cc" "not installed"; continue; }
	# The kit's include flags, with -I for -isystem (see above).
	inc=$(toolchain/gen-kit --cflags "$t" crt/include | sed 's/.*\(-nostdinc\)/\1/; s/-isystem crt\/include/-I crt\/include/')
	cxx=${cc%gcc}g++
	for mode in c:gnu89 c:c99 c:c11 c:c17 c++:c++11 c++:c++17; do
		lang=${mode%%:*} std=${mode#*:} drv=$cc
		if [ "$lang" = c++ ]; then
			command -v "$cxx" >/dev/null || continue
			drv=$cxx
		fi
		bad=()
		for h in "${headers[@]}"; do
			printf '#include <%s>\nint minrt_header_test;\n' "$(basename "$h")" >"$T/t.c"
			# shellcheck disable=SC2086
			if ! $drv $cpu -x $lang -std=$std $inc -Wall -Wextra -pedantic-errors -fsyntax-only "$T/t.c" 2>"$T/err"; then
				bad+=("$(basename "$h"): $(grep -m1 error "$T/err")")
			fi
		done
		if [ ${#bad[@]} = 0 ]; then
			ok "headers: $drv${cpu:+ $cpu} -std=$std: minrt.h compiles, -Wall -Wextra -pedantic-errors"
		else
			notok "headers: $drv${cpu:+ $cpu} -std=$std: minrt.h compiles, -Wall -Wextra -pedantic-errors" "${bad[@]}"
		fi
	done
done
# C linkage: a header with a function prototype has an extern "C" block.
bad=()
for h in crt/include/*.h; do
	grep -qE '^[a-z_][a-z_0-9 *]*\(' "$h" && ! grep -q 'extern "C"' "$h" && bad+=("$h")
done
[ ${#bad[@]} = 0 ] && ok "headers: every header that declares functions gives them C linkage in C++" ||
	notok "headers: every header that declares functions gives them C linkage in C++" "${bad[@]}"
rm -rf "$T"
