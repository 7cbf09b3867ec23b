/*
 * Whether fd is a terminal, which makes stdout line-buffered.
 *   Linux: ioctl(TCGETS) succeeds only on a tty (what isatty(3) does).
 *   Windows: GetConsoleMode succeeds only on a console handle.
 *   Cortex-M: the semihosting console is a terminal, always.
 */
#include "minrt.h"
#include "../internal/stdio_impl.h"

#if defined(_WIN32)
#include "kernel32.h"
MINRT_IMPORT int GetConsoleMode(__minrt_handle h, __minrt_dword *mode);
#endif

int __minrt_isatty(int fd)
{
#if defined(__linux__) && defined(__x86_64__)
	char termios[60];	/* struct termios (kernel's, 36 bytes; room to spare) */

	return minrt_syscall3(16 /* ioctl */, fd, 0x5401 /* TCGETS */, (long)termios) == 0;
#elif defined(_WIN32)
	__minrt_dword mode;

	return GetConsoleMode(__minrt_std_handle((unsigned)fd), &mode) != 0;
#else
	(void)fd;
	return 1;
#endif
}
