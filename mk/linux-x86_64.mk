# Linux x86_64: the runtime, the examples in both layouts, the static PIE.

LX := linux-x86_64
LXB := $(BUILD)/$(LX)
LX_CFLAGS := $(shell cat crt/$(LX)/cflags)
LX_SRCS := $(sort $(wildcard crt/common/*.c crt/libc/*/*.c crt/$(LX)/*.c crt/$(LX)/*.S))
LX_OBJS := $(patsubst crt/%,$(LXB)/obj/%.o,$(LX_SRCS))
LX_HDRS := $(wildcard crt/include/*.h crt/common/*.h crt/libc/internal/*.h crt/$(LX)/*.h) crt/$(LX)/cflags

# How users compile and link a minrt program (README repeats these), as
# every kit route does (toolchain/gen-kit --cflags: the conf's defaults,
# hosted, -nostdinc with minrt's headers and the compiler's). -fno-pie there: Debian's gcc
# builds PIE by default; a static program at a fixed address takes 5-byte
# absolute addresses instead of 7-byte rip-relative ones.
LX_PROG_CFLAGS := $(shell toolchain/gen-kit --cflags $(LX) crt/include)
LX_LDFLAGS := $(call kit_conf,$(LX),MINRT_LDFLAGS) -L$(LXB)
LX_TINY_LDFLAGS := $(LX_LDFLAGS) $(call kit_conf,$(LX),MINRT_TINY_LDFLAGS) -T linker-scripts/$(LX)-tiny.ld
LX_DEFAULT_LDFLAGS := $(LX_LDFLAGS) -T linker-scripts/$(LX).ld

LX_C_EXAMPLES := hello-c exit-c
LX_RUST_EXAMPLES := hello-rust args-rust panic-rust print-rust hello-fmt-rust hello-nofmt-rust \
	fmt-rust time-random-rust
LX_PROGRAMS := $(LX_C_EXAMPLES) $(LX_RUST_EXAMPLES)
# Test programs, not measured by the size suite.
LX_UNSIZED := fmt-rust time-random-rust
LX_OUTPUTS := $(LXB)/libminrt.a \
	$(addprefix $(LXB)/,$(LX_PROGRAMS) $(addsuffix -tiny,$(LX_PROGRAMS))) \
	$(LXB)/pie-c $(LXB)/pie-c-relr $(LXB)/ssp-c $(LXB)/sys-c

ALL_OUTPUTS += $(LX_OUTPUTS)
SIZE_ARTIFACTS += $(foreach p,$(filter-out $(LX_UNSIZED),$(LX_PROGRAMS)),$(LX):$(p):minrt:$(LXB)/$(p) $(LX):$(p):minrt-tiny:$(LXB)/$(p)-tiny)

.PHONY: $(LX)
$(LX): $(LX_OUTPUTS)

$(LXB)/obj/%.o: crt/% $(LX_HDRS) | $(DEPS_STAMP)
	@mkdir -p $(@D)
	$(CC_LINUX) $(LX_CFLAGS) -Icrt/include -Icrt/common -Icrt/$(LX) -c $< -o $@

$(LXB)/libminrt.a: $(LX_OBJS)
	@rm -f $@
	$(AR) crs $@ $^

# C examples: examples/<name>/main.c. The default layout keeps section
# headers (tools want them) but no symbols; the tiny one drops both.
# LX_EXTRA.<name>: an example's own link flags.
$(LXB)/%: examples/%/main.c $(LXB)/libminrt.a linker-scripts/$(LX).ld
	$(CC_LINUX) $(LX_PROG_CFLAGS) $< $(LX_DEFAULT_LDFLAGS) $(LX_EXTRA.$*) -lminrt -s -o $@

$(LXB)/%-tiny: examples/%/main.c $(LXB)/libminrt.a linker-scripts/$(LX)-tiny.ld
	$(CC_LINUX) $(LX_PROG_CFLAGS) $< $(LX_TINY_LDFLAGS) $(LX_EXTRA.$*) -lminrt -o $@
	$(OBJCOPY) --strip-sections $@

# Static PIE, with classic RELA relocations and with packed RELR ones.
LX_PIE_LDFLAGS := -static-pie -nostdlib -nostartfiles -Wl,--gc-sections,--build-id=none \
	-Wl,-Ttext-segment=0,-e,__minrt_start_pie,-u,__minrt_start_pie -L$(LXB) -T linker-scripts/$(LX).ld
$(LXB)/pie-c: examples/pie-c/main.c $(LXB)/libminrt.a linker-scripts/$(LX).ld
	$(CC_LINUX) $(LX_PROG_CFLAGS) -fPIE $< $(LX_PIE_LDFLAGS) -lminrt -s -o $@
$(LXB)/pie-c-relr: examples/pie-c/main.c $(LXB)/libminrt.a linker-scripts/$(LX).ld
	$(CC_LINUX) $(LX_PROG_CFLAGS) -fPIE $< $(LX_PIE_LDFLAGS) -Wl,-z,pack-relative-relocs -lminrt -s -o $@

# The stack protector, as a user would turn it on.
$(LXB)/ssp-c: examples/ssp-c/main.c $(LXB)/libminrt.a linker-scripts/$(LX).ld
	$(CC_LINUX) $(LX_PROG_CFLAGS) -fstack-protector-strong -O1 $< $(LX_DEFAULT_LDFLAGS) -lminrt -o $@

# Rust examples: one cargo run builds the workspace per layout, linking the
# libminrt.a built above (MINRT_LIB_DIR) rather than compiling its own.
LX_RUST_SRCS := $(shell find crt/rust examples/Cargo.toml examples/.cargo $(addprefix examples/,$(LX_RUST_EXAMPLES)) -type f -not -path '*/target/*' 2>/dev/null)
LX_CARGO = cd examples && MINRT_LIB_DIR=$(abspath $(LXB)) $(CARGO) build --release --quiet --target x86_64-unknown-linux-gnu

$(addprefix $(LXB)/,$(LX_RUST_EXAMPLES)) &: $(LX_RUST_SRCS) $(LXB)/libminrt.a linker-scripts/$(LX).ld
	$(LX_CARGO) --target-dir $(abspath $(BUILD))/cargo/default
	for p in $(LX_RUST_EXAMPLES); do cp $(BUILD)/cargo/default/x86_64-unknown-linux-gnu/release/$$p $(LXB)/$$p; done

$(addprefix $(LXB)/,$(addsuffix -tiny,$(LX_RUST_EXAMPLES))) &: $(LX_RUST_SRCS) $(LXB)/libminrt.a linker-scripts/$(LX)-tiny.ld
	$(LX_CARGO) --target-dir $(abspath $(BUILD))/cargo/tiny --features minrt/tiny
	for p in $(LX_RUST_EXAMPLES); do \
		$(OBJCOPY) --strip-sections $(BUILD)/cargo/tiny/x86_64-unknown-linux-gnu/release/$$p $(LXB)/$$p-tiny; done

TEST_DEPS += $(LX_OUTPUTS)
TEST_SUITES += tests/integration/linux-x86_64.sh
TEST_SUITES += tests/integration/rust-glue.sh
