# make install PREFIX=... (and DESTDIR=... for packagers):
#   $(PREFIX)/include/minrt.h
#   $(PREFIX)/lib/minrt/<target>/   libminrt.a and the target's linker scripts
#   $(PREFIX)/share/minrt/rust/     the glue crate, with the C sources and
#                                   linker scripts its build script needs
#   $(PREFIX)/share/minrt/template-rust/, bin/minrt-new-rust   a Cargo start
#   and, from toolchain/gen-kit per target: gcc specs, a compiler wrapper,
#   lib/pkgconfig/minrt-<target>.pc, share/minrt/cmake/<target>.cmake
# make uninstall removes exactly these.
# A target fragment adds itself with INSTALL_TARGETS += <target> and, for
# extra files, LINKER_SCRIPTS_<target> := <files>.

INSTALL_TARGETS += linux-x86_64
LINKER_SCRIPTS_linux-x86_64 := $(wildcard linker-scripts/linux-x86_64*.ld)
INSTALL_DIR = $(DESTDIR)$(PREFIX)

.PHONY: install-kit
INSTALL_RULES += install-kit
install-kit: $(foreach t,$(INSTALL_TARGETS),$(BUILD)/$(t)/libminrt.a)
	install -d $(INSTALL_DIR)/include $(INSTALL_DIR)/share/minrt/rust
	install -m 644 crt/include/minrt.h $(INSTALL_DIR)/include/
	$(foreach t,$(INSTALL_TARGETS),install -d $(INSTALL_DIR)/lib/minrt/$(t) && \
		install -m 644 $(BUILD)/$(t)/libminrt.a $(LINKER_SCRIPTS_$(t)) $(INSTALL_DIR)/lib/minrt/$(t)/ &&) true
	cp -R crt/rust/Cargo.toml crt/rust/build.rs crt/rust/src $(INSTALL_DIR)/share/minrt/rust/
	install -d $(INSTALL_DIR)/share/minrt/rust/crt
	cp -R crt/include crt/common $(foreach t,$(INSTALL_TARGETS),$(wildcard crt/$(t))) $(INSTALL_DIR)/share/minrt/rust/crt/
	cp -R linker-scripts $(INSTALL_DIR)/share/minrt/rust/
	rm -rf $(INSTALL_DIR)/share/minrt/template-rust
	cp -R examples/template-rust $(INSTALL_DIR)/share/minrt/template-rust
	install -d $(INSTALL_DIR)/bin
	install -m 755 toolchain/minrt-new-rust $(INSTALL_DIR)/bin/
	$(foreach t,$(INSTALL_TARGETS),toolchain/gen-kit $(INSTALL_DIR) $(t) &&) true

.PHONY: uninstall
uninstall:
	rm -f $(INSTALL_DIR)/include/minrt.h $(INSTALL_DIR)/bin/minrt-new-rust
	$(foreach t,$(INSTALL_TARGETS),. toolchain/targets/$(t).conf && \
		rm -f $(INSTALL_DIR)/bin/$$MINRT_CC_WRAPPER $(INSTALL_DIR)/lib/pkgconfig/minrt-$(t).pc &&) true
	rm -rf $(INSTALL_DIR)/lib/minrt $(INSTALL_DIR)/share/minrt
	-rmdir $(INSTALL_DIR)/include $(INSTALL_DIR)/bin $(INSTALL_DIR)/lib/pkgconfig $(INSTALL_DIR)/lib \
		$(INSTALL_DIR)/share $(INSTALL_DIR) 2>/dev/null

TEST_DEPS += $(foreach t,$(INSTALL_TARGETS),$(BUILD)/$(t)/libminrt.a)
TEST_SUITES += tests/integration/kit.sh
