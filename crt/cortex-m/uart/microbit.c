/*
 * microbit: UART0 of the nRF51822 for the UART console (nRF51 Series
 * Reference Manual, "UART"), on the BBC micro:bit's pins P0.24 (TX) and
 * P0.25 (RX), which its interface chip carries to the USB serial port.
 * Byte by byte: TXD and RXD, with the TXDRDY and RXDRDY events.
 */
#include "nrf-uart.h"

enum {
	EVENTS_RXDRDY = UART0 + 0x108,
	EVENTS_TXDRDY = UART0 + 0x11C,
	RXD = UART0 + 0x518,
	TXD = UART0 + 0x51C,
};

void __minrt_uart_init(void)
{
	__minrt_nrf_uart_setup(4);
	*__minrt_reg(TASKS_STARTTX) = 1;
	*__minrt_reg(TASKS_STARTRX) = 1;
}

void __minrt_uart_write(const unsigned char *p, size_t n)
{
	while (n--) {
		*__minrt_reg(EVENTS_TXDRDY) = 0;
		*__minrt_reg(TXD) = *p++;
		while (!*__minrt_reg(EVENTS_TXDRDY))
			;
	}
}

size_t __minrt_uart_read(unsigned char *p, size_t n)
{
	size_t i = 0;

	while (!*__minrt_reg(EVENTS_RXDRDY))
		;
	do {
		*__minrt_reg(EVENTS_RXDRDY) = 0;
		p[i++] = (unsigned char)*__minrt_reg(RXD);
	} while (i < n && *__minrt_reg(EVENTS_RXDRDY));
	return i;
}
