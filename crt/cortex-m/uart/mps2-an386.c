/*
 * mps2-an386: UART0 for the UART console. Arm MPS2 AN386 (Application
 * Note 386, "Memory map"): a CMSDK APB UART at 0x40004000, on the board's
 * USB serial port; the FPGA clocks it at 25 MHz. __minrt_uart_div is
 * BAUDDIV (clock / baud; at least 16).
 */
#include "uart.h"

enum {
	UART0 = 0x40004000,
	DATA = UART0 + 0x00,
	STATE = UART0 + 0x04, /* bit 0 TX buffer full, bit 1 RX buffer full */
	CTRL = UART0 + 0x08,  /* bit 0 TX enable, bit 1 RX enable */
	BAUDDIV = UART0 + 0x10,
};

void __minrt_uart_init(void)
{
	*__minrt_reg(BAUDDIV) = MINRT_UART_DIV;
	*__minrt_reg(CTRL) = 3;
}

void __minrt_uart_write(const unsigned char *p, size_t n)
{
	while (n--) {
		while (*__minrt_reg(STATE) & 1)
			;
		*__minrt_reg(DATA) = *p++;
	}
}

size_t __minrt_uart_read(unsigned char *p, size_t n)
{
	size_t i = 0;

	while (!(*__minrt_reg(STATE) & 2))
		;
	do
		p[i++] = (unsigned char)*__minrt_reg(DATA);
	while (i < n && (*__minrt_reg(STATE) & 2));
	return i;
}
