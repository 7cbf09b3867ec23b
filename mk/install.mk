# make install PREFIX=... (and DESTDIR=... for packagers):
#   $(PREFIX)/include/minrt.h
#   $(PREFIX)/lib/minrt/include/    every header of crt/include (the standard
#                                   ones, minrt.h) and minrt_cortex_m.h: the
#                                   kit's include dir (never PREFIX/include,
#                                   which may be /usr/include)
#   $(PREFIX)/lib/minrt/<target>/   libminrt.a and the target's linker scripts
#   $(PREFIX)/share/minrt/rust/     the glue crate, with the C sources and
#                                   linker scripts its build script needs
#   $(PREFIX)/share/minrt/template-rust/, bin/minrt-new-rust   a Cargo start
#   bin/minrt-build-sysroot (toolchain/build-sysroot): core & co for the
#   thumb targets, for a rustc that ships none (Debian's)
#   and, from toolchain/gen-kit per target: gcc specs, a compiler wrapper,
#   lib/pkgconfig/minrt-<target>.pc, share/minrt/cmake/<target>.cmake
#   Windows: bin/pe-squeeze (every link runs it, see toolchain/gen-kit)
#   Cortex-M: include/minrt_cortex_m.h; per core, the memory files of its
#   chips and sections.ld, chips/<chip>.o, opt/*.o
# make uninstall removes exactly these.
# A target is installed when its fragment was included; its extra files:
# LINKER_SCRIPTS_<target> (beside libminrt.a), INSTALL_OBJS_<target> (build
# paths; installed under the same subfolder of lib/minrt/<target>/), and
# CRT_DIR_<target> (the crt/ folder the glue crate's build script compiles).

INSTALL_TARGETS += linux-x86_64
LINKER_SCRIPTS_linux-x86_64 := $(wildcard linker-scripts/linux-x86_64*.ld)
CRT_DIR_linux-x86_64 := crt/linux-x86_64
ifneq ($(WX),)
INSTALL_TARGETS += $(WX)
LINKER_SCRIPTS_$(WX) := $(wildcard linker-scripts/$(WX)*.ld)
CRT_DIR_$(WX) := crt/$(WX)
INSTALL_TOOLS += $(PE_SQUEEZE)
endif
ifneq ($(CM_TARGETS),)
INSTALL_TARGETS += $(CM_TARGETS)
INSTALL_HEADERS += crt/cortex-m/minrt_cortex_m.h
$(foreach t,$(CM_TARGETS),$(eval LINKER_SCRIPTS_$(t) := linker-scripts/cortex-m/sections.ld \
	$(patsubst %,linker-scripts/cortex-m/%.ld,$(CM_CHIPS.$(t)))))
$(foreach t,$(CM_TARGETS),$(eval INSTALL_OBJS_$(t) := $(patsubst %,$(BUILD)/$(t)/chips/%.o,$(CM_CHIPS.$(t))) \
	$(addprefix $(BUILD)/$(t)/opt/,$(CM_OPTS))))
$(foreach t,$(CM_TARGETS),$(eval CRT_DIR_$(t) := crt/cortex-m))
endif
INSTALL_DIR = $(DESTDIR)$(PREFIX)
INSTALL_DEPS := $(foreach t,$(INSTALL_TARGETS),$(BUILD)/$(t)/libminrt.a $(INSTALL_OBJS_$(t))) $(INSTALL_TOOLS)

.PHONY: install-kit
INSTALL_RULES += install-kit
install-kit: $(INSTALL_DEPS)
	install -d $(INSTALL_DIR)/include $(INSTALL_DIR)/share/minrt/rust
	install -m 644 crt/include/minrt.h $(INSTALL_HEADERS) $(INSTALL_DIR)/include/
	install -d $(INSTALL_DIR)/lib/minrt/include
	cp -R crt/include/. $(INSTALL_DIR)/lib/minrt/include/
	install -m 644 $(INSTALL_HEADERS) $(INSTALL_DIR)/lib/minrt/include/
	$(foreach t,$(INSTALL_TARGETS),install -d $(INSTALL_DIR)/lib/minrt/$(t) && \
		install -m 644 $(BUILD)/$(t)/libminrt.a $(LINKER_SCRIPTS_$(t)) $(INSTALL_DIR)/lib/minrt/$(t)/ &&) true
	$(foreach o,$(foreach t,$(INSTALL_TARGETS),$(INSTALL_OBJS_$(t))),\
		install -D -m 644 $(o) $(INSTALL_DIR)/lib/minrt/$(patsubst $(BUILD)/%,%,$(o)) &&) true
	cp -R crt/rust/Cargo.toml crt/rust/build.rs crt/rust/src $(INSTALL_DIR)/share/minrt/rust/
	install -d $(INSTALL_DIR)/share/minrt/rust/crt
	cp -R crt/include crt/common $(sort $(foreach t,$(INSTALL_TARGETS),$(CRT_DIR_$(t)))) $(INSTALL_DIR)/share/minrt/rust/crt/
	cp -R linker-scripts $(INSTALL_DIR)/share/minrt/rust/
	rm -rf $(INSTALL_DIR)/share/minrt/template-rust
	cp -R examples/template-rust $(INSTALL_DIR)/share/minrt/template-rust
	install -d $(INSTALL_DIR)/bin
	install -m 755 toolchain/minrt-new-rust $(INSTALL_TOOLS) $(INSTALL_DIR)/bin/
	install -m 755 toolchain/build-sysroot $(INSTALL_DIR)/bin/minrt-build-sysroot
	$(foreach t,$(INSTALL_TARGETS),toolchain/gen-kit $(INSTALL_DIR) $(t) $(PREFIX) &&) true

.PHONY: uninstall
uninstall:
	rm -f $(INSTALL_DIR)/include/minrt.h $(addprefix $(INSTALL_DIR)/include/,$(notdir $(INSTALL_HEADERS))) \
		$(INSTALL_DIR)/bin/minrt-new-rust $(INSTALL_DIR)/bin/minrt-build-sysroot $(addprefix $(INSTALL_DIR)/bin/,$(notdir $(INSTALL_TOOLS)))
	$(foreach t,$(INSTALL_TARGETS),. toolchain/targets/$(t).conf && \
		rm -f $(INSTALL_DIR)/bin/$$MINRT_CC_WRAPPER $(INSTALL_DIR)/lib/pkgconfig/minrt-$(t).pc &&) true
	rm -rf $(INSTALL_DIR)/lib/minrt $(INSTALL_DIR)/share/minrt
	-rmdir $(INSTALL_DIR)/include $(INSTALL_DIR)/bin $(INSTALL_DIR)/lib/pkgconfig $(INSTALL_DIR)/lib \
		$(INSTALL_DIR)/share $(INSTALL_DIR) 2>/dev/null

TEST_DEPS += $(INSTALL_DEPS)
TEST_SUITES += tests/integration/kit.sh
TEST_SUITES += tests/integration/headers.sh
TEST_SUITES += tests/integration/deps.sh
