/*
 * nrf-uart.h - what the nRF51 UART and the nRF52 UARTE share (nRF51
 * Series Reference Manual, "UART"; nRF52840 Product Specification,
 * "UARTE"): both at 0x40002000, the same task, pin-select and baud rate
 * registers, and a TX pin that must idle high as an output before the
 * peripheral takes it (GPIO P0 at 0x50000000). BAUDRATE is the rate as a
 * fraction of the 16 MHz peripheral clock in 2^32ths, which Nordic's
 * table rounds to 4 KiHz steps: the memory file computes it as
 * __minrt_uart_div. The pins are link-time symbols, minrt_uart_tx_pin
 * and minrt_uart_rx_pin (the board's defaults in the memory file), on
 * port 0.
 */
#ifndef MINRT_NRF_UART_H
#define MINRT_NRF_UART_H

#include "uart.h"

enum {
	UART0 = 0x40002000,
	TASKS_STARTRX = UART0 + 0x000,
	TASKS_STARTTX = UART0 + 0x008,
	ENABLE = UART0 + 0x500,
	PSELTXD = UART0 + 0x50C,
	PSELRXD = UART0 + 0x514,
	BAUDRATE = UART0 + 0x524,
	P0_OUTSET = 0x50000508,
	P0_DIRSET = 0x50000518,
};

extern char minrt_uart_tx_pin[], minrt_uart_rx_pin[];

/* Pins, rate, then enable (value: 4 UART, 8 UARTE). */
static inline void __minrt_nrf_uart_setup(uint32_t enable)
{
	uint32_t tx = (uint32_t)minrt_uart_tx_pin;

	*__minrt_reg(P0_OUTSET) = 1u << tx;
	*__minrt_reg(P0_DIRSET) = 1u << tx;
	*__minrt_reg(PSELTXD) = tx;
	*__minrt_reg(PSELRXD) = (uint32_t)minrt_uart_rx_pin;
	*__minrt_reg(BAUDRATE) = MINRT_UART_DIV;
	*__minrt_reg(ENABLE) = enable;
}

#endif
