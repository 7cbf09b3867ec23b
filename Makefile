# minrt - a minimal runtime and startup kit. See README.md.
#
# This file holds what every target shares; each target and each suite has
# a fragment under mk/ that appends to the lists below:
#   ALL_OUTPUTS     what `make` builds
#   TEST_SUITES     executables `make test` runs (see tests/run)
#   TEST_DEPS       what must be built before the suites run
#   SIZE_ARTIFACTS  our artifacts measured by `make sizes`
#   INSTALL_RULES   targets `make install` runs
# Every tool is a variable, so a user can point make at their own.

.DEFAULT_GOAL := all
.SUFFIXES:
.DELETE_ON_ERROR:
SHELL := /bin/bash

BUILD ?= build
PREFIX ?= /usr/local

CC_LINUX ?= gcc
CARGO ?= cargo
RUSTC ?= rustc
OBJCOPY ?= llvm-objcopy
AR ?= ar
VALGRIND ?= valgrind

ALL_OUTPUTS :=
TEST_SUITES :=
TEST_DEPS :=
SIZE_ARTIFACTS :=
INSTALL_RULES :=

# $(call kit_conf,TARGET,NAME): a setting of toolchain/targets/TARGET.conf,
# the flags a user's build gets for that target. The examples are built
# with the same ones, read from there, so the two cannot drift apart.
kit_conf = $(shell . toolchain/targets/$(1).conf && echo "$$$(2)")

# Missing packages are installed once (as root with apt-get), or listed when
# MINRT_NO_INSTALL=1. The stamp is written only when nothing is missing.
DEPS_STAMP := $(BUILD)/.deps-ok
$(DEPS_STAMP): toolchain/install-deps
	@toolchain/install-deps
	@mkdir -p $(@D)
	@if toolchain/install-deps --check 2>/dev/null; then touch $@; fi

include mk/linux-x86_64.mk
-include mk/windows-x86_64.mk
-include mk/cortex-m.mk
-include mk/libc.mk
-include mk/stdio.mk
-include mk/unit.mk
-include mk/install.mk
-include mk/docs.mk
-include mk/alloc.mk
-include mk/sizes.mk
-include mk/kit.mk
-include mk/rust.mk

.PHONY: all test clean install deps
all: $(ALL_OUTPUTS)
	@$(MAKE) --no-print-directory -s size-table 2>/dev/null || true

deps: $(DEPS_STAMP)

test: $(TEST_DEPS)
	@tests/run $(TEST_SUITES)

install: $(INSTALL_RULES)

clean:
	rm -rf $(BUILD)
