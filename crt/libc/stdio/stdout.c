/*
 * stdout: buffered; whether line by line is decided on first use
 * (__minrt_ftty). The buffer lives in bss, so a program pays file bytes for
 * the FILE only. Cortex-M gets a small one: RAM is scarce and the
 * semihosting console is line-buffered anyway.
 */
#include "../internal/stdio_impl.h"

#if defined(__arm__)
#define OUT_BUF 128
#else
#define OUT_BUF 4096
#endif

static unsigned char buf[OUT_BUF];
#if STDIO_ASKS_TTY
static FILE f = { buf, 0, 0, sizeof buf, 1, _IOFBF, F_TTY };
#else
static FILE f = { buf, 0, 0, sizeof buf, 1, _IOLBF, 0 };
#endif
FILE *const stdout = &f;
