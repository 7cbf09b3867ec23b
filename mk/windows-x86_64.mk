# Windows x86_64: the runtime, the examples in both layouts, pe-squeeze,
# and the wine suite.

WX := windows-x86_64
WXB := $(BUILD)/$(WX)
CC_WINDOWS ?= x86_64-w64-mingw32-gcc
AR_WINDOWS ?= x86_64-w64-mingw32-ar
RUSTC_WINDOWS ?= /usr/bin/rustc
CC_HOST ?= $(CC_LINUX)
PE_SQUEEZE := $(BUILD)/tools/pe-squeeze

WX_CFLAGS := $(shell cat crt/$(WX)/cflags)
# The runtime reads minrt's headers and the compiler's only, as programs do:
# mingw's stddef.h would otherwise bring the mingw CRT's errno macro.
WX_RT_INCLUDES := -nostdinc -isystem crt/include -isystem $(shell $(CC_WINDOWS) -print-file-name=include) \
	-isystem crt/include/mingw-next
WX_SRCS := $(sort $(wildcard crt/common/*.c crt/libc/*/*.c crt/$(WX)/*.c crt/$(WX)/*.S))
WX_OBJS := $(patsubst crt/%,$(WXB)/obj/%.o,$(WX_SRCS))
WX_HDRS := $(wildcard crt/include/*.h crt/common/*.h crt/libc/internal/*.h crt/$(WX)/*.h) crt/$(WX)/cflags

# How users compile and link a minrt program for Windows (README repeats
# these), as every kit route does (toolchain/gen-kit --cflags).
WX_PROG_CFLAGS := $(shell toolchain/gen-kit --cflags $(WX) crt/include)
WX_LDFLAGS := $(call kit_conf,$(WX),MINRT_LDFLAGS) -L$(WXB)
WX_DEFAULT_LDFLAGS := $(WX_LDFLAGS) $(call kit_conf,$(WX),MINRT_DEFAULT_LDFLAGS) -T linker-scripts/$(WX).ld
WX_TINY_LDFLAGS := $(WX_LDFLAGS) $(call kit_conf,$(WX),MINRT_TINY_LDFLAGS) -T linker-scripts/$(WX)-tiny.ld
WX_LIBS := -lminrt -lkernel32

WX_C_EXAMPLES := hello-c exit-c
WX_RUST_EXAMPLES := hello-rust args-rust panic-rust
# alloc-rust needs the glue crate's allocator (crt/rust/src/alloc.rs).
ifneq ($(wildcard crt/rust/src/alloc.rs),)
WX_RUST_EXAMPLES += alloc-rust
endif
WX_PROGRAMS := $(WX_C_EXAMPLES) $(WX_RUST_EXAMPLES)
# The glue crate's API examples (tests/integration/rust-api.sh): default
# layout only, not measured.
WX_RUST_TESTS := hello-fmt-rust hello-nofmt-rust fmt-rust time-random-rust io-rust
WX_EXES := $(foreach p,$(WX_PROGRAMS),$(WXB)/$(p).exe $(WXB)/$(p)-tiny.exe) \
	$(foreach p,$(WX_RUST_TESTS),$(WXB)/$(p).exe) \
	$(WXB)/argv-c.exe $(WXB)/chkstk-c.exe $(WXB)/spawn-c.exe
WX_OUTPUTS := $(WXB)/libminrt.a $(PE_SQUEEZE) $(WX_EXES)

ALL_OUTPUTS += $(WX_OUTPUTS)
SIZE_ARTIFACTS += $(foreach p,$(WX_PROGRAMS),$(WX):$(p):minrt:$(WXB)/$(p).exe \
	$(WX):$(p):minrt-tiny:$(WXB)/$(p)-tiny.exe)

.PHONY: $(WX)
$(WX): $(WX_OUTPUTS)

# gas for PE aligns each code section to 16 bytes and pads its end with
# nops to match; in a 512-byte program that is a tenth of the file. The
# runtime's functions are byte-aligned instead: the assembly gcc writes is
# edited so each .text$<function> section asks for alignment 2^0 ("x0").
WX_BYTE_ALIGN_CODE := sed -E 's/^(\t\.section\t\.text[.$$][^,]*,"x)"$$/\10"/'
$(WXB)/obj/%.c.o: crt/%.c $(WX_HDRS) | $(DEPS_STAMP)
	@mkdir -p $(@D)
	$(CC_WINDOWS) $(WX_CFLAGS) $(WX_RT_INCLUDES) -Icrt/common -Icrt/$(WX) -S -o $(@:.o=.s) $<
	$(WX_BYTE_ALIGN_CODE) $(@:.o=.s) | $(CC_WINDOWS) -c -x assembler -o $@ -

$(WXB)/obj/%.S.o: crt/%.S $(WX_HDRS) | $(DEPS_STAMP)
	@mkdir -p $(@D)
	$(CC_WINDOWS) $(WX_CFLAGS) -c $< -o $@

$(WXB)/libminrt.a: $(WX_OBJS)
	@rm -f $@
	$(AR_WINDOWS) crs $@ $^

# The post-link shrinker runs on the build machine.
$(PE_SQUEEZE): toolchain/pe-squeeze.c | $(DEPS_STAMP)
	@mkdir -p $(@D)
	$(CC_HOST) -O2 -Wall -Wextra -o $@ $<

# C examples: examples/<name>/main.c. Both layouts link an intermediate
# <name>.link.exe that pe-squeeze rewrites: in the default layout GNU ld
# sizes the headers for every output section the script names, used or
# not, which costs a 512-byte block; the tiny layout's does not load as
# linked (see its script).
# The examples' code is byte-aligned like the runtime's (a user compiling
# with plain gcc pays up to 15 bytes a function).
WX_C_DEPS = $(WXB)/libminrt.a $(PE_SQUEEZE)
# Kept, not deleted as intermediates: each serves two links.
.SECONDARY: $(patsubst %,$(WXB)/obj/examples/%.o,$(WX_C_EXAMPLES) argv-c chkstk-c spawn-c)
$(WXB)/obj/examples/%.o: examples/%/main.c crt/include/minrt.h | $(DEPS_STAMP)
	@mkdir -p $(@D)
	$(CC_WINDOWS) $(WX_PROG_CFLAGS) -S -o $(@:.o=.s) $<
	$(WX_BYTE_ALIGN_CODE) $(@:.o=.s) | $(CC_WINDOWS) -c -x assembler -o $@ -

# WX_EXTRA.<name>: an example's own link flags.
$(WXB)/%.exe: $(WXB)/obj/examples/%.o $(WX_C_DEPS) linker-scripts/$(WX).ld
	$(CC_WINDOWS) $< $(WX_DEFAULT_LDFLAGS) $(WX_EXTRA.$*) $(WX_LIBS) -s -o $(WXB)/$*.link.exe
	$(PE_SQUEEZE) $(WXB)/$*.link.exe $@

# The tiny layout has a C program choose its entry (windows-x86_64-tiny.ld):
# exit-c reads its arguments; hello-c, printf-c, printf-float-c and json-c
# take none.
WX_TINY_ENTRY.exit-c := -Wl,-e,__minrt_start
WX_TINY_ENTRY.hello-c := -Wl,-e,__minrt_start_argc0
WX_TINY_ENTRY.printf-c := -Wl,-e,__minrt_start_argc0
WX_TINY_ENTRY.printf-float-c := -Wl,-e,__minrt_start_argc0
WX_TINY_ENTRY.json-c := -Wl,-e,__minrt_start_argc0
$(WXB)/%-tiny.exe: $(WXB)/obj/examples/%.o $(WX_C_DEPS) linker-scripts/$(WX)-tiny.ld
	$(CC_WINDOWS) $< $(WX_TINY_LDFLAGS) $(WX_TINY_ENTRY.$*) $(WX_EXTRA.$*) $(WX_LIBS) -s -o $(WXB)/$*-tiny.link.exe
	$(PE_SQUEEZE) $(WXB)/$*-tiny.link.exe $@

# Rust examples, with rustc alone (Debian's cargo is not needed): the glue
# crate as an rlib, once per feature set and layout (the tiny feature
# changes what minrt::main! defines), then each example with LTO.
# libminrt.a goes in with -l, not as a link argument: rustc puts link
# arguments after the mingw libraries its target always names, and LLVM,
# like gcc, calls __main from a function named main, which libmingw32.a
# would otherwise provide (with the CRT's constructor machinery).
# Run from examples/ so panic locations read panic-rust/src/main.rs, as
# under cargo. RUSTC_BOOTSTRAP: panic-message needs PanicInfo::message,
# unstable before rustc 1.81.
WX_RUST_TARGET := x86_64-pc-windows-gnu
WX_RUSTFLAGS := --edition 2021 --target $(WX_RUST_TARGET) -C opt-level=z -C panic=abort
WX_GLUE_SRCS := $(wildcard crt/rust/src/*.rs)
WX_GLUE_FEATURES.plain := --cfg 'feature="panic-handler"'
WX_GLUE_FEATURES.msg := --cfg 'feature="panic-handler"' --cfg 'feature="panic-message"'
# alloc: rustc 1.63 needs #[alloc_error_handler] (unstable) in a no_std
# program using alloc; crt/rust/build.rs sets this cfg under cargo.
WX_GLUE_FEATURES.alloc := --cfg 'feature="panic-handler"' --cfg 'feature="alloc"' --cfg minrt_alloc_error_handler
WX_GLUE_FEATURES.plain-tiny := $(WX_GLUE_FEATURES.plain) --cfg 'feature="tiny"'
WX_GLUE_FEATURES.msg-tiny := $(WX_GLUE_FEATURES.msg) --cfg 'feature="tiny"'
WX_GLUE_FEATURES.alloc-tiny := $(WX_GLUE_FEATURES.alloc) --cfg 'feature="tiny"'
WX_GLUE.hello-rust := plain
WX_GLUE.args-rust := plain
WX_GLUE.panic-rust := msg
WX_GLUE.alloc-rust := alloc
WX_GLUE.hello-fmt-rust := plain
WX_GLUE.hello-nofmt-rust := plain
WX_GLUE.fmt-rust := plain
WX_GLUE.time-random-rust := plain
WX_GLUE.io-rust := alloc

$(WXB)/rust-%/libminrt.rlib: $(WX_GLUE_SRCS) | $(DEPS_STAMP)
	@mkdir -p $(@D)
	RUSTC_BOOTSTRAP=1 $(RUSTC_WINDOWS) $(WX_RUSTFLAGS) --crate-type rlib --crate-name minrt \
		$(WX_GLUE_FEATURES.$*) --out-dir $(@D) crt/rust/src/lib.rs

# $(call wx_rust,PROGRAM,OUTPUT,LINK-ARGS,GLUE-SUFFIX)
define wx_rust
	cd examples && $(RUSTC_WINDOWS) $(WX_RUSTFLAGS) -C lto -C codegen-units=1 -C strip=symbols \
		--crate-type bin --crate-name $(subst -,_,$(1)) \
		--extern minrt=$(abspath $(WXB))/rust-$(WX_GLUE.$(1))$(4)/libminrt.rlib \
		-L native=$(abspath $(WXB)) -l static=minrt \
		-C linker=$(CC_WINDOWS) -C link-arg=-nostdlib -C link-arg=-nostartfiles \
		$(foreach a,$(3),-C link-arg=$(a)) -C link-arg=-lkernel32 \
		-o $(abspath $(2)) $(1)/src/main.rs
endef

WX_RUST_DEFAULT_LINK := -Wl,--gc-sections,--dynamicbase,--high-entropy-va,--nxcompat \
	-T$(abspath linker-scripts/$(WX).ld)
WX_RUST_TINY_LINK := -Wl,--gc-sections,--disable-dynamicbase,--image-base=0x400000 \
	-Wl,--file-alignment=16,--section-alignment=16 -T$(abspath linker-scripts/$(WX)-tiny.ld)

# $(call wx_rust_rules,PROGRAM): its default and tiny executables. Each
# rustc links in a directory of its own: it names its temporary objects
# after the crate, so two links of one example would share them.
define wx_rust_rules
$(WXB)/$(1).exe: examples/$(1)/src/main.rs $(WXB)/libminrt.a $(WXB)/rust-$(WX_GLUE.$(1))/libminrt.rlib \
		linker-scripts/$(WX).ld $(PE_SQUEEZE)
	@mkdir -p $(WXB)/rust-link/$(1)
	$$(call wx_rust,$(1),$(WXB)/rust-link/$(1)/$(1).exe,$$(WX_RUST_DEFAULT_LINK))
	$(PE_SQUEEZE) $(WXB)/rust-link/$(1)/$(1).exe $$@

$(WXB)/$(1)-tiny.exe: examples/$(1)/src/main.rs $(WXB)/libminrt.a $(WXB)/rust-$(WX_GLUE.$(1))-tiny/libminrt.rlib \
		linker-scripts/$(WX)-tiny.ld $(PE_SQUEEZE)
	@mkdir -p $(WXB)/rust-link/$(1)-tiny
	$$(call wx_rust,$(1),$(WXB)/rust-link/$(1)-tiny/$(1).exe,$$(WX_RUST_TINY_LINK),-tiny)
	$(PE_SQUEEZE) $(WXB)/rust-link/$(1)-tiny/$(1).exe $$@
endef
$(foreach p,$(WX_RUST_EXAMPLES) $(WX_RUST_TESTS),$(eval $(call wx_rust_rules,$(p))))

TEST_DEPS += $(WX_OUTPUTS)
TEST_SUITES += tests/integration/$(WX).sh
