# Cortex-M firmware: three cores, each a target of its own (build/<target>/),
# run in QEMU by tests/integration/cortex-m.sh.
#
#   target      core, ABI                 Rust target            QEMU chip
#   cortex-m3   Cortex-M3                 thumbv7m-none-eabi     lm3s6965
#   cortex-m4f  Cortex-M4F, hard float    thumbv7em-none-eabihf  mps2-an386
#   cortex-m0   Cortex-M0                 thumbv6m-none-eabi     microbit
#
# How the pieces fit:
# - libminrt.a per target: crt/common + crt/cortex-m (the glob, as for every
#   target), compiled with crt/cortex-m/cflags plus the core's flags. It
#   holds the 16 core vectors; nothing chip-specific.
# - A chip's device vectors are crt/cortex-m/chips/<chip>.c, compiled per
#   target into build/<target>/chips/<chip>.o, an object linked explicitly
#   (in the archive, the tables of different chips would clash, and the
#   linker would pull none of them). Every chip of a core is built; the
#   examples link the QEMU chip's.
# - linker-scripts/cortex-m/<chip>.ld: the chip's FLASH and RAM, its IRQ
#   count (the vector table size check), then INCLUDE sections.ld; so the
#   link needs -L linker-scripts/cortex-m.
# - Rust: no cargo. toolchain/build-sysroot builds core, compiler_builtins
#   and alloc for the three thumb targets into $(CM_SYSROOT) with Debian's
#   rustc ($(RUSTC_CORTEXM); rlibs load only into the rustc that wrote
#   them). Then the glue crate crt/rust as an rlib per target, then each
#   example's src/main.rs with fat LTO, linked by arm-none-eabi-gcc with
#   the same script, chip object and libminrt.a as C. With rustup and
#   `rustup target add ...`: make RUSTC_CORTEXM=rustc CM_SYSROOT=
#   (empty: rustc's own sysroot, nothing built).
# - The fault report is in every program (sections.ld names it; DESIGN.md
#   promises "fault report, 1"): ~470 bytes on Cortex-M3. The -tiny
#   programs (hello-c-tiny.elf, hello-rust-tiny.elf) leave it out by
#   linking opt/no-fault-report.o: 516 bytes against 988 for hello-c.
# - overflow-c links with the stack below .data (minrt_stack_below_data)
#   and the MPU guard (-Wl,-u,minrt_stack_guard, ARMv7-M).
# Outputs: build/<target>/<name>.elf and the raw image <name>.bin.

CC_ARM ?= arm-none-eabi-gcc
OBJCOPY_ARM ?= arm-none-eabi-objcopy
AR_ARM ?= arm-none-eabi-ar
RUSTC_CORTEXM ?= /usr/bin/rustc
CM_SYSROOT ?= $(BUILD)/sysroot

CM_TARGETS := cortex-m3 cortex-m4f cortex-m0
CM_CPU.cortex-m3 := -mcpu=cortex-m3 -mthumb
CM_CPU.cortex-m4f := -mcpu=cortex-m4 -mthumb -mfloat-abi=hard -mfpu=fpv4-sp-d16
CM_CPU.cortex-m0 := -mcpu=cortex-m0 -mthumb
CM_RUST.cortex-m3 := thumbv7m-none-eabi
CM_RUST.cortex-m4f := thumbv7em-none-eabihf
CM_RUST.cortex-m0 := thumbv6m-none-eabi
CM_CHIP.cortex-m3 := lm3s6965
CM_CHIP.cortex-m4f := mps2-an386
CM_CHIP.cortex-m0 := microbit
CM_CHIPS.cortex-m3 := lm3s6965 stm32f103c8
CM_CHIPS.cortex-m4f := mps2-an386 stm32f407vg nrf52840
CM_CHIPS.cortex-m0 := microbit

CM_CFLAGS := $(shell cat crt/cortex-m/cflags)
CM_SRCS := $(sort $(wildcard crt/common/*.c crt/libc/*/*.c crt/cortex-m/*.c crt/cortex-m/*.S))
CM_HDRS := $(wildcard crt/include/*.h crt/common/*.h crt/libc/internal/*.h crt/cortex-m/*.h crt/cortex-m/uart/*.h) crt/cortex-m/cflags
CM_SCRIPTS := $(wildcard linker-scripts/cortex-m/*.ld)
# Objects a program links by name to change a default (crt/cortex-m/opt/).
CM_OPTS := $(patsubst crt/cortex-m/opt/%.c,%.o,$(wildcard crt/cortex-m/opt/*.c))

# How users compile and link a minrt firmware (C): the core's flags, then
#   $(CM_PROG_CFLAGS) main.c $(CM_LDFLAGS) -T <chip>.ld build/<target>/chips/<chip>.o -lminrt -lgcc
# (-lgcc: 64-bit division in the number printer, on cores without it).
# The same for the three cores: read from cortex-m3's conf.
CM_PROG_CFLAGS := $(shell toolchain/gen-kit --cflags cortex-m3 crt/include) -Icrt/cortex-m
CM_LDFLAGS := $(call kit_conf,cortex-m3,MINRT_LDFLAGS) -Llinker-scripts/cortex-m
CM_STACK_BELOW := -Wl,--defsym=minrt_stack_below_data=1

CM_C_EXAMPLES := hello-c exit-cmdline-c fault-c overflow-c stack-c float-c irq-c
CM_NEWLIB_EXAMPLES := newlib-printf-c
CM_RUST_EXAMPLES := hello-rust panic-rust
# alloc-rust needs the glue crate's allocator (crt/rust/src/alloc.rs).
CM_ALLOC := $(wildcard crt/rust/src/alloc.rs)
ifneq ($(CM_ALLOC),)
CM_RUST_EXAMPLES += alloc-rust heap-rust io-rust
endif
# The glue crate's API (tests/integration/rust-api.sh); the two hellos are measured.
CM_RUST_EXAMPLES += hello-fmt-rust hello-nofmt-rust fmt-rust time-random-rust
CM_EXAMPLES := $(CM_C_EXAMPLES) $(CM_NEWLIB_EXAMPLES) $(CM_RUST_EXAMPLES)
CM_TINY_EXAMPLES := hello-c-tiny hello-rust-tiny
# The console backends (opt/console-uart.o, opt/console-rtt.o on the link
# line): <example>-uart.elf, <example>-rtt.elf of any example. The hellos
# are outputs; the others are what the tests send through each console.
CM_CONSOLES := uart rtt
CM_CONSOLE_EXAMPLES := $(foreach c,$(CM_CONSOLES),hello-c-$(c) hello-rust-$(c) fault-c-$(c) panic-rust-$(c))

# Per-example link extras (the fault report needs none: it is the default).
CM_EXTRA.overflow-c := $(CM_STACK_BELOW) -Wl,-u,minrt_stack_guard

.PHONY: cortex-m cortex-m-sysroot
CM_OUTPUTS :=

# --- the Rust sysroot: one build for the three targets ----------------------
# Grouped: one run builds all three (two at a time on two CPUs, ~50 s).
ifneq ($(CM_SYSROOT),)
CM_SYSROOT_LIBS := $(foreach t,$(CM_TARGETS),$(CM_SYSROOT)/lib/rustlib/$(CM_RUST.$(t))/lib/liballoc.rlib)
$(CM_SYSROOT_LIBS) &: toolchain/build-sysroot $(wildcard $(RUSTC_CORTEXM)) | $(DEPS_STAMP)
	RUSTC=$(RUSTC_CORTEXM) toolchain/build-sysroot $(CM_SYSROOT) $(foreach t,$(CM_TARGETS),$(CM_RUST.$(t)))
cortex-m-sysroot: $(CM_SYSROOT_LIBS)
CM_SYSROOT_FLAG := --sysroot $(abspath $(CM_SYSROOT))
endif

# The glue crate's sources (its build.rs is cargo's; here rustc is called directly).
CM_GLUE_SRCS := $(wildcard crt/rust/src/*.rs)
# Two builds of it per target: without and with the allocator (rustc 1.63
# needs #[alloc_error_handler] for that: an unstable feature, hence
# RUSTC_BOOTSTRAP=1 there, as crt/rust/build.rs arranges under cargo).
CM_GLUE.rust := --cfg 'feature="panic-handler"'
CM_GLUE.rust-alloc := --cfg 'feature="panic-handler"' --cfg 'feature="alloc"' --cfg minrt_alloc_error_handler
CM_GLUE.rust-tiny := $(CM_GLUE.rust) --cfg 'feature="tiny"'
# Which examples use the allocator (and so the second build).
CM_GLUE_OF.alloc-rust := rust-alloc
CM_GLUE_OF.heap-rust := rust-alloc
CM_GLUE_OF.io-rust := rust-alloc

# The link recipes, expanded when they run ($* is the example's name).
# $(call cm_c,TARGET[,OBJECTS]): examples/$*/main.c, with OBJECTS before
# libminrt.a (an opt-out such as opt/no-fault-report.o).
cm_c = $(CC_ARM) $(CM_CPU.$(1)) $(CM_PROG_CFLAGS) $< $(CM_LDFLAGS) $(CM_EXTRA.$*) $($(1)_LINK) \
	$(2) -lminrt -lgcc -o $@
# $(call cm_rustc,TARGET[,SUFFIX[,GLUE[,OBJECTS]]]): examples/$*/src/main.rs
# into $*SUFFIX.elf, with the glue crate built for variant GLUE (rust-tiny/
# for -tiny) and OBJECTS on the link line (a console object).
cm_rustc = cd examples && $(RUSTC_CORTEXM) --edition 2021 --crate-type bin --crate-name $(subst -,_,$*) \
	--target $(CM_RUST.$(1)) $(CM_SYSROOT_FLAG) \
	--extern minrt=$(abspath $(BUILD)/$(1))/$(or $(CM_GLUE_OF.$*),rust)$(3)/libminrt.rlib \
	-L native=$(abspath $(BUILD)/$(1)) -l static=minrt \
	-C opt-level=z -C panic=abort -C lto=fat -C codegen-units=1 -C debuginfo=0 -C linker=$(CC_ARM) \
	$(addprefix -Clink-arg=,$($(1)_RUST_LINK) $(CM_EXTRA.$*) $(abspath $(4))) \
	-o $(abspath $(BUILD)/$(1))/$*$(2).elf $*/src/main.rs

# $(call cm_target,TARGET) defines everything for one target.
define cm_target
$(1)_B := $(BUILD)/$(1)
$(1)_OBJS := $$(patsubst crt/%,$(BUILD)/$(1)/obj/%.o,$(CM_SRCS))

$(BUILD)/$(1)/obj/%.o: crt/% $(CM_HDRS) | $(DEPS_STAMP)
	@mkdir -p $$(@D)
	$(CC_ARM) $(CM_CFLAGS) $(CM_CPU.$(1)) -Icrt/include -Icrt/common -Icrt/cortex-m -c $$< -o $$@

$(BUILD)/$(1)/libminrt.a: $$($(1)_OBJS)
	@rm -f $$@
	$(AR_ARM) crs $$@ $$^

# A chip's object: its device vectors and its UART driver (for
# opt/console-uart.o; gc-sections drops it from every other program),
# joined by a relocatable link.
$(BUILD)/$(1)/chips/%.o: crt/cortex-m/chips/%.c crt/cortex-m/uart/%.c $(CM_HDRS) | $(DEPS_STAMP)
	@mkdir -p $$(@D)
	$(CC_ARM) $(CM_CFLAGS) $(CM_CPU.$(1)) -Icrt/cortex-m -c $$< -o $$@.vectors.o
	$(CC_ARM) $(CM_CFLAGS) $(CM_CPU.$(1)) -Icrt/cortex-m/uart -c crt/cortex-m/uart/$$*.c -o $$@.uart.o
	$(CC_ARM) $(CM_CPU.$(1)) -nostdlib -r $$@.vectors.o $$@.uart.o -o $$@
	@rm -f $$@.vectors.o $$@.uart.o

# Objects a program may link to opt out of a default (not in the archive).
$(BUILD)/$(1)/opt/%.o: crt/cortex-m/opt/%.c $(CM_HDRS) | $(DEPS_STAMP)
	@mkdir -p $$(@D)
	$(CC_ARM) $(CM_CFLAGS) $(CM_CPU.$(1)) -Icrt/include -Icrt/common -Icrt/cortex-m -Icrt/cortex-m/uart -c $$< -o $$@

# Everything a program links besides its own code.
$(1)_LINK_DEPS := $(BUILD)/$(1)/libminrt.a $(BUILD)/$(1)/chips/$(CM_CHIP.$(1)).o $(CM_SCRIPTS)
$(1)_LINK := -T $(CM_CHIP.$(1)).ld $(BUILD)/$(1)/chips/$(CM_CHIP.$(1)).o -L$(BUILD)/$(1)

$(BUILD)/$(1)/%.elf: examples/%/main.c $$($(1)_LINK_DEPS)
	$$(call cm_c,$(1))

# The tiny variant: the same program without the fault report.
$(BUILD)/$(1)/%-tiny.elf: examples/%/main.c $$($(1)_LINK_DEPS) $(BUILD)/$(1)/opt/no-fault-report.o
	$$(call cm_c,$(1),$(BUILD)/$(1)/opt/no-fault-report.o)

# newlib-nano's stdio on top of minrt's startup and system calls: its libc
# calls _write & co, which libminrt.a provides, hence the group. newlib
# first: a program that chose newlib gets newlib's malloc, strlen & co.,
# not minrt's same-named C library (two allocators would be linked).
$(BUILD)/$(1)/newlib-printf-c.elf: examples/newlib-printf-c/main.c $$($(1)_LINK_DEPS)
	$(CC_ARM) $(CM_CPU.$(1)) -Os -ffunction-sections -fdata-sections --specs=nano.specs -Icrt/cortex-m $$< \
		-nostartfiles -Wl,--gc-sections,--no-warn-rwx-segments -Llinker-scripts/cortex-m $$($(1)_LINK) \
		-Wl,--start-group -lc_nano -lminrt -lgcc -Wl,--end-group -o $$@

# A console instead of semihosting: one object on the link line.
$(foreach c,$(CM_CONSOLES),
$(BUILD)/$(1)/%-$(c).elf: examples/%/main.c $$($(1)_LINK_DEPS) $(BUILD)/$(1)/opt/console-$(c).o
	$$(call cm_c,$(1),$(BUILD)/$(1)/opt/console-$(c).o)
)

# Flash images: raw (objcopy -O binary: from the first loaded byte) and
# Intel hex (addresses included), for every programmer.
$(BUILD)/$(1)/%.bin: $(BUILD)/$(1)/%.elf
	$(OBJCOPY_ARM) -O binary $$< $$@

$(BUILD)/$(1)/%.hex: $(BUILD)/$(1)/%.elf
	$(OBJCOPY_ARM) -O ihex $$< $$@

# Rust: the glue crate, then each example with fat LTO (one object), linked
# like C. -nostartfiles: Reset_Handler is the entry, from libminrt.a.
$(BUILD)/$(1)/%/libminrt.rlib: $(CM_GLUE_SRCS) $(CM_SYSROOT_LIBS) | $(DEPS_STAMP)
	@mkdir -p $$(@D)
	RUSTC_BOOTSTRAP=1 $(RUSTC_CORTEXM) --edition 2021 --crate-type rlib --crate-name minrt --target $(CM_RUST.$(1)) \
		$(CM_SYSROOT_FLAG) -C opt-level=z -C panic=abort $$(CM_GLUE.$$*) --out-dir $$(@D) crt/rust/src/lib.rs

# libminrt.a goes in as the program's own native library (-l static), so
# rustc puts it before compiler_builtins, which resolves its helper calls
# (64-bit division in the number printer).
$(1)_RUST_LINK := $(CM_CPU.$(1)) -nostartfiles -Wl,--gc-sections,--no-warn-rwx-segments,--no-warn-execstack \
	-L$(abspath linker-scripts/cortex-m) -T$(CM_CHIP.$(1)).ld $(abspath $(BUILD)/$(1)/chips/$(CM_CHIP.$(1)).o) -lgcc
.SECONDEXPANSION:
$(BUILD)/$(1)/%.elf: examples/%/src/main.rs $(BUILD)/$(1)/$$$$(or $$$$(CM_GLUE_OF.$$$$*),rust)/libminrt.rlib $$($(1)_LINK_DEPS)
	$$(call cm_rustc,$(1))

# Rust's tiny variant: the glue crate's `tiny` feature defines
# minrt_fault_handler itself (as no-fault-report.o does for C), ahead of
# libminrt.a on the link line, so the report is not pulled.
$(BUILD)/$(1)/%-tiny.elf: examples/%/src/main.rs $(BUILD)/$(1)/$$$$(or $$$$(CM_GLUE_OF.$$$$*),rust)-tiny/libminrt.rlib $$($(1)_LINK_DEPS)
	$$(call cm_rustc,$(1),-tiny,-tiny)

$(foreach c,$(CM_CONSOLES),
$(BUILD)/$(1)/%-$(c).elf: examples/%/src/main.rs $(BUILD)/$(1)/$$$$(or $$$$(CM_GLUE_OF.$$$$*),rust)/libminrt.rlib \
		$$($(1)_LINK_DEPS) $(BUILD)/$(1)/opt/console-$(c).o
	$$(call cm_rustc,$(1),-$(c),,$(BUILD)/$(1)/opt/console-$(c).o)
)

$(1)_OUTPUTS := $(BUILD)/$(1)/libminrt.a $(addprefix $(BUILD)/$(1)/chips/,$(addsuffix .o,$(CM_CHIPS.$(1)))) \
	$(foreach e,$(CM_EXAMPLES) $(CM_TINY_EXAMPLES) $(CM_CONSOLE_EXAMPLES),$(foreach x,elf bin hex,$(BUILD)/$(1)/$(e).$(x))) \
	$(addprefix $(BUILD)/$(1)/opt/,$(CM_OPTS))
CM_OUTPUTS += $$($(1)_OUTPUTS)

.PHONY: $(1)
$(1): $$($(1)_OUTPUTS)
endef
$(foreach t,$(CM_TARGETS),$(eval $(call cm_target,$(t))))

# Make keeps the .elf files between the .bin and .c/.rs rules.
.SECONDARY: $(foreach t,$(CM_TARGETS),$(foreach e,$(CM_EXAMPLES) $(CM_TINY_EXAMPLES) $(CM_CONSOLE_EXAMPLES),$(BUILD)/$(t)/$(e).elf) \
	$(BUILD)/$(t)/rust/libminrt.rlib $(BUILD)/$(t)/rust-alloc/libminrt.rlib $(BUILD)/$(t)/rust-tiny/libminrt.rlib)

cortex-m: $(CM_OUTPUTS)

ALL_OUTPUTS += $(CM_OUTPUTS)
# Size rows: flash bytes (text + data) of the hello worlds, the allocator
# example and newlib-nano's printf on minrt (beside the peers in sizes.mk).
CM_SIZED := hello-c hello-rust newlib-printf-c $(if $(CM_ALLOC),alloc-rust) hello-fmt-rust hello-nofmt-rust
SIZE_ARTIFACTS += $(foreach t,$(CM_TARGETS),$(foreach e,$(CM_SIZED),$(t):$(e):minrt:$(BUILD)/$(t)/$(e).elf) \
	$(foreach e,hello-c hello-rust,$(t):$(e):minrt-tiny:$(BUILD)/$(t)/$(e)-tiny.elf \
		$(foreach c,$(CM_CONSOLES),$(t):$(e):minrt-$(c):$(BUILD)/$(t)/$(e)-$(c).elf)))
TEST_DEPS += $(CM_OUTPUTS)
TEST_SUITES += tests/integration/cortex-m.sh
