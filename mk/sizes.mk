# mk/sizes.mk - the size suite (issue 3): ours beside the peers' hello worlds,
# and the size gate. See tests/size/README.md.
#
#   make sizes          ours + peers, one run: build/sizes.{tsv,md,svg}
#   make size-check     the gate: our artifacts against tests/size/budget.tsv
#   make size-report PROGRAM=build/linux-x86_64/hello-rust
#   make size-table     short table of our artifacts (no peers, no valgrind)
#   make size-baseline  rewrites tests/size/baseline/ (commit it with budgets)
#   make size-suggest   budget rows for today's sizes
#
# Our artifacts come from SIZE_ARTIFACTS (TARGET:PROGRAM:VARIANT:PATH entries
# appended by each target's fragment). Peers are built under build/peers/
# with the commands below, each into one row file; a peer whose toolchain is
# missing or whose build fails becomes a `not built: <reason>` row.

SIZES_PY ?= toolchain/sizes.py
SIZE_BUDGET ?= tests/size/budget.tsv
SIZE_BASELINE ?= tests/size/baseline
SIZE_DIR := $(BUILD)/sizes
SIZE_LIST := $(SIZE_DIR)/artifacts.list
PEER_DIR := $(BUILD)/peers
PEER_ROWS := $(SIZE_DIR)/peers
SIZE_JOBS ?= $(shell nproc 2>/dev/null || echo 2)

CC_WINDOWS ?= x86_64-w64-mingw32-gcc
CC_ARM ?= arm-none-eabi-gcc
CC_MUSL ?= musl-gcc
RUSTC_WINDOWS ?= /usr/bin/rustc

# alloc-rust (mk/alloc.mk builds it) is one of "our larger examples" the
# issue wants measured; added here unless its fragment lists it itself.
ifneq ($(filter %/alloc-rust,$(ALLOC_LX)),)
ifeq ($(filter linux-x86_64:alloc-rust:%,$(SIZE_ARTIFACTS)),)
SIZE_ARTIFACTS += linux-x86_64:alloc-rust:minrt:$(BUILD)/linux-x86_64/alloc-rust \
	linux-x86_64:alloc-rust:minrt-tiny:$(BUILD)/linux-x86_64/alloc-rust-tiny
endif
endif

# The paths in SIZE_ARTIFACTS (recursive: fragments may append after us).
SIZE_PATHS = $(foreach e,$(SIZE_ARTIFACTS),$(word 4,$(subst :, ,$(e))))

.PHONY: sizes size-run size-check size-report size-table size-baseline size-suggest .size-force
.SECONDEXPANSION:

# The list of our artifacts, rewritten only when SIZE_ARTIFACTS changes.
$(SIZE_LIST): .size-force | $(DEPS_STAMP)
	@mkdir -p $(@D)
	@printf '%s\n' $(SIZE_ARTIFACTS) >$@.tmp
	@if cmp -s $@.tmp $@; then rm -f $@.tmp; else mv $@.tmp $@; fi

# --- peers ------------------------------------------------------------------
# $(call size_peer,TARGET,PROGRAM,VARIANT) defines the row of one peer from
# the variables P.<target>.<program>.<variant>.{bin,deps,needs,cmd,instr}.
SIZE_PEER_ROWS :=
define size_peer
$(PEER_ROWS)/$(1).$(2).$(3).row: $$(P.$(1).$(2).$(3).deps) mk/sizes.mk | $(DEPS_STAMP)
	@mkdir -p $$(@D) $$(dir $$(P.$(1).$(2).$(3).bin))
	@$(SIZES_PY) peer --target $(1) --program $(2) --variant $(3) \
		--bin $$(P.$(1).$(2).$(3).bin) --row $$@ $$(addprefix --needs ,$$(P.$(1).$(2).$(3).needs)) \
		$$(P.$(1).$(2).$(3).instr) --cmd '$$(P.$(1).$(2).$(3).cmd)'
SIZE_PEER_ROWS += $(PEER_ROWS)/$(1).$(2).$(3).row
endef

PEER_C := peers/c/hello.c
PEER_C_PRINTF := peers/c/hello-printf.c
PEER_RUST_STD := peers/rust-std/Cargo.toml peers/rust-std/Cargo.lock peers/rust-std/src/main.rs
PEER_RUST_NOSTD := peers/rust-nostd-libc/Cargo.toml peers/rust-nostd-libc/Cargo.lock \
	peers/rust-nostd-libc/src/main.rs
L := $(PEER_DIR)/linux-x86_64

# linux-x86_64: C with glibc dynamic and static, C with musl static
P.linux-x86_64.hello-c.glibc.bin := $(L)/hello-c.glibc
P.linux-x86_64.hello-c.glibc.deps := $(PEER_C)
P.linux-x86_64.hello-c.glibc.needs := $(CC_LINUX)
P.linux-x86_64.hello-c.glibc.instr := --instructions
P.linux-x86_64.hello-c.glibc.cmd = $(CC_LINUX) -Os -s -o $(L)/hello-c.glibc $(PEER_C)

P.linux-x86_64.hello-c.glibc-static.bin := $(L)/hello-c.glibc-static
P.linux-x86_64.hello-c.glibc-static.deps := $(PEER_C)
P.linux-x86_64.hello-c.glibc-static.needs := $(CC_LINUX)
P.linux-x86_64.hello-c.glibc-static.instr := --instructions
P.linux-x86_64.hello-c.glibc-static.cmd = $(CC_LINUX) -Os -s -static -o $(L)/hello-c.glibc-static $(PEER_C)

P.linux-x86_64.hello-c.musl-static.bin := $(L)/hello-c.musl-static
P.linux-x86_64.hello-c.musl-static.deps := $(PEER_C)
P.linux-x86_64.hello-c.musl-static.needs := $(CC_MUSL)
P.linux-x86_64.hello-c.musl-static.instr := --instructions
P.linux-x86_64.hello-c.musl-static.cmd = $(CC_MUSL) -static -Os -s -o $(L)/hello-c.musl-static $(PEER_C)

# linux-x86_64: Rust std, cargo defaults (--release) and the size profile;
# no_std + no_main calling libc's write. Offline: the projects have no
# dependencies. One target dir each, so they build in parallel.
P.linux-x86_64.hello-rust.rust-std.bin := $(L)/hello-rust.rust-std
P.linux-x86_64.hello-rust.rust-std.deps := $(PEER_RUST_STD)
P.linux-x86_64.hello-rust.rust-std.needs := $(CARGO)
P.linux-x86_64.hello-rust.rust-std.instr := --instructions
P.linux-x86_64.hello-rust.rust-std.cmd = $(CARGO) build -q --offline --locked --release \
	--manifest-path peers/rust-std/Cargo.toml --target-dir $(PEER_DIR)/cargo/rust-std \
	&& cp $(PEER_DIR)/cargo/rust-std/release/peer-hello-std $(L)/hello-rust.rust-std

P.linux-x86_64.hello-rust.rust-std-sizeopt.bin := $(L)/hello-rust.rust-std-sizeopt
P.linux-x86_64.hello-rust.rust-std-sizeopt.deps := $(PEER_RUST_STD)
P.linux-x86_64.hello-rust.rust-std-sizeopt.needs := $(CARGO)
P.linux-x86_64.hello-rust.rust-std-sizeopt.instr := --instructions
P.linux-x86_64.hello-rust.rust-std-sizeopt.cmd = $(CARGO) build -q --offline --locked --profile sizeopt \
	--manifest-path peers/rust-std/Cargo.toml --target-dir $(PEER_DIR)/cargo/rust-std-sizeopt \
	&& cp $(PEER_DIR)/cargo/rust-std-sizeopt/sizeopt/peer-hello-std $(L)/hello-rust.rust-std-sizeopt

P.linux-x86_64.hello-rust.rust-nostd-libc.bin := $(L)/hello-rust.rust-nostd-libc
P.linux-x86_64.hello-rust.rust-nostd-libc.deps := $(PEER_RUST_NOSTD)
P.linux-x86_64.hello-rust.rust-nostd-libc.needs := $(CARGO)
P.linux-x86_64.hello-rust.rust-nostd-libc.instr := --instructions
P.linux-x86_64.hello-rust.rust-nostd-libc.cmd = $(CARGO) build -q --offline --locked --release \
	--manifest-path peers/rust-nostd-libc/Cargo.toml --target-dir $(PEER_DIR)/cargo/rust-nostd-libc \
	&& cp $(PEER_DIR)/cargo/rust-nostd-libc/release/peer-hello-nostd-libc $(L)/hello-rust.rust-nostd-libc

$(eval $(call size_peer,linux-x86_64,hello-c,glibc))
$(eval $(call size_peer,linux-x86_64,hello-c,glibc-static))
$(eval $(call size_peer,linux-x86_64,hello-c,musl-static))
$(eval $(call size_peer,linux-x86_64,hello-rust,rust-std))
$(eval $(call size_peer,linux-x86_64,hello-rust,rust-std-sizeopt))
$(eval $(call size_peer,linux-x86_64,hello-rust,rust-nostd-libc))

# windows-x86_64: mingw-w64 printf hello; Rust std with the size profile
# (Debian's rustc 1.63 holds the only windows-gnu std here).
W := $(PEER_DIR)/windows-x86_64
P.windows-x86_64.hello-c.mingw.bin := $(W)/hello-c.mingw.exe
P.windows-x86_64.hello-c.mingw.deps := $(PEER_C)
P.windows-x86_64.hello-c.mingw.needs := $(CC_WINDOWS)
P.windows-x86_64.hello-c.mingw.cmd = $(CC_WINDOWS) -Os -s -o $(W)/hello-c.mingw.exe $(PEER_C)

P.windows-x86_64.hello-rust.rust-std-sizeopt.bin := $(W)/hello-rust.rust-std-sizeopt.exe
P.windows-x86_64.hello-rust.rust-std-sizeopt.deps := peers/rust-std/src/main.rs
P.windows-x86_64.hello-rust.rust-std-sizeopt.needs := $(RUSTC_WINDOWS) $(CC_WINDOWS) \
	/usr/lib/rustlib/x86_64-pc-windows-gnu
P.windows-x86_64.hello-rust.rust-std-sizeopt.cmd = $(RUSTC_WINDOWS) --edition 2021 \
	--target x86_64-pc-windows-gnu -C linker=$(CC_WINDOWS) -C opt-level=z -C lto -C codegen-units=1 \
	-C panic=abort -C strip=symbols -o $(W)/hello-rust.rust-std-sizeopt.exe peers/rust-std/src/main.rs

$(eval $(call size_peer,windows-x86_64,hello-c,mingw))
$(eval $(call size_peer,windows-x86_64,hello-rust,rust-std-sizeopt))

# Cortex-M: newlib-nano (puts, and a real printf) with semihosting through
# rdimon's crt0; picolibc with its semihost crt0 and integer-only printf.
# Flash bytes = text + data. Built for each of our three Cortex-M targets.
ARM_COMMON := -Os -ffunction-sections -fdata-sections -Wl,--gc-sections
ARM_FLAGS.cortex-m3 := -mcpu=cortex-m3 -mthumb
ARM_FLAGS.cortex-m4f := -mcpu=cortex-m4 -mthumb -mfloat-abi=hard -mfpu=fpv4-sp-d16
ARM_FLAGS.cortex-m0 := -mcpu=cortex-m0 -mthumb
PICOLIBC_MEM := -Wl,--defsym=__flash=0 -Wl,--defsym=__flash_size=0x40000 \
	-Wl,--defsym=__ram=0x20000000 -Wl,--defsym=__ram_size=0x10000 -Wl,--defsym=__stack_size=0x1000

define size_cortex_peers
P.$(1).hello-c.newlib-nano.bin := $(PEER_DIR)/$(1)/hello-c.newlib-nano.elf
P.$(1).hello-c.newlib-nano.deps := $(PEER_C)
P.$(1).hello-c.newlib-nano.needs := $(CC_ARM)
P.$(1).hello-c.newlib-nano.cmd = $(CC_ARM) $(ARM_FLAGS.$(1)) $(ARM_COMMON) --specs=nano.specs \
	--specs=rdimon.specs -o $(PEER_DIR)/$(1)/hello-c.newlib-nano.elf $(PEER_C)
P.$(1).hello-c.newlib-nano-printf.bin := $(PEER_DIR)/$(1)/hello-c.newlib-nano-printf.elf
P.$(1).hello-c.newlib-nano-printf.deps := $(PEER_C_PRINTF)
P.$(1).hello-c.newlib-nano-printf.needs := $(CC_ARM)
P.$(1).hello-c.newlib-nano-printf.cmd = $(CC_ARM) $(ARM_FLAGS.$(1)) $(ARM_COMMON) --specs=nano.specs \
	--specs=rdimon.specs -o $(PEER_DIR)/$(1)/hello-c.newlib-nano-printf.elf $(PEER_C_PRINTF)
P.$(1).hello-c.picolibc.bin := $(PEER_DIR)/$(1)/hello-c.picolibc.elf
P.$(1).hello-c.picolibc.deps := $(PEER_C_PRINTF)
P.$(1).hello-c.picolibc.needs := $(CC_ARM) /usr/lib/picolibc/arm-none-eabi/picolibc.specs
P.$(1).hello-c.picolibc.cmd = $(CC_ARM) $(ARM_FLAGS.$(1)) $(ARM_COMMON) --specs=picolibc.specs \
	--oslib=semihost --crt0=semihost -DPICOLIBC_INTEGER_PRINTF_SCANF $(PICOLIBC_MEM) \
	-o $(PEER_DIR)/$(1)/hello-c.picolibc.elf $(PEER_C_PRINTF)
$$(eval $$(call size_peer,$(1),hello-c,newlib-nano))
$$(eval $$(call size_peer,$(1),hello-c,newlib-nano-printf))
$$(eval $$(call size_peer,$(1),hello-c,picolibc))
endef
$(foreach t,cortex-m3 cortex-m4f cortex-m0,$(eval $(call size_cortex_peers,$(t))))

# --- symbol twins ---------------------------------------------------------------
# Our Linux artifacts are stripped, so for the gate's symbol diff and for
# size-report the suite links unstripped twins under build/sizes/syms/, with
# mk/linux-x86_64.mk's own flags (same code, symbols kept). A twin that fails
# to build only costs the symbols, never the gate.
SIZE_SYMS := $(SIZE_DIR)/syms
SIZE_TWINS :=
ifdef LX_PROG_CFLAGS
$(SIZE_SYMS)/linux-x86_64/%: examples/%/main.c $(LXB)/libminrt.a linker-scripts/linux-x86_64.ld | $(DEPS_STAMP)
	@mkdir -p $(@D)
	@$(CC_LINUX) $(LX_PROG_CFLAGS) $< $(LX_DEFAULT_LDFLAGS) -lminrt -o $@ \
		|| { rm -f $@; echo "sizes: no symbol twin $@" >&2; }
$(SIZE_SYMS)/linux-x86_64/%-tiny: examples/%/main.c $(LXB)/libminrt.a linker-scripts/linux-x86_64-tiny.ld | $(DEPS_STAMP)
	@mkdir -p $(@D)
	@$(CC_LINUX) $(LX_PROG_CFLAGS) $< $(LX_TINY_LDFLAGS) -lminrt -o $@ \
		|| { rm -f $@; echo "sizes: no symbol twin $@" >&2; }
SIZE_TWINS += $(foreach p,$(LX_C_EXAMPLES),$(SIZE_SYMS)/linux-x86_64/$(p) $(SIZE_SYMS)/linux-x86_64/$(p)-tiny)
endif
ifdef LX_CARGO
# the examples' release profile strips; CARGO_PROFILE_RELEASE_STRIP overrides it
$(addprefix $(SIZE_SYMS)/linux-x86_64/,$(LX_RUST_EXAMPLES)) &: $(LX_RUST_SRCS) $(LXB)/libminrt.a \
		linker-scripts/linux-x86_64.ld | $(DEPS_STAMP)
	@mkdir -p $(SIZE_SYMS)/linux-x86_64
	@export CARGO_PROFILE_RELEASE_STRIP=false; $(LX_CARGO) --target-dir $(abspath $(SIZE_SYMS))/cargo \
		&& for p in $(LX_RUST_EXAMPLES); do \
			cp $(abspath $(SIZE_SYMS))/cargo/x86_64-unknown-linux-gnu/release/$$p \
				$(abspath $(SIZE_SYMS))/linux-x86_64/$$p; done \
		|| echo "sizes: no symbol twins for $(LX_RUST_EXAMPLES)" >&2
$(addprefix $(SIZE_SYMS)/linux-x86_64/,$(addsuffix -tiny,$(LX_RUST_EXAMPLES))) &: $(LX_RUST_SRCS) \
		$(LXB)/libminrt.a linker-scripts/linux-x86_64-tiny.ld | $(DEPS_STAMP)
	@mkdir -p $(SIZE_SYMS)/linux-x86_64
	@export CARGO_PROFILE_RELEASE_STRIP=false; \
		$(LX_CARGO) --target-dir $(abspath $(SIZE_SYMS))/cargo-tiny --features minrt/tiny \
		&& for p in $(LX_RUST_EXAMPLES); do \
			cp $(abspath $(SIZE_SYMS))/cargo-tiny/x86_64-unknown-linux-gnu/release/$$p \
				$(abspath $(SIZE_SYMS))/linux-x86_64/$$p-tiny; done \
		|| echo "sizes: no symbol twins for the tiny $(LX_RUST_EXAMPLES)" >&2
SIZE_TWINS += $(foreach p,$(LX_RUST_EXAMPLES),$(SIZE_SYMS)/linux-x86_64/$(p) $(SIZE_SYMS)/linux-x86_64/$(p)-tiny)
endif
ifdef ALLOC_CARGO
$(SIZE_SYMS)/linux-x86_64/alloc-rust: $(ALLOC_RUST_SRCS) $(LXB)/libminrt.a linker-scripts/linux-x86_64.ld | $(DEPS_STAMP)
	@mkdir -p $(@D)
	@export CARGO_PROFILE_RELEASE_STRIP=false; $(ALLOC_CARGO) --target-dir $(abspath $(SIZE_SYMS))/cargo-alloc \
		&& cp $(abspath $(SIZE_SYMS))/cargo-alloc/x86_64-unknown-linux-gnu/release/alloc-rust $(abspath $@) \
		|| echo "sizes: no symbol twin $@" >&2
$(SIZE_SYMS)/linux-x86_64/alloc-rust-tiny: $(ALLOC_RUST_SRCS) $(LXB)/libminrt.a linker-scripts/linux-x86_64-tiny.ld | $(DEPS_STAMP)
	@mkdir -p $(@D)
	@export CARGO_PROFILE_RELEASE_STRIP=false; \
		$(ALLOC_CARGO) --target-dir $(abspath $(SIZE_SYMS))/cargo-alloc-tiny --features minrt/tiny \
		&& cp $(abspath $(SIZE_SYMS))/cargo-alloc-tiny/x86_64-unknown-linux-gnu/release/alloc-rust $(abspath $@) \
		|| echo "sizes: no symbol twin $@" >&2
SIZE_TWINS += $(SIZE_SYMS)/linux-x86_64/alloc-rust $(SIZE_SYMS)/linux-x86_64/alloc-rust-tiny
endif
# the twin of an artifact path, if there is one
size_twin = $(filter $(SIZE_TWINS),$(patsubst $(BUILD)/%,$(SIZE_SYMS)/%,$(1)))

# --- make sizes ---------------------------------------------------------------
# Runs in parallel even without -j (a -j given by the user wins).
sizes:
	+@$(MAKE) --no-print-directory $(if $(filter -j%,$(MAKEFLAGS)),,-j$(SIZE_JOBS)) \
		-f $(firstword $(MAKEFILE_LIST)) size-run

size-run: $(SIZE_LIST) $(SIZE_PEER_ROWS) $$(SIZE_PATHS) | $(DEPS_STAMP)
	@$(SIZES_PY) sizes --artifacts $(SIZE_LIST) --out $(BUILD) --jobs $(SIZE_JOBS) --peers $(SIZE_PEER_ROWS)

# --- the gate -----------------------------------------------------------------
size-check: $(SIZE_LIST) $$(SIZE_PATHS) $$(SIZE_TWINS)
	@$(SIZES_PY) check --artifacts $(SIZE_LIST) --budget $(SIZE_BUDGET) --twins $(SIZE_SYMS) \
		--baseline $(SIZE_BASELINE) --last-good $(SIZE_DIR)/last-good

size-baseline: $(SIZE_LIST) $$(SIZE_PATHS) $$(SIZE_TWINS)
	@$(SIZES_PY) baseline --artifacts $(SIZE_LIST) --twins $(SIZE_SYMS) --dir $(SIZE_BASELINE)

size-suggest: $(SIZE_LIST) $$(SIZE_PATHS)
	@$(SIZES_PY) suggest --artifacts $(SIZE_LIST)

size-report: $$(filter $$(PROGRAM),$$(SIZE_PATHS)) $$(call size_twin,$$(PROGRAM))
	@$(if $(PROGRAM),,echo 'usage: make size-report PROGRAM=build/<target>/<program>' >&2; exit 2)
	@$(SIZES_PY) report --twins $(SIZE_SYMS) $(PROGRAM)

# Quick, builds nothing: `make` prints it at the end.
size-table: $(SIZE_LIST)
	@$(SIZES_PY) table --artifacts $(SIZE_LIST)

# --- tests --------------------------------------------------------------------
TEST_SUITES += tests/size/check.sh tests/size/gate-selftest.sh tests/size/svg.sh
TEST_DEPS += $(SIZE_LIST) $(SIZE_PATHS) $(SIZE_TWINS)
