#!/bin/bash
# Crates that link the libc crate, on linux-x86_64: a no_std program whose
# dependencies call C (hashbrown's default hasher seeds from getrandom,
# which calls syscall(2) through libc; memchr with its libc feature calls
# memchr(3); errno reads __errno_location) links against minrt, not glibc,
# built through the Cargo template with Debian's vendored crates. Its
# output must equal its std twin's (the same source with --features std).
# A crate asking for a function minrt lacks fails to link naming it.
cd "$(dirname "$0")/../.."
. tests/lib.sh
ROOT=$PWD
BUILD=$(realpath -m "${BUILD:-build}")
T=$BUILD/rust-libc
rm -rf "$T/src"
mkdir -p "$T/src"
REG='
[source.crates-io]
replace-with = "debian"

[source.debian]
directory = "/usr/share/cargo/registry"'

# The minrt build: the template's .cargo/config.toml (its link flags) plus
# Debian's registry, around the fixture's Cargo.toml and source.
W=$T/src/wordfreq
cp -R tests/fixtures/wordfreq-rust "$W"
sed -i "s#path = \"../../../crt/rust\"#path = \"$ROOT/crt/rust\"#" "$W/Cargo.toml"
rm -rf "$W/.cargo"
mkdir "$W/.cargo"
{ cat examples/template-rust/.cargo/config.toml; echo "$REG"; } >"$W/.cargo/config.toml"
# The std twin: the same source, plain cargo, Debian's registry only.
S=$T/src/wordfreq-std
cp -R "$W" "$S"
echo "$REG" >"$S/.cargo/config.toml"

out=$(cd "$W" && env -u MINRT_LIB_DIR cargo build --release --quiet --offline --target-dir "$T/minrt" 2>&1)
st=$?
MIN=$T/minrt/x86_64-unknown-linux-gnu/release/wordfreq-rust
[ $st = 0 ] && [ -x "$MIN" ] && ok "wordfreq (hashbrown, memchr, errno, libc) builds on minrt through the template" ||
	notok "wordfreq (hashbrown, memchr, errno, libc) builds on minrt through the template" "$out"
out=$(cd "$S" && cargo build --release --quiet --offline --no-default-features --features std \
	--target-dir "$T/std" 2>&1)
STD=$T/std/release/wordfreq-rust
[ -x "$STD" ] || notok "wordfreq std twin builds" "$out"

# Nothing of glibc: a static program with no interpreter and no PLT.
if [ -x "$MIN" ]; then
	hdr=$(readelf -lW "$MIN")
	! echo "$hdr" | grep -q INTERP && [ "$(readelf -SW "$MIN" | grep -cE '\] \.(plt|iplt|rela\.plt)[ .]')" = 0 ] &&
		ok "wordfreq on minrt: static, no interpreter, no PLT" ||
		notok "wordfreq on minrt: static, no interpreter, no PLT" "$hdr"
fi

# The same words in, the same counts out; a bigger input exercises growth.
for i in 1 2 3 4 5 6 7 8; do cat README.md HACKING.md; done >"$T/words"
want=$("$STD" <"$T/words")
STDIN=$T/words check "wordfreq on minrt prints what the std twin prints" 0 "$want
" "" -- "$MIN"
STDIN=/dev/null check "wordfreq on minrt: empty input" 0 "$("$STD" </dev/null)
" "" -- "$MIN"
case "$want" in *"errno 2") ok "wordfreq: open(2) failure read back through __errno_location (ENOENT)" ;;
*) notok "wordfreq: open(2) failure read back through __errno_location (ENOENT)" "$want" ;; esac

# The figures: size of each (size profile, stripped), minrt/std.
if [ -x "$MIN" ] && [ -x "$STD" ]; then
	a=$(stat -c %s "$MIN") b=$(stat -c %s "$STD")
	ok "wordfreq sizes: minrt $a B, std $b B ($(awk "BEGIN{printf \"%.1f\", $b/$a}")x smaller)"
fi

# A function minrt does not have: the link fails and says which.
M=$T/src/missing
cp -R "$W" "$M"
cat >"$M/src/main.rs" <<'EOF'
#![no_std]
#![no_main]
minrt::main!(run);
fn run() -> i32 {
    unsafe { libc::pthread_create(core::ptr::null_mut(), core::ptr::null(), start, core::ptr::null_mut()) }
}
extern "C" fn start(_: *mut libc::c_void) -> *mut libc::c_void {
    core::ptr::null_mut()
}
EOF
out=$(cd "$M" && env -u MINRT_LIB_DIR cargo build --release --quiet --offline --target-dir "$T/missing" 2>&1)
echo "$out" | grep -q "undefined reference to \`pthread_create'" &&
	ok "a libc function minrt lacks: the link error names it (pthread_create)" ||
	notok "a libc function minrt lacks: the link error names it (pthread_create)" "$out"
