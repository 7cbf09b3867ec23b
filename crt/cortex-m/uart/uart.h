/*
 * uart.h - what a chip's UART driver (crt/cortex-m/uart/<chip>.c, linked
 * into build/<target>/chips/<chip>.o beside the chip's vectors) gives the
 * UART console (opt/console-uart.o). Nothing else calls these, so a
 * program without that console carries none of it (gc-sections).
 *
 * Each driver polls (no interrupts, no buffers): writes wait until the
 * last byte is in the transmitter, reads until a byte arrives. Its baud
 * rate divisor is worked out by the linker from minrt_uart_baud
 * (default 115200, -Wl,--defsym=minrt_uart_baud=N) and the chip's clock
 * at reset, in the chip's memory file, as __minrt_uart_div.
 */
#ifndef MINRT_UART_H
#define MINRT_UART_H

#include <stddef.h>
#include <stdint.h>

/* Clocks, pins, baud rate, 8N1; transmitter and receiver on. Startup
 * calls it (a .minrt_init entry of console-uart.o) before constructors. */
void __minrt_uart_init(void);

/* Sends n bytes; returns when the last is handed to the transmitter. */
void __minrt_uart_write(const unsigned char *p, size_t n);

/* Waits for a byte, then takes those already received, up to n (n > 0);
 * returns how many. */
size_t __minrt_uart_read(unsigned char *p, size_t n);

/* The divisor the chip's memory file computed (its meaning is the
 * chip's: see there). An address, so the value is a literal in flash. */
extern char __minrt_uart_div[];
#define MINRT_UART_DIV ((uint32_t)__minrt_uart_div)

static inline volatile uint32_t *__minrt_reg(uint32_t addr)
{
	return (volatile uint32_t *)addr;
}

#endif
