/*
 * nrf52840: UARTE0 for the UART console (nRF52840 Product Specification,
 * "UARTE"), on the nRF52840-DK's pins P0.06 (TX) and P0.08 (RX), which
 * its interface MCU carries to the USB serial port. UARTE moves bytes by
 * EasyDMA, which reads RAM only: each write goes out through a small RAM
 * buffer, each read comes in one byte at a time (the peripheral cannot
 * tell how many more are waiting).
 */
#include "nrf-uart.h"

enum {
	EVENTS_ENDRX = UART0 + 0x110,
	EVENTS_ENDTX = UART0 + 0x120,
	RXD_PTR = UART0 + 0x534,
	RXD_MAXCNT = UART0 + 0x538,
	TXD_PTR = UART0 + 0x544,
	TXD_MAXCNT = UART0 + 0x548,
};

void __minrt_uart_init(void)
{
	__minrt_nrf_uart_setup(8);
}

void __minrt_uart_write(const unsigned char *p, size_t n)
{
	static unsigned char buf[32];

	while (n) {
		size_t k = n < sizeof buf ? n : sizeof buf, i;

		for (i = 0; i < k; i++)
			buf[i] = p[i];
		*__minrt_reg(TXD_PTR) = (uint32_t)buf;
		*__minrt_reg(TXD_MAXCNT) = k;
		*__minrt_reg(EVENTS_ENDTX) = 0;
		*__minrt_reg(TASKS_STARTTX) = 1;
		while (!*__minrt_reg(EVENTS_ENDTX))
			;
		p += k;
		n -= k;
	}
}

size_t __minrt_uart_read(unsigned char *p, size_t n)
{
	static unsigned char byte;

	(void)n;
	*__minrt_reg(RXD_PTR) = (uint32_t)&byte;
	*__minrt_reg(RXD_MAXCNT) = 1;
	*__minrt_reg(EVENTS_ENDRX) = 0;
	*__minrt_reg(TASKS_STARTRX) = 1;
	while (!*__minrt_reg(EVENTS_ENDRX))
		;
	*p = byte;
	return 1;
}
