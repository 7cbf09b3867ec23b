#!/bin/bash
# tests/realcode/run.sh (make realcode): real third-party C code, unmodified,
# built through minrt for linux-x86_64, windows-x86_64 (wine) and
# cortex-m3 (QEMU), then run. Sources are Debian's source packages, fetched
# into $BUILD/realcode with a private apt configuration (a deb-src line
# derived from the machine's own sources); nothing is committed. Offline,
# the fetch fails and so does this script: it never skips silently.
#   lz4          lib/lz4.c + tests/realcode/lz4-roundtrip.c
#   cJSON        cJSON.c + tests/realcode/cjson-roundtrip.c (needs stdio.h,
#                locale.h: reported as missing until they exist)
#   libtomcrypt  sha256 + tests/realcode/sha256.c (needs time.h, stdio.h)
# Prints ok/not ok lines like a suite; run by hand, not by make test.
cd "$(dirname "$0")/../.." || exit 99
. tests/lib.sh
B=${BUILD:-build}
R=$PWD/$B/realcode
export RUN_ON_TIMEOUT=120 WINEPREFIX=$PWD/$B/wine WINEDEBUG=-all
TIMEOUT=150
mkdir -p "$WINEPREFIX"
timeout 30 wineserver -p
trap 'timeout 30 wineserver -k' EXIT
mkdir -p "$R/apt/lists/partial" "$R/apt/parts" "$R/src"

# --- fetch ------------------------------------------------------------------
awk 'BEGIN { p = 1 } /^$/ { if (seen) p = 0 } p { print; seen = 1 }' /etc/apt/sources.list.d/debian.sources |
	sed 's/^Types: deb$/Types: deb-src/' >"$R/apt/parts/src.sources"
APT=(-o Dir::Etc::sourcelist=- -o Dir::Etc::sourceparts="$R/apt/parts" -o Dir::State::Lists="$R/apt/lists")
if ! ls "$R"/apt/lists/*Sources* >/dev/null 2>&1; then
	timeout 300 apt-get "${APT[@]}" update >/dev/null 2>&1 || { notok "apt-get update (deb-src)"; exit 1; }
fi
for p in lz4 cjson libtomcrypt; do
	if ! ls "$R/src/$p"_*.orig.tar.* >/dev/null 2>&1; then
		(cd "$R/src" && timeout 300 apt-get "${APT[@]}" source --download-only "$p" >/dev/null 2>&1) ||
			{ notok "fetch $p"; continue; }
	fi
	for t in "$R/src/$p"_*.orig.tar.*; do tar -xf "$t" -C "$R/src"; done
done
LZ4=$(ls -d "$R"/src/lz4-*/lib | head -1)
CJSON=$(ls -d "$R"/src/cJSON-* | head -1)
TOM=$(ls -d "$R"/src/libtomcrypt-* | head -1)

# --- how each target builds a program (the examples' flags) -----------------
inc() { echo "-nostdinc -isystem crt/include -isystem $($1 -print-file-name=include)"; }
LXF="-Os -fno-pie -fno-stack-protector -fno-asynchronous-unwind-tables -ffunction-sections -fdata-sections $(inc gcc)"
LXL="-static -nostdlib -nostartfiles -Wl,--gc-sections,--build-id=none -L$B/linux-x86_64 -T linker-scripts/linux-x86_64.ld -lminrt -lgcc"
WXF="-Os -fno-stack-protector -fno-asynchronous-unwind-tables -ffunction-sections -fdata-sections $(inc x86_64-w64-mingw32-gcc) -isystem crt/include/mingw-next"
WXL="-nostdlib -nostartfiles -Wl,--gc-sections -L$B/windows-x86_64 -T linker-scripts/windows-x86_64.ld -lminrt -lkernel32 -lgcc"
CMF="-mcpu=cortex-m3 -mthumb -Os -fno-asynchronous-unwind-tables -ffunction-sections -fdata-sections $(inc arm-none-eabi-gcc)"
CML="-nostdlib -nostartfiles -Wl,--gc-sections,--no-warn-rwx-segments -Llinker-scripts/cortex-m -T lm3s6965.ld $B/cortex-m3/chips/lm3s6965.o -L$B/cortex-m3 -lminrt -lgcc"

# build_run NAME EXPECTED-STDOUT SOURCES... [-- EXTRA-CFLAGS]
build_run() {
	local name=$1 want=$2 srcs=() extra=() log
	shift 2
	while [ $# -gt 0 ] && [ "$1" != -- ]; do srcs+=("$1"); shift; done
	[ "$1" = -- ] && shift && extra=("$@")
	for t in linux-x86_64 windows-x86_64 cortex-m3; do
		log=$R/$name-$t.log
		case $t in
		linux-x86_64) out=$R/$name; cmd=(gcc $LXF "${extra[@]}" "${srcs[@]}" $LXL -o "$out") ;;
		windows-x86_64) out=$R/$name.exe; cmd=(x86_64-w64-mingw32-gcc $WXF "${extra[@]}" "${srcs[@]}" $WXL -o "$out") ;;
		cortex-m3) out=$R/$name.elf; cmd=(arm-none-eabi-gcc $CMF "${extra[@]}" "${srcs[@]}" $CML -o "$out") ;;
		esac
		if ! "${cmd[@]}" >"$log" 2>&1; then
			notok "$t: $name builds" "$(grep -E 'error|undefined reference' "$log" | sort -u | head -8)"
			continue
		fi
		ok "$t: $name builds ($(stat -c %s "$out") bytes)"
		check "$t: $name runs" 0 "$want" "" -- tests/run-on $t "$out"
	done
}

build_run lz4 $'lz4: 8192 -> 3016 -> 8192 bytes, same\n' \
	tests/realcode/lz4-roundtrip.c "$LZ4/lz4.c" -- -I"$LZ4" -DLZ4_HEAPMODE=1
[ -f tests/realcode/cjson-roundtrip.c ] &&
	build_run cjson "$(cat tests/realcode/cjson-roundtrip.expected)" \
		tests/realcode/cjson-roundtrip.c "$CJSON/cJSON.c" -- -I"$CJSON"
[ -f tests/realcode/sha256.c ] &&
	build_run tomcrypt-sha256 $'sha256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\n' \
		tests/realcode/sha256.c "$TOM/src/hashes/sha2/sha256.c" "$TOM/src/misc/compare_testvector.c" \
		"$TOM/src/misc/crypt/crypt_argchk.c" "$TOM/src/hashes/helper/hash_memory.c" \
		-- -I"$TOM/src/headers" -DLTC_NO_TEST -DARGTYPE=3
exit 0
