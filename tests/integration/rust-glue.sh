#!/bin/bash
# The glue crate as a user meets it: cargo builds in an example's folder
# (release and debug), and warning-free builds on rustc 1.63 and stable.
cd "$(dirname "$0")/../.."
. tests/lib.sh
T=$(realpath -m "${BUILD:-build}")/cargo
HELLO=$'Hello, world!\n'
RUSTC_OLD=${RUSTC_WINDOWS:-/usr/bin/rustc}

# In the folder, with nothing but the kit and .cargo/config.toml: the
# crate's build script compiles the C runtime itself (no MINRT_LIB_DIR).
out=$(cd examples/hello-rust && env -u MINRT_LIB_DIR cargo build --release --quiet --target-dir "$T/standalone" 2>&1)
check "cargo build --release in examples/hello-rust" 0 "$HELLO" "" -- "$T/standalone/x86_64-unknown-linux-gnu/release/hello-rust"
[ -z "$out" ] || echo "$out"

# Debug: no LTO, so core's unwinding symbols must come from the runtime.
out=$(cd examples && env -u MINRT_LIB_DIR cargo build --quiet --target-dir "$T/debug" 2>&1)
D=$T/debug/x86_64-unknown-linux-gnu/debug
check "cargo build (debug): hello-rust" 0 "$HELLO" "" -- $D/hello-rust
check "cargo build (debug): panic-rust" 101 "" $'panicked at panic-rust/src/main.rs:10:9:\nboom: 1 argument(s)\n' -- $D/panic-rust
check "cargo build (debug): args-rust" 0 $'a\n' "" -- env -i $D/args-rust a
[ -z "$out" ] || echo "$out"

# No core::fmt unless a program asks for it (panic-message, the printing
# macros): built with symbols, each program's code is searched for
# core::fmt. panic-rust and hello-fmt-rust, which format, must have it, or
# the search proves nothing.
out=$(cd examples && CARGO_PROFILE_RELEASE_STRIP=false env -u MINRT_LIB_DIR cargo build --release --quiet \
	--target-dir "$T/symbols" 2>&1)
[ -z "$out" ] || echo "$out"
R=$T/symbols/x86_64-unknown-linux-gnu/release
for p in hello-rust args-rust print-rust hello-nofmt-rust panic-rust hello-fmt-rust; do
	n=$(nm -C "$R/$p" 2>/dev/null | grep -c 'core::fmt')
	if [ $p = panic-rust ] || [ $p = hello-fmt-rust ]; then
		[ "$n" -gt 0 ] && ok "$p (formats) links core::fmt ($n symbols)" ||
			notok "$p (formats) links core::fmt" "none found: the search is broken"
	else
		[ "$n" = 0 ] && ok "$p links no core::fmt" || notok "$p links no core::fmt" "$(nm -C "$R/$p" | grep 'core::fmt')"
	fi
done

# Warning-free on both compilers, for each feature set. rustc 1.63 needs
# RUSTC_BOOTSTRAP=1 only for panic-message (PanicInfo::message was unstable).
features=("" 'feature="panic-handler"' 'feature="panic-handler" feature="panic-message"')
[ -f crt/rust/src/alloc.rs ] && features+=('feature="panic-handler" feature="alloc"')
tmp=$(mktemp -d)
for rc in rustc "$RUSTC_OLD"; do
	ver=$($rc --version 2>/dev/null | awk '{print $2}')
	[ -n "$ver" ] || { notok "glue crate: $rc not found"; continue; }
	for f in "${features[@]}"; do
		cfgs=()
		for c in $f; do cfgs+=(--cfg "$c"); done
		case "$ver" in 1.[0-7]*) ;; *) cfgs+=(--cfg minrt_panic_message) ;; esac
		msg=$(RUSTC_BOOTSTRAP=1 $rc --edition 2021 --crate-type rlib --crate-name minrt -C panic=abort \
			-D warnings "${cfgs[@]}" --out-dir "$tmp" crt/rust/src/lib.rs 2>&1)
		if [ $? = 0 ] && [ -z "$msg" ]; then
			ok "glue crate builds warning-free: rustc $ver [${f:-no features}]"
		else
			notok "glue crate builds warning-free: rustc $ver [${f:-no features}]" "$msg"
		fi
	done
done
rm -rf "$tmp"
