# make install PREFIX=... (and DESTDIR=... for packagers):
#   $(PREFIX)/include/minrt.h
#   $(PREFIX)/lib/minrt/<target>/   libminrt.a and the target's linker scripts
#   $(PREFIX)/share/minrt/rust/     the glue crate, with the C sources and
#                                   linker scripts its build script needs
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
