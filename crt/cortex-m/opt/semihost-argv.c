/*
 * semihost-argv.o: link this object (beside the chip's vectors) to call
 * main with the debugger's command line as argc/argv: semihosting's
 * SYS_GET_CMDLINE, which in QEMU is the -kernel path, then the -append
 * text. Words are split at spaces, with no quoting.
 *
 * Firmware has no argv otherwise (main gets argc 0). sections.ld makes
 * Reset_Handler's __minrt_main another name for main; this definition
 * takes the name first, so only a program that links it pays for it:
 * 168 bytes of flash and 772 of RAM (Cortex-M3).
 */
#include "minrt.h"
#include "minrt_cortex_m.h"

int main(int, char **, char **);

/* A line of n bytes has at most (n + 1) / 2 words: argv never runs out
 * before the line does, so no word is dropped. */
static char line[256];
static char *argv[sizeof line / 2 + 1];

int __minrt_main(int argc, char **none, char **envp)
{
	char *p = line;

	(void)none;
	argc = 0;
	if (minrt_cmdline(line, sizeof line) < 0) {
		/* No debugger that answers, or a line over 255 bytes. */
		minrt_puts(2, "minrt: no command line (SYS_GET_CMDLINE failed); argc is 0\n");
		line[0] = 0;
	}
	while (*p) {
		while (*p == ' ')
			*p++ = 0;
		if (!*p)
			break;
		argv[argc++] = p;
		while (*p && *p != ' ')
			p++;
	}
	return main(argc, argv, envp);
}
