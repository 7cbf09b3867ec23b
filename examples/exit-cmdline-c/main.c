/*
 * Ends in the way its command line asks (Cortex-M only: firmware has no
 * argv, so it reads the semihosting command line; in QEMU, -append):
 *   N          main returns N
 *   exit N     minrt_exit(N) from inside a call
 *   abort      minrt_abort()
 *   panic      MINRT_PANIC with a message
 *   echo TEXT  prints TEXT and a newline, returns 0
 *   read       reads stdin to its end, prints the byte count, returns 0
 *   cat        copies stdin to stdout, returns 0 (1 on an error)
 *   init       prints what ran before main, in order (from .data,
 *              .preinit_array and .init_array), returns 0
 * Anything else: prints "?" on stderr, returns 2.
 */
#include "minrt.h"
#include "minrt_cortex_m.h"

static int number(const char *s)
{
	int n = 0;

	while (*s >= '0' && *s <= '9')
		n = n * 10 + (*s++ - '0');
	return n;
}

static int starts(const char *s, const char *prefix)
{
	while (*prefix && *s == *prefix)
		s++, prefix++;
	return !*prefix;
}

/* Startup copies this from flash, then the initialisers append to it. */
static char ran[32] = "data";
static int ran_len = 4;

static void note(const char *what)
{
	ran[ran_len++] = ' ';
	while (*what)
		ran[ran_len++] = *what++;
}

static void preinit(void)
{
	note("preinit");
}

__attribute__((used, section(".preinit_array"))) static void (*const preinit_entry)(void) = preinit;

__attribute__((constructor)) static void init(void)
{
	note("init");
}

int main(void)
{
	char line[128], *cmd = line;
	long n;

	if (minrt_cmdline(line, sizeof line) < 0)
		return 3;
	while (*cmd && *cmd != ' ') /* skip the program's name */
		cmd++;
	while (*cmd == ' ')
		cmd++;
	if (*cmd >= '0' && *cmd <= '9')
		return number(cmd);
	if (starts(cmd, "exit "))
		minrt_exit(number(cmd + 5));
	if (starts(cmd, "abort"))
		minrt_abort();
	if (starts(cmd, "panic"))
		MINRT_PANIC("asked to panic");
	if (starts(cmd, "echo ")) {
		minrt_puts(1, cmd + 5);
		minrt_puts(1, "\n");
		return 0;
	}
	if (starts(cmd, "read")) {
		long total = 0;

		while ((n = minrt_read(0, line, sizeof line)) > 0)
			total += n;
		minrt_print_i64(1, n < 0 ? n : total);
		minrt_puts(1, " bytes\n");
		return 0;
	}
	if (starts(cmd, "cat")) {
		while ((n = minrt_read(0, line, sizeof line)) > 0)
			if (minrt_write_all(1, line, (size_t)n) < 0)
				return 1;
		return n < 0;
	}
	if (starts(cmd, "init")) {
		minrt_write(1, ran, (size_t)ran_len);
		minrt_puts(1, "\n");
		return 0;
	}
	minrt_puts(2, "?\n");
	return 2;
}
