# make bench: every benchmark in one run (tests/bench/bench.sh): the
# allocator trace (bench-alloc's programs, mk/alloc.mk), the memory-function
# sweep (tests/bench/memsweep.c) and the workloads under tests/bench/work,
# each built three ways from one source: over minrt, glibc and musl.
# How to add a workload: /work/notes/bench-howto.md, and HACKING.md.

BB := $(BUILD)/bench
BENCH_RUNS ?= 5
BENCH_DIV ?= 1
# C workloads: tests/bench/work/<name>.c (argument: BENCH_ARG_<name>, input
# KiB, sized for 0.2-0.5 s of CPU a run here).
BENCH_C := lz wordhash
BENCH_ARG_lz := 6144
BENCH_ARG_wordhash := 6144

# Same optimisation for all three; the minrt build is hosted C (-fhosted
# after the kit's -ffreestanding) so that gcc inlines constant-size memcpy
# there as it does for the other two.
BENCH_WORK_CFLAGS := -O2 -Itests/bench/work
BENCH_WORK_DEPS := tests/bench/work/bench.h mk/bench.mk

$(BB)/%-minrt: tests/bench/work/%.c $(BENCH_WORK_DEPS) $(LXB)/libminrt.a $(LXB)/libminrt-stdmalloc.a linker-scripts/$(LX).ld | $(DEPS_STAMP)
	@mkdir -p $(@D)
	$(CC_LINUX) $(LX_PROG_CFLAGS) -fhosted $(BENCH_WORK_CFLAGS) -DMINRT $< $(BENCH_LIBS_$*) $(LX_DEFAULT_LDFLAGS) -lminrt-stdmalloc -lminrt -o $@
$(BB)/%-glibc: tests/bench/work/%.c $(BENCH_WORK_DEPS) | $(DEPS_STAMP)
	@mkdir -p $(@D)
	$(CC_LINUX) $(BENCH_WORK_CFLAGS) $< $(BENCH_LIBS_$*) -o $@
$(BB)/%-musl: tests/bench/work/%.c $(BENCH_WORK_DEPS) | $(DEPS_STAMP)
	@mkdir -p $(@D)
	$(MUSL_GCC) -static $(BENCH_WORK_CFLAGS) -DBENCH_MUSL $< $(BENCH_LIBS_$*) -o $@

# The sweep: minrt's functions built with the runtime's flags and renamed
# minrt_*, musl's taken from its libc.a and renamed musl_*, glibc's as is.
MUSL_LIBC_A ?= $(firstword $(wildcard /usr/lib/x86_64-linux-musl/libc.a /usr/lib/musl/lib/libc.a))
BENCH_MEM_FNS := memcpy memmove memset memcmp strlen
BENCH_MEM_SRCS := crt/common/x86_cpu.c crt/common/bcmp.c crt/common/memmove.c crt/common/memset.c crt/common/memcmp.c crt/common/strlen.c
BENCH_RENAME := $(foreach f,$(BENCH_MEM_FNS) bcmp,-D$(f)=minrt_$(f))
$(BB)/memsweep: tests/bench/memsweep.c $(BENCH_MEM_SRCS) crt/common/word.h crt/$(LX)/cflags mk/bench.mk | $(DEPS_STAMP)
	@mkdir -p $(BB)/musl-objs
	cd $(BB)/musl-objs && ar x $(MUSL_LIBC_A) $(addsuffix .lo,$(BENCH_MEM_FNS))
	for f in $(BENCH_MEM_FNS); do objcopy --redefine-sym $$f=musl_$$f --redefine-sym __memcpy_fwd=musl___memcpy_fwd \
		$(BB)/musl-objs/$$f.lo $(BB)/musl-objs/musl_$$f.o || exit 1; done
	for s in $(BENCH_MEM_SRCS); do $(CC_LINUX) $(LX_CFLAGS) -Icrt/common $(BENCH_RENAME) -c $$s \
		-o $(BB)/minrt_$$(basename $$s .c).o || exit 1; done
	$(CC_LINUX) -O2 $< $(patsubst crt/common/%.c,$(BB)/minrt_%.o,$(BENCH_MEM_SRCS)) \
		$(addprefix $(BB)/musl-objs/musl_,$(addsuffix .o,$(BENCH_MEM_FNS))) -o $@

# Rust workloads: tests/bench/work/words.rs, a no_std staticlib over malloc,
# behind the C driver rust-main.c, linked the same three ways.
BENCH_RUST := hashmap btree format
BENCH_ARG_RUST_hashmap := 2048
BENCH_ARG_RUST_btree := 2560
BENCH_ARG_RUST_format := 2048
$(BB)/libwords.a: tests/bench/work/words.rs mk/bench.mk | $(DEPS_STAMP)
	@mkdir -p $(@D)
	$(RUSTC) --edition 2021 --crate-type staticlib --crate-name words -C opt-level=3 -C panic=abort \
		-C codegen-units=1 $< -o $@
BENCH_LIBS_rust-main := $(BB)/libwords.a
$(BB)/rust-main-minrt $(BB)/rust-main-glibc $(BB)/rust-main-musl: $(BB)/libwords.a

BENCH_PROGS := $(BB)/memsweep $(foreach w,$(BENCH_C) rust-main,$(BB)/$(w)-minrt $(BB)/$(w)-glibc $(BB)/$(w)-musl)

.PHONY: bench
bench: $(BENCH_PROGS) $(AB)/bench-minrt $(AB)/bench-glibc $(AB)/bench-musl
	@BENCH_RUNS=$(BENCH_RUNS) BENCH_DIV=$(BENCH_DIV) tests/bench/bench.sh $(BB) $(AB) $(BENCH_OPS) $(BENCH_SEED) \
		$(foreach w,$(BENCH_C),$(w):$(w):$(BENCH_ARG_$(w))) \
		$(foreach w,$(BENCH_RUST),rust-$(w):rust-main:$(w),$(BENCH_ARG_RUST_$(w)))
