# The C library subset (crt/libc, crt/include): its tests.
#   tests/libc/headers.sh   every header in every C/C++ standard, per compiler
#   tests/libc/libc.sh      the exit path on every target and layout, and
#                           the differential drivers (tests/libc/drv-*.c):
#                           minrt's output against glibc's and musl's on the
#                           host, and minrt's own on Windows and Cortex-M
# Test programs are built into build/libc/<target>/.

LCB := $(BUILD)/libc

# --- linux-x86_64: default and tiny layout ---------------------------------
$(LCB)/$(LX)/%: tests/libc/%.c $(LXB)/libminrt.a linker-scripts/$(LX).ld | $(DEPS_STAMP)
	@mkdir -p $(@D)
	$(CC_LINUX) $(LX_PROG_CFLAGS) $< $(LX_DEFAULT_LDFLAGS) -lminrt -o $@
$(LCB)/$(LX)/%-tiny: tests/libc/%.c $(LXB)/libminrt.a linker-scripts/$(LX)-tiny.ld | $(DEPS_STAMP)
	@mkdir -p $(@D)
	$(CC_LINUX) $(LX_PROG_CFLAGS) $< $(LX_TINY_LDFLAGS) -lminrt -o $@

# --- windows-x86_64: default, and tiny with the argv-building entry --------
$(LCB)/$(WX)/%.exe: tests/libc/%.c $(WXB)/libminrt.a $(PE_SQUEEZE) linker-scripts/$(WX).ld | $(DEPS_STAMP)
	@mkdir -p $(@D)
	$(CC_WINDOWS) $(WX_PROG_CFLAGS) $< $(WX_DEFAULT_LDFLAGS) $(WX_LIBS) -o $(@:.exe=.link.exe)
	$(PE_SQUEEZE) $(@:.exe=.link.exe) $@
$(LCB)/$(WX)/%-tiny.exe: tests/libc/%.c $(WXB)/libminrt.a $(PE_SQUEEZE) linker-scripts/$(WX)-tiny.ld | $(DEPS_STAMP)
	@mkdir -p $(@D)
	$(CC_WINDOWS) $(WX_PROG_CFLAGS) $< $(WX_TINY_LDFLAGS) -Wl,-e,__minrt_start $(WX_LIBS) -o $(@:.exe=.link.exe)
	$(PE_SQUEEZE) $(@:.exe=.link.exe) $@

# --- Cortex-M: each core, arguments from the semihosting command line ------
define libc_cm
$(LCB)/$(1)/%.elf: tests/libc/%.c $$($(1)_LINK_DEPS) $(BUILD)/$(1)/opt/semihost-argv.o | $(DEPS_STAMP)
	@mkdir -p $$(@D)
	$(CC_ARM) $(CM_CPU.$(1)) $(CM_PROG_CFLAGS) $$< $(CM_LDFLAGS) $$($(1)_LINK) \
		$(BUILD)/$(1)/opt/semihost-argv.o -lminrt -lgcc -o $$@
endef
$(foreach t,$(CM_TARGETS),$(eval $(call libc_cm,$(t))))

LIBC_TESTS := exit
LIBC_OUTPUTS := $(foreach p,$(LIBC_TESTS),$(LCB)/$(LX)/$(p) $(LCB)/$(LX)/$(p)-tiny \
	$(LCB)/$(WX)/$(p).exe $(LCB)/$(WX)/$(p)-tiny.exe \
	$(foreach t,$(CM_TARGETS),$(LCB)/$(t)/$(p).elf))

.PHONY: libc-tests
libc-tests: $(LIBC_OUTPUTS)

TEST_DEPS += $(LIBC_OUTPUTS)
TEST_SUITES += tests/libc/headers.sh tests/libc/libc.sh
