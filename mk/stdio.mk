# stdio and number conversion (crt/libc/stdio, strtod): the printf
# examples on every target, the differential driver against glibc and musl
# (host, wine, QEMU), the fuzzers and the benchmark.

# The one documented switch (README, "printf"): leaves the floating-point
# formatter out; %f & co are then printed as written.
PRINTF_INT_LDFLAGS := -Wl,--defsym=__minrt_printf_fp=__minrt_printf_nofp

STDIO_EXAMPLES := printf-c printf-float-c
LX_EXTRA.printf-c := $(PRINTF_INT_LDFLAGS)
WX_EXTRA.printf-c := $(PRINTF_INT_LDFLAGS)
CM_EXTRA.printf-c := $(PRINTF_INT_LDFLAGS)

STDIO_OUTPUTS := $(foreach p,$(STDIO_EXAMPLES),$(LXB)/$(p) $(LXB)/$(p)-tiny $(WXB)/$(p).exe $(WXB)/$(p)-tiny.exe \
	$(foreach t,$(CM_TARGETS),$(BUILD)/$(t)/$(p).elf $(BUILD)/$(t)/$(p)-tiny.elf))
ALL_OUTPUTS += $(STDIO_OUTPUTS)
SIZE_ARTIFACTS += $(foreach p,$(STDIO_EXAMPLES),$(LX):$(p):minrt:$(LXB)/$(p) $(LX):$(p):minrt-tiny:$(LXB)/$(p)-tiny \
	$(WX):$(p):minrt:$(WXB)/$(p).exe $(WX):$(p):minrt-tiny:$(WXB)/$(p)-tiny.exe \
	$(foreach t,$(CM_TARGETS),$(t):$(p):minrt:$(BUILD)/$(t)/$(p).elf $(t):$(p):minrt-tiny:$(BUILD)/$(t)/$(p)-tiny.elf))
TEST_DEPS += $(STDIO_OUTPUTS)

# --- the differential driver (tests/libc/stdio_diff.c) ----------------------
SB := $(BUILD)/stdio
MUSL_GCC ?= musl-gcc
STDIO_DIFF_SRC := tests/libc/stdio_diff.c
# Hard strtod inputs, from Python's exact arithmetic: the host's full set,
# and a small one for the emulated runs.
$(SB)/full/strtod_cases.h: tests/libc/gen-strtod-cases.py | $(DEPS_STAMP)
	@mkdir -p $(@D)
	python3 $< $@ 1500
$(SB)/small/strtod_cases.h: tests/libc/gen-strtod-cases.py | $(DEPS_STAMP)
	@mkdir -p $(@D)
	python3 $< $@ 30

# Host: the same source three ways, 100,000 printf cases and more.
$(SB)/diff-glibc: $(STDIO_DIFF_SRC) $(SB)/full/strtod_cases.h
	$(CC_LINUX) -O1 -w -I$(SB)/full $< -o $@
$(SB)/diff-musl: $(STDIO_DIFF_SRC) $(SB)/full/strtod_cases.h
	$(MUSL_GCC) -static -O1 -w -I$(SB)/full $< -o $@
$(SB)/diff-minrt: $(STDIO_DIFF_SRC) $(SB)/full/strtod_cases.h $(LXB)/libminrt.a linker-scripts/$(LX).ld
	$(CC_LINUX) $(LX_PROG_CFLAGS) -w -I$(SB)/full $< $(LX_DEFAULT_LDFLAGS) -lminrt -o $@

# Every target: a smaller corpus of values that print alike on 32- and
# 64-bit ABIs (-DPORTABLE), compared with the same build on the host.
STDIO_PORT := -DPORTABLE -DCASES=3000 -I$(SB)/small
$(SB)/port-glibc: $(STDIO_DIFF_SRC) $(SB)/small/strtod_cases.h
	$(CC_LINUX) -O1 -w $(STDIO_PORT) $< -o $@
$(SB)/port-minrt: $(STDIO_DIFF_SRC) $(SB)/small/strtod_cases.h $(LXB)/libminrt.a linker-scripts/$(LX).ld
	$(CC_LINUX) $(LX_PROG_CFLAGS) -w $(STDIO_PORT) $< $(LX_DEFAULT_LDFLAGS) -lminrt -o $@
$(SB)/port-minrt.exe: $(STDIO_DIFF_SRC) $(SB)/small/strtod_cases.h $(WXB)/libminrt.a $(PE_SQUEEZE) linker-scripts/$(WX).ld
	$(CC_WINDOWS) $(WX_PROG_CFLAGS) -w $(STDIO_PORT) $< $(WX_DEFAULT_LDFLAGS) $(WX_LIBS) -s -o $(@:.exe=.link.exe)
	$(PE_SQUEEZE) $(@:.exe=.link.exe) $@
# The driver's own buffers and the float formatter's digits want more
# than the default 2 KiB of stack.
define stdio_cm
$(SB)/port-$(1).elf: $(STDIO_DIFF_SRC) $(SB)/small/strtod_cases.h $$($(1)_LINK_DEPS)
	$(CC_ARM) $(CM_CPU.$(1)) $(CM_PROG_CFLAGS) -w $(STDIO_PORT) $$< $(CM_LDFLAGS) -Wl,--defsym=minrt_stack_size=6144 \
		$$($(1)_LINK) -lminrt -lgcc -o $$@
endef
$(foreach t,$(CM_TARGETS),$(eval $(call stdio_cm,$(t))))

# Behaviour of the streams themselves (buffering, exit flush, errors).
$(SB)/stdio-io: tests/libc/stdio_io.c $(LXB)/libminrt.a linker-scripts/$(LX).ld
	$(CC_LINUX) $(LX_PROG_CFLAGS) $< $(LX_DEFAULT_LDFLAGS) -lminrt -o $@
$(SB)/stdio-io-tiny: tests/libc/stdio_io.c $(LXB)/libminrt.a linker-scripts/$(LX)-tiny.ld
	$(CC_LINUX) $(LX_PROG_CFLAGS) $< $(LX_TINY_LDFLAGS) -lminrt -o $@

STDIO_TEST_DEPS := $(SB)/diff-glibc $(SB)/diff-musl $(SB)/diff-minrt $(SB)/port-glibc $(SB)/port-minrt \
	$(SB)/port-minrt.exe $(foreach t,$(CM_TARGETS),$(SB)/port-$(t).elf) $(SB)/stdio-io $(SB)/stdio-io-tiny
TEST_DEPS += $(STDIO_TEST_DEPS)
TEST_SUITES += tests/libc/stdio.sh

.PHONY: stdio-tests
stdio-tests: $(STDIO_OUTPUTS) $(STDIO_TEST_DEPS) $(SB)/fuzz_printf $(SB)/fuzz_strtod

# --- libFuzzer harnesses, differential against glibc -------------------------
# minrt's formatter and strtod, compiled from crt/ with minrt's headers and
# sanitizers, their public names renamed (minrt_fz_*) so glibc's stay.
CLANG ?= clang
STDIO_FZ_SRCS := crt/libc/stdio/snprintf.c crt/libc/stdio/vsnprintf.c crt/libc/stdio/vfmt.c \
	crt/libc/stdio/out_str.c crt/libc/stdio/fmt_fp.c crt/libc/stdio/fp_digits.c \
	crt/libc/internal/floatscan.c crt/libc/stdlib/strtod.c crt/libc/stdlib/strtof.c
STDIO_FZ_RENAME := $(foreach s,snprintf vsnprintf strtod strtof errno,--redefine-sym $(s)=minrt_fz_$(s))
STDIO_FZ_CFLAGS := -O1 -g -std=gnu11 -ffreestanding -fsanitize=address,undefined,fuzzer-no-link -fno-sanitize-recover=all \
	-nostdinc -isystem crt/include -isystem $(shell $(CLANG) -print-resource-dir 2>/dev/null)/include -Icrt/common
$(SB)/fuzz-stdio.a: $(STDIO_FZ_SRCS) $(wildcard crt/libc/internal/*.h crt/include/*.h) | $(DEPS_STAMP)
	@mkdir -p $(SB)/fzobj
	for f in $(STDIO_FZ_SRCS); do o=$(SB)/fzobj/$$(basename $$f .c).o; \
		$(CLANG) $(STDIO_FZ_CFLAGS) -c $$f -o $$o && $(OBJCOPY) $(STDIO_FZ_RENAME) $$o || exit 1; done
	rm -f $@ && $(AR) crs $@ $(SB)/fzobj/*.o
$(SB)/fuzz_printf: tests/fuzz/fuzz_printf.c $(SB)/fuzz-stdio.a
	$(CLANG) -O1 -g -w -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all $^ -o $@
$(SB)/fuzz_strtod: tests/fuzz/fuzz_strtod.c $(SB)/fuzz-stdio.a
	$(CLANG) -O1 -g -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all $^ -lm -o $@

# make fuzz: each harness for FUZZ_SECONDS, corpus kept between runs.
.PHONY: fuzz-stdio
fuzz: fuzz-stdio
fuzz-stdio: $(SB)/fuzz_printf $(SB)/fuzz_strtod
	@mkdir -p $(SB)/corpus-printf $(SB)/corpus-strtod
	cd $(SB) && ./fuzz_printf -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 corpus-printf
	cd $(SB) && ./fuzz_strtod -max_total_time=$(FUZZ_SECONDS) -max_len=4096 -print_final_stats=1 corpus-strtod

TEST_DEPS += $(SB)/fuzz_printf $(SB)/fuzz_strtod
TEST_SUITES += tests/fuzz/stdio.sh

# --- throughput, ours vs glibc and musl: tests/bench/work/{printf,strtod}.c,
# the workloads /work/notes/bench-howto.md describes. Until mk/bench.mk
# runs them, `make bench-stdio` does, in its line format.
STDIO_BENCH := printf strtod
STDIO_BENCH_ARG.printf := 300
STDIO_BENCH_ARG.strtod := 200
$(SB)/bench-%-minrt: tests/bench/work/%.c $(LXB)/libminrt.a linker-scripts/$(LX).ld | $(DEPS_STAMP)
	@mkdir -p $(@D)
	$(CC_LINUX) $(LX_PROG_CFLAGS) -fhosted -O2 $< $(LX_DEFAULT_LDFLAGS) -lminrt -o $@
$(SB)/bench-%-glibc: tests/bench/work/%.c | $(DEPS_STAMP)
	@mkdir -p $(@D)
	$(CC_LINUX) -O2 $< -o $@
$(SB)/bench-%-musl: tests/bench/work/%.c | $(DEPS_STAMP)
	@mkdir -p $(@D)
	$(MUSL_GCC) -static -O2 $< -o $@
.PHONY: bench-stdio
bench-stdio: $(foreach w,$(STDIO_BENCH),$(SB)/bench-$(w)-minrt $(SB)/bench-$(w)-glibc $(SB)/bench-$(w)-musl)
	@tests/libc/bench-stdio.sh $(SB) $(foreach w,$(STDIO_BENCH),$(w):$(STDIO_BENCH_ARG.$(w)))
