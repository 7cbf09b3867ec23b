/*
 * stm32-usart.h - the STM32F1 and F4 USART (RM0008 and RM0090, "USART
 * registers": the same layout on both): polled writes and reads. The
 * chip's file turns on the clocks and routes the pins. __minrt_uart_div
 * is BRR: the bus clock over the baud rate, in 16ths (oversampling by
 * 16), which is simply clock / baud rounded.
 */
#ifndef MINRT_STM32_USART_H
#define MINRT_STM32_USART_H

#include "uart.h"

enum {
	SR = 0x00, /* bit 5 RXNE (a byte waits), bit 7 TXE (data register empty) */
	DR = 0x04,
	BRR = 0x08,
	CR1 = 0x0C, /* bit 13 UE, bit 3 TE, bit 2 RE */
};

static inline void __minrt_usart_on(uint32_t u)
{
	*__minrt_reg(u + BRR) = MINRT_UART_DIV;
	*__minrt_reg(u + CR1) = 1 << 13 | 1 << 3 | 1 << 2;
}

static inline void __minrt_usart_write(uint32_t u, const unsigned char *p, size_t n)
{
	while (n--) {
		while (!(*__minrt_reg(u + SR) & 1 << 7))
			;
		*__minrt_reg(u + DR) = *p++;
	}
}

static inline size_t __minrt_usart_read(uint32_t u, unsigned char *p, size_t n)
{
	size_t i = 0;

	while (!(*__minrt_reg(u + SR) & 1 << 5))
		;
	do
		p[i++] = (unsigned char)*__minrt_reg(u + DR);
	while (i < n && (*__minrt_reg(u + SR) & 1 << 5));
	return i;
}

#endif
