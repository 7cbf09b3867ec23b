# The C library subset (crt/libc, crt/include): its tests.
#   tests/libc/headers.sh   every header in every C/C++ standard, per compiler
#   tests/libc/libc.sh      the exit path on every target and layout, and
#                           the differential drivers (tests/libc/drv-*.c):
#                           minrt's output against glibc's and musl's on the
#                           host, and minrt's own on Windows and Cortex-M
# Test programs are built into build/libc/<target>/.

LCB := $(BUILD)/libc
MUSL_GCC ?= musl-gcc
# The drivers print through minrt_write in minrt builds (DRV_MINRT), and
# call the library for real: no builtin may answer for it at compile time.
LIBC_EXTRA := -DDRV_MINRT -fno-builtin
LIBC_DRIVERS := drv-string drv-ctype drv-strtol drv-sort drv-math
LIBC_DRV_HDRS := tests/libc/drv.h

# --- the oracles: the same drivers over glibc and musl ---------------------
LIBC_HOST_CFLAGS := -O1 -fno-builtin -D_GNU_SOURCE -Wall -Wextra
$(LCB)/glibc/%: tests/libc/%.c $(LIBC_DRV_HDRS) | $(DEPS_STAMP)
	@mkdir -p $(@D)
	$(CC_LINUX) $(LIBC_HOST_CFLAGS) $< -lm -o $@
$(LCB)/musl/%: tests/libc/%.c $(LIBC_DRV_HDRS) | $(DEPS_STAMP)
	@mkdir -p $(@D)
	$(MUSL_GCC) -static $(LIBC_HOST_CFLAGS) $< -lm -o $@

# --- linux-x86_64: default and tiny layout ---------------------------------
$(LCB)/$(LX)/%: tests/libc/%.c $(LIBC_DRV_HDRS) $(LXB)/libminrt.a linker-scripts/$(LX).ld | $(DEPS_STAMP)
	@mkdir -p $(@D)
	$(CC_LINUX) $(LX_PROG_CFLAGS) $(LIBC_EXTRA) $< $(LX_DEFAULT_LDFLAGS) -lminrt -o $@
$(LCB)/$(LX)/%-tiny: tests/libc/%.c $(LIBC_DRV_HDRS) $(LXB)/libminrt.a linker-scripts/$(LX)-tiny.ld | $(DEPS_STAMP)
	@mkdir -p $(@D)
	$(CC_LINUX) $(LX_PROG_CFLAGS) $(LIBC_EXTRA) $< $(LX_TINY_LDFLAGS) -lminrt -o $@

# --- windows-x86_64: default, and tiny with the argv-building entry --------
$(LCB)/$(WX)/%.exe: tests/libc/%.c $(LIBC_DRV_HDRS) $(WXB)/libminrt.a $(PE_SQUEEZE) linker-scripts/$(WX).ld | $(DEPS_STAMP)
	@mkdir -p $(@D)
	$(CC_WINDOWS) $(WX_PROG_CFLAGS) $(LIBC_EXTRA) $< $(WX_DEFAULT_LDFLAGS) $(WX_LIBS) -o $(@:.exe=.link.exe)
	$(PE_SQUEEZE) $(@:.exe=.link.exe) $@
$(LCB)/$(WX)/%-tiny.exe: tests/libc/%.c $(LIBC_DRV_HDRS) $(WXB)/libminrt.a $(PE_SQUEEZE) linker-scripts/$(WX)-tiny.ld | $(DEPS_STAMP)
	@mkdir -p $(@D)
	$(CC_WINDOWS) $(WX_PROG_CFLAGS) $(LIBC_EXTRA) $< $(WX_TINY_LDFLAGS) -Wl,-e,__minrt_start $(WX_LIBS) -o $(@:.exe=.link.exe)
	$(PE_SQUEEZE) $(@:.exe=.link.exe) $@

# --- Cortex-M: each core, arguments from the semihosting command line ------
define libc_cm
$(LCB)/$(1)/%.elf: tests/libc/%.c $(LIBC_DRV_HDRS) $$($(1)_LINK_DEPS) $(BUILD)/$(1)/opt/semihost-argv.o | $(DEPS_STAMP)
	@mkdir -p $$(@D)
	$(CC_ARM) $(CM_CPU.$(1)) $(CM_PROG_CFLAGS) $(LIBC_EXTRA) $$< $(CM_LDFLAGS) $$($(1)_LINK) \
		$(BUILD)/$(1)/opt/semihost-argv.o -lminrt -lgcc -o $$@
endef
$(foreach t,$(CM_TARGETS),$(eval $(call libc_cm,$(t))))

LIBC_TESTS := exit assert
LIBC_OUTPUTS := $(foreach p,$(LIBC_TESTS),$(LCB)/$(LX)/$(p) $(LCB)/$(LX)/$(p)-tiny \
	$(LCB)/$(WX)/$(p).exe $(LCB)/$(WX)/$(p)-tiny.exe \
	$(foreach t,$(CM_TARGETS),$(LCB)/$(t)/$(p).elf)) \
	$(foreach d,$(LIBC_DRIVERS),$(LCB)/glibc/$(d) $(LCB)/musl/$(d) $(LCB)/$(LX)/$(d) \
		$(LCB)/$(WX)/$(d).exe $(foreach t,$(CM_TARGETS),$(LCB)/$(t)/$(d).elf))

# examples/json-c on every target, once stdio (crt/include/stdio.h, the
# stdio helper's) is in the tree; tests/libc/libc.sh checks it then.
ifneq ($(wildcard crt/include/stdio.h),)
JSONC_OUTPUTS := $(LXB)/json-c $(LXB)/json-c-tiny $(WXB)/json-c.exe $(WXB)/json-c-tiny.exe \
	$(foreach t,$(CM_TARGETS),$(BUILD)/$(t)/json-c.elf)
LIBC_OUTPUTS += $(JSONC_OUTPUTS)
ALL_OUTPUTS += $(JSONC_OUTPUTS)
endif

.PHONY: libc-tests
libc-tests: $(LIBC_OUTPUTS)

TEST_DEPS += $(LIBC_OUTPUTS)
TEST_SUITES += tests/libc/headers.sh tests/libc/libc.sh

# Real third-party C code (Debian source packages, fetched at run time,
# never committed) built and run through minrt: by hand, not in make test.
.PHONY: realcode
realcode: $(LXB)/libminrt.a $(WXB)/libminrt.a $(BUILD)/cortex-m3/libminrt.a $(BUILD)/cortex-m3/chips/lm3s6965.o
	@tests/realcode/run.sh
