# The allocator (crt/common/alloc.c): unit tests, fuzzer, benchmark, and
# the opt-in standard-name archive. Everything lands in build/alloc/ except
# the archive, which sits beside the target's libminrt.a.

AB := $(BUILD)/alloc
CLANG ?= clang
MUSL_GCC ?= musl-gcc
FUZZ_SECONDS ?= 600
BENCH_OPS ?= 10000000
BENCH_SEED ?= 1

# Host builds of the allocator: heap checker on, libc underneath (see
# tests/unit/alloc_host.c), the real printer and mmap source.
ALLOC_HOST_SRCS := crt/common/alloc.c crt/common/fmt.c crt/common/write_all.c tests/unit/alloc_host.c
# -iquote crt/include: minrt.h only, not minrt's standard headers (see unit.mk).
ALLOC_HOST_CFLAGS := -std=gnu11 -O1 -g -Wall -Wextra -DMINRT_HEAP_CHECK -iquote crt/include -Icrt/common -Icrt/linux-x86_64
ALLOC_SAN := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
ALLOC_HDRS := crt/include/minrt.h crt/common/internal.h crt/linux-x86_64/syscall.h

# Four unit builds: mmap or bump-arena memory source, plain or sanitized.
ALLOC_UNIT := $(AB)/test_alloc $(AB)/test_alloc-san $(AB)/test_alloc_bump $(AB)/test_alloc_bump-san
ALLOC_UNIT_DEPS := tests/unit/test_alloc.c $(ALLOC_HOST_SRCS) $(ALLOC_HDRS) mk/alloc.mk

$(AB)/test_alloc: $(ALLOC_UNIT_DEPS) crt/linux-x86_64/os_alloc.c | $(DEPS_STAMP)
	@mkdir -p $(@D)
	$(CC_LINUX) $(ALLOC_HOST_CFLAGS) -DVARIANT='"mmap"' tests/unit/test_alloc.c $(ALLOC_HOST_SRCS) crt/linux-x86_64/os_alloc.c -lcmocka -o $@
$(AB)/test_alloc-san: $(ALLOC_UNIT_DEPS) crt/linux-x86_64/os_alloc.c | $(DEPS_STAMP)
	@mkdir -p $(@D)
	$(CC_LINUX) $(ALLOC_HOST_CFLAGS) $(ALLOC_SAN) -DVARIANT='"mmap-san"' tests/unit/test_alloc.c $(ALLOC_HOST_SRCS) crt/linux-x86_64/os_alloc.c -lcmocka -o $@
$(AB)/test_alloc_bump: $(ALLOC_UNIT_DEPS) | $(DEPS_STAMP)
	@mkdir -p $(@D)
	$(CC_LINUX) $(ALLOC_HOST_CFLAGS) -DBUMP_ARENA -DVARIANT='"bump"' tests/unit/test_alloc.c $(ALLOC_HOST_SRCS) -lcmocka -o $@
$(AB)/test_alloc_bump-san: $(ALLOC_UNIT_DEPS) | $(DEPS_STAMP)
	@mkdir -p $(@D)
	$(CC_LINUX) $(ALLOC_HOST_CFLAGS) $(ALLOC_SAN) -DBUMP_ARENA -DVARIANT='"bump-san"' tests/unit/test_alloc.c $(ALLOC_HOST_SRCS) -lcmocka -o $@

# libFuzzer harness, with ASan and UBSan on the harness and the allocator;
# it brings its own memory source (see tests/fuzz/fuzz_alloc.c).
$(AB)/fuzz_alloc: tests/fuzz/fuzz_alloc.c $(ALLOC_HOST_SRCS) $(ALLOC_HDRS) mk/alloc.mk | $(DEPS_STAMP)
	@mkdir -p $(@D)
	$(CLANG) $(ALLOC_HOST_CFLAGS) -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
		tests/fuzz/fuzz_alloc.c $(ALLOC_HOST_SRCS) -o $@

# make fuzz: time-boxed run that keeps its corpus between runs.
.PHONY: fuzz
fuzz: $(AB)/fuzz_alloc
	@mkdir -p $(AB)/fuzz-corpus
	cd $(AB) && ./fuzz_alloc -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 fuzz-corpus

# The allocator's size bar, as built for the Linux runtime.
$(AB)/alloc.o: crt/common/alloc.c $(ALLOC_HDRS) crt/linux-x86_64/cflags | $(DEPS_STAMP)
	@mkdir -p $(@D)
	$(CC_LINUX) $(shell cat crt/linux-x86_64/cflags) -Icrt/include -Icrt/common -c $< -o $@

TEST_DEPS += $(ALLOC_UNIT) $(AB)/fuzz_alloc $(AB)/alloc.o
TEST_SUITES += tests/unit/alloc.sh tests/fuzz/alloc.sh

# make bench-alloc: one trace, three allocators. The driver is the same C
# for each; minrt's allocator is built with the runtime's own flags (-Os).
ALLOC_BENCH_CFLAGS := -O2 -Itests/bench
ALLOC_BENCH_DEPS := tests/bench/bench_alloc.c tests/bench/trace.h mk/alloc.mk
$(AB)/bench-minrt: $(ALLOC_BENCH_DEPS) $(AB)/alloc.o crt/linux-x86_64/os_alloc.c $(ALLOC_HOST_SRCS) | $(DEPS_STAMP)
	@mkdir -p $(@D)
	$(CC_LINUX) $(ALLOC_BENCH_CFLAGS) -DMINRT -iquote crt/include -Icrt/common -Icrt/linux-x86_64 tests/bench/bench_alloc.c \
		$(AB)/alloc.o crt/linux-x86_64/os_alloc.c $(filter-out crt/common/alloc.c,$(ALLOC_HOST_SRCS)) -o $@
$(AB)/bench-glibc: $(ALLOC_BENCH_DEPS) | $(DEPS_STAMP)
	@mkdir -p $(@D)
	$(CC_LINUX) $(ALLOC_BENCH_CFLAGS) tests/bench/bench_alloc.c -o $@
$(AB)/bench-musl: $(ALLOC_BENCH_DEPS) | $(DEPS_STAMP)
	@mkdir -p $(@D)
	$(MUSL_GCC) -static $(ALLOC_BENCH_CFLAGS) tests/bench/bench_alloc.c -o $@

BENCH_REPS ?= 3
.PHONY: bench-alloc
bench-alloc: $(AB)/bench-minrt $(AB)/bench-glibc $(AB)/bench-musl
	@tests/bench/alloc-bench.sh $(AB) $(BENCH_OPS) $(BENCH_SEED) $(BENCH_REPS)

# --- Linux x86_64: the opt-in archive, alloc-rust, programs for the suite ---
# libminrt-stdmalloc.a: malloc & co. under their standard names (see
# crt/stdmalloc/stdmalloc.c); its object comes from mk/linux-x86_64.mk's rule.
$(LXB)/libminrt-stdmalloc.a: $(LXB)/obj/stdmalloc/stdmalloc.c.o | $(DEPS_STAMP)
	@rm -f $@
	$(AR) crs $@ $^

# alloc-rust is a workspace of its own (see its Cargo.toml).
ALLOC_RUST_SRCS := $(shell find crt/rust examples/alloc-rust examples/.cargo -type f -not -path '*/target/*' 2>/dev/null)
ALLOC_CARGO = cd examples/alloc-rust && MINRT_LIB_DIR=$(abspath $(LXB)) $(CARGO) build --release --quiet --target x86_64-unknown-linux-gnu
$(LXB)/alloc-rust: $(ALLOC_RUST_SRCS) $(LXB)/libminrt.a linker-scripts/$(LX).ld | $(DEPS_STAMP)
	$(ALLOC_CARGO) --target-dir $(abspath $(BUILD))/cargo/alloc
	cp $(BUILD)/cargo/alloc/x86_64-unknown-linux-gnu/release/alloc-rust $@
$(LXB)/alloc-rust-tiny: $(ALLOC_RUST_SRCS) $(LXB)/libminrt.a linker-scripts/$(LX)-tiny.ld | $(DEPS_STAMP)
	$(ALLOC_CARGO) --target-dir $(abspath $(BUILD))/cargo/alloc-tiny --features minrt/tiny
	$(OBJCOPY) --strip-sections $(BUILD)/cargo/alloc-tiny/x86_64-unknown-linux-gnu/release/alloc-rust $@

$(AB)/stdmalloc-c: tests/integration/alloc/stdmalloc.c $(LXB)/libminrt.a $(LXB)/libminrt-stdmalloc.a linker-scripts/$(LX).ld | $(DEPS_STAMP)
	@mkdir -p $(@D)
	$(CC_LINUX) $(LX_PROG_CFLAGS) $< $(LX_DEFAULT_LDFLAGS) -lminrt-stdmalloc -lminrt -o $@
$(AB)/badfree-c: tests/integration/alloc/badfree.c $(LXB)/libminrt.a linker-scripts/$(LX).ld | $(DEPS_STAMP)
	@mkdir -p $(@D)
	$(CC_LINUX) $(LX_PROG_CFLAGS) $< $(LX_DEFAULT_LDFLAGS) -lminrt -o $@

# The same program for the other targets (the invalid-free abort is
# promised everywhere): Windows, and each Cortex-M core with the semihosting
# command line as argv.
$(AB)/badfree-c.exe: tests/integration/alloc/badfree.c $(BUILD)/windows-x86_64/libminrt.a linker-scripts/windows-x86_64.ld | $(DEPS_STAMP)
	@mkdir -p $(@D)
	$(CC_WINDOWS) $(WX_PROG_CFLAGS) $< $(WX_DEFAULT_LDFLAGS) $(WX_LIBS) -s -o $@
$(AB)/badfree-c-%.elf: tests/integration/alloc/badfree.c $(BUILD)/%/libminrt.a $(BUILD)/%/opt/semihost-argv.o \
		$(CM_SCRIPTS) | $(DEPS_STAMP)
	@mkdir -p $(@D)
	$(CC_ARM) $(CM_CPU.$*) $(CM_PROG_CFLAGS) $< $(CM_LDFLAGS) $($*_LINK) $(BUILD)/$*/opt/semihost-argv.o \
		-lminrt -lgcc -o $@
$(foreach t,$(CM_TARGETS),$(eval $(AB)/badfree-c-$(t).elf: $(BUILD)/$(t)/chips/$(CM_CHIP.$(t)).o))
TEST_DEPS += $(AB)/badfree-c.exe $(foreach t,$(CM_TARGETS),$(AB)/badfree-c-$(t).elf)

ALLOC_LX := $(LXB)/libminrt-stdmalloc.a $(LXB)/alloc-rust $(LXB)/alloc-rust-tiny
ALL_OUTPUTS += $(ALLOC_LX)
TEST_DEPS += $(ALLOC_LX) $(AB)/stdmalloc-c $(AB)/badfree-c
TEST_SUITES += tests/integration/alloc.sh

# --- the 32-bit build on Cortex-M cores under QEMU (tests/alloc32) ---------
CC_ARM ?= arm-none-eabi-gcc
ALLOC32_SRCS := tests/alloc32/selftest.c crt/common/alloc.c crt/common/print.c crt/common/fmt.c \
	crt/common/write_all.c crt/common/memcpy.c crt/common/memmove.c crt/common/memset.c crt/common/strlen.c
ALLOC32_CFLAGS := -mthumb -Os -std=gnu11 -ffreestanding -fno-tree-loop-distribute-patterns \
	-ffunction-sections -fdata-sections -Wall -Wextra -DMINRT_HEAP_CHECK -DARENA=8192 -Icrt/include -Icrt/common \
	-nostdlib -nostartfiles -Wl,--gc-sections -T tests/alloc32/selftest.ld
$(AB)/alloc32-%.elf: $(ALLOC32_SRCS) tests/alloc32/selftest.ld $(ALLOC_HDRS) | $(DEPS_STAMP)
	@mkdir -p $(@D)
	$(CC_ARM) -mcpu=$* $(ALLOC32_CFLAGS) $(ALLOC32_SRCS) -lgcc -o $@

TEST_DEPS += $(AB)/alloc32-cortex-m3.elf $(AB)/alloc32-cortex-m0.elf
TEST_SUITES += tests/alloc32/run.sh

# make install: the opt-in archive beside libminrt.a.
.PHONY: install-stdmalloc
INSTALL_RULES += install-stdmalloc
install-stdmalloc: $(LXB)/libminrt-stdmalloc.a
	install -d $(DESTDIR)$(PREFIX)/lib/minrt/$(LX)
	install -m 644 $< $(DESTDIR)$(PREFIX)/lib/minrt/$(LX)/
