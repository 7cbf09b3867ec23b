#!/bin/bash
# tests/size/svg.sh - the sizes report renders: sizes.tsv has the fixed
# header, sizes.md shows ratios and `not built:` peers, and sizes.svg renders
# with a real renderer (rsvg-convert) to a PNG that is neither empty nor
# blank and shows ours highlighted. Uses a sample: fixture artifacts and
# the peer rows in tests/size/fixtures/peers.tsv (no peers are built, no
# valgrind). Also renders build/sizes.svg when a `make sizes` left one.
set -u
cd "$(dirname "$0")/../.."
. tests/lib.sh
SIZES=toolchain/sizes.py
BUILD=${BUILD:-build}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

${CC_LINUX:-gcc} -Os -s -o "$tmp/hello" tests/size/fixture.c || { notok "cannot build the fixture"; exit 1; }
printf '%s\n' "linux-x86_64:hello-c:minrt:$tmp/hello" >"$tmp/list"
i=0
while IFS= read -r line; do
	i=$((i + 1))
	printf '%s\n' "$line" >"$tmp/peer$i.row"
done <tests/size/fixtures/peers.tsv
if $SIZES sizes --no-instructions --artifacts "$tmp/list" --out "$tmp/out" --peers "$tmp"/peer*.row >"$tmp/log" 2>&1; then
	ok "sizes.py sizes on a sample"
else
	notok "sizes.py sizes on a sample" "$(cat "$tmp/log")"
	exit 0
fi

[ "$(head -1 "$tmp/out/sizes.tsv")" = $'target\tprogram\tvariant\tbytes\ttext\tdata\tbss\tinstructions' ] &&
	ok "sizes.tsv header" || notok "sizes.tsv header" "$(head -1 "$tmp/out/sizes.tsv")"
grep -q $'^cortex-m3\thello-c\tpicolibc\t-\t' "$tmp/out/sizes.tsv" &&
	ok "sizes.tsv: an unbuilt peer has bytes -" || notok "sizes.tsv: an unbuilt peer has bytes -"
grep -q 'not built: arm-none-eabi-gcc not found' "$tmp/out/sizes.md" &&
	ok "sizes.md: not built: <reason>" || notok "sizes.md: not built: <reason>"
grep -Eq '^\| hello-c \| glibc \| 14,480 .*\| [0-9.]+× \|' "$tmp/out/sizes.md" &&
	ok "sizes.md: a peer has its ratio to ours" || notok "sizes.md: a peer has its ratio to ours" "$(cat "$tmp/out/sizes.md")"

# a peer whose toolchain is missing, or whose build fails, is a row, not an error
if $SIZES peer --target cortex-m3 --program hello-c --variant picolibc --bin "$tmp/p.elf" --row "$tmp/p.row" \
	--needs no-such-cc-here --cmd 'exit 1' 2>/dev/null &&
	[ "$(cut -f4,9 "$tmp/p.row")" = $'-\tno-such-cc-here not found' ]; then
	ok "a peer with a missing toolchain: bytes -, reason recorded"
else
	notok "a peer with a missing toolchain: bytes -, reason recorded" "$(cat "$tmp/p.row" 2>&1)"
fi
if $SIZES peer --target linux-x86_64 --program hello-c --variant broken --bin "$tmp/b" --row "$tmp/b.row" \
	--cmd 'echo "hello.c:1: error: nope" >&2; exit 1' 2>/dev/null &&
	grep -q $'\t-\t.*build failed (hello.c:1: error: nope)' "$tmp/b.row"; then
	ok "a peer whose build fails: bytes -, the error line recorded"
else
	notok "a peer whose build fails: bytes -, the error line recorded" "$(cat "$tmp/b.row" 2>&1)"
fi

# render an SVG; check the PNG: size, colours, ours' highlight colour
render() { # NAME SVG
	local name=$1 svg=$2 png stats
	png=$tmp/render$RANDOM.png
	if ! command -v rsvg-convert >/dev/null; then
		notok "$name: rsvg-convert not found (Debian package librsvg2-bin)"
		return
	fi
	if ! timeout 30 rsvg-convert -o "$png" "$svg" 2>"$tmp/err"; then
		notok "$name: rsvg-convert failed" "$(cat "$tmp/err")"
		return
	fi
	[ -s "$png" ] || { notok "$name: empty PNG"; return; }
	stats=$($SIZES png-stats --highlight e8590c "$png") || { notok "$name: PNG does not decode"; return; }
	read -r w h colours hl <<<"$stats"
	if [ "$w" -ge 400 ] && [ "$h" -ge 100 ] && [ "$colours" -ge 4 ]; then
		ok "$name: renders to a ${w}x$h PNG with $colours colours"
	else
		notok "$name: renders blank or tiny" "$stats"
	fi
	[ "$hl" -gt 0 ] && ok "$name: ours drawn in the highlight colour ($hl pixels)" ||
		notok "$name: no pixels in ours' highlight colour"
}
render "sample sizes.svg" "$tmp/out/sizes.svg"
if [ -s "$BUILD/sizes.svg" ]; then
	render "$BUILD/sizes.svg (last make sizes)" "$BUILD/sizes.svg"
else
	notok "$BUILD/sizes.svg renders" "missing: run make sizes first (make test runs it, in the README suite)"
fi
