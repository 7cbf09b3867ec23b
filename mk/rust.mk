# mk/rust.mk - the glue crate's API beyond the hello worlds (issue 11):
# formatted printing, io, fs, time, random, on every target, checked by
# tests/integration/rust-api.sh. The examples that need no allocator are
# members of examples/Cargo.toml's workspace (built by linux-x86_64.mk) and
# listed in the Windows and Cortex-M fragments; io-rust uses the allocator,
# so it is a workspace of its own, as alloc-rust is.

RUST_IO_SRCS := $(shell find crt/rust examples/io-rust examples/.cargo -type f -not -path '*/target/*' 2>/dev/null)
$(LXB)/io-rust: $(RUST_IO_SRCS) $(LXB)/libminrt.a linker-scripts/$(LX).ld | $(DEPS_STAMP)
	cd examples/io-rust && MINRT_LIB_DIR=$(abspath $(LXB)) $(CARGO) build --release --quiet \
		--target x86_64-unknown-linux-gnu --target-dir $(abspath $(BUILD))/cargo/io
	cp $(BUILD)/cargo/io/x86_64-unknown-linux-gnu/release/io-rust $@

ALL_OUTPUTS += $(LXB)/io-rust
TEST_DEPS += $(LXB)/io-rust
TEST_SUITES += tests/integration/rust-api.sh tests/integration/rust-libc.sh
