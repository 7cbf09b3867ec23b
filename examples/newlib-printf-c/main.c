/*
 * newlib-nano's printf on minrt's startup (Cortex-M only): built with
 * --specs=nano.specs and -nostartfiles, so minrt's Reset_Handler runs and
 * newlib reaches the console through minrt's system calls (_write, _sbrk
 * on minrt's heap region, _fstat, _isatty, ...). stdout is line-buffered
 * (_isatty says the console is a terminal): every line ends in '\n', so
 * nothing is left in the buffer when main returns straight to minrt_exit.
 */
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
	char *p = malloc(100);

	printf("Hello from newlib-nano: %d + %d = %d\n", 2, 3, 2 + 3);
	printf("hex %#x, string \"%s\", char %c\n", 0xbeefu, "ok", 'z');
	snprintf(p, 100, "%05d|%-4s|", 42, "ab");
	printf("malloc'd buffer: %s\n", p);
	free(p);
	fprintf(stderr, "to stderr\n");
	return 3;
}
