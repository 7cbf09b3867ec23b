/*
 * lm3s6965: UART0 for the UART console. TI Stellaris LM3S6965 data sheet:
 * UART0 at 0x4000C000 (a PL011 with Luminary's ID), its pins PA0 (U0Rx)
 * and PA1 (U0Tx), which the EK-LM3S6965's USB bridge carries (the
 * virtual COM port). At reset the core runs from the internal
 * oscillator, 12 MHz +-30%: enough for QEMU, not for a real line. A
 * board that needs the rate exact sets the clock first and links with
 * -Wl,--defsym=minrt_uart_clock=<Hz> (lm3s6965.ld).
 * __minrt_uart_div is the baud rate divisor in 64ths: IBRD:FBRD.
 */
#include "uart.h"

enum {
	RCGC1 = 0x400FE104, /* bit 0: UART0 clock */
	RCGC2 = 0x400FE108, /* bit 0: GPIO port A clock */
	GPIOA_AFSEL = 0x40004420,
	GPIOA_DEN = 0x4000451C,
	UART0 = 0x4000C000,
	DR = UART0 + 0x000,
	FR = UART0 + 0x018, /* bit 4 RXFE (receive FIFO empty), 5 TXFF (transmit FIFO full) */
	IBRD = UART0 + 0x024,
	FBRD = UART0 + 0x028,
	LCRH = UART0 + 0x02C,
	CTL = UART0 + 0x030,
};

void __minrt_uart_init(void)
{
	*__minrt_reg(RCGC1) |= 1;
	*__minrt_reg(RCGC2) |= 1;
	*__minrt_reg(GPIOA_AFSEL) |= 3; /* PA0, PA1 to the UART */
	*__minrt_reg(GPIOA_DEN) |= 3;
	*__minrt_reg(CTL) = 0; /* the rate and format change only while disabled */
	*__minrt_reg(IBRD) = MINRT_UART_DIV >> 6;
	*__minrt_reg(FBRD) = MINRT_UART_DIV & 63;
	*__minrt_reg(LCRH) = 3 << 5 | 1 << 4; /* 8 bits, FIFOs on */
	*__minrt_reg(CTL) = 1 << 9 | 1 << 8 | 1; /* RXE, TXE, UARTEN */
}

void __minrt_uart_write(const unsigned char *p, size_t n)
{
	while (n--) {
		while (*__minrt_reg(FR) & 1 << 5)
			;
		*__minrt_reg(DR) = *p++;
	}
}

size_t __minrt_uart_read(unsigned char *p, size_t n)
{
	size_t i = 0;

	while (*__minrt_reg(FR) & 1 << 4)
		;
	do
		p[i++] = (unsigned char)*__minrt_reg(DR);
	while (i < n && !(*__minrt_reg(FR) & 1 << 4));
	return i;
}
