#!/bin/bash
# Every standard header of minrt's C library compiles alone, with -Wall
# -Wextra -pedantic -Werror, as C89 (gnu89), C99, C11, C17 and C++11/17, for
# each target's compiler, with no include path but minrt's and the
# compiler's own (the flags the examples use). (minrt.h: the kit's
# suite.) And the inttypes.h PRI
# macros match the types gcc's format checking expects.
cd "$(dirname "$0")/../.." || exit 99
. tests/lib.sh
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

headers="assert.h ctype.h errno.h inttypes.h limits.h math.h stdint.h stdlib.h string.h strings.h"
[ -f crt/include/stdio.h ] && headers="$headers stdio.h"

for cc in gcc x86_64-w64-mingw32-gcc arm-none-eabi-gcc; do
	command -v $cc >/dev/null || { echo "not ok - headers $cc: not installed"; continue; }
	# -I, not -isystem, for crt/include: warnings in system headers are hidden.
	inc="-nostdinc -I crt/include -isystem $($cc -print-file-name=include) -idirafter crt/include/mingw-next"
	cxx=${cc%gcc}g++
	fail=
	# Each header alone (it includes what it needs), then all of them
	# together, twice (include guards), in every standard.
	for h in $headers; do
		printf '#include <%s>\nint minrt_header_test;\n' "$h" >"$tmp/$h.c"
		$cc $inc -std=gnu89 -Wall -Wextra -pedantic -Werror -fsyntax-only "$tmp/$h.c" 2>"$tmp/err" ||
			{ fail+=" $h"; sed 's/^/# /' "$tmp/err" | head -5; }
	done
	for h in $headers $headers; do printf '#include <%s>\n' "$h"; done >"$tmp/all.c"
	echo 'int minrt_header_test;' >>"$tmp/all.c"
	for std in gnu89 c89 c99 c11 c17 c++11 c++17; do
		case $std in c++*) c="$cxx -x c++" ;; *) c=$cc ;; esac
		command -v ${c%% *} >/dev/null || continue	# no C++ compiler for mingw here
		$c $inc -std=$std -Wall -Wextra -pedantic -Werror -fsyntax-only "$tmp/all.c" 2>"$tmp/err" ||
			{ fail+=" all/$std"; sed 's/^/# /' "$tmp/err" | head -5; }
	done
	if [ -z "$fail" ]; then ok "headers compile alone in every standard ($cc)"
	else notok "headers compile alone in every standard ($cc)" "failed:$fail"; fi
	# The PRI macros against the real types, through gcc's format check.
	cat >"$tmp/pri.c" <<'C'
#include <inttypes.h>
int printf(const char *, ...) __attribute__((__format__(__printf__, 1, 2)));
void f(void)
{
#define T(t, m) printf("%" m, (t)0)
#define ALL(x) T(int8_t, PRI##x##8); T(int16_t, PRI##x##16); T(int32_t, PRI##x##32); T(int64_t, PRI##x##64); \
	T(int_least8_t, PRI##x##LEAST8); T(int_least16_t, PRI##x##LEAST16); T(int_least32_t, PRI##x##LEAST32); \
	T(int_least64_t, PRI##x##LEAST64); T(int_fast8_t, PRI##x##FAST8); T(int_fast16_t, PRI##x##FAST16); \
	T(int_fast32_t, PRI##x##FAST32); T(int_fast64_t, PRI##x##FAST64); T(intmax_t, PRI##x##MAX); T(intptr_t, PRI##x##PTR)
#define UALL(x) T(uint8_t, PRI##x##8); T(uint16_t, PRI##x##16); T(uint32_t, PRI##x##32); T(uint64_t, PRI##x##64); \
	T(uint_fast16_t, PRI##x##FAST16); T(uint_fast32_t, PRI##x##FAST32); T(uintmax_t, PRI##x##MAX); T(uintptr_t, PRI##x##PTR)
	ALL(d); ALL(i); UALL(u); UALL(x); UALL(X); UALL(o);
}
C
	for cpu in "" $( [ $cc = arm-none-eabi-gcc ] && echo "-mcpu=cortex-m0" ); do
		check "inttypes.h PRI macros match the types ($cc $cpu)" 0 "" "" -- \
			$cc $cpu $inc -std=c11 -Wformat=2 -Werror -c "$tmp/pri.c" -o "$tmp/pri.o"
	done
done
