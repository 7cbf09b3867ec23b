/*
 * stm32f103c8: USART1 for the UART console (RM0008), on PA9 (TX) and
 * PA10 (RX); the "blue pill" has no USB serial bridge, so wire a 3.3 V
 * adapter there. At reset the core and APB2 run from HSI, 8 MHz (+-1%).
 */
#include "stm32-usart.h"

enum {
	RCC_APB2ENR = 0x40021018, /* bit 2 IOPAEN, bit 14 USART1EN */
	GPIOA_CRH = 0x40010804,	  /* pins 8-15, 4 bits each */
	USART1 = 0x40013800,
};

void __minrt_uart_init(void)
{
	*__minrt_reg(RCC_APB2ENR) |= 1 << 14 | 1 << 2;
	/* PA9: alternate function push-pull, 50 MHz (0xb); PA10 stays a
	 * floating input (its reset state, 0x4). */
	*__minrt_reg(GPIOA_CRH) = (*__minrt_reg(GPIOA_CRH) & ~0xf0u) | 0xb0u;
	__minrt_usart_on(USART1);
}

void __minrt_uart_write(const unsigned char *p, size_t n)
{
	__minrt_usart_write(USART1, p, n);
}

size_t __minrt_uart_read(unsigned char *p, size_t n)
{
	return __minrt_usart_read(USART1, p, n);
}
