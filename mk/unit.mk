# cmocka unit tests for crt/common and the Linux startup code, built for the
# host against the system's cmocka, plain and with ASan + UBSan.

UB := $(BUILD)/unit
# -iquote: "minrt.h" from crt/include, but <stdlib.h> & co. from the host
# (crt/include also holds minrt's own standard headers).
UNIT_CFLAGS := -O1 -g -Wall -Wextra -fno-builtin -iquote crt/include -Icrt/common -Icrt/linux-x86_64
UNIT_SAN := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
# The mem functions are renamed t_* so the host's own stay in use.
UNIT_MEM_RENAME := -Dmemcpy=t_memcpy -Dmemmove=t_memmove -Dmemset=t_memset \
	-Dmemcmp=t_memcmp -Dbcmp=t_bcmp -Dstrlen=t_strlen -fno-tree-loop-distribute-patterns

UNIT_MEM_SRCS := crt/common/memcpy.c crt/common/memmove.c crt/common/memset.c crt/common/memcmp.c crt/common/strlen.c
UNIT_START_SRCS := crt/linux-x86_64/getenv.c crt/linux-x86_64/environ.c
UNIT_PRINT_SRCS := crt/common/fmt.c crt/common/print.c crt/common/write_all.c crt/common/panic.c

UNIT_BINS := $(foreach t,mem start print,$(UB)/test_$(t) $(UB)/test_$(t)-san)

$(UB)/test_mem $(UB)/test_mem-san: tests/unit/test_mem.c $(UNIT_MEM_SRCS)
$(UB)/test_start $(UB)/test_start-san: tests/unit/test_start.c $(UNIT_START_SRCS) crt/linux-x86_64/start_pie.c crt/linux-x86_64/stack.h
$(UB)/test_print $(UB)/test_print-san: tests/unit/test_print.c $(UNIT_PRINT_SRCS)

$(UB)/test_mem: | $(DEPS_STAMP)
	@mkdir -p $(@D)
	$(CC_LINUX) $(UNIT_CFLAGS) $(UNIT_MEM_RENAME) tests/unit/test_mem.c $(UNIT_MEM_SRCS) -lcmocka -o $@
$(UB)/test_mem-san: | $(DEPS_STAMP)
	@mkdir -p $(@D)
	$(CC_LINUX) $(UNIT_CFLAGS) $(UNIT_SAN) $(UNIT_MEM_RENAME) tests/unit/test_mem.c $(UNIT_MEM_SRCS) -lcmocka -o $@
$(UB)/test_start $(UB)/test_print: | $(DEPS_STAMP)
	@mkdir -p $(@D)
	$(CC_LINUX) $(UNIT_CFLAGS) $(filter-out %start_pie.c,$(filter %.c,$^)) -lcmocka -o $@
$(UB)/test_start-san $(UB)/test_print-san: | $(DEPS_STAMP)
	@mkdir -p $(@D)
	$(CC_LINUX) $(UNIT_CFLAGS) $(UNIT_SAN) $(filter-out %start_pie.c,$(filter %.c,$^)) -lcmocka -o $@

TEST_DEPS += $(UNIT_BINS)
TEST_SUITES += tests/unit/run.sh
