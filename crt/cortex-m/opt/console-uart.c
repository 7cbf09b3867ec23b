/*
 * console-uart.o: link this object (anywhere on the link line) to make
 * the console the chip's UART instead of semihosting: minrt_write and
 * minrt_read, and so stdio, Rust's printing, panics and the fault report.
 * fds 0, 1 and 2 are the one serial line; bytes go out as they are (no
 * "\n" -> "\r\n": a terminal program adds the CR, e.g. picocom --omap
 * crlf). Which UART, which pins and the reset-clock baud rate are the
 * chip's (its memory file and crt/cortex-m/uart/<chip>.c, README "On a
 * real board"); -Wl,--defsym=minrt_uart_baud=N changes the rate.
 *
 * Writes block until every byte is in the transmitter and return len.
 * Reads block until a byte arrives, then return the bytes already
 * received (at least one, at most len): a serial line has no end of
 * input, so a read never returns 0 for len > 0.
 *
 * Strong definitions: console.c's semihosting ones are weak, so this
 * object wins wherever it sits on the link line. Not in libminrt.a.
 */
#include "minrt.h"
#include "uart.h"

long minrt_write(int fd, const void *buf, size_t len)
{
	if ((unsigned)fd > 2)
		return -9; /* EBADF */
	__minrt_uart_write(buf, len);
	return (long)len;
}

long minrt_read(int fd, void *buf, size_t len)
{
	if ((unsigned)fd > 2)
		return -9;
	return len ? (long)__minrt_uart_read(buf, len) : 0;
}

/* Startup runs this before any constructor, so those may print too. */
__attribute__((used, section(".minrt_init"))) static void (*const init_entry)(void) = __minrt_uart_init;
