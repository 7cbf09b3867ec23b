/*
 * __minrt_args: argc and argv, built once from the command line Windows
 * hands the process (one UTF-16 string from GetCommandLineW), converted
 * to UTF-8 and split by the Microsoft runtime's rules (cmdline.c).
 *
 * It lives apart from the entry so that a program which never reads its
 * arguments does not carry this code: the C entry (start.c) calls it at
 * startup, Rust's minrt::args() when first called.
 *
 * Everything is one block from VirtualAlloc, never freed: the strings,
 * then the pointer array.
 */
#include "minrt.h"
#include "internal.h"
#include "utf.h"

int __minrt_split_cmdline(char *s);

char **__minrt_args(int *argc_out)
{
	static char **argv;
	static int argc;
	const __minrt_wchar *line;
	size_t n = 0, strs;
	char *buf, *p;
	int i;

	if (!argv) {
		line = GetCommandLineW();
		while (line[n])
			n++;
		/* Up to 3 UTF-8 bytes per UTF-16 unit, the NUL, and a spare byte
		 * the split may write past the NUL; then argv, at most one entry
		 * per two units (an argument and its separator) plus argv[0] and
		 * the NULL. */
		strs = (3 * n + 2 + 7) & ~(size_t)7;
		buf = __minrt_os_alloc((strs + 8 * (n / 2 + 3) + 4095) & ~(size_t)4095);
		if (!buf)
			minrt_abort();
		buf[__minrt_utf16_to_8(buf, line, n)] = 0;
		argc = __minrt_split_cmdline(buf);
		argv = (char **)(buf + strs);
		for (i = 0, p = buf; i < argc; i++) {
			argv[i] = p;
			while (*p++)
				;
		}
		argv[argc] = 0;
	}
	*argc_out = argc;
	return argv;
}
